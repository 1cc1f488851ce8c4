"""Lexical tense around a time expression, for when no parse says it: the nearest cue wins."""
from __future__ import annotations

import re

from newsevents.lang.en.times import FUTURE_CUES, NOT_PAST, PAST_CUES, PRESENT_CUES

_CLAUSE_END = re.compile(r"[.;!?\n]|\s[—–]\s")
_PASSIVE = re.compile(r"\bbe\s+$", re.I)
_WINDOW_BEFORE = 70
_WINDOW_AFTER = 45


def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w'])(?:" + "|".join(cues) + r")(?!\w)", re.I)


_CUES = (("future", _cue_pattern(FUTURE_CUES)), ("past", _cue_pattern(PAST_CUES)),
         ("present", _cue_pattern(PRESENT_CUES)))


def lexical_tense(text: str, start: int, end: int) -> str | None:
    """"past", "present" or "future" from the words near text[start:end]; None when no word says."""
    before = _clause_before(text, start)
    after = _clause_after(text, end)
    found = [(len(before) - m.end(), tense) for tense, m in _matches(before)]
    found += [(m.start() + 1, tense) for tense, m in _matches(after)]
    return min(found, key=lambda f: f[0])[1] if found else None


def _clause_before(text: str, start: int) -> str:
    window = text[max(0, start - _WINDOW_BEFORE):start]
    ends = list(_CLAUSE_END.finditer(window))
    return window[ends[-1].end():] if ends else window


def _clause_after(text: str, end: int) -> str:
    window = text[end:end + _WINDOW_AFTER]
    stop = _CLAUSE_END.search(window)
    return window[:stop.start()] if stop else window


def _matches(window: str):
    for tense, pattern in _CUES:
        for m in pattern.finditer(window):
            if tense == "past" and (m.group().lower() in NOT_PAST or _PASSIVE.search(window[:m.start()])):
                continue            # "will be held": a participle after "be" says nothing of the time
            yield tense, m
