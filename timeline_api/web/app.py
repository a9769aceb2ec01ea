"""The Flask application factory."""
from __future__ import annotations

from flask import Flask

from .. import nlp
from ..config import from_env
from . import batch, errors, observability, page, security, service, timeline


def create_app(config: dict | None = None) -> Flask:
    """Build the app: settings from TIMELINE_API_* variables, then the `config` mapping.

    With PRELOAD_PIPELINE (TIMELINE_API_PRELOAD, on by default) the spaCy
    pipeline is loaded here, so the first request does not pay for it and a
    pre-forking server shares one copy between its workers.
    """
    app = Flask(__name__)
    app.config.from_mapping(from_env())
    app.config.from_mapping(config or {})
    app.json.sort_keys = False  # keep the schemas' field order
    app.json.ensure_ascii = False

    # Order matters: observability first, so that its before_request starts
    # the clock and the request id before the API key check, and its
    # after_request (run last) logs the response the client really gets.
    errors.register(app)
    observability.register(app)
    security.register(app)
    app.register_blueprint(service.bp)
    app.register_blueprint(timeline.bp)
    app.register_blueprint(batch.bp)
    app.register_blueprint(page.bp)

    if app.config["PRELOAD_PIPELINE"]:
        nlp.get_nlp()
    return app
