"""Schemathesis generates requests from openapi.yaml, valid and invalid, and
sends them to the app in-process, with the real pipeline: no answer may be a
5xx, and every answer must be documented (status, media type, body schema,
headers).

Every check runs, positive_data_acceptance (a request valid by the spec is
accepted) included, except on two kinds of case that JSON Schema cannot
describe, which get their documented 422 and skip only that one check:
`reference_date` and the event options belong in the query only with a
text/plain body (OpenAPI cannot tie a parameter to a media type), and the
documents of a batch need ids of their own (JSON Schema's uniqueItems compares
whole items, not one field).
"""
from __future__ import annotations

from collections import Counter

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import positive_data_acceptance

from timeline_api.web import create_app

EXAMPLES_PER_OPERATION = 150
MIN_TOTAL_CASES = 300

app = create_app({"TESTING": True})
schema = schemathesis.openapi.from_wsgi("/openapi.yaml", app)
cases: Counter = Counter()


@schema.parametrize()
@settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, suppress_health_check=list(HealthCheck),
          database=None)
def test_the_app_keeps_the_contract(case):
    cases[f"{case.method} {case.path}"] += 1  # also counts the probes of undocumented methods
    excluded = [positive_data_acceptance] if _json_with_plain_text_query(case) or _repeated_ids(case) else []
    case.call_and_validate(excluded_checks=excluded)


PLAIN_TEXT_QUERY = {"reference_date", "include_undated", "min_confidence", "merge"}


def _json_with_plain_text_query(case) -> bool:
    """A JSON body together with a query parameter that is for text/plain bodies only."""
    return case.media_type != "text/plain" and bool(PLAIN_TEXT_QUERY & set(case.query or {}))


def test_several_hundred_cases_ran():
    operations = {f"{op.method.upper()} {op.path}" for op in (r.ok() for r in schema.get_all_operations())}
    if not operations <= set(cases):
        pytest.skip("only some operations were selected")
    assert sum(cases[op] for op in operations) >= MIN_TOTAL_CASES, cases



def _repeated_ids(case) -> bool:
    """A batch whose documents do not all have ids of their own."""
    documents = case.body.get("documents") if isinstance(case.body, dict) else None
    if not isinstance(documents, list):
        return False
    ids = [d.get("id") for d in documents if isinstance(d, dict)]
    return len(ids) != len({repr(i) for i in ids})
