"""Sentences the coder leaves alone: headlines in capitals, lists and tables, other languages.

Coding them gives wrong events rather than none. Each check is cheap and reads the
sentence's text and tokens only.
"""
from __future__ import annotations

import re

from ..records import Token

MAX_VERBS = 40  # verbs coded per sentence at most: a 2,000-word "sentence" costs bounded work
# Function words any English sentence of some length has a few of, the numbers and words of time
# a short news sentence may have instead ("Five hundred rebels surrendered last week"), and words of
# news no other language writes so ("Kenyan police fired tear gas at protesters outside parliament").
ENGLISH_WORDS = frozenset("""
the a an of to in on at for with by from and or but not is are was were be been has have had will would
that this these those it its their his her they he she we who which as than said says after before over
between into about against some all more most also new other there while during under since
near up out off down when where what did does do both each any such then now amid despite until within
without among across around through two three
one four five six seven eight nine ten hundred hundreds thousand thousands million last next week year month
day yesterday today people
outside inside behind toward towards along beyond could should might must killed fired arrested attacked
protesters officials troops told
later earlier military forces army police government president minister soldiers security bombed struck
shelled launched
""".split())
MIN_FOREIGN_WORDS = 6  # lower-case words a sentence needs before its language is judged
_BULLET = re.compile(r"^\s*(?:[-*•·▪◦–]|\d{1,2}[.)])\s+", re.M)
_NUMBER = re.compile(r"^[\d.,:%$€£/+-]+$")


def skip_reason(text: str, tokens: tuple[Token, ...]) -> str | None:
    """Why a sentence gets no events ("capitals", "table", "list", "language"), or None."""
    if _shouting(text):
        return "capitals"
    if _table(text, tokens):
        return "table"
    if len(_BULLET.findall(text)) >= 2 or text.count("\n") >= 3:
        return "list"
    if _foreign(tokens):
        return "language"
    return None


def _shouting(text: str) -> bool:
    letters = list(filter(str.isalpha, text))
    words = text.split()
    return len(words) >= 3 and len(letters) >= 12 and sum(map(str.isupper, letters)) > 0.8 * len(letters)


def _table(text: str, tokens: tuple[Token, ...]) -> bool:
    if text.count("\t") >= 2 or text.count("|") >= 2:
        return True
    words = [t for t in tokens if t.pos != "PUNCT"]
    numbers = sum(1 for t in words if _NUMBER.match(t.text))
    return len(words) >= 6 and numbers > 0.4 * len(words)


def _foreign(tokens: tuple[Token, ...]) -> bool:
    """Few English function words among the lower-case words and the first word (names say nothing
    of the language: "Arab League Secretary General Chadli Klibi undertook mediation ..." is
    English; "A roadside bomb killed three soldiers near ..." opens with one)."""
    words = [t.text.lower() for n, t in enumerate(tokens) if t.text.isalpha() and (t.text.islower() or n == 0)]
    if len(words) < MIN_FOREIGN_WORDS:
        return False
    return sum(w in ENGLISH_WORDS for w in words) < 0.06 * len(words) + 0.5
