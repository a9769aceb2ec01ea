"""Shared fixtures: one app per session (the spaCy pipeline loads once), a test
client, and a hand-built timeline for tests that must not depend on extraction."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from timeline_api import pipeline
from timeline_api.config import DEFAULT_MAX_BODY_BYTES
from timeline_api.model import DATE, REF_REQUEST, SET, Event, Participant, Span, TemporalExpression, Timeline
from timeline_api.web import create_app

ROOT = Path(__file__).resolve().parents[1]
SEED_ARTICLE = ROOT / "seeds" / "000_80730a41bac3fa77.txt"
SEED_REFERENCE_DATE = "2021-12-16"

SAMPLE_TEXT = "Moscow, Dec. 16 -- The two countries signed a plan on November 23. Talks are held every week."


def _at(needle: str) -> tuple[int, int]:
    start = SAMPLE_TEXT.index(needle)
    return start, start + len(needle)


@pytest.fixture(scope="session")
def app():
    return create_app({"TESTING": True, "MAX_CONTENT_LENGTH": DEFAULT_MAX_BODY_BYTES, "PRELOAD_PIPELINE": True})


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def sample_timeline() -> Timeline:
    """A timeline of SAMPLE_TEXT as the pipeline could return it."""
    signed_on = TemporalExpression(
        "t1", "November 23", *_at("November 23"), type=DATE, value="2021-11-23",
        granularity="day", start=date(2021, 11, 23), end=date(2021, 11, 23),
    )
    weekly = TemporalExpression(
        "t2", "every week", *_at("every week"), type=SET, value="P1W", quant="EVERY",
    )
    sentence = "The two countries signed a plan on November 23."
    event = Event(
        id="e1",
        summary="The two countries signed a plan",
        trigger=Span("signed", *_at("signed")),
        date=signed_on,
        sentence=Span(sentence, *_at(sentence)),
        participants=[Participant("Moscow", "GPE", *_at("Moscow"))],
        confidence=0.8,
    )
    return Timeline(
        reference_date=date(2021, 12, 16),
        reference_date_source=REF_REQUEST,
        temporal_expressions=[signed_on, weekly],
        events=[event],
        meta={
            "pipeline": {"name": "en_core_web_sm", "version": "3.8.0"},
            "engine_version": "0.1.0",
            "processing_ms": 12.5,
            "debug": "stages may add keys; the wire format does not carry them",
        },
    )


@pytest.fixture
def fake_extract(monkeypatch, sample_timeline):
    """Replace the pipeline with one returning `sample_timeline`; yields the calls made."""
    calls = []

    def extract(text, reference_date=None, *, events=True):
        calls.append((text, reference_date))
        return sample_timeline

    use_extract(monkeypatch, extract)
    return calls


def use_extract(monkeypatch, extract) -> None:
    """Make the web layer run `extract(text, reference_date, events=...)` in place of the pipeline.

    Both entry points are replaced: `pipeline.extract` (one document) and
    `pipeline.extract_stream` (a batch), the latter with the contract of the
    real one: each document's outcome in order, an exception in the place of
    a document that failed.
    """
    def one(text, reference_date=None, *, events=True, fast_path=None):
        return extract(text, reference_date, events=events)

    def stream(items, *, events=True, fast_path=None):
        for text, reference_date in items:
            try:
                outcome = extract(text, reference_date, events=events)
            except Exception as error:
                outcome = error
            yield outcome

    monkeypatch.setattr(pipeline, "extract", one)
    monkeypatch.setattr(pipeline, "extract_stream", stream)


@pytest.fixture
def sample_text() -> str:
    return SAMPLE_TEXT


@pytest.fixture
def sample_json() -> dict:
    """`sample_timeline` as it must look on the wire."""
    return SAMPLE_JSON


@pytest.fixture(scope="session")
def seed_article() -> str:
    return SEED_ARTICLE.read_text(encoding="utf-8")


SAMPLE_TIMEX_JSON = {
    "text": "November 23",
    "start_char": 54,
    "end_char": 65,
    "id": "t1",
    "type": "DATE",
    "value": "2021-11-23",
    "mod": None,
    "granularity": "day",
    "start": "2021-11-23",
    "end": "2021-11-23",
    "quant": None,
    "freq": None,
}
SAMPLE_JSON = {
    "reference_date": "2021-12-16",
    "reference_date_source": "request",
    "temporal_expressions": [
        SAMPLE_TIMEX_JSON,
        {
            "text": "every week",
            "start_char": 82,
            "end_char": 92,
            "id": "t2",
            "type": "SET",
            "value": "P1W",
            "mod": None,
            "granularity": None,
            "start": None,
            "end": None,
            "quant": "EVERY",
            "freq": None,
        },
    ],
    "events": [
        {
            "id": "e1",
            "summary": "The two countries signed a plan",
            "trigger": {"text": "signed", "start_char": 37, "end_char": 43},
            "date": SAMPLE_TIMEX_JSON,
            "sentence": {"text": "The two countries signed a plan on November 23.", "start_char": 19, "end_char": 66},
            "participants": [{"text": "Moscow", "start_char": 0, "end_char": 6, "label": "GPE"}],
            "confidence": 0.8,
            "status": "occurred",
            "locations": [],
            "mentions": [],
            "date_source": "text",
            "relation_to_publication": "before",
        }
    ],
    "meta": {"pipeline": {"name": "en_core_web_sm", "version": "3.8.0"}, "engine_version": "0.1.0", "processing_ms": 12.5},
}
