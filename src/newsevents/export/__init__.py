"""Exports in the formats event-data users already read (GDELT 2.0 so far)."""
from __future__ import annotations

from .gdelt import (
    EVENT_COLUMNS, MENTION_COLUMNS, event_pairs, events_rows, global_event_id, mentions_rows, read_events,
    read_mentions, write_events, write_mentions,
)

__all__ = [
    "EVENT_COLUMNS", "MENTION_COLUMNS", "event_pairs", "events_rows", "mentions_rows", "write_events",
    "write_mentions", "read_events", "read_mentions", "global_event_id",
]
