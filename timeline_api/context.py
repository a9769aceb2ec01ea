"""Reads the parse around a temporal expression: which way in time does it point?

"which took place on Wednesday" points back from the publication date, "will
meet on Wednesday" forward.  The answer comes from the verb that governs the
expression (its tense, its auxiliaries and modals), with nearby cue words
("upcoming", "last", "ago") taking precedence.  "would" alone decides nothing:
it is as often a question or a hypothesis about the past as a future in the past.
"""
from __future__ import annotations

from .lexicon import EVENT_NOUNS

PAST, FUTURE, PRESENT, UNKNOWN = "past", "future", "present", None

_FUTURE_CUES = {"upcoming", "coming", "next", "forthcoming", "scheduled", "planned", "slated", "due",
                "future", "tomorrow"}
# Verbs whose simple past is spelled as their present ("Weakness hurt the index on Friday").
_SAME_FORM_PAST = {"hurt", "cut", "set", "put", "hit", "cost", "shut", "quit", "spread", "let", "bet", "cast",
                   "burst", "split", "upset", "broadcast", "forecast", "beat", "bid", "slit", "thrust"}
_PAST_CUES = {"last", "previous", "past", "ago", "earlier", "yesterday", "former", "recent"}
_FUTURE_VERBS = {"expect", "schedule", "plan", "set", "due", "slate", "intend", "aim", "hope", "prepare", "will"}
_FORWARD_ADJECTIVES = {"payable", "effective", "due", "valid", "scheduled", "slated", "set", "expected"}
_REPORTING_VERBS = {"say", "tell", "announce", "report", "state", "add", "confirm", "predict", "expect", "indicate", "note"}
_TIME_NOUNS = {"hour", "time", "morning", "afternoon", "evening", "night", "day", "week", "weekend", "end",
               "beginning", "start", "middle", "part", "course"}
_LIMIT_PREPOSITIONS = {"until", "till", "through", "by", "to", "before"}
_PLANNING_VERBS = {"plan", "prepare", "intend", "schedule", "aim"}
# Verbs whose infinitive complement happens when they do: aspectual and implicative verbs.
SAME_TIME_VERBS = {"begin", "start", "continue", "cease", "stop", "try", "attempt", "manage", "fail", "help",
                    "struggle", "rush", "hasten", "refuse", "decline"}
_MODALS_FORWARD = {"will", "shall", "'ll", "wo", "may", "might", "could", "should", "must", "can", "ca"}


def governing_verb(token):
    """The nearest verb (or auxiliary acting as one) above `token` in the parse."""
    node = token
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX") and node != token:
            return node
        if node.head == node:
            return node if node.pos_ in ("VERB", "AUX") else None
        node = node.head
    return None


def _past_perfect(token) -> bool:
    """Whether the clause of `token` (an adjective or participle) is in the past perfect."""
    node = token.head if token.dep_ in ("acomp", "attr", "amod") else token
    return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in node.children)


def verb_tense(verb, depth: int = 0) -> str | None:
    if depth > 40:
        return UNKNOWN  # "wanted to try to try to ...": no tense is read that far up
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "TO" for a in aux):
        # "agreed to buy the unit in February": later than the agreeing, no nearer said.
        head = verb.head
        if head != verb and verb.dep_ == "xcomp":
            if head.lemma_ == "be" and head.lower_ in ("is", "are", "am", "'s", "'re") and verb.lemma_ != "blame":
                return FUTURE  # "is to resume trading on Tuesday": what is arranged ("is to blame" is not)
            if head.tag_ == "VBG" and head.lemma_ in _PLANNING_VERBS and any(a.lemma_ == "be" for a in head.children if a.dep_ == "aux"):
                return FUTURE  # "were planning to drive around the airport on Monday"
            if head.lemma_ in SAME_TIME_VERBS:
                return verb_tense(head, depth + 1)  # "began to lay off workers on Friday": when the beginning was
        if head != verb and verb.dep_ in ("xcomp", "ccomp") and head.lemma_ in _FUTURE_VERBS \
                and head.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in head.children):
            # "The company expects margins to widen in Q1", "plans to open a plant in
            # March": what is expected or planned now lies ahead.
            return FUTURE
        return FUTURE if head != verb and head.pos_ in ("VERB", "AUX") and verb_tense(head, depth + 1) == FUTURE else UNKNOWN
    if not aux and verb.tag_ == "VB" and verb.dep_ == "conj" and verb.head != verb \
            and any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.head.children):
        # "will consolidate ... and [help]": one modal for both (not "have won ... and [host]",
        # a present the tagger reads as sharing "have")
        return verb_tense(verb.head, depth + 1)
    words = {a.lower_ for a in aux}
    if verb.lower_ in _MODALS_FORWARD and verb.tag_ == "MD":
        words.add(verb.lower_)
    if words & {"will", "shall", "'ll", "wo"}:
        return FUTURE
    if any(a.lemma_ == "have" for a in aux):
        return PAST
    if "would" in words:
        return UNKNOWN
    if words & _MODALS_FORWARD and verb.tag_ in ("VB", "MD"):
        return FUTURE
    if any(a.tag_ == "VBD" for a in aux) or verb.tag_ == "VBD":
        return PAST
    if verb.tag_ == "VBP" and not aux and verb.lower_ in _SAME_FORM_PAST and any(
            c.dep_ == "nsubj" and c.tag_ in ("NN", "NNP") and not any(d.dep_ == "conj" for d in c.children)
            for c in verb.children):
        # "Weakness hurt the index on Friday": after one singular subject, "hurt" is a past
        # form ("Microsoft and Sony release ... on Friday" is a plural present).
        return PAST
    # "is expected to meet", "are scheduled to sign"
    if verb.lemma_ in _FUTURE_VERBS and any(c.dep_ == "xcomp" for c in verb.children):
        return FUTURE
    head = verb.head
    if verb.dep_ in ("xcomp", "ccomp") and head != verb:
        if head.lemma_ in _FUTURE_VERBS and head.tag_ != "VBD" and verb.dep_ == "xcomp":
            return FUTURE
        if verb.dep_ == "xcomp":
            return verb_tense(head, depth + 1)
    if verb.tag_ == "VBG" and any(a.lemma_ == "be" and a.lower_ in ("is", "are", "am", "'s", "'re") for a in aux):
        return FUTURE if verb.lemma_ == "go" else PRESENT
    if verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in aux):
        return PRESENT
    if verb.tag_ == "VBN" and verb.dep_ in ("relcl", "acl"):
        return PAST
    return UNKNOWN


def sentence_start(doc, i: int) -> int:
    """Index of the first token of token i's sentence.

    `Span.sent` walks the sentence on every call, which makes a document with one
    huge sentence ("May May May ...") quadratic; this index is built once per doc.
    """
    starts = doc.user_data.get("timeline_api.sentence_starts")
    if starts is None or len(starts) != len(doc):
        starts, current = [], 0
        for token in doc:
            if token.is_sent_start:
                current = token.i
            starts.append(current)
        doc.user_data["timeline_api.sentence_starts"] = starts
    return starts[i]


def sentence_root(doc, i: int):
    """The root of token i's sentence, from an index built once per doc (`Span.sent.root`
    walks the sentence on every call)."""
    roots = doc.user_data.get("timeline_api.sentence_roots")
    if roots is None or roots[0] != len(doc):
        found: dict[int, int] = {}
        for token in doc:
            start = sentence_start(doc, token.i)
            if token.head.i == token.i or sentence_start(doc, token.head.i) != start:
                found.setdefault(start, token.i)
        roots = (len(doc), found)
        doc.user_data["timeline_api.sentence_roots"] = roots
    k = roots[1].get(sentence_start(doc, i))
    return doc[k] if k is not None else None


def direction(doc, start_char: int, end_char: int) -> str | None:
    """PAST, FUTURE, PRESENT or None for the expression at these offsets."""
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None or not len(span):
        return UNKNOWN
    sent_start = sentence_start(doc, span.start)
    # Cue words in the few tokens before the expression, inside its sentence.
    window = doc[max(sent_start, span.start - 6):span.start]
    if len(window) >= 2 and window[-2].lower_ == "of" and window[-1].lower_ == "record":
        # "payable Dec. 7 to holders of record Nov. 22", "paid Dec. 1 to holders of record
        # Nov. 15": a record date lies near the announcement, before or after it whatever
        # the tense: the nearest.
        return UNKNOWN
    for token in reversed(window):
        word = token.lower_
        if word == "ahead" and token.i + 2 == span.start and doc[token.i + 1].lower_ == "of":
            # "squared positions ahead of the weekend": what an event of the news is ahead
            # of is still to come.  Only the expression right after "ahead of": "fell on
            # Friday ahead of the weekend" and "went ahead on Monday" keep their tense.
            return FUTURE
        if word == "next" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            continue  # "next to the embassy" is a place
        if token.pos_ in ("VERB", "AUX"):
            continue  # "to last until Thursday": the verb, not the adjective
        if word in _FUTURE_CUES:
            if _past_perfect(token):
                return PAST  # "it had been due to expire Friday": a plan of the past
            return FUTURE
        if word in _PAST_CUES:
            return PAST
    root = span.root
    limit = root.dep_ == "pobj" and root.head.lower_ in _LIMIT_PREPOSITIONS
    # Cue words on the way up to the verb: "the slated visit ... in September".
    node = root
    for _ in range(6):
        if node.head == node or node.pos_ in ("VERB", "AUX") and node != root:
            break
        node = node.head
        # Its modifiers sit next to it; looking only there keeps a huge flat sentence linear.
        near = doc[max(node.i - 3, 0):node.i + 4]
        # A finite verb speaks by its tense, unless it names a plan whose content the date
        # follows ("planned a rally on Saturday"); a date put before it dates the planning.
        own = [node] if node.tag_ not in ("VBD", "VBZ", "VBP", "MD") or span.start > node.i else []
        for word in own + [c for c in near if c.head.i == node.i and c.dep_ in ("amod", "compound", "advmod")]:
            if word.lower_ in _FUTURE_CUES and word.i not in range(span.start, span.end):
                return FUTURE
    # What the date phrase hangs on decides how much the verb's tense says about it.
    holder = root.head
    while (holder.pos_ == "ADP" or holder.lemma_.lower() in _TIME_NOUNS) and holder.head != holder:
        holder = holder.head  # "in the early hours of Wednesday": the hours are the date's own
    if holder != root and holder.pos_ == "ADJ" and holder.lemma_ in _FORWARD_ADJECTIVES:
        return FUTURE  # "payable Dec. 7", "effective Feb. 1"
    if holder != root and holder.tag_ == "VBN" and holder.dep_ == "acl" and holder.lemma_ in _FORWARD_ADJECTIVES \
            and (holder.lemma_ != "set" or any(c.lower_ == "for" for c in holder.children)):
        # "a summit set for April", "a vote scheduled for Monday": a plan, whatever the tense;
        # but "the record high set on Aug. 6" was set then
        return FUTURE
    verb = governing_verb(span.root)
    if verb is None:
        root_of_sentence = sentence_root(doc, span.start)
        verb = root_of_sentence if root_of_sentence is not None and root_of_sentence.pos_ in ("VERB", "AUX") else None
    if verb is None:
        return UNKNOWN
    while verb.tag_ == "VBG" and verb.dep_ in ("advcl", "pcomp") \
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        # A bare participle clause happens when its main clause does: "Stocks rose,
        # leaving the index below its high of Aug. 6"; "flights would leave on Monday,
        # with the third departing from August 6".
        above = governing_verb(verb)
        if above is None or above == verb:
            break
        verb = above
    tense = verb_tense(verb)
    if tense is UNKNOWN and any(c.lower_ == "would" for c in verb.children) and verb.dep_ == "ccomp" \
            and verb.head.lemma_ in _REPORTING_VERBS:
        return FUTURE  # "officials said the flights would start on August 6"
    if tense == PAST and holder != root and holder.pos_ in ("NOUN", "PROPN") and holder != verb \
            and holder.lemma_.lower() not in EVENT_NOUNS and root.dep_ != "npadvmod":
        # "payable to holders of record Nov. 22": a date on a plain noun is not dated by the verb.
        return UNKNOWN
    if limit:
        # "must leave by Monday", "is expected to last until Thursday" look ahead; after a
        # past verb a deadline may still lie ahead ("extended the offer to Nov. 20").
        return UNKNOWN if tense == PAST else FUTURE
    if tense == PRESENT and holder == verb and verb.lemma_ not in _REPORTING_VERBS and verb.lemma_ != "be":
        return FUTURE  # "the festival runs from July 1", "the court meets on Monday": a schedule
    return tense
