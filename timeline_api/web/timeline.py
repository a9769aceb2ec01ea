"""POST /v1/timeline: parse and validate the request, extract, serialise."""
from __future__ import annotations

import json

from flask import Blueprint, current_app, request
from werkzeug.exceptions import RequestEntityTooLarge

from .. import pipeline, timeml
from ..schemas import TimelineQuerySchema, TimelineRequestSchema, TimelineSchema
from .errors import Problem

bp = Blueprint("timeline", __name__, url_prefix="/v1")

_query_schema = TimelineQuerySchema()
_request_schema = TimelineRequestSchema()
_timeline_schema = TimelineSchema()

# Media types an Accept header may ask for, by preference, and the format each selects.
_ACCEPTABLE = {"application/json": "json", "application/xml": "timeml", "text/xml": "timeml"}


@bp.post("/timeline")
def create_timeline():
    query = _query_schema.load(request.args.to_dict())
    fmt = query["format"] or _negotiate_format()
    args = _request_schema.load(_read_payload())
    timeline = pipeline.extract(args["text"], args["reference_date"])
    if fmt == "timeml":
        return current_app.response_class(timeml.render(args["text"], timeline), mimetype="application/xml")
    return _timeline_schema.dump(timeline)


def _negotiate_format() -> str:
    accept = request.accept_mimetypes
    if not accept:
        return "json"
    best = accept.best_match(list(_ACCEPTABLE))
    if best is None:
        message = f"Accept one of {', '.join(_ACCEPTABLE)}, or pass ?format=."
        raise Problem(406, message, {"Accept": [message]})
    return _ACCEPTABLE[best]


def _read_payload() -> dict:
    """The request fields, from a JSON body or from a text/plain body plus the query."""
    if request.mimetype == "text/plain":
        payload = {"text": _decode_text(_read_body())}
        if "reference_date" in request.args:
            payload["reference_date"] = request.args["reference_date"]
        return payload
    if request.mimetype == "application/json":
        if "reference_date" in request.args:
            message = "With a JSON body, give reference_date in the body, not in the query."
            raise Problem(422, message, {"reference_date": [message]})
        body = _parse_json(_read_body())
        if not isinstance(body, dict):
            raise Problem(422, "The JSON body must be an object.", {"body": ["Expected a JSON object."]})
        return body
    given = request.mimetype or "none"
    message = f"Send application/json or text/plain (got {given})."
    raise Problem(415, message, {"Content-Type": [message]})


def _read_body() -> bytes:
    """The body, 413 past MAX_CONTENT_LENGTH.

    A declared Content-Length over the limit is refused before anything is
    read.  A streamed (chunked) body is cut at the limit by werkzeug without an
    error, so one that fills the limit is refused here rather than truncated.
    """
    data = request.get_data(cache=False)
    limit = request.max_content_length
    if request.content_length is None and limit is not None and len(data) >= limit:
        raise RequestEntityTooLarge()
    return data


def _parse_json(data: bytes):
    try:
        return json.loads(data)
    except (ValueError, RecursionError) as error:  # ValueError covers bad JSON and bad UTF-8
        message = f"The body is not valid JSON: {error}"
        raise Problem(400, message, {"body": [message]}) from None


def _decode_text(data: bytes) -> str:
    charset = request.mimetype_params.get("charset", "utf-8")
    try:
        return data.decode(charset)
    except LookupError:
        message = f"Unknown charset {charset!r}."
        raise Problem(415, message, {"Content-Type": [message]}) from None
    except UnicodeDecodeError as error:
        message = f"The body is not valid {charset}: byte {error.start} cannot be decoded."
        raise Problem(400, message, {"body": [message]}) from None
