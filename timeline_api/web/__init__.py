"""The HTTP API: a thin Flask layer over `timeline_api.pipeline`."""
from .app import create_app

__all__ = ["create_app"]
