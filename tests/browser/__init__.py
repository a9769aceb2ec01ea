"""Driving the page in a real headless Chromium: find the browser, serve the app, launch.

The browser is Debian's `chromium` (the Makefile's `browser` target installs
it), driven by Playwright through `executable_path`: Playwright's own browser
download is never used.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import struct
import threading
import zlib
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Optional

from werkzeug.serving import make_server

PAGE_FILES = sorted(
    path
    for folder in ("static", "templates")
    for path in (Path(__file__).resolve().parents[2] / "timeline_api" / "web" / folder).rglob("*")
    if path.is_file()
)

# Without the networking flags Chromium keeps trying to reach Google's hosts,
# which this machine's closed network refuses.
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage",
]


def find_chromium() -> Optional[str]:
    """The Chromium to drive: $CHROMIUM, else Debian's, else None."""
    candidates = [os.environ.get("CHROMIUM"), shutil.which("chromium"), shutil.which("chromium-browser")]
    return next((path for path in candidates if path and os.access(path, os.X_OK)), None)


@contextmanager
def serve(app) -> Iterator[str]:
    """Serve `app` on a free port of 127.0.0.1 in a thread; yields its base URL."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(timeout=10)


def launch(playwright, executable: str):
    return playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)


# The committed screenshot carries a digest of the page's files in a PNG text
# chunk, so a test can tell when the page changed and the picture did not.

DIGEST_KEY = b"timeline-api-page-sha256"


def page_digest() -> str:
    digest = hashlib.sha256()
    for path in PAGE_FILES:
        digest.update(path.name.encode() + b"\0" + path.read_bytes().replace(b"\r\n", b"\n") + b"\0")
    return digest.hexdigest()


def stamp_png(png: bytes, digest: str) -> bytes:
    """`png` with a tEXt chunk holding `digest`, placed right after IHDR."""
    ihdr_end = 8 + 8 + 13 + 4  # signature, IHDR length and type, IHDR data, CRC
    data = DIGEST_KEY + b"\0" + digest.encode("ascii")
    chunk = struct.pack(">I", len(data)) + b"tEXt" + data + struct.pack(">I", zlib.crc32(b"tEXt" + data))
    return png[:ihdr_end] + chunk + png[ihdr_end:]


def png_digest(png: bytes) -> Optional[str]:
    """The digest `stamp_png` put in, or None."""
    at = 8
    while at + 8 <= len(png):
        length, kind = struct.unpack(">I4s", png[at:at + 8])
        body = png[at + 8:at + 8 + length]
        if kind == b"tEXt" and body.startswith(DIGEST_KEY + b"\0"):
            return body[len(DIGEST_KEY) + 1:].decode("ascii")
        if kind == b"IEND":
            return None
        at += 12 + length
    return None


# A timeline as the API would return it, of `count` events: days, ranges,
# months and years over three years, several on the same day.

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def synthetic_timeline(count: int = 300, seed: int = 7) -> dict:
    import random
    from datetime import date, timedelta

    rng = random.Random(seed)
    text, events, expressions = "", [], []
    for number in range(1, count + 1):
        day = date(2019, 1, 1) + timedelta(days=rng.randrange(3 * 365))
        kind = rng.choices(["day", "range", "month", "year"], weights=[70, 10, 15, 5])[0]
        if kind == "day":
            said, value, start, end, grain = f"{_MONTHS[day.month - 1]} {day.day}, {day.year}", day.isoformat(), day, day, "day"
        elif kind == "range":
            end = day + timedelta(days=rng.randrange(2, 40))
            said, value, start, grain = f"from {day:%B %d, %Y} to {end:%B %d, %Y}", f"{day}/{end}", day, "day"
        elif kind == "month":
            start = day.replace(day=1)
            end = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
            said, value, grain = f"in {start:%B %Y}", f"{start:%Y-%m}", "month"
        else:
            start, end = date(day.year, 1, 1), date(day.year, 12, 31)
            said, value, grain = f"in {day.year}", str(day.year), "year"
        trigger = f"meeting {number}"
        sentence = f"The committee held {trigger} {said}."
        base = len(text)
        timex = {
            "text": said, "start_char": base + sentence.index(said), "end_char": base + sentence.index(said) + len(said),
            "id": f"t{number}", "type": "DATE", "value": value, "mod": None, "granularity": grain,
            "start": start.isoformat(), "end": end.isoformat(), "quant": None, "freq": None,
        }
        events.append({
            "id": f"e{number}", "summary": f"The committee held meeting {number}",
            "trigger": {"text": trigger, "start_char": base + sentence.index(trigger),
                        "end_char": base + sentence.index(trigger) + len(trigger)},
            "date": timex,
            "sentence": {"text": sentence, "start_char": base, "end_char": base + len(sentence)},
            "participants": [], "confidence": 0.8,
        })
        expressions.append(timex)
        text += sentence + " "
    events.sort(key=lambda event: (event["date"]["start"], event["date"]["end"]))
    return {
        "text": text,
        "timeline": {
            "reference_date": "2021-12-16", "reference_date_source": "request",
            "temporal_expressions": expressions, "events": events,
            "meta": {"pipeline": {"name": "synthetic", "version": "0"}, "engine_version": "0", "processing_ms": 1.0},
        },
    }
