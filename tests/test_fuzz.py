"""Hypothesis fuzzes the extraction library: arbitrary Unicode, and text
built from the grammar's own words so that the rules really fire, against
any reference date.  Whatever the input, `extract` returns a timeline whose
offsets point into the text, and every output format renders it."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from timeline_api import formats, pipeline
from timeline_api.model import DATE, DURATION, SET, TIME

FUZZ = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None)

WORDS = [
    "on", "in", "since", "until", "by", "from", "to", "between", "and", "last", "next", "this", "the", "a", "ago",
    "later", "earlier", "early", "mid", "late", "end", "of", "week", "month", "year", "years", "decade", "century",
    "quarter", "Q3", "first", "second", "half", "day", "days", "Monday", "Friday", "weekend", "today", "yesterday",
    "tomorrow", "tonight", "morning", "May", "may", "March", "June", "Dec.", "December", "Sept", "spring", "winter",
    "1990s", "1999", "2021", "2099", "0001", "9999", "23", "31st", "29", "February", "10:30", "a.m.", "GMT", "every",
    "each", "daily", "two", "three", "dozen", "several", "hundred", "-", "–", "/", ",", ".", "(", ")", "\n",
    "signed", "said", "will", "would", "met", "Moscow", "--", "New Year's Day", "Christmas", "fiscal",
    # letters that case-insensitive matching equates with ASCII ones (long s, Kelvin sign, Turkish i)
    "\u017feptember", "\u017feconds", "wee\u212a", "Fr\u0131day", "\u0130n", "\u017fpring", "ago\u017f",
]
newsy = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=4)), max_size=40).map(" ".join)
any_text = st.text(max_size=300)
reference_dates = st.one_of(st.none(), st.dates(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))


def check_timeline(text: str, timeline, events: bool) -> None:
    assert isinstance(timeline.reference_date, date)
    for timex in timeline.temporal_expressions:
        assert 0 <= timex.start_char < timex.end_char <= len(text)
        assert text[timex.start_char:timex.end_char] == timex.text
        assert timex.type in (DATE, TIME, DURATION, SET)
        assert timex.value
        if timex.start is not None and timex.end is not None:
            assert timex.start <= timex.end
    if not events:
        assert timeline.events == []
    for event in timeline.events:
        for span in (event.trigger, event.sentence):
            assert 0 <= span.start_char <= span.end_char <= len(text)
            assert text[span.start_char:span.end_char] == span.text
        assert 0 <= event.confidence <= 1


def check_renders(text: str, timeline) -> None:
    ET.fromstring(formats.render("timeml", text, timeline))
    formats.render("csv", text, timeline)
    formats.render("ics", text, timeline)


@FUZZ
@given(text=any_text, reference_date=reference_dates)
@example(text="", reference_date=None)
@example(text="\x00\ud7ff\U0010ffff\u202e\u0301", reference_date=date(9999, 12, 31))
def test_arbitrary_unicode(text, reference_date):
    timeline = pipeline.extract(text, reference_date)
    check_timeline(text, timeline, events=True)
    check_renders(text, timeline)


@FUZZ
@given(text=newsy, reference_date=reference_dates)
def test_text_made_of_date_words(text, reference_date):
    timeline = pipeline.extract(text, reference_date)
    check_timeline(text, timeline, events=True)
    check_renders(text, timeline)


@FUZZ
@given(text=newsy, reference_date=reference_dates)
def test_temporal_expressions_only(text, reference_date):
    timeline = pipeline.extract(text, reference_date, events=False)
    check_timeline(text, timeline, events=False)
