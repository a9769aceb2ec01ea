"""Scoring of event anchoring: does the engine date the right events?

Gold
    Every TLINK of a TimeML document that joins an event instance and an
    in-text TIMEX3 of type DATE or TIME by an overlap relation (the event
    happens within, at or around that time: IS_INCLUDED, INCLUDES,
    SIMULTANEOUS, DURING, DURING_INV, BEGINS, ENDS, BEGUN_BY, ENDED_BY,
    IDENTITY).  Links to the creation time (the DCT is no in-text
    expression) and to expressions whose value is not a calendar value
    (PRESENT_REF, PAST_REF, FUTURE_REF: "now", "recently") are left out.
    On TBAQ that leaves 1,897 links.

System
    Every record of the timeline, one per mention: the engine runs with
    merging off (`OPTIONS`), so the mentions a merged record would gather are
    scored as records of their own (`records_from_events` would count the
    mentions of a merged record the same way).  Two views are scored
    (`VIEWS`): the records dated by an expression of their own clause, which
    is what a default request returns, and those plus the undated events the
    narration dates (`include_undated`).  Events placed at the publication
    date have no expression in the text and are never scored.

Figures
    recall by span   gold links for which a record's trigger overlaps the
                     gold event and its date overlaps the gold expression.
    recall by value  the same, and the record's date carries the gold value
                     (an interval value counts when either end is the gold
                     value, as in the TIMEX scoring).
    on gold event    records whose trigger overlaps some gold EVENT of the
                     document (any event, linked or not): a precision estimate,
                     since TimeML annotates nearly every event of a news text.
    dated right      of the records whose trigger overlaps a gold event the gold
                     links to some in-text date (the records whose date can be
                     checked), those whose date overlaps one of its expressions:
                     whether the engine picks the right date for an event, where
                     the gold says; the other figures count only events and links.

    Each recall is also given for links whose event and expression share a
    sentence, the ones the parse can reach; sentences are cut where the TIMEX
    error listing cuts them.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from ..events import EventOptions
from ..model import DATED_BY_NARRATIVE, DATED_BY_TEXT
from .scoring import _SENT_END, sentence_context, value_matches
from .timeml_reader import TimeMLDocument

# How the engine runs for this measure, and which records each view scores (by `date_source`).
OPTIONS = EventOptions(include_undated=True, merge=False)
VIEWS = {
    "own clause": frozenset({DATED_BY_TEXT}),
    "with narrative": frozenset({DATED_BY_TEXT, DATED_BY_NARRATIVE}),
}

OVERLAP_RELATIONS = frozenset({
    "IS_INCLUDED", "INCLUDES", "SIMULTANEOUS", "DURING", "DURING_INV",
    "BEGINS", "ENDS", "BEGUN_BY", "ENDED_BY", "IDENTITY",
})
NON_CALENDAR_VALUES = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})

# Why a gold link was missed, and records off every gold event, in the order reports list them.
OTHER_DATE = "other_date"        # a record on the event, dated by another expression
OTHER_EVENT = "other_event"      # the expression dates a record, but on another trigger
UNDATED = "undated"              # neither: the expression dates nothing
WRONG_VALUE = "wrong_value"      # found by span, wrong value
OFF_EVENT = "off_event"          # a record whose trigger is no gold event
ERROR_KINDS = (OTHER_DATE, OTHER_EVENT, UNDATED, WRONG_VALUE, OFF_EVENT)


@dataclass(frozen=True)
class GoldLink:
    event_start: int
    event_end: int
    event_text: str
    timex_start: int
    timex_end: int
    timex_text: str
    value: str
    rel_type: str
    same_sentence: bool


@dataclass(frozen=True)
class Record:
    """One dated mention of an event as the engine gives it."""

    trigger_start: int
    trigger_end: int
    trigger_text: str
    date_start: int
    date_end: int
    date_text: str
    value: str


def _same_sentence(text: str, a: int, b: int) -> bool:
    lo, hi = sorted((a, b))
    return _SENT_END.search(text, lo, hi) is None


def gold_links(doc: TimeMLDocument) -> list[GoldLink]:
    """The event-date links of `doc` that anchoring is scored on, one per
    (event, expression) pair, in document order of the event."""
    timexes = {t.tid: t for t in doc.timexes}
    events = {i.eiid: e for e in doc.events for i in e.instances}
    found: dict[tuple, GoldLink] = {}
    for link in doc.tlinks:
        if link.rel_type not in OVERLAP_RELATIONS:
            continue
        if link.event_instance_id and link.related_to_time:
            eiid, tid = link.event_instance_id, link.related_to_time
        elif link.time_id and link.related_to_event_instance:
            eiid, tid = link.related_to_event_instance, link.time_id
        else:
            continue
        event, timex = events.get(eiid), timexes.get(tid)
        if event is None or timex is None or timex.type not in ("DATE", "TIME"):
            continue
        if timex.value in NON_CALENDAR_VALUES:
            continue
        key = (event.start, event.end, timex.start, timex.end)
        if key not in found:
            found[key] = GoldLink(
                event.start, event.end, event.text, timex.start, timex.end, timex.text, timex.value,
                link.rel_type, _same_sentence(doc.text, event.start, timex.start),
            )
    return sorted(found.values(), key=lambda g: (g.event_start, g.timex_start))


def records_from_events(events: Iterable) -> list[Record]:
    """Records to score from `timeline_api.model.Event` objects: one per
    mention (an unmerged timeline has one mention per event).  Events dated
    only by the publication date have no expression in the text and are left
    out."""
    out = []
    for event in events:
        for mention in event.mentions or [event]:
            date, trigger = mention.date, mention.trigger
            if date is None or date.end_char <= date.start_char:
                continue
            out.append(Record(trigger.start_char, trigger.end_char, trigger.text,
                              date.start_char, date.end_char, date.text, date.value))
    return out


def _overlap(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


@dataclass
class AnchoringCounts:
    links: int = 0
    by_span: int = 0
    by_value: int = 0
    same_sentence_links: int = 0
    same_sentence_by_span: int = 0
    same_sentence_by_value: int = 0
    records: int = 0
    on_gold_event: int = 0
    checkable: int = 0       # records on an event the gold links to an in-text date
    dated_right: int = 0     # ... whose date overlaps one of its linked expressions

    def __add__(self, other: "AnchoringCounts") -> "AnchoringCounts":
        return AnchoringCounts(**{k: v + getattr(other, k) for k, v in asdict(self).items()})

    def metrics(self) -> dict:
        def ratio(a: int, b: int) -> float:
            return a / b if b else 0.0

        return {
            "recall_by_span": ratio(self.by_span, self.links),
            "recall_by_value": ratio(self.by_value, self.links),
            "same_sentence_recall_by_span": ratio(self.same_sentence_by_span, self.same_sentence_links),
            "same_sentence_recall_by_value": ratio(self.same_sentence_by_value, self.same_sentence_links),
            "on_gold_event": ratio(self.on_gold_event, self.records),
            "dated_right": ratio(self.dated_right, self.checkable),
        }

    def to_dict(self) -> dict:
        return {**asdict(self), **self.metrics()}


@dataclass
class AnchoringError:
    kind: str  # one of ERROR_KINDS
    doc_id: str
    corpus: str
    event_text: str
    date_text: str
    gold_value: Optional[str]
    system: str     # what the engine did there: "trigger @ date = value", or ""
    context: str

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class AnchoringResult:
    doc_id: str
    corpus: str
    counts: AnchoringCounts
    errors: list[AnchoringError]


def _describe(r: Record) -> str:
    return f"{r.trigger_text} @ {r.date_text} = {r.value}"


def score_document(doc: TimeMLDocument, records: list[Record], corpus: str = "") -> AnchoringResult:
    """Score the `records` an engine gave for `doc` against its gold links and events."""
    text = doc.text
    counts = AnchoringCounts(records=len(records))
    errors: list[AnchoringError] = []

    def error(kind: str, event: tuple[int, int], date_text: str, gold_value, system: str) -> None:
        errors.append(AnchoringError(kind, doc.doc_id, corpus, text[event[0]:event[1]], date_text, gold_value,
                                     system, sentence_context(text, *event)))

    for link in gold_links(doc):
        counts.links += 1
        counts.same_sentence_links += link.same_sentence
        on_event = [r for r in records if _overlap(r.trigger_start, r.trigger_end, link.event_start, link.event_end)]
        on_date = [r for r in records if _overlap(r.date_start, r.date_end, link.timex_start, link.timex_end)]
        hits = [r for r in on_event if r in on_date]
        event = (link.event_start, link.event_end)
        if not hits:
            if on_event:
                error(OTHER_DATE, event, link.timex_text, link.value, _describe(on_event[0]))
            elif on_date:
                error(OTHER_EVENT, event, link.timex_text, link.value, _describe(on_date[0]))
            else:
                error(UNDATED, event, link.timex_text, link.value, "")
            continue
        counts.by_span += 1
        counts.same_sentence_by_span += link.same_sentence
        if any(value_matches(link.value, r.value) for r in hits):
            counts.by_value += 1
            counts.same_sentence_by_value += link.same_sentence
        else:
            error(WRONG_VALUE, event, link.timex_text, link.value, _describe(hits[0]))

    gold_events = [(e.start, e.end) for e in doc.events]
    links = gold_links(doc)
    for r in records:
        if any(_overlap(r.trigger_start, r.trigger_end, s, e) for s, e in gold_events):
            counts.on_gold_event += 1
            linked = [g for g in links if _overlap(r.trigger_start, r.trigger_end, g.event_start, g.event_end)]
            if linked:
                counts.checkable += 1
                counts.dated_right += any(_overlap(r.date_start, r.date_end, g.timex_start, g.timex_end)
                                          for g in linked)
        else:
            error(OFF_EVENT, (r.trigger_start, r.trigger_end), r.date_text, None, _describe(r))
    return AnchoringResult(doc.doc_id, corpus, counts, errors)


@dataclass
class AnchoringEvaluation:
    documents: list[AnchoringResult] = field(default_factory=list)

    def add(self, result: AnchoringResult) -> None:
        self.documents.append(result)

    def corpora(self) -> list[str]:
        return sorted({d.corpus for d in self.documents})

    def counts(self, corpus: Optional[str] = None) -> AnchoringCounts:
        total = AnchoringCounts()
        for d in self.documents:
            if corpus is None or d.corpus == corpus:
                total = total + d.counts
        return total

    @property
    def errors(self) -> list[AnchoringError]:
        return [e for d in self.documents for e in d.errors]

    def error_counts(self) -> dict[str, int]:
        errors = self.errors
        return {k: sum(e.kind == k for e in errors) for k in ERROR_KINDS}

    def to_dict(self) -> dict:
        corpora = {}
        for name in self.corpora():
            corpora[name] = {"documents": sum(d.corpus == name for d in self.documents),
                             **self.counts(name).to_dict()}
        return {"corpora": corpora,
                "overall": {"documents": len(self.documents), **self.counts().to_dict()},
                "errors": self.error_counts()}


def format_table(evaluation: AnchoringEvaluation) -> str:
    head = (f"{'corpus':<12} {'docs':>4} {'links':>5} {'by span':>7} {'by value':>8} | "
            f"{'same-sent':>9} {'by span':>7} {'by value':>8} | {'records':>7} {'on gold event':>13} | "
            f"{'checkable':>9} {'dated right':>11}")
    lines = [head, "-" * len(head)]

    def pct(x: float) -> str:
        return f"{100 * x:.1f}"

    def row(name: str, docs: int, c: AnchoringCounts) -> str:
        m = c.metrics()
        return (f"{name:<12} {docs:>4} {c.links:>5} {pct(m['recall_by_span']):>7} {pct(m['recall_by_value']):>8} | "
                f"{c.same_sentence_links:>9} {pct(m['same_sentence_recall_by_span']):>7} "
                f"{pct(m['same_sentence_recall_by_value']):>8} | {c.records:>7} {pct(m['on_gold_event']):>13} | "
                f"{c.checkable:>9} {pct(m['dated_right']):>11}")

    for name in evaluation.corpora():
        docs = sum(d.corpus == name for d in evaluation.documents)
        lines.append(row(name, docs, evaluation.counts(name)))
    lines.append("-" * len(head))
    lines.append(row("overall", len(evaluation.documents), evaluation.counts()))
    counts = evaluation.error_counts()
    lines.append("errors: " + ", ".join(f"{k} {counts[k]}" for k in ERROR_KINDS))
    return "\n".join(lines)


def write_errors(path: Path, evaluations: dict[str, AnchoringEvaluation]) -> None:
    """Every error of each view as JSON Lines, the view named in each record."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for view, evaluation in evaluations.items():
            for error in evaluation.errors:
                fh.write(json.dumps({"view": view, **error.to_dict()}, ensure_ascii=False) + "\n")
