"""API keys, CORS and the security headers of every response.

API keys (API_KEYS, from TIMELINE_API_KEYS or TIMELINE_API_KEYS_FILE): when
any is configured, every request under /v1/ must carry
``Authorization: Bearer <key>`` with one of them, else 401.  The service
endpoints (/health, /ready, /metrics, /docs, /openapi.yaml) stay open, and so
do CORS preflight requests, which browsers send without credentials.  Keys
are compared in constant time and never logged.

CORS (CORS_ORIGINS, from TIMELINE_API_CORS_ORIGINS): off when empty, and
then no response carries any Access-Control-* header, so browsers on other
origins cannot read the answers.  With an allow-list, a request whose Origin
is listed gets it back in Access-Control-Allow-Origin; ``*`` allows every
origin.
"""
from __future__ import annotations

import hmac

from flask import Flask, Response, current_app, request

from .errors import problem_response

PROTECTED_PREFIX = "/v1/"
_REALM = 'Bearer realm="timeline-api"'
_CORS_ALLOW_HEADERS = "Authorization, Content-Type, Accept, X-Request-ID"
_API_CSP = "default-src 'none'; frame-ancestors 'none'"
_PAGE_CSP = "frame-ancestors 'none'"


def register(app: Flask) -> None:
    app.before_request(_require_api_key)
    app.after_request(_cors)
    app.after_request(_security_headers)


def _require_api_key() -> Response | None:
    keys = current_app.config["API_KEYS"]
    if not keys or request.method == "OPTIONS" or not request.path.startswith(PROTECTED_PREFIX):
        return None
    scheme, _, token = request.headers.get("Authorization", "").strip().partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        message = "Send an API key as `Authorization: Bearer <key>`."
        return problem_response(401, message, {"Authorization": [message]}, [("WWW-Authenticate", _REALM)])
    given = token.encode("utf-8", "surrogateescape")
    if not any(hmac.compare_digest(given, key.encode("ascii")) for key in keys):
        message = "The API key is not valid."
        challenge = f'{_REALM}, error="invalid_token"'
        return problem_response(401, message, {"Authorization": [message]}, [("WWW-Authenticate", challenge)])
    return None


def _cors(response: Response) -> Response:
    allowed = current_app.config["CORS_ORIGINS"]
    if not allowed:
        return response
    if "*" not in allowed:
        response.vary.add("Origin")  # the answer depends on the Origin asked from
    origin = request.headers.get("Origin")
    if origin is None or ("*" not in allowed and origin not in allowed):
        return response
    response.headers["Access-Control-Allow-Origin"] = "*" if "*" in allowed else origin
    response.headers["Access-Control-Expose-Headers"] = "X-Request-ID"
    if request.method == "OPTIONS" and "Access-Control-Request-Method" in request.headers:
        response.headers["Access-Control-Allow-Methods"] = response.headers.get("Allow", "GET, POST")
        response.headers["Access-Control-Allow-Headers"] = _CORS_ALLOW_HEADERS
        response.headers["Access-Control-Max-Age"] = "600"
    return response


def _security_headers(response: Response) -> Response:
    """Nothing the API answers is to be sniffed, framed or run as a page.

    An HTML page (the docs, the analyst's page) sets the policy its scripts
    need; one that sets none may still not be framed.
    """
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "no-referrer")
    policy = _PAGE_CSP if response.mimetype == "text/html" else _API_CSP
    response.headers.setdefault("Content-Security-Policy", policy)
    return response
