"""Several mentions of one event become one record.

Two kinds of mentions are gathered:

* mentions of one happening in one clause: a light verb and its event noun
  ("the meeting ... took place on Wednesday"), an event and the clause that
  tells more of it ("exploded Friday, killing dozens"), one verb dated twice
  ("meet at the 2018 Forum ... on September 11, 2018");
* mentions of one event across the text: the same date and triggers of one
  kind ("the virtual meeting on Wednesday", "the discussion on Wednesday", "the
  video call on Wednesday"), unless they name different people.

A negated mention never joins one that is not: "Norway won the relay on Saturday"
and "Russia did not win a medal on Saturday" are two things the reader is told,
and so are "Japan and Australia agreed on Thursday" and "China did not comment on
the agreement on Thursday".

The record keeps the summary and trigger of its most informative mention, the
finest of the dates its mentions agree on, and every mention as evidence.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from .event_lexicon import event_class
from .model import NEGATED, Event

_MENTION_BONUS = 0.05  # a record confirmed by more mentions is surer


@dataclass(frozen=True)
class Key:
    """What merging needs to know of a record besides the record itself."""

    lemma: str
    clause: tuple  # records with equal clause keys tell of one happening in one clause
    primary: bool = True  # a word the date itself dates, not one that only shares its date


def _nested(a: Event, b: Event) -> bool:
    da, db = a.date, b.date
    if da.start is None or db.start is None:
        return da.value == db.value
    return (da.start <= db.start and db.end <= da.end) or (db.start <= da.start and da.end <= db.end)


def _same_date(a: Event, b: Event) -> bool:
    return (a.date.start, a.date.end, a.date.value if a.date.start is None else "") == \
           (b.date.start, b.date.end, b.date.value if b.date.start is None else "")


def _negation_apart(a: Event, b: Event) -> bool:
    return (a.status == NEGATED) != (b.status == NEGATED)


def _people(event: Event) -> set[str]:
    return {p.text.split()[-1] for p in event.participants if p.label == "PERSON"}


def _corefer(a: Event, ka: Key, b: Event, kb: Key) -> bool:
    if a.date_source != b.date_source or not _same_date(a, b):
        return False
    if ka.lemma != kb.lemma:
        ca, cb = event_class(ka.lemma), event_class(kb.lemma)
        if ca is None or ca != cb:
            return False
    pa, pb = _people(a), _people(b)
    return not (pa and pb and not pa & pb)


def _richness(event: Event) -> tuple:
    return (len(event.participants) + len(event.locations), event.confidence, len(event.summary))


def merge(events: list[Event], keys: list[Key]) -> list[Event]:
    """Records of `events` (in text order), mentions of one event merged."""
    parent = list(range(len(events)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(members: list[int], fits) -> None:
        """Joins each record to the first earlier group it fits (checked against one record of
        each group: a long article with one date repeated stays linear)."""
        firsts: list[int] = []
        for i in members:
            j = next((j for j in firsts if fits(j, i)), None)
            if j is None:
                firsts.append(i)
            elif find(i) != find(j):
                parent[find(i)] = find(j)

    def nested(j: int, i: int) -> bool:
        return not _negation_apart(events[j], events[i]) and _nested(events[j], events[i])

    def corefer(j: int, i: int) -> bool:
        return not _negation_apart(events[j], events[i]) and _corefer(events[j], keys[j], events[i], keys[i])

    by_clause: dict = {}
    by_trigger: dict = {}
    by_date: dict = {}
    for i, (event, key) in enumerate(zip(events, keys)):
        by_clause.setdefault(key.clause, []).append(i)
        by_trigger.setdefault((event.trigger.start_char, event.trigger.end_char), []).append(i)
        by_date.setdefault((event.date.start, event.date.end, event.date.value), []).append(i)
    for members in (*by_clause.values(), *by_trigger.values()):
        join(members, nested)
    for members in by_date.values():
        # across clauses, only words a date itself dates: a shared "saying" would join its clause's
        # record to every other saying of the day
        join([i for i in members if keys[i].primary], corefer)

    groups: dict[int, list[int]] = {}
    for i in range(len(events)):
        groups.setdefault(find(i), []).append(i)
    merged = []
    for members in groups.values():
        records = [events[i] for i in members]
        # a clause's own record (its first primary mention) speaks for it;
        # across clauses, the richest does
        leaders = {keys[i].clause: events[i] for i in sorted(reversed(members), key=lambda i: keys[i].primary)}
        best = max(leaders.values(), key=_richness)
        finest = min(records, key=lambda e: (e.date.end - e.date.start).days if e.date.start else 1 << 30)
        merged.append(replace(
            best,
            date=finest.date if all(_nested(finest, r) for r in records) else best.date,
            mentions=[m for r in records for m in r.mentions],
            participants=_union(r.participants for r in [best] + records),
            locations=_union(r.locations for r in [best] + records),
            confidence=round(min(0.99, max(r.confidence for r in records) + _MENTION_BONUS * (len(leaders) - 1)), 2),
        ))
    merged.sort(key=lambda e: min(m.trigger.start_char for m in e.mentions))
    return merged


def _union(lists) -> list:
    seen, out = set(), []
    for items in lists:
        for item in items:
            if item.text not in seen:
                seen.add(item.text)
                out.append(item)
    return out
