"""The quote record: who said what, where in the text."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

KINDS = ("direct", "partial", "indirect", "scare")


@dataclass(frozen=True, slots=True)
class Quote:
    """A statement and who made it.

    `start`/`end` point into `Article.text`: the inside of the marks for a direct, partial or scare
    quote, the reported clause for indirect speech. `speaker` is the speaker's mention in the text
    (`{text, start, end}`; a pronoun's antecedent), `speaker_actor` `{name, code, country, role}`,
    `cue` the speech verb's lemma ("say", "tell"), "according to", or "—" for a dash attribution.
    """

    text: str
    start: int
    end: int
    speaker: dict[str, Any] | None
    speaker_actor: dict[str, Any] | None
    cue: str | None
    kind: str  # "direct" | "partial" | "indirect" | "scare"
