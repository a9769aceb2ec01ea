"""Runs the app under gunicorn, the pipeline loaded once before the workers fork."""
from __future__ import annotations

from gunicorn.app.base import BaseApplication


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


def serve(host: str, port: int, workers: int, timeout: int) -> None:
    bind_host = f"[{host}]" if ":" in host else host  # IPv6 literal
    _Gunicorn(
        {
            "bind": f"{bind_host}:{port}",
            "workers": workers,
            "timeout": timeout,
            "preload_app": True,
            "accesslog": "-",
        }
    ).run()
