"""The HTTP service under load: a gunicorn server with 2 workers on 127.0.0.1.

The server is started the way an operator starts it (`timeline-api serve
--workers 2`), in a process of its own, and stopped afterwards.  Time to
ready runs from the start of that process to the first successful answer of
`/ready` (or, where the service has no `/ready`, of `/health` reporting
`pipeline_loaded`).  Clients are threads of this process, each sending the
seed article as JSON and waiting for the whole answer before the next request
(closed loop); gunicorn's sync workers close every connection, so each
request opens its own.  Memory is read from /proc after the load: the peak
resident set (VmHWM) of each worker and of the helper process it runs its
extractions in (`timeline_api.web.isolation`), which counts the pages shared
copy-on-write with the pre-forking master, and the proportional share (Pss)
of worker and helper together, which splits shared pages between the
processes that map them.
"""
from __future__ import annotations

import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Optional

from .timing import fmt, percentile, table

WORKERS = 2
CONCURRENCY = (1, 4, 16)
HOST = "127.0.0.1"


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def _command(port: int) -> list[str]:
    script = Path(sys.executable).with_name("timeline-api")
    base = [str(script)] if script.exists() else [sys.executable, "-m", "timeline_api.cli"]
    return base + ["serve", "--host", HOST, "--port", str(port), "--workers", str(WORKERS)]


def _get(port: int, path: str, timeout: float = 2.0) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def _ready(port: int) -> Optional[str]:
    """Which probe answered ready ('/ready' or '/health'), or None if not yet."""
    try:
        status, _ = _get(port, "/ready")
        if status == 200:
            return "/ready"
        if status == 404:
            status, body = _get(port, "/health")
            if status == 200 and json.loads(body).get("pipeline_loaded"):
                return "/health"
    except (OSError, http.client.HTTPException, ValueError):
        pass
    return None


@contextmanager
def server(env: dict[str, str], timeout: float = 120.0):
    """A running server: yields (port, master pid, seconds to ready, probe used)."""
    port = free_port()
    log = tempfile.NamedTemporaryFile(prefix="bench-gunicorn-", suffix=".log", delete=False)
    started = time.perf_counter()
    proc = subprocess.Popen(_command(port), env={**os.environ, **env}, stdout=subprocess.DEVNULL, stderr=log)
    try:
        probe = None
        while probe is None:
            if proc.poll() is not None or time.perf_counter() - started > timeout:
                raise RuntimeError(f"the server did not become ready; see {log.name}")
            probe = _ready(port)
            if probe is None:
                time.sleep(0.01)
        yield port, proc.pid, time.perf_counter() - started, probe
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()
        os.unlink(log.name)


def load(port: int, body: bytes, concurrency: int, requests: int) -> dict:
    """`requests` POST /v1/timeline from `concurrency` closed-loop clients."""
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    lock = threading.Lock()
    remaining = [requests]

    def client():
        while True:
            with lock:
                if remaining[0] <= 0:
                    return
                remaining[0] -= 1
            started = time.perf_counter()
            conn = http.client.HTTPConnection(HOST, port, timeout=300)
            try:
                conn.request("POST", "/v1/timeline", body, {"Content-Type": "application/json"})
                response = conn.getresponse()
                response.read()
                status = response.status
            except (OSError, http.client.HTTPException):
                status = 0
            finally:
                conn.close()
            elapsed = time.perf_counter() - started
            with lock:
                latencies.append(elapsed)
                statuses[status] = statuses.get(status, 0) + 1

    threads = [threading.Thread(target=client) for _ in range(concurrency)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    return {
        "concurrency": concurrency, "requests": requests, "statuses": statuses, "wall_s": wall,
        "docs_per_s": requests / wall, "p50": percentile(latencies, 50), "p95": percentile(latencies, 95),
        "p99": percentile(latencies, 99), "mean": sum(latencies) / len(latencies),
    }


def _children(pid: int) -> list[int]:
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        found = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(stat.parent.name))
        return found


def memory(pid: int) -> dict:
    """Peak RSS (VmHWM) and current Pss in MB of a process."""
    out = {}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(("VmHWM:", "VmRSS:")):
                out[line.split(":")[0]] = int(line.split()[1]) / 1024
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                out["Pss"] = int(line.split()[1]) / 1024
    except OSError:
        pass
    return out


def measure(text: str, reference_date: date, fast_path: bool, requests: dict[int, int], log=print) -> dict:
    body = json.dumps({"text": text, "reference_date": reference_date.isoformat()}).encode()
    env = {"TIMELINE_API_FAST_PATH": "1" if fast_path else "0"}
    with server(env) as (port, pid, ready_s, probe):
        for _ in range(3):  # warm both workers
            load(port, body, WORKERS, WORKERS)
        runs = []
        for c in CONCURRENCY:
            log(f"  http (fast path {'on' if fast_path else 'off'}): {requests[c]} requests, {c} client(s)")
            runs.append(load(port, body, c, requests[c]))
        workers = {child: {"memory": memory(child), "helpers": [memory(h) for h in _children(child)]}
                   for child in _children(pid)}
        master = memory(pid)
    return {"fast_path": fast_path, "ready_s": ready_s, "probe": probe, "runs": runs,
            "workers": workers, "master": master}


def report(results: list[dict]) -> str:
    rows = []
    for r in results:
        mode = "fast path" if r["fast_path"] else "whole text parsed"
        for run in r["runs"]:
            bad = sum(n for status, n in run["statuses"].items() if status != 200)
            rows.append([mode, run["concurrency"], run["requests"], fmt(run["p50"] * 1000, 1),
                         fmt(run["p95"] * 1000, 1), fmt(run["p99"] * 1000, 1), fmt(run["docs_per_s"], 2),
                         bad])
    latency = table(["server", "clients", "requests", "p50 ms", "p95 ms", "p99 ms", "docs/s", "non-200"], rows)
    rows = []
    for r in results:
        mode = "fast path" if r["fast_path"] else "whole text parsed"
        cells = []
        for w in r["workers"].values():
            helpers = w["helpers"]
            peak = max([w["memory"].get("VmHWM", 0)] + [h.get("VmHWM", 0) for h in helpers])
            pss = w["memory"].get("Pss", 0) + sum(h.get("Pss", 0) for h in helpers)
            cells.append((peak, pss, len(helpers)))
        rows.append([mode, fmt(r["ready_s"], 2) + f" ({r['probe']})", fmt(r["master"].get("VmHWM", 0)),
                     " / ".join(fmt(c[0]) for c in cells), " / ".join(fmt(c[1]) for c in cells),
                     " / ".join(str(c[2]) for c in cells)])
    resources = table(["server", "start to ready s", "master peak RSS MB", "peak RSS per worker MB",
                       "Pss per worker MB", "helper processes"], rows)
    return latency + "\n\n" + resources


def worker_peak(result: dict) -> float:
    """The largest peak RSS of any worker or of the helper process it extracts in."""
    peaks = [0.0]
    for w in result["workers"].values():
        peaks.append(w["memory"].get("VmHWM", 0))
        peaks.extend(h.get("VmHWM", 0) for h in w["helpers"])
    return max(peaks)
