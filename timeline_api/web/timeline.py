"""POST /v1/timeline and POST /v1/temporal-expressions: one document each.

Both take the same request (a JSON body, or the article as text/plain with
`reference_date` in the query) and answer in the format `?format=` names or
the Accept header prefers: JSON, CSV, iCalendar or TimeML.  The second skips
the event stage and lists temporal expressions only.
"""
from __future__ import annotations

from flask import Blueprint, current_app, g, request

from .. import formats
from ..schemas import FORMATS, TimelineQuerySchema, TimelineSchema
from . import extraction
from .payload import load_document, negotiate, read_document

bp = Blueprint("timeline", __name__, url_prefix="/v1")

_query_schema = TimelineQuerySchema()
_timeline_schema = TimelineSchema()
_expressions_schema = TimelineSchema(exclude=("events",))


@bp.post("/timeline")
def create_timeline():
    return _answer(events=True)


@bp.post("/temporal-expressions")
def find_temporal_expressions():
    return _answer(events=False)


def _answer(*, events: bool):
    fmt = _query_schema.load(request.args.to_dict())["format"] or negotiate(FORMATS)
    args = load_document(read_document())
    g.documents = 1
    timeline = extraction.extract_one(args, events=events)
    if fmt == "json":
        return (_timeline_schema if events else _expressions_schema).dump(timeline)
    body = formats.render(fmt, args["text"], timeline, events=events)
    return current_app.response_class(body, mimetype=formats.MEDIA_TYPES[fmt])
