"""Pathological inputs through a real gunicorn worker.

Each input must get a 200 or a clear 4xx problem within a bounded time, and
the one worker must go on serving: after every input a normal request
succeeds, and at the end gunicorn has booted no second worker (a worker
killed by the timeout or a crash would be replaced by one).

The server runs with a processing limit of 5 s, so that an input the
extraction stages are slow on ends in the limit's 422 rather than in a long
wait.  `pytest -s` prints the table of timings.
"""
from __future__ import annotations

import http.client
import json
import os
import socket
import subprocess
import time
from pathlib import Path

import pytest

from test_cli import _free_port
from test_observability import SCRIPT, _get

PROCESSING_LIMIT = 5
TIMINGS: dict[str, tuple[int, float]] = {}
# Inputs on which the extraction stages take longer than PROCESSING_LIMIT (see
# docs/operations.md): a 200 if they finish in time, else the limit's 422.
SLOW = {200, 422}
BOUND = PROCESSING_LIMIT + 10  # seconds any input may take, answer included

ONE_LINE = ("The talks resumed on Monday, three days after the ceasefire of March 3, 2021. " * 13_000)[:1_000_000]
RTL_AND_COMBINING = (
    "\u202eנחתם ב-23 בנובמבר 2021\u202c وقع الاتفاق في 23 نوفمبر 2021 "
    "Z\u0351\u0360a\u0336\u0301l\u0337\u0302g\u0338\u0303o signed on May 5, 2021 \u200f\u200e" * 500
)


def text_plain(body: bytes) -> dict:
    return {"body": body, "headers": {"Content-Type": "text/plain"}}


def as_json(raw: str | bytes) -> dict:
    return {"body": raw if isinstance(raw, bytes) else raw.encode(), "headers": {"Content-Type": "application/json"}}


CASES = {
    "1 MB on one line (text/plain)": (text_plain(ONE_LINE.encode()), {422}),
    "1 MB on one line (JSON)": (as_json(json.dumps({"text": ONE_LINE})), {422}),
    "100,000 digits": (text_plain(b"7" * 100_000), {200}),
    '"May " x 50,000': (text_plain(b"May " * 50_000), {422}),
    '"May " x 25,000 (100,000 chars, within the length limit)': (text_plain(b"May " * 24_999 + b"May"), SLOW),
    "only punctuation": (text_plain(b"!?.,;:-()[]{}'\"" * 6_000), SLOW),
    "only punctuation, no space: '!?.' x 30,000": (text_plain(b"!?." * 30_000), SLOW),
    "RTL and combining characters": (text_plain(RTL_AND_COMBINING.encode()), SLOW),
    "NUL bytes (text/plain)": (text_plain(b"Signed on\x00 Monday\x00.\x00" * 1000), SLOW),
    "NUL bytes (JSON escapes)": (as_json(json.dumps({"text": "Signed on\u0000 Monday.\u0000" * 1000})), SLOW),
    "invalid UTF-8 in text/plain": (text_plain(b"Signed on Monday \xc3\x28 \xff\xfe."), {400}),
    "JSON body that is a list": (as_json('[{"text": "Signed on Monday."}]'), {422}),
    "JSON body that is a number": (as_json("42"), {422}),
    "nested JSON 10,000 deep (arrays)": (as_json('{"text": ' + "[" * 10_000 + "]" * 10_000 + "}"), {400}),
    "nested JSON 10,000 deep (objects)": (as_json('{"a": ' * 10_000 + "1" + "}" * 10_000), {400}),
    "batch of the big ones": (as_json(json.dumps({"documents": [
        {"id": "digits", "text": "7" * 100_000}, {"id": "punct", "text": "!?." * 30_000},
        {"id": "normal", "text": "Signed on Monday."}]})), {200}),
}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    port = _free_port()
    log = tmp_path_factory.mktemp("pathological") / "stderr.log"
    env = {**os.environ, "TIMELINE_API_MAX_PROCESSING_SECONDS": str(PROCESSING_LIMIT)}
    with log.open("wb") as stderr:
        process = subprocess.Popen([str(SCRIPT), "serve", "--port", str(port), "--workers", "1"],
                                   stdout=subprocess.DEVNULL, stderr=stderr, env=env)
    try:
        deadline = time.monotonic() + 120
        while _ready(port) != 200:
            assert process.poll() is None, log.read_text()
            assert time.monotonic() < deadline, "gunicorn did not become ready"
            time.sleep(0.2)
        yield port, log
    finally:
        process.terminate()
        process.wait(timeout=30)
    if TIMINGS:
        print("\n" + "pathological input".ljust(62), "status  seconds")
        for name, (status, seconds) in TIMINGS.items():
            print(f"{name:<62} {status:>6}  {seconds:7.2f}")


def _ready(port: int):
    try:
        return _get(f"http://127.0.0.1:{port}/ready")[0]
    except OSError:
        return None


def _post(port: int, path: str, body: bytes, headers: dict) -> tuple[int, str, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=BOUND + 30)
    try:
        connection.request("POST", path, body=body, headers=headers)
        response = connection.getresponse()
        return response.status, response.getheader("Content-Type", ""), response.read()
    finally:
        connection.close()


def assert_still_serving(port: int) -> None:
    assert _get(f"http://127.0.0.1:{port}/health")[0] == 200
    status, _, body = _post(port, "/v1/timeline?reference_date=2021-12-16", b"Signed on November 23.",
                            {"Content-Type": "text/plain"})
    assert status == 200, body
    assert json.loads(body)["temporal_expressions"][0]["value"] == "2021-11-23"


@pytest.mark.parametrize("name", list(CASES))
def test_pathological_input(server, name):
    port, _ = server
    request, expected = CASES[name]
    path = "/v1/timelines" if name.startswith("batch") else "/v1/timeline"

    started = time.monotonic()
    status, content_type, body = _post(port, path, request["body"], request["headers"])
    elapsed = time.monotonic() - started
    TIMINGS[name] = (status, elapsed)

    assert status in expected, body[:500]
    assert elapsed < BOUND
    if status >= 400:
        assert content_type == "application/problem+json"
        problem = json.loads(body)
        assert problem["status"] == status and problem["detail"]
        if expected is SLOW:
            assert "time limit" in problem["detail"]
    assert_still_serving(port)


def test_two_gigabyte_content_length_is_refused_without_waiting_for_the_body(server):
    port, _ = server
    started = time.monotonic()
    with socket.create_connection(("127.0.0.1", port), timeout=BOUND) as sock:
        sock.sendall(b"POST /v1/timeline HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
                     b"Content-Length: 2147483648\r\n\r\nSigned on Monday.")
        response = b""
        while b"\r\n\r\n" not in response or not response.rstrip().endswith(b"}"):
            chunk = sock.recv(65536)
            if not chunk:
                break
            response += chunk
    elapsed = time.monotonic() - started
    TIMINGS["2 GB Content-Length header"] = (int(response.split()[1]), elapsed)

    assert response.startswith(b"HTTP/1.1 413"), response[:300]
    assert b"application/problem+json" in response
    assert elapsed < BOUND
    assert_still_serving(port)


def test_the_worker_was_never_replaced(server):
    _, log = server
    time.sleep(0.5)
    text = log.read_text()
    assert text.count("Booting worker") == 1, text[-3000:]
    assert "WORKER TIMEOUT" not in text
