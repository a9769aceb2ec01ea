"""Settings read from TIMELINE_API_* environment variables, with defaults.

Only the web layer's own settings live here.  TIMELINE_API_SPACY_MODEL is read
where the pipeline is loaded (`timeline_api.nlp`), and the process settings
(bind address, workers) where gunicorn is configured
(`timeline_api.gunicorn_conf`), so each variable has one reader only.
TIMELINE_API_FAST_PATH is read by `timeline_api.parse.enabled` (the library's
default), which `from_env` calls so that a bad value stops the server at
start-up instead of failing every request.
docs/operations.md lists them all.
"""
from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path

DEFAULT_MAX_BODY_BYTES = 1_048_576  # 1 MiB
DEFAULT_MAX_TEXT_CHARS = 100_000  # a long news article is a few tens of thousands
DEFAULT_MAX_BATCH_DOCUMENTS = 32
DEFAULT_MAX_PROCESSING_SECONDS = 30.0

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}
_LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
# An origin as a browser sends it: scheme://host[:port], nothing after.
_ORIGIN = re.compile(r"^https?://[^/\s:]+(:\d{1,5})?$")


def from_env(environ: Mapping[str, str] | None = None) -> dict:
    """Flask config keys derived from the environment.

    A malformed value raises ValueError naming the variable, so a
    misconfigured server fails at start-up rather than on the first request.
    """
    env = os.environ if environ is None else environ
    return {
        "MAX_CONTENT_LENGTH": _env_positive_int(env, "TIMELINE_API_MAX_BODY_BYTES", DEFAULT_MAX_BODY_BYTES),
        "MAX_TEXT_CHARS": _env_positive_int(env, "TIMELINE_API_MAX_TEXT_CHARS", DEFAULT_MAX_TEXT_CHARS),
        "MAX_BATCH_DOCUMENTS": _env_positive_int(env, "TIMELINE_API_MAX_BATCH_DOCUMENTS", DEFAULT_MAX_BATCH_DOCUMENTS),
        "MAX_PROCESSING_SECONDS": _env_seconds(env, "TIMELINE_API_MAX_PROCESSING_SECONDS",
                                               DEFAULT_MAX_PROCESSING_SECONDS),
        "PRELOAD_PIPELINE": _flag(env, "TIMELINE_API_PRELOAD", True),
        "ISOLATE_EXTRACTION": _flag(env, "TIMELINE_API_ISOLATE", False),
        "FAST_PATH": _fast_path(env),
        "API_KEYS": _api_keys(env),
        "CORS_ORIGINS": _origins(env, "TIMELINE_API_CORS_ORIGINS"),
        "LOG_LEVEL": _choice(env, "TIMELINE_API_LOG_LEVEL", _LOG_LEVELS, "INFO"),
    }


def _fast_path(env: Mapping[str, str]) -> bool:
    from .parse import enabled  # imported here: it loads spaCy's modules

    return enabled(env)


def positive_int(raw: str) -> int:
    """`raw` as an integer above zero, else ValueError (also an argparse `type`)."""
    try:
        value = int(raw)
    except ValueError:
        value = 0
    if value <= 0:
        raise ValueError(f"expected a positive integer, got {raw!r}")
    return value


def positive_seconds(raw: str) -> float:
    """`raw` as a finite number of seconds above zero, else ValueError."""
    try:
        value = float(raw)
    except ValueError:
        value = 0.0
    if not 0 < value < float("inf"):
        raise ValueError(f"expected a positive number of seconds, got {raw!r}")
    return value


def _env_positive_int(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name, "").strip()
    try:
        return positive_int(raw) if raw else default
    except ValueError as error:
        raise ValueError(f"{name}: {error}") from None


def _env_seconds(env: Mapping[str, str], name: str, default: float) -> float:
    raw = env.get(name, "").strip()
    try:
        return positive_seconds(raw) if raw else default
    except ValueError as error:
        raise ValueError(f"{name}: {error}") from None


def _flag(env: Mapping[str, str], name: str, default: bool) -> bool:
    raw = env.get(name, "").strip().lower()
    if not raw:
        return default
    if raw in _TRUE:
        return True
    if raw in _FALSE:
        return False
    raise ValueError(f"{name} must be one of {sorted(_TRUE | _FALSE)}, got {raw!r}")


def _choice(env: Mapping[str, str], name: str, choices: tuple[str, ...], default: str) -> str:
    raw = env.get(name, "").strip().upper()
    if not raw:
        return default
    if raw not in choices:
        raise ValueError(f"{name} must be one of {list(choices)}, got {raw!r}")
    return raw


def _api_keys(env: Mapping[str, str]) -> tuple[str, ...]:
    """Keys from TIMELINE_API_KEYS (comma-separated) and TIMELINE_API_KEYS_FILE (one a line, # comments).

    No key at all leaves the API open.  The file is the way to keep keys out
    of the process environment.
    """
    keys = [k.strip() for k in env.get("TIMELINE_API_KEYS", "").split(",") if k.strip()]
    path = env.get("TIMELINE_API_KEYS_FILE", "").strip()
    if path:
        try:
            lines = Path(path).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as error:
            raise ValueError(f"TIMELINE_API_KEYS_FILE: cannot read {path}: {error}") from None
        keys += [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
    for key in keys:
        if not key.isascii() or not key.isprintable() or " " in key:
            raise ValueError("TIMELINE_API_KEYS: a key must be printable ASCII without spaces")
    return tuple(dict.fromkeys(keys))


def _origins(env: Mapping[str, str], name: str) -> tuple[str, ...]:
    origins = [o.strip().rstrip("/") for o in env.get(name, "").split(",") if o.strip()]
    for origin in origins:
        if origin != "*" and not _ORIGIN.match(origin):
            raise ValueError(f"{name}: {origin!r} is not an origin such as https://example.org or *")
    return tuple(origins)
