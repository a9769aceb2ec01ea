"""Settings read from TIMELINE_API_* environment variables, with defaults.

Only the web layer's own settings live here.  TIMELINE_API_SPACY_MODEL is read
where the pipeline is loaded (`timeline_api.nlp`), so it has one reader only.
"""
from __future__ import annotations

import os
from collections.abc import Mapping

DEFAULT_MAX_BODY_BYTES = 1_048_576  # 1 MiB

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


def from_env(environ: Mapping[str, str] | None = None) -> dict:
    """Flask config keys derived from the environment.

    A malformed value raises ValueError naming the variable, so a
    misconfigured server fails at start-up rather than on the first request.
    """
    env = os.environ if environ is None else environ
    return {
        "MAX_CONTENT_LENGTH": _env_positive_int(env, "TIMELINE_API_MAX_BODY_BYTES", DEFAULT_MAX_BODY_BYTES),
        "PRELOAD_PIPELINE": _flag(env, "TIMELINE_API_PRELOAD", True),
    }


def positive_int(raw: str) -> int:
    """`raw` as an integer above zero, else ValueError (also an argparse `type`)."""
    try:
        value = int(raw)
    except ValueError:
        value = 0
    if value <= 0:
        raise ValueError(f"expected a positive integer, got {raw!r}")
    return value


def _env_positive_int(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name, "").strip()
    try:
        return positive_int(raw) if raw else default
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
