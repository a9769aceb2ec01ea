"""Stage 2: resolve underspecified values against the reference date and context.

Recognition leaves gaps ("Wednesday": which one?  "June": of which year?  "the
next day": after what?).  This stage fills them, in document order, from three
sources: the reference date, the direction the sentence points in (see
`context`), and the most recently mentioned calendar date, for anaphora.
The output is TIMEX3: a value string plus the calendar span it covers.
"""
from __future__ import annotations

import bisect
import calendar
import re
from dataclasses import dataclass, replace
from functools import cached_property
from datetime import date, timedelta
from typing import Optional


from . import context
from .model import DATE, DURATION, SET, TIME, Mention, Spec, TemporalExpression

MIN_YEAR, MAX_YEAR = 1, 9999


@dataclass(frozen=True)
class Point:
    """A resolved calendar value: its grain and the days it covers."""

    grain: str   # day, week, weekend, month, quarter, half, season, year, decade, century, time
    start: date
    end: date
    value: str


# --- calendar arithmetic -----------------------------------------------------------------------

def add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    year = d.year + y
    day = min(d.day, calendar.monthrange(year, m + 1)[1])
    return date(year, m + 1, day)


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def day_point(d: date) -> Point:
    return Point("day", d, d, d.isoformat())


def week_point(d: date) -> Point:
    monday = d - timedelta(days=d.isoweekday() - 1)
    iso = monday.isocalendar()
    return Point("week", monday, monday + timedelta(days=6), f"{iso[0]:04d}-W{iso[1]:02d}")


def weekend_point(d: date) -> Point:
    week = week_point(d)
    return Point("weekend", week.start + timedelta(days=5), week.end, week.value + "-WE")


def month_point(year: int, month: int) -> Point:
    return Point("month", date(year, month, 1), month_end(year, month), f"{year:04d}-{month:02d}")


def quarter_point(year: int, q: int) -> Point:
    first = 3 * (q - 1) + 1
    return Point("quarter", date(year, first, 1), month_end(year, first + 2), f"{year:04d}-Q{q}")


def half_point(year: int, h: int) -> Point:
    first = 6 * (h - 1) + 1
    return Point("half", date(year, first, 1), month_end(year, first + 5), f"{year:04d}-H{h}")


def season_point(year: int, season: str) -> Point:
    from .lexicon import SEASON_START

    first = SEASON_START[season]
    start = date(year, first, 1)
    end = add_months(start, 3) - timedelta(days=1)
    return Point("season", start, end, f"{year:04d}-{season}")


def year_point(year: int) -> Point:
    return Point("year", date(year, 1, 1), date(year, 12, 31), f"{year:04d}")


def decade_point(decade: int) -> Point:
    return Point("decade", date(max(decade * 10, 1), 1, 1), date(decade * 10 + 9, 12, 31), f"{decade:03d}")


def century_point(century: int) -> Point:
    return Point("century", date(max(century * 100, 1), 1, 1), date(century * 100 + 99, 12, 31), f"{century:02d}")


def point_at(grain: str, d: date) -> Point:
    """The `grain`-sized calendar unit containing day `d`."""
    if grain == "day":
        return day_point(d)
    if grain == "week":
        return week_point(d)
    if grain == "weekend":
        return weekend_point(d)
    if grain == "month":
        return month_point(d.year, d.month)
    if grain == "quarter":
        return quarter_point(d.year, (d.month - 1) // 3 + 1)
    if grain == "half":
        return half_point(d.year, 1 if d.month <= 6 else 2)
    if grain == "season":
        from .lexicon import SEASON_START

        for season, first in SEASON_START.items():
            start = date(d.year if d.month >= first or season != "WI" else d.year - 1, first, 1)
            if start <= d <= add_months(start, 3) - timedelta(days=1):
                return season_point(start.year, season)
        return season_point(d.year, "WI")
    if grain == "year":
        return year_point(d.year)
    if grain == "decade":
        return decade_point(d.year // 10)
    if grain == "century":
        return century_point(d.year // 100)
    return day_point(d)


def shift(d: date, unit: str, n: int) -> date:
    if unit in ("day",):
        return d + timedelta(days=n)
    if unit in ("week", "weekend"):
        return d + timedelta(weeks=n)
    if unit == "month":
        return add_months(d, n)
    if unit == "quarter":
        return add_months(d, 3 * n)
    if unit == "half":
        return add_months(d, 6 * n)
    if unit == "season":
        return add_months(d, 3 * n)
    if unit == "year":
        return add_months(d, 12 * n)
    if unit == "decade":
        return add_months(d, 120 * n)
    if unit == "century":
        return add_months(d, 1200 * n)
    return d


_GRAIN_ORDER = ["time", "day", "weekend", "week", "month", "season", "quarter", "half", "year", "decade", "century"]


def finer(a: str, b: str) -> bool:
    return _GRAIN_ORDER.index(a) < _GRAIN_ORDER.index(b)


# --- choosing among candidates by direction ----------------------------------------------------

def _pick(candidates: list[Point], ref: date, direction: Optional[str]) -> Point:
    """The candidate the sentence means: the latest not after `ref` for the past,
    the earliest not before it for the future, else the nearest."""
    nearest = min(candidates, key=lambda c: _distance(c, ref))
    chosen = None
    if direction == context.PAST:
        past = [c for c in candidates if c.start <= ref]
        chosen = max(past, key=lambda c: c.start) if past else None
    elif direction == context.FUTURE:
        future = [c for c in candidates if c.end >= ref]
        chosen = min(future, key=lambda c: c.start) if future else None
    if chosen is not None:
        # A tense that points most of a year away, when a candidate lies within days
        # of the reference date, is more likely a misread tense than a distant date.
        if nearest.grain == "day" and _distance(chosen, ref) > 180 and _distance(nearest, ref) <= 7:
            return nearest
        return chosen

    # No tense to go by: news mostly reports the past, so the past candidate wins
    # unless the future one is much closer.
    past = [c for c in candidates if c.start <= ref]
    future = [c for c in candidates if c.start > ref]
    if past and future:
        last_past = max(past, key=lambda c: c.start)
        first_future = min(future, key=lambda c: c.start)
        return first_future if 2 * _distance(first_future, ref) < _distance(last_past, ref) else last_past
    return nearest


def _distance(c: Point, ref: date) -> int:
    if c.start <= ref <= c.end:
        return 0
    return min(abs((c.start - ref).days), abs((c.end - ref).days))


def _by_year(build, ref: date, direction: Optional[str]) -> Optional[Point]:
    candidates = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            candidates.append(build(year))
        except ValueError:
            continue
    return _pick(candidates, ref, direction) if candidates else None


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    if n > 0:
        first = date(year, month, 1)
        offset = (weekday - first.isoweekday()) % 7
        return first + timedelta(days=offset + 7 * (n - 1))
    last = month_end(year, month)
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


def holiday_date(holiday: tuple, year: int) -> date:
    if holiday[0] == "fixed":
        return date(year, holiday[1], holiday[2])
    return _nth_weekday(year, holiday[1], holiday[2], holiday[3])


# --- resolving one spec ------------------------------------------------------------------------

class Resolver:
    """Resolves the mentions of one document in order, remembering the last date."""

    def __init__(self, doc, ref: date):
        self.doc = doc
        self.ref = ref
        self.last: Optional[Point] = None        # most recent calendar point mentioned
        self.last_sentence = -1                  # where it was mentioned
        self.last_end = -10**9
        self.sentence_year = (-1, None, None)    # a year named outright, in which sentence, on which verb
        self.last_by_grain: dict[str, Point] = {}  # the periods under discussion, by grain
        self.last_range = False  # whether self.last ends a range
        self.last_quoted = False  # whether self.last was said in a quotation
        self.span_sentence: Optional[int] = None  # the last sentence that named a stretch of several quarters
        self.text = doc.text if doc is not None else ""
        self.narrative_day: Optional[tuple[Point, int]] = None  # last day named outside quotations, and where
        self.mentions: list[Mention] = []         # all the document's mentions (set by `resolve`)
        self.unnamed_day = False                  # whether the mention being resolved got a day no text named

    @cached_property
    def quoted(self) -> "QuotationIndex":
        """Whether an offset of the text lies inside a quotation opened in its paragraph."""
        return QuotationIndex(self.text)

    def direction(self, m: Mention) -> Optional[str]:
        return context.direction(self.doc, m.start_char, m.end_char) if self.doc is not None else None

    def anchor_date(self) -> date:
        return self.last.start if self.last else self.ref

    def point(self, s: Spec, m: Mention) -> Optional[Point]:
        ref = self.ref
        if _is_comparison(m) and self.span_sentence is not None and self.span_sentence == self._sentence_of(m):
            # "For the nine months, net was $19 million, against $8 million a year earlier":
            # compared with a stretch of several quarters, the year before is the value.
            base = self.last_by_grain.get("quarter") or self.last or year_point(ref.year)
            return year_point(s.year or base.start.year - 1)
        if s.anchor == "previous":
            return self._previous(s, m)
        if s.holiday:
            if s.year:
                return day_point(holiday_date(s.holiday, s.year))
            return _by_year(lambda y: day_point(holiday_date(s.holiday, y)), ref, self.direction(m))
        if s.weekday is not None:
            return self._weekday(s, m)
        if s.hour is not None and s.anchor == "reference" and s.offset == 0:
            later = self._day_named_after(m)
            if later is not None:
                return later
            if s.hour == 24 and (self.last is None or self.last.grain != "day" or m.start_char - self.last_end >= 300) \
                    and (self.direction(m) == context.PAST or self._simple_past(m)):
                # "told supporters shortly before midnight", with no day named: the end of
                # the publication day is still to come, so a past midnight began that day
                # (and no day is named for the clock times after it: "conceded at 12:40 a.m.").
                self.unnamed_day = True
                return day_point(ref - timedelta(days=1))
        if (s.hour is not None or s.shift == "bare") and s.anchor == "reference" and s.offset == 0 and self.last is not None \
                and self.last.grain == "day" and m.start_char - self.last_end < 300 and not self.last_range \
                and not (self.last_quoted and not self.quoted(m.start_char)) \
                and not self._against_tense(self.last, m):
            # A clock time or a part of day ("by mid-afternoon") with no day of its own
            # falls on the day just mentioned; not on the end of a range ("on 13-14
            # September"), nor on a day ahead when told in the past ("started at 20:40"),
            # nor, in the narration, on a day a quotation named ("by this time next week").
            return self.last
        if s.month is not None and s.unit == "year" and s.anchor == "reference" and s.day is None:
            return month_point(shift(ref, "year", s.offset).year, s.month)  # "June last year"
        if s.unit and s.anchor == "reference" and s.month is None and s.season is None and s.half is None \
                and s.quarter is None:
            return self._relative(s, m)
        if s.weekend:
            cands = [weekend_point(self.ref + timedelta(weeks=k)) for k in (-1, 0, 1)]
            return _pick(cands, self.ref, self.direction(m))
        if s.decade is not None:
            return decade_point(s.decade)
        if s.century is not None:
            return century_point(s.century)
        if s.quarter is not None:
            if s.year:
                return quarter_point(s.year, s.quarter)
            if s.anchor == "reference":
                return quarter_point(shift(self.ref, "year", s.offset).year, s.quarter)
            return self._quarter(s.quarter, m)
        if s.half is not None:
            if s.year:
                return half_point(s.year, s.half)
            if s.anchor == "tense":
                return self._half(s.half, m)
            year = shift(self.ref, "year", s.offset).year if s.anchor == "reference" else (self.last or year_point(self.ref.year)).start.year
            return half_point(year, s.half)
        if s.season is not None:
            return self._season(s, m)
        if s.day_only:
            def build(y):
                cands = []
                for month in range(1, 13):
                    try:
                        cands.append(day_point(date(y, month, s.day)))
                    except ValueError:
                        pass
                return cands
            cands = [c for y in (ref.year - 1, ref.year, ref.year + 1) for c in build(y)]
            return _pick(cands, ref, self.direction(m) or context.PAST)
        if s.month is not None and s.unit == "week" and s.day is not None:
            def build(y):
                d = date(y, s.month, s.day) if s.day > 0 else month_end(y, s.month) - timedelta(days=6)
                return week_point(d)
            year = s.year or self._year_in_sentence(m)
            return build(year) if year else _by_year(build, ref, self.direction(m))
        if s.month is not None:
            if s.shift:
                return self._shifted_month(s)
            year = s.year or self._year_in_sentence(m)
            if s.day is not None:
                if year:
                    return day_point(date(year, s.month, s.day))
                if (s.month == ref.month and not self._simple_past(m)
                        and not re.search(r"\b(?:last|next|this|past|coming)\s+$", self.text[max(0, m.start_char - 12):m.start_char], re.I)):
                    # "Nov. 10" written in November is this November's ("has set Nov. 10 as
                    # the deadline"): a writer names the year of a date a year away.  Not
                    # after a simple past: "the tanker sank on Dec. 30" written on Dec. 16
                    # tells of last year's.
                    return day_point(date(ref.year, s.month, s.day))
                return _by_year(lambda y: day_point(date(y, s.month, s.day)), ref, self.direction(m))
            if year:
                return month_point(year, s.month)
            return _by_year(lambda y: month_point(y, s.month), ref, self.direction(m))
        if s.year is not None:
            return year_point(s.year)
        if s.hour is not None or s.part_of_day:
            return day_point(ref)
        return None

    def _weekday(self, s: Spec, m: Mention) -> Point:
        base = self.anchor_date() if s.anchor == "previous" else self.ref
        candidates = [base + timedelta(days=k) for k in range(-7, 8) if (base + timedelta(days=k)).isoweekday() == s.weekday]
        if s.shift == "last":
            return day_point(max(c for c in candidates if c < base))
        if s.shift == "next":
            return day_point(min(c for c in candidates if c > base))
        if s.shift == "this":
            week = week_point(base)
            return day_point(next(c for c in candidates if week.start <= c <= week.end))
        direction = self.direction(m)
        same_day = [c for c in candidates if c == base]
        if same_day and direction != context.FUTURE:
            return day_point(base)
        return _pick([day_point(c) for c in candidates if c != base] + [day_point(c) for c in same_day], base, direction)

    def _against_tense(self, p: Point, m: Mention) -> bool:
        """Whether a day lies on the other side of the reference date from where the tense points."""
        direction = self.direction(m)
        return (direction == context.PAST and p.start > self.ref) or (direction == context.FUTURE and p.end < self.ref)

    def _year_in_sentence(self, m: Mention) -> Optional[int]:
        """The year a sentence has just named ("the 2024 Olympics open on July 26"), if any.

        Only for a date of the same clause: in "invited to join NATO in July 1997, will
        join on March 12" the year belongs to another verb, and says nothing of March 12.
        """
        sentence, year, verb = self.sentence_year
        if sentence != self._sentence_of(m):
            return None
        return year if verb == self._verb_of(m) else None

    def _day_named_after(self, m: Mention) -> Optional[Point]:
        """The day a clock time is on when the day follows it past a zone or a bracket:
        "at 11:52 p.m. local time (1452 GMT) on Monday", "at 10:35 a.m. (0735 GMT) Friday"
        (TimeML tags the day apart; the clock time is on it)."""
        i = bisect.bisect_right(self._mention_starts, m.start_char)
        while i < len(self.mentions) and self.mentions[i].spec.hour is not None and self.mentions[i].spec.anchor == "reference" \
                and self.mentions[i].spec.offset == 0 and self.mentions[i].start_char - m.end_char < 40:
            i += 1  # another clock time in brackets: "11:52 p.m. local time (1452 GMT) on Monday"
        if i >= len(self.mentions):
            return None
        nxt = self.mentions[i]
        if nxt.type != DATE or nxt.end_spec or not (nxt.spec.weekday is not None or nxt.spec.day is not None) \
                or not _TO_LATER_DAY.fullmatch(self.text[m.end_char:nxt.start_char]):
            return None
        try:
            found = self.point(nxt.spec, nxt)
        except (ValueError, OverflowError, StopIteration):
            return None
        return found if found is not None and found.grain == "day" else None

    @cached_property
    def _mention_starts(self) -> list[int]:
        """Where the document's mentions start, in document order (their order)."""
        return [other.start_char for other in self.mentions]

    def _span(self, m: Mention):
        """The tokens of the mention, or None (no parse, or no token there)."""
        if self.doc is None:
            return None
        span = self.doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
        return span if span is not None and len(span) else None

    def _simple_past(self, m: Mention) -> bool:
        """Whether the mention dates a simple past verb ("sank on Dec. 30"; not "has set
        Oct. 20", nor "gave no reason for the Oct. 20 deadline", where it dates a noun)."""
        span = self._span(m)
        if span is None:
            return False
        head = span.root.head
        if head.pos_ == "ADP":
            head = head.head
        return head.tag_ == "VBD"

    def _verb_of(self, m: Mention) -> Optional[int]:
        """The index of the verb governing the mention, or None."""
        span = self._span(m)
        if span is None:
            return None
        verb = context.governing_verb(span.root)
        return verb.i if verb is not None else None

    def _sentence_of(self, m: Mention) -> int:
        span = self._span(m)
        return self.doc[context.sentence_start(self.doc, span.start)].idx if span is not None else -1

    def _relative(self, s: Spec, m: Mention) -> Point:
        unit = "week" if s.unit == "weekend" else s.unit
        if s.unit in ("hour", "minute"):
            return day_point(self.ref)
        if (unit == "year" and s.offset == -1 and self.last is not None and self.last.grain in ("quarter", "month", "half")
                and self.last_sentence == self._sentence_of(m) and self._compared(m)):
            # "profit rose in the third quarter from a year ago": the same period, a year before.
            return point_at(self.last.grain, shift(self.last.start, "year", s.offset))
        if unit == "year" and s.offset == -1 and "quarter" in self.last_by_grain and m.text.lower().startswith(("a ", "one ")):
            # In a quarterly report, "a year ago" is the quarter under discussion, a year before.
            return point_at("quarter", shift(self.last_by_grain["quarter"].start, "year", -1))
        target = shift(self.speech_time(m) or self.ref, unit, s.offset)
        if s.shift == "same day":
            return day_point(target)  # "this time last year"
        return point_at("weekend" if s.weekend else unit, target)

    def _compared(self, m: Mention) -> bool:
        """Whether a "last year" compares with the period just named ("rose in March from
        last year") rather than naming a year of its own ("as last year's rises drop out");
        "a year ago", "a year earlier" always compare."""
        if not m.text.lower().startswith("last"):
            return True
        before = self.text[max(0, m.start_char - 40):m.start_char]
        return bool(re.search(r"\b(?:from|than|with|over|against|to|versus|vs\.?)\s+(?:the\s+)?(?:\w+\s+){0,2}$", before, re.I))

    def speech_time(self, m: Mention) -> Optional[date]:
        """The day a quotation was spoken, when the story has gone back to it.

        "This month" inside a quotation is the month of the speaking: after "the plan
        the two countries signed on November 23 ... While signing it, he said: 'This
        month, ...'" it is November.  The speaking is placed at the last day the
        narration (outside quotations) named, if that day lies more than a week before
        the reference date; a quotation from the days around publication keeps the
        reference date.
        """
        if self.narrative_day is None or not self.quoted(m.start_char):
            return None
        day, where = self.narrative_day
        if not 7 < (self.ref - day.start).days <= 31 or m.start_char - where > 1500:
            return None  # the days around publication, or background history ("founded in 2015")
        if self._dated_outside_quotation(m):
            return None  # "... ,' the envoy said today": the saying has a date of its own
        return day.start

    def _dated_outside_quotation(self, m: Mention) -> bool:
        """Whether another expression of the mention's sentence lies outside quotation marks."""
        span = self._span(m)
        if span is None:
            return False
        first = context.sentence_start(self.doc, span.start)
        last = span.end
        while last < len(self.doc) and not self.doc[last].is_sent_start:
            last += 1
        start, end = self.doc[first].idx, self.doc[last - 1].idx + len(self.doc[last - 1])
        starts = self._mention_starts
        within = self.mentions[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]
        return any(other is not m and not self.quoted(other.start_char) for other in within)

    def _shifted_month(self, s: Spec) -> Point:
        ref = self.ref
        if s.shift == "this":
            return month_point(ref.year, s.month)
        if s.shift == "last":
            year = ref.year if s.month < ref.month else ref.year - 1
        else:
            year = ref.year if s.month > ref.month else ref.year + 1
        return month_point(year, s.month)

    def _season(self, s: Spec, m: Mention) -> Point:
        if s.year:
            return season_point(s.year, s.season)
        current = point_at("season", self.ref)
        if s.shift in ("last", "next", "this"):
            years = range(self.ref.year - 2, self.ref.year + 2)
            cands = sorted((season_point(y, s.season) for y in years), key=lambda p: p.start)
            if s.shift == "this":
                if s.season == current.value[-2:]:
                    return current
                same_year = [p for p in cands if p.start.year == self.ref.year]
                return same_year[0] if same_year else min(cands, key=lambda p: abs((p.start - current.start).days))
            if s.shift == "last":
                return max((p for p in cands if p.start < current.start), key=lambda p: p.start)
            return min((p for p in cands if p.start > current.start), key=lambda p: p.start)
        return _by_year(lambda y: season_point(y, s.season), self.ref, self.direction(m))

    def _quarter(self, q: int, m: Mention) -> Point:
        discussed = self.last_by_grain.get("quarter")
        if discussed and discussed.value.endswith(f"Q{q}") and (self.ref - discussed.end).days < 366:
            # The one under discussion, if it is recent: after "stopped paying a dividend in
            # the third quarter of 1984", "reported third-quarter net" is this year's.
            return discussed
        # Quarters are reported after they end: the past one, unless the sentence looks
        # ahead past the quarter whose results are still to come (ended within two months).
        if self.direction(m) == context.FUTURE:
            horizon = self.ref - timedelta(days=62)
            later = [quarter_point(y, q) for y in (self.ref.year - 1, self.ref.year, self.ref.year + 1)]
            return min((c for c in later if c.end >= horizon), key=lambda c: c.start)
        return _by_year(lambda y: quarter_point(y, q), self.ref, context.PAST)

    def _half(self, h: int, m: Mention) -> Point:
        # "In H1, sales fell" (a bare half): the last one begun, or ahead the next one whose
        # results are still to come, as a bare quarter.
        if self.direction(m) == context.FUTURE:
            horizon = self.ref - timedelta(days=62)
            later = [half_point(y, h) for y in (self.ref.year - 1, self.ref.year, self.ref.year + 1)]
            return min((c for c in later if c.end >= horizon), key=lambda c: c.start)
        return _by_year(lambda y: half_point(y, h), self.ref, context.PAST)

    def _previous(self, s: Spec, m: Mention) -> Optional[Point]:
        unit = s.unit or "day"
        if s.half is not None:
            return self.point(replace(s, anchor="absolute", year=(self.last or year_point(self.ref.year)).start.year), m)
        if s.shift == "discussed":
            # "the month" alone: the one just named, else none ("in the month" of nothing).
            return self.last_by_grain.get(unit)
        if s.shift == "same":
            # "the end of the year": the one under discussion, else the current one.
            base = self.last_by_grain.get(unit)
            if base is not None and base.end < self.ref and self.direction(m) == context.FUTURE:
                # "plans to hire by the end of the year" after "went public in 2021": a
                # deadline ahead is not in a period that is over.
                base = None
            return base or point_at(unit, self.ref)
        if s.weekday is not None:
            return self._weekday(s, m)
        if unit == "quarter" and s.offset == 0:
            latest = point_at("quarter", shift(self.ref, "quarter", -1))
            discussed = self.last_by_grain.get("quarter")
            if s.shift == "latest":
                # "the latest period": the reported quarter under discussion (a fiscal
                # fourth quarter ended Sept. 30), else the last calendar quarter.
                return discussed if discussed and (self.ref - discussed.end).days < 200 else latest
            return discussed or latest
        if s.shift == "period of" and s.year:
            # "the 1988 period": the quarter under discussion, in that year.
            base = self.last_by_grain.get("quarter")
            return quarter_point(s.year, int(base.value[-1])) if base else year_point(s.year)
        if s.shift == "comparable":
            # "the year-ago quarter": the period just discussed, a year before.
            base = self.last_by_grain.get("quarter") or self.last or year_point(self.ref.year)
            return point_at(base.grain if base.grain != "time" else "day", shift(base.start, "year", -1))
        if unit == "year" and s.offset == 0:
            base = self.last or year_point(self.ref.year)
            return year_point(base.start.year)
        if unit == "year" and s.shift == "calendar" and self.sentence_year[0] == self._sentence_of(m) \
                and self.sentence_year[1] is not None:
            # "profit of $27.7 billion for 2022 on Tuesday, double the previous year's":
            # the year the sentence named, not the day named after it.
            return year_point(self.sentence_year[1] + s.offset)
        anchor = self.last or day_point(self.ref)
        if unit == "day" and anchor.grain not in ("day", "time") and self.narrative_day is not None \
                and "\n\n" not in self.text[self.narrative_day[1]:m.start_char]:
            # "On Saturday ... the suspect, released in May, ... The next day": the day the story
            # stands at in this paragraph, not a background month named after it
            anchor = self.narrative_day[0]
        if unit == "day" and anchor.grain not in ("day", "time"):
            # "last October ... that same day", "in 1998 ... the next day": a day of that month
            # or year, which one the text does not say; of a week or a quarter, the period itself
            # (no day of it is made up); and "the next day" after that is still one of them
            if "X" in anchor.value or anchor.grain not in ("month", "year"):
                return anchor
            return Point(anchor.grain, anchor.start, anchor.end,
                         anchor.value + ("-XX" if anchor.grain == "month" else "-XX-XX"))
        quarter = self.last_by_grain.get("quarter")
        if anchor.grain == "day" and quarter is not None and quarter.end == anchor.end and s.offset != 0:
            # "revenue for the quarter ended Sept. 30 rose from a year earlier": the day
            # closes the quarter under discussion, which is what is compared.
            anchor = quarter
        grain = unit
        if finer(anchor.grain, unit) and anchor.grain not in ("time",) and s.offset != 0 and s.shift != "calendar":
            # "a year earlier" than a quarter is that quarter a year before; but "the
            # following year" after "May 22, 1995" is 1996, a whole year.
            grain = anchor.grain
        target = shift(anchor.start, unit, s.offset)
        return point_at(grain, target)

    def _range_in_order(self, m: Mention) -> Optional[tuple[Point, Point]]:
        """A range without a year whose ends, resolved one by one, came out backwards
        ("from June 1 to Nov. 30" on Sept. 8; "from October to March"): the end is the
        first such day or month on or after the start, and the tense picks the range
        (the past a completed one, the present one around the reference date)."""
        s, e = m.spec, m.end_spec
        if s.anchor != "tense" or e.anchor != "tense" or s.year is not None or e.year is not None:
            return None
        if s.month is None or e.month is None or s.hour is not None or e.hour is not None:
            return None
        candidates = []
        for year in (self.ref.year - 2, self.ref.year - 1, self.ref.year, self.ref.year + 1):
            try:
                first = self.point(replace(s, anchor="absolute", year=year), m)
                last = self.point(replace(e, anchor="absolute", year=year), m)
                if last.start < first.start:
                    last = self.point(replace(e, anchor="absolute", year=year + 1), m)
            except (ValueError, OverflowError):
                continue
            candidates.append((first, last))
        if not candidates:
            return None
        direction = self.direction(m)
        if direction == context.PAST:
            done = [c for c in candidates if c[1].end <= self.ref]
            if done:
                return max(done, key=lambda c: c[0].start)
        around = [c for c in candidates if c[0].start <= self.ref <= c[1].end]
        if direction in (context.PRESENT, None) and around:
            return around[0]
        whole = _pick([Point(c[0].grain, c[0].start, c[1].end, "") for c in candidates], self.ref, direction)
        return next(c for c in candidates if c[0].start == whole.start)

    # --- the mention as a whole ---

    def resolve(self, m: Mention, tid: str) -> Optional[TemporalExpression]:
        s = m.spec
        mod = m.mod
        if m.type == DURATION and _SEVERAL_QUARTERS.fullmatch(s.fixed or ""):
            self.span_sentence = self._sentence_of(m)
        if m.type in (DURATION, SET) or (s.fixed and not s.fixed.startswith("vague")):
            return TemporalExpression(tid, m.text, m.start_char, m.end_char, m.type, s.fixed or "", mod,
                                      None, None, None, m.quant, m.freq)
        if s.fixed and s.fixed.startswith("vague"):
            value = "PAST_REF" if s.fixed.endswith("-") else "FUTURE_REF"
            return TemporalExpression(tid, m.text, m.start_char, m.end_char, DATE, value, mod)
        self.unnamed_day = False
        try:
            first = self.point(s, m)
            last = self.point(m.end_spec, m) if m.end_spec else None
        except (ValueError, OverflowError, StopIteration):
            return None
        if first is None:
            return None
        if s.days and first.grain == "day":
            try:
                first = day_point(first.start + timedelta(days=s.days))
            except OverflowError:  # "the day after Dec. 31" of the year 9999
                return None
        if last is not None and last.start < first.start:
            pair = self._range_in_order(m)
            if pair is None:
                return None
            first, last = pair
        if not (_is_comparison(m) or self.unnamed_day):
            self.last = last or first
            self.last_range = last is not None
            self.last_quoted = self.quoted(m.start_char)
            self.last_sentence = self._sentence_of(m)
            self.last_end = m.end_char
        if first.grain == "day" and last is None and m.type == DATE and not self.quoted(m.start_char) \
                and not _PERIOD_END.search(self.text[max(0, m.start_char - 12):m.start_char]):
            # Not the day that closes a reporting period ("the quarter ended Sept. 30"):
            # nothing is told as happening on it.
            self.narrative_day = (first, m.end_char)
        if s.anchor == "absolute" and s.year is not None and last is None and first.grain in ("year", "month", "day"):
            self.sentence_year = (self.last_sentence, first.start.year, self._verb_of(m))
        if not (s.offset or _is_comparison(m)) and not (first.grain == "quarter" and first.end >= self.ref):
            # A quarter not yet over is a forecast; the quarter under discussion, which
            # "the year-ago period" and a bare "third-quarter" refer to, is a reported one.
            self.last_by_grain[first.grain] = first
        value = first.value if last is None else f"{first.value}/{last.value}"
        start, end = first.start, (last or first).end
        grain = first.grain
        type_ = m.type
        if s.hour is not None or s.part_of_day:
            type_ = TIME
            time_part = f"T{s.hour:02d}:{s.minute or 0:02d}" if s.hour is not None else f"T{s.part_of_day}"
            if s.hour == 24:
                time_part = "T24:00"
            value = first.value + time_part if first.grain == "day" else first.value
            grain = "time" if first.grain == "day" else grain
        start, end = narrow(start, end, mod)
        return TemporalExpression(tid, m.text, m.start_char, m.end_char, type_, value, mod,
                                  "week" if grain == "weekend" else grain, start, end, m.quant, m.freq)


# Between a clock time and the day it is on: a zone named in words, a bracket, "on".
_TO_LATER_DAY = re.compile(r"\)?\s*(?:local\s+time\s*|(?:[A-Z][a-z]+\s+)?time\s*)?(?:\([^()]{1,30}\)\s*)?,?\s*(?:on\s+)?", re.I)

COMPARISON = re.compile(r"(?:a|one)\s+year\s+(?:ago|earlier|before)|(?:the\s+)?(?:year-earlier|year-ago|year-before|prior-year)\b", re.I)


_PERIOD_END = re.compile(r"\b(?:ended|ending|ends)\s+(?:on\s+)?$", re.I)


def _occurrences(text: str, needle: str) -> list[int]:
    """Every start of `needle` in `text`, overlapping ones too ("```" holds "``" twice)."""
    out, k = [], text.find(needle)
    while k >= 0:
        out.append(k)
        k = text.find(needle, k + 1)
    return out


class QuotationIndex:
    """Whether an offset of one text lies inside a quotation opened in its paragraph (a \u201c or ``
    after the last \u201d or '', or an odd number of straight quotes), each question answered by
    bisection: asked once per expression, a scan of the paragraph before it made a long
    paragraph quadratic."""

    def __init__(self, text: str):
        self.breaks = _occurrences(text, "\n\n")
        self.opening = ((_occurrences(text, "\u201c"), 1), (_occurrences(text, "``"), 2))
        self.closing = ((_occurrences(text, "\u201d"), 1), (_occurrences(text, "''"), 2))
        self.straight = _occurrences(text, '"')

    def __call__(self, pos: int) -> bool:
        k = bisect.bisect_right(self.breaks, pos - 2)
        start = self.breaks[k - 1] + 1 if k else 0  # the paragraph, as far as pos

        def last(marks) -> int:
            """Where the last of these marks in text[start:pos] begins; -1 for none."""
            found = -1
            for starts, length in marks:
                k = bisect.bisect_right(starts, pos - length)
                if k and starts[k - 1] >= start:
                    found = max(found, starts[k - 1])
            return found

        if last(self.opening) > last(self.closing):
            return True
        return (bisect.bisect_left(self.straight, pos) - bisect.bisect_left(self.straight, start)) % 2 == 1


_SEVERAL_QUARTERS = re.compile(r"P(?:6|9)M|P[23]Q")


def _is_comparison(m: Mention) -> bool:
    """"A year earlier", "the year-ago quarter", "the 1988 period": a period compared with
    the one under discussion, which stays the one under discussion (the next "a year
    earlier" is a year before it, not two)."""
    s = m.spec
    return s.shift in ("comparable", "period of") or (s.unit == "year" and s.offset == -1 and bool(COMPARISON.match(m.text)))


def narrow(start: date, end: date, mod: Optional[str]) -> tuple[date, date]:
    """The part of a span that "early", "mid" or "late" picks out (thirds)."""
    if mod not in ("START", "MID", "END") or start == end:
        return start, end
    days = (end - start).days + 1
    third = max(days // 3, 1)
    if mod == "START":
        return start, start + timedelta(days=third - 1)
    if mod == "END":
        return end - timedelta(days=third - 1), end
    return start + timedelta(days=third), end - timedelta(days=third)


def resolve(doc, mentions: list[Mention], reference_date: date) -> list[TemporalExpression]:
    """TIMEX3 values for the mentions of one document, in document order."""
    resolver = Resolver(doc, reference_date)
    resolver.mentions = mentions
    out: list[TemporalExpression] = []
    for m in mentions:
        timex = resolver.resolve(m, f"t{len(out) + 1}")
        if timex is not None:
            out.append(timex)
    return out
