"""Endpoints about the service itself: liveness and its OpenAPI document."""
from __future__ import annotations

from importlib.resources import files

from flask import Blueprint, current_app

from .. import __version__, nlp
from ..schemas import HealthSchema

bp = Blueprint("service", __name__)

_health_schema = HealthSchema()


@bp.get("/health")
def health():
    return _health_schema.dump(
        {
            "status": "ok",
            "pipeline_loaded": nlp.is_loaded(),
            "pipeline": nlp.model_name(),
            "version": __version__,
        }
    )


@bp.get("/openapi.yaml")
def openapi_document():
    return current_app.response_class(openapi_text(), mimetype="application/yaml")


def openapi_text() -> str:
    """The OpenAPI document shipped inside the package (the repo root links to it)."""
    return files("timeline_api").joinpath("openapi.yaml").read_text(encoding="utf-8")
