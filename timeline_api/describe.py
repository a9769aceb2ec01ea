"""What a record says about its event: a headline, who took part and where,
what became of it.

Summaries are headlines built from the parse: subject, verb in the present
tense, object ("China and Russia sign the Treaty of ...").  A passive with its
agent is turned active, a relative clause takes the noun it stands for as its
subject or object, an event noun carried by a light verb is told through that
verb ("Virtual meeting between Joe Biden and Emmanuel Macron takes place"), and
any other event noun by its own phrase ("the president's visit to Paris").  Modal and
negated verbs keep their auxiliaries ("would address", "did not attend").
Dates, side clauses, quotations and the titles before a person's name are left
out, and phrases are shortened by whole constituents, never cut in the middle.

Only words of the event's own line are used: the parse sometimes runs a photo
caption or a heading into the next paragraph.
"""
from __future__ import annotations


from spacy.tokens import Span as SpacySpan

from .anchor import is_relative_pronoun, relative_antecedent
from .event_lexicon import (
    CONDITIONAL_MARKS, EXPECTATION_VERBS, FUTURE_CUES, FUTURE_MODALS, HYPOTHETICAL_MODALS, NEGATIONS,
    NEGATIVE_IMPLICATIVES, REPORTING_VERBS, event_class,
)
from .model import HYPOTHETICAL, NEGATED, OCCURRED, ONGOING, SCHEDULED, Participant

PARTICIPANT_LABELS = ("PERSON", "ORG", "GPE", "NORP")
LOCATION_LABELS = ("GPE", "LOC", "FAC")
_LOCATIVE = {"in", "at", "near", "outside", "inside", "off", "across", "throughout", "around"}
_MOTION = {"to", "into"}  # where an event goes: "the president's visit to Paris"
# Prepositions whose object takes part in the event: "met with", "talks between", "signed by".
_PARTAKING = {"with", "between", "among", "against", "by", "of", "to", "from", "for"}

# Dependents that belong to a phrase naming a thing; anything else opens another event or a digression.
_PHRASE_DEPS = {"det", "amod", "compound", "nmod", "poss", "case", "nummod", "prep", "pobj", "quantmod", "cc",
                "conj", "pcomp", "acomp", "punct", "dobj", "prt", "aux", "neg", "xcomp", "advmod", "npadvmod"}
_TOP_SKIP = {"advmod", "npadvmod", "aux", "neg", "punct", "cc", "conj"}
_VERBAL = ("VERB", "AUX")
_NOMINAL = ("NOUN", "PROPN", "PRON")
_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_OBJECTS = ("dobj", "attr", "oprd", "dative", "acomp")
_NOUN_LIMIT, _ARGUMENT_LIMIT = 12, 9
_NAMES = ("LAW", "ORG", "EVENT", "WORK_OF_ART", "FAC", "PRODUCT")


# --------------------------------------------------------------------------
# Phrases


class Keepout:
    """Token indices kept out of a phrase: the given ones, and every one outside `line`.
    `ids` (the document's dates) is shared, never copied: a record costs the words of its
    line, not those of the document."""

    def __init__(self, ids, line, more=frozenset(), below=None):
        self.ids, self.line, self.more, self.below = ids, line, more, below

    def __contains__(self, i: int) -> bool:
        return i in self.more or i in self.ids or i not in self.line \
            or (self.below is not None and (i == self.below.i or self.below.is_ancestor(self.below.doc[i])))

    def __or__(self, more) -> "Keepout":
        return Keepout(self.ids, self.line, self.more | set(more), self.below)

    def without_clause(self, token) -> "Keepout":
        """These and the words of `token`'s subtree, tested by walking up from a word: a set of
        a long clause's words, built for each record, made a long sentence quadratic."""
        outer = self if self.below is None else Keepout(self.ids, self.line, self.more | {t.i for t in self.below.subtree})
        return Keepout(outer.ids, outer.line, outer.more, token)


class Region:
    """The tokens a record may draw on: its line, less the given ones (the dates)."""

    def __init__(self, line, less):
        self.line, self.less = line, less

    def __contains__(self, i: int) -> bool:
        return i in self.line and i not in self.less


def entity_at(token):
    """The named entity `token` is part of, as a span, or None (found from the token's
    IOB tags: walking `doc.ents` for each token would cost the whole document)."""
    if not token.ent_type_:
        return None
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return SpacySpan(doc, start, end, label=token.ent_type_)


def _person(token):
    """The PERSON entity whose last word is `token`: a name stands without its titles."""
    ent = entity_at(token) if token.ent_type_ == "PERSON" else None
    return ent if ent is not None and ent.end - 1 == token.i else None


_DEEPEST = 40  # levels of a phrase or of clauses in clauses a headline reads at most


def _collect(token, exclude, keep: list, top: bool, depth: int = 0) -> None:
    if depth > _DEEPEST:
        return  # "the son of the son of ...": the headline is cut down to a few words anyway
    person = _person(token)
    for child in token.lefts:
        if child.i in exclude or child.dep_ not in _PHRASE_DEPS or (top and child.dep_ in _TOP_SKIP):
            continue
        if person is not None and child.i < person.start:
            if _coordinated_name(child):
                # "Macron and German Chancellor Angela Merkel": the parse made Macron a modifier
                keep.extend([*entity_at(child), *(c for c in child.children if c.dep_ == "cc")])
            continue
        _collect(child, exclude, keep, False, depth + 1)
    keep.append(token)
    for child in token.rights:
        if child.i in exclude or child.dep_ not in _PHRASE_DEPS or (top and child.dep_ in _TOP_SKIP - {"cc", "conj"}):
            continue
        if child.dep_ == "punct" and child.text not in ("-", "–", "’", "'"):
            continue
        _collect(child, exclude, keep, False, depth + 1)


def _trim(tokens: list) -> list:
    edge = ("ADP", "CCONJ", "SCONJ", "PUNCT", "PART", "SPACE", "DET")
    while tokens and tokens[-1].pos_ in edge and tokens[-1].tag_ != "POS":
        tokens.pop()
    while tokens and tokens[0].pos_ in edge and tokens[0].pos_ != "DET":
        tokens.pop(0)
    return tokens


def _shorten(head, tokens: list, limit: int) -> list:
    """Drop whole dependents of `head` until at most `limit` tokens remain: those after the head
    first, the farthest first (a noun's modifiers before it are part of its name)."""
    while len(tokens) > limit:
        inside = {t.i for t in tokens}
        removable = [c for c in head.children if c.i in inside and c.dep_ not in ("det", "poss", "case")]
        if not removable:
            break
        drop = max(removable, key=lambda c: (c.i > head.i, abs(c.i - head.i)))
        if drop.i < head.i and len(removable) == 1 and drop.dep_ == "compound":
            break
        sub = {t.i for t in drop.subtree}
        tokens = [t for t in tokens if t.i not in sub]
    return tokens


def phrase(head, exclude, limit: int = _NOUN_LIMIT) -> str:
    """The readable core of the phrase headed by `head`; a name ("the Treaty of ...") whole."""
    name = entity_at(head)
    if name is not None and name.label_ in _NAMES and len(name) > 1 and not any(t.i in exclude for t in name):
        return render(list(name))
    keep: list = []
    _collect(head, exclude, keep, True)
    tokens = _trim(_shorten(head, sorted(keep, key=lambda t: t.i), limit))
    text = render(tokens)
    if tokens and tokens[0].pos_ == "DET" and tokens[0].is_sent_start and not tokens[0].ent_type_:
        text = text[:1].lower() + text[1:]  # "Democrats introduce the bill": the sentence's "The" inside
    return text


def render(tokens) -> str:
    text = ""
    for k, t in enumerate(tokens):
        possessive = t.text in ("’", "'") and k > 0 and tokens[k - 1].tag_ in ("NNS", "NNPS")
        if t.is_space or t.text in ("[", "]") or (t.is_quote and not possessive):
            text += t.whitespace_ if text and not text.endswith(" ") else ""
            continue
        joined = k + 1 < len(tokens) and tokens[k + 1].i == t.i + 1
        text += t.text_with_ws if joined else t.text + " "
    return " ".join(text.split())


# --------------------------------------------------------------------------
# Who did what


def _third_person(lemma: str) -> str:
    irregular = {"be": "is", "have": "has", "do": "does", "go": "goes"}
    if lemma in irregular:
        return irregular[lemma]
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        return lemma + "es"
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + "s"


def _plural(subject) -> bool:
    if any(c.dep_ == "conj" or (c.i < subject.i and _coordinated_name(c)) for c in subject.children):
        return True
    if subject.tag_ in ("NNS", "NNPS") or subject.lower_ in ("we", "they", "you", "i"):
        return True
    return "Plur" in subject.morph.get("Number")


def _is_passive(verb) -> bool:
    # a participle on a noun is passive ("the treaty signed in 2001"), unless it has a subject of its
    # own: then it is a relative clause the parse took for one ("a declaration that the countries signed")
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or (
        verb.tag_ == "VBN" and verb.dep_ == "acl" and not any(c.dep_ == "nsubj" for c in verb.children))


def _own_subject(verb):
    """The last subject before the verb: the parse gives "a magnitude 6.8 earthquake struck" two."""
    return max((c for c in verb.children if c.dep_ in _SUBJECTS), key=lambda c: (c.i < verb.i, c.i), default=None)


def _subject(verb, line):
    """The verb's subject; for a relative clause the noun it stands for; for a coordinated or
    non-finite verb the subject of the verb it hangs on."""
    subject = _own_subject(verb)
    if subject is not None and is_relative_pronoun(subject):
        return relative_antecedent(verb)
    if subject is not None and subject.i not in line:
        # the parse took a word of another line for the subject: take the noun right before the verb
        before = verb.i - 1
        while before in line and verb.doc[before].pos_ in ("ADV", "AUX", "PART", "PUNCT"):
            before -= 1
        return verb.doc[before] if before in line and verb.doc[before].pos_ in _NOMINAL else None
    if subject is None and verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.pos_ in _VERBAL:
        for _ in range(_DEEPEST):  # up a chain of coordinated verbs, as far as a headline reads
            verb = verb.head
            subject = _own_subject(verb)
            if subject is not None or verb.dep_ not in ("conj", "xcomp", "advcl") or verb.head.pos_ not in _VERBAL:
                break
        return _subject(verb, line) if subject is not None else None
    return subject


def _verb_group(verb, subject, passive: bool) -> str:
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i and c.tag_ != "TO"]
    neg = [c for c in verb.children if c.dep_ == "neg"]
    prt = [c.text for c in verb.children if c.dep_ == "prt"]
    if any(a.tag_ == "MD" for a in aux) or neg or _fell_through(verb):
        words = [render(sorted(aux + neg + [verb], key=lambda t: t.i))]  # "would address", "had planned"
    elif passive:
        words = [verb.text]  # headline passive: "Treaty signed"
    elif verb.tag_ == "VBG":
        words = [t.text for t in aux] + [verb.text]
    else:
        lemma = verb.lemma_.lower()
        words = [lemma if subject is None or _plural(subject) else _third_person(lemma)]
    return " ".join(words + prt)


def _prepositional(prep, exclude) -> str:
    pobj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp") and c.i not in exclude), None)
    return f"{prep.text} {phrase(pobj, exclude, _ARGUMENT_LIMIT)}" if pobj is not None else ""


def _complement(verb, exclude, quoted, depth: int = 0) -> str:
    """What the verb does to what: its object, an infinitive, or its first phrase that is no date."""
    obj = next((c for c in verb.children if c.dep_ in _OBJECTS and c.i not in exclude), None)
    xcomp = next((c for c in verb.children if c.dep_ == "xcomp" and c.i not in exclude), None)
    parts = []
    if obj is not None and is_relative_pronoun(obj):
        # "a treaty that the two countries signed": the object is the noun the pronoun stands for
        antecedent = relative_antecedent(verb)
        if antecedent is not None and antecedent.i not in exclude:
            parts.append(phrase(antecedent, exclude.without_clause(verb), _ARGUMENT_LIMIT))
    elif obj is not None and obj.tag_ not in ("WDT", "WP") and not (obj.lower_ == "that" and obj.i < verb.i):
        parts.append(phrase(obj, exclude, _ARGUMENT_LIMIT))
    if xcomp is not None and (not parts or len(parts[0].split()) < 5):
        parts.append(_clause(xcomp, exclude, quoted, with_subject=False, depth=depth + 1))
    amount = next((c for c in verb.children if c.dep_ == "npadvmod" and c.i > verb.i and c.i not in exclude
                   and c.ent_type_ in ("PERCENT", "MONEY", "QUANTITY")), None)
    if not parts and amount is not None:
        parts.append(phrase(amount, exclude, 4))  # "shares fall 3%", "profit rises 12%"
    if not parts:
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.i not in exclude and c.i > verb.i), None)
        if prep is not None:
            parts.append(_prepositional(prep, exclude))
    if not parts:
        # "promised that the government would rebuild the homes": what is promised, warned, ...
        content = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i and c.i not in exclude
                        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
        if content is not None and not quoted(content):
            parts.append(_clause(content, exclude, quoted, depth=depth + 1))
    return " ".join(p for p in parts if p)


def _clause(verb, exclude, quoted, with_subject: bool = True, depth: int = 0) -> str:
    """A short clause for an embedded verb, its words as the text has them."""
    if depth > _DEEPEST:
        return ""  # "said that she said that ...": no headline reads that far
    exclude = exclude | {verb.i}
    parts = []
    if with_subject:
        subject = _own_subject(verb)
        if subject is not None:
            parts.append(phrase(subject, exclude, 7))
    aux = [c.text for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i]
    parts.append(" ".join(aux + [verb.text] + [c.text for c in verb.children if c.dep_ == "prt"]))
    parts.append(_complement(verb, exclude, quoted, depth))
    return " ".join(p for p in parts if p)


def summary(trigger, exclude, line, quoted, carrier=None) -> str:
    """A headline for the event `trigger` names.  `exclude`: tokens to keep out (the dates);
    `line`: the tokens of the trigger's line; `quoted(token)`: whether a token is quoted speech;
    `carrier`: the light verb that tells of a noun trigger ("the meeting took place")."""
    exclude = Keepout(exclude, line)
    if carrier is not None:
        return _verb_summary(carrier, exclude, line, quoted, stand_in=trigger)
    if trigger.pos_ == "ADJ" and trigger.head.pos_ == "AUX":
        return _verb_summary(trigger.head, exclude, line, quoted)
    if trigger.pos_ not in _VERBAL:
        return _capitalise(_drop_article(phrase(trigger, exclude)) or trigger.text)
    if _denied(trigger) or (trigger.dep_ == "xcomp" and _fell_through(trigger.head)):
        # "EU leaders fail to agree on the budget", "Morrison had planned to travel to Tokyo"
        return _verb_summary(trigger.head, exclude, line, quoted)
    return _verb_summary(trigger, exclude, line, quoted)


def denies(verb) -> bool:
    """ "failed to agree": the failing happened, with no negation of its own."""
    return any(_denied(c) for c in verb.children) and not any(c.dep_ == "neg" for c in verb.children)


def _denied(verb) -> bool:
    """The infinitive of "failed to agree", "declined to hear": what did not happen."""
    return verb.dep_ == "xcomp" and verb.head.lemma_ in NEGATIVE_IMPLICATIVES and verb.head.pos_ == "VERB" \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _verb_summary(verb, exclude, line, quoted, stand_in=None) -> str:
    passive = _is_passive(verb)
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    subject = _subject(verb, line)
    relative = relative_antecedent(verb) if subject is None or subject.head != verb else None
    if stand_in is not None and (subject is None or subject.tag_ in ("WDT", "WP") or subject.i == stand_in.i
                                 or relative is not None):
        subject = stand_in
    skip = exclude | {verb.i}
    theme = None
    if passive and agent is not None:
        # "the treaty signed by China and Russia" -> "China and Russia sign the treaty"
        theme = subject if subject is not None and verb.dep_ != "acl" else verb.head
        subject, passive = next((c for c in agent.children if c.dep_ == "pobj"), None), False
        skip |= {agent.i}
    elif subject is None and verb.dep_ == "acl" and verb.head.pos_ in _NOMINAL:
        subject = verb.head  # "a ceremony held in Independence", "the countries signed ..." (misparsed)
    if relative is not None and subject is not None and relative.i != subject.i:
        passive = False  # "which the two countries signed": the pronoun is the object
    parts = []
    if subject is not None:
        # (a phrase is collected down the tree from its head, so no word of the verb's clause
        # outside the subject's own can come into it)
        parts.append(phrase(subject, skip, _ARGUMENT_LIMIT))
    parts.append(_verb_group(verb, subject if parts else None, passive))
    if theme is not None:
        parts.append(phrase(theme, skip.without_clause(verb)))
    elif relative is not None and (subject is None or relative.i != subject.i) \
            and not any(c.dep_ in _OBJECTS and not is_relative_pronoun(c) for c in verb.children):
        parts.append(phrase(relative, skip.without_clause(verb)))  # "which the two countries signed"
    elif verb.lemma_ in REPORTING_VERBS:
        parts.append(_reported(verb, skip, quoted))
    else:
        parts.append(_complement(verb, skip, quoted))
    return _capitalise(_drop_article(" ".join(p for p in parts if p)))


def _reported(verb, exclude, quoted) -> str:
    """Who was told and what, kept short; quoted words are left out."""
    listener = next((c for c in verb.children if c.dep_ in ("dobj", "dative") and c.tag_ not in ("WDT", "WP")
                     and c.i not in exclude), None)
    content = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i and c.i not in exclude), None)
    if content is None:
        # "He would visit Berlin next month, his spokesman said": what was said, told first
        content = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i and c.i not in exclude
                        and c.pos_ in _VERBAL and any(s.dep_ in _SUBJECTS for s in c.children)), None)
    parts = [phrase(listener, exclude, 5)] if listener is not None else []
    if content is not None and not quoted(content):  # quoted speech is left out
        clause = _clause(content, exclude, quoted)
        first = content.left_edge
        if first.is_sent_start and first.tag_ not in ("NNP", "NNPS") and first.text != "I":
            clause = clause[:1].lower() + clause[1:]  # "his spokesman says he would visit Berlin"
        parts.append(clause)
    return " ".join(p for p in parts if p)


def _drop_article(text: str) -> str:
    first, _, rest = text.partition(" ")
    return rest if first.lower() in ("the", "a", "an") and rest else text


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


# --------------------------------------------------------------------------
# Participants and places


_REACH = 80  # words either side of an event that its participants are looked for in


def _near_subtree(token, around: int) -> set[int]:
    """The words of `token`'s phrase (its subtree, which spaCy's parses keep contiguous) within
    _REACH of word `around`: walking a whole subtree for every record made a long chain of
    clauses ("the man who saw the man who saw ...") cubic."""
    return set(range(max(token.left_edge.i, around - _REACH), min(token.right_edge.i, around + _REACH) + 1))


def _arguments(verb, line) -> set[int]:
    """Tokens of the verb's subject, objects and the phrases of those taking part (not a date's phrase)."""
    out: set[int] = set()
    subject = _subject(verb, line)
    if subject is not None:
        out |= _core(subject, verb.i)
    relative = relative_antecedent(verb)
    if relative is not None:
        out |= _core(relative, verb.i)
    for child in verb.children:
        if child.dep_ in ("dobj", "dative", "attr", "nsubjpass") or (
                child.dep_ in ("prep", "agent") and verb.lemma_ not in REPORTING_VERBS
                and all(k in line for k in _dates_near(child))):
            out |= _near_subtree(child, verb.i)
    return out


def _dates_near(token) -> list[int]:
    """The words of dates in `token`'s phrase (within _REACH of it)."""
    doc = token.doc
    return [k for k in _near_subtree(token, token.i) if doc[k].ent_type_ in ("DATE", "TIME")]


def _core(noun, around: int) -> set[int]:
    """A noun phrase without its side clauses and appositions ("Smith, an expert on China ...")."""
    out, todo = {noun.i}, [noun]
    while todo:
        for child in todo.pop().children:
            if child.dep_ in ("relcl", "acl", "appos", "punct"):
                continue
            if child.dep_ in ("conj", "cc"):
                if child.i not in out:
                    out.add(child.i)
                    todo.append(child)
            else:
                out |= _near_subtree(child, around)
    return out


def scope(trigger, line, carrier=None) -> set[int]:
    """Tokens that tell who took part in the event and where."""
    if trigger.pos_ in _VERBAL:
        out = _arguments(trigger, line)
    else:
        out = {t.i for c in trigger.children if c.dep_ in ("poss", "compound", "nmod", "amod")
               or (c.dep_ == "prep" and c.lower_ in _PARTAKING | _LOCATIVE | _MOTION) for t in c.subtree}
        if carrier is not None:
            out |= _arguments(carrier, line) - {t.i for t in trigger.subtree if t.i != trigger.i}
    return {i for i in out if i in line}


def _coordinated_name(token) -> bool:
    """A person's name with "and" after it, parsed as a modifier of the next name."""
    return token.ent_type_ == "PERSON" and token.dep_ in ("nmod", "compound") and _person(token) is not None \
        and any(c.dep_ == "cc" and c.i > token.i for c in token.children)


def _title(ent) -> bool:
    """ "France's President Emmanuel Macron", "US President Joe Biden": a title, not a participant."""
    if _coordinated_name(ent.root):
        return False
    node = ent.root
    for _ in range(8):
        if node.i >= ent.end and _person(node) is not None:
            return True
        if node.dep_ not in ("compound", "amod", "poss", "nmod") or node.head == node:
            return False
        node = node.head
    return False


def participants_and_places(trigger, line, carrier=None) -> tuple[list[Participant], list[Participant]]:
    """The named participants of the event and the places where it happened, in text order."""
    tokens = scope(trigger, line, carrier)
    doc = trigger.doc
    motion = event_class(trigger.lemma_) is not None and event_class(trigger.lemma_) == event_class("visit")
    people, places, seen = [], [], set()
    for ent in (entity_at(doc[i]) for i in sorted(tokens) if doc[i].ent_iob_ == "B"):
        if ent.text in seen or _title(ent):
            continue
        head = ent.root
        while head.dep_ == "appos" and head.head.ent_type_ in LOCATION_LABELS:
            head = head.head  # "in Lyon, France"
        prep = head.head if head.dep_ == "pobj" else None
        locative = prep is not None and (prep.lower_ in _LOCATIVE or (motion and prep.lower_ in _MOTION)) or (
            motion and head.dep_ == "dobj" and head.head.i == trigger.i)  # "would visit Berlin"
        item = Participant(ent.text, ent.label_, ent.start_char, ent.end_char)
        if ent.label_ in LOCATION_LABELS and locative:
            places.append(item)
        elif ent.label_ in PARTICIPANT_LABELS:
            people.append(item)
        else:
            continue
        seen.add(ent.text)
    return people, places


# --------------------------------------------------------------------------
# What became of it


def _clause_verbs(token) -> list:
    """The event's verb and the verbs above it in its chain of complements and conjuncts."""
    node, out = token, []
    for _ in range(6):
        if node.pos_ in _VERBAL:
            out.append(node)
        if node.dep_ not in ("xcomp", "conj") or node.head == node:
            break
        node = node.head
    return out


_UNREALISED_PLANS = {"plan", "hope", "intend", "expect", "want", "aim", "schedule"}


def _fell_through(verb) -> bool:
    """ "had planned to travel in December", "had been scheduled to open": a plan told in the past
    perfect is one that did not come to pass."""
    return verb.lemma_ in _UNREALISED_PLANS and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d") for c in verb.children)


def status(trigger, carrier=None) -> str:
    """occurred, ongoing, scheduled, hypothetical or negated, from the words around the event."""
    if trigger.pos_ in ("NOUN", "PROPN"):
        if any(c.lower_ == "no" and c.dep_ == "det" for c in trigger.children):
            return NEGATED
        if any(c.lower_ in FUTURE_CUES for c in trigger.children if c.dep_ in ("amod", "compound")):
            return SCHEDULED
        return status(carrier) if carrier is not None else OCCURRED
    verbs = _clause_verbs(trigger)
    words = {c.lower_ for v in verbs for c in v.children if c.dep_ in ("aux", "auxpass", "neg")}
    marks: set[str] = set()
    for v in verbs:
        node = v
        for _ in range(6):
            marks |= {c.lower_ for c in node.children if c.dep_ == "mark"}
            if node.dep_ not in ("advcl", "conj") or node.head == node:
                break
            node = node.head
    if words & NEGATIONS or any(_denied(v) for v in verbs) or any(_denied(c) for c in trigger.children):
        return NEGATED  # "did not attend"; "failed to agree", of "agree" and of "failed" alike
    if marks & CONDITIONAL_MARKS or words & HYPOTHETICAL_MODALS:
        return HYPOTHETICAL
    if any(_fell_through(v) for v in verbs if v != trigger):
        return HYPOTHETICAL
    if words & FUTURE_MODALS or any(v.lemma_ in EXPECTATION_VERBS and v != trigger for v in verbs):
        return SCHEDULED
    if trigger.tag_ == "VBG" and words & {"is", "are", "am", "'s", "'re"}:
        return ONGOING
    return OCCURRED

