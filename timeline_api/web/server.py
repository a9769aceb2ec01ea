"""Runs the app under gunicorn with the settings of `timeline_api.gunicorn_conf`,
the pipeline loaded once before the workers fork."""
from __future__ import annotations

from typing import Optional

from gunicorn.app.base import BaseApplication
from gunicorn.config import Config


class _Gunicorn(BaseApplication):
    def __init__(self, options: dict):
        self.options = options
        super().__init__()

    def load_config(self):
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self):
        from ..wsgi import app

        return app


def settings() -> dict:
    """The gunicorn settings of `timeline_api.gunicorn_conf` (importing it sets up the metrics directory)."""
    from .. import gunicorn_conf

    names = Config().settings
    return {name: value for name, value in vars(gunicorn_conf).items() if name in names}


def serve(host: str, port: int, workers: Optional[int] = None, timeout: Optional[int] = None) -> None:
    """Serve on host:port; `workers` and `timeout` default to the configuration's."""
    options = settings()
    bind_host = f"[{host}]" if ":" in host else host  # IPv6 literal
    options["bind"] = [f"{bind_host}:{port}"]
    if workers is not None:
        options["workers"] = workers
    if timeout is not None:
        options["timeout"] = timeout
    _Gunicorn(options).run()
