"""The extraction pipeline, callable without Flask.

    text ──parse─────▶ spaCy Doc (only the sentences that hold a candidate are parsed)
         ──recognize──▶ candidate expressions (underspecified values)
         ──resolve────▶ calendar values against the reference date
         ──events─────▶ the event each date anchors
         ──order──────▶ the timeline

Each arrow is a module of its own; this one only wires them together.
"""
from __future__ import annotations

import time
from datetime import date
from typing import Iterable, Iterator, Optional, Union

from . import __version__
from . import parse as fast
from .model import Timeline
from .nlp import describe, get_nlp

STAGES = ("parse", "recognize", "refdate", "resolve", "events", "order")


def extract(text: str, reference_date: Optional[date] = None, *, events: bool = True,
            fast_path: Optional[bool] = None, timings: Optional[dict] = None) -> Timeline:
    """Build the timeline of `text`.

    `reference_date` is the publication date relative expressions resolve
    against; when None it is inferred from the text (or today's date is used,
    and `reference_date_source` says so).  With `events=False` only the
    temporal expressions are produced (cheaper: no event stage).

    `fast_path` (default: $TIMELINE_API_FAST_PATH, on) parses only the
    sentences that hold a candidate expression (see `timeline_api.parse`);
    off, or when the event options ask for undated events (which lie in any
    sentence), the whole text is parsed.  `timings`, when given, receives the
    seconds spent in each of `STAGES`, added to what it already holds.
    """
    started = time.perf_counter()
    doc = next(_parse([text], events, fast_path))
    return _finish(text, doc, reference_date, events, started, timings)


def extract_many(items: Iterable[tuple[str, Optional[date]]], *, events: bool = True,
                 fast_path: Optional[bool] = None) -> list[Union[Timeline, Exception]]:
    """Timelines of many (text, reference_date) pairs, in order, parsed in one `nlp.pipe` batch.

    The list of what `extract_stream` yields.
    """
    return list(extract_stream(items, events=events, fast_path=fast_path))


def extract_stream(items: Iterable[tuple[str, Optional[date]]], *, events: bool = True,
                   fast_path: Optional[bool] = None) -> Iterator[Union[Timeline, Exception]]:
    """The timeline of each (text, reference_date) pair, in order, as soon as it is done.

    All texts go through one `nlp.pipe` stream (batched parsing); a caller
    that stops early (a deadline) keeps the timelines it has already received.
    One failing document does not lose the others: where a document fails,
    its place in the stream holds the exception instead of a Timeline, and
    the caller decides what to report.  (When the batched parse itself fails,
    the documents not yet done are parsed one at a time to find the culprit.)
    Each timeline's `processing_ms` is the time since the previous one was
    yielded: its share of the batched parse plus its own later stages.
    """
    items = list(items)
    docs = _parse([text for text, _ in items], events, fast_path)
    batched = True
    for text, reference_date in items:
        started = time.perf_counter()
        doc: object = None
        if batched:
            try:
                doc = next(docs)
            except Exception:  # the stream is broken: parse what is left one by one
                batched = False
        if not batched:
            try:
                doc = next(_parse([text], events, fast_path))
            except Exception as error:
                yield error
                continue
        try:
            timeline = _finish(text, doc, reference_date, events, started, None)
        except Exception as error:
            yield error
            continue
        yield timeline


def _parse(texts: list[str], events: bool, fast_path: Optional[bool]) -> Iterator:
    """The parsed Doc of each text, lazily, in order (one `nlp.pipe` stream)."""
    from .events import current_options

    if fast_path is None:
        fast_path = fast.enabled()
    if fast_path and not (events and current_options().include_undated):  # undated events lie anywhere
        return iter(fast.parse_many(texts))
    return iter(get_nlp().pipe(texts, batch_size=fast.BATCH_SIZE))


def _finish(text: str, doc, reference_date: Optional[date], events: bool, started: float,
            timings: Optional[dict]) -> Timeline:
    from . import events as event_stage
    from . import order, recognize, refdate, resolve

    clock = _Clock(timings, started)
    clock.lap("parse")
    mentions = recognize.find(doc)
    clock.lap("recognize")
    ref, source = refdate.choose(text, mentions, reference_date)
    clock.lap("refdate")
    timexes = resolve.resolve(doc, mentions, ref)
    clock.lap("resolve")
    found = event_stage.attach(doc, timexes, reference_date=ref) if events else []
    clock.lap("events")
    timeline = Timeline(  # which places the events against the reference date
        reference_date=ref,
        reference_date_source=source,
        temporal_expressions=timexes,
        events=order.order(found),
        meta={"pipeline": describe(), "engine_version": __version__},
    )
    clock.lap("order")
    timeline.meta["processing_ms"] = round((time.perf_counter() - started) * 1000, 1)
    return timeline


class _Clock:
    """Adds the time since the previous lap to `timings[stage]` (nothing when timings is None)."""

    def __init__(self, timings: Optional[dict], started: float):
        self.timings = timings
        self.last = started

    def lap(self, stage: str) -> None:
        if self.timings is not None:
            now = time.perf_counter()
            self.timings[stage] = self.timings.get(stage, 0.0) + now - self.last
            self.last = now
