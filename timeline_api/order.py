"""Orders events as a reader would: by the start of their dates, then the end, then text position."""
from __future__ import annotations

from .model import Event


def order(events: list[Event]) -> list[Event]:
    return sorted(events, key=lambda e: (e.date.start, e.date.end, e.trigger.start_char))
