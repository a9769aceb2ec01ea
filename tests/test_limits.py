"""The limits of a request: text length, and processing time, both ways it is
enforced (in the request's thread, and in a helper process that is killed)."""
from __future__ import annotations

import ctypes
import os
import threading
import time

import pytest

from timeline_api import pipeline
from timeline_api.config import DEFAULT_MAX_TEXT_CHARS, from_env
from timeline_api.web import create_app
from timeline_api.web.deadline import DeadlineExceeded, TimeLimit
from timeline_api.web.isolation import Helper, HelperFailed

from conftest import use_extract
from test_api_errors import assert_problem


def spin(seconds: float) -> None:
    """Busy Python code: interruptible between bytecodes."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        pass


# Text length.


def test_default_text_limit_is_100_000_characters(client, fake_extract):
    assert DEFAULT_MAX_TEXT_CHARS == 100_000
    body = assert_problem(client.post("/v1/timeline", json={"text": "x" * 100_001}), 422, "text")
    assert body["errors"]["text"] == ["Must be at most 100000 characters long (got 100001)."]
    assert client.post("/v1/timeline", json={"text": "x" * 100_000}).status_code == 200


def test_text_limit_is_configurable_and_counts_characters_not_bytes(fake_extract):
    client = create_app({"TESTING": True, "MAX_TEXT_CHARS": 5, "PRELOAD_PIPELINE": False}).test_client()
    assert client.post("/v1/temporal-expressions", data="ééééé".encode(), content_type="text/plain").status_code == 200
    assert_problem(client.post("/v1/temporal-expressions", data="éééééé".encode(), content_type="text/plain"),
                   422, "text")


@pytest.mark.parametrize(
    "name, value",
    [("TIMELINE_API_MAX_TEXT_CHARS", "0"), ("TIMELINE_API_MAX_BATCH_DOCUMENTS", "many"),
     ("TIMELINE_API_MAX_PROCESSING_SECONDS", "-1"), ("TIMELINE_API_MAX_PROCESSING_SECONDS", "inf"),
     ("TIMELINE_API_ISOLATE", "sometimes"), ("TIMELINE_API_LOG_LEVEL", "chatty"),
     ("TIMELINE_API_FAST_PATH", "maybe")],
)
def test_malformed_limits_are_reported_by_name(name, value):
    with pytest.raises(ValueError, match=name):
        from_env({name: value})


def test_limits_from_the_environment():
    settings = from_env({"TIMELINE_API_MAX_TEXT_CHARS": "500", "TIMELINE_API_MAX_BATCH_DOCUMENTS": "4",
                         "TIMELINE_API_MAX_PROCESSING_SECONDS": "2.5", "TIMELINE_API_ISOLATE": "on"})
    assert (settings["MAX_TEXT_CHARS"], settings["MAX_BATCH_DOCUMENTS"]) == (500, 4)
    assert (settings["MAX_PROCESSING_SECONDS"], settings["ISOLATE_EXTRACTION"]) == (2.5, True)


# Processing time, in the request's thread.


def test_time_limit_interrupts_python_code():
    started = time.monotonic()
    with pytest.raises(DeadlineExceeded):
        with TimeLimit(0.2):
            spin(10)
    assert time.monotonic() - started < 1


def test_time_limit_is_not_swallowed_by_except_exception():
    with pytest.raises(DeadlineExceeded):
        with TimeLimit(0.2):
            while True:
                try:
                    spin(0.01)
                except Exception:  # noqa: BLE001 - what a careless stage might do
                    pass


def test_a_block_that_ends_in_time_leaves_nothing_behind():
    with TimeLimit(0.2):
        spin(0.01)
    spin(0.4)  # no late exception lands here


def test_time_limit_works_in_any_thread():
    outcome = []

    def work():
        try:
            with TimeLimit(0.1):
                spin(10)
        except DeadlineExceeded:
            outcome.append("stopped")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(5)
    assert outcome == ["stopped"]


def test_over_long_request_is_422_and_the_app_serves_on(client, monkeypatch, sample_timeline):
    def slow_extract(text, reference_date=None, *, events=True):
        if text == "slow":
            spin(30)
        return sample_timeline

    use_extract(monkeypatch, slow_extract)
    monkeypatch.setitem(client.application.config, "MAX_PROCESSING_SECONDS", 0.3)
    started = time.monotonic()
    body = assert_problem(client.post("/v1/timeline", json={"text": "slow"}), 422, "text")

    assert time.monotonic() - started < 2
    assert "time limit of 0.3 s" in body["detail"]
    assert client.post("/v1/timeline", json={"text": "fast"}).status_code == 200


# Processing time, in a helper process.


def triple(value):
    return value * 3


def sleep_in_c(seconds):
    time.sleep(seconds)  # one call into C: no async exception can stop it
    return "woke"


def raise_error(message):
    raise ValueError(message)


def crash(_):
    os.kill(os.getpid(), 9)


def pid_of_helper(_):
    return os.getpid()


def count_slowly(seconds_per_item):
    for n in range(3):
        time.sleep(seconds_per_item)
        yield n


@pytest.fixture
def helpers():
    made = []

    def make(target):
        made.append(Helper(target))
        return made[-1]

    yield make
    for helper in made:
        helper.stop()


def test_helper_runs_the_target_in_another_process(helpers):
    helper = helpers(pid_of_helper)
    first = helper.call(5, None)
    assert first != os.getpid() and first == helper.pid
    assert helper.call(5, None) == first  # the same helper serves again
    assert helpers(triple).call(5, "ab") == "ababab"


def test_helper_is_killed_at_the_deadline_even_in_c(helpers):
    helper = helpers(sleep_in_c)
    helper.call(5, 0)
    pid = helper.pid
    started = time.monotonic()
    with pytest.raises(DeadlineExceeded):
        helper.call(0.3, 30)
    assert time.monotonic() - started < 2
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # gone, and reaped
    assert helper.call(5, 0) == "woke"  # a fresh helper
    assert helper.pid != pid


def test_helper_reports_exceptions_with_their_traceback(helpers):
    helper = helpers(raise_error)
    with pytest.raises(HelperFailed, match="ValueError: bad input"):
        helper.call(5, "bad input")
    assert helper.pid is not None  # an exception does not cost the helper


def test_helper_streams_a_generator_and_keeps_what_arrived_before_the_deadline(helpers):
    helper = helpers(count_slowly)
    assert list(helper.stream(5, 0)) == [0, 1, 2]
    received = []
    with pytest.raises(DeadlineExceeded):
        for item in helper.stream(0.5, 0.3):
            received.append(item)
    assert received == [0]
    assert list(helper.stream(5, 0)) == [0, 1, 2]  # a fresh helper serves on


def test_a_crashed_helper_costs_only_its_call(helpers):
    helper = helpers(crash)
    with pytest.raises(HelperFailed, match="died"):
        helper.call(5, None)
    helper.target = triple
    assert helper.call(5, 2) == 6


def test_isolated_batch_survives_a_document_that_kills_the_helper(monkeypatch, sample_timeline, caplog):
    """The helper dies (SIGKILL) under one document of a batch: that one fails, those after it are sent again."""
    def extract(text, reference_date=None, *, events=True):
        if text == "fatal":
            os.kill(os.getpid(), 9)
        return sample_timeline

    use_extract(monkeypatch, extract)
    app = create_app({"TESTING": True, "ISOLATE_EXTRACTION": True, "PRELOAD_PIPELINE": False})
    from timeline_api.web import extraction

    extraction._helper.stop()
    try:
        batch = app.test_client().post("/v1/timelines", json={"documents": [
            {"id": "a", "text": "fine"}, {"id": "b", "text": "fatal"}, {"id": "c", "text": "fine"},
            {"id": "d", "text": "fine"}]}).get_json()
    finally:
        extraction._helper.stop()
    assert [r["id"] for r in batch["results"]] == ["a", "c", "d"]
    assert [(e["id"], e["status"]) for e in batch["errors"]] == [("b", 500)]


def test_isolated_app_answers_the_limit_in_time_and_serves_on(monkeypatch, sample_timeline):
    """The app in isolated mode, with an extraction stuck in C past the limit."""
    def extract(text, reference_date=None, *, events=True):
        if text == "stuck":
            ctypes.CDLL(None).sleep(30)  # libc sleep(3): C, deaf to Python's async exceptions
        return sample_timeline

    use_extract(monkeypatch, extract)  # before the helper forks, so it has the patch
    app = create_app({"TESTING": True, "ISOLATE_EXTRACTION": True, "MAX_PROCESSING_SECONDS": 0.5,
                      "PRELOAD_PIPELINE": False})
    from timeline_api.web import extraction

    extraction._helper.stop()
    client = app.test_client()
    try:
        started = time.monotonic()
        body = assert_problem(client.post("/v1/timeline", json={"text": "stuck"}), 422, "text")
        assert time.monotonic() - started < 3
        assert "time limit" in body["detail"]
        assert client.post("/v1/timeline", json={"text": "fine"}).status_code == 200
        batch = client.post("/v1/timelines", json={"documents": [{"id": "a", "text": "fine"},
                                                                 {"id": "b", "text": "stuck"}]}).get_json()
        assert [r["id"] for r in batch["results"]] == ["a"] and batch["errors"][0]["id"] == "b"
        batch = client.post("/v1/timelines", json={"documents": [
            {"id": "a", "text": "fine"}, {"id": "b", "text": "stuck"}, {"id": "c", "text": "fine"}]}).get_json()
        assert [r["id"] for r in batch["results"]] == ["a"]
        assert [(e["id"], e["status"]) for e in batch["errors"]] == [("b", 422), ("c", 422)]
        assert "time limit" in batch["errors"][0]["detail"] and batch["errors"][1]["detail"].startswith("Not processed")
    finally:
        extraction._helper.stop()
