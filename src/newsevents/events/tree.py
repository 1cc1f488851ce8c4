"""The parse of one sentence as a small tree: children, subtrees and the arguments of a verb.

Works on `records.Token` (UD labels, any spaCy English pipeline). Every walk is capped
(`MAX_SPAN` tokens), so one pathological sentence costs bounded work per clause.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

from ..records import Token

MAX_SPAN = 60  # tokens a subtree walk visits at most
SUBJECTS = ("nsubj", "nsubj:outer", "csubj", "expl")
PASSIVE_SUBJECTS = ("nsubj:pass", "nsubjpass", "csubj:pass")
OBJECTS = ("obj", "dobj", "iobj", "dative")
OBLIQUES = ("obl", "nmod", "prep", "pobj", "obl:tmod", "obl:npmod")
AGENTS = ("obl:agent", "agent")
NEGATIONS = frozenset({"not", "n't", "never", "no"})
MAX_FRAGMENT = 12  # tokens of a verbless piece the splitter cut off a sentence
FINAL = frozenset({".", "!", "?", ":", ";", "…"})


@dataclass(frozen=True)
class Sentence:
    """One sentence's tokens, indexed by their article-wide `i`."""

    tokens: tuple[Token, ...]
    index: int  # position in Annotations.sentences

    def __post_init__(self) -> None:
        by_i = {t.i: t for t in self.tokens}
        children: dict[int, list[Token]] = {t.i: [] for t in self.tokens}
        for t in self.tokens:
            if t.head != t.i and t.head in children:
                children[t.head].append(t)
        object.__setattr__(self, "by_i", by_i)
        object.__setattr__(self, "_children", children)
        object.__setattr__(self, "first", self.tokens[0].i if self.tokens else 0)

    def token(self, i: int) -> Token | None:
        return self.by_i.get(i)

    def head(self, token: Token) -> Token | None:
        return None if token.head == token.i else self.by_i.get(token.head)

    def children(self, token: Token, *deps: str) -> list[Token]:
        found = self._children.get(token.i, ())
        if not deps:
            return list(found)
        return [c for c in found if c.dep in deps or _base(c.dep) in deps]

    def child(self, token: Token, *deps: str) -> Token | None:
        found = self.children(token, *deps)
        return found[0] if found else None

    def subtree(self, token: Token, *, skip: tuple[str, ...] = (), limit: int = MAX_SPAN) -> list[Token]:
        """The token and its descendants (not through `skip` labels), in text order, at most `limit`."""
        seen, todo = [token], [token]
        while todo and len(seen) < limit:
            for child in self.children(todo.pop()):
                if child.dep not in skip and len(seen) < limit:
                    seen.append(child)
                    todo.append(child)
        return sorted(seen, key=lambda t: t.i)

    def text(self, tokens: list[Token]) -> str:
        return " ".join(t.text for t in tokens)

    def conjuncts(self, token: Token) -> list[Token]:
        """The token and the heads it is coordinated with ("Paris and Berlin" -> [Paris, Berlin])."""
        found, todo = [token], [token]
        while todo and len(found) < 12:
            head = todo.pop()
            for child in self.children(head, "conj"):
                if not self._described(head, child):
                    found.append(child)
                    todo.append(child)
        return sorted(found, key=lambda t: t.i)

    def _described(self, name: Token, child: Token) -> bool:
        """A conjunct that is the name's apposition: "Jane Doe, [a rights activist] and president of ..."."""
        first = self.subtree(child, skip=("conj", "cc", "punct"))[0]
        before = self.token(first.i - 1)
        return (name.pos == "PROPN" and child.pos == "NOUN" and first.text.lower() in ("a", "an")
                and before is not None and before.text == ",")

    def case_word(self, token: Token) -> str:
        """The preposition of a phrase, lower case ("in" of "in Kenya"), or "" for none."""
        case = self.child(token, "case")
        return case.text.lower() if case is not None else ""

    def is_negated(self, token: Token) -> bool:
        """"did not sign", "never met", "no talks were held": a negation among the children."""
        return any(c.dep == "neg" or (c.dep in ("advmod", "aux", "det") and c.text.lower() in NEGATIONS)
                   for c in self.children(token))


@functools.lru_cache(maxsize=512)
def _base(dep: str) -> str:
    """The universal part of a label: "nsubj:pass" -> "nsubj"."""
    return dep.split(":", 1)[0]


def sentences_of(tokens: tuple[Token, ...], count: int) -> list[Sentence]:
    """The tokens split by sentence (`Token.sent`), one `Sentence` per index below `count`."""
    groups: list[list[Token]] = [[] for _ in range(max(count, 1 + max((t.sent for t in tokens), default=-1)))]
    for token in tokens:
        if 0 <= token.sent < len(groups):
            groups[token.sent].append(token)
    return _joined([Sentence(tuple(group), n) for n, group in enumerate(groups)])


def _joined(sentences: list[Sentence]) -> list[Sentence]:
    """A verbless piece without final punctuation joined to the sentence after it: the splitter cut
    "[Zimbabwean Prime Minister Robert Mugabe] [today accused ...]" in two. The join keeps the
    first index; the piece's own slot stays, empty."""
    out = list(sentences)
    for n in range(len(out) - 1):
        piece, after = out[n], out[n + 1]
        if piece.tokens and after.tokens and _fragment(piece) and after.tokens[0].i == piece.tokens[-1].i + 1:
            out[n + 1] = Sentence(piece.tokens + after.tokens, piece.index)
            out[n] = Sentence((), piece.index)
    return out


def _fragment(sent: Sentence) -> bool:
    return (len(sent.tokens) <= MAX_FRAGMENT and sent.tokens[-1].text not in FINAL
            and not any(t.pos in ("VERB", "AUX") for t in sent.tokens))


def perfect_auxiliary(sent: Sentence, verb: Token) -> Token | None:
    """The "have" of a perfect whose participle the parser took for an adjective of the object:
    "forces have [tortured] refugees" parsed as "have" the root and "tortured refugees" its object."""
    head = sent.head(verb)
    before = sent.token(verb.i - 1)
    if verb.dep != "amod" or head is None or head.dep not in OBJECTS or before is None:
        return None
    if not (verb.tag in ("VBN", "VBD") or verb.text.lower().endswith("ed")):
        return None
    return before if before.pos == "AUX" and before.lemma.lower() == "have" and sent.head(head) is before else None
