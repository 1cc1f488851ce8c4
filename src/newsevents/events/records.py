"""What the event coder hands on: `Event` and the `EventActor`s on either side of it."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

MODALITIES = ("asserted", "planned", "negated", "hypothetical", "reported")


@dataclass(frozen=True, slots=True)
class EventActor:
    """One side of an event: the words of the text and the CAMEO actor code they stand for.

    `code` is the full code ("ISRMIL"); `country` and `role` are its parts ("ISR", "MIL").
    A role without a country ("officials") has `country` None and `code` equal to the role.
    """

    text: str
    name: str | None
    code: str
    country: str | None
    role: str | None


@dataclass(frozen=True, slots=True)
class Event:
    """Who did what to whom, coded in CAMEO with PLOVER alongside.

    `start`/`end` are character offsets into `Article.text` of the clause's words that
    carry the event (the verb and its two actors); `sentence` indexes `Annotations.sentences`.
    `date` is an ISO date (YYYY-MM-DD, or coarser: YYYY-MM, YYYY) with `date_source`
    "text" (a time expression of the clause; a week gives its month when it lies within one,
    else its year) or "published". `modality` is one of
    `MODALITIES`. Codes outside the CAMEO codebook (user dictionaries) keep `label`,
    `plover`, `quad_class` and `goldstein` None.
    """

    id: str
    actor1: EventActor
    actor2: EventActor | None
    cameo: str
    root: str | None
    label: str | None
    plover: str | None
    quad_class: int | None
    goldstein: float | None
    modality: str
    date: str | None
    date_source: str | None
    location: Any
    sentence: int
    start: int
    end: int
    confidence: float
    verb: str = ""  # the verb as the text has it, e.g. "urged"
    pattern: str | None = None  # "file:line" of the verb pattern that gave the code, None for the verb's own code
