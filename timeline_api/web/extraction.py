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
import traceback
from collections.abc import Iterator, Sequence
from itertools import groupby
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
    fast_path = current_app.config["FAST_PATH"]
    try:
        if current_app.config["ISOLATE_EXTRACTION"]:
            return _helper.call(_remaining(), _run, args, events, fast_path)
        with TimeLimit(_remaining()):
            return _run(args, events, fast_path)
    except DeadlineExceeded:
        raise _over_limit_problem() from None


def extract_documents(documents: Sequence[dict], *, events: bool = True) -> list[Union[Timeline, Problem]]:
    """The timeline of each validated document, or the problem that stopped it.

    Consecutive documents with the same event options go through one
    `pipeline.extract_stream` (one `nlp.pipe` stream).  Documents are
    independent: one that fails, or runs out of time, costs no other its
    result; the ones finished before the time is up keep their timelines,
    and when the helper process dies under a document, the documents after it
    are sent again.
    """
    outcomes: list[Union[Timeline, Problem]] = []
    pending = _runs_of_equal_options(documents)
    while pending:
        group = pending.pop(0)
        if _remaining() <= 0:
            outcomes.extend(_not_processed() for _ in group)
            continue
        stream = _stream(group, events)
        try:
            try:
                for outcome in stream:
                    outcomes.append(_report(outcome))
                    group = group[1:]
            finally:
                stream.close()  # ends the time limit of an unfinished stream
        except DeadlineExceeded:
            if group:  # the document that was running, and those after it
                outcomes.append(_over_limit_problem())
                outcomes.extend(_not_processed() for _ in group[1:])
        except Exception:  # noqa: BLE001 - the helper died (or the stream broke) under the next document
            current_app.logger.exception("Extraction failed on a document of a batch")
            outcomes.append(_failed())
            if group[1:]:
                pending.insert(0, group[1:])
    return outcomes


def _stream(group: list[dict], events: bool) -> Iterator:
    """`_run_many` of the group within the time left: in the helper process when isolated, else here."""
    fast_path = current_app.config["FAST_PATH"]
    if current_app.config["ISOLATE_EXTRACTION"]:
        yield from _helper.stream(_remaining(), _run_many, group, events, fast_path)
        return
    with TimeLimit(_remaining()):
        yield from _run_many(group, events, fast_path)


def _run(args: dict, events: bool, fast_path: bool) -> Timeline:
    """The one place where a validated request becomes a pipeline call."""
    with event_options(_options(args)):
        return pipeline.extract(args["text"], args["reference_date"], events=events, fast_path=fast_path)


def _run_many(group: list[dict], events: bool, fast_path: bool) -> Iterator[Union[Timeline, "_Failure"]]:
    """The timelines of validated documents sharing their event options, each as soon as it is done."""
    with event_options(_options(group[0])):
        items = [(args["text"], args["reference_date"]) for args in group]
        for outcome in pipeline.extract_stream(items, events=events, fast_path=fast_path):
            if isinstance(outcome, Exception):  # sent as text: an exception need not pickle
                outcome = _Failure("".join(traceback.format_exception(outcome)))
            yield outcome


class _Failure(str):
    """The traceback of a document that failed, as text."""


def _report(outcome: Union[Timeline, _Failure]) -> Union[Timeline, Problem]:
    if isinstance(outcome, _Failure):
        current_app.logger.error("Extraction failed on a document of a batch:\n%s", outcome)
        return _failed()
    return outcome


def _runs_of_equal_options(documents: Sequence[dict]) -> list[list[dict]]:
    """The documents in order, cut where the event options change."""
    return [list(run) for _, run in groupby(documents, key=_options)]


def _call(function, *args):
    return function(*args)


_helper = Helper(_call)


def _options(args: dict) -> EventOptions:
    """The event options of a validated request (absent ones at their defaults)."""
    return EventOptions(**{name: args[name] for name in EVENT_OPTIONS if name in args})


def _remaining() -> float:
    limit = current_app.config["MAX_PROCESSING_SECONDS"]
    return g.started + limit - time.perf_counter()


def _failed() -> Problem:
    return Problem(500, "The server failed to process this document.")


def _not_processed() -> Problem:
    return Problem(422, f"Not processed: {_over_limit()}")


def _over_limit_problem() -> Problem:
    TIME_LIMIT_HITS.inc()
    return Problem(422, _over_limit(), {"text": [_over_limit()]})


def _over_limit() -> str:
    limit = current_app.config["MAX_PROCESSING_SECONDS"]
    return f"Processing ran over the time limit of {limit:g} s for a request; send a shorter text or fewer documents."
