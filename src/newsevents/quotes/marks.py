"""Quote marks to quoted spans, parse-free.

One pass over the text with a stack of open marks. A mark closes the innermost open mark it
pairs with when something other than space precedes it; otherwise it opens when something
other than space follows it. Apostrophes (don't, Kyiv's, the '90s, dockers' union) are skipped.
An opening mark left open at a paragraph's end continues into the next paragraph when that one
opens with a mark of the same family (the newspaper convention for quotes of several paragraphs);
a quote that opened its paragraph and lost its closing mark ends with the paragraph.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..lang.en.quotes import (
    APOSTROPHES, DOUBLE_MARKS, GLUED_CLOSING, OPENING_CONTEXT, PAIRS, SINGLE_MARKS,
)

MARK = re.compile(r"``|''|[“”„«»‹›\"'‘’‚]")
PARAGRAPH = re.compile(r"[^\n]+")


@dataclass(frozen=True, slots=True)
class Marked:
    """One quoted span: `start`/`end` are the inside of the marks; `open_at`/`close_at` the marks."""

    start: int
    end: int
    open_at: int
    close_at: int  # == end; the closing mark (or the paragraph's end, when it had none) starts here
    mark: str
    depth: int  # 0 for a quote, 1+ for a quote inside a quote
    closed: bool = True


@dataclass(slots=True)
class _Open:
    at: int
    mark: str
    depth: int


def scan(text: str) -> list[Marked]:
    """Every quoted span of `text`, outer spans before the spans they hold."""
    found: list[Marked] = []
    carried: _Open | None = None
    paragraphs = [(m.start(), m.end()) for m in PARAGRAPH.finditer(text) if text[m.start():m.end()].strip()]
    for n, (start, end) in enumerate(paragraphs):
        stack = [carried] if carried else []
        skip_first = carried is not None
        carried = None
        for m in MARK.finditer(text, start, end):
            if skip_first:
                skip_first = False
                if m.start() == _first_char(text, start) and _family(m.group()) == _family(stack[0].mark):
                    continue  # the continuation mark of a quote of several paragraphs
            _step(text, m, stack, found)
        carried = _paragraph_end(text, stack, found, start, end, paragraphs[n + 1:n + 2])
    return sorted(found, key=lambda q: (q.open_at, q.depth))


def _step(text: str, m: re.Match, stack: list[_Open], found: list[Marked]) -> None:
    mark, at = m.group(), m.start()
    before = text[at - 1] if at > 0 else " "
    after = text[m.end()] if m.end() < len(text) else " "
    if _is_apostrophe(mark, before, after, stack) or _plural_possessive(text, m, stack):
        return
    can_close = not before.isspace() and (after.isspace() or not after.isalnum() or mark in GLUED_CLOSING)
    can_open = before in OPENING_CONTEXT or before in PAIRS or not before.strip() or not before.isalnum()
    can_open = can_open and not after.isspace()
    target = _closes(mark, stack) if can_close else None
    if target is not None:
        opened = stack[target]
        del stack[target:]
        found.append(Marked(opened.at + len(opened.mark), at, opened.at, at, opened.mark, opened.depth))
    elif can_open and mark in PAIRS and mark != "''":
        stack.append(_Open(at, mark, len(stack)))


def _closes(mark: str, stack: list[_Open]) -> int | None:
    """Index in `stack` of the innermost open mark that `mark` closes, within its family."""
    for i in range(len(stack) - 1, -1, -1):
        if mark in PAIRS.get(stack[i].mark, ""):
            return i
        if _family(stack[i].mark) == _family(mark) and _family(mark) == "double":
            return None  # a double mark never closes past an open double mark of another kind
    return None


def _is_apostrophe(mark: str, before: str, after: str, stack: list[_Open]) -> bool:
    if mark not in APOSTROPHES:
        return False
    if before.isalnum() and after.isalnum():
        return True  # don't, Kyiv's
    if after.isdigit() and not before.isalnum():
        return True  # the '90s, in ’22
    single_open = any(_family(o.mark) == "single" for o in stack)
    return before.isalpha() and not single_open  # dockers' union, with no single quote open


def _plural_possessive(text: str, m: re.Match, stack: list[_Open]) -> bool:
    """`the dockers' union agrees.'`: after an s, before a lowercase word, with a later closing mark."""
    if m.group() not in APOSTROPHES or not stack or text[m.start() - 1:m.start()] != "s":
        return False
    rest = text[m.end():text.find("\n", m.end()) % (len(text) + 1)]
    return bool(re.match(r" [a-z]", rest)) and bool(re.search(r"[^\s]" + re.escape(m.group()) + r"(?:\s|$)", rest))


def _family(mark: str) -> str:
    return "double" if mark in DOUBLE_MARKS else "single" if mark in SINGLE_MARKS else "other"


def _first_char(text: str, start: int) -> int:
    while start < len(text) and text[start].isspace():
        start += 1
    return start


def _paragraph_end(text: str, stack: list[_Open], found: list[Marked], start: int, end: int,
                   following: list[tuple[int, int]]) -> _Open | None:
    """What happens to marks still open at a paragraph's end: carried on, closed there, or dropped."""
    if not stack:
        return None
    outer = stack[0]
    if following and _family(outer.mark) == "double":
        first = text[_first_char(text, following[0][0])]
        if _family(first) == "double" and first in PAIRS:
            return _Open(outer.at, outer.mark, 0)
    if outer.at == _first_char(text, start) and _family(outer.mark) == "double":
        stop = end
        while stop > outer.at and text[stop - 1].isspace():
            stop -= 1
        found.append(Marked(outer.at + len(outer.mark), stop, outer.at, stop, outer.mark, 0, closed=False))
    return None
