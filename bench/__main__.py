"""`python -m bench`: every measurement in one run, then the targets.

    python -m bench                      # everything (about 15-20 minutes on 2 cores)
    python -m bench --quick              # fewer documents and requests (a few minutes)
    python -m bench --only throughput,scaling
    python -m bench --json results.json  # the raw figures as well
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time

from . import ablation, accuracy, batch, corpus, machine, scaling, service, throughput

SECTIONS = ("throughput", "ablation", "scaling", "batch", "http", "accuracy")

# The targets of issue 6, as ratios or limits measured in the same run.
THROUGHPUT_VS_SPACY = 1.5
P99_AT_4_OVER_P50_AT_1 = 2.0
WORKER_PEAK_MB = 400
READY_S = 5.0
PER_WORD_GROWTH = 1.25  # "flat": the cost per word at 100k words within 25% of that at 1k


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer documents, repetitions and requests")
    parser.add_argument("--only", default=",".join(SECTIONS), help=f"comma-separated sections of {SECTIONS}")
    parser.add_argument("--repeat", type=int, default=None, help="repetitions of each throughput run (median)")
    parser.add_argument("--json", metavar="FILE", help="also write the raw figures to FILE")
    args = parser.parse_args(argv)
    sections = [s.strip() for s in args.only.split(",") if s.strip()]
    unknown = set(sections) - set(SECTIONS)
    if unknown:
        parser.error(f"unknown section(s): {', '.join(sorted(unknown))}")
    repeat = args.repeat or (1 if args.quick else 3)

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    started = time.perf_counter()
    import spacy

    from timeline_api.nlp import get_nlp, model_name

    get_nlp()
    stock = spacy.load(model_name())
    sets, note = corpus.standard(limit=40 if args.quick else None)
    raw: dict = {"machine": machine.describe(), "texts": [{"name": s.name, "docs": len(s.items), "words": s.words}
                                                         for s in sets]}
    out = ["# timeline-api benchmark", "", _machine_line(raw["machine"]), ""]
    out.append("texts: " + "; ".join(f"{s.name}: {len(s.items)} doc(s), {s.words:,} words" for s in sets))
    if note:
        out.append(f"note: {note}")
    out.append(f"load average at the start: {_load()}")
    print("\n".join(out), flush=True)

    if "throughput" in sections:
        raw["throughput"] = throughput.measure(sets, stock, repeat, log)
        _section("Library throughput (single process, warm, median of %d)" % repeat, throughput.report(raw["throughput"]))
    if "ablation" in sections:
        raw["ablation"] = ablation.measure(sets[1] if len(sets) > 2 else sets[0], stock, repeat, log)
        _section("What each part of the fast path buys (parse stage only, median of %d)" % repeat,
                 ablation.report(raw["ablation"]))
    if "scaling" in sections:
        sizes = scaling.SIZES
        raw["scaling"] = scaling.measure(sets[-1].texts[0], stock, sizes, log=log)
        _section("Time against document length (fast path)", scaling.report(raw["scaling"]))
        raw["one_sentence"] = scaling.measure_one_sentence(log=log)
        _section("Time against the length of one sentence of dated clauses", scaling.report_one_sentence(raw["one_sentence"]))
    if "batch" in sections:
        docs = sets[1] if len(sets) > 2 else sets[0]
        docs = corpus.TextSet(docs.name, docs.items[:32])
        raw["batch"] = batch.measure(docs, repeat, log)
        _section(f"Batch endpoint, {len(docs.items)} documents of {docs.name}, Flask test client, median of {repeat}",
                 batch.report(raw["batch"]))
    if "http" in sections:
        text, ref = corpus.seed().items[0]
        requests = {1: 30, 4: 60, 16: 96} if args.quick else {1: 100, 4: 200, 16: 320}
        raw["http"] = [service.measure(text, ref, fast, requests, log) for fast in (True, False)]
        _section(f"HTTP, seed article, gunicorn with {service.WORKERS} workers on 127.0.0.1", service.report(raw["http"]))
    if "accuracy" in sections:
        from timeline_api.evaluation.corpora import tbaq_dir

        if note is not None:  # TBAQ is missing (corpus.standard said so)
            _section("Accuracy", f"skipped: TBAQ not found under {tbaq_dir()}")
        else:
            raw["accuracy"] = accuracy.measure(tbaq_dir(), log)
            _section("Accuracy on TBAQ, same run", accuracy.report(raw["accuracy"]))

    _section("Targets", _targets(raw))
    print(f"\n(run took {time.perf_counter() - started:.0f} s)")
    if args.json:
        for r in raw.get("accuracy", {}).values():
            r.pop("outputs", None)
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(raw, fh, indent=2, default=str)
    return 0


def _machine_line(m: dict) -> str:
    return (f"machine: {m['cpus']} CPUs ({m['cpu_model']}), {m['memory_gb']} GB RAM; Python {m['python']}, "
            f"spaCy {m['spacy']} ({m['spacy_pipeline']}), dateparser {m['dateparser']}")


def _section(title: str, body: str) -> None:
    print(f"\n## {title}\n\n{body}", flush=True)
    print(f"\n(load average at the end of this section: {_load()}; the machine has {os.cpu_count()} CPUs)",
          flush=True)


def _load() -> str:
    """The 1, 5 and 15-minute load averages: other work on a shared machine shows here."""
    return ", ".join(f"{x:.2f}" for x in os.getloadavg())


def _targets(raw: dict) -> str:
    rows = []

    def row(name, measured, target, ok):
        rows.append([name, measured, target, "yes" if ok else "NO"])

    for r in raw.get("throughput", []):
        if r["engine"] == throughput.OURS:
            spacy_r = next(x for x in raw["throughput"] if x["texts"] == r["texts"] and x["engine"] == throughput.SPACY)
            ratio = r["words_per_s"] / spacy_r["words_per_s"]
            row(f"throughput vs spaCy, {r['texts']}", f"{ratio:.2f}x", f">= {THROUGHPUT_VS_SPACY}x",
                ratio >= THROUGHPUT_VS_SPACY)
    for r in raw.get("http", []):
        if not r["fast_path"]:
            continue
        runs = {run["concurrency"]: run for run in r["runs"]}
        ratio = runs[4]["p99"] / runs[1]["p50"]
        row("p99 at 4 clients / p50 at 1 client", f"{ratio:.2f}x", f"<= {P99_AT_4_OVER_P50_AT_1}x",
            ratio <= P99_AT_4_OVER_P50_AT_1)
        peak = service.worker_peak(r)
        row("peak RSS per worker (or its helper)", f"{peak:.0f} MB", f"<= {WORKER_PEAK_MB} MB",
            0 < peak <= WORKER_PEAK_MB)
        row("start to ready", f"{r['ready_s']:.2f} s", f"<= {READY_S} s", r["ready_s"] <= READY_S)
    if raw.get("scaling"):
        g = scaling.growth(raw["scaling"])
        flagged = scaling.superlinear(raw["scaling"])
        row("cost per word, 100k / 1k words", f"{g:.2f}x" + (f" (superlinear: {', '.join(flagged)})" if flagged else ""),
            f"<= {PER_WORD_GROWTH}x", g <= PER_WORD_GROWTH and not flagged)
    if raw.get("accuracy"):
        full, fast = raw["accuracy"][accuracy.FULL]["metrics"], raw["accuracy"][accuracy.FAST]["metrics"]
        keys = ("strict_f1", "relaxed_f1", "type_f1", "value_f1")
        worst = min(fast[k] - full[k] for k in keys)
        row("accuracy, fast path - whole text (F1, worst of strict/relaxed/type/value)",
            f"{100 * worst:+.1f} points", ">= 0", worst >= 0)
    from .timing import table

    return table(["target", "measured", "goal", "met"], rows, "lrrl")


if __name__ == "__main__":
    sys.exit(main())
