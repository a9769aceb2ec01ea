"""The values that flow between the pipeline stages.

Every stage reads and returns these plain dataclasses, so a stage can be tested
on its own and the web layer only has to serialise them.  Character offsets are
Python string offsets into the submitted text, end exclusive.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Optional

# TIMEX3 types.
DATE, TIME, DURATION, SET = "DATE", "TIME", "DURATION", "SET"

# Granularities of a calendar value, coarse to fine.
GRANULARITIES = (
    "century", "decade", "year", "half", "quarter", "season", "month", "week", "day", "time",
)

# How the reference date was chosen.
REF_REQUEST = "request"        # given by the caller
REF_DATELINE = "dateline"      # read from a dateline such as "March 22, 2013 --"
REF_LATEST = "latest_explicit_date"  # the latest fully specified date in the text
REF_TODAY = "today"            # nothing to go on: the server's current date


@dataclass(frozen=True)
class Span:
    """A stretch of the submitted text."""

    text: str
    start_char: int
    end_char: int


@dataclass
class TemporalExpression:
    """One TIMEX3: where it is, what kind it is and what it denotes.

    `value` follows TimeML (`2021-11-23`, `2021-W50`, `P3Y`, `PRESENT_REF`, ...);
    a range is one expression whose value is an ISO 8601 interval
    (`2022-02-04/2022-02-20`).  `start` and `end` are the first and last
    calendar day covered, or None where the value is not a calendar span.
    """

    id: str
    text: str
    start_char: int
    end_char: int
    type: str
    value: str
    mod: Optional[str] = None
    granularity: Optional[str] = None
    start: Optional[date] = None
    end: Optional[date] = None
    # SET attributes (TimeML quant / freq), None elsewhere.
    quant: Optional[str] = None
    freq: Optional[str] = None

    @property
    def is_calendar(self) -> bool:
        return self.start is not None


@dataclass(frozen=True)
class Participant:
    text: str
    label: str
    start_char: int
    end_char: int


# What became of an event, as the text tells it.
OCCURRED, ONGOING, SCHEDULED, HYPOTHETICAL, NEGATED = "occurred", "ongoing", "scheduled", "hypothetical", "negated"

# Where an event's date comes from.
DATED_BY_TEXT = "text"                    # an expression of its own clause dates it
DATED_BY_NARRATIVE = "narrative"          # none does; its sentence's one date or the narration's time places it
DATED_BY_PUBLICATION = "publication_date"  # nothing does: it is placed at the publication date

# How an event's date relates to the publication date.
BEFORE, ON, AFTER = "before", "on", "after"


@dataclass
class EventMention:
    """One place where the text dates an event; a merged event lists them all."""

    trigger: Span
    date: TemporalExpression
    sentence: Span


@dataclass
class Event:
    """A dated event: what happened, when, who was involved, and the evidence."""

    id: str
    summary: str
    trigger: Span
    date: TemporalExpression
    sentence: Span
    participants: list[Participant] = field(default_factory=list)
    confidence: float = 0.5
    status: str = OCCURRED
    locations: list[Participant] = field(default_factory=list)
    mentions: list[EventMention] = field(default_factory=list)
    date_source: str = DATED_BY_TEXT
    relation_to_publication: Optional[str] = None  # BEFORE, ON (the date includes it) or AFTER


@dataclass
class Timeline:
    reference_date: date
    reference_date_source: str
    temporal_expressions: list[TemporalExpression]
    events: list[Event]
    meta: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        # The event stage runs without the reference date; what depends on it is settled here.
        from .order import place  # order builds on this module

        self.events = place(self.events, self.reference_date)


@dataclass(frozen=True)
class Spec:
    """An underspecified value: what recognition knows before resolution.

    `anchor` says what fills the gaps: "absolute" (nothing to fill),
    "reference" (the publication date: "yesterday", "last week"), "tense"
    (the reference date and the tense of the sentence: "on Wednesday",
    "in June"), "previous" (the most recently mentioned date: "the next day",
    "a year earlier").  `unit`/`offset` carry relative shifts; `shift` the
    words "last"/"next"/"this" before a named day, month or season.
    """

    anchor: str = "absolute"
    year: Optional[int] = None
    month: Optional[int] = None
    day: Optional[int] = None
    week: Optional[int] = None
    weekday: Optional[int] = None
    quarter: Optional[int] = None
    half: Optional[int] = None
    season: Optional[str] = None
    decade: Optional[int] = None      # 199 for the 1990s
    century: Optional[int] = None     # 19 for the 20th century
    part_of_day: Optional[str] = None  # MO, AF, EV, NI
    hour: Optional[int] = None
    minute: Optional[int] = None
    zone: Optional[str] = None
    weekend: bool = False
    unit: Optional[str] = None        # grain of a relative shift or of a reference: day, week, ...
    offset: int = 0
    shift: Optional[str] = None       # last / next / this
    fixed: Optional[str] = None       # a value needing no resolution: P3Y, PRESENT_REF, ...
    holiday: Optional[tuple] = None   # ("fixed", month, day) or ("nth", month, weekday, n)
    day_only: bool = False            # "the 23rd": a day of an unknown month
    days: int = 0                     # days from the resolved day: -1 for "the day before last Tuesday"


@dataclass
class Mention:
    """A temporal expression as recognition found it, before resolution."""

    start_char: int
    end_char: int
    text: str
    type: str
    spec: Spec
    mod: Optional[str] = None
    rule: str = ""
    end_spec: Optional[Spec] = None   # the second point of a range
    quant: Optional[str] = None
    freq: Optional[str] = None
