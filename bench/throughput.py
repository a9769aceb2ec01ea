"""Library throughput, single process, warm, against spaCy and dateparser on the same texts.

    timeline-api          `pipeline.extract(text, date)` per document (events on), fast path
    whole text parsed     the same with the fast path off
    extract_many          `pipeline.extract_many(items)`: every document in one `nlp.pipe` stream
    spaCy                 the stock pipeline (`spacy.load`, every component) over the texts with
                          `nlp.pipe`: the reference, as it parses everything
    dateparser            `dateparser.search.search_dates(text, languages=['en'])` per document:
                          the naive baseline
"""
from __future__ import annotations

from .corpus import TextSet
from .timing import fmt, interleaved, table

OURS = "timeline-api (fast path)"
FULL = "timeline-api (whole text parsed)"
MANY = "timeline-api extract_many (fast path)"
SPACY = "spaCy full pipeline, nlp.pipe"
DATEPARSER = "dateparser search_dates"


def engines(stock_nlp) -> dict:
    from dateparser.search import search_dates

    from timeline_api import pipeline

    return {
        OURS: lambda s: [pipeline.extract(t, d, fast_path=True) for t, d in s.items],
        FULL: lambda s: [pipeline.extract(t, d, fast_path=False) for t, d in s.items],
        MANY: lambda s: pipeline.extract_many(s.items, fast_path=True),
        SPACY: lambda s: list(stock_nlp.pipe(s.texts)),
        DATEPARSER: lambda s: [search_dates(t, languages=["en"]) for t in s.texts],
    }


def measure(sets: list[TextSet], stock_nlp, repeat: int, log=print) -> list[dict]:
    runs = engines(stock_nlp)
    warm = sets[0]
    for fn in runs.values():
        fn(warm)
    results = []
    for s in sets:
        log(f"  throughput: {s.name} ({len(s.items)} docs, {s.words:,} words) x{repeat}")
        seconds = interleaved({name: (lambda fn=fn, s=s: fn(s)) for name, fn in runs.items()}, repeat)
        for name, sec in seconds.items():
            results.append({"texts": s.name, "docs": len(s.items), "words": s.words, "engine": name,
                            "seconds": sec, "words_per_s": s.words / sec})
    return results


def report(results: list[dict]) -> str:
    rows = []
    by_set: dict[str, dict[str, dict]] = {}
    for r in results:
        by_set.setdefault(r["texts"], {})[r["engine"]] = r
    for name, engines_ in by_set.items():
        spacy_wps = engines_[SPACY]["words_per_s"]
        dp_wps = engines_[DATEPARSER]["words_per_s"]
        for engine, r in engines_.items():
            rows.append([name, f"{r['words']:,}", engine, fmt(r["seconds"], 2), fmt(r["words_per_s"]),
                         f"{r['words_per_s'] / spacy_wps:.2f}x", f"{r['words_per_s'] / dp_wps:.2f}x"])
    return table(["texts", "words", "engine", "s (median)", "words/s", "vs spaCy", "vs dateparser"], rows,
                 "lrlrrrr")
