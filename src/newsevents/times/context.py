"""What a rule knows when it resolves one match, and what it gives back."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class Context:
    text: str
    start: int
    end: int
    anchor: date | None          # the publication date
    tense: str | None            # "past" | "present" | "future" | "around" (to come, seen from the past) | None
    ref: date | None = None      # the last date the text gave, for "the next day"
    ref_value: str | None = None  # the last calendar value the text gave, any granularity: "the same month"

    def word_before(self) -> str:
        m = re.search(r"([A-Za-z]+)\W*$", self.text[max(0, self.start - 30):self.start])
        return m.group(1).lower() if m else ""

    def words_after(self, n: int = 2) -> str:
        return " ".join(re.findall(r"[\w']+", self.text[self.end:self.end + 40])[:n])


@dataclass(frozen=True, slots=True)
class Resolved:
    value: str | None
    kind: str = "date"
    anchor: str | None = None    # "dct", "absolute", "reference" or None
    range_end: str | None = None
