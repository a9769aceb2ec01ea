"""Runs the pipeline for the views, within the request's processing time limit.

The limit (MAX_PROCESSING_SECONDS) counts from the start of the request.  A
single document that runs over it ends the request with a 422 problem; in a
batch, the document that runs over it and those not yet started get a problem
of their own and the finished ones keep their timelines.

With ISOLATE_EXTRACTION (on under gunicorn) the extraction runs in a helper
process that is killed when the time is up (`isolation`); without it, in the
request's thread, stopped between two Python bytecodes (`deadline`).
"""
from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Union

from flask import current_app, g

from .. import pipeline
from ..events import EventOptions, event_options
from ..model import Timeline
from ..schemas import EVENT_OPTIONS
from .deadline import DeadlineExceeded, TimeLimit
from .errors import Problem
from .isolation import Helper
from .observability import TIME_LIMIT_HITS


def extract_one(args: dict, *, events: bool) -> Timeline:
    """The timeline of one validated request; 422 when it runs over the time limit."""
    try:
        return _extract(args, events)
    except DeadlineExceeded:
        raise _over_limit_problem() from None


def extract_documents(documents: Sequence[dict], *, events: bool = True) -> list[Union[Timeline, Problem]]:
    """The timeline of each validated document, or the problem that stopped it.

    Documents are independent: one that fails, or runs out of time, costs no
    other its result.
    """
    outcomes: list[Union[Timeline, Problem]] = []
    for args in documents:
        if _remaining() <= 0:
            outcomes.append(Problem(422, f"Not processed: {_over_limit()}"))
            continue
        try:
            outcomes.append(_extract(args, events))
        except DeadlineExceeded:
            outcomes.append(_over_limit_problem())
        except Exception:  # noqa: BLE001 - one document's failure must not lose the others
            current_app.logger.exception("Extraction failed on a document of a batch")
            outcomes.append(Problem(500, "The server failed to process this document."))
    return outcomes


def _extract(args: dict, events: bool) -> Timeline:
    """`_run` within the time left: in the helper process when isolated, else in this thread."""
    if current_app.config["ISOLATE_EXTRACTION"]:
        return _helper.call(_remaining(), args, events)
    with TimeLimit(_remaining()):
        return _run(args, events)


def _run(args: dict, events: bool) -> Timeline:
    """The one place where a validated request becomes a pipeline call."""
    with event_options(_options(args)):
        return pipeline.extract(args["text"], args["reference_date"], events=events)


_helper = Helper(_run)


def _options(args: dict) -> EventOptions:
    """The event options of a validated request (absent ones at their defaults)."""
    return EventOptions(**{name: args[name] for name in EVENT_OPTIONS if name in args})


def _remaining() -> float:
    limit = current_app.config["MAX_PROCESSING_SECONDS"]
    return g.started + limit - time.perf_counter()


def _over_limit_problem() -> Problem:
    TIME_LIMIT_HITS.inc()
    return Problem(422, _over_limit(), {"text": [_over_limit()]})


def _over_limit() -> str:
    limit = current_app.config["MAX_PROCESSING_SECONDS"]
    return f"Processing ran over the time limit of {limit:g} s for a request; send a shorter text or fewer documents."
