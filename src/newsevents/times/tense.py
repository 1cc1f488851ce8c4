"""Lexical tense around a time expression, for when no parse says it: the nearest cue wins."""
from __future__ import annotations

import re

from newsevents.lang.en.times import (DEFERRALS, DURATIVE_PAST, FUTURE_CUES, INFINITIVE_CUES, NOT_PAST, PAST_CUES,
                                      PRESENT_CUES, REPORTED_PAST, REPORTED_PRESENT, SCHEDULED)

_CLAUSE_END = re.compile(r"[.;!?\n]|\s(?:[—–]|--)\s")
_PASSIVE = re.compile(r"\bbe\s+$", re.I)
_PERFECT = re.compile(r"\b(?:has|have|'ve)\s+(?:\w+ly\s+|not\s+|also\s+)?$", re.I)
_UNTIL = re.compile(r"(?:(?<=\s)(?P<participle>\w{2,}ed)\s+)?\b(?:until|till)\s+$", re.I)
# "adjourned the trial until", "was postponed to": a deferral right before the time, a short object between.
_DEFERRED = re.compile(r"(?<![\w'])(?:" + "|".join(DEFERRALS) + r")\b[^.;:!?\n]{0,40}?\b(?:until|till|to)\s+$", re.I)
_DEFERRAL_WINDOW = 80
# A state in the present lasts until a time to come ("is closed until the 30th"); one in the
# perfect has lasted until now ("has remained closed until Friday").
_UNTIL_TENSES = {"present": "future", "perfect": "present"}
_SCHEDULED = re.compile(r"(?:" + "|".join(SCHEDULED) + r")\s", re.I)
_COUNTED_LATER = re.compile(r"\b(?:\w+s|day|week|month|year|hour|decade|moments?|shortly|soon|much|little)\s+later$",
                            re.I)
_DUE_TO_A_CAUSE = re.compile(r"\s+to\s+(?:the|a|an|its|his|her|their|this|that|these|those|high|low|poor|bad|"
                             r"strong|weak|heavy|[a-z]+ing\b|[A-Z])", )
_WINDOW_BEFORE = 70
_WINDOW_AFTER = 45


def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w'])(?:" + "|".join(cues) + r")(?!\w)", re.I)


def _reported_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    """A verb of saying that ends the text before a time expression, with at most "late", "early"
    or "on" between: "said late", "told reporters on"."""
    return re.compile(r"(?<![\w'])(?:" + "|".join(cues) + r")\s+(?:(?:late|early|on)\s+){0,2}$", re.I)


_CUES = (("future", _cue_pattern(FUTURE_CUES)), ("past", _cue_pattern(PAST_CUES)),
         ("present", _cue_pattern(PRESENT_CUES)))
_INFINITIVE = ("future", _cue_pattern(INFINITIVE_CUES))
_REPORTED = (("past", _reported_pattern(REPORTED_PAST)), ("present", _reported_pattern(REPORTED_PRESENT)))


def lexical_tense(text: str, start: int, end: int, *, infinitives: bool = True) -> str | None:
    """"past", "present" or "future" from the words near text[start:end]; None when no word says.
    Without `infinitives`, "to" + a verb of a plan is no cue (a parse has said whose the date is)."""
    before = _clause_before(text, start)
    for tense, pattern in _REPORTED:
        if pattern.search(before):
            return tense
    after = _clause_after(text, end)
    found = [(len(before) - m.end(), tense) for tense, m in _matches(before, infinitives=infinitives)]
    found += [(m.start() + 1, tense) for tense, m in _matches(after, infinitives=infinitives)]
    return min(found, key=lambda f: f[0])[1] if found else None


def until_tense(text: str, start: int, end: int) -> str | None:
    """The tense of "until Friday": a state lasting until then, so the future unless a past verb of
    the clause says otherwise ("is closed until the 30th" is to come too). A participle just before
    "until" ("closed until Friday") is a state, not a past event, and a scheduled one ("scheduled
    until the 30th") is to come; "has continued ... until" is present. A past verb of lasting
    ("the curfew lasted until Monday") is no participle: that state is over."""
    before = _clause_before(text, start)
    cut = _UNTIL.search(before)
    if cut is None:
        return None
    if _SCHEDULED.match(cut.group()):
        return "future"     # "talks are scheduled until the 30th": a plan, whatever "are" says
    lasted = (cut["participle"] or "").lower() in DURATIVE_PAST     # a past verb, not a participle's state
    stop = cut.start("participle") + len(cut["participle"]) if lasted else cut.start()
    found = [(len(before) - m.end(), tense) for tense, m in _matches(before[:stop], perfect="perfect")]
    nearest = min(found, key=lambda f: f[0])[1] if found else "future"
    return _UNTIL_TENSES.get(nearest, nearest)


def deferred(text: str, start: int) -> bool:
    """Whether the time at `start` is where a deferral moves something ("adjourned the trial until",
    "was postponed to"): it lies ahead of that act, whatever the verb's tense."""
    return _DEFERRED.search(text[max(0, start - _DEFERRAL_WINDOW):start]) is not None


def _clause_before(text: str, start: int) -> str:
    window = text[max(0, start - _WINDOW_BEFORE):start]
    ends = list(_CLAUSE_END.finditer(window))
    return window[ends[-1].end():] if ends else window


def _clause_after(text: str, end: int) -> str:
    window = text[end:end + _WINDOW_AFTER]
    stop = _CLAUSE_END.search(window)
    return window[:stop.start()] if stop else window


def _matches(window: str, *, perfect: str = "past", infinitives: bool = True):
    for tense, pattern in _CUES + ((_INFINITIVE,) if infinitives else ()):
        for m in pattern.finditer(window):
            if tense == "future" and _COUNTED_LATER.search(window[:m.end()]):
                continue            # "days later", "a year later": a past story moving on, not the future
            if tense == "future" and m.group().lower() == "due" and _DUE_TO_A_CAUSE.match(window[m.end():]):
                continue            # "due to the virus" gives a cause, not a schedule
            if tense == "past" and (m.group().lower() in NOT_PAST or _PASSIVE.search(window[:m.start()])):
                continue            # "will be held": a participle after "be" says nothing of the time
            if tense == "past" and _PERFECT.search(window[:m.start()]):
                yield perfect, m    # "has continued ... until Friday": the state reaches the present
                continue
            yield tense, m
