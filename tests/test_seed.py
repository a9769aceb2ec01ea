"""The seed article against its expected timeline (seeds/*.expected.json): each
dated event once, on the right date, told by the right words; nothing dated by
numbers that are no dates."""
from __future__ import annotations

import json
from datetime import date

import pytest

from timeline_api import extract

from conftest import ROOT

EXPECTED = json.loads((ROOT / "seeds" / "000_80730a41bac3fa77.expected.json").read_text(encoding="utf-8"))
REFERENCE = date.fromisoformat(EXPECTED["reference_date"])


@pytest.fixture(scope="module")
def timeline():
    return extract((ROOT / "seeds" / EXPECTED["article"]).read_text(encoding="utf-8"), REFERENCE)


def _matches(event, spec: dict) -> bool:
    triggers = {m.trigger.text for m in event.mentions} | {event.trigger.text}
    return (
        event.date.value == spec["value"]
        and spec.get("mod", event.date.mod) == event.date.mod
        and bool(triggers & set(spec["triggers"]))
        and all(words.lower() in event.summary.lower() for words in spec["summary_has"])
    )


def _params():
    for spec in EXPECTED["events"]:
        marks = [pytest.mark.xfail(reason=spec["known_issue"], strict=True)] if "known_issue" in spec else []
        yield pytest.param(spec, id=spec["name"], marks=marks)


@pytest.mark.parametrize("spec", list(_params()))
def test_expected_event_is_on_the_timeline_once(timeline, spec):
    found = [e for e in timeline.events if _matches(e, spec)]
    listing = [(e.date.value, e.summary) for e in timeline.events]
    assert len(found) == 1, f"{len(found)} records for {spec['name']!r} in {listing}"
    event = found[0]
    if "status" in spec:
        assert event.status == spec["status"]
    names = {p.text for p in event.participants}
    assert set(spec.get("participants", [])) <= names, names
    places = {p.text for p in event.locations}
    assert set(spec.get("locations", [])) <= places, places
    mentioned = [m.trigger.text for m in event.mentions]
    for trigger in spec.get("mentions_at_least", []):
        assert trigger in mentioned, mentioned


def test_the_virtual_meeting_is_one_record(timeline):
    on_the_day = [e for e in timeline.events if e.date.value == "2021-12-15"]
    assert len(on_the_day) == 1
    assert len(on_the_day[0].mentions) >= 3


def test_nothing_is_dated_by_what_is_no_date(timeline):
    not_dates = set(EXPECTED["not_dates"])
    for event in timeline.events:
        for mention in event.mentions:
            assert mention.date.text not in not_dates
            assert mention.date.type in ("DATE", "TIME") and mention.date.start is not None


def test_no_event_comes_from_a_photo_credit_or_a_verbless_caption(timeline):
    for event in timeline.events:
        assert "Photo:" not in event.sentence.text.split(".")[0]
        assert event.date.text != "2020"  # "Shoigu and Putin in 2020. Photo: ..." shows no event


def test_timeline_order_and_publication_relation(timeline):
    keys = [(e.date.start, e.date.end) for e in timeline.events]
    assert keys == sorted(keys)
    for event in timeline.events:
        expected = "before" if event.date.end < REFERENCE else "after" if event.date.start > REFERENCE else "on"
        assert event.relation_to_publication == expected
