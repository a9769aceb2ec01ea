"""Endpoints about the service itself: liveness, readiness, its OpenAPI
document and the interactive documentation that renders it."""
from __future__ import annotations

import re

import threading
from importlib.resources import files
from pathlib import Path

from flask import Blueprint, current_app, send_from_directory, url_for
from markupsafe import escape
from swagger_ui_bundle import swagger_ui_path
from werkzeug.exceptions import NotFound

from .. import __version__, nlp
from ..schemas import HealthSchema, ReadySchema
from .errors import problem_response

bp = Blueprint("service", __name__)

_health_schema = HealthSchema()
_ready_schema = ReadySchema()
_loading = threading.Lock()

# Swagger UI's files (from the swagger-ui-bundle package: nothing is fetched
# from a CDN) and our own start-up script, the only files /docs/ serves.
DOCS_ASSETS = ("swagger-ui.css", "swagger-ui-bundle.js", "favicon-32x32.png", "init.js")
_SWAGGER_UI = Path(str(swagger_ui_path))
_DOCS_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; frame-ancestors 'none'"
)


@bp.get("/health")
def health():
    """Liveness: the process answers (whether the pipeline is loaded or not)."""
    return _health_schema.dump(
        {
            "status": "ok",
            "pipeline_loaded": nlp.is_loaded(),
            "pipeline": nlp.model_name(),
            "version": __version__,
        }
    )


@bp.get("/ready")
def ready():
    """Readiness: 200 once the spaCy pipeline is loaded, 503 until then.

    Without preloading, the first call starts loading it in the background,
    so that a readiness probe alone brings the worker up.
    """
    if nlp.is_loaded():
        return _ready_schema.dump({"status": "ready", "pipeline": nlp.model_name()})
    if _loading.acquire(blocking=False):  # released never: one loader per process is enough
        threading.Thread(target=nlp.get_nlp, name="pipeline-loader", daemon=True).start()
    return problem_response(503, "The NLP pipeline is still loading.", headers=[("Retry-After", "2")])


@bp.get("/openapi.yaml")
def openapi_document():
    return current_app.response_class(served_openapi_text(current_app.config["MAX_BATCH_DOCUMENTS"]),
                                      mimetype="application/yaml")


_BATCH_LIMIT = re.compile(r"maxItems: \d+(?=  # TIMELINE_API_MAX_BATCH_DOCUMENTS)")


def served_openapi_text(max_batch_documents: int) -> str:
    """The OpenAPI document with this deployment's batch limit (the shipped one says the default)."""
    return _BATCH_LIMIT.sub(f"maxItems: {max_batch_documents}", openapi_text(), count=1)


def openapi_text() -> str:
    """The OpenAPI document shipped inside the package (the repo root links to it)."""
    return files("timeline_api").joinpath("openapi.yaml").read_text(encoding="utf-8")


@bp.get("/docs")
def docs():
    page = _DOCS_PAGE.format(
        css=escape(url_for("service.docs_asset", asset="swagger-ui.css")),
        icon=escape(url_for("service.docs_asset", asset="favicon-32x32.png")),
        bundle=escape(url_for("service.docs_asset", asset="swagger-ui-bundle.js")),
        init=escape(url_for("service.docs_asset", asset="init.js")),
        spec=escape(url_for("service.openapi_document")),
    )
    response = current_app.response_class(page, mimetype="text/html")
    response.headers["Content-Security-Policy"] = _DOCS_CSP
    return response


@bp.get("/docs/<asset>")
def docs_asset(asset: str):
    if asset not in DOCS_ASSETS:
        raise NotFound()
    if asset == "init.js":
        response = current_app.response_class(_DOCS_INIT, mimetype="text/javascript")
    else:
        response = send_from_directory(_SWAGGER_UI, asset, max_age=86400)
    response.headers["Content-Security-Policy"] = _DOCS_CSP
    return response


_DOCS_PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>timeline-api</title>
<link rel="stylesheet" href="{css}">
<link rel="icon" type="image/png" href="{icon}">
</head>
<body>
<div id="swagger-ui" data-spec="{spec}"></div>
<script src="{bundle}"></script>
<script src="{init}"></script>
</body>
</html>
"""

# A file of its own rather than an inline script, so the page's CSP can forbid inline scripts.
_DOCS_INIT = """window.addEventListener("load", function () {
  var root = document.getElementById("swagger-ui");
  window.ui = SwaggerUIBundle({
    url: root.dataset.spec,
    domNode: root,
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout"
  });
});
"""
