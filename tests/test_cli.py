"""The `timeline-api` command: extract, the delegated evaluate, and serve."""
from __future__ import annotations

import io
import json
import socket
import subprocess
import sys
import time
import types
import urllib.request
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest

import timeline_api.evaluation
from timeline_api import cli
from timeline_api.web import server

from conftest import SEED_ARTICLE, SEED_REFERENCE_DATE

SCRIPT = Path(sys.executable).with_name("timeline-api")


def test_extract_from_file(tmp_path, capsys, fake_extract, sample_text, sample_json):
    article = tmp_path / "article.txt"
    article.write_text(sample_text, encoding="utf-8")

    assert cli.main(["extract", str(article), "--reference-date", "2021-12-16"]) == 0

    assert json.loads(capsys.readouterr().out) == sample_json
    assert fake_extract == [(sample_text, date(2021, 12, 16))]


def test_extract_from_stdin(monkeypatch, capsys, fake_extract, sample_text, sample_json):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(sample_text.encode())))

    assert cli.main(["extract", "-"]) == 0

    assert json.loads(capsys.readouterr().out) == sample_json
    assert fake_extract == [(sample_text, None)]


def test_extract_as_timeml(tmp_path, capsys, fake_extract, sample_text):
    article = tmp_path / "article.txt"
    article.write_text(sample_text, encoding="utf-8")

    assert cli.main(["extract", str(article), "--format", "timeml"]) == 0

    root = ET.fromstring(capsys.readouterr().out)
    assert "2021-11-23" in {timex.get("value") for timex in root.iter("TIMEX3")}


@pytest.mark.parametrize(
    "content, options, message",
    [
        (b"On Monday.", ["--reference-date", "16/12/2021"], "reference_date: Not a valid date."),
        (b"On Monday.", ["--reference-date", "2021-02-29"], "reference_date: Not a valid date."),
        (b"  \n", [], "text: Must not be blank."),
        (b"On Monday \xff.", [], "is not UTF-8"),
    ],
)
def test_bad_input_exits_2_with_a_message(tmp_path, capsys, fake_extract, content, options, message):
    article = tmp_path / "article.txt"
    article.write_bytes(content)

    assert cli.main(["extract", str(article), *options]) == 2

    captured = capsys.readouterr()
    assert message in captured.err
    assert captured.err.startswith("timeline-api: error: ")
    assert captured.out == ""
    assert fake_extract == []


def test_missing_file_exits_2(tmp_path, capsys, fake_extract):
    assert cli.main(["extract", str(tmp_path / "absent.txt")]) == 2
    assert "cannot read" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [[], ["extract"], ["extract", "-", "--format", "xml"], ["serve", "--workers", "0"], ["serve", "--port", "http"],
     ["extract", "-", "--unknown"]],
)
def test_usage_errors_exit_2(argv, capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(argv)
    assert exit_info.value.code == 2
    assert "usage: timeline-api" in capsys.readouterr().err


# evaluate is delegated to timeline_api.evaluation.command.


def _install_command(monkeypatch, module) -> None:
    monkeypatch.delattr(timeline_api.evaluation, "command", raising=False)
    monkeypatch.setitem(sys.modules, "timeline_api.evaluation.command", module)


def test_evaluate_is_delegated(monkeypatch):
    seen = []
    command = types.SimpleNamespace(
        add_arguments=lambda parser: parser.add_argument("--limit", type=int),
        run=lambda args: seen.append(args.limit) or 7,
    )
    _install_command(monkeypatch, command)

    assert cli.main(["evaluate", "--limit", "3"]) == 7
    assert seen == [3]


def test_broken_evaluation_module_fails_only_evaluate(monkeypatch, capsys, fake_extract, tmp_path):
    _install_command(monkeypatch, None)  # None in sys.modules makes the import fail

    assert cli.main(["evaluate", "--limit", "3"]) == 2
    assert "evaluate is unavailable: ModuleNotFoundError" in capsys.readouterr().err

    article = tmp_path / "article.txt"
    article.write_text("On Monday.", encoding="utf-8")
    assert cli.main(["extract", str(article)]) == 0


def test_real_evaluate_subcommand_is_registered(capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["evaluate", "--help"])
    assert exit_info.value.code == 0
    assert "usage: timeline-api evaluate" in capsys.readouterr().out


# serve.


def test_serve_passes_options_to_gunicorn(monkeypatch):
    calls = []
    monkeypatch.setattr(server, "serve", lambda *args: calls.append(args))

    assert cli.main(["serve", "--host", "0.0.0.0", "--port", "9000", "--workers", "3"]) == 0
    assert cli.main(["serve"]) == 0
    assert calls == [("0.0.0.0", 9000, 3, None), ("127.0.0.1", 8000, None, None)]  # None: gunicorn_conf decides


def test_serve_reports_a_bad_setting(monkeypatch, capsys):
    calls = []
    monkeypatch.setattr(server, "serve", lambda *args: calls.append(args))
    monkeypatch.setenv("TIMELINE_API_MAX_BODY_BYTES", "lots")

    assert cli.main(["serve"]) == 2
    assert "TIMELINE_API_MAX_BODY_BYTES" in capsys.readouterr().err
    assert calls == []


def test_gunicorn_application_preloads_the_app():
    application = server._Gunicorn({"bind": "[::1]:9000", "workers": 3, "preload_app": True, "timeout": 120})

    assert application.cfg.bind == ["[::1]:9000"]
    assert application.cfg.workers == 3
    assert application.cfg.preload_app is True
    assert application.load().name == "timeline_api.web.app"


# The installed command, in a process of its own.


def run_script(*args, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    assert SCRIPT.exists(), "install the project (make test does) to get the console script"
    return subprocess.run([str(SCRIPT), *args], input=stdin, capture_output=True, timeout=300)


def test_console_script_extracts_the_seed_article():
    result = run_script("extract", str(SEED_ARTICLE), "--reference-date", SEED_REFERENCE_DATE)

    assert result.returncode == 0, result.stderr.decode()
    body = json.loads(result.stdout)
    assert body["reference_date"] == SEED_REFERENCE_DATE
    assert body["reference_date_source"] == "request"
    assert body["temporal_expressions"] and body["events"]


def test_console_script_bad_date_has_no_traceback():
    result = run_script("extract", "-", "--reference-date", "tomorrow", stdin=b"On Monday.")

    assert result.returncode == 2
    assert result.stdout == b""
    assert b"reference_date: Not a valid date." in result.stderr
    assert b"Traceback" not in result.stderr


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """`timeline-api serve` on a free loopback port, stopped after the module."""
    port = _free_port()
    log = tmp_path_factory.mktemp("serve") / "gunicorn.log"
    with log.open("wb") as stderr:
        process = subprocess.Popen(
            [str(SCRIPT), "serve", "--port", str(port), "--workers", "1"], stdout=subprocess.DEVNULL, stderr=stderr
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(f"{base}/health", timeout=5) as response:
                    health = json.load(response)
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"server did not start: {log.read_text(errors='replace')}")
                time.sleep(0.25)
        yield base, port, health
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_server_is_healthy_with_the_pipeline_preloaded(served):
    _, _, health = served
    assert health["status"] == "ok"
    assert health["pipeline_loaded"] is True


def test_server_extracts_a_text_plain_article(served):
    base, _, _ = served
    request = urllib.request.Request(
        f"{base}/v1/timeline?reference_date={SEED_REFERENCE_DATE}",
        data=SEED_ARTICLE.read_bytes(),
        headers={"Content-Type": "text/plain"},
    )
    with urllib.request.urlopen(request, timeout=120) as response:
        assert response.headers.get_content_type() == "application/json"
        body = json.load(response)
    assert body["reference_date"] == SEED_REFERENCE_DATE
    assert body["temporal_expressions"]


def test_server_refuses_a_huge_content_length_without_waiting_for_the_body(served):
    _, port, _ = served
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(
            b"POST /v1/timeline HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
            b"Content-Length: 1000000000000\r\n\r\n{"
        )
        reply = sock.recv(65536)
    assert reply.startswith(b"HTTP/1.1 413 ")
    assert b"application/problem+json" in reply
