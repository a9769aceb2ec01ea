"""Reading a request: its body (JSON or text/plain), the response format it
asks for, and the validated fields of a document within the text-length limit."""
from __future__ import annotations

import json

from flask import current_app, g, request
from marshmallow import ValidationError
from werkzeug.exceptions import RequestEntityTooLarge

from ..formats import MEDIA_TYPES
from ..schemas import EVENT_OPTIONS, TimelineRequestSchema
from .errors import Problem

_request_schema = TimelineRequestSchema()

# Media types an Accept header may name, by preference, and the format each selects.
_ACCEPTABLE = {**{media: fmt for fmt, media in MEDIA_TYPES.items()}, "text/xml": "timeml"}


def negotiate(formats: tuple[str, ...]) -> str:
    """The format among `formats` that the Accept header prefers (the first one without a header)."""
    offered = [media for media, fmt in _ACCEPTABLE.items() if fmt in formats]
    accept = request.accept_mimetypes
    if not accept:
        return formats[0]
    best = accept.best_match(offered)
    if best is None:
        message = f"Accept one of {', '.join(offered)}, or pass ?format=."
        raise Problem(406, message, {"Accept": [message]})
    return _ACCEPTABLE[best]


def read_document() -> dict:
    """The request fields, from a JSON body or from a text/plain body plus the query."""
    fields = ("reference_date", *EVENT_OPTIONS)
    if request.mimetype == "text/plain":
        payload = {"text": _decode_text(_read_body())}
        payload.update((name, _query_value(name, request.args[name])) for name in fields if name in request.args)
        return payload
    if request.mimetype == "application/json":
        for name in fields:
            if name in request.args:
                message = f"With a JSON body, give {name} in the body, not in the query."
                raise Problem(422, message, {name: [message]})
        return read_json_object()
    raise _unsupported_media_type("application/json or text/plain")


# How a query string spells a boolean; anything else is left for the schema to reject.
_QUERY_BOOLEANS = {"true": True, "false": False}  # as OpenAPI writes a boolean in a query
_BOOLEAN_OPTIONS = ("include_undated", "merge")


def _query_value(name: str, value: str):
    if name in _BOOLEAN_OPTIONS:
        return _QUERY_BOOLEANS.get(value, value)
    return value


def read_json_object() -> dict:
    """The body as a JSON object (415 for another media type, 400 unparseable, 422 not an object)."""
    if request.mimetype != "application/json":
        raise _unsupported_media_type("application/json")
    body = _parse_json(_read_body())
    if not isinstance(body, dict):
        raise Problem(422, "The JSON body must be an object.", {"body": ["Expected a JSON object."]})
    return body


def load_document(payload: dict) -> dict:
    """`payload` validated by the request schema, its text within MAX_TEXT_CHARS.

    Every invalid field is reported at once; the text length counts towards the
    request's `text_chars` in the access log.
    """
    messages: dict = {}
    try:
        loaded = _request_schema.load(payload)
    except ValidationError as error:
        messages = error.messages
    text = payload.get("text")
    if isinstance(text, str):
        g.text_chars = g.get("text_chars", 0) + len(text)
        limit = current_app.config["MAX_TEXT_CHARS"]
        if len(text) > limit:
            messages = {**messages, "text": [f"Must be at most {limit} characters long (got {len(text)})."]}
    if messages:
        raise ValidationError(messages)
    return loaded


def _unsupported_media_type(expected: str) -> Problem:
    message = f"Send {expected} (got {request.mimetype or 'none'})."
    return Problem(415, message, {"Content-Type": [message]})


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
    except RecursionError:
        message = "The JSON body is nested too deeply."
    except ValueError as error:  # bad JSON and bad UTF-8 alike
        message = f"The body is not valid JSON: {error}"
    raise Problem(400, message, {"body": [message]})


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
