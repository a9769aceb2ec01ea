"""Timelines of many documents, for the command line.

`extract_paths` reads files, folders (their ``*.txt`` files) or standard input
and writes each timeline to standard output or to a folder.  `run_batch` reads
a JSON Lines collection, one document a line::

    {"id": "a1", "text": "...", "reference_date": "2021-12-16"}

and appends one record a line to its output, as worker processes finish them::

    {"id": "a1", "timeline": {...}}                         (--format json)
    {"id": "a1", "format": "markdown", "output": "..."}     (any other format)
    {"id": "a1", "line": 7, "error": {<problem document>}}  (this document failed)

A document that fails (a line that is not JSON, no id, a blank text, a bad
date, an extraction error) becomes an error record and the run goes on.  A run
that is interrupted is resumed by running it again: documents whose id is
already in the output are not done again.  A line with no usable id (or an id
already taken by an earlier line) gets a record with a null id and its line
number, which is what marks that line done.
"""
from __future__ import annotations

import json
import multiprocessing
import os
import signal
import sys
import time
from itertools import islice
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Optional

from marshmallow import ValidationError
from tqdm import tqdm
from werkzeug.http import HTTP_STATUS_CODES

from . import formats, markdown, nlp, pipeline
from .schemas import FORMATS, ProblemSchema, TimelineRequestSchema, TimelineSchema

OUTPUT_FORMATS = (*FORMATS, "markdown")
SUFFIXES = {"json": ".json", "csv": ".csv", "ics": ".ics", "timeml": ".xml", "markdown": ".md"}
MAX_ID_LENGTH = 256  # as POST /v1/timelines

_problem_schema = ProblemSchema()


def render(fmt: str, text: str, timeline, title: str = "Timeline") -> str:
    """`timeline` of `text` in one of OUTPUT_FORMATS, ending with a newline.

    JSON, CSV, iCalendar and TimeML are the API's own renderings.
    """
    if fmt == "json":
        return json.dumps(TimelineSchema().dump(timeline), ensure_ascii=False, indent=2) + "\n"
    if fmt == "markdown":
        return markdown.render(timeline, title)
    rendered = formats.render(fmt, text, timeline)
    return rendered if rendered.endswith("\n") else rendered + "\n"


class InputError(Exception):
    """A document that cannot be processed; the message says why."""


def read_request(text: str, reference_date: Optional[str]) -> dict:
    """`text` and `reference_date` loaded as the API loads them, else InputError."""
    try:
        return TimelineRequestSchema().load({"text": text, "reference_date": reference_date})
    except ValidationError as error:
        raise InputError(_describe(error.messages)) from None


def _describe(messages: dict) -> str:
    return "; ".join(f"{name}: {' '.join(map(str, problems))}" for name, problems in messages.items())


# extract: files, folders, standard input.


@dataclass
class Source:
    name: str                  # as the user will recognise it: the path given, or the path under a folder
    path: Optional[Path]       # None: standard input
    relative: Path = field(default_factory=Path)  # where its output goes under an --output-dir


def sources(paths: list[str]) -> list[Source]:
    """The documents named by `paths`: files, folders' ``*.txt`` files (recursively), ``-`` for stdin."""
    found = []
    for given in paths:
        path = Path(given)
        if given == "-":
            found.append(Source("standard input", None, Path("stdin")))
        elif path.is_dir():
            files = sorted(p for p in path.rglob("*.txt") if p.is_file())
            if not files:
                raise InputError(f"{given}: no .txt files in this folder")
            found += [Source(str(p), p, p.relative_to(path)) for p in files]
        else:
            found.append(Source(given, path, Path(path.name)))
    return found


def read_source(source: Source) -> str:
    try:
        data = sys.stdin.buffer.read() if source.path is None else source.path.read_bytes()
        return data.decode("utf-8")
    except OSError as error:
        raise InputError(f"cannot read {source.name}: {error.strerror}") from None
    except UnicodeDecodeError as error:
        raise InputError(f"{source.name} is not UTF-8: byte {error.start} cannot be decoded") from None


def extract_paths(paths: list[str], reference_date: Optional[str], fmt: str,
                  output_dir: Optional[str], fail) -> int:
    """`timeline-api extract`: one input to stdout as the API would answer; several as JSON
    Lines (json) or one after another (markdown), or each to a file under `output_dir`.

    A bad input is reported through `fail(message)` and the others are still done;
    the exit status is then 2.
    """
    try:
        found = sources(paths)
    except InputError as error:
        return fail(str(error))
    several = len(found) > 1
    if several and output_dir is None and fmt not in ("json", "markdown"):
        return fail(f"{len(found)} inputs in {fmt} need --output-dir (one file each)")
    targets: list[Optional[Path]] = [None] * len(found)
    if output_dir is not None:
        taken: dict[Path, str] = {}
        for index, source in enumerate(found):
            target = Path(output_dir) / source.relative.with_suffix(SUFFIXES[fmt])
            if target in taken:
                return fail(f"{taken[target]} and {source.name} would both be written to {target}")
            taken[target] = source.name
            targets[index] = target
    status = 0
    for index, (source, target) in enumerate(zip(found, targets)):
        try:
            text = read_source(source)
            request = read_request(text, reference_date)
        except InputError as error:
            status = fail(f"{source.name}: {error}" if several and str(error).startswith("text") else str(error))
            continue
        timeline = pipeline.extract(request["text"], request["reference_date"])
        if target is not None:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(render(fmt, text, timeline, source.name), encoding="utf-8")
        elif several and fmt == "json":
            record = {"id": source.name, "timeline": TimelineSchema().dump(timeline)}
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            separator = "\n" if several and index else ""
            sys.stdout.write(separator + render(fmt, text, timeline, source.name if several else "Timeline"))
        sys.stdout.flush()
    return status


# batch: a JSON Lines collection, resumable, in worker processes.


@dataclass
class Summary:
    written: int = 0
    errors: int = 0
    already_done: int = 0
    remaining: int = 0     # left undone by --limit or an interruption
    seconds: float = 0.0
    interrupted: bool = False


@dataclass(frozen=True)
class _Task:
    line: int
    id: Optional[str]
    document: Optional[dict]   # None: `problem` says what is wrong with the line
    problem: Optional[tuple[str, dict]] = None  # (detail, errors)


def run_batch(input_path: str, output_path: str, fmt: str = "json", workers: int = 1,
              limit: Optional[int] = None, progress: bool = True) -> Summary:
    """Process the documents of `input_path` not yet in `output_path`, appending their records."""
    started = time.perf_counter()
    source = Path(input_path)
    output = Path(output_path)
    done_ids, done_lines = _finished(output)
    todo = sum(1 for _ in _tasks(source, done_ids, done_lines))  # counted first: documents are not kept
    chosen = todo if limit is None else min(limit, todo)
    summary = Summary(already_done=_count_lines(source) - todo, remaining=todo - chosen)
    tasks = islice(_tasks(source, done_ids, done_lines), chosen)

    pool = None
    if workers > 1 and chosen > 1:
        nlp.get_nlp()  # loaded once, before the fork: the workers share it
        pool = multiprocessing.get_context("fork").Pool(min(workers, chosen), _init_worker, (fmt,))
        records = pool.imap_unordered(_process, tasks)
    else:
        _init_worker(fmt, in_worker=False)
        records = map(_process, tasks)
    bar = tqdm(total=chosen, unit="doc", desc="batch", file=sys.stderr, disable=not progress,
               dynamic_ncols=True, smoothing=0.1)
    previous_term = signal.signal(signal.SIGTERM, _interrupt)
    try:
        with output.open("a", encoding="utf-8") as out:
            for record, failed in records:
                out.write(record + "\n")
                out.flush()
                summary.written += 1
                summary.errors += failed
                bar.update()
                if failed:
                    bar.set_postfix(errors=summary.errors, refresh=False)
    except KeyboardInterrupt:
        summary.interrupted = True
    finally:
        signal.signal(signal.SIGTERM, previous_term)
        bar.close()
        if pool is not None:
            pool.terminate()
            pool.join()
    summary.remaining += chosen - summary.written
    summary.seconds = time.perf_counter() - started
    return summary


def _interrupt(signum, frame):
    raise KeyboardInterrupt


def _finished(output: Path) -> tuple[set[str], set[int]]:
    """The ids (and id-less line numbers) that already have a record in `output`.

    A last line cut short (the run was killed while writing it) is removed, so
    that its document is done again and the file stays JSON Lines.
    """
    if not output.exists():
        return set(), set()
    data = output.read_bytes()
    if data and not data.endswith(b"\n"):
        data = data[: data.rfind(b"\n") + 1]
        with output.open("r+b") as handle:
            handle.truncate(len(data))
    ids, lines = set(), set()
    for number, raw in enumerate(data.splitlines(), 1):
        try:
            record = json.loads(raw)
            key = record["id"]
            if key is None:
                lines.add(int(record["line"]))
            else:
                ids.add(key)
        except (ValueError, KeyError, TypeError):
            raise InputError(f"{output}: line {number} is not a record of timeline-api batch; "
                             "write to a new file or repair this one") from None
    return ids, lines


def _count_lines(source: Path) -> int:
    with source.open("rb") as handle:
        return sum(1 for raw in handle if raw.strip())


def _tasks(source: Path, done_ids: set[str], done_lines: set[int]) -> Iterator[_Task]:
    """The documents of `source` still to do, in order (blank lines are skipped)."""
    seen: dict[str, int] = {}
    with source.open("rb") as handle:
        for number, raw in enumerate(handle, 1):
            if not raw.strip():
                continue
            task = _parse_line(number, raw, seen)
            if task.id is not None:
                seen.setdefault(task.id, number)
                if task.id in done_ids:
                    continue
            elif number in done_lines:
                continue
            yield task


def _parse_line(number: int, raw: bytes, seen: dict[str, int]) -> _Task:
    def bad(detail: str, part: str) -> _Task:
        return _Task(number, None, None, (detail, {part: [detail]}))

    try:
        document = json.loads(raw)
    except UnicodeDecodeError as error:
        return bad(f"The line is not UTF-8: byte {error.start} cannot be decoded.", "line")
    except ValueError as error:
        return bad(f"The line is not valid JSON: {error}", "line")
    if not isinstance(document, dict):
        return bad("The line must be a JSON object with id, text and reference_date.", "line")
    ident = document.get("id")
    if not isinstance(ident, str) or not 0 < len(ident) <= MAX_ID_LENGTH:
        return bad(f"Give each document an id: a string of 1 to {MAX_ID_LENGTH} characters.", "id")
    if ident in seen:
        return bad(f"The id {ident!r} is already that of line {seen[ident]}.", "id")
    return _Task(number, ident, document)


_format = "json"


def _init_worker(fmt: str, in_worker: bool = True) -> None:
    global _format
    _format = fmt
    if in_worker:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops the pool
        signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _process(task: _Task) -> tuple[str, bool]:
    """One document -> (its record as a JSON line, whether it is an error)."""
    if task.problem is not None:
        return _error_record(task, 422, *task.problem), True
    document = task.document
    try:
        text = document.get("text")
        request = TimelineRequestSchema().load({"text": text, "reference_date": document.get("reference_date")})
    except ValidationError as error:
        return _error_record(task, 422, "The document is not valid; see `errors`.", error.messages), True
    try:
        timeline = pipeline.extract(request["text"], request["reference_date"])
        if _format == "json":
            record = {"id": task.id, "timeline": TimelineSchema().dump(timeline)}
        else:
            record = {"id": task.id, "format": _format, "output": render(_format, text, timeline, task.id)}
    except Exception as error:  # noqa: BLE001 - one document's failure must not stop the batch
        detail = f"Extraction failed: {type(error).__name__}: {error}"
        return _error_record(task, 500, detail, None), True
    return json.dumps(record, ensure_ascii=False), False


def _error_record(task: _Task, status: int, detail: str, errors: Optional[dict]) -> str:
    problem = {"type": "about:blank", "title": HTTP_STATUS_CODES[status], "status": status, "detail": detail}
    if errors:
        problem["errors"] = errors
    record = {"id": task.id, "line": task.line, "error": _problem_schema.dump(problem)}
    return json.dumps(record, ensure_ascii=False)


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
