"""The HTTP API: a thin Flask layer over `timeline_api.pipeline`.

Importing this package loads nothing else: `timeline-api serve` must set up
gunicorn's metrics directory before the app (and prometheus_client) is imported.
"""


def create_app(config=None):
    """See `timeline_api.web.app.create_app`."""
    from .app import create_app as _create_app

    return _create_app(config)


__all__ = ["create_app"]
