"""Request ids, structured logs and Prometheus metrics.

Every response carries `X-Request-ID`: the caller's own when it sent a usable
one (up to 128 characters of letters, digits and ``-_.:/+=@``), else a fresh
one.  Every request is logged once, as one JSON object on one line, with its
id, method, path, status, duration, and the number of characters of text it
submitted (never the text itself, nor the query string or any header).

Metrics are counted per process.  Under gunicorn, `gunicorn_conf` points
PROMETHEUS_MULTIPROC_DIR at a directory the workers share, and `/metrics`
then adds up every worker's counts, whichever worker answers.
"""
from __future__ import annotations

import json
import logging
import os
import re
import sys
import time
import uuid
from datetime import datetime, timezone

from flask import Blueprint, Flask, Response, g, has_request_context, request
from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client import multiprocess

REQUEST_ID_HEADER = "X-Request-ID"
_USABLE_REQUEST_ID = re.compile(r"^[A-Za-z0-9\-_.:/+=@]{1,128}$")

REQUESTS = Counter(
    "timeline_api_requests", "HTTP requests answered, by route template, method and status.",
    ["endpoint", "method", "status"],
)
LATENCY = Histogram(
    "timeline_api_request_duration_seconds", "Time from the start of a request to its response.",
    ["endpoint", "method", "status"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0),
)
TIME_LIMIT_HITS = Counter(
    "timeline_api_processing_time_limit_hits", "Documents stopped by the processing time limit.",
)

access_log = logging.getLogger("timeline_api.access")
bp = Blueprint("observability", __name__)


def register(app: Flask) -> None:
    """Register before anything else, so every request is timed and every response tagged and logged."""
    configure_logging(app.config["LOG_LEVEL"])
    app.before_request(_start)
    app.after_request(_finish)
    app.register_blueprint(bp)


@bp.get("/metrics")
def metrics():
    registry = REGISTRY
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
    return Response(generate_latest(registry), content_type=CONTENT_TYPE_LATEST)


def _start() -> None:
    g.started = time.perf_counter()
    sent = request.headers.get(REQUEST_ID_HEADER, "")
    g.request_id = sent if _USABLE_REQUEST_ID.match(sent) else uuid.uuid4().hex


def _finish(response: Response) -> Response:
    elapsed = time.perf_counter() - g.started
    response.headers[REQUEST_ID_HEADER] = g.request_id
    endpoint = request.url_rule.rule if request.url_rule else "unmatched"
    labels = (endpoint, request.method, str(response.status_code))
    REQUESTS.labels(*labels).inc()
    LATENCY.labels(*labels).observe(elapsed)
    access_log.info(
        "request",
        extra={
            "method": request.method,
            "path": request.path,
            "status": response.status_code,
            "duration_ms": round(elapsed * 1000, 1),
            "text_chars": g.get("text_chars"),
            "documents": g.get("documents"),
        },
    )
    return response


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, the request id
    when there is a request, the fields given as `extra` that are listed in
    FIELDS, and the traceback of an exception."""

    FIELDS = ("method", "path", "status", "duration_ms", "text_chars", "documents")

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "ts": datetime.fromtimestamp(record.created, timezone.utc).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if has_request_context() and "request_id" in g:
            entry["request_id"] = g.request_id
        for name in self.FIELDS:
            if getattr(record, name, None) is not None:
                entry[name] = getattr(record, name)
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


def configure_logging(level: str) -> None:
    """JSON lines on stderr for the `timeline_api` loggers (once per process)."""
    logger = logging.getLogger("timeline_api")
    logger.setLevel(level)
    if not any(isinstance(h, _StderrHandler) for h in logger.handlers):
        handler = _StderrHandler()
        handler.setFormatter(JsonFormatter())
        logger.addHandler(handler)


class _StderrHandler(logging.StreamHandler):
    """Writes to whatever sys.stderr is at the time (a test runner swaps it)."""

    def __init__(self):
        super().__init__(sys.stderr)

    @property
    def stream(self):
        return sys.stderr

    @stream.setter
    def stream(self, value):
        pass
