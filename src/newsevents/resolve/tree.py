"""The parse of one article as a small read-only index over `Token` records."""
from __future__ import annotations

import bisect
from collections.abc import Sequence

from ..records import Token

SUBJECTS = frozenset({"nsubj", "nsubjpass", "nsubj:pass", "csubj"})
OBJECTS = frozenset({"dobj", "obj", "iobj"})
VERBAL = frozenset({"VERB", "AUX"})


class Tree:
    """Tokens with their children and a lookup by character offset."""

    def __init__(self, tokens: Sequence[Token]) -> None:
        self.tokens = tuple(tokens)
        self.starts = [t.start for t in self.tokens]
        self.children: list[list[int]] = [[] for _ in self.tokens]
        for t in self.tokens:
            if t.head != t.i and 0 <= t.head < len(self.tokens):
                self.children[t.head].append(t.i)

    def __len__(self) -> int:
        return len(self.tokens)

    def span(self, start: int, end: int) -> list[Token]:
        """Tokens inside the characters start..end."""
        first = bisect.bisect_left(self.starts, start)
        out = []
        for t in self.tokens[first:]:
            if t.start >= end:
                break
            out.append(t)
        return out

    def at(self, offset: int) -> Token | None:
        """The token that starts at or covers `offset`."""
        i = bisect.bisect_right(self.starts, offset) - 1
        return self.tokens[i] if 0 <= i < len(self.tokens) and offset < self.tokens[i].end else None

    def root(self, tokens: Sequence[Token]) -> Token | None:
        """The token of `tokens` whose head lies outside them (the last one on a tie)."""
        inside = {t.i for t in tokens}
        roots = [t for t in tokens if t.head not in inside or t.head == t.i]
        return roots[-1] if roots else None

    def role(self, token: Token) -> str:
        """The token's grammatical function, a conjunct taking that of its first conjunct."""
        seen = set()
        while token.dep == "conj" and token.head != token.i and token.i not in seen:
            seen.add(token.i)
            token = self.tokens[token.head]
        return token.dep

    def previous(self, token: Token) -> Token | None:
        return self.tokens[token.i - 1] if token.i > 0 else None

    def following(self, token: Token) -> Token | None:
        return self.tokens[token.i + 1] if token.i + 1 < len(self.tokens) else None

    def governing_verb(self, token: Token) -> Token | None:
        """The nearest verb above the token (the token itself when it is one)."""
        path = self.path_to_verb(token)
        return path[-1] if path[-1].pos in VERBAL else None

    def path_to_verb(self, token: Token) -> list[Token]:
        """The token and its heads up to the nearest verb (included, when there is one) or the root."""
        path, seen = [token], set()
        while token.pos not in VERBAL and token.head != token.i and token.i not in seen:
            seen.add(token.i)
            token = self.tokens[token.head]
            path.append(token)
        return path
