"""`timeline-api evaluate GOLD_DIR`: score the TIMEX output against TimeML gold.

Every folder under GOLD_DIR that holds ``.tml`` files is one corpus (for
TBAQ: TimeBank and AQUAINT).  Each document's ``<TEXT>`` is run through the
engine with the document's creation time as the reference date, the output
is scored against the gold TIMEX3s (see `scoring` for the metrics), and a
table per corpus and overall is printed.

Event anchoring (see `anchoring`) is scored too wherever the gold has EVENTs
and the engine dates events (the pipeline): each such document is then run
with the event stage, mentions unmerged and undated events included, and the
records are scored twice: those dated by their own clause (what a default
request returns) and those plus the ones dated by the narrative.

Engines:
    pipeline    `timeline_api.pipeline.extract(text, reference_date=dct, events=False)`, or with
                `events=True` under `anchoring.OPTIONS` where anchoring is scored
    dateparser  a baseline: `dateparser.search.search_dates` over the text; every
                match is a DATE at the granularity dateparser reports for it.

The CLI registers this as a subcommand by calling `add_arguments(parser)` and
`run(args)`; ``python -m timeline_api.evaluation`` does the same on its own.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
import traceback
from datetime import date, datetime, time as dtime
from pathlib import Path
from typing import Callable, Optional

from . import anchoring as anchoring_scorer
from .corpora import default_corpus_dir, list_corpora
from .scoring import (
    ERROR_KINDS, Counts, ErrorRecord, Evaluation, Mention, error_patterns,
    mentions_from_expressions, mentions_from_gold, score_document,
)
from .timeml_reader import TimeMLError, read_file

ENGINES = ("pipeline", "dateparser")
TOP_PATTERNS = 15

Engine = Callable[[str, Optional[date]], list[Mention]]


class EngineUnavailable(RuntimeError):
    """The engine cannot run at all (not a per-document failure)."""


# --------------------------------------------------------------------------
# Engines


def pipeline_engine(split_ranges: bool = True) -> Engine:
    """The real engine.  Loads the spaCy pipeline once, up front."""
    from .. import pipeline
    from ..events import event_options
    from ..nlp import get_nlp

    try:
        get_nlp()
    except (ImportError, OSError) as exc:
        raise EngineUnavailable(f"cannot load the spaCy pipeline: {exc}") from exc

    def run_pipeline(text: str, dct: Optional[date], *, events: bool = False):
        try:
            with event_options(anchoring_scorer.OPTIONS):
                timeline = pipeline.extract(text, reference_date=dct, events=events)
        except ImportError as exc:
            raise EngineUnavailable(f"the pipeline cannot run: {exc}") from exc
        found = mentions_from_expressions(timeline.temporal_expressions, text, split_ranges=split_ranges)
        return (found, timeline.events) if events else found

    run_pipeline.dates_events = True
    return run_pipeline


_CLOCK = re.compile(r"\d:\d|\b\d+\s*[ap]\.?m\b", re.IGNORECASE)


def _dateparser_value(matched: str, when: datetime, period: Optional[str]) -> str:
    if period == "year":
        return f"{when.year:04d}"
    if period == "month":
        return f"{when.year:04d}-{when.month:02d}"
    if period == "week":
        iso = when.isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}"
    if period == "time" or (when.time() != dtime(0, 0) and _CLOCK.search(matched)):
        return when.strftime("%Y-%m-%dT%H:%M")
    return when.strftime("%Y-%m-%d")


def _locate(text: str, needle: str, cursor: int) -> Optional[tuple[int, int]]:
    """Where dateparser's match `needle` sits in `text`: the first occurrence at
    or after `cursor` that does not start or end inside a word, else any
    occurrence at or after `cursor`, else the same from the start of the text.
    White space inside the match may differ from the text's."""
    body = r"\s+".join(re.escape(w) for w in needle.split())
    if not body:
        return None
    bounded = re.compile(r"(?<!\w)" + body + r"(?!\w)")
    loose = re.compile(body)
    for pattern in (bounded, loose):
        for start in (cursor, 0):
            m = pattern.search(text, start)
            if m:
                return m.start(), m.end()
    return None


def dateparser_engine() -> Engine:
    """Baseline: dateparser's `search_dates`, every hit typed DATE."""
    try:
        from dateparser.date import DateDataParser
        from dateparser.search import search_dates
    except ImportError as exc:  # pragma: no cover - dateparser is a dependency
        raise EngineUnavailable(f"dateparser is not installed: {exc}") from exc

    def run_dateparser(text: str, dct: Optional[date]) -> list[Mention]:
        base = datetime.combine(dct or date.today(), dtime(0, 0))
        settings = {"RELATIVE_BASE": base}
        found = search_dates(text, languages=["en"], settings=settings) or []
        granularity = DateDataParser(languages=["en"], settings=settings)
        out: list[Mention] = []
        cursor = 0
        for n, (matched, when) in enumerate(found):
            where = _locate(text, matched, cursor)
            if where is None:
                continue
            at, end = where
            cursor = end
            period = granularity.get_date_data(matched).period
            out.append(Mention(at, end, text[at:end], "DATE", _dateparser_value(matched, when, period), f"dp{n}"))
        return out

    return run_dateparser


def make_engine(name: str, *, split_ranges: bool = True) -> Engine:
    if name == "pipeline":
        return pipeline_engine(split_ranges=split_ranges)
    if name == "dateparser":
        return dateparser_engine()
    raise EngineUnavailable(f"unknown engine {name!r} (choose from {', '.join(ENGINES)})")


# --------------------------------------------------------------------------
# Arguments


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "gold_dir", metavar="GOLD_DIR", nargs="?", default=None,
        help="folder of TimeML (.tml) files; each sub-folder holding .tml files is scored as one "
             "corpus (default: the tbaq folder under $TIMELINE_API_CORPORA or ../shared/corpora)",
    )
    parser.add_argument("--errors", metavar="FILE", default=None,
                        help="write every error (missed, spurious, span, wrong_type, wrong_value) with "
                             "its sentence to FILE: JSON Lines if FILE ends in .json/.jsonl, else TSV")
    parser.add_argument("--limit", metavar="N", type=int, default=None,
                        help="score only the first N documents (by file name) of each corpus")
    parser.add_argument("--format", choices=("table", "json"), default="table",
                        help="output format on stdout (default: table)")
    parser.add_argument("--engine", choices=ENGINES, default="pipeline",
                        help="pipeline (default) or the dateparser baseline")
    parser.add_argument("--no-split-ranges", dest="split_ranges", action="store_false",
                        help="score an interval value as one expression instead of splitting it into "
                             "its two end points the way TimeML annotates them")
    parser.add_argument("--top", metavar="N", type=int, default=TOP_PATTERNS,
                        help=f"how many frequent error patterns to list (default {TOP_PATTERNS})")
    parser.add_argument("--no-anchoring", action="store_true",
                        help="score temporal expressions only, not event anchoring (faster: no event stage)")
    parser.add_argument("--anchoring-errors", metavar="FILE", default=None,
                        help="write every anchoring error (missed gold link, record off every gold event) "
                             "with its sentence to FILE as JSON Lines")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress on stderr")


def build_parser(prog: str = "timeline-api evaluate") -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=prog, description="Score temporal expression recognition and normalisation against TimeML gold.",
    )
    add_arguments(parser)
    return parser


# --------------------------------------------------------------------------
# Progress


class _Progress:
    def __init__(self, enabled: bool, stream=None):
        self.stream = stream or sys.stderr
        self.enabled = enabled
        self.tty = enabled and hasattr(self.stream, "isatty") and self.stream.isatty()

    def say(self, message: str) -> None:
        if self.enabled:
            self._clear()
            print(message, file=self.stream, flush=True)

    def step(self, corpus: str, n: int, total: int, doc_id: str) -> None:
        if not self.enabled:
            return
        if self.tty:
            line = f"[{corpus}] {n}/{total} {doc_id}"[:100]
            self.stream.write("\r" + line.ljust(100))
            self.stream.flush()
        elif n == total or n % 25 == 0:
            print(f"[{corpus}] {n}/{total}", file=self.stream, flush=True)

    def _clear(self) -> None:
        if self.tty:
            self.stream.write("\r" + " " * 100 + "\r")

    def done(self) -> None:
        if self.enabled:
            self._clear()


# --------------------------------------------------------------------------
# Output


def _pct(x: float) -> str:
    return f"{100 * x:5.1f}"


def format_table(evaluation: Evaluation) -> str:
    head = (f"{'corpus':<12} {'docs':>4} {'gold':>5} {'sys':>5} | {'strict P':>8} {'R':>5} {'F1':>5} | "
            f"{'relaxed P':>9} {'R':>5} {'F1':>5} | {'type F1':>7} {'value F1':>8}")
    lines = [head, "-" * len(head)]

    def row(name: str, docs: int, c: Counts) -> str:
        m = c.metrics()
        return (f"{name:<12} {docs:>4} {c.gold:>5} {c.system:>5} | {_pct(m['strict_precision']):>8} "
                f"{_pct(m['strict_recall']):>5} {_pct(m['strict_f1']):>5} | {_pct(m['relaxed_precision']):>9} "
                f"{_pct(m['relaxed_recall']):>5} {_pct(m['relaxed_f1']):>5} | {_pct(m['type_f1']):>7} "
                f"{_pct(m['value_f1']):>8}")

    for name in evaluation.corpora():
        lines.append(row(name, len(evaluation.documents_in(name)), evaluation.counts(name)))
    lines.append("-" * len(head))
    lines.append(row("overall", len(evaluation.documents), evaluation.counts()))
    return "\n".join(lines)


def clip_context(context: str, width: int = 110) -> str:
    """`context` cut to about `width` characters around its ``[[...]]`` mark."""
    if len(context) <= width:
        return context
    mark = max(context.find("[["), 0)
    lo = max(0, mark - width // 2)
    hi = min(len(context), lo + width)
    lo = max(0, hi - width)
    return ("..." if lo else "") + context[lo:hi] + ("..." if hi < len(context) else "")


def format_error_summary(evaluation: Evaluation, top: int) -> str:
    counts = evaluation.error_counts()
    lines = ["errors: " + ", ".join(f"{k} {counts[k]}" for k in ERROR_KINDS)]
    patterns = error_patterns(evaluation.errors, top=top)
    if patterns:
        lines.append(f"most frequent error patterns (top {len(patterns)}):")
        for kind, pattern, n, example in patterns:
            lines.append(f"  {kind:<11} {pattern} (n={n})  e.g. {example.doc_id}: {clip_context(example.context)}")
    return "\n".join(lines)


_ERROR_FIELDS = ["kind", "corpus", "doc_id", "gold_start", "gold_end", "gold_text", "gold_type", "gold_value",
                 "system_start", "system_end", "system_text", "system_type", "system_value", "context"]


def write_errors(path: Path, errors: list[ErrorRecord]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix.lower() in (".json", ".jsonl"):
        with path.open("w", encoding="utf-8") as fh:
            for e in errors:
                fh.write(json.dumps(e.to_dict(), ensure_ascii=False) + "\n")
        return
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=_ERROR_FIELDS, delimiter="\t", lineterminator="\n",
                                quoting=csv.QUOTE_MINIMAL)
        writer.writeheader()
        for e in errors:
            row = e.to_dict()
            writer.writerow({k: "" if row[k] is None else str(row[k]).replace("\n", " ").replace("\t", " ")
                             for k in _ERROR_FIELDS})


# --------------------------------------------------------------------------
# Running


def evaluate(gold_dir: Path, engine: Engine, *, limit: Optional[int] = None,
             progress: Optional[_Progress] = None,
             anchoring: Optional[dict[str, anchoring_scorer.AnchoringEvaluation]] = None,
             ) -> tuple[Evaluation, list[str]]:
    """Score `engine` on every corpus under `gold_dir`: (evaluation, failure messages).

    With `anchoring` (one evaluation per name of `anchoring_scorer.VIEWS`), the
    event anchoring of an engine that dates events is scored into it as well.
    A document the engine fails on is scored as if nothing had been found in
    it (so the failure shows up as misses) and reported in the failures."""
    progress = progress or _Progress(False)
    dates_events = anchoring is not None and getattr(engine, "dates_events", False)
    evaluation = Evaluation()
    failures: list[str] = []
    for corpus in list_corpora(gold_dir):
        files = corpus.files[:limit] if limit is not None else corpus.files
        for n, path in enumerate(files, start=1):
            try:
                doc = read_file(path)
            except (TimeMLError, OSError) as exc:
                failures.append(f"{path}: unreadable: {exc}")
                continue
            progress.step(corpus.name, n, len(files), doc.doc_id)
            with_events = dates_events and bool(doc.events)
            events: list = []
            try:
                if with_events:
                    system, events = engine(doc.text, doc.dct, events=True)
                else:
                    system = engine(doc.text, doc.dct)
            except EngineUnavailable:
                raise
            except Exception as exc:  # one bad document must not end the run
                where = traceback.extract_tb(exc.__traceback__)[-1]
                failures.append(f"{corpus.name}/{doc.doc_id}: engine failed: {type(exc).__name__}: {exc} "
                                f"(at {Path(where.filename).name}:{where.lineno} in {where.name})")
                system = []
            evaluation.add(score_document(doc.doc_id, doc.text, mentions_from_gold(doc.timexes), system,
                                          corpus=corpus.name))
            if with_events:
                for name, sources in anchoring_scorer.VIEWS.items():
                    records = anchoring_scorer.records_from_events(e for e in events if e.date_source in sources)
                    anchoring[name].add(anchoring_scorer.score_document(doc, records, corpus.name))
    progress.done()
    return evaluation, failures


def _resolve_gold_dir(arg: Optional[str]) -> Path:
    if arg:
        return Path(arg)
    root = default_corpus_dir()
    return root / "tbaq" if (root / "tbaq").is_dir() else root


def run(args: argparse.Namespace) -> int:
    """Run the evaluation described by `args`; returns the exit status
    (0 ok, 1 some documents failed, 2 nothing could be evaluated)."""
    gold_dir = _resolve_gold_dir(getattr(args, "gold_dir", None))
    limit = getattr(args, "limit", None)
    fmt = getattr(args, "format", "table")
    top = getattr(args, "top", TOP_PATTERNS)
    errors_path = getattr(args, "errors", None)
    anchoring_errors_path = getattr(args, "anchoring_errors", None)
    progress = _Progress(not getattr(args, "quiet", False))
    anchoring = None if getattr(args, "no_anchoring", False) else {
        name: anchoring_scorer.AnchoringEvaluation() for name in anchoring_scorer.VIEWS}

    if limit is not None and limit < 1:
        print("error: --limit must be at least 1", file=sys.stderr)
        return 2
    if not gold_dir.is_dir():
        print(f"error: {gold_dir} is not a folder (set TIMELINE_API_CORPORA or pass GOLD_DIR)",
              file=sys.stderr)
        return 2
    if not list_corpora(gold_dir):
        print(f"error: no .tml files under {gold_dir}", file=sys.stderr)
        return 2

    engine_name = getattr(args, "engine", "pipeline")
    started = time.perf_counter()
    try:
        progress.say(f"loading engine: {engine_name}")
        engine = make_engine(engine_name, split_ranges=getattr(args, "split_ranges", True))
        evaluation, failures = evaluate(gold_dir, engine, limit=limit, progress=progress, anchoring=anchoring)
    except EngineUnavailable as exc:
        progress.done()
        print(f"error: {exc}", file=sys.stderr)
        return 2
    elapsed = time.perf_counter() - started
    progress.say(f"scored {len(evaluation.documents)} documents in {elapsed:.1f}s")

    for message in failures:
        print(f"warning: {message}", file=sys.stderr)
    if errors_path:
        write_errors(Path(errors_path), evaluation.errors)
        progress.say(f"wrote {len(evaluation.errors)} error records to {errors_path}")
    anchored = {name: e for name, e in (anchoring or {}).items() if e.documents}
    if anchoring_errors_path and anchored:
        anchoring_scorer.write_errors(Path(anchoring_errors_path), anchored)
        progress.say(f"wrote anchoring error records to {anchoring_errors_path}")

    if fmt == "json":
        out = evaluation.to_dict()
        out["engine"] = engine_name
        out["gold_dir"] = str(gold_dir)
        out["failures"] = failures
        out["top_errors"] = [
            {"kind": k, "pattern": p, "count": n, "example": {"doc_id": e.doc_id, "context": e.context}}
            for k, p, n, e in error_patterns(evaluation.errors, top=top)
        ]
        if anchored:
            out["anchoring"] = {name: e.to_dict() for name, e in anchored.items()}
        print(json.dumps(out, indent=2, ensure_ascii=False))
    else:
        print(f"engine: {engine_name}    gold: {gold_dir}")
        print(format_table(evaluation))
        print()
        print(format_error_summary(evaluation, top))
        for name, e in anchored.items():
            print(f"\nevent anchoring, {name} (overlap TLINKs event-DATE/TIME; merging off)")
            print(anchoring_scorer.format_table(e))
        if failures:
            print(f"\n{len(failures)} document(s) failed; see the warnings on stderr")
    return 1 if failures else 0


def main(argv: Optional[list[str]] = None, prog: str = "timeline-api evaluate") -> int:
    args = build_parser(prog).parse_args(argv)
    try:
        return run(args)
    except BrokenPipeError:  # output piped into `head` and the like
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
