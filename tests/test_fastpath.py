"""The fast path (`timeline_api.parse`): the Doc it assembles is the input text, its
sentences and entities are those of a whole-text parse, and the timeline is the same."""
from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from timeline_api import parse, pipeline
from timeline_api.evaluation.corpora import tbaq_dir
from timeline_api.evaluation.timeml_reader import read_file
from timeline_api.nlp import get_nlp
from timeline_api.sentences import sentence_starts

from conftest import SAMPLE_TEXT, SEED_ARTICLE

SEED = SEED_ARTICLE.read_text(encoding="utf-8")

# Candidates at the edges, sentences without any, quotes, abbreviations and blank lines.
TEXTS = [
    SAMPLE_TEXT,
    "On Monday the talks began. Nobody came. The weather was fine. They left on Friday.",
    "Nothing here is dated. Not one word of it.\n\nStill nothing.",
    "  \n\nThe ministers met in Geneva.  Capt. Rod Beer said the FBI arrested him on Thursday.\n",
    "``It was a bomb,'' said an official.\n\nThe blast on Aug. 7 killed 257 people. Officials met. "
    "Talks resume in 2024.",
    "Sales rose 5% last year. U.S. officials in Washington, D.C. expect growth. It ends in June",
    "Café owners — «bien sûr» — said prices would rise next week. Then nothing. Über alles.",
]


def full_parse(text: str):
    return get_nlp()(text)


def _sent(doc, start: int, end: int):
    sent = doc.char_span(start, end, alignment_mode="expand").sent
    return sent.start_char, sent.end_char


@pytest.mark.parametrize("text", TEXTS + [SEED, "", "   ", "2021"])
def test_the_assembled_doc_is_the_input_text(text):
    doc = parse.parse(text)

    assert doc.text == text
    assert "".join(t.text_with_ws for t in doc) == text
    for token in doc:
        assert doc.char_span(token.idx, token.idx + len(token.text)) is not None


@pytest.mark.parametrize("text", TEXTS + [SEED])
def test_sentences_cover_the_text_in_order(text):
    doc = parse.parse(text)
    sents = list(doc.sents)

    assert sents[0].start == 0 and sents[-1].end == len(doc)
    assert all(a.end == b.start for a, b in zip(sents, sents[1:]))


@pytest.mark.parametrize("text", TEXTS + [SEED])
def test_around_every_candidate_the_parse_is_the_whole_text_parse(text):
    from timeline_api import recognize

    fast, full = parse.parse(text), full_parse(text)
    for m in recognize.scan(text):
        assert _sent(fast, m.start_char, m.end_char) == _sent(full, m.start_char, m.end_char)
        start, end = _sent(full, m.start_char, m.end_char)
        a, b = fast.char_span(start, end), full.char_span(start, end)
        assert [(t.text, t.tag_, t.pos_, t.dep_, t.head.idx, t.lemma_, t.ent_iob_, t.ent_type_) for t in a] == \
               [(t.text, t.tag_, t.pos_, t.dep_, t.head.idx, t.lemma_, t.ent_iob_, t.ent_type_) for t in b]
        assert [(e.start_char, e.label_) for e in a.ents] == [(e.start_char, e.label_) for e in b.ents]


def test_a_text_without_candidates_is_only_tokenized():
    doc = parse.parse("Nobody said anything. The room was quiet.")

    assert not doc.has_annotation("DEP") and not doc.has_annotation("TAG")
    assert [s.text for s in doc.sents] == ["Nobody said anything.", "The room was quiet."]


def test_only_sentences_with_a_candidate_are_parsed():
    doc = parse.parse("Nobody came. They met on Monday. The room was quiet.")
    parsed = [bool(s.root.dep_) for s in doc.sents]

    assert parsed == [False, True, False]


def test_a_window_tokenized_otherwise_falls_back_to_the_whole_parse(monkeypatch):
    text = "Nobody came. They met on Monday, she said. The room was quiet."
    windows = parse.Plan.windows
    monkeypatch.setattr(parse.Plan, "windows", lambda self: (w + " extra" for w in windows(self)))
    doc = parse.parse(text)

    assert doc.text == text and doc.has_annotation("DEP", require_complete=True)


def _timeline(timeline):
    return ([dataclasses.astuple(t) for t in timeline.temporal_expressions],
            [(e.summary, e.trigger, e.sentence, e.participants, e.date.value, e.confidence) for e in timeline.events],
            timeline.reference_date, timeline.reference_date_source)


@pytest.mark.parametrize("text", TEXTS + [SEED])
def test_the_timeline_is_the_whole_text_timeline(text):
    ref = date(2021, 12, 16)
    assert _timeline(pipeline.extract(text, ref, fast_path=True)) == _timeline(pipeline.extract(text, ref, fast_path=False))


@pytest.mark.corpus
def test_on_tbaq_the_timelines_are_the_whole_text_timelines():
    files = sorted(tbaq_dir().rglob("*.tml"))[:25]
    if not files:
        pytest.skip(f"TBAQ corpus not found at {tbaq_dir()}; set TIMELINE_API_CORPORA to the folder holding tbaq/")
    for path in files:
        doc = read_file(path)
        fast = pipeline.extract(doc.text, doc.dct, fast_path=True)
        full = pipeline.extract(doc.text, doc.dct, fast_path=False)
        assert _timeline(fast) == _timeline(full), path.name


def test_extract_many_returns_timelines_in_order():
    items = [(SAMPLE_TEXT, date(2021, 12, 16)), (TEXTS[1], None), ("", None)]
    many = pipeline.extract_many(items)

    assert [_timeline(t) for t in many] == [_timeline(pipeline.extract(text, ref)) for text, ref in items]


def test_extract_many_keeps_the_others_when_one_fails():
    many = pipeline.extract_many([(SAMPLE_TEXT, None), (None, None), (TEXTS[1], "not a date")])

    assert _timeline(many[0]) == _timeline(pipeline.extract(SAMPLE_TEXT))
    assert isinstance(many[1], Exception)
    assert isinstance(many[2], Exception)


@pytest.mark.parametrize("text, starts", [
    ("He left. She came.", ["He", "She"]),
    ("Capt. Rod Beer said so. Then he left.", ["Capt", "Then"]),
    ("It is in Washington, D.C. today. It rained.", ["It", "It"]),
    ("``It was a bomb.'' He said so.", ["`", "He"]),
    ('"It was a bomb." "Yes," he said.', ['"', '"']),
    ("Prices rose... Traders were calm.", ["Prices"]),
    ("Shares fell 5%. 2021 was bad.", ["Shares", "2021"]),
    ("He asked why? nobody knew.", ["He"]),
    ("Roe vs. Wade was decided. Then it was not.", ["Roe", "Then"]),
    ("He left. A. Smith came.", ["He", "A."]),
    ("Sales of Apple Inc. Fell.", ["Sales"]),
    ("Lines kept them open until 9 p.m.\nDelgado will be sworn in.", ["Lines", "Delgado"]),
    ("The vote ended at 9 p.m. Tuesday and at 10 a.m. EST in Ohio.", ["The"]),
    ("Polls close at 8 p.m. New York time.", ["Polls"]),
])
def test_sentence_starts_follow_punctuation_conservatively(text, starts):
    tokens = get_nlp().make_doc(text)
    assert [tokens[i].text for i in sentence_starts(tokens)] == starts


@pytest.mark.parametrize("value, expected", [("", True), ("1", True), ("on", True), ("0", False), ("off", False)])
def test_the_fast_path_switch(value, expected):
    assert parse.enabled({parse.ENV_VAR: value}) is expected


def test_a_bad_switch_value_is_refused():
    with pytest.raises(ValueError, match=parse.ENV_VAR):
        parse.enabled({parse.ENV_VAR: "maybe"})


# --- the prefilter of recognize.scan (timeline_api.prefilter) -------------------------------------

def _matches(pattern, text, prefiltered: bool):
    from timeline_api.prefilter import Scanner

    found = Scanner(text).finditer(pattern) if prefiltered else pattern.finditer(text)
    return [(m.span(), m.groups()) for m in found]


def _same_scan(text: str, label: str) -> None:
    from timeline_api import recognize

    for r in recognize.RULES:
        assert _matches(r.pattern, text, True) == _matches(r.pattern, text, False), (label, r.name)
    assert _outcome(lambda: recognize.scan(text)) == _outcome(lambda: recognize.scan(text, prefilter=False)), label


def _outcome(fn):
    try:
        return fn()
    except Exception as error:  # the same failure either way (a rule's production may refuse a hostile text)
        return type(error), error.args


HOSTILE = [
    "",
    "Nov. 23",
    "ſeptember 11, 2001 and 3 ſeconds later",   # a long s: matches "s" ignoring case, so the plain scan runs
    "Three days\u212a later",                    # the Kelvin sign likewise
    "On Monday" + " " * 300 + "morning, 2021" + "\n" * 200 + "-2022",  # white-space runs over MAX_RUN
    "x" * 200 + " 1999 " + "9" * 150 + " years ago",                    # word runs over MAX_RUN
    "In  2021 ,  two\n\n\nweeks   later\t\tthe 1990s  ended on   Nov .  3  ;  Q3   2021",
    "pre-2020 post-2008 H1 2021 FY2021 the year two thousand and one 10:30 a.m. EST Tuesday",
    # An anchor inside a longer one ("the past" in "in the past", "mid" in "the middle of").
    "In the past, right now, in the middle of October and in the near future, the nineteen-nineties",
]


@pytest.mark.parametrize("text", TEXTS + [SEED] + HOSTILE)
def test_the_prefiltered_scan_is_the_plain_scan(text):
    _same_scan(text, text[:40])


def test_texts_the_prefilter_cannot_read_are_scanned_plainly():
    from timeline_api.prefilter import Scanner

    assert Scanner(SEED).filtered
    assert not Scanner(HOSTILE[2]).filtered and not Scanner(HOSTILE[3]).filtered
    assert not Scanner(HOSTILE[4]).filtered and not Scanner(HOSTILE[5]).filtered


def test_the_case_fold_check_knows_every_character_that_matches_an_ascii_letter():
    import re

    from timeline_api.prefilter import _FOLDS_TO_ASCII

    letters = re.compile("[a-z]", re.IGNORECASE)
    every = "".join(chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c < 0xE000)
    assert _FOLDS_TO_ASCII.findall(every) == letters.findall(every) != []


@pytest.mark.corpus
def test_on_tbaq_and_the_seeds_the_prefiltered_scan_is_the_plain_scan():
    corpus = sorted(tbaq_dir().rglob("*.tml"))
    if not corpus:
        pytest.skip(f"TBAQ corpus not found at {tbaq_dir()} (../shared absent?); set TIMELINE_API_CORPORA "
                    "to the folder holding tbaq/")
    seeds = sorted((tbaq_dir().parent.parent / "seeds").glob("*.txt"))
    texts = [(p.name, read_file(p).text) for p in corpus] + [(p.name, p.read_text(encoding="utf-8")) for p in seeds]
    texts.append(("all of them", "\n\n".join(t for _, t in texts)))
    for label, text in texts:
        _same_scan(text, label)


# --- the attribute ruler by table (timeline_api.nlp) ----------------------------------------------

RULER_TEXTS = [
    "I think y'all are gonna win, ain't it? Let's go. C'mon! There is a cat and there were dogs.",
    "It hit me and I hit it. You saw you. He gets it and got it.  Nothin' and nuthin' changed.",
    "\n\n  \t Then  came   spaces. But he did, and had done it; do you have it? Whether or not, 'cause.",
]


def _ruled_both_ways(text: str):
    from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
    from spacy.pipeline import AttributeRuler

    nlp = get_nlp()
    ruler = nlp.get_pipe("attribute_ruler")
    doc = nlp.make_doc(text)
    for name in nlp.pipe_names[:nlp.pipe_names.index("attribute_ruler")]:
        doc = nlp.get_pipe(name)(doc)
    spacys, ours = doc.copy(), doc.copy()
    AttributeRuler.__call__(ruler, spacys)  # spaCy's own: its Matcher over every token
    ruler(ours)
    attrs = [POS, TAG, MORPH, LEMMA, DEP, HEAD]
    return ((spacys.to_array(attrs).tolist(), [t.morph.key for t in spacys], [t.lemma_ for t in spacys]),
            (ours.to_array(attrs).tolist(), [t.morph.key for t in ours], [t.lemma_ for t in ours]))


def test_the_pipeline_has_the_table_attribute_ruler():
    assert type(get_nlp().get_pipe("attribute_ruler")).__name__ == "TableAttributeRuler"


@pytest.mark.parametrize("text", TEXTS + [SEED] + RULER_TEXTS + [""])
def test_the_table_attribute_ruler_sets_what_spacys_sets(text):
    spacys, ours = _ruled_both_ways(text)
    assert ours == spacys


def test_a_ruler_with_rules_the_table_does_not_read_is_left_as_it_is():
    import spacy

    from timeline_api.nlp import install_table_attribute_ruler

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "new"}, {"LOWER": "york", "OP": "?"}]], {"LEMMA": "ny"})
    assert not install_table_attribute_ruler(ruler)
    assert type(ruler).__name__ == "AttributeRuler"


@pytest.mark.corpus
def test_on_tbaq_the_table_attribute_ruler_sets_what_spacys_sets():
    files = sorted(tbaq_dir().rglob("*.tml"))
    if not files:
        pytest.skip(f"TBAQ corpus not found at {tbaq_dir()} (../shared absent?); set TIMELINE_API_CORPORA "
                    "to the folder holding tbaq/")
    for path in files:
        spacys, ours = _ruled_both_ways(read_file(path).text)
        assert ours == spacys, path.name


# --- the lemmatizer by table (timeline_api.nlp) ---------------------------------------------------

def _lemmatized_both_ways(text: str):
    from spacy.attrs import LEMMA, MORPH, POS

    nlp = get_nlp()
    lemmatizer = nlp.get_pipe("lemmatizer")
    doc = nlp.make_doc(text)
    for name in nlp.pipe_names[:nlp.pipe_names.index("lemmatizer")]:
        doc = nlp.get_pipe(name)(doc)
    spacys, ours = doc.copy(), doc.copy()
    type(lemmatizer).__mro__[1].__call__(lemmatizer, spacys)  # spaCy's own: a Python call per token
    lemmatizer(ours)
    return ([t.lemma_ for t in spacys], spacys.to_array([LEMMA, POS, MORPH]).tolist()), \
           ([t.lemma_ for t in ours], ours.to_array([LEMMA, POS, MORPH]).tolist())


def test_the_pipeline_has_the_table_lemmatizer():
    assert type(get_nlp().get_pipe("lemmatizer")).__name__ == "TableLemmatizer"


@pytest.mark.parametrize("text", TEXTS + [SEED] + RULER_TEXTS + [""])
def test_the_table_lemmatizer_gives_spacys_lemmas(text):
    spacys, ours = _lemmatized_both_ways(text)
    assert ours == spacys


def test_a_lemmatizer_in_another_mode_is_left_as_it_is():
    import spacy

    from timeline_api.nlp import install_table_lemmatizer

    lemmatizer = spacy.blank("en").add_pipe("lemmatizer", config={"mode": "lookup"})
    assert not install_table_lemmatizer(lemmatizer)
    assert type(lemmatizer).__name__ != "TableLemmatizer"


@pytest.mark.corpus
def test_on_tbaq_the_table_lemmatizer_gives_spacys_lemmas():
    files = sorted(tbaq_dir().rglob("*.tml"))
    if not files:
        pytest.skip(f"TBAQ corpus not found at {tbaq_dir()} (../shared absent?); set TIMELINE_API_CORPORA "
                    "to the folder holding tbaq/")
    for path in files:
        spacys, ours = _lemmatized_both_ways(read_file(path).text)
        assert ours == spacys, path.name
