"""Request ids, JSON access logs, Prometheus metrics, readiness and the docs
page; then a real gunicorn with two workers: metrics added up over both,
JSON logs, readiness."""
from __future__ import annotations

import json
import logging
import os
import re
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from timeline_api import nlp, pipeline
from timeline_api.web import create_app
from timeline_api.web.observability import JsonFormatter

from conftest import SEED_ARTICLE, use_extract
from test_cli import _free_port

SCRIPT = Path(sys.executable).with_name("timeline-api")


def log_lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.startswith("{")]


def access_entries(capsys) -> list[dict]:
    return [e for e in log_lines(capsys.readouterr().err) if e["logger"] == "timeline_api.access"]


# Request ids.


def test_a_fresh_request_id_on_every_response(client):
    ids = {client.get("/health").headers["X-Request-ID"] for _ in range(3)}
    assert len(ids) == 3
    assert all(re.fullmatch(r"[0-9a-f]{32}", i) for i in ids)


@pytest.mark.parametrize("sent", ["abc-123", "0f8fad5b-d9cb-469f-a165-70867728950e", "trace:42/span=7@svc", "x" * 128])
def test_the_callers_request_id_is_kept(client, sent):
    assert client.get("/health", headers={"X-Request-ID": sent}).headers["X-Request-ID"] == sent


@pytest.mark.parametrize("sent", ["", "x" * 129, "has space", "new\\nline", "é", '"quoted"', "<script>"])
def test_an_unusable_request_id_is_replaced(client, sent):
    returned = client.get("/health", headers={"X-Request-ID": sent}).headers["X-Request-ID"]
    assert returned != sent and re.fullmatch(r"[0-9a-f]{32}", returned)


@pytest.mark.parametrize(
    "method, path, kwargs, status",
    [
        ("get", "/nowhere", {}, 404),
        ("get", "/v1/timeline", {}, 405),
        ("post", "/v1/timeline", dict(data=b"{", content_type="application/json"), 400),
        ("post", "/v1/timeline", dict(content_type="text/plain", environ_overrides={"CONTENT_LENGTH": str(10**12)}), 413),
        ("post", "/v1/timeline", dict(json={"text": " "}), 422),
    ],
)
def test_error_responses_carry_the_request_id_too(client, method, path, kwargs, status):
    response = getattr(client, method)(path, headers={"X-Request-ID": "req-7"}, **kwargs)
    assert response.status_code == status
    assert response.headers["X-Request-ID"] == "req-7"


def test_a_500_carries_the_request_id_and_logs_it(client, monkeypatch, capsys):
    def broken(text, reference_date=None, *, events=True):
        raise RuntimeError("boom")

    use_extract(monkeypatch, broken)
    response = client.post("/v1/timeline", json={"text": "On Monday."}, headers={"X-Request-ID": "req-500"})

    assert response.status_code == 500 and response.headers["X-Request-ID"] == "req-500"
    entries = log_lines(capsys.readouterr().err)
    error = next(e for e in entries if e["level"] == "ERROR")
    assert error["request_id"] == "req-500" and "RuntimeError: boom" in error["exception"]


# Access logs.


def test_one_json_line_per_request_without_the_text(client, fake_extract, capsys):
    secret = "The minister resigned on Tuesday, said the confidential source."
    client.post("/v1/timeline?reference_date=2021-12-16", data=secret.encode(), content_type="text/plain",
                headers={"X-Request-ID": "log-1"})

    (entry,) = access_entries(capsys)
    assert entry["request_id"] == "log-1"
    assert (entry["method"], entry["path"], entry["status"]) == ("POST", "/v1/timeline", 200)
    assert entry["text_chars"] == len(secret) and entry["documents"] == 1
    assert entry["duration_ms"] >= 0 and entry["level"] == "INFO"
    assert "T" in entry["ts"]
    assert "minister" not in json.dumps(entry) and "2021-12-16" not in json.dumps(entry)  # no text, no query


def test_a_batch_logs_its_documents_and_total_text_length(client, fake_extract, capsys):
    client.post("/v1/timelines", json={"documents": [{"id": "a", "text": "abc"}, {"id": "b", "text": "de"}]})
    (entry,) = access_entries(capsys)
    assert (entry["documents"], entry["text_chars"]) == (2, 5)


def test_requests_without_text_log_no_text_length(client, capsys):
    client.get("/health")
    (entry,) = access_entries(capsys)
    assert "text_chars" not in entry and entry["path"] == "/health"


def test_formatter_keeps_only_listed_fields():
    record = logging.LogRecord("timeline_api.x", logging.WARNING, __file__, 1, "hello %s", ("you",), None)
    record.text = "never logged"
    record.status = 201
    entry = json.loads(JsonFormatter().format(record))
    assert entry["message"] == "hello you" and entry["status"] == 201 and "text" not in entry


# Metrics.


def metric(body: str, name: str, **labels) -> float:
    wanted = ",".join(f'{k}="{v}"' for k, v in sorted(labels.items()))
    for line in body.splitlines():
        if line.startswith("#"):
            continue
        key, _, value = line.rpartition(" ")
        metric_name, _, label_text = key.partition("{")
        found = ",".join(sorted(label_text.rstrip("}").split(","))) if label_text else ""
        if metric_name == name and found == wanted:
            return float(value)
    return 0.0


def test_metrics_count_requests_and_time_them_by_endpoint_and_status(client, fake_extract):
    labels = dict(endpoint="/v1/timeline", method="POST", status="422")
    before = client.get("/metrics").get_data(as_text=True)
    for _ in range(3):
        client.post("/v1/timeline", json={"text": " "})
    client.post("/v1/timeline", json={"text": "On Monday."})
    response = client.get("/metrics")

    assert response.status_code == 200 and response.mimetype == "text/plain"
    after = response.get_data(as_text=True)
    assert metric(after, "timeline_api_requests_total", **labels) - metric(before, "timeline_api_requests_total", **labels) == 3
    assert metric(after, "timeline_api_request_duration_seconds_count", **labels) - metric(
        before, "timeline_api_request_duration_seconds_count", **labels) == 3
    assert metric(after, "timeline_api_request_duration_seconds_bucket", le="+Inf", **labels) >= 3
    ok = dict(endpoint="/v1/timeline", method="POST", status="200")
    assert metric(after, "timeline_api_requests_total", **ok) > metric(before, "timeline_api_requests_total", **ok)


def test_unmatched_paths_share_one_label(client):
    client.get("/no/such/path/12345")
    body = client.get("/metrics").get_data(as_text=True)
    assert "12345" not in body
    assert metric(body, "timeline_api_requests_total", endpoint="unmatched", method="GET", status="404") >= 1


# Readiness.


def test_ready_once_the_pipeline_is_loaded(client):
    response = client.get("/ready")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ready", "pipeline": nlp.model_name()}


def test_not_ready_until_loaded_and_the_probe_starts_loading(monkeypatch):
    app = create_app({"TESTING": True, "PRELOAD_PIPELINE": False})
    release = threading.Event()
    loaded = {}
    monkeypatch.setattr(nlp, "is_loaded", lambda name=None: "it" in loaded)
    monkeypatch.setattr(nlp, "get_nlp", lambda name=None: release.wait(10) and loaded.setdefault("it", True))
    from timeline_api.web import service

    monkeypatch.setattr(service, "_loading", threading.Lock())
    client = app.test_client()

    response = client.get("/ready")
    assert response.status_code == 503 and response.mimetype == "application/problem+json"
    assert response.headers["Retry-After"] == "2"
    assert client.get("/health").get_json()["pipeline_loaded"] is False  # alive all the same
    assert client.get("/ready").status_code == 503  # one loader only
    release.set()
    deadline = time.monotonic() + 5
    while client.get("/ready").status_code != 200:
        assert time.monotonic() < deadline
        time.sleep(0.01)


# Docs.


def test_docs_page_loads_swagger_ui_from_this_service(client):
    page = client.get("/docs").get_data(as_text=True)
    sources = re.findall(r'(?:src|href)="([^"]+)"', page)
    assert sources and all(s.startswith("/docs/") for s in sources), sources
    assert 'data-spec="/openapi.yaml"' in page
    for source in sources:
        response = client.get(source)
        assert response.status_code == 200, source
        assert response.get_data()
    assert "SwaggerUIBundle" in client.get("/docs/swagger-ui-bundle.js").get_data(as_text=True)


@pytest.mark.parametrize("asset", ["index.html", "swagger-ui.js.map", "..%2Fopenapi.yaml", "oauth2-redirect.html"])
def test_docs_serves_only_its_files(client, asset):
    assert client.get(f"/docs/{asset}").status_code == 404


# A real gunicorn, two workers.


@pytest.fixture(scope="module")
def gunicorn_server(tmp_path_factory):
    port = _free_port()
    log = tmp_path_factory.mktemp("gunicorn") / "stderr.log"
    metrics_dir = tmp_path_factory.mktemp("metrics")
    env = {**os.environ, "PROMETHEUS_MULTIPROC_DIR": str(metrics_dir)}
    with log.open("wb") as stderr:
        process = subprocess.Popen([str(SCRIPT), "serve", "--port", str(port), "--workers", "2"],
                                   stdout=subprocess.DEVNULL, stderr=stderr, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(base + "/ready", timeout=5) as response:
                    if response.status == 200:
                        break
            except (urllib.error.URLError, ConnectionError):
                pass
            assert process.poll() is None, log.read_text()
            assert time.monotonic() < deadline, "gunicorn did not become ready"
            time.sleep(0.2)
        yield base, log, metrics_dir
    finally:
        process.terminate()
        process.wait(timeout=30)


def _get(url: str, data: bytes | None = None, headers: dict | None = None):
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def test_gunicorn_metrics_add_up_every_worker(gunicorn_server):
    base, _, metrics_dir = gunicorn_server
    article = SEED_ARTICLE.read_bytes()
    results = []

    def post():
        results.append(_get(base + "/v1/timeline?reference_date=2021-12-16", article, {"Content-Type": "text/plain"}))

    threads = [threading.Thread(target=post) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)

    assert [status for status, _, _ in results] == [200] * 6
    workers = {path.stem.rsplit("_", 1)[1] for path in metrics_dir.glob("counter_*.db")}
    assert len(workers) >= 2, "both workers answered, so /metrics must add up two processes' counts"
    body = _get(base + "/metrics")[2].decode()
    labels = dict(endpoint="/v1/timeline", method="POST", status="200")
    assert metric(body, "timeline_api_requests_total", **labels) == 6  # whichever worker answered /metrics
    assert metric(body, "timeline_api_request_duration_seconds_count", **labels) == 6


def test_gunicorn_logs_json_lines_and_request_ids(gunicorn_server):
    base, log, _ = gunicorn_server
    status, headers, _ = _get(base + "/health", headers={"X-Request-ID": "from-the-test"})
    assert status == 200 and headers["X-Request-ID"] == "from-the-test"
    time.sleep(0.5)
    lines = [line for line in log.read_text().splitlines() if line.strip()]
    entries = [json.loads(line) for line in lines]  # every line is JSON, gunicorn's own included
    assert any(e["logger"] == "gunicorn.error" and "Booting worker" in e["message"] for e in entries)
    assert any(e.get("request_id") == "from-the-test" and e["path"] == "/health" for e in entries)
