"""POST /v1/timelines: results and per-document problems by id, one bad
document never losing the others, and the limits of a batch."""
from __future__ import annotations

import logging
import time
from datetime import date

import pytest
import yaml

from timeline_api import pipeline, schemas
from timeline_api.web.service import openapi_text

from conftest import use_extract
from test_api_errors import assert_problem

SPEC = yaml.safe_load(openapi_text())


def post_batch(client, documents, **kwargs):
    return client.post("/v1/timelines", json={"documents": documents}, **kwargs)


def test_every_document_gets_its_timeline_by_id(client, fake_extract, sample_json):
    response = post_batch(client, [
        {"id": "a", "text": "Signed on Monday.", "reference_date": "2021-12-16"},
        {"id": "b", "text": "Talks resumed."},
    ])

    assert response.status_code == 200
    body = response.get_json()
    assert body == {"results": [{"id": "a", "timeline": sample_json}, {"id": "b", "timeline": sample_json}],
                    "errors": []}
    assert fake_extract == [("Signed on Monday.", date(2021, 12, 16)), ("Talks resumed.", None)]


def test_invalid_documents_are_answered_by_id_and_the_others_processed(client, fake_extract):
    response = post_batch(client, [
        {"id": "blank", "text": "  "},
        {"id": "good", "text": "Signed on Monday."},
        {"id": "bad-date", "text": "On Monday.", "reference_date": "2021-02-30"},
        {"id": "unknown", "text": "On Monday.", "colour": "red"},
        {"id": "no-text"},
    ])

    assert response.status_code == 200
    body = response.get_json()
    assert [r["id"] for r in body["results"]] == ["good"]
    errors = {e["id"]: e for e in body["errors"]}
    assert list(errors) == ["blank", "bad-date", "unknown", "no-text"]  # request order
    assert errors["blank"]["errors"] == {"text": ["Must not be blank."]}
    assert errors["bad-date"]["errors"] == {"reference_date": ["Not a valid date."]}
    assert errors["unknown"]["errors"] == {"colour": ["Unknown field."]}
    assert errors["no-text"]["errors"] == {"text": ["Missing data for required field."]}
    for problem in errors.values():
        assert problem["status"] == 422 and problem["type"] == "about:blank" and problem["title"]
    assert fake_extract == [("Signed on Monday.", None)]


def test_a_document_over_the_text_limit_fails_alone(client, fake_extract, monkeypatch):
    monkeypatch.setitem(client.application.config, "MAX_TEXT_CHARS", 10)
    body = post_batch(client, [{"id": "long", "text": "x" * 11}, {"id": "short", "text": "x" * 10}]).get_json()

    assert [r["id"] for r in body["results"]] == ["short"]
    assert body["errors"][0]["errors"] == {"text": ["Must be at most 10 characters long (got 11)."]}


def test_a_document_that_crashes_the_pipeline_fails_alone(client, monkeypatch, sample_timeline, caplog):
    def extract(text, reference_date=None, *, events=True):
        if "boom" in text:
            raise RuntimeError("secret internals")
        return sample_timeline

    use_extract(monkeypatch, extract)
    with caplog.at_level(logging.ERROR):
        response = post_batch(client, [{"id": "1", "text": "ok"}, {"id": "2", "text": "boom"}, {"id": "3", "text": "ok"}])

    assert response.status_code == 200
    body = response.get_json()
    assert [r["id"] for r in body["results"]] == ["1", "3"]
    assert body["errors"] == [{"id": "2", "type": "about:blank", "title": "Internal Server Error", "status": 500,
                               "detail": "The server failed to process this document."}]
    assert "secret internals" not in response.get_data(as_text=True)
    assert any("secret internals" in r.getMessage() for r in caplog.records if r.levelno == logging.ERROR)


def test_the_time_limit_keeps_finished_documents(client, monkeypatch, sample_timeline):
    """The document running when the time is up, and those after it, fail; the ones before keep their results."""
    def extract(text, reference_date=None, *, events=True):
        if text == "slow":
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline:  # busy Python code: interruptible
                pass
        return sample_timeline

    use_extract(monkeypatch, extract)
    monkeypatch.setitem(client.application.config, "MAX_PROCESSING_SECONDS", 0.5)
    started = time.monotonic()
    body = post_batch(client, [{"id": "1", "text": "fast"}, {"id": "2", "text": "slow"}, {"id": "3", "text": "fast"}]
                      ).get_json()

    assert time.monotonic() - started < 3
    assert [r["id"] for r in body["results"]] == ["1"]
    assert [(e["id"], e["status"]) for e in body["errors"]] == [("2", 422), ("3", 422)]
    assert "time limit of 0.5 s" in body["errors"][0]["detail"]
    assert body["errors"][1]["detail"].startswith("Not processed")


# The request as a whole.


@pytest.mark.parametrize(
    "payload, field",
    [
        ({}, "documents"),
        ({"documents": []}, "documents"),
        ({"documents": "a"}, "documents"),
        ({"documents": [{"text": "x"}]}, "documents[0].id"),
        ({"documents": [{"id": "", "text": "x"}]}, "documents[0].id"),
        ({"documents": [{"id": 7, "text": "x"}]}, "documents[0].id"),
        ({"documents": [{"id": "a", "text": "x"}, "b"]}, "documents[1]"),
        ({"documents": [{"id": "a", "text": "x"}], "extra": 1}, "extra"),
        ({"documents": [{"id": "a", "text": "x"}, {"id": "b", "text": "y"}, {"id": "a", "text": "z"}]},
         "documents[2].id"),
    ],
)
def test_malformed_batch_is_422_naming_the_part(client, fake_extract, payload, field):
    assert_problem(client.post("/v1/timelines", json=payload), 422, field)
    assert fake_extract == []


def test_too_many_documents_is_422_before_anything_runs(client, fake_extract, monkeypatch):
    monkeypatch.setitem(client.application.config, "MAX_BATCH_DOCUMENTS", 3)
    documents = [{"id": str(i), "text": "On Monday."} for i in range(4)]

    body = assert_problem(post_batch(client, documents), 422, "documents")
    assert body["errors"]["documents"] == ["At most 3 documents per request (got 4)."]
    assert post_batch(client, documents[:3]).status_code == 200


@pytest.mark.parametrize(
    "kwargs, status, field",
    [
        (dict(data=b"On Monday.", content_type="text/plain"), 415, "Content-Type"),
        (dict(data=b"{", content_type="application/json"), 400, "body"),
        (dict(data=b"[]", content_type="application/json"), 422, "body"),
        (dict(json={"documents": [{"id": "a", "text": "x"}]}, headers={"Accept": "text/csv"}), 406, "Accept"),
    ],
)
def test_request_errors(client, fake_extract, kwargs, status, field):
    assert_problem(client.post("/v1/timelines", **kwargs), status, field)


def test_a_batch_answers_json_only(client, fake_extract):
    response = client.post("/v1/timelines?format=csv", json={"documents": [{"id": "a", "text": "x"}]})
    body = assert_problem(response, 422, "format")
    assert body["errors"]["format"] == ["Must be one of: json."]


def test_body_limit_applies_to_the_whole_batch(client, fake_extract, monkeypatch):
    monkeypatch.setattr(client.application.request_class, "max_content_length", 100)
    documents = [{"id": str(i), "text": "On Monday, the talks resumed."} for i in range(5)]
    assert_problem(post_batch(client, documents), 413, "body")


def test_end_to_end_on_the_seed_article(client, seed_article):
    response = post_batch(client, [
        {"id": "seed", "text": seed_article, "reference_date": "2021-12-16"},
        {"id": "short", "text": "The plan was signed on November 23.", "reference_date": "2021-12-16"},
    ])

    body = response.get_json()
    assert body["errors"] == []
    single = client.post("/v1/timeline", json={"text": seed_article, "reference_date": "2021-12-16"}).get_json()
    seed = body["results"][0]["timeline"]
    for timeline in (seed, single):
        del timeline["meta"]["processing_ms"]
    assert seed == single
    short = body["results"][1]["timeline"]
    assert [t["value"] for t in short["temporal_expressions"]] == ["2021-11-23"]


def test_a_batch_is_one_nlp_pipe_stream_per_run_of_equal_options(client, monkeypatch):
    """Documents sharing their event options are parsed together; a change of options starts a new stream."""
    streams = []
    real = pipeline.extract_stream

    def spy(items, **kwargs):
        items = list(items)
        streams.append([text for text, _ in items])
        return real(items, **kwargs)

    monkeypatch.setattr(pipeline, "extract_stream", spy)
    texts = ["They met on Monday.", "The law took effect in 2001.", "He resigned on May 3, 1999.", "Talks end Friday."]
    documents = [{"id": str(i), "text": text, "reference_date": "2021-12-16"} for i, text in enumerate(texts)]
    documents[3]["include_undated"] = True

    body = post_batch(client, documents).get_json()

    assert streams == [texts[:3], texts[3:]]
    assert body["errors"] == []
    for document, result in zip(documents, body["results"]):
        alone = client.post("/v1/timeline", json={k: v for k, v in document.items() if k != "id"}).get_json()
        del alone["meta"]["processing_ms"], result["timeline"]["meta"]["processing_ms"]
        assert result["timeline"] == alone


def test_the_stream_yields_each_timeline_when_it_is_done():
    stream = pipeline.extract_stream([("They met on Monday.", date(2021, 12, 16)), (None, None),
                                      ("He resigned on May 3, 1999.", None)])
    first = next(stream)
    assert [t.value for t in first.temporal_expressions] == ["2021-12-13"]
    assert isinstance(next(stream), Exception)  # a document that fails takes its place in the stream
    assert [t.value for t in next(stream).temporal_expressions] == ["1999-05-03"]
    assert next(stream, "end") == "end"


# The contract.


@pytest.mark.parametrize(
    "schema, component",
    [
        (schemas.BatchResponseSchema, "BatchResponse"),
        (schemas.DocumentResultSchema, "DocumentResult"),
        (schemas.DocumentProblemSchema, "DocumentProblem"),
        (schemas.BatchRequestSchema, "BatchRequest"),
        (schemas.ReadySchema, "Ready"),
    ],
)
def test_schemas_match_components(schema, component):
    assert set(schema().fields) == set(SPEC["components"]["schemas"][component]["properties"])


def test_temporal_expressions_component_is_a_timeline_without_events():
    timeline = set(SPEC["components"]["schemas"]["Timeline"]["properties"])
    assert set(SPEC["components"]["schemas"]["TemporalExpressions"]["properties"]) == timeline - {"events"}
