"""CSV and iCalendar: the renderers on a hand-built timeline, read back with
independent parsers (the csv module, the icalendar package), and the formats
through the API, chosen by ?format= or by the Accept header."""
from __future__ import annotations

import csv
import io
from datetime import date, datetime, timedelta, timezone

import icalendar
import pytest

from timeline_api import formats
from timeline_api.model import DATE, DURATION, Event, Span, TemporalExpression

from conftest import use_extract

NOW = datetime(2021, 12, 16, 9, 30, tzinfo=timezone.utc)


def read_csv(text: str) -> list[dict]:
    assert text.endswith("\r\n")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def read_calendar(text: str) -> list:
    assert all(line.endswith("\r") or not line for line in text.split("\n")), "lines end with CRLF"
    assert all(len(line.encode()) <= 76 for line in text.split("\n")), "lines are folded at 75 octets (+ CR)"
    return icalendar.Calendar.from_ical(text).walk("VEVENT")


# CSV


def test_events_csv_has_a_header_and_one_row_per_event(sample_timeline):
    rows = read_csv(formats.events_csv(sample_timeline))

    assert [list(rows[0])] == [list(formats.EVENT_COLUMNS)]
    assert len(rows) == 1
    row = rows[0]
    assert row["event_id"] == "e1"
    assert row["date_value"] == "2021-11-23"
    assert (row["date_start"], row["date_end"]) == ("2021-11-23", "2021-11-23")
    assert row["date_mod"] == ""
    assert row["summary"] == "The two countries signed a plan"
    assert (row["trigger"], row["trigger_start_char"], row["trigger_end_char"]) == ("signed", "37", "43")
    assert row["participants"] == "Moscow"
    assert row["confidence"] == "0.8"


def test_expressions_csv_has_one_row_per_temporal_expression(sample_timeline):
    rows = read_csv(formats.expressions_csv(sample_timeline))

    assert [r["id"] for r in rows] == ["t1", "t2"]
    assert rows[1]["type"] == "SET" and rows[1]["quant"] == "EVERY" and rows[1]["start"] == ""


def test_csv_without_rows_is_only_the_header(sample_timeline):
    sample_timeline.events = []
    assert formats.events_csv(sample_timeline) == ",".join(formats.EVENT_COLUMNS) + "\r\n"


@pytest.mark.parametrize("summary", ["=HYPERLINK(\"http://x\")", "+1+2", "-3", "@SUM(A1)", "\tx"])
def test_csv_defuses_formulas_in_free_text(sample_timeline, summary):
    sample_timeline.events[0].summary = summary
    assert read_csv(formats.events_csv(sample_timeline))[0]["summary"] == "'" + summary


def test_csv_quotes_commas_quotes_and_newlines(sample_timeline):
    summary = 'He said "no", then\nleft; 北京 ✓'
    sample_timeline.events[0].summary = summary
    assert read_csv(formats.events_csv(sample_timeline))[0]["summary"] == summary


# iCalendar


def test_calendar_has_an_all_day_vevent_per_dated_event(sample_timeline, sample_text):
    (vevent,) = read_calendar(formats.events_ics(sample_text, sample_timeline, now=NOW))

    assert vevent["SUMMARY"] == "The two countries signed a plan"
    assert vevent.decoded("DTSTART") == date(2021, 11, 23)
    assert vevent.decoded("DTEND") == date(2021, 11, 24)  # exclusive end: one whole day
    assert vevent.decoded("DTSTAMP") == NOW
    assert "The two countries signed a plan on November 23." in vevent["DESCRIPTION"]
    assert vevent["X-TIMEX3-VALUE"] == "2021-11-23"


def test_calendar_ranges_span_their_days_and_undated_events_are_left_out(sample_timeline, sample_text):
    event = sample_timeline.events[0]
    week = TemporalExpression("t3", "that week", 0, 9, type=DATE, value="2021-W47", granularity="week",
                              start=date(2021, 11, 22), end=date(2021, 11, 28))
    years = TemporalExpression("t4", "three years", 0, 11, type=DURATION, value="P3Y")
    sample_timeline.events = [
        event,
        Event("e2", "Talks", Span("Talks", 0, 5), week, event.sentence),
        Event("e3", "Feud", Span("Feud", 0, 4), years, event.sentence),
    ]

    vevents = read_calendar(formats.events_ics(sample_text, sample_timeline, now=NOW))

    assert [v["SUMMARY"] for v in vevents] == ["The two countries signed a plan", "Talks"]
    assert (vevents[1].decoded("DTSTART"), vevents[1].decoded("DTEND")) == (date(2021, 11, 22), date(2021, 11, 29))


def test_calendar_uids_are_unique_and_stable(sample_timeline, sample_text):
    first = read_calendar(formats.expressions_ics(sample_text, sample_timeline, now=NOW))
    again = read_calendar(formats.expressions_ics(sample_text, sample_timeline, now=NOW + timedelta(days=1)))
    other = read_calendar(formats.expressions_ics(sample_text + " ", sample_timeline, now=NOW))

    assert [v["UID"] for v in first] == [v["UID"] for v in again]
    assert len({v["UID"] for v in first}) == len(first) == 1  # "every week" covers no calendar days
    assert first[0]["UID"] != other[0]["UID"]


def test_calendar_text_is_escaped_folded_and_free_of_controls(sample_timeline, sample_text):
    summary = "Talks, again; in \\ Zürich\nand on\x00 " + "é" * 80
    sample_timeline.events[0].summary = summary

    (vevent,) = read_calendar(formats.events_ics(sample_text, sample_timeline, now=NOW))

    assert vevent["SUMMARY"] == summary.replace("\x00", " ")


# Through the API.


@pytest.mark.parametrize(
    "query, headers, mimetype",
    [
        ("?format=csv", {}, "text/csv"),
        ("", {"Accept": "text/csv"}, "text/csv"),
        ("?format=ics", {}, "text/calendar"),
        ("", {"Accept": "text/calendar"}, "text/calendar"),
        ("?format=csv", {"Accept": "application/json"}, "text/csv"),
    ],
)
@pytest.mark.parametrize("path", ["/v1/timeline", "/v1/temporal-expressions"])
def test_formats_through_the_api(client, fake_extract, path, query, headers, mimetype):
    response = client.post(path + query, json={"text": "Signed on Monday."}, headers=headers)

    assert response.status_code == 200
    assert response.mimetype == mimetype
    assert response.mimetype_params["charset"] == "utf-8"
    body = response.get_data(as_text=True)
    if mimetype == "text/csv":
        columns = formats.EVENT_COLUMNS if path == "/v1/timeline" else formats.EXPRESSION_COLUMNS
        assert list(read_csv(body)[0]) == list(columns)
    else:
        assert len(read_calendar(body)) == 1


def test_temporal_expressions_skip_the_event_stage(client, monkeypatch, sample_timeline):
    from timeline_api import pipeline

    calls = []

    def extract(text, reference_date=None, *, events=True):
        calls.append(events)
        sample_timeline.events = []
        return sample_timeline

    use_extract(monkeypatch, extract)
    body = client.post("/v1/temporal-expressions", json={"text": "Signed on Monday."}).get_json()

    assert calls == [False]
    assert "events" not in body
    assert [t["id"] for t in body["temporal_expressions"]] == ["t1", "t2"]


def test_temporal_expressions_as_timeml(client, seed_article):
    response = client.post(
        "/v1/temporal-expressions?format=timeml&reference_date=2021-12-16",
        data=seed_article.encode(), content_type="text/plain",
    )
    assert response.status_code == 200
    assert response.mimetype == "application/xml"
    body = response.get_data(as_text=True)
    assert "<TIMEX3" in body and "<EVENT" not in body


def test_seed_article_as_csv_and_calendar(client, seed_article):
    """End to end: every event of the real pipeline is a CSV row; every one dated to days a VEVENT."""
    timeline = client.post("/v1/timeline", json={"text": seed_article, "reference_date": "2021-12-16"}).get_json()
    as_csv = client.post("/v1/timeline?format=csv", json={"text": seed_article, "reference_date": "2021-12-16"})
    as_ics = client.post("/v1/timeline?format=ics", json={"text": seed_article, "reference_date": "2021-12-16"})

    rows = read_csv(as_csv.get_data(as_text=True))
    assert [r["event_id"] for r in rows] == [e["id"] for e in timeline["events"]]
    vevents = read_calendar(as_ics.get_data(as_text=True))
    dated = [e for e in timeline["events"] if e["date"]["start"] is not None]
    assert len(vevents) == len(dated) > 0
    assert [v.decoded("DTSTART").isoformat() for v in vevents] == [e["date"]["start"] for e in dated]


@pytest.mark.parametrize("accept", ["text/csv;q=0.5, text/calendar", "text/calendar"])
def test_accept_picks_the_preferred_format(client, fake_extract, accept):
    response = client.post("/v1/timeline", json={"text": "On Monday."}, headers={"Accept": accept})
    assert response.mimetype == "text/calendar"
