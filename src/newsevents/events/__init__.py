"""Code events: who did what to whom, in CAMEO with PLOVER alongside, from our own parse.

    >>> events = code_events(article, annotations)                     # shipped dictionaries
    >>> coder = Coder.load(actors="my.actors.txt", verbs="my.verbs.txt")
    >>> events = code_events(article, annotations, coder=coder)
    >>> events[0].actor1.code, events[0].cameo, events[0].plover, events[0].modality
    ('ISRMIL', '190', 'ASSAULT', 'asserted')

Per clause: the verb's CAMEO code (its dictionary entry, refined by the most specific
pattern, or its event noun under a light verb), its source and target from the parse (active,
passive, control verbs, coordination, reciprocal subjects, a pronoun in reported speech for its
speaker), modality, date and place. Speech and demand frames ("X said Y must ...", "X demanded
that Y ...") are coded as demands on Y, and what is demanded, threatened or denied is not coded
as done. Sentences in capitals, lists, tables and other languages give no events.
"""
from __future__ import annotations

from ..errors import DictionaryError
from .code import code_events
from .coder import Coder
from .records import MODALITIES, Event, EventActor

__all__ = ["code_events", "Coder", "Event", "EventActor", "MODALITIES", "DictionaryError"]
