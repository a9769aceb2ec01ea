"""Load test: gunicorn as configured for production, driven by locust on 127.0.0.1.

    make loadtest                                  # installs locust (the `load` extra), then runs this
    .venv/bin/python loadtest/run.py --users 8 --requests 10000 --min-seconds 60

It starts `timeline-api serve` on a free loopback port, waits for /ready, and
runs `--users` concurrent locust users without think time on a mix of
requests (see ApiUser) over a mix of documents: the seed articles and the
TimeBank/AQUAINT articles of the TimeML corpora when they are there.  It
stops once `--requests` requests are done and `--min-seconds` have passed,
or at `--max-seconds` whatever happened, and prints

* requests, failures, throughput, and p50/p90/p99/max latency, overall and
  by request kind;
* the resident memory (RSS, and PSS, which counts shared pages once) of the
  server's processes: gunicorn's master, its workers and their extraction
  helpers, after 1,000 requests and at the end, and the growth between.

It exits 1 if any request failed, the run stopped short of `--requests`, or
the memory at the end is more than 10% above the memory after 1,000 requests.
Nothing leaves 127.0.0.1, and the server is stopped on the way out.
"""
from __future__ import annotations

import gevent.monkey

gevent.monkey.patch_all()  # before anything opens a socket: locust's own requirement

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402
import socket  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
import urllib.request  # noqa: E402
from pathlib import Path  # noqa: E402

import psutil  # noqa: E402
from locust import FastHttpUser, constant, task  # noqa: E402
from locust.env import Environment  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = Path(sys.executable).with_name("timeline-api")
CORPORA = Path(os.environ.get("TIMELINE_API_CORPORA", ROOT.parent / "shared" / "corpora"))
FIRST_SAMPLE = 1_000


def documents() -> list[dict]:
    """The seed articles, and the TimeML corpora's articles with their creation dates."""
    docs = [{"text": path.read_text(encoding="utf-8")} for path in sorted((ROOT / "seeds").glob("*.txt"))]
    if (CORPORA / "tbaq").is_dir():
        from timeline_api.evaluation.timeml_reader import read_file

        for path in sorted((CORPORA / "tbaq").rglob("*.tml")):
            doc = read_file(path)
            entry = {"text": doc.text}
            if doc.dct:
                entry["reference_date"] = str(doc.dct)[:10]
            docs.append(entry)
    return [d for d in docs if d["text"].strip()]


DOCS: list[dict] = []


class ApiUser(FastHttpUser):
    """A client of the API: mostly single timelines as JSON, some of everything else."""

    wait_time = constant(0)

    def _doc(self) -> dict:
        return random.choice(DOCS)

    @task(12)
    def timeline_json(self):
        self.client.post("/v1/timeline", json=self._doc(), name="timeline json")

    @task(2)
    def timeline_text_plain(self):
        doc = self._doc()
        query = f"?reference_date={doc['reference_date']}" if "reference_date" in doc else ""
        self.client.post("/v1/timeline" + query, data=doc["text"].encode(), name="timeline text/plain",
                         headers={"Content-Type": "text/plain; charset=utf-8"})

    @task(2)
    def temporal_expressions(self):
        self.client.post("/v1/temporal-expressions", json=self._doc(), name="temporal-expressions")

    @task(1)
    def timeline_csv(self):
        self.client.post("/v1/timeline?format=csv", json=self._doc(), name="timeline csv")

    @task(1)
    def timeline_ics(self):
        self.client.post("/v1/timeline", json=self._doc(), name="timeline ics", headers={"Accept": "text/calendar"})

    @task(1)
    def batch(self):
        batch = [{"id": str(i), **self._doc()} for i in range(4)]
        with self.client.post("/v1/timelines", json={"documents": batch}, name="batch of 4",
                              catch_response=True) as response:
            if response.status_code == 200 and response.json()["errors"]:
                response.failure(f"documents failed: {response.json()['errors']}")


def memory(master: psutil.Process) -> dict:
    processes = [master, *master.children(recursive=True)]
    rss = pss = 0
    for process in processes:
        info = process.memory_full_info()
        rss += info.rss
        pss += info.pss
    return {"processes": len(processes), "rss_mib": rss / 2**20, "pss_mib": pss / 2**20}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_ready(base: str, server: subprocess.Popen, limit: float = 180) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit(f"the server exited with {server.returncode}")
        try:
            with urllib.request.urlopen(base + "/ready", timeout=5) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.5)
    sys.exit("the server did not become ready")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=8, help="concurrent clients (default: 8)")
    parser.add_argument("--requests", type=int, default=10_000, help="stop after this many (default: 10000)")
    parser.add_argument("--min-seconds", type=float, default=60, help="but run at least this long (default: 60)")
    parser.add_argument("--max-seconds", type=float, default=1200, help="and never longer (default: 1200)")
    parser.add_argument("--workers", type=int, help="gunicorn workers (default: gunicorn_conf's, one per CPU)")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()

    DOCS.extend(documents())
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    command = [str(SCRIPT), "serve", "--host", "127.0.0.1", "--port", str(port)]
    if args.workers:
        command += ["--workers", str(args.workers)]
    log_path = Path(tempfile.gettempdir()) / f"timeline-api-loadtest-{port}.log"
    log = log_path.open("wb")
    server = subprocess.Popen(command, stdout=log, stderr=log)
    try:
        wait_ready(base, server)
        master = psutil.Process(server.pid)
        print(f"{len(DOCS)} documents; server on {base}: {memory(master)['processes']} processes; "
              f"its log: {log_path}", flush=True)

        env = Environment(user_classes=[ApiUser], host=base)
        runner = env.create_local_runner()
        runner.start(args.users, spawn_rate=args.users)
        started = time.monotonic()
        after_first = None
        while True:
            time.sleep(0.25)
            done = env.stats.total.num_requests
            elapsed = time.monotonic() - started
            if after_first is None and done >= FIRST_SAMPLE:
                after_first = {"requests": done, "seconds": elapsed, **memory(master)}
                print(f"after {done} requests ({elapsed:.0f} s): {after_first}", flush=True)
            if (done >= args.requests and elapsed >= args.min_seconds) or elapsed >= args.max_seconds:
                break
        at_end = {"requests": done, "seconds": elapsed, **memory(master)}
        runner.quit()
        print(f"after {done} requests ({elapsed:.0f} s): {at_end}", flush=True)
        return report(env, args, after_first, at_end)
    finally:
        server.terminate()
        try:
            server.wait(timeout=60)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()


def report(env: Environment, args, after_first: dict | None, at_end: dict) -> int:
    total = env.stats.total
    rows = []
    for entry in [*sorted(env.stats.entries.values(), key=lambda e: e.name), total]:
        rows.append({
            "name": entry.name, "requests": entry.num_requests, "failures": entry.num_failures,
            "p50_ms": entry.get_response_time_percentile(0.50), "p90_ms": entry.get_response_time_percentile(0.90),
            "p99_ms": entry.get_response_time_percentile(0.99), "max_ms": round(entry.max_response_time or 0),
        })
    print(f"\n{args.users} users, {at_end['seconds']:.0f} s, {total.num_requests} requests "
          f"({total.num_requests / at_end['seconds']:.1f}/s), {total.num_failures} failures")
    print(f"{'request':<22} {'count':>7} {'fail':>5} {'p50 ms':>7} {'p90 ms':>7} {'p99 ms':>7} {'max ms':>7}")
    for row in rows:
        print(f"{row['name']:<22} {row['requests']:>7} {row['failures']:>5} {row['p50_ms']:>7} {row['p90_ms']:>7} "
              f"{row['p99_ms']:>7} {row['max_ms']:>7}")
    for error in env.stats.errors.values():
        print(f"failure x{error.occurrences}: {error.method} {error.name}: {error.error}")

    failed = []
    if total.num_failures:
        failed.append(f"{total.num_failures} requests failed")
    if total.num_requests < args.requests:
        failed.append(f"only {total.num_requests} of {args.requests} requests in {args.max_seconds:.0f} s")
    growth = None
    if after_first:
        growth = {key: at_end[key] / after_first[key] - 1 for key in ("rss_mib", "pss_mib")}
        print(f"memory after {after_first['requests']} requests: RSS {after_first['rss_mib']:.0f} MiB, "
              f"PSS {after_first['pss_mib']:.0f} MiB ({after_first['processes']} processes)")
        print(f"memory after {at_end['requests']} requests: RSS {at_end['rss_mib']:.0f} MiB, "
              f"PSS {at_end['pss_mib']:.0f} MiB ({at_end['processes']} processes)")
        print(f"growth: RSS {growth['rss_mib']:+.1%}, PSS {growth['pss_mib']:+.1%}")
        if growth["rss_mib"] > 0.10:
            failed.append(f"RSS grew {growth['rss_mib']:.1%} (> 10%)")
    if args.json:
        args.json.write_text(json.dumps({"users": args.users, "rows": rows, "after_first": after_first,
                                         "at_end": at_end, "growth": growth, "failed": failed}, indent=2))
    memory_note = "memory within 10%" if growth is not None else f"memory not compared (under {FIRST_SAMPLE} requests)"
    print("FAILED: " + "; ".join(failed) if failed else f"PASSED: no failures, {memory_note}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
