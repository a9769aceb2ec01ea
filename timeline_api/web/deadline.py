"""A time limit on a block of Python code, enforced from a watchdog thread.

    with TimeLimit(2.5):
        timeline = pipeline.extract(text)   # DeadlineExceeded after 2.5 s

When the time is up, a `threading.Timer` raises `DeadlineExceeded` inside the
thread running the block, with CPython's `PyThreadState_SetAsyncExc`.  The
extraction is really stopped (its CPU is freed and its objects collected),
the thread goes on to answer with a problem document, and the worker process
lives on.  This works in any thread, so under gunicorn's sync and threaded
workers, the Flask development server and the test client alike.

What it cannot do: the exception is delivered between two Python bytecodes,
so a single long call into C (one huge regular expression match, a spaCy
Cython loop over a very long text) finishes before it is raised.  The text
length limit keeps such calls short; gunicorn's worker timeout, set above
this limit, is the last resort that kills a worker stuck in C.
"""
from __future__ import annotations

import ctypes
import threading

# No argtypes: a None argument must reach C as NULL (which withdraws a pending exception).
_set_async_exc = ctypes.pythonapi.PyThreadState_SetAsyncExc


class DeadlineExceeded(BaseException):
    """Raised inside a `TimeLimit` block whose time is up.

    A BaseException, like KeyboardInterrupt, so that no ``except Exception``
    in the code being limited can swallow it.
    """


class TimeLimit:
    """Context manager: raise DeadlineExceeded in this thread after `seconds`."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self._lock = threading.Lock()
        self._done = False
        self._fired = False

    def __enter__(self) -> "TimeLimit":
        if self.seconds <= 0:
            raise DeadlineExceeded()
        self._target = threading.get_ident()
        self._timer = threading.Timer(self.seconds, self._fire)
        self._timer.daemon = True
        self._timer.start()
        return self

    def _fire(self) -> None:
        with self._lock:
            if self._done:
                return
            self._fired = True
            if _set_async_exc(ctypes.c_ulong(self._target), ctypes.py_object(DeadlineExceeded)) > 1:
                _set_async_exc(ctypes.c_ulong(self._target), None)  # more than one thread hit: cannot happen; undo

    def __exit__(self, *exc_info) -> None:
        with self._lock:
            self._done = True
            fired = self._fired
        self._timer.cancel()
        if fired:
            # The block ended (normally or not) after the timer fired but before
            # the exception was delivered: withdraw it so it cannot hit later code.
            _set_async_exc(ctypes.c_ulong(self._target), None)
