"""gunicorn settings for timeline-api.

    gunicorn -c python:timeline_api.gunicorn_conf timeline_api.wsgi:app

(`timeline-api serve` uses the same settings, and the repository's
gunicorn.conf.py loads this module, so a plain `gunicorn timeline_api.wsgi:app`
started from the repository root does too.)

* One sync worker per CPU the process may run on (TIMELINE_API_WORKERS to
  change): extraction is CPU-bound, so more workers than cores only queue.
* The app, and with it the spaCy pipeline, is loaded once in the master
  (`preload_app`) and the workers fork from it, sharing its memory
  copy-on-write; `gc.freeze()` before forking keeps the garbage collector
  from touching, and so copying, those shared pages.
* Each worker runs its extractions in a helper process that it kills when a
  request's processing time is up (TIMELINE_API_ISOLATE, on here), so even
  a long call into C ends at the limit with a 422 problem, and the worker
  lives on.  The worker timeout, the processing limit plus 30 s, is then
  only a last resort.
* Request lines and headers are bounded; bodies are bounded by the app.
* Logs are JSON lines on stderr, gunicorn's own as well as the app's; the
  app logs each request, so gunicorn's access log is off.
* Metrics: PROMETHEUS_MULTIPROC_DIR (a fresh temporary directory unless
  set) lets /metrics add up the counts of every worker.
"""
from __future__ import annotations

import gc
import glob
import os
import shutil
import tempfile

from timeline_api.config import from_env, positive_int


def _env_int(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    try:
        return positive_int(raw) if raw else default
    except ValueError as error:
        raise ValueError(f"{name}: {error}") from None


# Extraction in a helper process per worker, killable at the time limit (see
# timeline_api.web.isolation); TIMELINE_API_ISOLATE=0 runs it in the worker.
os.environ.setdefault("TIMELINE_API_ISOLATE", "1")
_settings = from_env()  # a bad TIMELINE_API_* value stops gunicorn here, with its name

bind = [os.environ.get("TIMELINE_API_BIND", "127.0.0.1:8000")]
workers = _env_int("TIMELINE_API_WORKERS", len(os.sched_getaffinity(0)))
worker_class = "sync"
preload_app = True
timeout = int(_settings["MAX_PROCESSING_SECONDS"]) + 30
graceful_timeout = 30
keepalive = 5
limit_request_line = 8190
limit_request_fields = 100
limit_request_field_size = 8190
accesslog = None
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "root": {"level": "WARNING", "handlers": []},
    "loggers": {
        "gunicorn.error": {"level": "INFO", "handlers": ["json"], "propagate": False, "qualname": "gunicorn.error"},
        "gunicorn.access": {"level": "WARNING", "handlers": [], "propagate": False, "qualname": "gunicorn.access"},
    },
    "handlers": {"json": {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stderr"}},
    "formatters": {"json": {"()": "timeline_api.web.observability.JsonFormatter"}},
}

_OWN_METRICS_DIR = not os.environ.get("PROMETHEUS_MULTIPROC_DIR")
if _OWN_METRICS_DIR:  # before the app (and prometheus_client) is imported
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(prefix="timeline-api-metrics-")
os.makedirs(os.environ["PROMETHEUS_MULTIPROC_DIR"], exist_ok=True)


def on_starting(server):
    for stale in glob.glob(os.path.join(os.environ["PROMETHEUS_MULTIPROC_DIR"], "*.db")):
        os.remove(stale)  # counts of an earlier run


def when_ready(server):
    gc.freeze()


def child_exit(server, worker):
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(worker.pid)


def on_exit(server):
    if _OWN_METRICS_DIR:
        shutil.rmtree(os.environ["PROMETHEUS_MULTIPROC_DIR"], ignore_errors=True)
