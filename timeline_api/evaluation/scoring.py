"""TempEval-3 style scoring of temporal expressions.

Matching (per document)
    A gold TIMEX3 and a system expression *match relaxed* when their
    character spans overlap by at least one character, and *match strict*
    when the spans are identical.  Matching is one to one: every candidate
    pair is ranked by overlap size (largest first; ties broken by document
    order of the gold item, then of the system item) and taken greedily when
    neither side has been used yet.  An identical-span pair always has the
    largest overlap either side can have, so strict matches are found by the
    same pass and are a subset of the relaxed ones; on a tie an identical span
    is preferred.

Metrics
    strict P/R/F1   identical-span matches / system items, / gold items, F1.
    relaxed P/R/F1  overlapping matches / system items, / gold items, F1.
    type accuracy   share of relaxed matches whose TIMEX3 type is the gold one.
    value accuracy  share of relaxed matches whose value is the gold one.
    type F1         type accuracy x relaxed F1.
    value F1        value accuracy x relaxed F1.

    Values are compared as strings after stripping surrounding white space.

Ranges
    The engine writes a range as one expression with an interval value
    (``2022-02-04/2022-02-20`` over "February 4-20") where TimeML annotates
    each end point as a TIMEX3 of its own.  Before matching, a system interval
    is split into its two points exactly as `timeline_api.timeml.render`
    writes it (first point value A, second value B) whenever its surface text
    can be cut at a range word or dash (`timeline_api.timeml.split_range`).
    An interval that cannot be split stays one system item, and its value
    counts as correct when the gold value equals either A or B.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Iterable, Optional, Sequence

from ..timeml import interval_bounds, is_interval_value, split_range

__all__ = [
    "Mention", "Counts", "Match", "ErrorRecord", "DocumentResult", "Evaluation",
    "mentions_from_gold", "mentions_from_expressions", "value_matches", "match",
    "score_document", "error_patterns", "sentence_context", "ERROR_KINDS",
]

# Error classes, in the order reports list them.
MISSED, SPURIOUS, SPAN, WRONG_TYPE, WRONG_VALUE = "missed", "spurious", "span", "wrong_type", "wrong_value"
ERROR_KINDS = (MISSED, SPURIOUS, SPAN, WRONG_TYPE, WRONG_VALUE)


@dataclass(frozen=True)
class Mention:
    """A TIMEX to score: its span in the document text, type and value."""

    start: int
    end: int
    text: str
    type: str
    value: str
    id: str = ""
    # For a part of a split system range: the interval it came from.
    interval: Optional[str] = None


def mentions_from_gold(timexes: Iterable) -> list[Mention]:
    """Gold mentions from `GoldTimex` objects (see `timeml_reader`)."""
    return [Mention(t.start, t.end, t.text, t.type or "", t.value or "", t.tid) for t in timexes]


def mentions_from_expressions(exprs: Iterable, text: str, *, split_ranges: bool = True) -> list[Mention]:
    """System mentions from `TemporalExpression` objects found in `text`.

    With `split_ranges`, an interval value whose surface text holds two points
    becomes two mentions (see the module docstring)."""
    out: list[Mention] = []
    for e in exprs:
        value = e.value or ""
        start, end = e.start_char, e.end_char
        if split_ranges and is_interval_value(value) and 0 <= start < end <= len(text):
            parts = split_range(text, start, end)
            if parts is not None:
                for (s, t), v in zip(parts, interval_bounds(value)):
                    out.append(Mention(s, t, text[s:t], e.type or "", v, e.id, interval=value))
                continue
        out.append(Mention(start, end, e.text, e.type or "", value, e.id))
    return out


# A one-digit ISO week ("2000-W7", as some TBAQ values are written) is the two-digit week "2000-W07".
_SHORT_WEEK = re.compile(r"(?<=-W)(\d)(?!\d)")


def value_matches(gold_value: Optional[str], system_value: Optional[str]) -> bool:
    """Gold and system values agree: equal after stripping white space and
    writing a week with two digits, or the system value is an interval ``A/B``
    and the gold value is A or B."""
    g = _SHORT_WEEK.sub(r"0\1", (gold_value or "").strip())
    s = _SHORT_WEEK.sub(r"0\1", (system_value or "").strip())
    if g == s:
        return True
    if is_interval_value(s):
        return g in interval_bounds(s)
    return False


def _type_matches(gold_type: Optional[str], system_type: Optional[str]) -> bool:
    return (gold_type or "").strip().upper() == (system_type or "").strip().upper()


# --------------------------------------------------------------------------
# Counts


def _ratio(num: float, den: float) -> float:
    return num / den if den else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    strict: int = 0  # identical-span matches
    relaxed: int = 0  # overlapping matches (strict ones included)
    type_correct: int = 0  # relaxed matches with the gold type
    value_correct: int = 0  # relaxed matches with the gold value

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(*(a + b for a, b in zip(asdict(self).values(), asdict(other).values())))

    def metrics(self) -> dict:
        sp, sr = _ratio(self.strict, self.system), _ratio(self.strict, self.gold)
        rp, rr = _ratio(self.relaxed, self.system), _ratio(self.relaxed, self.gold)
        rf = _f1(rp, rr)
        type_acc = _ratio(self.type_correct, self.relaxed)
        value_acc = _ratio(self.value_correct, self.relaxed)
        return {
            "strict_precision": sp, "strict_recall": sr, "strict_f1": _f1(sp, sr),
            "relaxed_precision": rp, "relaxed_recall": rr, "relaxed_f1": rf,
            "type_accuracy": type_acc, "value_accuracy": value_acc,
            "type_f1": type_acc * rf, "value_f1": value_acc * rf,
        }

    def to_dict(self) -> dict:
        return {**asdict(self), **self.metrics()}


# --------------------------------------------------------------------------
# Matching


@dataclass(frozen=True)
class Match:
    gold: Mention
    system: Mention

    @property
    def strict(self) -> bool:
        return (self.gold.start, self.gold.end) == (self.system.start, self.system.end)

    @property
    def type_ok(self) -> bool:
        return _type_matches(self.gold.type, self.system.type)

    @property
    def value_ok(self) -> bool:
        return value_matches(self.gold.value, self.system.value)


def match(gold: Sequence[Mention], system: Sequence[Mention]) -> tuple[list[Match], list[Mention], list[Mention]]:
    """One-to-one relaxed matching: (matches, unmatched gold, unmatched system).
    Matches come back in gold document order."""
    gi = sorted(range(len(gold)), key=lambda i: (gold[i].start, gold[i].end, i))
    si = sorted(range(len(system)), key=lambda j: (system[j].start, system[j].end, j))
    g_rank = {i: r for r, i in enumerate(gi)}
    s_rank = {j: r for r, j in enumerate(si)}
    pairs = []
    for i, g in enumerate(gold):
        for j, s in enumerate(system):
            overlap = min(g.end, s.end) - max(g.start, s.start)
            if overlap > 0:
                exact = (g.start, g.end) == (s.start, s.end)
                pairs.append((-overlap, not exact, g_rank[i], s_rank[j], i, j))
    pairs.sort()
    used_g: set[int] = set()
    used_s: set[int] = set()
    found: list[tuple[int, int]] = []
    for *_, i, j in pairs:
        if i in used_g or j in used_s:
            continue
        used_g.add(i)
        used_s.add(j)
        found.append((i, j))
    found.sort(key=lambda p: g_rank[p[0]])
    matches = [Match(gold[i], system[j]) for i, j in found]
    missed = [gold[i] for i in gi if i not in used_g]
    spurious = [system[j] for j in si if j not in used_s]
    return matches, missed, spurious


# --------------------------------------------------------------------------
# Errors


# A stop, unless it ends an abbreviation of a month or a title ("Sept. 30", "Dr. Slepian"), or
# what follows is a digit or a lower-case word ("Nov. 1, 2009, priced at par"); or a blank line.
_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
                  "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Gov", "Sen", "Rep", "Lt", "Col", "Capt", "Sgt", "Prof")
_SENT_END = re.compile("".join(rf"(?<!\b{a})" for a in _ABBREVIATIONS)
                       + r"(?:[.!?][\"')\]]*\s+(?![\sa-z0-9]))|\n\s*\n")


def sentence_context(text: str, start: int, end: int, width: int = 160) -> str:
    """The sentence around ``text[start:end]`` (at most `width` characters on
    each side), white space collapsed, the span marked ``[[...]]``."""
    lo = max(0, start - width)
    left = text[lo:start]
    ends = list(_SENT_END.finditer(left))
    s0 = lo + ends[-1].end() if ends else lo
    right = text[end:end + width]
    m = _SENT_END.search(right)
    s1 = end + (m.start() + 1 if m else len(right))
    snippet = text[s0:start] + "[[" + text[start:end] + "]]" + text[end:s1]
    snippet = " ".join(snippet.split())
    return ("..." if s0 == lo and lo > 0 else "") + snippet + ("..." if not m and s1 < len(text) else "")


@dataclass
class ErrorRecord:
    kind: str  # one of ERROR_KINDS
    doc_id: str
    corpus: str
    gold_text: Optional[str] = None
    gold_start: Optional[int] = None
    gold_end: Optional[int] = None
    gold_type: Optional[str] = None
    gold_value: Optional[str] = None
    system_text: Optional[str] = None
    system_start: Optional[int] = None
    system_end: Optional[int] = None
    system_type: Optional[str] = None
    system_value: Optional[str] = None
    context: str = ""

    @property
    def text(self) -> str:
        return self.gold_text if self.gold_text is not None else (self.system_text or "")

    def to_dict(self) -> dict:
        return asdict(self)


def _record(kind: str, doc_id: str, corpus: str, text: str,
            gold: Optional[Mention], system: Optional[Mention]) -> ErrorRecord:
    anchor = gold or system
    rec = ErrorRecord(kind, doc_id, corpus, context=sentence_context(text, anchor.start, anchor.end))
    if gold is not None:
        rec.gold_text, rec.gold_start, rec.gold_end = gold.text, gold.start, gold.end
        rec.gold_type, rec.gold_value = gold.type, gold.value
    if system is not None:
        rec.system_text, rec.system_start, rec.system_end = system.text, system.start, system.end
        rec.system_type, rec.system_value = system.type, system.interval or system.value
    return rec


@dataclass
class DocumentResult:
    doc_id: str
    corpus: str
    counts: Counts
    matches: list[Match]
    errors: list[ErrorRecord]


def score_document(doc_id: str, text: str, gold: Sequence[Mention], system: Sequence[Mention],
                   corpus: str = "") -> DocumentResult:
    """Score one document's system mentions against its gold mentions."""
    matches, missed, spurious = match(gold, system)
    counts = Counts(
        gold=len(gold), system=len(system),
        strict=sum(m.strict for m in matches), relaxed=len(matches),
        type_correct=sum(m.type_ok for m in matches),
        value_correct=sum(m.value_ok for m in matches),
    )
    errors: list[ErrorRecord] = []
    for m in matches:
        if not m.strict:
            errors.append(_record(SPAN, doc_id, corpus, text, m.gold, m.system))
        if not m.type_ok:
            errors.append(_record(WRONG_TYPE, doc_id, corpus, text, m.gold, m.system))
        if not m.value_ok:
            errors.append(_record(WRONG_VALUE, doc_id, corpus, text, m.gold, m.system))
    errors.extend(_record(MISSED, doc_id, corpus, text, g, None) for g in missed)
    errors.extend(_record(SPURIOUS, doc_id, corpus, text, None, s) for s in spurious)
    errors.sort(key=lambda e: (e.gold_start if e.gold_start is not None else e.system_start, ERROR_KINDS.index(e.kind)))
    return DocumentResult(doc_id, corpus, counts, matches, errors)


# --------------------------------------------------------------------------
# Aggregation


@dataclass
class Evaluation:
    """Per-document results, with per-corpus and overall tallies."""

    documents: list[DocumentResult] = field(default_factory=list)

    def add(self, result: DocumentResult) -> None:
        self.documents.append(result)

    def corpora(self) -> list[str]:
        return sorted({d.corpus for d in self.documents})

    def counts(self, corpus: Optional[str] = None) -> Counts:
        total = Counts()
        for d in self.documents:
            if corpus is None or d.corpus == corpus:
                total = total + d.counts
        return total

    def documents_in(self, corpus: Optional[str] = None) -> list[DocumentResult]:
        return [d for d in self.documents if corpus is None or d.corpus == corpus]

    @property
    def errors(self) -> list[ErrorRecord]:
        return [e for d in self.documents for e in d.errors]

    def error_counts(self) -> dict[str, int]:
        c = Counter(e.kind for e in self.errors)
        return {k: c.get(k, 0) for k in ERROR_KINDS}

    def to_dict(self, *, documents: bool = False) -> dict:
        out = {
            "corpora": {
                name: {"documents": len(self.documents_in(name)), **self.counts(name).to_dict()}
                for name in self.corpora()
            },
            "overall": {"documents": len(self.documents), **self.counts().to_dict()},
            "errors": self.error_counts(),
        }
        if documents:
            out["documents"] = [
                {"doc_id": d.doc_id, "corpus": d.corpus, **d.counts.to_dict()} for d in self.documents
            ]
        return out


def _shape(value: Optional[str]) -> str:
    return re.sub(r"\d", "9", value or "")


def _pattern_key(e: ErrorRecord) -> str:
    text = " ".join((e.text or "").lower().split())
    if e.kind == WRONG_VALUE:
        gold, system = _shape(e.gold_value), _shape(e.system_value)
        if gold != system:
            return f"'{text}' gold {gold} vs system {system}"
        # Same form, different value: say which way the system is off.
        way = "earlier" if (e.system_value or "") < (e.gold_value or "") else "later"
        return f"'{text}' gold {gold} vs system {system} ({way})"
    if e.kind == WRONG_TYPE:
        return f"'{text}' gold {e.gold_type} vs system {e.system_type}"
    if e.kind == SPAN:
        sys_text = " ".join((e.system_text or "").lower().split())
        return f"gold '{text}' vs system '{sys_text}'"
    return f"'{text}'"


def error_patterns(errors: Iterable[ErrorRecord], top: int = 15,
                   kinds: Sequence[str] = ERROR_KINDS) -> list[tuple[str, str, int, ErrorRecord]]:
    """The most frequent error patterns as (kind, pattern, count, an example):
    the lower-cased surface text, plus for value errors the shapes of the two
    values (digits shown as 9) and for type errors the two types."""
    counter: Counter = Counter()
    example: dict = {}
    for e in errors:
        if e.kind not in kinds:
            continue
        key = (e.kind, _pattern_key(e))
        counter[key] += 1
        example.setdefault(key, e)
    ranked = sorted(counter.items(), key=lambda kv: (-kv[1], ERROR_KINDS.index(kv[0][0]), kv[0][1]))
    return [(k, p, n, example[(k, p)]) for (k, p), n in ranked[:top]]
