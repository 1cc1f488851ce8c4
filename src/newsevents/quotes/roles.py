"""A role noun that names a speaker named before: "the judge said" after "Judge Mary Keller".

A definite phrase of a few lowercase words ("the judge", "the company", "the regional commander")
looks back for the nearest person or organisation that carried that noun as its title
("Judge Mary Keller", "the Finnish telecoms company Elisa", "the RSF commander, Mohamed Dagalo")
or as its apposition ("Mary Keller, a federal judge in Boston,").
"""
from __future__ import annotations

import re
from typing import Any

from .context import Context
from ..lang.en.quotes import NAME_PARTICLES, ROLE_PHRASE, ROLE_WINDOW

NAMED = ("PERSON", "ORG")
# The name after its role noun: capitalised words, particles and hyphens ("Khalid el-Tayeb").
NAME_WORDS = r"(?:\s+(?:[A-Z][\w.'’-]*|(?:" + "|".join(NAME_PARTICLES) + r")\b[\w'’-]*))*"


def role_antecedent(ctx: Context, start: int, end: int) -> Any | None:
    """The entity that `text[start:end]` ("the judge") refers back to, nearest first, else None."""
    phrase = ctx.text[start:end]
    if not ROLE_PHRASE.fullmatch(phrase):
        return None
    noun = phrase.split()[-1]
    before = re.compile(r"\b(?i:" + re.escape(noun) + r")\b,?" + NAME_WORDS + r"\s*$")
    after = re.compile(r"^,\s+(?:a|an|the|its|their|his|her)?\s*(?:[^\s,.;:]+\s+){0,5}?" + re.escape(noun) + r"\b")
    for e in sorted(ctx.entities, key=lambda e: e.start, reverse=True):
        if e.label not in NAMED or e.end > start or ctx.in_dateline(e.start, e.end):
            continue
        para_start, para_end = ctx.paragraph(e.start)  # a role never reaches over a paragraph break
        if before.search(ctx.text[max(para_start, e.start - ROLE_WINDOW):e.end]) or \
                after.search(ctx.text[e.end:min(para_end, e.end + ROLE_WINDOW)]):
            return e
    return None
