"""Accuracy with and without the fast path, in one run on the TBAQ corpus.

The temporal rules change between runs, so the only comparison that means
anything is one made on the same code: here the evaluation of
`timeline-api evaluate` (its scorer, its table) is run three times in one
process:

    spaCy's own sentences   the whole text parsed by the stock pipeline, which
                            places sentence boundaries itself (how the service
                            parsed before `timeline_api.sentences`)
    whole text parsed       the whole text parsed by our pipeline (punctuation
                            sentence starts marked before the parser)
    fast path               only the sentences holding a candidate parsed

Besides the scores, it counts the documents whose output is not identical to
the whole-text parse: temporal expressions (all fields) and events (summary,
trigger, sentence, participants, date).
"""
from __future__ import annotations

import dataclasses
from contextlib import nullcontext
from pathlib import Path

from .timing import table

STOCK = "spaCy's own sentences"
FULL = "whole text parsed"
FAST = "fast path"


def _variants():
    from timeline_api.nlp import get_nlp
    from timeline_api.sentences import COMPONENT

    nlp = get_nlp()
    return {
        STOCK: (False, lambda: nlp.select_pipes(disable=[COMPONENT])),
        FULL: (False, nullcontext),
        FAST: (True, nullcontext),
    }


def _key_timexes(timeline) -> list:
    return [dataclasses.astuple(t) for t in timeline.temporal_expressions]


def _key_events(timeline) -> list:
    return [(e.summary, e.trigger, e.sentence, tuple(e.participants), e.date.value, e.date.start_char)
            for e in timeline.events]


def measure(gold_dir: Path, log=print) -> dict:
    from timeline_api import pipeline
    from timeline_api.evaluation.command import evaluate, format_table
    from timeline_api.evaluation.scoring import mentions_from_expressions

    results = {}
    for name, (fast_path, context) in _variants().items():
        log(f"  accuracy: {name}")
        outputs = []

        def engine(text, dct):
            timeline = pipeline.extract(text, dct, events=True, fast_path=fast_path)
            outputs.append((_key_timexes(timeline), _key_events(timeline)))
            return mentions_from_expressions(timeline.temporal_expressions, text)

        with context():
            evaluation, failures = evaluate(gold_dir, engine)
        results[name] = {"table": format_table(evaluation), "failures": failures, "outputs": outputs,
                         "metrics": evaluation.counts().metrics()}
    return results


def report(results: dict) -> str:
    parts = []
    for name, r in results.items():
        parts.append(f"{name}:\n\n```\n{r['table']}\n```")
        if r["failures"]:
            parts.append(f"{len(r['failures'])} document(s) failed: " + "; ".join(r["failures"][:3]))
    full = results[FULL]["outputs"]
    rows = []
    for name, r in results.items():
        if name == FULL:
            continue
        timex_diff = sum(a[0] != b[0] for a, b in zip(full, r["outputs"]))
        event_diff = sum(a[1] != b[1] for a, b in zip(full, r["outputs"]))
        events = sum(len(b[1]) for b in r["outputs"])
        differing_events = sum(len(set(a[1]) ^ set(b[1])) for a, b in zip(full, r["outputs"]))
        rows.append([name, len(full), timex_diff, event_diff, events, differing_events])
    parts.append(table(["compared with the whole-text parse", "docs", "docs with other timexes",
                        "docs with other events", "events", "events not in both"], rows))
    return "\n\n".join(parts)
