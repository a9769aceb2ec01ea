"""The extraction pipeline, callable without Flask.

    text ──recognize──▶ candidate expressions (underspecified values)
         ──resolve────▶ calendar values against the reference date
         ──events─────▶ the event each date anchors
         ──order──────▶ the timeline

Each arrow is a module of its own; this one only wires them together.
"""
from __future__ import annotations

import time
from datetime import date
from typing import Optional

from . import __version__
from .model import Timeline
from .nlp import describe, get_nlp


def extract(text: str, reference_date: Optional[date] = None, *, events: bool = True) -> Timeline:
    """Build the timeline of `text`.

    `reference_date` is the publication date relative expressions resolve
    against; when None it is inferred from the text (or today's date is used,
    and `reference_date_source` says so).  With `events=False` only the
    temporal expressions are produced (cheaper: no event stage).
    """
    from . import events as event_stage
    from . import order, recognize, refdate, resolve

    started = time.perf_counter()
    nlp = get_nlp()
    doc = nlp(text)
    mentions = recognize.find(doc)
    ref, source = refdate.choose(text, mentions, reference_date)
    timexes = resolve.resolve(doc, mentions, ref)
    found = event_stage.attach(doc, timexes) if events else []
    return Timeline(
        reference_date=ref,
        reference_date_source=source,
        temporal_expressions=timexes,
        events=order.order(found),
        meta={
            "pipeline": describe(),
            "engine_version": __version__,
            "processing_ms": round((time.perf_counter() - started) * 1000, 1),
        },
    )
