"""Negative rules: candidates the grammar found that the parse shows are not dates.

Kept beside the grammar, as HeidelTime keeps its negative rules, but in a module
of its own because these are the only rules that need part-of-speech tags,
dependencies and entities: "may" the modal, "Theresa May", "2000 soldiers",
"prices fall", "the 2nd floor".
"""
from __future__ import annotations

import re
from typing import Optional

from . import context
from . import lexicon as lx
from .model import DURATION, SET, Mention

# Words after a bare number that make it a count or a measure, not a year.
_MEASURE = re.compile(
    r"\s*(?:%|percent|per\s?cent|kilomet|km|miles?|meters?|metres?|feet|foot|tons?|tonnes?|pounds?|kg|"
    r"barrels?|acres?|points?|votes?|seats?|yards?|degrees?|dollars?|euros?|yen|people|troops|soldiers)\b",
    re.I,
)
# Words before a bare number that make it a name, an amount or an address.
_NOT_A_YEAR_BEFORE = re.compile(
    r"(?:\$|€|£|#|No\.|no\.|number|route|flight|room|version|v\.|model|windows|boeing|airbus|iso|"
    r"article|section|resolution|chapter|page|pages|highway|interstate|apollo|suite|box)\s*$",
    re.I,
)
_YEAR_CUES_BEFORE = re.compile(
    r"(?:\b(?:in|since|by|until|till|before|after|of|from|through|during|to|around|circa|early|late|mid|"
    r"the|fiscal|year|calendar|between|and|spring|summer|autumn|fall|winter|'s|’s)|[(,])\s*$",
    re.I,
)


_DAY_PREPOSITIONS = {"on", "by", "until", "till", "since", "before", "after", "from", "through", "last", "next", "this",
                     "early", "late", "that", "each", "every"}
_CALENDAR_WORDS = set(lx.MONTHS) | set(lx.WEEKDAYS) | {"morning", "afternoon", "evening", "night", "noon", "midnight"}


def _tokens(doc, m: Mention):
    span = doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
    return span if span is not None and len(span) else None


def _in_entity(span, labels: set[str]) -> bool:
    return any(t.ent_type_ in labels for t in span)


_GENERIC_AGE_NOUNS = {"world", "youth", "society", "generation", "generations", "children", "people", "leaders", "standards"}
_OPEN_QUOTES = ("\u201c", "``", '"')
_CLOSE_QUOTES = ("\u201d", "''", '"')
_TITLE_WORD = re.compile(r"[A-Z0-9][\w'.&-]*")


def _is_title(text: str, m: Mention) -> bool:
    """Whether the mention is part of a quoted title: every word of the quotation
    capitalised, and the quotation short ("This Week," "60 Minutes," "High Noon.")."""
    if not m.text[:1].isupper() and not m.text[:1].isdigit():
        return False
    before = text[max(0, m.start_char - 40):m.start_char]
    after = text[m.end_char:m.end_char + 40]
    opens = [(before.rfind(q), q) for q in _OPEN_QUOTES]
    at, quote = max(opens)
    if at < 0:
        return False
    closes = [after.find(q) for q in _CLOSE_QUOTES if after.find(q) >= 0]
    if not closes:
        return False
    inside = (before[at + len(quote):] + m.text + after[:min(closes)]).strip().rstrip(",.!?")
    words = inside.split()
    return 2 <= len(words) <= 6 and all(_TITLE_WORD.fullmatch(w) for w in words)


def _a_year_before_noun(before: str, nxt) -> bool:
    """"a 2021 settlement", "a 1995 law": after "a", a number before a singular noun
    is no count ("a 2000 soldiers" is not English); it dates the noun."""
    return bool(re.search(r"\ba\s+$", before)) and nxt is not None and nxt.tag_ == "NN" and not _MEASURE.match(" " + nxt.text)


def _measured_before(doc, first, digits: bool = False) -> bool:
    """Whether a quantity comes just before "per" in its sentence ("15 million
    instructions", "0.2C", "5 tonnes of carbon", "2 percent"); with `digits`, one
    written in figures."""
    start = max(context.sentence_start(doc, first.i), first.i - 6)
    if digits:
        return any(any(ch.isdigit() for ch in t.text) for t in doc[start:first.i])
    return any(t.like_num or any(ch.isdigit() for ch in t.text) or t.ent_type_ in ("MONEY", "PERCENT", "QUANTITY", "CARDINAL")
               for t in doc[start:first.i])


def keep(doc, m: Mention, text: Optional[str] = None) -> Optional[Mention]:
    """The mention, or None when the context shows it is not temporal.

    `text` is `doc.text`, passed in by callers that check many mentions:
    spaCy rebuilds it on every access.
    """
    span = _tokens(doc, m)
    if span is None:
        return m
    text = doc.text if text is None else text
    first, last = span[0], span[-1]
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    rule = m.rule

    if rule.startswith("[<position>] <month>  ") or rule.startswith("[<position>] <month> (lowercase"):
        word = last
        if word.tag_ == "MD" or word.pos_ == "VERB" and word.text.lower() in ("march", "may"):
            return None
        if _in_entity(span, {"PERSON", "ORG", "FAC", "PRODUCT", "WORK_OF_ART"}) and word.ent_type_ != "DATE":
            return None
        if word.text.lower() in ("may", "march") and nxt is not None and nxt.pos_ in ("VERB", "AUX") and nxt.tag_ in ("VB",):
            return None
        prev = doc[first.i - 1] if first.i > 0 else None
        if m.mod is None and len(span) == 1 and prev is not None and prev.pos_ == "PROPN" and prev.text[:1].isupper() \
                and prev.lower_.rstrip(".") not in _CALENDAR_WORDS:
            return None  # "Theresa May", "Prime Minister May"
        return m

    if rule.startswith("weekday [<part of day>]"):
        # "The Sunday Times", "Monday Night Football": a weekday naming a title.
        prev = doc[first.i - 1] if first.i > 0 else None
        if nxt is not None and nxt.text[:1].isupper() and nxt.pos_ == "PROPN" and m.end_char == last.idx + len(last.text) \
                and nxt.lower_.rstrip(".") not in _CALENDAR_WORDS and not first.is_sent_start \
                and not (prev is not None and prev.lower_ in _DAY_PREPOSITIONS):
            return None
        return m

    if rule == "year":
        if m.mod is None and m.text.isdigit():
            before = text[max(0, m.start_char - 25):m.start_char]
            after = text[m.end_char:m.end_char + 20]
            if _NOT_A_YEAR_BEFORE.search(before) or _MEASURE.match(after):
                return None
            if last.ent_type_ in ("MONEY", "CARDINAL", "QUANTITY", "PERCENT") and not _YEAR_CUES_BEFORE.search(before) \
                    and not _a_year_before_noun(before, nxt):
                return None
            # "2000 soldiers": a number counting the noun it modifies.
            if nxt is not None and nxt.tag_ == "NNS" and last.dep_ == "nummod" and not _YEAR_CUES_BEFORE.search(before):
                return None
            if first.i > 0 and doc[first.i - 1].pos_ == "PROPN" and doc[first.i - 1].ent_type_ != "DATE" \
                    and not _YEAR_CUES_BEFORE.search(before) and last.ent_type_ != "DATE":
                return None
        return m

    if rule == "bare season":
        word = span[-1]
        if word.pos_ not in ("NOUN", "PROPN") or word.ent_type_ in ("ORG", "EVENT", "WORK_OF_ART", "PERSON", "FAC"):
            return None
        if word.text[:1].isupper() and nxt is not None and nxt.text[:1].isupper() and nxt.is_alpha:
            return None  # "the Winter Olympics", "the Summer Palace"
        if word.pos_ == "PROPN" and nxt is not None and nxt.pos_ == "PROPN":
            return None  # "Winter Olympics", "Summer Palace"
        return m

    if rule.startswith("the <day>th"):
        if nxt is not None and (nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or nxt.text.lower() == "of"
                                and not re.match(r"\s*of\s+[A-Z][a-z]+", text[m.end_char:m.end_char + 15])):
            return None
        if last.ent_type_ not in ("DATE", ""):
            return None
        return m

    if _is_title(text, m):
        return None  # ABC's "This Week", CBS's "60 Minutes", the film "High Noon"
    if m.type == SET and m.quant and span[-1].dep_ == "compound" and span[-1].head.i >= span.end:
        return None  # "each morning session", "every night shift": a kind of session, not when
    if m.type == SET and len(span) == 1 and span[0].dep_ == "amod" and not m.quant and span[0].head.lower_ != "basis":
        # "a quarterly dividend", "the daily newspaper": a kind of thing, not a time; but "on a
        # weekly basis" says how often
        return None
    if m.type == SET and m.text.lower().startswith("per ") and _measured_before(doc, first):
        return None  # "15 million instructions per second", "0.2C per decade": a rate of a quantity, as "four flights a week"
    if m.type == DURATION and re.match(r"(?:a|an|per)\s", m.text, re.I) and (
            first.i > 0 and (doc[first.i - 1].like_num or doc[first.i - 1].ent_type_ in ("MONEY", "PERCENT", "QUANTITY", "CARDINAL")
                             or doc[first.i - 1].lower_ in ("times", "twice", "once")
                             or doc[first.i - 1].tag_ == "NNS" and any(c.dep_ == "nummod" for c in doc[first.i - 1].children))
            or last.dep_ == "npadvmod" and last.head.pos_ in ("NOUN", "PROPN") and last.head.i < first.i
            and _measured_before(doc, first, digits=True)):
        # "$5 a year", "twice a week", "four flights a week", "24 hours a day" is a rate; so is
        # "150 minutes of exercise a week", where the unit hangs on the noun after a measured
        # quantity (not "dozens of interviews a day", a frequency TBAQ tags as a SET).
        return None
    if m.type == DURATION:
        # "within a day of the meeting": a bound on distance, not a date or a period.
        if re.match(r"\s+of\s+(?:a|an|the|his|her|its|their)\b", text[m.end_char:m.end_char + 12]) \
                and re.search(r"\bwithin\s+$", text[max(0, m.start_char - 8):m.start_char], re.I):
            return None
        return m

    if rule.startswith("yesterday/today/tomorrow") and len(span) == 1 and first.lower_ in ("today", "tomorrow"):
        # "today's youth", "in today's world", "the people of tomorrow": the present or the
        # future age in general, not a day.
        after = doc[last.i + 2] if nxt is not None and nxt.lower_ in ("'s", "’s") and last.i + 2 < len(doc) else None
        if after is not None and after.lower_ in _GENERIC_AGE_NOUNS:
            return None
        prev = doc[first.i - 1] if first.i > 0 else None
        if prev is not None and prev.lower_ == "of" and first.i > 1 and doc[first.i - 2].lower_ in _GENERIC_AGE_NOUNS:
            return None
        return m

    if rule.startswith("now / recently"):
        word = m.text.lower()
        if word == "current" and (nxt is None or nxt.pos_ not in ("NOUN", "PROPN") or nxt.text.lower() in ("account", "affairs", "events", "flow")):
            return None
        if word == "future" and nxt is not None and nxt.text.lower() in ("tense",):
            return None
        if word in ("recently", "recent", "late", "lately", "early") and re.search(r"\bas\s+$", text[max(0, m.start_char - 4):m.start_char], re.I) \
                and re.match(r"\s+as\b", text[m.end_char:m.end_char + 4], re.I):
            return None  # "as recently as last quarter": the date is what follows
        return m
    return m
