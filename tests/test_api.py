"""The API's successful paths, first on a hand-built timeline, then end to end."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date

import pytest

from timeline_api import nlp
from timeline_api.config import DEFAULT_MAX_BODY_BYTES, from_env
from timeline_api.web import create_app
from timeline_api.web.service import openapi_text

from conftest import ROOT, SEED_REFERENCE_DATE


def test_json_body_returns_the_serialised_timeline(client, fake_extract, sample_text, sample_json):
    response = client.post("/v1/timeline", json={"text": sample_text, "reference_date": "2021-12-16"})

    assert response.status_code == 200
    assert response.mimetype == "application/json"
    assert response.get_json() == sample_json
    assert fake_extract == [(sample_text, date(2021, 12, 16))]


def test_response_keeps_the_schema_field_order(client, fake_extract, sample_text):
    body = client.post("/v1/timeline", json={"text": sample_text}).get_data(as_text=True)

    assert body.index('"reference_date"') < body.index('"temporal_expressions"') < body.index('"meta"')


@pytest.mark.parametrize("payload", [{"text": "Talks began on Monday."}, {"text": "Talks began on Monday.", "reference_date": None}])
def test_reference_date_is_optional(client, fake_extract, payload):
    assert client.post("/v1/timeline", json=payload).status_code == 200
    assert fake_extract == [("Talks began on Monday.", None)]


def test_text_plain_body_with_reference_date_in_query(client, fake_extract, sample_text, sample_json):
    response = client.post(
        "/v1/timeline?reference_date=2021-12-16", data=sample_text.encode(), content_type="text/plain"
    )

    assert response.status_code == 200
    assert response.get_json() == sample_json
    assert fake_extract == [(sample_text, date(2021, 12, 16))]


def test_text_plain_is_decoded_with_its_charset(client, fake_extract):
    text = "Le traité fut signé le 23 novembre."
    response = client.post("/v1/timeline", data=text.encode("latin-1"), content_type="text/plain; charset=ISO-8859-1")

    assert response.status_code == 200
    assert fake_extract == [(text, None)]


def test_non_ascii_text_is_returned_unescaped(client, fake_extract, sample_timeline):
    sample_timeline.events[0].summary = "The two countries signed a “plan”"
    body = client.post("/v1/timeline", json={"text": "x"}).get_data()
    assert "signed a “plan”".encode() in body


@pytest.fixture
def fake_render(monkeypatch):
    from timeline_api import timeml

    calls = []

    def render(text, timeline):
        calls.append((text, timeline))
        return "<TimeML><TEXT>x</TEXT></TimeML>"

    monkeypatch.setattr(timeml, "render", render)
    return calls


@pytest.mark.parametrize(
    "query, headers",
    [("?format=timeml", {}), ("", {"Accept": "application/xml"}), ("", {"Accept": "text/xml"}),
     ("", {"Accept": "application/json;q=0.5, application/xml"})],
)
def test_timeml_format(client, fake_extract, fake_render, sample_timeline, query, headers):
    response = client.post("/v1/timeline" + query, json={"text": "Talks began on Monday."}, headers=headers)

    assert response.status_code == 200
    assert response.mimetype == "application/xml"
    assert response.get_data(as_text=True) == "<TimeML><TEXT>x</TEXT></TimeML>"
    assert fake_render == [("Talks began on Monday.", sample_timeline)]


@pytest.mark.parametrize(
    "query, headers",
    [("?format=json", {"Accept": "application/xml"}), ("", {"Accept": "*/*"}), ("", {"Accept": "application/*"}), ("", {})],
)
def test_json_format(client, fake_extract, query, headers):
    response = client.post("/v1/timeline" + query, json={"text": "Talks began on Monday."}, headers=headers)

    assert response.status_code == 200
    assert response.mimetype == "application/json"


def test_health(client):
    response = client.get("/health")

    assert response.status_code == 200
    assert response.get_json() == {
        "status": "ok",
        "pipeline_loaded": True,  # the session app preloads it
        "pipeline": nlp.model_name(),
        "version": "0.1.0",
    }


def test_openapi_document_is_served_from_the_package(client):
    response = client.get("/openapi.yaml")

    assert response.status_code == 200
    assert response.mimetype == "application/yaml"
    assert response.get_data(as_text=True) == openapi_text()


def test_the_served_openapi_document_gives_the_configured_batch_limit():
    import yaml

    def limit(app_config: dict) -> int:
        text = create_app({"TESTING": True, **app_config}).test_client().get("/openapi.yaml").get_data(as_text=True)
        return yaml.safe_load(text)["components"]["schemas"]["BatchRequest"]["properties"]["documents"]["maxItems"]

    assert limit({}) == 32  # the default, as shipped: a batch of 38 is no valid request the app then refuses
    assert limit({"MAX_BATCH_DOCUMENTS": 5}) == 5


def test_repo_root_openapi_is_the_packaged_one():
    assert (ROOT / "openapi.yaml").read_text(encoding="utf-8") == openapi_text()
    assert openapi_text().startswith("openapi: 3.1")


def test_settings_come_from_the_environment(monkeypatch):
    assert from_env({}) == {
        "MAX_CONTENT_LENGTH": DEFAULT_MAX_BODY_BYTES,
        "MAX_TEXT_CHARS": 100_000,
        "MAX_BATCH_DOCUMENTS": 32,
        "MAX_PROCESSING_SECONDS": 30.0,
        "PRELOAD_PIPELINE": True,
        "ISOLATE_EXTRACTION": False,
        "API_KEYS": (),
        "FAST_PATH": True,
            "CORS_ORIGINS": (),
        "LOG_LEVEL": "INFO",
    }
    assert DEFAULT_MAX_BODY_BYTES == 1_048_576

    monkeypatch.setenv("TIMELINE_API_MAX_BODY_BYTES", "2048")
    monkeypatch.setenv("TIMELINE_API_PRELOAD", "off")
    app = create_app({"TESTING": True})
    assert app.config["MAX_CONTENT_LENGTH"] == 2048
    assert app.config["PRELOAD_PIPELINE"] is False

    app = create_app({"MAX_CONTENT_LENGTH": 10, "PRELOAD_PIPELINE": False})
    assert app.config["MAX_CONTENT_LENGTH"] == 10


@pytest.mark.parametrize(
    "name, value",
    [("TIMELINE_API_MAX_BODY_BYTES", "1MB"), ("TIMELINE_API_MAX_BODY_BYTES", "0"), ("TIMELINE_API_PRELOAD", "maybe")],
)
def test_malformed_setting_is_reported_by_name(name, value):
    with pytest.raises(ValueError, match=name):
        from_env({name: value})


# End to end: the real pipeline on the seed article.


def _check_offsets(article: str, body: dict) -> None:
    timexes = body["temporal_expressions"]
    assert timexes, "the seed article has dates"
    assert [t["start_char"] for t in timexes] == sorted(t["start_char"] for t in timexes)
    for timex in timexes:
        assert article[timex["start_char"]:timex["end_char"]] == timex["text"]
    for event in body["events"]:
        for span in (event["trigger"], event["sentence"], *event["participants"]):
            assert article[span["start_char"]:span["end_char"]] == span["text"]
        assert 0 <= event["confidence"] <= 1


def test_seed_article_as_json(client, seed_article):
    response = client.post("/v1/timeline", json={"text": seed_article, "reference_date": SEED_REFERENCE_DATE})

    assert response.status_code == 200
    body = response.get_json()
    assert body["reference_date"] == SEED_REFERENCE_DATE
    assert body["reference_date_source"] == "request"
    _check_offsets(seed_article, body)
    values = {t["text"]: t["value"] for t in body["temporal_expressions"]}
    assert values["November 23"] == "2021-11-23"  # "signed on November 23", a month before publication
    assert body["events"], "the seed article dates events"
    assert body["meta"]["engine_version"] == "0.1.0"
    assert body["meta"]["processing_ms"] > 0


def test_seed_article_as_text_plain_matches_json(client, seed_article):
    as_text = client.post(
        f"/v1/timeline?reference_date={SEED_REFERENCE_DATE}", data=seed_article.encode(), content_type="text/plain"
    ).get_json()
    as_json = client.post("/v1/timeline", json={"text": seed_article, "reference_date": SEED_REFERENCE_DATE}).get_json()

    for body in (as_text, as_json):
        del body["meta"]["processing_ms"]
    assert as_text == as_json


def test_seed_article_as_timeml(client, seed_article):
    response = client.post(
        f"/v1/timeline?format=timeml&reference_date={SEED_REFERENCE_DATE}",
        data=seed_article.encode(),
        content_type="text/plain",
    )

    assert response.status_code == 200
    assert response.mimetype == "application/xml"
    root = ET.fromstring(response.get_data())
    assert any(True for _ in root.iter("TIMEX3")), "a TimeML document marks the dates"
