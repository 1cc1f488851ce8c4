"""Small named components that make the pipeline robust to scraped text.

- `split_quotes` (a tokenizer setting): curly and straight double quotes split off even when no
  space surrounds them (`talks”said`), as scraped text often loses those spaces.
- `newsevents_quote_boundaries` (before the parser): a sentence ends after `.”` / `?”` / `!”`
  when the next word starts with a capital, and never starts right after a closing quote
  when the next word is lower case (`…the talks,” said the envoy`).
- `newsevents_paragraph_boundaries` (before it): a sentence starts after a blank line, and after a
  line break that follows a sentence's end. The parser otherwise sometimes hangs a whole
  paragraph's first sentence on the blank line before it, inside the last sentence before it.
  On the same line, no sentence starts right after a word or a comma: edited news ends its
  sentences with punctuation, and the parser had cut "Russian President Vladimir Putin and his
  Chinese counterpart | Xi Jinping met in Moscow" in two.
  A dateline ("KHARTOUM, Sudan (AP) —") is a sentence of its own: the parser had made its city
  the subject of the story's first sentence, or hung that sentence's subject on the city.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

import numpy

from ..lang.en.datelines import DATELINE

if TYPE_CHECKING:  # spaCy is imported only when a pipeline is loaded
    from spacy.language import Language
    from spacy.tokens import Doc

QUOTE_INFIX = r"""[“”„«»"]"""
OPENING = {"“", "„", "«"}
CLOSING = {"”", "»"}
AMBIGUOUS = {'"', "''", "``"}
SENTENCE_END = {".", "?", "!", "...", "…"}
MID_SENTENCE = {",", ";"}  # a sentence does not start right after these, nor after a word
# Prefixes UD English EWT keeps with their word ("re-elected" one token, where "well - known" is three).
HYPHEN_PREFIXES = ("re", "co", "pre", "post", "non", "anti", "ex", "multi", "mid", "semi", "sub", "counter")


def split_quotes(nlp: "Language") -> None:
    """Let the tokenizer split double quotes inside whitespace-separated chunks, and keep a word
    with a prefix whole ("re-elected", "co-operate", "non-state"), as the treebank the tagger and
    the parser learnt from writes it."""
    from spacy.util import compile_infix_regex

    keep = "".join(rf"(?<!\b{p})(?<!\b{p.capitalize()})" for p in HYPHEN_PREFIXES)
    infixes = [keep + p if re.search(p, "re-elected") else p for p in nlp.Defaults.infixes or []]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes + [QUOTE_INFIX]).finditer


def register() -> None:
    """Make the named components known to spaCy (once)."""
    from spacy.language import Language

    if not Language.has_factory("newsevents_quote_boundaries"):
        Language.component("newsevents_quote_boundaries", func=quote_boundaries)
    if not Language.has_factory("newsevents_paragraph_boundaries"):
        Language.component("newsevents_paragraph_boundaries", func=paragraph_boundaries)


def paragraph_boundaries(doc: "Doc") -> "Doc":
    return _marked(doc, _paragraph_starts)


def quote_boundaries(doc: "Doc") -> "Doc":
    return _marked(doc, _quote_starts)


START, NOT_START, UNKNOWN = 1, -1, 0  # spaCy's SENT_START values


@dataclass
class _Layout:
    """What the boundary rules read of a doc, read at once from its arrays (each `doc[i]` makes a new
    token object), and the sentence starts they write."""
    texts: list[str]
    spaced: list[bool]  # whether space follows the token
    offsets: list[int]
    starts: list[int]

    @property
    def text(self) -> str:
        """The doc's text (`doc.text` joins it anew from every token)."""
        return "".join(text + " " if spaced else text for text, spaced in zip(self.texts, self.spaced))

    def closing(self, i: int) -> bool:
        """Whether token i is a closing quote: a closing mark, or a straight quote glued to the left."""
        if self.texts[i] in CLOSING:
            return True
        return self.texts[i] in AMBIGUOUS and i > 0 and not self.spaced[i - 1]


def _marked(doc: "Doc", rules: Callable[[_Layout], None]) -> "Doc":
    """Apply `rules` to the doc's sentence starts and store them in one write: setting
    `token.is_sent_start` token by token checks the whole doc for a parse on every call."""
    from spacy.attrs import IDX, ORTH, SENT_START, SPACY

    array = doc.to_array([ORTH, SPACY, IDX, SENT_START])
    texts = [doc.vocab.strings[orth] for orth in array[:, 0].tolist()]
    starts = array[:, 3].astype("int64").tolist()  # -1 comes back as 2**64 - 1
    layout = _Layout(texts, array[:, 1].astype(bool).tolist(), array[:, 2].tolist(), list(starts))
    rules(layout)
    if layout.starts != starts:
        doc.from_array([SENT_START], numpy.array(layout.starts, dtype="int64").astype("uint64"))
    return doc


def _paragraph_starts(doc: _Layout) -> None:
    texts, starts = doc.texts, doc.starts
    for i in range(1, len(texts) - 1):
        if not texts[i].isspace() or "\n" not in texts[i]:
            continue
        ended = texts[i - 1] in SENTENCE_END or doc.closing(i - 1) and texts[i - 2] in SENTENCE_END
        if texts[i].count("\n") >= 2 or ended:
            starts[i], starts[i + 1] = NOT_START, START
    for i in range(1, len(texts)):
        before = texts[i - 1]
        if not texts[i].isspace() and starts[i] == UNKNOWN and (before[-1:].isalnum() or before in MID_SENTENCE):
            starts[i] = NOT_START  # "... Vladimir Putin and his Chinese counterpart | Xi Jinping met"
    _dateline_starts(doc)


def _dateline_starts(doc: _Layout) -> None:
    """The first word after a dateline's dash opens a sentence, and none opens inside the dateline."""
    for match in DATELINE.finditer(doc.text):
        indent = len(match.group(0)) - len(match.group(0).lstrip(" \t"))
        first, after = _token_at(doc, match.start() + indent), _token_at(doc, match.end())
        if first is None or after is None or doc.texts[after].isspace():
            continue
        doc.starts[first + 1:after] = [NOT_START] * (after - first - 1)
        doc.starts[after] = START


def _token_at(doc: _Layout, offset: int) -> int | None:
    """The token that starts at character `offset`, if one does."""
    i = bisect.bisect_left(doc.offsets, offset)
    return i if i < len(doc.offsets) and doc.offsets[i] == offset else None


def _quote_starts(doc: _Layout) -> None:
    texts, starts = doc.texts, doc.starts
    for i in range(1, len(texts) - 1):
        if not doc.closing(i):
            continue
        if texts[i - 1] in SENTENCE_END and texts[i + 1].istitle():
            starts[i + 1] = START
        elif texts[i + 1].islower():
            starts[i + 1] = NOT_START
