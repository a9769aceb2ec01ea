"""Which events a date dates: anchoring in the dependency parse.

A date phrase hangs on a word of its clause ("signed [on November 23]",
"the meeting [on Wednesday]", "the [2001] treaty"); that word, when it names an
event, is the date's first anchor.  Words that share the date without a date of
their own are anchored too: coordinated verbs ("condemned ... and offered"),
non-finite clauses of the anchored verb ("exploded Friday, killing dozens",
"planned on Friday to pay"), the event noun a light verb carries ("the talks
took place on Wednesday"), and an event that frames another ("announced at a
summit in July").

Each anchor says which rule found it (`how`), so that later stages can weigh
it: a verb the date modifies directly is surer than a verb reached through a
noun that is no event.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from .event_lexicon import (
    DATED_STATES, EXPECTATION_VERBS, FRAME_PREPOSITIONS, LIGHT_VERBS, NON_EVENT_VERBS, OBJECT_EVENT_VERBS,
    REPORTING_VERBS, is_event_noun,
)
from .resolve import COMPARISON

# Verbs whose infinitive complement lies ahead of them, or may never happen: the date of
# one is not the date of the other ("voted on Tuesday to strike", "plans to open in March").
_AHEAD_VERBS = EXPECTATION_VERBS | {"vote", "offer", "ask", "urge", "order", "wish", "need", "refuse", "decline"}

# How an anchor was found.
VERB = "verb"                  # the date modifies the verb: "signed on November 23"
NOUN = "noun"                  # ... an event noun: "the meeting on Wednesday"
NOUN_PHRASE = "noun_phrase"    # the date is inside the event's noun phrase: "the 2001 treaty"
PREDICATE = "predicate"        # ... a predicative adjective: "payable Jan. 2"
THROUGH_NOUN = "through_noun"  # ... a noun that is no event; its verb is taken: "third-quarter profit jumped"
LIGHT = "light"                # the event noun of a light verb, or the verb: "the meeting took place"
FRAME = "frame"                # an event framing another in time: "announced at a summit in July"
RELATIVE = "relative"          # a relative clause on the dated noun: "the 1996 bombing that killed one person"
WHEN = "when"                  # a clause on the date itself: "in 1968, when troops invaded Prague"
COORDINATED = "coordinated"    # a verb coordinated with an anchored one: "condemned ... and offered"
SUBORDINATE = "subordinate"    # a non-finite clause of an anchored verb: "exploded Friday, killing"
ARGUMENT = "argument"          # an event noun an anchored verb takes: "attended a memorial service Sunday"

_NP_INTERNAL = {"compound", "nmod", "amod", "nummod", "poss"}
_ANTECEDENT_REACH = 40  # tokens a relative pronoun's noun may lie before it
_NOMINAL = ("NOUN", "PROPN")
_FINITE = ("VBD", "VBZ", "VBP")
_ARGUMENT_DEPS = ("dobj",)
_ARGUMENTS = ("dobj", "nsubj", "nsubjpass", "attr")
_OWN_CLAUSE_DEPS = {"conj", "cc", "relcl", "ccomp", "advcl", "xcomp", "acl", "parataxis"}


@dataclass(frozen=True)
class Anchor:
    token: object   # the spaCy token naming the event
    how: str
    group: int = -1  # the anchor this one tells of the same happening as (token index), -1 for itself
    carrier: object = None  # for an event noun, the light verb that tells of it: "[took] place"


def attachment(span) -> tuple[Optional[object], str]:
    """The word outside the date phrase that the phrase hangs on, and how the
    phrase hangs on it (the dependency of the phrase's top token).

    Two corrections to the parse: a preposition right before the date takes it
    as its object even where the parse says otherwise ("the discussion [on]
    Wednesday fall" parsed as a compound), and a date phrase right after an event
    noun inside a prepositional phrase dates that noun rather than the verb the
    parse chose ("came within a day of a meeting ... on Sunday").
    """
    inside = range(span.start, span.end)
    node = span.root
    prep = _preposition_before(span)
    if prep is not None and (not prep.left_edge.i <= span.root.i <= prep.right_edge.i or _glued(span, prep)):
        node = prep
    for _ in range(12):
        head = node.head
        if head == node:
            return None, "ROOT"
        if head.i in inside:
            node = head
        elif head.pos_ == "ADP" or head.dep_ == "prep" or (head.pos_ == "ADV" and node.dep_ == "prep"):
            # through the preposition: "on [Wednesday]", "in the early hours of [Thursday]", "up until [October]"
            node = head
        elif node.dep_ == "conj" and _is_temporal(head):
            node = head  # "between 1982 and [1992]": the second point hangs on the first
        elif node.dep_ == "npadvmod" and head.pos_ == "ADV":
            node = head  # "sometime [next year]": the adverb is the date's own
        elif node.dep_ in ("npadvmod", "advmod") and _is_quantity(head):
            # "a loss of C$2.3 million, or 14 cents a share, [a year ago]", "save $4 million [next
            # year]": the parse hangs the date on the amount; it dates what the amount measures
            while head.head != head and (
                    _is_quantity(head) and head.dep_ in ("conj", "appos", "nummod", "quantmod", "npadvmod", "pobj")
                    or head.pos_ == "ADP" and head.lower_ == "of"):
                head = head.head  # up to what the amount is of
            node = head
            if head.pos_ in _NOMINAL:
                # the amount of an event ("a loss of ..."); of anything else ("versus net income
                # of $5.3 million ... a year earlier") it is a figure compared with, no event
                if is_event_noun(head):
                    return head, "npadvmod"
                verb = head.head
                if head.dep_ in ("dobj", "attr") and verb.pos_ in ("VERB", "AUX") \
                        or head.dep_ in ("nsubj", "nsubjpass") and _is_event_verb(verb):
                    # "had net income of $132,000 ... [a year ago]", "found 1,300 pounds of
                    # explosives Sunday": the amount the verb takes
                    return verb, "npadvmod"
                return None, "npadvmod"
            if head.pos_ in ("VERB", "AUX"):
                return head, "npadvmod"
        else:
            noun = _event_noun_before(span, prep, head)
            return (noun, "after_noun") if noun is not None else (head, node.dep_)
    return None, node.dep_


def _glued(span, prep) -> bool:
    """ "signed in [2001] enshrines": the parse took the date for a modifier of the next word."""
    root = span.root
    follower = root.head
    return root.dep_ in _NP_INTERNAL and follower.i >= span.end and follower.head == prep \
        and not is_event_noun(follower, listed_only=True)


def _preposition_before(span):
    before = span.start - 1
    if before >= 0 and not span.doc[span.start].is_sent_start and span.doc[before].pos_ == "ADP":
        return span.doc[before]
    return None


def _event_noun_before(span, prep, head):
    """An event noun inside a prepositional phrase that ends right before the date phrase."""
    start = prep.i if prep is not None else span.start
    if span.doc[start].is_sent_start or (prep is not None and prep.lower_ == "by"):
        return None  # "contained 20% of the blaze [by] Monday evening": a deadline dates the verb
    k = start - 1
    while not span.doc[k].is_sent_start and (span.doc[k].is_punct or span.doc[k].is_space):
        k -= 1
    node = span.doc[k]
    for _ in range(10):
        if node == head or node.i >= start or node.pos_ in ("VERB", "AUX") or node.right_edge.i < k:
            return None
        if node.dep_ == "pobj" and node.pos_ in _NOMINAL and is_event_noun(node, listed_only=True):
            return node
        node = node.head
    return None


def _is_quantity(token) -> bool:
    return token.pos_ == "NUM" or token.ent_type_ in ("MONEY", "PERCENT", "QUANTITY") and token.pos_ in ("NUM", "NOUN", "SYM")


def _is_temporal(token) -> bool:
    return token.ent_type_ in ("DATE", "TIME") or token.like_num


def _own_dates(token, dated: set[int]) -> bool:
    """Whether `token`'s own clause holds a date other than the one being anchored."""
    return any(t.i in dated for child in token.children if child.dep_ not in _OWN_CLAUSE_DEPS
               for t in child.subtree)


def _is_event_verb(token) -> bool:
    return token.pos_ == "VERB" and token.lemma_ not in NON_EVENT_VERBS


def _phrasal(verb) -> bool:
    """ "demand held up", "the rally took off": a particle makes a light verb an event of its own."""
    return any(c.dep_ == "prt" for c in verb.children)


def _noun_event(verb):
    """The event noun a verb carries: "[the meeting] took place", "held [talks]", "issued [a statement]"."""
    for child in verb.children:
        if child.pos_ not in _NOMINAL or not is_event_noun(child):
            continue
        if child.dep_ in ("nsubj", "nsubjpass") and verb.lemma_ in LIGHT_VERBS and not _phrasal(verb):
            return child
        if child.dep_ in ("dobj", "nsubjpass") and verb.lemma_ in OBJECT_EVENT_VERBS:
            return child  # "held talks", "talks are scheduled"
    # "which took place": the relative pronoun stands for an event noun before it
    if verb.lemma_ in LIGHT_VERBS and any(c.tag_ in ("WDT", "WP") and c.dep_ in ("nsubj", "nsubjpass")
                                          for c in verb.children):
        return relative_antecedent(verb, event=True)
    return None


# What a period of time does ("the quarter that ended on September 30"): a clause with one of these
# verbs may stand for the period, where any other is taken to stand for a noun before it ("the plan
# for 2021-2025, which the two countries signed").
_WHAT_PERIODS_DO = {"end", "begin", "start", "close", "expire", "finish", "elapse"}


def bounds_a_period(verb) -> bool:
    """ "the quarter [ended] Sept. 30", "the year that [began] on Monday": the verb tells where a
    period ends or starts; its date is no time the rest of the sentence happens at."""
    return verb.lemma_ in _WHAT_PERIODS_DO and verb.dep_ in ("acl", "relcl") and _is_temporal(verb.head)


def relative_antecedent(verb, event: bool = False):
    """The noun a relative clause stands for: the nearest noun before its pronoun ("the plan ...,
    which the two countries signed"), or with `event` the nearest event noun (the parse often hangs
    the clause on the last name before it: "a meeting between Biden and Macron, which took place")."""
    candidates = [*verb.children, *verb.head.children]
    if verb.dep_ == "acl" and verb.head.dep_ == "nsubj":
        candidates.append(verb.head.head)  # misparsed: "a declaration [that] the countries signed", "that" its head
    pronoun = min((t for t in candidates if is_relative_pronoun(t) and t.i < verb.i), key=lambda t: t.i, default=None)
    if pronoun is None:
        return None
    head = verb.head
    if not event and verb.dep_ == "relcl" and pronoun.head.i == verb.i and head.pos_ in _NOMINAL:
        if not _is_temporal(head):
            return _noun_phrase_head(head)  # the parse found the noun: "an expert ... who served"
        if verb.lemma_ in _WHAT_PERIODS_DO:
            return head  # "the quarter that ended"
    for k in range(pronoun.i - 1, max(pronoun.i - _ANTECEDENT_REACH, -1), -1):
        token = verb.doc[k]
        if verb.doc[k + 1].is_sent_start:
            return None
        if token.pos_ in ("VERB", "AUX"):
            return None
        if token.pos_ not in _NOMINAL or token.ent_type_ in ("DATE", "TIME") or token.like_num:
            continue
        if event:
            if is_event_noun(token):
                return token
            continue
        return _noun_phrase_head(token)
    return None


def is_relative_pronoun(token) -> bool:
    """ "which", "who", or a "that" that is the clause's subject or object ("a treaty that the two
    countries signed": the parse tags that "that" as a preposition as often as a pronoun)."""
    if token.lower_ == "that":
        # "told analysts on a conference call that demand held up": the parse's relative clause is
        # what was said
        clause = token.head
        noun = clause.head if clause.dep_ in ("relcl", "acl") else None
        verb, _ = _governor(noun) if noun is not None and noun.pos_ in _NOMINAL else (None, None)
        if verb is not None and verb.lemma_ in REPORTING_VERBS:
            return False
        return token.dep_ in ("nsubj", "nsubjpass", "dobj") and clause.pos_ == "VERB"
    return token.tag_ in ("WDT", "WP")


def _noun_phrase_head(token):
    while token.dep_ == "pobj" and token.head.lower_ in ("for", "on") and token.head.head.pos_ == "NOUN":
        token = token.head.head  # "the plan for military cooperation"
    while token.dep_ == "appos" and token.head.pos_ in _NOMINAL:
        token = token.head  # "Ann Smith, an expert ... who served"
    return token


def _governor(noun):
    """The verb a noun phrase belongs to (through its preposition, if any), and that preposition."""
    head, prep = noun.head, None
    if noun.dep_ == "pobj" and head.pos_ == "ADP":
        prep, head = head, head.head
    if head == noun or head.pos_ != "VERB":
        return None, prep
    return head, prep


def _frames(verb, skip: set[int]) -> list:
    """Event nouns that frame a verb's event in time: "announced [at a summit]", "unearthed [during a search]"."""
    return [pobj for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in FRAME_PREPOSITIONS
            for pobj in prep.children if pobj.dep_ == "pobj" and pobj.i not in skip and is_event_noun(pobj)]


def _from_noun_phrase(noun, possessive: bool = False) -> list[Anchor]:
    """A date inside a noun phrase: "the 2001 treaty", "last month's discovery", "third-quarter profit";
    `possessive`: the date is the noun's possessor ("Saturday's funeral")."""
    found = []
    if is_event_noun(noun):
        found.append(Anchor(noun, NOUN_PHRASE))
        # "the 1996 bombing that killed one person", "the Feb. 23 accord signed by Annan": the relative
        # clause or the participle tells of the same event
        found += [Anchor(c, RELATIVE) for c in noun.children if c.pos_ == "VERB" and c.i > noun.i and (
            c.dep_ == "relcl" or (c.dep_ == "acl" and c.tag_ == "VBN"))]
    verb, prep = _governor(noun)
    if verb is None or not _is_event_verb(verb):
        return found
    if prep is not None:
        if prep.lower_ in FRAME_PREPOSITIONS:  # "decided at last year's summit", "in today's editions"
            found.append(Anchor(verb, FRAME if found else THROUGH_NOUN))
    elif not found and noun.dep_ in ("nsubj", "nsubjpass", "dobj"):
        found.append(Anchor(verb, THROUGH_NOUN))  # "third-quarter profit jumped"
    elif noun.dep_ in ("nsubj", "nsubjpass") and verb.lemma_ in LIGHT_VERBS:
        found[0] = Anchor(noun, NOUN_PHRASE, carrier=verb)  # "the 2018 summit took place in ..."
        found.append(Anchor(verb, LIGHT))
    elif noun.dep_ in ("nsubj", "nsubjpass") and verb.tag_ == "VBD" and verb.lemma_ not in REPORTING_VERBS:
        found.append(Anchor(verb, LIGHT))  # "the 1998 bombings killed 200 people"
    elif noun.dep_ == "dobj" and possessive and _carries_its_object(verb):
        # "attended Sunday's funeral", "issued Thursday's ruling"; not "launched its 2025 election
        # campaign", whose year names the campaign, not when it was launched
        found.append(Anchor(verb, LIGHT))
    return found


def _from_head(head) -> list[Anchor]:
    """A date phrase that modifies `head` from outside its noun phrase."""
    if head.pos_ in _NOMINAL:
        verb, prep = _governor(head)
        if is_event_noun(head):
            if verb is not None and prep is None and head.dep_ == "dobj" and _carries_its_object(verb):
                # "signed an agreement on Friday", "held talks on Monday": the parse hangs the date on
                # the object, but the verb that carries the event noun happens then too; read it as
                # the verb's date (which gives the noun as well)
                return _from_head(verb)
            found = [Anchor(head, NOUN)]
            if verb is not None and prep is not None and prep.lower_ in FRAME_PREPOSITIONS and _is_event_verb(verb):
                found.append(Anchor(verb, FRAME))  # "unearthed during a search ... Thursday"
            elif verb is not None and head.dep_ in ("nsubj", "nsubjpass") and verb.lemma_ in LIGHT_VERBS:
                found = [Anchor(head, NOUN, carrier=verb), Anchor(verb, LIGHT)]  # "the talks on Wednesday began"
            elif verb is not None and prep is None and head.dep_ == "nsubj" and verb.tag_ == "VBD" \
                    and _is_event_verb(verb) and verb.lemma_ not in REPORTING_VERBS:
                # "a similar fire in 2018 killed eight people": the noun is the event, the verb tells of it
                found = [Anchor(head, NOUN, carrier=verb)]
            return found
        # A date on a noun that names no event: the parse often hangs "on Monday" on the
        # object ("signed the pact on Monday"); the verb above the noun is the event.
        if verb is not None and _is_event_verb(verb) and head.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj", "attr"):
            return [Anchor(verb, THROUGH_NOUN)]
        if verb is None and prep is not None and prep.lower_ == "of" and prep.head.pos_ in _NOMINAL \
                and is_event_noun(prep.head, listed_only=True):
            # the object of an event noun: "the rescue of the miners on Monday" dates the rescue
            return _from_head(prep.head)
        if verb is None and prep is not None and prep.head.pos_ in _NOMINAL and prep.head.dep_ in _ARGUMENTS:
            # one noun further up: "became the subject of an international manhunt in November"
            outer = prep.head
            verb, _ = _governor(outer)
            if verb is not None and _is_event_verb(verb) and not is_event_noun(outer):
                return [Anchor(verb, THROUGH_NOUN)]
        return []
    if head.pos_ == "ADJ":
        return [Anchor(head, PREDICATE)] if head.lemma_ in DATED_STATES else []
    if head.pos_ == "AUX" or (head.pos_ == "VERB" and head.lemma_ in NON_EVENT_VERBS):
        for child in head.children:
            if child.dep_ in ("acomp", "attr") and child.pos_ == "ADJ":
                return [Anchor(child, PREDICATE)] if child.lemma_ in DATED_STATES else []
            if child.dep_ == "attr" and child.pos_ in _NOMINAL and is_event_noun(child):
                return [Anchor(child, NOUN)]
        if head.pos_ == "AUX":
            clause = _cleft_clause(head)
            return [] if clause is None else [Anchor(clause, VERB if clause.pos_ == "VERB" else NOUN)]
    if head.pos_ == "VERB":
        found = [Anchor(head, VERB)]
        noun = _noun_event(head)
        if noun is not None:
            found.insert(0, Anchor(noun, LIGHT, carrier=head))
        found += [Anchor(n, FRAME) for n in _frames(head, {a.token.i for a in found})]
        return found
    return []


def _carries_its_object(verb) -> bool:
    """A verb whose event noun object happens as it happens ("signed an agreement", "attended a
    funeral"), but not one that sets the object's time ("scheduled a vote on Tuesday", "called an
    election for June": the vote may be on Tuesday, the scheduling not)."""
    return verb.lemma_ in OBJECT_EVENT_VERBS and verb.lemma_ not in EXPECTATION_VERBS | {"call"} \
        and _is_event_verb(verb) and not _phrasal(verb)


def _cleft_clause(copula):
    """The event a copula with a date only frames: "it was [not until] Tuesday that Castro revealed",
    "Today, I'm here to tell you", "the meeting was on Monday"."""
    for child in copula.children:
        if child.dep_ == "nsubj" and child.pos_ in _NOMINAL and is_event_noun(child, listed_only=True) \
                and not any(c.dep_ in ("acomp", "attr") for c in copula.children):
            return child  # "the meeting was on Monday"
        if child.pos_ != "VERB" or not _is_event_verb(child):
            continue
        if child.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children) \
                and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in copula.children):
            return child
        if child.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            return child
    return None


def _reporting_verb_before(span):
    """The reporting verb right before the date: "said [on] Tuesday (that) ..." dates the saying,
    however the parse hangs the date in the reported clause."""
    k = span.start - 1
    if k >= 0 and span.doc[k].lower_ == "on":
        k -= 1
    if k < 0:
        return None
    verb = span.doc[k]
    if verb.pos_ == "VERB" and verb.lemma_ in REPORTING_VERBS and not any(
            t.is_sent_start for t in span.doc[k + 1:span.start + 1]):
        return verb
    return None


def _onset_participle(token) -> bool:
    """ "starting on June 17", "beginning Monday": a participle that says from when the word it
    modifies holds."""
    return token.tag_ == "VBG" and token.lemma_ in ("start", "begin") and token.head != token \
        and token.dep_ in ("advcl", "acl", "prep", "npadvmod") \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux", "auxpass", "mark", "xcomp") for c in token.children)


_PLACES = ("GPE", "LOC", "FAC")
_LOCATIVE_PREPOSITIONS = {"in", "at", "near", "outside", "inside"}


def _from_place(place) -> list[Anchor]:
    """ "meet at the annual meeting in Austin, Texas, May 10, 2022": a caption's date set after
    its place, which the parse hangs on the place; it dates what happened there."""
    while place.dep_ in ("appos", "conj") and place.head.ent_type_ in _PLACES:
        place = place.head
    if place.dep_ != "pobj" or place.head.lower_ not in _LOCATIVE_PREPOSITIONS:
        return []
    target = place.head.head
    if target.pos_ == "VERB" or (target.pos_ in _NOMINAL and is_event_noun(target)):
        return _from_head(target)
    return []


def _measured_period(span, head) -> bool:
    """ "reported net income for the quarter", "approved a budget for 2022": the period a quantity
    is measured over, not the date of the verb above the noun."""
    prep = _preposition_before(span)
    # (a subject's period dates its change: "net income for the third quarter fell 6%")
    return prep is not None and prep.lower_ == "for" and prep.head == head and head.pos_ in _NOMINAL \
        and not is_event_noun(head) and head.dep_ not in ("nsubj", "nsubjpass")


def _compared_since(span, head) -> bool:
    """ "their steepest one-day decline since March", "the first such attack since January": the
    date bounds the stretch the noun is ranked over; the event is not of that date."""
    prep = span.doc[span.start - 1] if span.start > 0 else None  # (tagged SCONJ as often as ADP)
    return prep is not None and prep.lower_ == "since" and prep.head == head and head.pos_ in _NOMINAL \
        and any(t.tag_ in ("JJS", "RBS") or t.ent_type_ == "ORDINAL"
                for left in head.lefts for t in left.subtree)


# Prepositions that introduce the figure a change is measured from ("up from", "compared with")
_COMPARED_FROM = {"from", "than", "versus", "vs", "vs.", "against", "with"}


def _compares_a_figure(prep, span) -> bool:
    """A preposition with a figure as its object, outside the date ("from $4 million", not
    "from 1991")."""
    return prep.lower_ in _COMPARED_FROM and any(
        _is_quantity(c) and not span.start <= c.i < span.end for c in prep.children if c.dep_ == "pobj")


def _compared_figure(span, head) -> bool:
    """ "fell to $9.5 million from $10.1 million [a year earlier]", "rose 6% to $5 million from
    $4.7 million [in the year-ago period]": the date is the period of the figure compared with,
    not of the verb (whose period, if named, is the subject's: "third-quarter profit")."""
    if head.pos_ not in ("VERB", "AUX"):
        return False
    node = span.root
    while node.head != node and node.head != head:
        node = node.head
        if node.pos_ == "ADP" and _compares_a_figure(node, span):
            return True
    # (a comparison expression after the figure: not "A year ago, Smith won with 55% of the vote")
    return bool(COMPARISON.search(span.text)) and any(
        c.dep_ == "prep" and c.i < span.start and _compares_a_figure(c, span)
        and (c.lower_ != "with" or span.doc[c.i - 1].lower_ == "compared") for c in head.children)


def primary(span) -> list[Anchor]:
    """The events the date phrase modifies directly."""
    head, dep = attachment(span)
    found: list[Anchor] = []
    reporter = _reporting_verb_before(span)
    if reporter is not None:
        return [Anchor(reporter, VERB)]
    onset = None
    if head is not None and _onset_participle(head):
        # "will close the bridge starting on June 17": the closing starts then; the word it
        # modifies speaks for the record, the participle (TimeML's aspectual event) is a mention
        onset, head = head, head.head
    if head is not None:
        if dep in _NP_INTERNAL and head.pos_ in _NOMINAL:
            noun = head
            while noun.dep_ == "compound" and noun.head.pos_ in _NOMINAL:
                noun = noun.head
            found = _from_noun_phrase(noun, possessive=dep == "poss")
        elif _measured_period(span, head) or _compared_since(span, head) or _compared_figure(span, head):
            found = []
        elif dep in ("appos", "npadvmod") and head.ent_type_ in _PLACES and (placed := _from_place(head)):
            found = placed
        else:
            found = _from_head(head)
    if onset is not None:
        found.append(Anchor(onset, VERB))
    inside = range(span.start, span.end)
    # "in 1968, when Russian troops swept through Prague": a clause on the date itself
    found += [Anchor(child, WHEN) for token in span for child in token.children
              if child.dep_ in ("relcl", "advcl", "acl") and child.pos_ == "VERB" and child.i not in inside
              and _is_when_clause(child, on_date=True)]
    return [a for a in found if a.token.i not in inside]


def shared(anchors: list[Anchor], dated: set[int]) -> list[Anchor]:
    """Verbs that share the date of the `anchors` without a date of their own.  A
    coordinated verb is an event of its own; the others belong to the anchor they
    hang on ("exploded Friday, killing dozens")."""
    out: list[Anchor] = []
    seen = {a.token.i for a in anchors}
    group_of = {a.token.i: (a.group if a.group >= 0 else a.token.i) for a in anchors}
    queue = [a.token for a in anchors if a.token.pos_ == "VERB"]

    def add(token, how: str, group: int) -> None:
        seen.add(token.i)
        group_of[token.i] = group
        out.append(Anchor(token, how, group))
        queue.append(token)

    while queue:
        verb = queue.pop(0)
        for child in verb.children:
            if child.i in seen or _own_dates(child, dated) or _quote_between(verb, child):
                continue
            if child.pos_ in _NOMINAL:
                # "attended a memorial service Sunday", "a clinic bombing killed a guard in January": the
                # event noun the dated verb takes is part of the same happening
                if child.dep_ in _ARGUMENT_DEPS and is_event_noun(child, listed_only=True) and verb.lemma_ not in LIGHT_VERBS \
                        and not _is_temporal(child):
                    seen.add(child.i)
                    out.append(Anchor(child, ARGUMENT, group_of[verb.i]))
                continue
            if child.pos_ != "VERB":
                continue
            if _is_when_clause(child):
                add(child, SUBORDINATE, group_of[verb.i])  # "implied as much yesterday when reporters asked"
            elif child.dep_ == "conj" and child.tag_ in ("VBG", "VB") and group_of[verb.i] != verb.i \
                    and child.tag_ == verb.tag_:
                # "struck on Friday, killing 40 people and injuring 1,600": a participle's conjunct
                # tells of the same happening as the participle
                add(child, SUBORDINATE, group_of[verb.i])
            elif child.dep_ == "conj" and (child.tag_ == verb.tag_ or child.tag_ in _FINITE):
                add(child, COORDINATED, child.i)  # "condemned the bombings and offered condolences"
            elif child.dep_ == "xcomp" and verb.lemma_ not in _AHEAD_VERBS:
                # "began notifying customers on Friday", "helped end"; not what is promised or
                # planned: "promised on Monday to cut taxes" dates the promise only
                add(child, SUBORDINATE, group_of[verb.i])
            elif child.dep_ == "advcl" and child.tag_ == "VBG" and not any(
                    c.dep_ in ("mark", "nsubj", "advmod") for c in child.children):
                add(child, SUBORDINATE, group_of[verb.i])  # "headed Tuesday to East Africa, seeking ..."
        # upwards: "began delving Thursday", "perished when their boat sank in late November"
        head = verb.head
        # ("plans to open a store in March" does not date the planning)
        upward = (verb.dep_ == "xcomp" and head.lemma_ not in _AHEAD_VERBS) or _is_when_clause(verb)
        if upward and head.i not in seen and head.pos_ == "VERB" and not _own_dates(head, dated) \
                and not _quote_between(verb, head):
            add(head, SUBORDINATE, group_of[verb.i])
        # "sniper shootings that injured two doctors in November": a relative clause whose subject is
        # an event noun tells of that event
        # (told in the past, and not the noun's end or start: "The treaty, which expires in 2030")
        if verb.dep_ == "relcl" and head.i not in seen and head.pos_ in _NOMINAL \
                and verb.tag_ in ("VBD", "VBN") and verb.lemma_ not in _WHAT_PERIODS_DO \
                and is_event_noun(head, listed_only=True) and not _own_dates(head, dated) \
                and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in verb.children):
            seen.add(head.i)
            out.append(Anchor(head, ARGUMENT, group_of[verb.i]))
        # "a NATO summit set for April", "a memorial service planned for Saturday": the participle
        # dates the event noun it describes
        if verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBG") and head.i not in seen and head.pos_ in _NOMINAL \
                and is_event_noun(head) and not _own_dates(head, dated):
            seen.add(head.i)
            out.append(Anchor(head, ARGUMENT, group_of[verb.i]))
    return out


def _quote_between(a, b) -> bool:
    """A quotation mark between two words: one is the speaker's, the other the reporter's."""
    lo, hi = sorted((a.i, b.i))
    return any(t.is_quote for t in a.doc[lo + 1:hi])


def _is_when_clause(verb, on_date: bool = False) -> bool:
    """A clause that happens with its main clause, or with the date it hangs on: "when the boat
    sank", "as dawn broke"."""
    # "as Cui Heng told the Global Times" tells who says so, not when
    as_marks = ("while",) if verb.lemma_ in REPORTING_VERBS else ("as", "while")
    return (verb.dep_ == "advcl" or on_date) and any(
        (c.dep_ == "advmod" and c.lower_ == "when") or (c.dep_ == "mark" and c.lower_ in as_marks)
        for c in verb.children)


def anchors(span, dated: set[int]) -> list[Anchor]:
    """Every event the date `span` dates, the one it modifies first.  `dated`:
    token indices of all the document's dates, so that a verb with a date of its
    own keeps it."""
    unique, seen = [], set()
    for a in primary(span):
        if a.token.i not in seen:
            seen.add(a.token.i)
            unique.append(a if not unique or a.how == WHEN else Anchor(a.token, a.how, unique[0].token.i, a.carrier))
    return unique + shared(unique, dated)
