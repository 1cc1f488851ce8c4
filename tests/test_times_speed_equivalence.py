"""The trigger-led search of ``times.triggers`` finds exactly what a search of the whole text finds."""
from __future__ import annotations

import re

import pytest

from newsevents.times import finder
from newsevents.times.triggers import Rules, plan, scan

SENTENCES = (
    "The council met on Monday, March 4, 2024, and again on the 12th; a vote is due by early April.",
    "Sales rose 4% in the third quarter of 2023 and in Q3 2022, the firm said at 3 p.m. GMT on Christmas Day.",
    "Two weeks ago the river rose; by 10:45 it had fallen, and within 48 hours the road reopened.",
    "In the 1990s and the early '80s the town grew; the nineties were quiet, the 21st century less so.",
    "From 3 to 5 June 2021 the fair ran daily, every Friday night and twice a week in the summer of 2019.",
    "The same day a year earlier, the year-ago quarter was its best month since 2009-2010.",
    "Last week's talks, next month's vote and this year's budget follow the 2020-01-15 deadline, FY2021.",
    "Fighting resumed overnight and tomorrow morning the ceasefire ends; at some point in its history it held.",
    "Prices fell 12/25 and 1/3/2022 at midnight, noon, 23:59 and 0700 hours local time, several days later.",
    "May said in May that the march in March would go on; Jan, Dec. and Sept. 9 were named, as was the 5th.",
    "The first half of 2024, the second half, a half-century and the middle of the decade are all named here.",
)

ODD = (
    "On  the 3rd\n\n\nof   May,\n\n    2019 - over\t\t\ttwo -  three   weeks -- in \u00a0 the  coming   days.",
    "may" + "\n" * 40 + "2019 and the" + " " * 30 + "last" + " " * 30 + "week, then March\u00a0\u00a01st" + "-" * 20,
    "\u0130stanbul \u0130 \u00df 2\u00a0pm \u2013 3\u2009pm, \u2018'90s\u2019, 2019\u20132020, "
    "10\u201312 June and 5\u2013six years.",
)


def _texts():
    paragraph = " ".join(SENTENCES)
    for text in (paragraph, *SENTENCES, *ODD, " ".join(ODD)):
        text = text if len(text) >= 200 else (text + " ") * 3     # a short text is searched whole anyway
        yield from (text, text.upper(), text.title(), text.swapcase())


def _found(text: str, whole: bool):
    return [(s, e, name, m.span(), m.groups()) for s, e, name, m in finder._candidates(text, whole=whole)]


@pytest.mark.parametrize("text", list(_texts()))
def test_led_search_finds_what_the_whole_search_finds(text):
    assert _found(text, whole=False) == _found(text, whole=True)


@pytest.mark.parametrize("text", list(_texts()))
def test_each_rule_gives_the_matches_of_finditer(text):
    low = finder._lowered(text)
    prepared = finder._rules().text(low)
    for (name, fast, _), rule in zip(finder._FAST, finder._rules().plans):
        assert [m.span() for m in scan(fast, rule, prepared)] == [m.span() for m in fast.finditer(low)], name


def test_every_rule_is_led_by_triggers():
    assert all(rule is not None for rule in finder._rules().plans)


def test_a_wrong_trigger_would_show():
    """The comparison above can fail: a rule led by a word its matches need not hold loses them."""
    fast = re.compile(r"\b(?:next|last)\s+(?P<unit>week|month)\b")
    wrong = plan(re.compile(r"\bnext\s+(?:week|month)\b"))
    text = Rules([fast]).text("They met last week and will meet next month; " * 4)
    assert [m.group() for m in scan(fast, wrong, text)] != [m.group() for m in fast.finditer(text.low)]


def test_what_cannot_be_read_off_is_searched_whole():
    assert plan(re.compile(r"(a)\1")) is None               # a back reference
    assert plan(re.compile(r"x?")) is None                  # an empty match
    assert plan(re.compile(r"(?:ab)+c", re.I)) is None      # case-insensitive
    assert plan(re.compile(r"(?:ab)+c")) is None            # a repeated group: no width


def test_triggers_and_widths_read_off_a_pattern():
    rule = plan(re.compile(r"\bthe\s+(?:first|second)\s+quarter\b"))
    [need, *_] = rule.needs
    assert [a.text for a in need.triggers.anchors] == ["quarter"]
    text = Rules([]).text("x \t\ny")
    assert text.chars(rule.advance) == len("the") + len("second") + len("quarter") + 2 * 3


def test_a_match_across_a_long_run_of_spaces_is_kept():
    text = "Elections were held in May" + " " * 50 + "2019 and in early" + "\n" * 20 + "March 2020."
    assert _found(text, whole=False) == _found(text, whole=True)
    assert any(name == "month_year" and e - s > 50 for s, e, name, *_ in _found(text, whole=False))
