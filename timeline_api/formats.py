"""Timelines as CSV and iCalendar, beside JSON (`schemas`) and TimeML (`timeml`).

CSV (RFC 4180, UTF-8, CRLF, a header row): one row per event of a timeline,
or one row per temporal expression when only those were extracted.  A cell of
free text that a spreadsheet would run as a formula (it starts with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return) gets a leading ``'``; numbers,
dates and TIMEX3 values are written as they are.

iCalendar (RFC 5545): one all-day VEVENT per event whose date covers calendar
days, from its first day to its last (a single day, a week, a month, a
year...).  Events dated by a duration, a set or an undated reference such as
PRESENT_REF have no calendar days and are left out.  The UID is stable for
the same text and event, so importing a calendar twice updates its events
instead of duplicating them.
"""
from __future__ import annotations

import csv
import hashlib
import io
import re
from datetime import date, datetime, timedelta, timezone
from typing import Iterable, Optional

from . import timeml
from .model import Event, TemporalExpression, Timeline

MEDIA_TYPES = {
    "json": "application/json",
    "csv": "text/csv",
    "ics": "text/calendar",
    "timeml": "application/xml",
}

EVENT_COLUMNS = (
    "event_id", "date_value", "date_type", "date_mod", "date_start", "date_end", "date_text",
    "date_start_char", "date_end_char", "summary", "trigger", "trigger_start_char", "trigger_end_char",
    "sentence_start_char", "sentence_end_char", "participants", "confidence",
)
EXPRESSION_COLUMNS = (
    "id", "text", "start_char", "end_char", "type", "value", "mod", "granularity", "start", "end", "quant", "freq",
)

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def render(fmt: str, text: str, timeline: Timeline, *, events: bool = True) -> str:
    """`timeline` of `text` as `fmt` (csv, ics or timeml; JSON goes through `schemas`).

    With `events=False` the CSV and the calendar list the temporal expressions
    instead of the events.
    """
    if fmt == "csv":
        return events_csv(timeline) if events else expressions_csv(timeline)
    if fmt == "ics":
        return events_ics(text, timeline) if events else expressions_ics(text, timeline)
    if fmt == "timeml":
        return timeml.render(text, timeline)
    raise ValueError(f"no renderer for format {fmt!r}")


# CSV


def events_csv(timeline: Timeline) -> str:
    return _csv(EVENT_COLUMNS, (_event_row(event) for event in timeline.events))


def expressions_csv(timeline: Timeline) -> str:
    return _csv(EXPRESSION_COLUMNS, (_expression_row(timex) for timex in timeline.temporal_expressions))


def _event_row(event: Event) -> list:
    when = event.date
    return [
        event.id, when.value, when.type, when.mod, when.start, when.end, _cell(when.text),
        when.start_char, when.end_char, _cell(event.summary), _cell(event.trigger.text),
        event.trigger.start_char, event.trigger.end_char, event.sentence.start_char, event.sentence.end_char,
        _cell("; ".join(p.text for p in event.participants)), event.confidence,
    ]


def _expression_row(timex: TemporalExpression) -> list:
    return [
        timex.id, _cell(timex.text), timex.start_char, timex.end_char, timex.type, timex.value, timex.mod,
        timex.granularity, timex.start, timex.end, timex.quant, timex.freq,
    ]


def _cell(value: str) -> str:
    """Free text, defused if a spreadsheet would read it as a formula."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def _csv(columns: tuple[str, ...], rows: Iterable[list]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow(["" if value is None else value for value in row])
    return out.getvalue()


# iCalendar

_PRODID = "-//timeline-api//timeline-api//EN"
# Characters RFC 5545 does not allow in a TEXT value (controls other than tab; LF is escaped).
_ICS_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f]")


def events_ics(text: str, timeline: Timeline, now: Optional[datetime] = None) -> str:
    entries = []
    for event in timeline.events:
        when = event.date
        if when.start is None or when.end is None:
            continue
        description = f"{event.sentence.text}\n\n{when.text}: {when.value}"
        entries.append((event.id, when, event.summary, description))
    return _calendar(text, entries, now)


def expressions_ics(text: str, timeline: Timeline, now: Optional[datetime] = None) -> str:
    entries = [
        (timex.id, timex, timex.text, f"{timex.type} {timex.value}")
        for timex in timeline.temporal_expressions
        if timex.start is not None and timex.end is not None
    ]
    return _calendar(text, entries, now)


def _calendar(text: str, entries: list[tuple[str, TemporalExpression, str, str]], now: Optional[datetime]) -> str:
    stamp = (now or datetime.now(timezone.utc)).astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{_PRODID}", "CALSCALE:GREGORIAN"]
    for ident, when, summary, description in entries:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{digest}-{ident}@timeline-api",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{_ics_date(when.start)}",
            *([f"DTEND;VALUE=DATE:{_ics_date(when.end + timedelta(days=1))}"] if when.end < date.max else []),
            f"SUMMARY:{_ics_text(summary)}",
            f"DESCRIPTION:{_ics_text(description)}",
            f"X-TIMEX3-VALUE:{_ics_text(when.value)}",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)


def _ics_date(day: date) -> str:
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def _ics_text(value: str) -> str:
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
    return _ICS_CONTROL.sub(" ", value)


def _fold(line: str, limit: int = 75) -> str:
    """Fold a content line at `limit` octets (RFC 5545 3.1), never inside a UTF-8 sequence."""
    if len(line.encode("utf-8", "surrogatepass")) <= limit:
        return line
    parts, current, size = [], [], 0
    for char in line:
        width = len(char.encode("utf-8", "surrogatepass"))
        if size + width > limit:
            parts.append("".join(current))
            current, size = [], 1  # a continuation line starts with its folding space
        current.append(char)
        size += width
    parts.append("".join(current))
    return "\r\n ".join(parts)
