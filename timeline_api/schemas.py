"""The wire format: what a request may carry and what a response holds.

These schemas are the single source of truth for JSON going over the wire:
the web layer and the CLI load requests and dump timelines with them, and
`openapi.yaml` describes the same shapes (tests/test_openapi.py checks real
responses against it).
"""
from __future__ import annotations

from marshmallow import EXCLUDE, INCLUDE, Schema, ValidationError, fields, validate

from . import nlp

FORMATS = ("json", "csv", "ics", "timeml")


def _not_blank(value: str) -> None:
    """A text with nothing but white space is blank: Python's white space (which has the control
    characters \\x1c-\\x1f and NEL) and JSON Schema's \\s (which has the byte-order mark), so that
    the published pattern, "[^\\s\\x1c-\\x1f\\x85\\ufeff]", accepts exactly what this does."""
    if all(c.isspace() or c == "\ufeff" for c in value):
        raise ValidationError("Must not be blank.")


def _no_lone_surrogates(value: str) -> None:
    """JSON escapes can smuggle in unpaired surrogates, which no encoder (nor spaCy) accepts."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        raise ValidationError(f"Contains an unpaired surrogate at character {error.start}.") from None


def _within_pipeline_limit(value: str) -> None:
    """spaCy refuses texts over `nlp.max_length` characters; say so as a field error."""
    limit = nlp.get_nlp().max_length
    if len(value) > limit:
        raise ValidationError(f"Must be at most {limit} characters long (got {len(value)}).")


class StrictBoolean(fields.Boolean):
    """A JSON true or false.  marshmallow's Boolean also takes 0, 1.0, "yes" and the like, which the
    published schema (type: boolean) does not allow; the query's spellings are read by the web layer."""

    def _deserialize(self, value, attr, data, **kwargs):
        if not isinstance(value, bool):
            raise self.make_error("invalid", input=value)
        return value


class TimelineRequestSchema(Schema):
    """Body of POST /v1/timeline (for text/plain: the body is `text`)."""

    text = fields.String(required=True, validate=[_not_blank, _no_lone_surrogates, _within_pipeline_limit])
    reference_date = fields.Date(load_default=None)
    # Event options (for text/plain: in the query); see `timeline_api.events.EventOptions`.
    include_undated = StrictBoolean(load_default=False)
    min_confidence = fields.Float(load_default=0.0, validate=validate.Range(min=0.0, max=1.0))
    merge = StrictBoolean(load_default=True)


EVENT_OPTIONS = ("include_undated", "min_confidence", "merge")


class TimelineQuerySchema(Schema):
    """Query string of POST /v1/timeline and /v1/temporal-expressions (`reference_date` is read with the body)."""

    class Meta:
        unknown = EXCLUDE

    format = fields.String(load_default=None, validate=validate.OneOf(FORMATS))


class BatchQuerySchema(Schema):
    """Query string of POST /v1/timelines: a batch answers JSON only."""

    class Meta:
        unknown = EXCLUDE

    format = fields.String(load_default=None, validate=validate.OneOf(["json"]))


class BatchDocumentSchema(Schema):
    """A document of a batch as the whole batch sees it: its id.

    The other fields are left as sent, to be loaded with TimelineRequestSchema
    one document at a time, so that one invalid document fails alone.
    """

    class Meta:
        unknown = INCLUDE

    id = fields.String(required=True, validate=validate.Length(min=1, max=256))


class BatchRequestSchema(Schema):
    """Body of POST /v1/timelines (the number of documents is limited by configuration)."""

    documents = fields.List(fields.Nested(BatchDocumentSchema), required=True, validate=validate.Length(min=1))


class SpanSchema(Schema):
    text = fields.String()
    start_char = fields.Integer()
    end_char = fields.Integer()


class TemporalExpressionSchema(SpanSchema):
    id = fields.String()
    type = fields.String()
    value = fields.String()
    mod = fields.String()
    granularity = fields.String()
    start = fields.Date()
    end = fields.Date()
    quant = fields.String()
    freq = fields.String()


class ParticipantSchema(SpanSchema):
    label = fields.String()


class EventMentionSchema(Schema):
    trigger = fields.Nested(SpanSchema)
    date = fields.Nested(TemporalExpressionSchema)
    sentence = fields.Nested(SpanSchema)


class EventSchema(Schema):
    id = fields.String()
    summary = fields.String()
    trigger = fields.Nested(SpanSchema)
    date = fields.Nested(TemporalExpressionSchema)
    sentence = fields.Nested(SpanSchema)
    participants = fields.List(fields.Nested(ParticipantSchema))
    confidence = fields.Float()
    status = fields.String()
    locations = fields.List(fields.Nested(ParticipantSchema))
    mentions = fields.List(fields.Nested(EventMentionSchema))
    date_source = fields.String()
    relation_to_publication = fields.String()


class PipelineInfoSchema(Schema):
    name = fields.String()
    version = fields.String()


class MetaSchema(Schema):
    pipeline = fields.Nested(PipelineInfoSchema)
    engine_version = fields.String()
    processing_ms = fields.Float()


class TimelineSchema(Schema):
    """A `timeline_api.model.Timeline` as JSON."""

    reference_date = fields.Date()
    reference_date_source = fields.String()
    temporal_expressions = fields.List(fields.Nested(TemporalExpressionSchema))
    events = fields.List(fields.Nested(EventSchema))
    meta = fields.Nested(MetaSchema)


class HealthSchema(Schema):
    status = fields.String()
    pipeline_loaded = fields.Boolean()
    pipeline = fields.String()
    version = fields.String()


class ReadySchema(Schema):
    status = fields.String()
    pipeline = fields.String()


class ProblemSchema(Schema):
    """RFC 9457 problem details, plus `errors`: offending field -> messages."""

    type = fields.String()
    title = fields.String()
    status = fields.Integer()
    detail = fields.String()
    errors = fields.Dict(keys=fields.String(), values=fields.List(fields.String()))


class DocumentResultSchema(Schema):
    """A document of a batch that was processed: its id and timeline."""

    id = fields.String()
    timeline = fields.Nested(TimelineSchema)


class DocumentProblemSchema(ProblemSchema):
    """A document of a batch that was not: its id and the problem, as a request of its own would get it."""

    id = fields.String()


class BatchResponseSchema(Schema):
    """Answer of POST /v1/timelines: results and problems, each by document id, in request order."""

    results = fields.List(fields.Nested(DocumentResultSchema))
    errors = fields.List(fields.Nested(DocumentProblemSchema))
