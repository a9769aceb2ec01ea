"""Timeline order and each event's relation to the publication date, on hand-built events."""
from __future__ import annotations

from datetime import date

from timeline_api.model import DATE, Event, EventMention, Span, TemporalExpression, Timeline
from timeline_api.order import order, place, relation

REF = date(2021, 12, 16)


def expr(value: str, start: date, end: date, text: str = "x") -> TemporalExpression:
    return TemporalExpression("t", text, 0, len(text), DATE, value, start=start, end=end)


def event(name: str, when: TemporalExpression, at: int, source: str = "text", status: str = "occurred") -> Event:
    trigger = Span(name, at, at + len(name))
    return Event(name, name, trigger, when, Span(name, at, at + len(name)), status=status, date_source=source,
                 mentions=[EventMention(trigger, when, Span(name, at, at + len(name)))])


DAY = expr("2021-11-23", date(2021, 11, 23), date(2021, 11, 23))
YEAR = expr("2021", date(2021, 1, 1), date(2021, 12, 31))
MONTH = expr("2021-11", date(2021, 11, 1), date(2021, 11, 30))
RANGE = expr("2022-02-04/2022-02-20", date(2022, 2, 4), date(2022, 2, 20))
SAME_START = expr("2022-02-04", date(2022, 2, 4), date(2022, 2, 4))


def test_by_start_then_end_then_first_mention():
    events = [event("range", RANGE, 5), event("day", DAY, 50), event("year", YEAR, 40), event("month", MONTH, 30),
              event("feb4", SAME_START, 60), event("day-again", DAY, 10)]
    assert [e.id for e in order(events)] == ["year", "month", "day-again", "day", "feb4", "range"]


def test_a_coarser_date_comes_first_only_when_it_starts_earlier():
    december = expr("2021-12", date(2021, 12, 1), date(2021, 12, 31))
    first_of_december = expr("2021-12-01", date(2021, 12, 1), date(2021, 12, 1))
    assert [e.id for e in order([event("month", december, 0), event("day", first_of_december, 9)])] == ["day", "month"]
    assert [e.id for e in order([event("day", DAY, 0), event("year", YEAR, 9)])] == ["year", "day"]


def test_relation_to_the_publication_date():
    assert relation(DAY, REF) == "before"
    assert relation(YEAR, REF) == "on"  # 2021 includes the publication date
    assert relation(RANGE, REF) == "after"
    assert relation(expr("2021-12-16", REF, REF), REF) == "on"
    assert relation(TemporalExpression("t", "now", 0, 3, DATE, "PRESENT_REF"), REF) == "on"
    assert relation(TemporalExpression("t", "soon", 0, 4, DATE, "FUTURE_REF"), REF) == "after"


def test_place_fills_the_publication_date_and_reorders():
    undated = event("undated", TemporalExpression("t0", "", 0, 0, DATE, "PRESENT_REF"), 0, "publication_date")
    undated.relation_to_publication = "before"  # told in the past tense: kept
    placed = place([event("olympics", RANGE, 10), undated, event("signing", DAY, 20)], REF)
    assert [e.id for e in placed] == ["signing", "undated", "olympics"]
    assert placed[1].date.value == "2021-12-16" and placed[1].date.id == "t0"
    assert placed[1].mentions[0].date.value == "2021-12-16"
    assert placed[1].relation_to_publication == "before"
    assert [e.relation_to_publication for e in (placed[0], placed[2])] == ["before", "after"]


def test_a_fact_dated_after_publication_is_scheduled():
    placed = place([event("olympics", RANGE, 0), event("signing", DAY, 9)], REF)
    assert [e.status for e in placed] == ["scheduled", "occurred"]


def test_the_timeline_settles_relations_when_built():
    timeline = Timeline(REF, "request", [], [event("signing", DAY, 9), event("olympics", RANGE, 0)])
    assert [e.relation_to_publication for e in timeline.events] == ["before", "after"]
