"""Every way a request can fail: a problem+json document naming what to fix,
and the pipeline never called."""
from __future__ import annotations

import logging

import pytest

from timeline_api import nlp, pipeline
from timeline_api.config import DEFAULT_MAX_BODY_BYTES
from timeline_api.web import create_app

from conftest import use_extract


def assert_problem(response, status: int, field: str | None = None) -> dict:
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == "application/problem+json"
    body = response.get_json()
    assert body["type"] == "about:blank"
    assert body["status"] == status
    assert body["title"] and body["detail"]
    if field is not None:
        assert field in body["errors"], body
        assert all(isinstance(m, str) and m for m in body["errors"][field])
    return body


def post_json_bytes(client, data: bytes, **kwargs):
    return client.post("/v1/timeline", data=data, content_type="application/json", **kwargs)


@pytest.mark.parametrize(
    "data",
    [b'{"text": "unterminated', b"", b"{'text': 'single quotes'}", b'{"text": "\xff\xfe bad utf-8"}', b"[" * 100_000],
    ids=["truncated", "empty", "not-json", "bad-utf8", "deeply-nested"],
)
def test_unparseable_json_is_400(client, fake_extract, data):
    assert_problem(post_json_bytes(client, data), 400, "body")
    assert fake_extract == []


@pytest.mark.parametrize("data", [b'["text"]', b"42", b'"an article"', b"null", b"true"])
def test_json_that_is_not_an_object_is_422(client, fake_extract, data):
    body = assert_problem(post_json_bytes(client, data), 422, "body")
    assert body["errors"]["body"] == ["Expected a JSON object."]
    assert fake_extract == []


@pytest.mark.parametrize(
    "payload, field, message",
    [
        ({}, "text", "Missing data for required field."),
        ({"reference_date": "2021-12-16"}, "text", "Missing data for required field."),
        ({"text": ""}, "text", "Must not be blank."),
        ({"text": " \n\t "}, "text", "Must not be blank."),
        ({"text": "\x1f"}, "text", "Must not be blank."),  # a control character Python counts as white space
        ({"text": "\ufeff "}, "text", "Must not be blank."),  # the byte-order mark JSON Schema's \s has
        ({"text": None}, "text", "Field may not be null."),
        ({"text": 42}, "text", "Not a valid string."),
        ({"text": ["a"]}, "text", "Not a valid string."),
        ({"text": "On Monday.", "reference_date": "2021-13-01"}, "reference_date", "Not a valid date."),
        ({"text": "On Monday.", "reference_date": "2021-02-29"}, "reference_date", "Not a valid date."),
        ({"text": "On Monday.", "reference_date": "yesterday"}, "reference_date", "Not a valid date."),
        ({"text": "On Monday.", "reference_date": 20211216}, "reference_date", "Not a valid date."),
        ({"text": "On Monday.", "reference-date": "2021-12-16"}, "reference-date", "Unknown field."),
        # a JSON boolean is true or false: not 0 or 1.0 (which marshmallow's Boolean takes), nor "yes"
        ({"text": "On Monday.", "merge": 0.0}, "merge", "Not a valid boolean."),
        ({"text": "On Monday.", "merge": 1}, "merge", "Not a valid boolean."),
        ({"text": "On Monday.", "include_undated": "yes"}, "include_undated", "Not a valid boolean."),
        ({"text": "On Monday.", "include_undated": "true"}, "include_undated", "Not a valid boolean."),
    ],
)
def test_invalid_json_fields_are_422(client, fake_extract, payload, field, message):
    body = assert_problem(client.post("/v1/timeline", json=payload), 422, field)
    assert body["errors"][field] == [message]
    assert fake_extract == []


def test_unpaired_surrogate_escape_is_422(client, fake_extract):
    response = post_json_bytes(client, b'{"text": "Signed \\ud800 on Monday."}')
    body = assert_problem(response, 422, "text")
    assert body["errors"]["text"] == ["Contains an unpaired surrogate at character 7."]
    assert fake_extract == []


def test_text_longer_than_the_pipeline_takes_is_422(client, fake_extract, monkeypatch):
    monkeypatch.setattr(nlp.get_nlp(), "max_length", 20)
    body = assert_problem(client.post("/v1/timeline", json={"text": "x" * 21}), 422, "text")
    assert body["errors"]["text"] == ["Must be at most 20 characters long (got 21)."]
    assert client.post("/v1/timeline", json={"text": "x" * 20}).status_code == 200
    assert fake_extract == [("x" * 20, None)]


def test_every_invalid_field_is_reported_at_once(client, fake_extract):
    body = assert_problem(client.post("/v1/timeline", json={"text": " ", "reference_date": "soon"}), 422)
    assert set(body["errors"]) == {"text", "reference_date"}


def test_reference_date_in_query_with_json_body_is_422(client, fake_extract):
    response = client.post("/v1/timeline?reference_date=2021-12-16", json={"text": "On Monday."})
    assert_problem(response, 422, "reference_date")
    assert fake_extract == []


@pytest.mark.parametrize(
    "query, data, status, field",
    [
        ("", b"   \n", 422, "text"),
        ("", b"", 422, "text"),
        ("?reference_date=16/12/2021", b"On Monday.", 422, "reference_date"),
        ("?reference_date=", b"On Monday.", 422, "reference_date"),
        ("?merge=maybe", b"On Monday.", 422, "merge"),
        ("?merge=1", b"On Monday.", 422, "merge"),
        ("?merge=False", b"On Monday.", 422, "merge"),
        ("?include_undated=", b"On Monday.", 422, "include_undated"),
        ("", b"On Monday \xff\xfe.", 400, "body"),
        ("", "On Monday.".encode("utf-16"), 400, "body"),
    ],
)
def test_invalid_text_plain_requests(client, fake_extract, query, data, status, field):
    response = client.post("/v1/timeline" + query, data=data, content_type="text/plain")
    assert_problem(response, status, field)
    assert fake_extract == []


def test_unknown_charset_is_415(client, fake_extract):
    response = client.post("/v1/timeline", data=b"On Monday.", content_type="text/plain; charset=klingon")
    assert_problem(response, 415, "Content-Type")


@pytest.mark.parametrize("content_type", ["application/x-www-form-urlencoded", "application/xml", "text/html", None])
def test_unsupported_content_type_is_415(client, fake_extract, content_type):
    response = client.post("/v1/timeline", data=b"text=On+Monday.", content_type=content_type)
    body = assert_problem(response, 415, "Content-Type")
    assert "application/json or text/plain" in body["detail"]
    assert fake_extract == []


def test_unknown_format_is_422(client, fake_extract):
    body = assert_problem(client.post("/v1/timeline?format=xml", json={"text": "On Monday."}), 422, "format")
    assert body["errors"]["format"] == ["Must be one of: json, csv, ics, timeml."]
    assert fake_extract == []


@pytest.mark.parametrize("accept", ["text/html", "application/pdf", "application/json;q=0"])
def test_accept_that_cannot_be_met_is_406(client, fake_extract, accept):
    response = client.post("/v1/timeline", json={"text": "On Monday."}, headers={"Accept": accept})
    assert_problem(response, 406, "Accept")
    assert fake_extract == []


# Body size.


@pytest.fixture(scope="module")
def small_client():
    app = create_app({"TESTING": True, "MAX_CONTENT_LENGTH": 64, "PRELOAD_PIPELINE": False})
    return app.test_client()


def test_body_over_configured_limit_is_413(small_client, fake_extract):
    response = small_client.post("/v1/timeline", data=b"x" * 65, content_type="text/plain")
    body = assert_problem(response, 413, "body")
    assert "64 bytes" in body["detail"]
    assert fake_extract == []


def test_body_at_configured_limit_is_accepted(small_client, fake_extract):
    response = small_client.post("/v1/timeline", data=b"x" * 64, content_type="text/plain")
    assert response.status_code == 200
    assert fake_extract == [("x" * 64, None)]


def test_default_limit_is_one_mebibyte(client, fake_extract, monkeypatch):
    monkeypatch.setattr(nlp.get_nlp(), "max_length", 2 * DEFAULT_MAX_BODY_BYTES)  # only bytes are limited here
    monkeypatch.setitem(client.application.config, "MAX_TEXT_CHARS", 2 * DEFAULT_MAX_BODY_BYTES)
    at_limit = client.post("/v1/timeline", data=b"x" * DEFAULT_MAX_BODY_BYTES, content_type="text/plain")
    over = client.post("/v1/timeline", data=b"x" * (DEFAULT_MAX_BODY_BYTES + 1), content_type="text/plain")

    assert at_limit.status_code == 200
    assert_problem(over, 413, "body")
    assert len(fake_extract) == 1


class UnreadableStream:
    """A request body that fails the test if anything reads it."""

    def read(self, *args):
        raise AssertionError("the body was read")

    readline = readinto = read


def test_huge_content_length_is_413_without_reading_the_body(client, fake_extract):
    response = client.post(
        "/v1/timeline",
        content_type="application/json",
        environ_overrides={"wsgi.input": UnreadableStream(), "CONTENT_LENGTH": str(10**12)},
    )
    assert_problem(response, 413, "body")


def test_streamed_body_over_limit_is_413(small_client, fake_extract):
    """A chunked body has no Content-Length; the limit still applies while reading."""
    response = small_client.post(
        "/v1/timeline",
        data=b"x" * 1000,
        content_type="text/plain",
        environ_overrides={"wsgi.input_terminated": True, "HTTP_TRANSFER_ENCODING": "chunked"},
    )
    assert_problem(response, 413, "body")



def test_streamed_body_under_limit_is_read_whole(small_client, fake_extract):
    response = small_client.post(
        "/v1/timeline",
        data=b"On Monday.",
        content_type="text/plain",
        environ_overrides={"wsgi.input_terminated": True, "HTTP_TRANSFER_ENCODING": "chunked"},
    )
    assert response.status_code == 200
    assert fake_extract == [("On Monday.", None)]


# Routing.


@pytest.mark.parametrize("path", ["/nowhere", "/v1/timeline/x", "/v2/timeline", "/health/x"])
def test_unknown_route_is_404(client, path):
    assert_problem(client.get(path), 404)


@pytest.mark.parametrize(
    "method, path, allowed",
    [("get", "/v1/timeline", "POST"), ("put", "/v1/timeline", "POST"), ("post", "/health", "GET"),
     ("delete", "/openapi.yaml", "GET")],
)
def test_wrong_method_is_405_with_allow(client, method, path, allowed):
    response = getattr(client, method)(path)
    assert_problem(response, 405)
    assert allowed in {m.strip() for m in response.headers["Allow"].split(",")}


# The last resort.


def test_unexpected_exception_is_500_and_logged(client, monkeypatch, caplog):
    def broken(text, reference_date=None, *, events=True):
        raise RuntimeError("secret internals")

    use_extract(monkeypatch, broken)
    with caplog.at_level(logging.ERROR):
        response = client.post("/v1/timeline", json={"text": "On Monday."})

    body = assert_problem(response, 500)
    assert "secret internals" not in response.get_data(as_text=True)
    assert "errors" not in body
    assert any("secret internals" in (r.exc_text or "") for r in caplog.records)


@pytest.mark.parametrize("query, merge", [("?merge=false", False), ("?merge=true", True)])
def test_a_query_spells_a_boolean_as_true_or_false(client, monkeypatch, sample_timeline, query, merge):
    from timeline_api.events import current_options

    seen = []

    def extract(text, reference_date=None, *, events=True):
        seen.append(current_options().merge)
        return sample_timeline

    use_extract(monkeypatch, extract)
    response = client.post("/v1/timeline" + query, data=b"On Monday.", content_type="text/plain")
    assert response.status_code == 200, response.get_data(as_text=True)
    assert seen == [merge]
