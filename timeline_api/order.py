"""Orders events as a reader would, and relates each to the publication date.

Events are ordered by the first day of their dates, then the last (so a range
comes after a single day it starts on, and a year after the days that start it
only when it starts earlier), then by where the text first mentions them.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Optional

from .model import AFTER, BEFORE, DATED_BY_PUBLICATION, OCCURRED, ON, SCHEDULED, Event, TemporalExpression


def _key(event: Event):
    first_mention = min((m.trigger.start_char for m in event.mentions), default=event.trigger.start_char)
    start, end = event.date.start, event.date.end
    return (start is None, start or date.max, end or date.max, first_mention)


def order(events: list[Event]) -> list[Event]:
    return sorted(events, key=_key)


def relation(expression: TemporalExpression, reference: date) -> Optional[str]:
    """BEFORE, ON (the date includes the reference date) or AFTER; None for a date with no calendar span."""
    if expression.start is None or expression.end is None:
        return {"PAST_REF": BEFORE, "PRESENT_REF": ON, "FUTURE_REF": AFTER}.get(expression.value)
    if expression.end < reference:
        return BEFORE
    if expression.start > reference:
        return AFTER
    return ON


def publication_date(reference: date) -> TemporalExpression:
    """The publication date as the date of an event the text does not date."""
    return TemporalExpression("t0", "", 0, 0, "DATE", reference.isoformat(), granularity="day",
                              start=reference, end=reference)


def place(events: list[Event], reference: date) -> list[Event]:
    """Settle what needs the reference date: the date of events placed at the
    publication date, each event's relation to it, and the status of an event
    the text tells as plain fact but dates after it (scheduled).  The order is
    redone only where events were placed at the publication date."""
    placed = False
    for event in events:
        if event.date_source == DATED_BY_PUBLICATION and event.date.start is None:
            published = publication_date(reference)
            event.date = published
            event.mentions = [replace(m, date=published) for m in event.mentions]
            placed = True
        if event.relation_to_publication is None:
            event.relation_to_publication = relation(event.date, reference)
        if event.status == OCCURRED and event.relation_to_publication == AFTER:
            event.status = SCHEDULED
    return order(events) if placed else events
