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

import re
from typing import TYPE_CHECKING

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


def _closing(doc: "Doc", i: int) -> bool:
    """Whether token i is a closing quote: a closing mark, or a straight quote glued to the left."""
    text = doc[i].text
    if text in CLOSING:
        return True
    return text in AMBIGUOUS and i > 0 and not doc[i - 1].whitespace_


def register() -> None:
    """Make the named components known to spaCy (once)."""
    from spacy.language import Language

    if not Language.has_factory("newsevents_quote_boundaries"):
        Language.component("newsevents_quote_boundaries", func=quote_boundaries)
    if not Language.has_factory("newsevents_paragraph_boundaries"):
        Language.component("newsevents_paragraph_boundaries", func=paragraph_boundaries)


def paragraph_boundaries(doc: "Doc") -> "Doc":
    for i in range(1, len(doc) - 1):
        token = doc[i]
        if not token.is_space or "\n" not in token.text:
            continue
        ended = doc[i - 1].text in SENTENCE_END or _closing(doc, i - 1) and doc[i - 2].text in SENTENCE_END
        if token.text.count("\n") >= 2 or ended:
            token.is_sent_start = False
            doc[i + 1].is_sent_start = True
    for i in range(1, len(doc)):
        before = doc[i - 1].text
        if not doc[i].is_space and doc[i].is_sent_start is None and (before[-1:].isalnum() or before in MID_SENTENCE):
            doc[i].is_sent_start = False  # "... Vladimir Putin and his Chinese counterpart | Xi Jinping met"
    _dateline_boundaries(doc)
    return doc


def _dateline_boundaries(doc: "Doc") -> None:
    """The first word after a dateline's dash opens a sentence, and none opens inside the dateline."""
    starts = {token.idx: token.i for token in doc}
    for match in DATELINE.finditer(doc.text):
        indent = len(match.group(0)) - len(match.group(0).lstrip(" \t"))
        first, after = starts.get(match.start() + indent), starts.get(match.end())
        if first is None or after is None or after >= len(doc) or doc[after].is_space:
            continue
        for token in doc[first + 1:after]:
            token.is_sent_start = False
        doc[after].is_sent_start = True


def quote_boundaries(doc: "Doc") -> "Doc":
    for i in range(1, len(doc) - 1):
        if not _closing(doc, i):
            continue
        after = doc[i + 1]
        if doc[i - 1].text in SENTENCE_END and after.is_title:
            after.is_sent_start = True
        elif after.is_lower:
            after.is_sent_start = False
    return doc
