"""`timeline-api extract` on files, folders and stdin; `timeline-api batch` on JSON Lines;
the Markdown timeline.

The batch is run in-process on a stand-in pipeline for its bookkeeping, and as
a real command with worker processes for its progress bar, its kills and its
resumption.
"""
from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from timeline_api import cli, markdown
from timeline_api.batch import OUTPUT_FORMATS, SUFFIXES, run_batch
from timeline_api.model import TemporalExpression

from conftest import SEED_ARTICLE, SEED_REFERENCE_DATE

SCRIPT = Path(sys.executable).with_name("timeline-api")


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


# extract


def test_extract_a_folder_as_json_lines(tmp_path, capsys, fake_extract):
    _write(tmp_path / "in" / "a.txt", "First.")
    _write(tmp_path / "in" / "sub" / "b.txt", "Second.")
    _write(tmp_path / "in" / "notes.md", "Not an article.")

    assert cli.main(["extract", str(tmp_path / "in"), "--reference-date", "2021-12-16"]) == 0

    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["id"] for r in records] == [str(tmp_path / "in" / "a.txt"), str(tmp_path / "in" / "sub" / "b.txt")]
    assert all(r["timeline"]["events"][0]["date"]["value"] == "2021-11-23" for r in records)
    assert fake_extract == [("First.", date(2021, 12, 16)), ("Second.", date(2021, 12, 16))]


def test_extract_files_and_stdin_as_markdown(tmp_path, capsys, monkeypatch, fake_extract):
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"From stdin.")))
    article = _write(tmp_path / "a.txt", "From a file.")

    assert cli.main(["extract", str(article), "-", "--format", "markdown"]) == 0

    out = capsys.readouterr().out
    assert f"# {article}\n" in out and "# standard input\n" in out
    assert out.count("- **Nov 23, 2021** The two countries signed a plan · “November 23”") == 2
    assert [text for text, _ in fake_extract] == ["From a file.", "From stdin."]


@pytest.mark.parametrize("fmt", OUTPUT_FORMATS)
def test_extract_to_an_output_folder(tmp_path, fake_extract, fmt):
    _write(tmp_path / "in" / "a.txt", "First.")
    _write(tmp_path / "in" / "sub" / "b.txt", "Second.")
    out = tmp_path / "out"

    assert cli.main(["extract", str(tmp_path / "in"), "--format", fmt, "-o", str(out)]) == 0

    written = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert written == sorted([f"a{SUFFIXES[fmt]}", f"sub/b{SUFFIXES[fmt]}"])
    first = (out / f"a{SUFFIXES[fmt]}").read_text(encoding="utf-8")
    starts = {"json": "{", "csv": "event_id,", "ics": "BEGIN:VCALENDAR", "timeml": "<?xml", "markdown": "# "}
    assert first.startswith(starts[fmt])


def test_several_inputs_in_a_single_file_format_need_an_output_folder(tmp_path, capsys, fake_extract):
    a, b = _write(tmp_path / "a.txt", "A."), _write(tmp_path / "b.txt", "B.")
    assert cli.main(["extract", str(a), str(b), "--format", "timeml"]) == 2
    assert "need --output-dir" in capsys.readouterr().err
    assert fake_extract == []


def test_a_bad_file_is_reported_and_the_others_done(tmp_path, capsys, fake_extract):
    _write(tmp_path / "in" / "a.txt", "Good.")
    _write(tmp_path / "in" / "b.txt", "   ")
    (tmp_path / "in" / "c.txt").write_bytes(b"Bad \xff byte.")
    _write(tmp_path / "in" / "d.txt", "Also good.")

    assert cli.main(["extract", str(tmp_path / "in")]) == 2

    captured = capsys.readouterr()
    assert [json.loads(line)["id"].rsplit("/", 1)[1] for line in captured.out.splitlines()] == ["a.txt", "d.txt"]
    assert f"{tmp_path / 'in' / 'b.txt'}: text: Must not be blank." in captured.err
    assert "c.txt is not UTF-8: byte 4 cannot be decoded" in captured.err


def test_an_empty_folder_is_an_error(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    assert cli.main(["extract", str(tmp_path / "empty")]) == 2
    assert "no .txt files" in capsys.readouterr().err


def test_two_inputs_may_not_write_the_same_file(tmp_path, capsys, fake_extract):
    a1, a2 = _write(tmp_path / "x" / "a.txt", "1."), _write(tmp_path / "y" / "a.txt", "2.")
    assert cli.main(["extract", str(a1), str(a2), "-o", str(tmp_path / "out")]) == 2
    assert "would both be written to" in capsys.readouterr().err


# markdown


def test_markdown_timeline(sample_timeline):
    assert markdown.render(sample_timeline) == (
        "# Timeline\n"
        "\n"
        "Publication date 2021-12-16 (as given); 1 dated event.\n"
        "\n"
        "## 2021\n"
        "\n"
        "- **Nov 23, 2021** The two countries signed a plan · “November 23”\n"
    )


def _timex(value, granularity, start, end, mod=None, text="it"):
    return TemporalExpression("t1", text, 0, 2, "DATE", value, mod=mod, granularity=granularity,
                              start=start and date.fromisoformat(start), end=end and date.fromisoformat(end))


@pytest.mark.parametrize(
    "timex, written",
    [
        (_timex("2021-11-23", "day", "2021-11-23", "2021-11-23"), "Nov 23, 2021"),
        (_timex("2022-02-04/2022-02-20", "day", "2022-02-04", "2022-02-20"), "Feb 4–20, 2022"),
        (_timex("2022-02-25/2022-03-02", "day", "2022-02-25", "2022-03-02"), "Feb 25 – Mar 2, 2022"),
        (_timex("2021-12-30/2022-01-02", "day", "2021-12-30", "2022-01-02"), "Dec 30, 2021 – Jan 2, 2022"),
        (_timex("2021/2025", "year", "2021-01-01", "2025-12-31"), "2021–2025"),
        (_timex("2022-02", "month", "2022-02-01", "2022-02-09", mod="START"), "early Feb 2022"),
        (_timex("2001", "year", "2001-01-01", "2001-12-31"), "2001"),
        (_timex("2021-Q3", "quarter", "2021-07-01", "2021-09-30"), "Q3 2021"),
        (_timex("2021-H2", "half", "2021-07-01", "2021-12-31"), "H2 2021"),
        (_timex("2021-SU", "season", "2021-06-01", "2021-08-31"), "summer 2021"),
        (_timex("2021-W50", "week", "2021-12-13", "2021-12-19"), "week of Dec 13, 2021"),
        (_timex("199", "decade", "1990-01-01", "1999-12-31"), "1990–1999"),
        (_timex("2021-12-15T10:00", "time", "2021-12-15", "2021-12-15"), "Dec 15, 2021 10:00"),
        (_timex("PRESENT_REF", None, None, None, text="now"), "“now”"),
    ],
)
def test_markdown_writes_dates_as_a_person_would(timex, written):
    assert markdown.when(timex) == written


# batch, in-process on the stand-in pipeline


def _collection(path: Path, lines: list) -> Path:
    path.write_text("".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines),
                    encoding="utf-8")
    return path


def test_batch_writes_a_record_per_document_and_errors_without_stopping(tmp_path, fake_extract):
    source = _collection(tmp_path / "in.jsonl", [
        {"id": "a", "text": "First.", "reference_date": "2021-12-16"},
        {"id": "bad-date", "text": "On Monday.", "reference_date": "16/12/2021"},
        {"id": "blank", "text": "  "},
        "not json",
        "",
        {"text": "No id."},
        {"id": "a", "text": "Same id again."},
        [1, 2],
        {"id": "b", "text": "Second.", "source": "extra fields are ignored"},
    ])
    output = tmp_path / "out.jsonl"

    summary = run_batch(str(source), str(output), progress=False)

    records = _records(output)
    assert (summary.written, summary.errors, summary.already_done, summary.remaining) == (8, 6, 0, 0)
    assert [r["id"] for r in records if "timeline" in r] == ["a", "b"]
    errors = {(r["id"], r.get("line")): r["error"] for r in records if "error" in r}
    assert errors[("bad-date", 2)]["errors"] == {"reference_date": ["Not a valid date."]}
    assert errors[("blank", 3)]["errors"] == {"text": ["Must not be blank."]}
    assert errors[(None, 4)]["detail"].startswith("The line is not valid JSON")
    assert "id" in errors[(None, 6)]["errors"]
    assert errors[(None, 7)]["errors"] == {"id": ["The id 'a' is already that of line 1."]}
    assert "JSON object" in errors[(None, 8)]["detail"]
    assert all(e["status"] == 422 and e["title"] == "Unprocessable Entity" for e in errors.values())
    assert [text for text, _ in fake_extract] == ["First.", "Second."]


def test_batch_formats_other_than_json_go_in_the_record(tmp_path, fake_extract):
    source = _collection(tmp_path / "in.jsonl", [{"id": "a", "text": "First."}])
    run_batch(str(source), str(tmp_path / "out.jsonl"), fmt="markdown", progress=False)
    (record,) = _records(tmp_path / "out.jsonl")
    assert record["format"] == "markdown"
    assert record["output"].startswith("# a\n")


def test_batch_resumes_where_a_limited_run_stopped(tmp_path, fake_extract):
    source = _collection(tmp_path / "in.jsonl", [{"id": f"d{i}", "text": f"Doc {i}."} for i in range(7)] + ["oops"])
    output = tmp_path / "out.jsonl"

    first = run_batch(str(source), str(output), limit=3, progress=False)
    assert (first.written, first.remaining) == (3, 5)
    kept = output.read_bytes()

    second = run_batch(str(source), str(output), progress=False)
    assert (second.written, second.already_done, second.remaining) == (5, 3, 0)
    assert output.read_bytes().startswith(kept)  # appended to, never rewritten

    third = run_batch(str(source), str(output), progress=False)
    assert (third.written, third.already_done) == (0, 8)
    assert [text for text, _ in fake_extract] == [f"Doc {i}." for i in range(7)]  # each once
    assert [r["id"] for r in _records(output)] == [f"d{i}" for i in range(7)] + [None]


def test_batch_redoes_a_record_cut_short(tmp_path, fake_extract):
    source = _collection(tmp_path / "in.jsonl", [{"id": "a", "text": "A."}, {"id": "b", "text": "B."}])
    output = tmp_path / "out.jsonl"
    run_batch(str(source), str(output), limit=1, progress=False)
    with output.open("a", encoding="utf-8") as out:
        out.write('{"id": "b", "timel')  # killed in the middle of a write

    summary = run_batch(str(source), str(output), progress=False)

    assert (summary.written, summary.already_done) == (1, 1)
    assert [r["id"] for r in _records(output)] == ["a", "b"]


def test_batch_will_not_append_to_a_file_of_something_else(tmp_path, capsys, fake_extract):
    source = _collection(tmp_path / "in.jsonl", [{"id": "a", "text": "A."}])
    output = _write(tmp_path / "out.jsonl", "name,age\n")
    assert cli.main(["batch", str(source), "-o", str(output), "-q"]) == 2
    assert "line 1 is not a record of timeline-api batch" in capsys.readouterr().err
    assert output.read_text() == "name,age\n"


def test_batch_missing_input(tmp_path, capsys):
    assert cli.main(["batch", str(tmp_path / "absent.jsonl"), "-o", str(tmp_path / "out.jsonl")]) == 2
    assert "No such file" in capsys.readouterr().err


# batch, for real: worker processes, a progress bar, killed and resumed


def _wait_for_lines(path: Path, count: int, process, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        if path.exists() and path.read_bytes().count(b"\n") >= count:
            return
        time.sleep(0.02)
    raise AssertionError(f"{path} did not reach {count} records (exit {process.poll()})")


def test_batch_in_worker_processes_killed_and_resumed(tmp_path):
    seed = SEED_ARTICLE.read_text(encoding="utf-8")
    total = 12
    source = _collection(tmp_path / "in.jsonl", [
        {"id": f"doc-{i:02}", "text": seed, "reference_date": SEED_REFERENCE_DATE} for i in range(total)
    ] + [{"id": "blank", "text": ""}])
    output = tmp_path / "out.jsonl"
    command = [str(SCRIPT), "batch", str(source), "-o", str(output), "--workers", "2"]

    # A polite stop (SIGTERM, as from a supervisor): the records so far are kept, exit 130.
    run = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    _wait_for_lines(output, 2, run)
    run.send_signal(signal.SIGTERM)
    _, stderr = run.communicate(timeout=60)
    assert run.returncode == 130, stderr
    assert "run again to go on" in stderr
    after_term = output.read_bytes()

    # A hard kill, maybe in the middle of a write.
    run = subprocess.Popen(command, stderr=subprocess.DEVNULL)
    _wait_for_lines(output, after_term.count(b"\n") + 2, run)
    run.kill()
    run.wait(timeout=60)
    after_kill = output.read_bytes()
    complete = after_kill[: after_kill.rfind(b"\n") + 1]
    done = complete.count(b"\n")
    assert after_kill.startswith(after_term)
    assert done < total + 1, "the runs finished before they could be interrupted"

    finish = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert finish.returncode == 0, finish.stderr
    assert f"; {done} were already done" in finish.stderr
    assert re.search(r"\d+/\d+ \[\d\d:\d\d<\d\d:\d\d, +[\d.]+(doc/s|s/doc)", finish.stderr), finish.stderr  # rate, ETA

    records = _records(output)
    assert output.read_bytes().startswith(complete)
    assert Counter(r["id"] for r in records) == Counter([f"doc-{i:02}" for i in range(total)] + ["blank"])
    first = next(r for r in records if "timeline" in r)
    olympics = [e for e in first["timeline"]["events"] if e["date"]["value"] == "2022-02-04/2022-02-20"]
    assert olympics, "each record holds the real timeline"
    assert next(r for r in records if r["id"] == "blank")["error"]["errors"] == {"text": ["Must not be blank."]}
