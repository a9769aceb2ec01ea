"""Writes a timeline as a TimeML 1.2.1 document.

`render(text, timeline)` returns a complete XML document:

* ``<DCT>`` holds the reference date as the creation-time TIMEX3 ``t0``;
* ``<TEXT>``'s character content is the submitted text, character for
  character, with an inline ``<TIMEX3>`` on every temporal expression and an
  ``<EVENT>`` on every event trigger that does not overlap a TIMEX3;
* after ``<TEXT>``, one ``<MAKEINSTANCE>`` per event and one or two
  ``<TLINK>`` from each event instance to the TIMEX3 that dates it.

Ranges.  The engine gives a range as one expression whose value is an ISO
interval (``2022-02-04/2022-02-20``); TimeML has no interval value and
annotates each end point as a TIMEX3 of its own.  When the surface text of
the expression can be cut into two points (``February 4-20``, ``from March
to May``, ``between 1990 and 1995``; see `split_range`), each part gets a
TIMEX3 (value A on the first, value B on the second) and the event is linked
BEGUN_BY the first and ENDED_BY the second.  When it cannot, one TIMEX3
carries the start value A, an XML comment after it records the full
interval, and the event is linked IS_INCLUDED to it.

Robustness.  Nothing in the input can make the output malformed:

* ``<``, ``&``, ``>`` and quotes are escaped; carriage returns are written as
  ``&#13;`` so a parser gives them back instead of normalising them away;
* characters that XML 1.0 cannot carry at all (C0 controls other than tab,
  LF and CR, lone surrogates, U+FFFE, U+FFFF) are replaced by U+FFFD, one for
  one so offsets are unchanged, and a comment lists where; this is the only
  case in which the text read back differs from the text submitted;
* annotations are never nested or crossed: a span that is out of range,
  empty, or overlaps a TIMEX3 (or an earlier EVENT) already placed is left
  out and a comment says so.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from .model import DURATION, Timeline

__all__ = ["render", "split_range", "is_interval_value", "interval_bounds", "xml_safe_text"]

TIMEML_NS_ATTRS = (
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd"'
)

# Characters XML 1.0 does not allow anywhere (not even as character references).
_INVALID_XML = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]"
)
REPLACEMENT = "\ufffd"


# --------------------------------------------------------------------------
# Ranges


def is_interval_value(value: Optional[str]) -> bool:
    """True for an ISO 8601 interval value ``A/B`` (both sides non-empty)."""
    if not value or "/" not in value:
        return False
    a, _, b = value.partition("/")
    return bool(a.strip()) and bool(b.strip()) and "/" not in b


def interval_bounds(value: str) -> tuple[str, str]:
    a, _, b = value.partition("/")
    return a.strip(), b.strip()


_WORD_SEP = re.compile(r"\s+(?:to|through|thru|until|till|and|into)\s+", re.IGNORECASE)
_SPACED_DASH = re.compile(r"\s+[-\u2010\u2011\u2012\u2013\u2014]\s+")
_LONG_DASH = re.compile(r"\s*[\u2012\u2013\u2014]\s*")
_HYPHEN = re.compile(r"(?<=[0-9A-Za-z.])[-\u2010\u2011](?=[0-9A-Za-z])")
_LEADING = re.compile(r"^(?:from|between|since)\s+", re.IGNORECASE)
# Words that take a hyphen without marking a range ("mid-March", "pre-war").
_HYPHEN_PREFIXES = {"mid", "early", "late", "pre", "post", "year", "end", "half", "full", "all", "non"}


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not (text[end - 1].isalnum() or text[end - 1] == "."):
        end -= 1
    return start, end


def split_range(text: str, start: int, end: int) -> Optional[tuple[tuple[int, int], tuple[int, int]]]:
    """Cut the range written at ``text[start:end]`` into its two end points.

    Returns ``((s1, e1), (s2, e2))``, absolute offsets of the first and second
    point, or None when the span holds no recognisable separator.  Separators
    are tried in this order: a range word (``to``, ``through``, ``until``,
    ``and``...), a spaced dash, an unspaced en/em dash, and finally a single
    hyphen between two words or numbers (``4-20``, ``1998-99``) unless the
    span has several (an ISO date) or it follows a prefix such as ``mid``.
    A leading ``from``/``between``/``since`` is left out of the first point.
    """
    span = text[start:end]

    def cut(m_start: int, m_end: int):
        left_start = start
        lead = _LEADING.match(span[:m_start])
        if lead:
            left_start += lead.end()
        l1, l2 = _trim(text, left_start, start + m_start)
        r1, r2 = _trim(text, start + m_end, end)
        if l1 < l2 and r1 < r2:
            return (l1, l2), (r1, r2)
        return None

    for pattern in (_WORD_SEP, _SPACED_DASH, _LONG_DASH):
        for m in pattern.finditer(span):
            found = cut(m.start(), m.end())
            if found:
                return found
    hyphens = list(_HYPHEN.finditer(span))
    if len(hyphens) == 1:
        m = hyphens[0]
        word = re.search(r"([A-Za-z]+)\.?$", span[: m.start()])
        if not (word and word.group(1).lower() in _HYPHEN_PREFIXES):
            return cut(m.start(), m.end())
    return None


# --------------------------------------------------------------------------
# Escaping


def xml_safe_text(text: str) -> tuple[str, list[int]]:
    """`text` with every character XML 1.0 cannot carry replaced by U+FFFD
    (same length, so offsets hold), and the offsets that were replaced."""
    replaced = [m.start() for m in _INVALID_XML.finditer(text)]
    if not replaced:
        return text, []
    return _INVALID_XML.sub(REPLACEMENT, text), replaced


def _escape_text(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


def _escape_attr(s: str) -> str:
    s, _ = xml_safe_text(str(s))
    return (
        s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
        .replace("\t", "&#9;").replace("\n", "&#10;").replace("\r", "&#13;")
    )


def _comment(note: str) -> str:
    note, _ = xml_safe_text(note)
    note = note.replace("--", "- -")
    while "--" in note:
        note = note.replace("--", "- -")
    if note.endswith("-"):
        note += " "
    return f"<!-- {note} -->"


def _attrs(pairs) -> str:
    return "".join(f' {k}="{_escape_attr(v)}"' for k, v in pairs if v is not None and v != "")


# --------------------------------------------------------------------------
# Rendering


@dataclass
class _Tag:
    start: int
    end: int
    name: str
    attrs: list
    note: Optional[str] = None  # written as a comment right after the element


@dataclass
class _Anchor:
    """How one temporal expression was written: its tids and the link kind."""

    tids: list[str] = field(default_factory=list)
    split: bool = False


def _span_ok(text: str, start, end) -> bool:
    return isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def render(text: str, timeline: Timeline, *, doc_id: Optional[str] = None) -> str:
    """The TimeML 1.2.1 document for `text` annotated with `timeline`."""
    safe_text, replaced = xml_safe_text(text)
    notes: list[str] = []
    if replaced:
        shown = ", ".join(str(i) for i in replaced[:20]) + (" ..." if len(replaced) > 20 else "")
        notes.append(
            f"{len(replaced)} character(s) not allowed in XML 1.0 replaced by U+FFFD at offset(s) {shown}"
        )

    # ---- TIMEX3s, in document order, never overlapping one another.
    tags: list[_Tag] = []
    placed: list[tuple[int, int]] = []
    anchors: dict[int, _Anchor] = {}  # id(expression) -> how it was written
    next_tid = 1

    def place(span: tuple[int, int]) -> bool:
        if any(_overlaps(span, p) for p in placed):
            return False
        placed.append(span)
        return True

    exprs = sorted(
        timeline.temporal_expressions,
        key=lambda e: (e.start_char if isinstance(e.start_char, int) else -1,
                       -(e.end_char if isinstance(e.end_char, int) else 0)),
    )
    for expr in exprs:
        label = expr.id or expr.text
        if not _span_ok(text, expr.start_char, expr.end_char):
            notes.append(f"temporal expression {label!s} left out: span {expr.start_char}-{expr.end_char} "
                         f"is not within the text")
            continue
        span = (expr.start_char, expr.end_char)
        if any(_overlaps(span, p) for p in placed):
            notes.append(f"temporal expression {label!s} left out: overlaps another temporal expression")
            continue
        ttype = expr.type or "DATE"
        value = expr.value or ""
        extra = [("mod", expr.mod), ("quant", expr.quant), ("freq", expr.freq)]
        anchor = _Anchor()
        parts = None
        if is_interval_value(value):
            parts = split_range(text, *span)
        if parts is not None:
            a, b = interval_bounds(value)
            for (s, e), v in zip(parts, (a, b)):
                tid = f"t{next_tid}"
                next_tid += 1
                tags.append(_Tag(s, e, "TIMEX3", [("tid", tid), ("type", ttype), ("value", v), *extra]))
                anchor.tids.append(tid)
            anchor.split = True
            placed.append(span)
        else:
            tid = f"t{next_tid}"
            next_tid += 1
            note = None
            written = value
            if is_interval_value(value):
                written = interval_bounds(value)[0]
                note = (f"{tid}: the range {value} could not be split into two points in the text; "
                        f"the value given is its start")
            tags.append(_Tag(span[0], span[1], "TIMEX3",
                             [("tid", tid), ("type", ttype), ("value", written), *extra], note))
            anchor.tids.append(tid)
            placed.append(span)
        anchors[id(expr)] = anchor

    # ---- EVENTs on triggers, skipping any that overlap a TIMEX3 or an earlier EVENT.
    # Instances (ei1, ei2, ...) follow the timeline's order; EVENT ids follow the text.
    accepted: list[tuple[str, tuple[int, int], object]] = []  # (eiid, trigger span, event)
    event_spans: set[tuple[int, int]] = set()
    for n, event in enumerate(timeline.events, start=1):
        trig = event.trigger
        if trig is None or not _span_ok(text, trig.start_char, trig.end_char):
            notes.append(f"event {event.id} has no usable trigger span; no EVENT written")
            continue
        span = (trig.start_char, trig.end_char)
        if span not in event_spans:
            if not place(span):
                notes.append(f"event {event.id}: trigger overlaps an annotation already written; "
                             f"no EVENT written")
                continue
            event_spans.add(span)
        accepted.append((f"ei{n}", span, event))
    eid_of_span = {span: f"e{k}" for k, span in enumerate(sorted(event_spans), start=1)}
    for span, eid in eid_of_span.items():
        tags.append(_Tag(span[0], span[1], "EVENT", [("eid", eid), ("class", "OCCURRENCE")]))
    instances = [(eiid, eid_of_span[span], event) for eiid, span, event in accepted]

    # ---- TEXT body.
    tags.sort(key=lambda t: t.start)
    out: list[str] = []
    pos = 0
    for tag in tags:
        out.append(_escape_text(safe_text[pos:tag.start]))
        out.append(f"<{tag.name}{_attrs(tag.attrs)}>{_escape_text(safe_text[tag.start:tag.end])}</{tag.name}>")
        if tag.note:
            out.append(_comment(tag.note))
        pos = tag.end
    out.append(_escape_text(safe_text[pos:]))
    body = "".join(out)

    # ---- Instances and links.
    by_identity = {id(e): e for e in timeline.temporal_expressions}
    by_key = {}
    for e in timeline.temporal_expressions:
        by_key.setdefault(e.id, e)
        by_key.setdefault((e.start_char, e.end_char), e)
    makeinstances: list[str] = []
    links: list[str] = []
    lid = 1
    for eiid, eid, event in instances:
        makeinstances.append(f'<MAKEINSTANCE{_attrs([("eventID", eid), ("eiid", eiid), ("tense", "NONE"), ("aspect", "NONE"), ("polarity", "POS"), ("pos", "UNKNOWN")])}/>')
        date = event.date
        expr = None
        if date is not None:
            expr = by_identity.get(id(date)) or by_key.get(date.id) or by_key.get((date.start_char, date.end_char))
        anchor = anchors.get(id(expr)) if expr is not None else None
        if anchor is None:
            if date is not None:
                notes.append(f"event {event.id}: its date was not written as a TIMEX3; no TLINK")
            continue
        if anchor.split:
            rels = zip(anchor.tids, ("BEGUN_BY", "ENDED_BY"))
        else:
            rels = [(anchor.tids[0], "DURING" if expr.type == DURATION else "IS_INCLUDED")]
        for tid, rel in rels:
            links.append(f'<TLINK{_attrs([("lid", f"l{lid}"), ("relType", rel), ("eventInstanceID", eiid), ("relatedToTime", tid)])}/>')
            lid += 1

    ref = timeline.reference_date.isoformat() if timeline.reference_date else ""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f"<TimeML {TIMEML_NS_ATTRS}>",
    ]
    if doc_id:
        lines.append(f"<DOCID>{_escape_text(xml_safe_text(str(doc_id))[0])}</DOCID>")
    lines.append(
        f'<DCT><TIMEX3 tid="t0" type="DATE" value="{_escape_attr(ref)}" '
        f'functionInDocument="CREATION_TIME">{_escape_text(ref)}</TIMEX3></DCT>'
    )
    if timeline.reference_date_source:
        lines.append(_comment(f"reference date source: {timeline.reference_date_source}"))
    lines.append(f"<TEXT>{body}</TEXT>")
    lines.extend(makeinstances)
    lines.extend(links)
    lines.extend(_comment(n) for n in notes)
    lines.append("</TimeML>")
    return "\n".join(lines) + "\n"
