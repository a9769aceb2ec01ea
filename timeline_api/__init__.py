"""timeline-api: reads an article and returns the events it dates as an ordered timeline."""
from __future__ import annotations

__version__ = "0.1.0"


def extract(text, reference_date=None, **options):
    """Library entry point; see `timeline_api.pipeline.extract`."""
    from .pipeline import extract as _extract

    return _extract(text, reference_date, **options)


def create_app(config=None):
    """Flask application factory; see `timeline_api.web.app.create_app`."""
    from .web.app import create_app as _create_app

    return _create_app(config)
