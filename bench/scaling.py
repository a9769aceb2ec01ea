"""How time grows with document length: per-word cost of each stage at 1k, 10k and 100k words.

Documents of each size are cut from the long document (repeated as needed), so
every size reads the same kind of prose.  Several documents are timed at the
small sizes, so that every size covers at least `MIN_WORDS` words.  A stage is
flagged superlinear when its cost per word at the largest size is more than
`SUPERLINEAR` times its cost at the smallest, and it takes at least 1% of the
time there (below that, timer noise dominates).
"""
from __future__ import annotations

import re

from .corpus import of_length
from .timing import fmt, table, timed

SIZES = (1_000, 10_000, 100_000)
MIN_WORDS = 20_000
SUPERLINEAR = 1.5
BUDGET_S = 300.0


def documents(source: str, size: int) -> list[str]:
    """Consecutive `size`-word windows of `source` (repeated as needed), enough to cover MIN_WORDS."""
    count = max(1, MIN_WORDS // size)
    text = of_length(source, size * count)
    bounds = [m.start() for m in re.finditer(r"\S+", text)][::size] + [len(text)]
    return [text[bounds[k]:bounds[k + 1]].rstrip() for k in range(count)]


def measure(source: str, stock_nlp, sizes=SIZES, budget: float = BUDGET_S, log=print) -> list[dict]:
    """Per-stage timings at each size; a size is skipped (and recorded as such) when,
    should time grow with the square of the length, it would take over `budget` seconds."""
    from timeline_api import pipeline

    pipeline.extract(source[:5000], None)  # warm
    results = []
    for size in sizes:
        docs = documents(source, size)
        words = sum(len(d.split()) for d in docs)
        if results:
            last = measured(results)[-1]
            projected = last["seconds"] * (words / last["words"]) * (size / last["size"])
            if projected > budget:
                log(f"  scaling: {size:,} words skipped, projected {projected:.0f} s")
                results.append({"size": size, "docs": len(docs), "words": words, "skipped": projected})
                continue
        log(f"  scaling: {len(docs)} x {size:,} words")
        stages: dict[str, float] = {}
        total = timed(lambda: [pipeline.extract(d, None, fast_path=True, timings=stages) for d in docs])
        spacy_seconds = timed(lambda: [stock_nlp(d) for d in docs])
        results.append({"size": size, "docs": len(docs), "words": words, "seconds": total,
                        "stages": stages, "spacy_seconds": spacy_seconds})
    return results


def measured(results: list[dict]) -> list[dict]:
    return [r for r in results if "skipped" not in r]


def superlinear(results: list[dict]) -> list[str]:
    """Stages (and 'total') whose per-word cost grows by more than SUPERLINEAR."""
    first, last = measured(results)[0], measured(results)[-1]
    flagged = []
    for stage, seconds in last["stages"].items():
        small = first["stages"].get(stage, 0.0) / first["words"]
        large = seconds / last["words"]
        if small > 0 and large / small > SUPERLINEAR and seconds >= 0.01 * last["seconds"]:
            flagged.append(stage)
    if last["seconds"] / last["words"] > SUPERLINEAR * first["seconds"] / first["words"]:
        flagged.append("total")
    return flagged


def growth(results: list[dict]) -> float:
    """Cost per word at the largest size measured over the cost per word at the smallest."""
    first, last = measured(results)[0], measured(results)[-1]
    return (last["seconds"] / last["words"]) / (first["seconds"] / first["words"])


def report(results: list[dict]) -> str:
    from timeline_api.pipeline import STAGES

    headers = ["words per doc", "docs", "total µs/word"] + [f"{s} µs/word" for s in STAGES] + ["spaCy µs/word"]
    rows = []
    for r in results:
        if "skipped" in r:
            rows.append([f"{r['size']:,}", r["docs"], f"skipped: would take ~{r['skipped']:.0f} s"]
                        + [""] * (len(STAGES) + 1))
            continue
        per_word = 1e6 / r["words"]
        rows.append([f"{r['size']:,}", r["docs"], fmt(r["seconds"] * per_word, 1)]
                    + [fmt(r["stages"].get(s, 0.0) * per_word, 1) for s in STAGES]
                    + [fmt(r["spacy_seconds"] * per_word, 1)])
    first, last = measured(results)[0], measured(results)[-1]
    ratio = [f"growth ({last['size']:,} / {first['size']:,})", "", f"{growth(results):.2f}x"]
    for s in STAGES:
        small = first["stages"].get(s, 0.0) / first["words"]
        large = last["stages"].get(s, 0.0) / last["words"]
        ratio.append(f"{large / small:.2f}x" if small else "-")
    ratio.append(f"{(last['spacy_seconds'] / last['words']) / (first['spacy_seconds'] / first['words']):.2f}x")
    rows.append(ratio)
    flagged = superlinear(results)
    note = ("superlinear: " + ", ".join(flagged)) if flagged else "no superlinear stage"
    return table(headers, rows) + "\n\n" + note


# One sentence of many dated clauses: the parse hangs every clause on one root, so a stage
# that walks a clause's subtree for each record is quadratic here while ordinary prose hides it
# (describe.py built the main verb's subtree set for every record: 20,000 words took 165 s).
CLAUSE = "the company said on Monday that sales rose in March"
ONE_SENTENCE_SIZES = (1_000, 10_000)


def one_sentence(words: int) -> str:
    clause_words = len(CLAUSE.split())
    return ", ".join([CLAUSE] * max(1, words // clause_words)) + "."


def measure_one_sentence(sizes=ONE_SENTENCE_SIZES, log=print) -> list[dict]:
    """Per-stage timings of one sentence of `size` words, with and without undated events."""
    from timeline_api import pipeline
    from timeline_api.events import EventOptions, event_options

    pipeline.extract(one_sentence(200), None)  # warm
    results = []
    for size in sizes:
        text = one_sentence(size)
        for undated in (False, True):
            log(f"  scaling: one sentence of {size:,} words, include_undated={undated}")
            stages: dict[str, float] = {}
            with event_options(EventOptions(include_undated=undated)):
                seconds = timed(lambda: pipeline.extract(text, None, timings=stages))
            results.append({"size": size, "undated": undated, "words": len(text.split()), "seconds": seconds,
                            "stages": stages})
    return results


def report_one_sentence(results: list[dict]) -> str:
    from timeline_api.pipeline import STAGES

    headers = ["words, one sentence", "include_undated", "total µs/word"] + [f"{s} µs/word" for s in STAGES]
    rows = []
    for r in results:
        per_word = 1e6 / r["words"]
        rows.append([f"{r['size']:,}", str(r["undated"]).lower(), fmt(r["seconds"] * per_word, 1)]
                    + [fmt(r["stages"].get(s, 0.0) * per_word, 1) for s in STAGES])
    notes = []
    for undated in (False, True):
        runs = [r for r in results if r["undated"] == undated]
        if len(runs) >= 2:
            first, last = runs[0], runs[-1]
            g = (last["seconds"] / last["words"]) / (first["seconds"] / first["words"])
            notes.append(f"growth {last['size']:,} / {first['size']:,} words (include_undated={str(undated).lower()}): {g:.2f}x")
    return table(headers, rows) + "\n\n" + "\n".join(notes)
