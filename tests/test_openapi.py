"""openapi.yaml is a valid OpenAPI 3.1 document and describes what the app
really does: its routes, its schemas' fields, and real responses, success and
error alike, validated against the documented response schemas."""
from __future__ import annotations

import re

import pytest
import yaml
from jsonschema import Draft202012Validator, ValidationError
from openapi_spec_validator import validate as validate_spec
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from timeline_api import pipeline, schemas
from timeline_api.web.service import openapi_text

from conftest import SEED_REFERENCE_DATE, use_extract

SPEC = yaml.safe_load(openapi_text())
SPEC_URI = "urn:timeline-api:openapi"
REGISTRY = Registry().with_resource(SPEC_URI, Resource.from_contents(SPEC, default_specification=DRAFT202012))


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def validate_at(pointer: str, instance) -> None:
    """Validate `instance` against the schema at JSON pointer `pointer` in the spec."""
    schema = {"$ref": f"{SPEC_URI}#{pointer}"}
    Draft202012Validator(schema, registry=REGISTRY, format_checker=Draft202012Validator.FORMAT_CHECKER).validate(
        instance
    )


def documented_schema(path: str, method: str, status: int, media_type: str) -> str:
    """Pointer to the schema documented for this response; fails if it is not documented."""
    responses = SPEC["paths"][path][method]["responses"]
    assert str(status) in responses, f"{method.upper()} {path} answers {status}, which openapi.yaml does not list"
    pointer = f"/paths/{_escape(path)}/{method}/responses/{status}"
    response = responses[str(status)]
    if "$ref" in response:
        pointer = response["$ref"].removeprefix("#")
        response = SPEC["components"]["responses"][pointer.rsplit("/", 1)[1]]
    assert media_type in response["content"], f"{status} is not documented as {media_type}"
    return f"{pointer}/content/{_escape(media_type)}/schema"


def check_response(response, path: str, method: str) -> None:
    pointer = documented_schema(path, method, response.status_code, response.mimetype)
    if response.is_json:  # includes application/problem+json
        validate_at(pointer, response.get_json())
    else:
        validate_at(pointer, response.get_data(as_text=True))


def test_document_is_valid_openapi_3_1():
    assert SPEC["openapi"].startswith("3.1")
    validate_spec(SPEC)


def test_routes_match_the_app(app):
    served = {
        (re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule), method.lower())  # Flask's <name> is OpenAPI's {name}
        for rule in app.url_map.iter_rules()
        if rule.endpoint != "static"
        for method in rule.methods - {"HEAD", "OPTIONS"}
    }
    documented = {(path, method) for path, item in SPEC["paths"].items() for method in item}
    assert served == documented


@pytest.mark.parametrize(
    "schema, component",
    [
        (schemas.TimelineRequestSchema, "TimelineRequest"),
        (schemas.TimelineSchema, "Timeline"),
        (schemas.TemporalExpressionSchema, "TemporalExpression"),
        (schemas.EventSchema, "Event"),
        (schemas.EventMentionSchema, "EventMention"),
        (schemas.SpanSchema, "Span"),
        (schemas.ParticipantSchema, "Participant"),
        (schemas.MetaSchema, "Meta"),
        (schemas.HealthSchema, "Health"),
        (schemas.ProblemSchema, "Problem"),
    ],
)
def test_marshmallow_fields_match_components(schema, component):
    assert set(schema().fields) == set(SPEC["components"]["schemas"][component]["properties"])


def test_query_parameters_match():
    operation = SPEC["paths"]["/v1/timeline"]["post"]
    parameters = {p["name"]: p for p in operation["parameters"]}
    # reference_date and the event options go with the body (in the query for a text/plain body)
    assert set(parameters) == {"format", "reference_date", *schemas.EVENT_OPTIONS}
    assert set(schemas.EVENT_OPTIONS) < set(schemas.TimelineRequestSchema().fields)
    assert tuple(parameters["format"]["schema"]["enum"]) == schemas.FORMATS
    assert set(schemas.TimelineQuerySchema().fields) == {"format"}
    assert set(operation["requestBody"]["content"]) == {"application/json", "text/plain"}


def test_request_example_is_valid_and_accepted(client, fake_extract):
    example = SPEC["paths"]["/v1/timeline"]["post"]["requestBody"]["content"]["application/json"]["example"]
    validate_at("/components/schemas/TimelineRequest", example)
    assert client.post("/v1/timeline", json=example).status_code == 200


def test_success_on_hand_built_timeline_matches(client, fake_extract):
    response = client.post("/v1/timeline", json={"text": "On Monday.", "reference_date": "2021-12-16"})
    assert response.status_code == 200
    check_response(response, "/v1/timeline", "post")


@pytest.mark.parametrize("query", ["", "?format=timeml"])
def test_real_pipeline_responses_match(client, seed_article, query):
    sep = "&" if query else "?"
    response = client.post(
        f"/v1/timeline{query}{sep}reference_date={SEED_REFERENCE_DATE}",
        data=seed_article.encode(),
        content_type="text/plain",
    )
    assert response.status_code == 200
    check_response(response, "/v1/timeline", "post")


@pytest.mark.parametrize("path", ["/health", "/openapi.yaml"])
def test_service_endpoints_match(client, path):
    response = client.get(path)
    assert response.status_code == 200
    check_response(response, path, "get")


ERROR_REQUESTS = {
    400: dict(data=b"{not json", content_type="application/json"),
    406: dict(json={"text": "On Monday."}, headers={"Accept": "text/html"}),
    413: dict(content_type="text/plain", environ_overrides={"CONTENT_LENGTH": str(10**12)}),
    415: dict(data=b"text=x", content_type="application/x-www-form-urlencoded"),
    422: dict(json={"text": " ", "reference_date": "2021-02-30"}),
}


@pytest.mark.parametrize("status", sorted(ERROR_REQUESTS))
def test_error_responses_match(client, fake_extract, status):
    response = client.post("/v1/timeline", **ERROR_REQUESTS[status])
    assert response.status_code == status
    check_response(response, "/v1/timeline", "post")


def test_internal_error_matches(client, monkeypatch):
    def broken(text, reference_date=None, *, events=True):
        raise RuntimeError("boom")

    use_extract(monkeypatch, broken)
    response = client.post("/v1/timeline", json={"text": "On Monday."})
    assert response.status_code == 500
    check_response(response, "/v1/timeline", "post")


@pytest.mark.parametrize("method, path, status", [("get", "/nowhere", 404), ("get", "/v1/timeline", 405)])
def test_routing_errors_are_documented_problems(client, method, path, status):
    """No operation exists to list these under, so they are checked against Problem itself."""
    response = getattr(client, method)(path)
    assert response.status_code == status
    assert response.mimetype == "application/problem+json"
    validate_at("/components/schemas/Problem", response.get_json())


def test_validator_rejects_a_drifted_response(client, fake_extract):
    """The checks above can fail: a field the spec does not know is refused."""
    body = client.post("/v1/timeline", json={"text": "On Monday."}).get_json()
    body["temporal_expressions"][0]["extra"] = 1
    with pytest.raises(ValidationError, match="extra"):
        validate_at("/components/schemas/Timeline", body)


def test_the_text_pattern_accepts_exactly_what_the_app_does_not_call_blank():
    """schemathesis once sent "\\x1f", which "\\S" allowed and the app refused as blank."""
    import re

    from marshmallow import ValidationError

    from timeline_api.schemas import _not_blank

    pattern = re.compile(SPEC["components"]["schemas"]["TimelineRequest"]["properties"]["text"]["pattern"])
    plain = SPEC["paths"]["/v1/timeline"]["post"]["requestBody"]["content"]["text/plain"]["schema"]["pattern"]
    assert plain == pattern.pattern

    def accepted(text: str) -> bool:
        try:
            _not_blank(text)
            return True
        except ValidationError:
            return False

    # as Python reads the pattern, and as the Rust validator schemathesis checks requests with does
    # (ECMA-262's \\s, which lacks \\x1c-\\x1f and NEL: "\\S" disagreed on those five)
    import jsonschema_rs

    ecma = jsonschema_rs.validator_for({"type": "string", "pattern": pattern.pattern})
    disagree = [hex(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000
                and not bool(pattern.search(chr(i))) == ecma.is_valid(chr(i)) == accepted(chr(i))]
    assert disagree == []
