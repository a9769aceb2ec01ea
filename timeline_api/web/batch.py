"""POST /v1/timelines: the timelines of many documents in one call.

    {"documents": [{"id": "a", "text": "...", "reference_date": "2021-12-16"}, ...]}

The request as a whole must be well formed: a JSON object whose `documents`
is a list of 1 to MAX_BATCH_DOCUMENTS objects, each with a unique `id`.
Everything else is checked per document: a document with a blank text, a
bad date or a text over the length limit is answered in `errors` under its
id, as a request of its own would be, and the others are processed.
"""
from __future__ import annotations

from typing import Union

from flask import Blueprint, current_app, g, request
from marshmallow import ValidationError

from ..model import Timeline
from ..schemas import BatchQuerySchema, BatchRequestSchema, BatchResponseSchema
from . import extraction
from .errors import Problem, flatten_messages, problem_body
from .payload import load_document, negotiate, read_json_object

bp = Blueprint("batch", __name__, url_prefix="/v1")

_query_schema = BatchQuerySchema()
_request_schema = BatchRequestSchema()
_response_schema = BatchResponseSchema()


@bp.post("/timelines")
def create_timelines():
    if not _query_schema.load(request.args.to_dict())["format"]:
        negotiate(("json",))
    body = read_json_object()
    _check_count(body.get("documents"))
    documents = _request_schema.load(body)["documents"]
    _check_unique_ids(documents)
    g.documents = len(documents)

    outcomes: dict[int, Union[Timeline, Problem]] = {}
    valid: dict[int, dict] = {}
    for index, document in enumerate(documents):
        try:
            valid[index] = load_document({key: value for key, value in document.items() if key != "id"})
        except ValidationError as error:
            outcomes[index] = Problem(422, "The document is not valid; see `errors`.", flatten_messages(error.messages))
    outcomes.update(zip(valid, extraction.extract_documents(list(valid.values()))))

    results, errors = [], []
    for index, outcome in sorted(outcomes.items()):
        doc_id = documents[index]["id"]
        if isinstance(outcome, Problem):
            errors.append({"id": doc_id, **problem_body(outcome.status, outcome.detail, outcome.errors)})
        else:
            results.append({"id": doc_id, "timeline": outcome})
    return _response_schema.dump({"results": results, "errors": errors})


def _check_count(documents) -> None:
    """Refuse an over-long batch before validating any of it."""
    limit = current_app.config["MAX_BATCH_DOCUMENTS"]
    if isinstance(documents, list) and len(documents) > limit:
        message = f"At most {limit} documents per request (got {len(documents)})."
        raise Problem(422, message, {"documents": [message]})


def _check_unique_ids(documents: list[dict]) -> None:
    first_at: dict[str, int] = {}
    errors = {}
    for index, document in enumerate(documents):
        seen = first_at.setdefault(document["id"], index)
        if seen != index:
            errors[f"documents[{index}].id"] = [f"Duplicate id {document['id']!r} (first at documents[{seen}])."]
    if errors:
        raise Problem(422, "Every document needs an id of its own.", errors)
