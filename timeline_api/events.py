"""Stage 3: attach each calendar date to the event it dates.

The event is found in the dependency parse: the verb the date's phrase
modifies ("signed on November 23"), or a noun that names an event ("the
meeting on Wednesday", "the 2018 Eastern Economic Forum").  The summary is
built from that event's subject, predicate and object, without the date.
"""
from __future__ import annotations

from typing import Optional

from .lexicon import EVENT_NOUNS
from .model import DATE, TIME, Event, Participant, Span, TemporalExpression

PARTICIPANT_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
_NOMINAL_SUFFIXES = ("tion", "sion", "ment", "ance", "ence", "ure", "sal", "ing", "al")
_SKIP_DEPS = {"punct", "cc", "mark", "advcl", "parataxis", "appos", "relcl", "acl"}
_MAX_PHRASE = 9


def _is_event_noun(token) -> bool:
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    lemma = token.lemma_.lower()
    if lemma in EVENT_NOUNS:
        return True
    return token.pos_ == "NOUN" and lemma.endswith(_NOMINAL_SUFFIXES) and len(lemma) > 5


def find_trigger(span):
    """The token naming the event that the date span modifies, or None."""
    root = span.root
    node = root
    # A date inside a noun phrase ("the 2018 Forum", "next year's elections") dates that noun.
    if root.dep_ in ("compound", "nmod", "amod", "nummod", "poss") and root.head.pos_ in ("NOUN", "PROPN"):
        head = root.head
        while head.dep_ == "compound" and head.head.pos_ in ("NOUN", "PROPN"):
            head = head.head
        if _is_event_noun(head) or head.pos_ == "PROPN":
            return head
        node = head
    for _ in range(6):
        head = node.head
        if head is node:
            return node if node.pos_ in ("VERB", "AUX") else None
        if head.i in range(span.start, span.end):
            node = head
            continue
        if head.pos_ == "ADP":
            node = head
            continue
        if head.pos_ == "VERB":
            return head
        if _is_event_noun(head):
            return head
        if head.pos_ == "AUX":
            # "would the discussion on Wednesday fall ...": look for the event below the auxiliary.
            return head
        node = head
    return None


def _collect(token, root, exclude: set[int], out: list) -> None:
    """Tokens of `token`'s subtree in order, leaving out excluded tokens and side clauses."""
    for child in token.lefts:
        if child.i not in exclude and not (token is root and child.dep_ in _SKIP_DEPS):
            _collect(child, root, exclude, out)
    out.append(token)
    for child in token.rights:
        if child.i not in exclude and not (token is root and child.dep_ in _SKIP_DEPS):
            _collect(child, root, exclude, out)


def _render(tokens) -> str:
    text = ""
    for k, t in enumerate(tokens):
        joined = k + 1 < len(tokens) and tokens[k + 1].i == t.i + 1
        text += t.text_with_ws if joined else t.text + " "
    return text.strip()


def _phrase(token, exclude: set[int], limit: int = _MAX_PHRASE) -> str:
    """The readable core of the phrase headed by `token`, without excluded tokens."""
    keep: list = []
    _collect(token, token, exclude, keep)
    if len(keep) > limit:
        head_pos = keep.index(token)
        keep = keep[max(0, head_pos - 4):head_pos + limit - 3]
    while keep and (keep[-1].pos_ in ("ADP", "DET", "CCONJ", "SCONJ") or keep[-1].is_punct):
        keep.pop()
    while keep and (keep[0].pos_ in ("ADP", "CCONJ", "SCONJ") or keep[0].is_punct):
        keep.pop(0)
    return _render(keep)


def _exclusion(span, doc) -> set[int]:
    """Tokens of the date phrase (with its preposition), kept out of summaries."""
    ids = set(range(span.start, span.end))
    root = span.root
    if root.dep_ == "pobj" and root.head.pos_ == "ADP":
        prep = root.head
        ids |= {t.i for t in prep.subtree}
    return ids


def summarize(trigger, span, doc) -> str:
    exclude = _exclusion(span, doc)
    if trigger.pos_ in ("NOUN", "PROPN"):
        text = _phrase(trigger, exclude)
        return text or trigger.text
    subj = next((c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)
    obj = next((c for c in trigger.children if c.dep_ in ("dobj", "attr", "oprd", "dative")), None)
    if obj is not None and obj.tag_ == "WDT" and trigger.dep_ == "relcl":
        obj = trigger.head
    if trigger.dep_ == "acl" and trigger.head.pos_ in ("NOUN", "PROPN"):
        # "the treaty signed by China and Russia in 2001"
        noun = _phrase(trigger.head, exclude | {t.i for t in trigger.subtree}, 8)
        agent = next((c for c in trigger.children if c.dep_ == "agent"), None)
        tail = _phrase(agent, exclude, 7) if agent is not None else ""
        return " ".join(p for p in (noun, trigger.text, tail) if p)
    if subj is None and trigger.dep_ == "relcl" and trigger.head.pos_ in ("NOUN", "PROPN"):
        subj = trigger.head
    if subj is not None and subj.tag_ in ("WDT", "WP") and trigger.dep_ == "relcl":
        subj = trigger.head
    if subj is None and trigger.dep_ in ("conj", "xcomp") and trigger.head.pos_ == "VERB":
        subj = next((c for c in trigger.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    parts = []
    if subj is not None:
        parts.append(_phrase(subj, exclude | {t.i for t in trigger.subtree if t is not subj and subj not in t.subtree and t.i not in {x.i for x in subj.subtree}} | {trigger.i}, 6))
    negation = [c.text for c in trigger.children if c.dep_ == "neg"]
    aux = [c.text for c in trigger.children if c.dep_ in ("aux", "auxpass") and c.i < trigger.i]
    parts.append(" ".join(aux + negation + [trigger.text] + [c.text for c in trigger.children if c.dep_ == "prt"]))
    if obj is not None:
        parts.append(_phrase(obj, exclude | {trigger.i}, 8))
    elif trigger.lemma_ not in ("say", "tell", "add", "note"):
        prep = next((c for c in trigger.children if c.dep_ == "prep" and c.i not in exclude), None)
        if prep is not None:
            parts.append(_phrase(prep, exclude, 6) and prep.text + " " + _phrase(prep, exclude | {prep.i}, 6))
    return " ".join(p for p in parts if p).strip()


def _participants(trigger, sent, doc) -> list[Participant]:
    scope = {t.i for t in trigger.subtree}
    if trigger.dep_ in ("relcl", "acl"):
        scope |= {t.i for t in trigger.head.subtree}
    head = trigger.head
    if trigger.pos_ in ("NOUN", "PROPN") and head.pos_ in ("VERB", "AUX", "ADP"):
        verb = head if head.pos_ != "ADP" else head.head
        scope |= {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    ents = [e for e in sent.ents if e.label_ in PARTICIPANT_LABELS]
    chosen = [e for e in ents if e.start in scope] or ents
    seen, out = set(), []
    for e in chosen:
        if e.text in seen:
            continue
        seen.add(e.text)
        out.append(Participant(e.text, e.label_, e.start_char, e.end_char))
    return out


def _confidence(trigger, timex: TemporalExpression) -> float:
    score = 0.4
    if trigger is not None:
        score += 0.3 if trigger.pos_ == "VERB" else 0.2
    if timex.granularity in ("day", "time"):
        score += 0.2
    elif timex.granularity in ("week", "month"):
        score += 0.1
    if timex.mod in ("APPROX",):
        score -= 0.1
    return round(min(score, 1.0), 2)


def attach(doc, timexes: list[TemporalExpression]) -> list[Event]:
    """One event per calendar date expression, with its evidence."""
    events: list[Event] = []
    for timex in timexes:
        if timex.type not in (DATE, TIME) or timex.start is None:
            continue
        span = doc.char_span(timex.start_char, timex.end_char, alignment_mode="expand")
        if span is None or not len(span):
            continue
        sent = span.sent
        trigger = find_trigger(span)
        if trigger is None:
            trigger = sent.root
        summary = summarize(trigger, span, doc) or sent.text.strip()[:120]
        events.append(Event(
            id=f"e{len(events) + 1}",
            summary=summary,
            trigger=Span(trigger.text, trigger.idx, trigger.idx + len(trigger.text)),
            date=timex,
            sentence=Span(sent.text, sent.start_char, sent.end_char),
            participants=_participants(trigger, sent, doc),
            confidence=_confidence(trigger, timex),
        ))
    return events
