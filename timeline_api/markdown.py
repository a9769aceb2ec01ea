"""A timeline as Markdown, to read in a terminal as it is.

One heading per year, one line per event in timeline order: the date as a
person would write it, the summary, the words that dated it and, unless the
event simply occurred, its status.  Events with no calendar date (dated "now"
or by a duration) come last.
"""
from __future__ import annotations

import re

from .model import OCCURRED, TemporalExpression, Timeline

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
_MODS = {
    "START": "early", "MID": "mid", "END": "late", "APPROX": "about", "BEFORE": "before", "AFTER": "after",
    "ON_OR_BEFORE": "on or before", "ON_OR_AFTER": "on or after", "LESS_THAN": "less than",
    "MORE_THAN": "more than", "EQUAL_OR_LESS": "at most", "EQUAL_OR_MORE": "at least",
}
_SOURCES = {
    "request": "as given", "dateline": "read from the dateline",
    "latest_explicit_date": "the latest date in the text", "today": "today: nothing to infer it from",
}
_OFF_CALENDAR = "Not on the calendar"
_SPECIAL = re.compile(r"([\\`*<])")  # an underscore inside a word is no emphasis


def render(timeline: Timeline, title: str = "Timeline") -> str:
    count = len(timeline.events)
    source = _SOURCES.get(timeline.reference_date_source, timeline.reference_date_source)
    lines = [
        f"# {_escape(title)}",
        "",
        f"Publication date {timeline.reference_date.isoformat()} ({source}); "
        f"{count} dated event{'' if count == 1 else 's'}.",
    ]
    sections: dict[str, list[str]] = {}
    for event in timeline.events:
        heading = str(event.date.start.year) if event.date.start else _OFF_CALENDAR
        status = "" if event.status == OCCURRED else f" · {event.status}"
        sections.setdefault(heading, []).append(
            f"- **{when(event.date)}** {_escape(event.summary)} · “{_escape(event.date.text)}”{status}"
        )
    if _OFF_CALENDAR in sections:
        sections[_OFF_CALENDAR] = sections.pop(_OFF_CALENDAR)  # last
    for heading, items in sections.items():
        lines += ["", f"## {heading}", "", *items]
    return "\n".join(lines) + "\n"


def when(timex: TemporalExpression) -> str:
    """The date of `timex` as a person would write it: Nov 23, 2021; Feb 4–20, 2022; early Feb 2022."""
    start, end = timex.start, timex.end
    if start is None or end is None:
        return f"“{timex.text}”"
    mod = f"{_MODS[timex.mod]} " if timex.mod in _MODS else ""
    if "/" in timex.value:
        if timex.granularity == "year":
            text = f"{start.year}–{end.year}"
        elif timex.granularity == "month":
            text = (f"{_month(start)}–{_month(end)} {start.year}" if start.year == end.year
                    else f"{_month(start)} {start.year} – {_month(end)} {end.year}")
        elif (start.year, start.month) == (end.year, end.month):
            text = f"{_month(start)} {start.day}–{end.day}, {start.year}"
        elif start.year == end.year:
            text = f"{_month(start)} {start.day} – {_month(end)} {end.day}, {start.year}"
        else:
            text = f"{_day(start)} – {_day(end)}"
        return mod + text
    part = re.search(r"-(?:H|Q)(\d)|-(SP|SU|FA|WI)|T([\d:]+)", timex.value)
    grain = timex.granularity
    if grain in ("century", "decade"):
        text = str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
    elif grain == "year":
        text = str(start.year)
    elif grain in ("half", "quarter"):
        text = f"{'H' if grain == 'half' else 'Q'}{part.group(1) if part and part.group(1) else '?'} {start.year}"
    elif grain == "season":
        text = f"{_SEASONS.get(part.group(2) if part else '', 'season of')} {start.year}"
    elif grain == "month":
        text = f"{_month(start)} {start.year}"
    elif grain == "week":
        text = f"week of {_day(start)}"
    elif grain == "time" and part and part.group(3):
        text = f"{_day(start)} {part.group(3)}"
    else:
        text = _day(start) if start == end else f"{_day(start)} – {_day(end)}"
    return mod + text


def _month(day) -> str:
    return _MONTHS[day.month - 1]


def _day(day) -> str:
    return f"{_month(day)} {day.day}, {day.year}"


def _escape(text: str) -> str:
    """Markdown's own characters, escaped, on one line."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))
