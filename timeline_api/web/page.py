"""GET /: the analyst's page, which draws what POST /v1/timeline returns.

The page is a template plus a script and a style sheet from `static/`, all
served by this app: nothing is fetched from elsewhere, and no build step.
"""
from __future__ import annotations

from flask import Blueprint, render_template

from ..schemas import FORMATS

bp = Blueprint("page", __name__, template_folder="templates")

# Download links the page offers, in this order, for the formats the API serves.
_DOWNLOADS = {"json": "JSON", "csv": "CSV", "ics": "iCalendar", "timeml": "TimeML"}

# Only this app's own script and style sheet run; no inline code, no other origin.
_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data: blob:; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)


@bp.get("/")
def index():
    downloads = {fmt: label for fmt, label in _DOWNLOADS.items() if fmt in FORMATS}
    page = render_template("index.html", downloads=downloads)
    return page, {"Content-Security-Policy": _POLICY}
