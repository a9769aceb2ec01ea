"""Reads TimeML 1.2.1 documents (TimeBank, AQUAINT, TempEval-3 style).

A document becomes a `TimeMLDocument`: its id, creation time (DCT), the
content of its `<TEXT>` element as one plain string, and the gold annotations
with character offsets into that string.

The plain text is what an XML parser reports as the character data of
`<TEXT>`: every tag removed, entities and character references replaced by
the characters they stand for, and line ends normalised the way XML 1.0
requires (CR LF and a lone CR become LF).  Offsets are Python string offsets,
end exclusive, so ``doc.text[t.start:t.end] == t.text`` for every annotation.

The offsets are computed while walking the parsed tree (text, children, tail
in document order), never by searching for the annotated words, so repeated
words and entities such as ``&amp;`` cannot shift them.
"""
from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Optional, Union

__all__ = [
    "GoldTimex", "GoldEvent", "EventInstance", "GoldSignal", "TLink",
    "TimeMLDocument", "TimeMLError", "read_file", "parse_string", "parse_dct_date",
]


class TimeMLError(ValueError):
    """The input is not a usable TimeML document."""


@dataclass
class GoldTimex:
    tid: str
    text: str
    start: int
    end: int
    type: str
    value: str
    mod: Optional[str] = None
    quant: Optional[str] = None
    freq: Optional[str] = None
    anchor_time_id: Optional[str] = None
    begin_point: Optional[str] = None
    end_point: Optional[str] = None
    temporal_function: Optional[str] = None
    function_in_document: Optional[str] = None
    attrs: dict = field(default_factory=dict)  # every attribute as written


@dataclass
class EventInstance:
    """One `<MAKEINSTANCE>` of an event."""

    eiid: str
    event_id: str
    tense: Optional[str] = None
    aspect: Optional[str] = None
    polarity: Optional[str] = None
    modality: Optional[str] = None
    pos: Optional[str] = None
    cardinality: Optional[str] = None
    signal_id: Optional[str] = None


@dataclass
class GoldEvent:
    eid: str
    text: str
    start: int
    end: int
    event_class: Optional[str]
    stem: Optional[str] = None
    instances: list[EventInstance] = field(default_factory=list)
    attrs: dict = field(default_factory=dict)

    def _first(self, name: str) -> Optional[str]:
        return getattr(self.instances[0], name) if self.instances else None

    @property
    def eiid(self) -> Optional[str]:
        return self._first("eiid")

    @property
    def tense(self) -> Optional[str]:
        return self._first("tense")

    @property
    def aspect(self) -> Optional[str]:
        return self._first("aspect")

    @property
    def polarity(self) -> Optional[str]:
        return self._first("polarity")

    @property
    def modality(self) -> Optional[str]:
        return self._first("modality")


@dataclass
class GoldSignal:
    sid: str
    text: str
    start: int
    end: int


@dataclass
class TLink:
    """A `<TLINK>`.  Exactly one of the `*_event_instance`/`*_time` pairs is set
    on each side; `source`/`target` give whichever it is."""

    lid: str
    rel_type: str
    event_instance_id: Optional[str] = None
    time_id: Optional[str] = None
    related_to_event_instance: Optional[str] = None
    related_to_time: Optional[str] = None
    signal_id: Optional[str] = None
    origin: Optional[str] = None

    @property
    def source(self) -> Optional[str]:
        return self.event_instance_id or self.time_id

    @property
    def target(self) -> Optional[str]:
        return self.related_to_event_instance or self.related_to_time


@dataclass
class TimeMLDocument:
    doc_id: str
    dct: Optional[date]
    dct_value: Optional[str]
    text: str
    timexes: list[GoldTimex]
    events: list[GoldEvent]
    signals: list[GoldSignal]
    tlinks: list[TLink]
    path: Optional[str] = None

    def event_by_instance(self, eiid: str) -> Optional[GoldEvent]:
        for event in self.events:
            if any(i.eiid == eiid for i in event.instances):
                return event
        return None


def parse_dct_date(value: Optional[str]) -> Optional[date]:
    """The calendar day of a DCT value such as ``1998-01-08`` or
    ``1999-10-24T20:00`` (None when the value has no full date)."""
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def read_file(path: Union[str, os.PathLike]) -> TimeMLDocument:
    """Parse the TimeML file at `path`."""
    path = Path(path)
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise TimeMLError(f"{path}: not well-formed XML: {exc}") from exc
    return _document(root, default_id=path.stem.removesuffix(".tml"), path=str(path))


def parse_string(xml: Union[str, bytes], doc_id: Optional[str] = None) -> TimeMLDocument:
    """Parse a TimeML document held in memory."""
    try:
        root = ET.fromstring(xml)
    except ET.ParseError as exc:
        raise TimeMLError(f"not well-formed XML: {exc}") from exc
    return _document(root, default_id=doc_id or "", path=None)


def _opt(element: ET.Element, name: str) -> Optional[str]:
    value = element.get(name)
    return value if value is not None else None


def _document(root: ET.Element, default_id: str, path: Optional[str]) -> TimeMLDocument:
    if root.tag != "TimeML":
        raise TimeMLError(f"root element is <{root.tag}>, expected <TimeML>")
    text_el = root.find("TEXT")
    if text_el is None:
        raise TimeMLError("no <TEXT> element")

    docid_el = root.find("DOCID")
    doc_id = (docid_el.text or "").strip() if docid_el is not None else ""
    dct_value = None
    dct_timex = root.find("DCT/TIMEX3")
    if dct_timex is not None:
        dct_value = dct_timex.get("value")

    pieces: list[str] = []
    timexes: list[GoldTimex] = []
    events: list[GoldEvent] = []
    signals: list[GoldSignal] = []
    length = 0

    def walk(element: ET.Element) -> None:
        nonlocal length
        if element.text:
            pieces.append(element.text)
            length += len(element.text)
        for child in element:
            start = length
            walk(child)
            end = length
            _annotate(child, start, end)
            if child.tail:
                pieces.append(child.tail)
                length += len(child.tail)

    def _annotate(el: ET.Element, start: int, end: int) -> None:
        # Text is not joined yet; it is filled in once the whole walk is done.
        if el.tag == "TIMEX3":
            a = el.attrib
            timexes.append(GoldTimex(
                tid=a.get("tid", ""), text="", start=start, end=end,
                type=a.get("type", ""), value=a.get("value", ""), mod=a.get("mod"),
                quant=a.get("quant"), freq=a.get("freq"),
                anchor_time_id=a.get("anchorTimeID"), begin_point=a.get("beginPoint"),
                end_point=a.get("endPoint"), temporal_function=a.get("temporalFunction"),
                function_in_document=a.get("functionInDocument"), attrs=dict(a),
            ))
        elif el.tag == "EVENT":
            a = el.attrib
            events.append(GoldEvent(
                eid=a.get("eid", ""), text="", start=start, end=end,
                event_class=a.get("class"), stem=a.get("stem"), attrs=dict(a),
            ))
        elif el.tag == "SIGNAL":
            signals.append(GoldSignal(sid=el.get("sid", ""), text="", start=start, end=end))

    walk(text_el)
    text = "".join(pieces)
    for item in (*timexes, *events, *signals):
        item.text = text[item.start:item.end]
    for seq in (timexes, events, signals):
        seq.sort(key=lambda x: (x.start, -x.end))

    by_eid = {e.eid: e for e in events}
    for mi in root.iter("MAKEINSTANCE"):
        inst = EventInstance(
            eiid=mi.get("eiid", ""), event_id=mi.get("eventID", ""),
            tense=_opt(mi, "tense"), aspect=_opt(mi, "aspect"), polarity=_opt(mi, "polarity"),
            modality=_opt(mi, "modality"), pos=_opt(mi, "pos"),
            cardinality=_opt(mi, "cardinality"), signal_id=_opt(mi, "signalID"),
        )
        event = by_eid.get(inst.event_id)
        if event is not None:
            event.instances.append(inst)

    tlinks = [
        TLink(
            lid=tl.get("lid", ""), rel_type=tl.get("relType", ""),
            event_instance_id=_opt(tl, "eventInstanceID"), time_id=_opt(tl, "timeID"),
            related_to_event_instance=_opt(tl, "relatedToEventInstance"),
            related_to_time=_opt(tl, "relatedToTime"),
            signal_id=_opt(tl, "signalID"), origin=_opt(tl, "origin"),
        )
        for tl in root.iter("TLINK")
    ]

    return TimeMLDocument(
        doc_id=doc_id or default_id, dct=parse_dct_date(dct_value), dct_value=dct_value,
        text=text, timexes=timexes, events=events, signals=signals, tlinks=tlinks, path=path,
    )
