"""Extraction in a helper process that can be killed.

`deadline.TimeLimit` stops Python code, but not one long call into C: spaCy's
tokenizer spends half a minute in a single call on 90,000 characters of
punctuation.  Under gunicorn (`gunicorn_conf` turns ISOLATE_EXTRACTION on),
each worker therefore hands its extractions to a helper process forked from
it: the worker waits for the answer at most until the request's deadline,
and when the time is up it kills the helper (SIGKILL: C code or not) and
answers with the limit's problem at once.  The next extraction forks a fresh
helper, which is quick: the worker holds the loaded pipeline, shared
copy-on-write.

The helper runs `target(*args)` with arguments and result pickled over a
socket pair (a timeline is a few kilobytes).  A target that is a generator
(a batch) sends each item as soon as it is made (`stream`), so the worker
keeps the items that arrived before the deadline.  One helper per worker, used by
one request at a time.  It exits when its worker does, and a crash of the
helper (even a segfault) costs only the request that caused it.
"""
from __future__ import annotations

import inspect
import os
import signal
import socket
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection

from .deadline import DeadlineExceeded


class HelperFailed(Exception):
    """The helper raised (its traceback is the message) or died."""


class Helper:
    """A forked process that runs `target(*args)` on demand, killed when too slow."""

    def __init__(self, target: Callable):
        self.target = target
        self.pid: int | None = None
        self._conn: Connection | None = None
        self._lock = threading.Lock()
        self._owner = os.getpid()

    def call(self, timeout: float, *args):
        """`target(*args)` in the helper; DeadlineExceeded after `timeout` seconds (the helper is killed)."""
        items = list(self.stream(timeout, *args))
        return items[0]

    def stream(self, timeout: float, *args) -> Iterator:
        """What `target(*args)` yields in the helper (or the one value it returns), item by item.

        DeadlineExceeded when the whole has not arrived within `timeout`
        seconds (the helper is killed); the items before it have been yielded.
        """
        deadline = time.monotonic() + timeout
        with self._lock:
            if timeout <= 0:
                raise DeadlineExceeded()
            if self.pid is None or self._owner != os.getpid():
                self._start()
            try:
                self._conn.send(args)
                while True:
                    if not self._conn.poll(max(deadline - time.monotonic(), 0)):
                        self.stop()
                        raise DeadlineExceeded()
                    kind, value = self._conn.recv()
                    if kind == _FAILED:
                        raise HelperFailed(value)
                    if kind == _END:
                        return
                    yield value
                    if kind == _VALUE:
                        return
            except (EOFError, OSError) as error:
                self.stop()
                raise HelperFailed(f"the extraction process died: {error!r}") from None
            except GeneratorExit:  # the caller stopped reading: the helper's answer is incomplete
                self.stop()
                raise

    def stop(self) -> None:
        """Kill the helper now (the next call starts another)."""
        if self.pid is not None and self._owner == os.getpid():
            try:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            except (ProcessLookupError, ChildProcessError):
                pass
            self._conn.close()
        self.pid = self._conn = None

    def _start(self) -> None:
        ours, theirs = socket.socketpair()
        pid = os.fork()
        if pid == 0:  # the helper: never returns into the server's code
            ours.close()
            try:
                _serve(self.target, Connection(theirs.detach()))
            finally:
                os._exit(0)
        theirs.close()
        self.pid, self._conn, self._owner = pid, Connection(ours.detach()), os.getpid()


_VALUE, _ITEM, _END, _FAILED = "value", "item", "end", "failed"


def _serve(target: Callable, conn: Connection) -> None:
    # The worker's signal handlers are not ours: die quietly on the defaults.
    for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGQUIT, signal.SIGHUP, signal.SIGUSR1, signal.SIGUSR2):
        signal.signal(signum, signal.SIG_DFL)
    while True:
        try:
            args = conn.recv()
        except (EOFError, OSError):  # the worker is gone
            return
        try:
            answer = target(*args)
            if inspect.isgenerator(answer):
                for item in answer:
                    conn.send((_ITEM, item))
                conn.send((_END, None))
            else:
                conn.send((_VALUE, answer))
        except Exception:  # noqa: BLE001 - reported to the worker, which logs it
            conn.send((_FAILED, traceback.format_exc()))
