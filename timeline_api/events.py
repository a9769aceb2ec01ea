"""Stage 3: the events the text dates.

Each DATE or TIME expression with a calendar value is anchored in the parse to
the events it dates (`anchor`); each anchor becomes a record with a headline,
participants, places and status (`describe`); mentions of one event are merged
(`merge`).  Expressions that denote no calendar span (durations, sets,
PRESENT_REF and the like) date nothing.

On request, events without a date of their own are added: an event in a
sentence with one date takes that date where its tense allows, a past-tense
event in the narration takes the narrative's reference time (the date of the
last dated past event before it), any other is placed at the publication date.

Options come as an `EventOptions` argument, or from the `event_options`
context, so that callers of `pipeline.extract` can set them for one call.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date
from typing import Iterator, Optional

from . import anchor as rules
from . import context
from .describe import Region, denies, participants_and_places, status, summary
from .event_lexicon import FUTURE_CUES, NON_EVENT_VERBS, PARTITIVE_NOUNS, REPORTING_VERBS, event_class, is_event_noun
from .merge import Key, merge
from .nlp import get_nlp
from .resolve import COMPARISON
from .model import (
    AFTER, BEFORE, DATE, DATED_BY_NARRATIVE, DURATION, DATED_BY_PUBLICATION, DATED_BY_TEXT, HYPOTHETICAL, NEGATED,
    OCCURRED, ON, ONGOING,
    SCHEDULED,
    TIME, Event, EventMention, Span, TemporalExpression,
)

NARRATIVE = "narrative"      # an undated past event placed at the narrative's reference time
PUBLICATION = "publication"  # an undated event placed at the publication date

# How sure an anchoring rule is, before the cues of the text around it.
_RULE_CONFIDENCE = {
    rules.VERB: 0.85, rules.LIGHT: 0.85, rules.NOUN_PHRASE: 0.8, rules.NOUN: 0.75, rules.COORDINATED: 0.7,
    rules.WHEN: 0.65, rules.FRAME: 0.6, rules.RELATIVE: 0.6, rules.SUBORDINATE: 0.6, rules.ARGUMENT: 0.6,
    rules.PREDICATE: 0.55,
    rules.THROUGH_NOUN: 0.5, NARRATIVE: 0.4, PUBLICATION: 0.3,
}
_DAYS = ("day", "time")
# Rules that give a word the date of another word of its clause; that other word speaks for the clause.
_SHARING = (rules.SUBORDINATE, rules.ARGUMENT)
_CAPTION = re.compile(r"\b(?:Photo|Image|Picture|Credit|File photo)s?\s*:", re.IGNORECASE)
_DATELINE_BEFORE = re.compile(r"^[\sA-Z.,'()/-]*$")          # "WASHINGTON, " / "NAIROBI, Kenya (AP) _"
_DATELINE_AFTER = re.compile(r"^\s*(?:\([^)]{1,30}\)\s*)?(?:--|—|–|_|:|-(?=\s))")
# A dateline opening a line, up to the story: "BRUSSELS, Feb 21 (Reuters) - ", "NAIROBI, Kenya (AP) _ "
_DATELINE_PREFIX = re.compile(r"^\s*[A-Z][A-Z.'/ -]*[A-Z.](?:,[^()\n]{1,40}?)?\s*\([^)]{1,30}\)\s*(?:--|—|–|_|:|-)\s+")
_SHIFT_WORDS = {"later", "afterwards", "afterward", "subsequently", "earlier", "previously", "before", "since",
                "then", "ago", "once", "formerly"}


@dataclass(frozen=True)
class EventOptions:
    include_undated: bool = False   # add events without a date of their own
    min_confidence: float = 0.0     # leave out records less sure than this
    merge: bool = True              # one record per event, its mentions listed


_current: ContextVar[EventOptions] = ContextVar("event_options", default=EventOptions())


@contextmanager
def event_options(options: EventOptions) -> Iterator[EventOptions]:
    """Use `options` for the event stages run inside the `with` block."""
    token = _current.set(options)
    try:
        yield options
    finally:
        _current.reset(token)


def current_options() -> EventOptions:
    return _current.get()


# --------------------------------------------------------------------------
# The text's layout: lines, quotations, captions, datelines


class _Layout:
    def __init__(self, doc):
        self.doc = doc
        self.text = doc.text  # spaCy joins the tokens again on every access
        self.line_starts = [0] + [m.end() for m in re.finditer(r"\n", self.text)]
        self.token_starts = [t.idx for t in doc]
        self._captions: dict[int, Optional[int]] = {}  # line -> where its "Photo:" credit starts
        self.quoted = _Quotes(self)  # quoted[i]: whether token i is inside a quotation
        # spaCy finds a token's sentence by scanning for its bounds: look each up once
        self.sentences = list(doc.sents)
        self.roots = [sent.root for sent in self.sentences]
        self.sentence_of = [0] * len(doc)
        for n, sent in enumerate(self.sentences):
            self.sentence_of[sent.start:sent.end] = [n] * len(sent)

    def sentence(self, token):
        return self.sentences[self.sentence_of[token.i]]

    def root(self, token):
        return self.roots[self.sentence_of[token.i]]

    def line(self, char: int) -> int:
        return bisect_right(self.line_starts, char) - 1

    def line_text(self, char: int) -> tuple[int, str]:
        n = self.line(char)
        start = self.line_starts[n]
        end = self.line_starts[n + 1] if n + 1 < len(self.line_starts) else len(self.text)
        return start, self.text[start:end]

    def line_tokens(self, n: int) -> range:
        """The tokens that start on line `n`."""
        start = self.line_starts[n]
        end = self.line_starts[n + 1] if n + 1 < len(self.line_starts) else len(self.text)
        return range(bisect_left(self.token_starts, start), bisect_left(self.token_starts, end))

    def caption(self, token) -> bool:
        """On a photo caption line ("X and Y in 2020. Photo: AFP")."""
        n = self.line(token.idx)
        if n not in self._captions:
            start, text = self.line_text(token.idx)
            match = _CAPTION.search(text)
            self._captions[n] = start + match.start() if match else None
        return self._captions[n] is not None and token.idx < self._captions[n]

    def dateline(self, timex: TemporalExpression) -> bool:
        """The date of a dateline ("WASHINGTON, March 12 (Xinhua) --") is the publication's, no event's."""
        start, text = self.line_text(timex.start_char)
        return bool(_DATELINE_BEFORE.match(text[:timex.start_char - start])
                    and _DATELINE_AFTER.match(text[timex.end_char - start:]))

    def same_line(self, a: int, b: int) -> bool:
        return self.line(a) == self.line(b)

    def tokens_of_line(self, token) -> range:
        """The tokens of `token`'s sentence on `token`'s line, less a dateline that opens the line
        (the parse often takes "(Reuters) -" into the subject)."""
        sent = self.sentence(token)
        start, text = self.line_text(token.idx)
        prefix = _DATELINE_PREFIX.match(text)
        first = bisect_left(self.token_starts, start + (prefix.end() if prefix and start + prefix.end() <= token.idx
                                                        else 0))
        last = bisect_left(self.token_starts, start + len(text))
        return range(max(sent.start, first), min(sent.end, last))


class _Quotes:
    """Which tokens lie inside a quotation, read line by line as they are asked for (a quotation
    never runs across a line break here), so that a long document is not walked for a few dates.
    The tokenizer splits the ``...'' of newswire into two "`", either of which opens."""

    def __init__(self, layout: _Layout):
        self.layout = layout
        self.lines: dict[int, tuple[int, list[bool]]] = {}  # line -> (its first token, inside per token)

    def __getitem__(self, i: int) -> bool:
        layout = self.layout
        n = layout.line(layout.token_starts[i])
        if n not in self.lines:
            tokens = layout.line_tokens(n)
            inside, opener, out = False, None, []
            for k in tokens:
                token = layout.doc[k]
                # (the "'" of "the countries' ministers" is no quotation mark, unless a "'" opened one)
                if token.is_quote and (token.tag_ != "POS" or inside and opener == "'"):
                    opening = token.text in ("“", "``", "`", "‘") or (token.text in ('"', "'") and _opens(token, inside))
                    out.append(False)
                    inside = opening if token.text not in ("”", "''", "’") else False
                    opener = token.text if inside else None
                    continue
                out.append(inside)
            self.lines[n] = (tokens.start, out)
        first, out = self.lines[n]
        return out[i - first]


def _opens(quote, inside: bool) -> bool:
    """Whether a straight quotation mark opens a quotation: one with a space before it and none
    after does ('said "we'), one with none before and a space or a stop after closes ('win," he');
    otherwise it opens unless a quotation is open."""
    doc = quote.doc
    spaced_before = quote.i == 0 or bool(doc[quote.i - 1].whitespace_) or doc[quote.i - 1].is_space
    spaced_after = bool(quote.whitespace_) or quote.i + 1 == len(doc) or doc[quote.i + 1].is_space \
        or doc[quote.i + 1].is_punct
    if spaced_before and not spaced_after:
        return True
    if spaced_after and not spaced_before:
        return False
    return not inside


# --------------------------------------------------------------------------
# Mentions


@dataclass
class _Found:
    token: object
    how: str
    timex: TemporalExpression
    clause: tuple            # key of the happening it tells of
    source: str = DATED_BY_TEXT
    carrier: object = None   # the light verb that tells of an event noun


def _calendar(timex: TemporalExpression) -> bool:
    return timex.type in (DATE, TIME) and timex.start is not None


def _date_spans(doc, timexes: list[TemporalExpression], layout: _Layout) -> list[tuple]:
    """The calendar expressions that may date an event, with their tokens."""
    spans = []
    for timex in timexes:
        if not _calendar(timex) or layout.dateline(timex):
            continue
        span = doc.char_span(timex.start_char, timex.end_char, alignment_mode="expand")
        if span is not None and len(span):
            spans.append((timex, span))
    return spans


def _dated(spans: list[tuple], dated: set[int], layout: _Layout) -> list[_Found]:
    found = []
    for timex, span in spans:
        for a in rules.anchors(span, dated):
            # an anchor on another line is the parse running across a caption or a paragraph
            if not layout.same_line(a.token.idx, span.start_char):
                continue
            if layout.caption(a.token) and not any(t.pos_ == "VERB" for t in layout.sentence(a.token)):
                continue
            group = a.group if a.group >= 0 else a.token.i
            found.append(_Found(a.token, a.how, timex, (group,), carrier=a.carrier))
    return found


def _past_narration(verb) -> bool:
    """Simple past, not perfect, not modal: "signed", "was signed"."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lemma_ == "have" or a.tag_ == "MD" for a in aux):
        return False
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(a.lower_ in ("was", "were") for a in aux))


def _narrates(token, layout: _Layout) -> bool:
    """A dated event the narration stands at: told by the reporter, as past and as fact."""
    if layout.quoted[token.i] or (status(token) not in (OCCURRED, NEGATED) and not denies(token)):
        return False  # "failed to agree" is a negated record, yet the failing happened; and "did not
        # win the relay on Saturday" tells of Saturday
    verb = token if token.pos_ in ("VERB", "AUX") else layout.root(token)
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lemma_ == "have" or a.tag_ == "MD" for a in aux):
        return False
    if any(a.tag_ in ("VBZ", "VBP") for a in aux):
        return False  # "talks are scheduled next year": told in the present
    return verb.tag_ in ("VBD", "VBN") or any(a.lower_ == "did" for a in aux) \
        or (token.pos_ not in ("VERB", "AUX") and verb.pos_ != "VERB")


def _reports(token) -> bool:
    """A reporting verb of the reporter's narration ("said", "told"), not one inside what is said."""
    return token.pos_ == "VERB" and token.lemma_ in REPORTING_VERBS and token.dep_ != "ccomp"


def _clause_head(token) -> bool:
    if token.pos_ != "VERB" or token.lemma_ in NON_EVENT_VERBS or not token.is_alpha:
        return False
    if token.dep_ == "ROOT":
        return True
    finite = token.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in token.children)
    return finite and token.dep_ in ("conj", "ccomp", "advcl", "parataxis")


# Where a verb stands in its sentence for it to share the sentence's one date.
_SENTENCE_SHARING_DEPS = {"ROOT", "conj", "ccomp", "advcl", "xcomp", "relcl", "acl", "pcomp", "parataxis"}
# ... and where an event noun stands: an apposition restates its noun ("after the raid, a joint
# [operation] with the army"), a bare noun phrase the verb's event ("rose 4 percent on Monday, their
# biggest [increase] since June").
_NOUN_SHARING_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "attr", "conj", "appos", "npadvmod"}


def _sentence_dates(spans: list[tuple], found: list[_Found], layout: _Layout) -> dict[int, tuple]:
    """Sentence -> (its date, the date's span) for the sentences with exactly one calendar date,
    which dates an event of its own."""
    count: dict[int, list] = {}
    for timex, span in spans:
        count.setdefault(layout.sentence_of[span.start], []).append((timex, span))
    # (not the end of a period: "For the fiscal year ended June 30, the company earned $5 million")
    dating = {id(f.timex) for f in found if not rules.bounds_a_period(f.token)}
    return {n: pairs[0] for n, pairs in count.items() if len(pairs) == 1 and id(pairs[0][0]) in dating}


def _modifies(span, noun) -> bool:
    """Whether the date `span` is a modifier of `noun` itself ("last month's discovery", "the
    third-quarter earnings"), not a date deeper in its phrase ("the victory of the party founded
    in 1990")."""
    return span.root.head == noun and span.root.dep_ in ("poss", "compound", "nmod", "amod", "nummod")


def _spans_a_date(token, dated_order: list[int]) -> bool:
    """Whether a date lies in the phrase `token` heads (`dated_order`: the dates' tokens, sorted)."""
    k = bisect_left(dated_order, token.left_edge.i)
    return k < len(dated_order) and dated_order[k] <= token.right_edge.i


def _tense_allows(token, timex: TemporalExpression, reference: Optional[date]) -> bool:
    """Whether the tense of `token` (or of the verb a noun belongs to) lets it happen at `timex`:
    "The pact [builds] on a declaration signed in 2007" is no event of 2007."""
    verb = token if token.pos_ in ("VERB", "AUX") else context.governing_verb(token)
    if verb is None:
        return True
    if any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children) and verb.tag_ == "VBN":
        return False  # "workers who had fled": a past perfect is before the time told
    if any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ not in ("will", "shall", "'ll", "wo") for c in verb.children):
        return False  # "announced on Monday that it would close the plant": later, or perhaps never
    if reference is None or timex.start is None or verb.pos_ not in ("VERB", "AUX"):
        return True
    tense = context.verb_tense(verb)
    if tense == context.PAST:
        return timex.start <= reference
    if tense in (context.PRESENT, context.FUTURE):
        return timex.end >= reference
    return True


def _nearest_dated(token, anchored: dict) -> Optional[tuple]:
    """In a sentence with several dates, the date of the nearest dated word above `token`: "The
    fire started on Monday and was put out on Wednesday, after crews [pumped] water all night"."""
    node = token
    for _ in range(12):
        if node.head == node:
            return None
        node = node.head
        if node.i in anchored:
            return anchored[node.i]
    return None


def _counted(noun) -> bool:
    """An event noun a partitive noun counts: "staged a number of [celebrations]", "part of an [inquiry]"."""
    return noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in PARTITIVE_NOUNS


def _shares_sentence_date(token, span, layout: _Layout) -> bool:
    """Whether an undated verb or event noun happens at `span`, the one date of its sentence or
    the time its narrated clause took, as the narration tells it: "Also Friday, the mayors,
    [accompanied] by a lawyer, flew to Washington".  Not an event noun in a phrase on another
    noun ("survivors of the [attack] will testify on Tuesday"); not a verb whose complement holds
    the date ("[said] the attack happened on Friday", "[expects] to save $4 million next year");
    nor across a quotation.  (A relative clause does share it, though it may tell of something
    earlier: "A man who [stabbed] three people was sentenced on Monday"; where TBAQ can tell,
    such clauses share their sentence's date far more often than not.)"""
    if token.pos_ == "NOUN":
        if token.dep_ not in _NOUN_SHARING_DEPS or not is_event_noun(token, listed_only=True) \
                or token.left_edge.i <= span.start <= token.right_edge.i and not _modifies(span, token) \
                or token.dep_ == "pobj" and token.head.head.pos_ in ("NOUN", "PROPN") and not _counted(token):
            return False
    elif token.pos_ != "VERB" or token.lemma_ in NON_EVENT_VERBS or not token.is_alpha \
            or token.dep_ not in _SENTENCE_SHARING_DEPS:
        return False
    if layout.quoted[token.i] != layout.quoted[span.start]:
        return False
    # ("continued to rise in March", "began to cut jobs on Friday": an aspectual verb happens with
    # its complement)
    return not any(child.left_edge.i <= span.start and span.end - 1 <= child.right_edge.i
                   for child in token.children if child.dep_ in ("ccomp", "xcomp", "dobj", "attr")
                   and not (child.dep_ == "xcomp" and token.lemma_ in context.SAME_TIME_VERBS))


def _moves_the_story(f: _Found, layout: _Layout) -> bool:
    """Whether a dated event sets the narrative's reference time: a past event the reporter tells,
    told by a verb the date itself dates ("was expected [to take stock] this year" places the
    taking stock, not the expecting, in the year).  Not a figure compared with ("rose to $5
    million from $4 million a year earlier"), a relative clause or a participle on a noun, which
    tell the background ("The Olympics, which opened on February 4, end on Sunday"), a period in
    a noun phrase or a range ("the plan for 2021-2025"), nor a caption."""
    return f.how not in _SHARING and f.token.pos_ in ("VERB", "AUX") and f.token.dep_ not in ("relcl", "acl") \
        and "/" not in f.timex.value and not COMPARISON.search(f.timex.text) and not layout.caption(f.token) \
        and _narrates(f.token, layout)


def _news_days(spans: list[tuple], reference_date: Optional[date]) -> list[tuple]:
    """The expressions that name the publication day itself ("today", "Tuesday" in Tuesday's
    paper), as (first token, expression), in text order."""
    if reference_date is None:
        return []
    return sorted(((span.start, timex) for timex, span in spans
                   if timex.granularity in _DAYS and timex.start == timex.end == reference_date
                   and "T" not in timex.value),  # (not "tonight" or "10 a.m.": a part of the day)
                  key=lambda pair: pair[0])


def _news_day_named(news_days: list[tuple], token) -> Optional[TemporalExpression]:
    """The latest expression before `token` that names the publication day, else the first."""
    if not news_days:
        return None
    k = bisect_right(news_days, token.i, key=lambda pair: pair[0])
    return news_days[k - 1][1] if k else news_days[0][1]


def _reports_later(token, speech: TemporalExpression, spans: list[tuple], reference: Optional[date]) -> bool:
    """Whether what `token` says happened after `speech`, its sources' time, and before the
    publication date: "The fire started on Monday. Firefighters said the blaze was contained on
    Wednesday" is no saying of Monday (what is said to lie ahead, "planned for March", may be)."""
    if speech.end is None:
        return False
    lo = bisect_left(spans, token.left_edge.i, key=lambda pair: pair[1].start)
    hi = bisect_right(spans, token.right_edge.i, key=lambda pair: pair[1].start)
    return any(timex.start is not None and speech.end < timex.start and (reference is None or timex.start <= reference)
               for timex, _ in spans[lo:hi])


class _Mentions:
    """Where the text names each date: a narrated event cites the last mention of its time
    before it ("Thursday" of the paragraph, not of the lead)."""

    def __init__(self, spans: list[tuple]):
        self.at: dict[tuple, list[tuple]] = {}
        for timex, span in sorted(spans, key=lambda pair: pair[1].start):
            self.at.setdefault((timex.value, timex.granularity, timex.mod), []).append((span.start, timex))

    def latest(self, timex: TemporalExpression, before: int) -> TemporalExpression:
        named = self.at.get((timex.value, timex.granularity, timex.mod), [])
        k = bisect_left(named, (before, -1), key=lambda pair: (pair[0], -1))
        return named[k - 1][1] if k else timex


def _undated(doc, found: list[_Found], layout: _Layout, publication: TemporalExpression,
             dated: set[int], spans: list[tuple], reference_date: Optional[date] = None) -> list[_Found]:
    """Events with no date of their own: at the one date of their sentence, at the narrative's
    reference time, or at the publication date (citing the text's words for that day where it
    names it, for an event told as fact).  `dated`: the tokens of the document's dates;
    `spans`: the calendar dates with their spans; `reference_date`: the publication date, which
    a verb's tense places a shared date against."""
    taken = {f.token.i for f in found}
    sentence_dates = _sentence_dates(spans, found, layout)
    dated_order = sorted(dated)
    span_of = {id(timex): span for timex, span in spans}
    anchored = {f.token.i: (f.timex, span_of[id(f.timex)]) for f in found if id(f.timex) in span_of}
    narrative = {f.token.i: f.timex for f in found if _moves_the_story(f, layout)}
    out = []
    reference: Optional[TemporalExpression] = None
    # The reporter's sources speak at a time of their own: "officials said Thursday" dates the
    # later "..., the official said", whatever the story between has told of other days.
    # Until one is dated, they speak on the publication day where the text names it, else on the
    # day of the first dated event the story tells, the news day, from the first sentence on ("The
    # grandmother said she is willing to go. ... Thousands marched on Friday").
    first = narrative[min(narrative)] if narrative else None
    speech = first if first is not None and first.granularity in _DAYS else None
    news_days = _news_days(spans, reference_date)
    if news_days:
        speech = news_days[0][1]
    dated_sentences = {layout.sentence_of[f.token.i] for f in found}
    mentions = _Mentions(spans)
    for n, sent in enumerate(layout.sentences):
        # a sentence with a date of its own is not carried on from an earlier one
        own_time = n in dated_sentences
        here = sentence_dates.get(n)
        carried = None
        for token in sent:
            if token.i in narrative:
                reference, own_time = narrative[token.i], False
                if _reports(token):
                    speech = reference  # a dated saying
            if token.i in taken or layout.caption(token):
                continue
            near = here if here is not None else _nearest_dated(token, anchored) if n in dated_sentences else None
            if near is not None and _shares_sentence_date(token, near[1], layout) \
                    and _tense_allows(token, near[0], reference_date):
                taken.add(token.i)
                out.append(_Found(token, NARRATIVE, near[0], (token.i,), DATED_BY_NARRATIVE))
                continue
            if not _clause_head(token):
                continue
            shifted = any(c.lower_ in _SHIFT_WORDS for c in token.children if c.dep_ in ("advmod", "npadvmod"))
            if shifted:
                reference = None  # "the spokesman later disclosed": the narrative has moved, nobody says where
                if _reports(token):
                    speech = None  # ... and the sources speak then; "Then she handed" moves the story only
            reported = token.dep_ == "ccomp" and token.head.lemma_ in REPORTING_VERBS  # said that they met
            told = _past_narration(token) and not layout.quoted[token.i] and token.dep_ != "relcl" and not reported
            # ("officials said the attack happened on Friday": what is said has the date, not the
            # saying, which speaks at its sources' time unless that is the content's own date)
            says_dated = n in dated_sentences and _reports(token) and _spans_a_date(token, dated_order)
            by_speech = speech is not None and told and _reports(token) \
                and not (says_dated and (layout.sentence_of[span_of[id(speech)].start] == n
                                         or _reports_later(token, speech, spans, reference_date)))
            when = speech if by_speech else reference if reference is not None and told and not own_time else None
            if when is not None:
                when = mentions.latest(when, token.i)
            if when is not None:
                if not by_speech:
                    carried = carried or (when, token)  # (the time a source speaks is not the story's)
                taken.add(token.i)
                out.append(_Found(token, NARRATIVE, when, (token.i,), DATED_BY_NARRATIVE))
                # what shares the clause's time, as with a date of its own: "agreed to buy", "the talks"
                for a in rules.shared([rules.Anchor(token, rules.VERB)], dated):
                    if a.token.i not in taken and a.how != rules.COORDINATED:
                        taken.add(a.token.i)
                        out.append(_Found(a.token, NARRATIVE, when, (token.i,), DATED_BY_NARRATIVE))
            else:
                taken.add(token.i)
                event_status = status(token)
                named = _news_day_named(news_days, token) \
                    if event_status in (OCCURRED, ONGOING, NEGATED) and _tense_relation(token, event_status) == ON else None
                if named is not None:
                    out.append(_Found(token, NARRATIVE, named, (token.i,), DATED_BY_NARRATIVE))
                else:
                    out.append(_Found(token, PUBLICATION, publication, (token.i,), DATED_BY_PUBLICATION))
        if carried is not None:
            # the other events the narrated sentence tells share its time, as they would share a date
            # of its own
            when, head = carried
            head = doc[head.i:head.i + 1]
            for token in sent:
                if token.i not in taken and token.pos_ == "VERB" and not layout.caption(token) \
                        and _shares_sentence_date(token, head, layout) and _tense_allows(token, when, reference_date):
                    taken.add(token.i)
                    out.append(_Found(token, NARRATIVE, when, (token.i,), DATED_BY_NARRATIVE))
    out += _told_again(doc, found, taken, dated_sentences, layout, mentions, reference_date)
    return out


def _definite(noun) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children)


def _told_again(doc, found: list[_Found], taken: set, dated_sentences: set, layout: _Layout,
                mentions: "_Mentions", reference_date: Optional[date]) -> list[_Found]:
    """A definite event noun in a sentence with no date of its own that names again the nearest
    event of its kind before it, where a date of its own clause dates that one: "Slepian was shot
    on Friday night. ... Even before the [killing], Schumer was trying ...".  Not when a new event
    of the kind came between ("A poll published by the Times ... The poll was conducted"; another
    undated mention is taken to tell of the same event), nor a noun told as ahead or as possible ("Markets will watch the meeting", "The strike, if it goes
    ahead, would ..."), nor a plural after a single event ("A car bomb exploded on Tuesday. ... The
    attacks have been blamed on separatists").  One pass over the words."""
    dated_by = {}
    for f in found:
        if f.source == DATED_BY_TEXT:
            dated_by.setdefault(f.token.i, f.timex)
    last: dict[int, tuple] = {}  # event class -> (its nearest mention so far, the date of its clause)
    out = []
    for token in doc:
        if token.pos_ not in ("NOUN", "VERB") or token.lemma_ in REPORTING_VERBS:
            continue
        cls = event_class(token.lemma_)
        if cls is None:
            continue
        prior = last.get(cls)
        if token.pos_ == "NOUN" and token.i not in taken and prior is not None and prior[1] is not None \
                and _definite(token) and layout.sentence_of[token.i] not in dated_sentences \
                and is_event_noun(token, listed_only=True) and not layout.caption(token) \
                and (token.tag_ != "NNS" or prior[0].tag_ == "NNS") and _told_as_fact(token) \
                and _tense_allows(token, prior[1], reference_date):
            taken.add(token.i)
            out.append(_Found(token, NARRATIVE, mentions.latest(prior[1], token.i), (token.i,), DATED_BY_NARRATIVE))
            continue  # (the same event: the nearest mention stays the dated one)
        when = dated_by.get(token.i)
        if when is not None or _new_one(token):
            last[cls] = (token, when)
    return out


# Modifiers that make an event noun another event of its kind: "the next meeting", "the last poll".
_ANOTHER_OF_ITS_KIND = FUTURE_CUES | {"last", "previous", "earlier", "first", "second", "third"}


def _new_one(noun) -> bool:
    """An event noun that brings in another event of its kind: "a poll", "another attack", "the
    next meeting"."""
    return noun.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in ("a", "an", "another")
        or c.dep_ in ("amod", "compound") and c.lower_ in _ANOTHER_OF_ITS_KIND for c in noun.children)


def _told_as_fact(noun) -> bool:
    """Whether a noun and the verb it belongs to are told as having happened or happening."""
    if status(noun) != OCCURRED:
        return False  # "the next meeting", "no meeting"
    verb = context.governing_verb(noun)
    return verb is None or status(verb) in (OCCURRED, ONGOING)


# --------------------------------------------------------------------------
# Records


def _confidence(f: _Found, event_status: str, layout: _Layout) -> float:
    score = _RULE_CONFIDENCE[f.how]
    granularity = f.timex.granularity
    if granularity in ("day", "time"):
        score += 0.05
    elif granularity in ("year", "decade", "century"):
        score -= 0.05
    if f.timex.mod == "APPROX":
        score -= 0.05
    if layout.quoted[f.token.i]:
        score -= 0.1  # the speaker's words, not the reporter's
    if layout.caption(f.token):
        score -= 0.1
    if event_status == HYPOTHETICAL:
        score -= 0.1
    return round(max(0.05, min(0.99, score)), 2)


def _sentence(token, layout: _Layout) -> Span:
    """The sentence of `token`, cut to its line (the parse may run a caption into the next paragraph)."""
    sent = layout.sentence(token)
    line_start, line = layout.line_text(token.idx)
    start = max(sent.start_char, line_start)
    end = min(sent.end_char, line_start + len(line.rstrip("\n")))
    text = layout.text[start:end]
    stripped = text.strip()
    start += len(text) - len(text.lstrip())
    return Span(stripped, start, start + len(stripped))


@dataclass(frozen=True)
class _Description:
    summary: str
    sentence: Span
    status: str
    participants: list
    locations: list


def _describe(token, carrier, all_dates: set[int], layout: _Layout) -> _Description:
    line = layout.tokens_of_line(token)
    people, places = participants_and_places(token, Region(line, all_dates), carrier)
    return _Description(
        summary(token, all_dates, line, lambda t: layout.quoted[t.i], carrier) or token.text,
        _sentence(token, layout), status(token, carrier), people, places,
    )


def _record(f: _Found, about: _Description, layout: _Layout) -> Event:
    token = f.token
    trigger = Span(token.text, token.idx, token.idx + len(token.text))
    return Event(
        id="",
        summary=about.summary,
        trigger=trigger,
        date=f.timex,
        sentence=about.sentence,
        participants=list(about.participants),
        confidence=_confidence(f, about.status, layout),
        status=about.status,
        locations=list(about.locations),
        mentions=[EventMention(trigger, f.timex, about.sentence)],
        date_source=f.source,
        relation_to_publication=_tense_relation(token, about.status) if f.how == PUBLICATION else None,
    )


def _tense_relation(verb, event_status: str) -> str:
    """How an event placed at the publication date relates to it, by its tense."""
    if event_status == SCHEDULED:
        return AFTER
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" or a.lemma_ == "have" for a in aux):
        return BEFORE
    return ON


def publication_placeholder() -> TemporalExpression:
    """Stands for the publication date until the timeline fills it in (see `order.place`)."""
    return TemporalExpression("t0", "", 0, 0, DATE, "PRESENT_REF")


def attach(doc, timexes: list[TemporalExpression], options: Optional[EventOptions] = None,
           reference_date: Optional[date] = None) -> list[Event]:
    """The records of the events `timexes` date in `doc`, in text order.  `reference_date`, the
    publication date, lets an undated event's tense rule out a date of its sentence."""
    options = options or current_options()
    if options.include_undated and not doc.has_annotation("DEP", require_complete=True):
        # Events without a date lie in any sentence, and the fast path parsed only those with one.
        doc = get_nlp()(doc.text)
    layout = _Layout(doc)
    spans = _date_spans(doc, timexes, layout)
    dated = {i for _, span in spans for i in range(span.start, span.end)}
    found = _dated(spans, dated, layout)
    if options.include_undated:
        found += _undated(doc, found, layout, publication_placeholder(), dated, spans, reference_date)
    all_dates = set()
    for timex in timexes:
        if timex.type == DURATION and "-" in timex.text:
            continue  # "a three-day hearing": a length that describes the event stays in its summary
        span = doc.char_span(timex.start_char, timex.end_char, alignment_mode="expand")
        if span is not None:
            all_dates |= set(range(span.start, span.end))
            if span.start > 0 and doc[span.start - 1].pos_ == "ADP" and doc[span.start - 1].dep_ == "prep" \
                    and span.root.head == doc[span.start - 1]:
                all_dates.add(span.start - 1)  # "on" of "on Wednesday"
            if span.end < len(doc) and doc[span.end].tag_ == "POS":
                all_dates.add(span.end)  # "'s" of "next year's"
    found.sort(key=lambda f: (f.token.i, f.how != rules.VERB))
    described: dict = {}  # a word dated by several expressions is described once
    records = []
    for f in found:
        key = (f.token.i, f.carrier.i if f.carrier is not None else -1)
        if key not in described:
            described[key] = _describe(f.token, f.carrier, all_dates, layout)
        records.append(_record(f, described[key], layout))
    keys = [Key(f.token.lemma_.lower(), f.clause, f.how not in _SHARING and (
        f.source != DATED_BY_NARRATIVE or f.clause == (f.token.i,))) for f in found]
    if options.merge:
        records = merge(records, keys)
    records = [r for r in records if r.confidence >= options.min_confidence]
    for n, record in enumerate(records, start=1):
        record.id = f"e{n}"
    return records
