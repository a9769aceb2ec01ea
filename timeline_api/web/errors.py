"""Every error leaves the service as application/problem+json (RFC 9457).

Besides the standard members, a problem carries `errors`: the offending part of
the request (a body field, `body`, a header, a query parameter) mapped to
messages, so a client can point at what to fix.
"""
from __future__ import annotations

from flask import Flask, Response, current_app, request
from marshmallow import ValidationError
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge
from werkzeug.http import HTTP_STATUS_CODES

from ..schemas import ProblemSchema

PROBLEM_MIMETYPE = "application/problem+json"

_problem_schema = ProblemSchema()


class Problem(Exception):
    """Raised by a view to answer with a problem document."""

    def __init__(self, status: int, detail: str, errors: dict[str, list[str]] | None = None):
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.errors = errors


def problem_body(status: int, detail: str, errors=None) -> dict:
    body = {"type": "about:blank", "title": HTTP_STATUS_CODES[status], "status": status, "detail": detail}
    if errors:
        body["errors"] = errors
    return body


def problem_response(status: int, detail: str, errors=None, headers=None) -> Response:
    response = current_app.json.response(_problem_schema.dump(problem_body(status, detail, errors)))
    response.status_code = status
    response.mimetype = PROBLEM_MIMETYPE
    response.headers.extend(headers or [])
    return response


def register(app: Flask) -> None:
    app.register_error_handler(Problem, _on_problem)
    app.register_error_handler(ValidationError, _on_validation_error)
    app.register_error_handler(RequestEntityTooLarge, _on_too_large)
    app.register_error_handler(HTTPException, _on_http_exception)
    app.register_error_handler(Exception, _on_unexpected)


def _on_problem(problem: Problem) -> Response:
    return problem_response(problem.status, problem.detail, problem.errors)


def _on_validation_error(error: ValidationError) -> Response:
    return problem_response(422, "The request is not valid; see `errors`.", flatten_messages(error.messages))


def flatten_messages(messages, where: str = "") -> dict[str, list[str]]:
    """Marshmallow's nested messages as `errors`: {"documents[2].text": [...]}.

    A list item is named by its index in brackets; marshmallow's `_schema`
    (a whole object is wrong) names the object itself.
    """
    if isinstance(messages, dict):
        flat: dict[str, list[str]] = {}
        for key, value in messages.items():
            if key == "_schema":
                name = where
            elif isinstance(key, int):
                name = f"{where}[{key}]"
            else:
                name = f"{where}.{key}" if where else str(key)
            for field, texts in flatten_messages(value, name).items():
                flat.setdefault(field, []).extend(texts)
        return flat
    texts = messages if isinstance(messages, list) else [messages]
    return {where or "body": [str(text) for text in texts]}


def _on_too_large(error: RequestEntityTooLarge) -> Response:
    limit = request.max_content_length
    detail = f"The request body is larger than the limit of {limit} bytes." if limit else error.description
    return problem_response(413, detail, {"body": [detail]})


def _on_http_exception(error: HTTPException) -> Response | HTTPException:
    if error.code is None or error.code < 400:  # routing redirects are not errors
        return error
    # Keep headers such as Allow (405); the body and its type are ours.
    headers = [(k, v) for k, v in error.get_headers() if k.lower() != "content-type"]
    return problem_response(error.code, error.description or "", headers=headers)


def _on_unexpected(error: Exception) -> Response:
    current_app.logger.exception("Unhandled error on %s %s", request.method, request.path)
    return problem_response(500, "The server failed to process the request.")
