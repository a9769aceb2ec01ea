"""The temporal stages one at a time: recognition, resolution, reference date.

The corpus tests (test_temporal_corpus.py) check the pipeline end to end; these
check that each stage does its own job, so a regression points at one module.
"""
from datetime import date

import pytest

from timeline_api import context, extract, recognize, refdate, resolve
from timeline_api.model import DATE, DURATION, REF_DATELINE, REF_LATEST, REF_REQUEST, REF_TODAY, SET, Mention, Spec
from timeline_api.nlp import get_nlp

THU = date(2021, 12, 16)


def only(text):
    found = recognize.scan(text)
    assert len(found) == 1, [m.text for m in found]
    return found[0]


# --- recognition: spans and underspecified values, no reference date involved -----------------

@pytest.mark.parametrize("text, span, fields", [
    ("signed on November 23.", "November 23", dict(anchor="tense", month=11, day=23, year=None)),
    ("on 23 November 2021,", "23 November 2021", dict(anchor="absolute", year=2021, month=11, day=23)),
    ("took place on Wednesday", "Wednesday", dict(anchor="tense", weekday=3, shift=None)),
    ("last Friday", "last Friday", dict(weekday=5, shift="last")),
    ("in early February", "early February", dict(anchor="tense", month=2)),
    ("two years ago", "two years ago", dict(anchor="reference", unit="year", offset=-2)),
    ("the next day", "the next day", dict(anchor="previous", unit="day", offset=1)),
    ("in the 1990s", "the 1990s", dict(decade=199)),
    ("in the third quarter", "the third quarter", dict(anchor="tense", quarter=3)),
])
def test_recognition_leaves_gaps_for_the_resolver(text, span, fields):
    m = only(text)
    assert m.text == span
    for name, value in fields.items():
        assert getattr(m.spec, name) == value, name


def test_a_range_is_one_mention_with_two_points():
    m = recognize.scan("the Winter Olympics from February 4-20.")[-1]
    assert (m.text, m.spec.day, m.end_spec.day, m.end_spec.month) == ("February 4-20", 4, 20, 2)


@pytest.mark.parametrize("text, type_, value", [
    ("for two decades", DURATION, "P2DE"),
    ("for 24 hours", DURATION, "PT24H"),
    ("every Monday", SET, "XXXX-WXX-1"),
    ("right now", DATE, "PRESENT_REF"),
])
def test_values_that_need_no_resolution_are_fixed_at_recognition(text, type_, value):
    m = only(text)
    assert (m.type, m.spec.fixed) == (type_, value)


def test_early_february_carries_its_modifier():
    assert only("in early February").mod == "START"


def test_the_scan_alone_keeps_what_only_the_parse_can_reject():
    # "may" the modal is dropped by filters.keep, which needs the parse; the scan has no opinion.
    assert [m.text for m in recognize.scan("Prices May rise.")] == ["May"]
    doc = get_nlp()("Theresa May said the party would unite.")
    assert recognize.find(doc) == []


# --- resolution: the same spec, different reference dates and directions -----------------------

def resolve_one(spec, ref, text="x", type_=DATE, mod=None, end_spec=None, doc=None):
    m = Mention(0, len(text), text, type_, spec, mod, end_spec=end_spec)
    out = resolve.resolve(doc, [m], ref)
    return out[0] if out else None


@pytest.mark.parametrize("spec, ref, value", [
    (Spec("reference", unit="day", offset=-1), THU, "2021-12-15"),
    (Spec("reference", unit="week", offset=-1), THU, "2021-W49"),
    (Spec("reference", unit="month", offset=0), THU, "2021-12"),
    (Spec("reference", unit="year", offset=1), THU, "2022"),
    (Spec("reference", unit="year", offset=-2), date(2021, 1, 1), "2019"),
    (Spec("reference", unit="week", offset=1), date(2021, 12, 30), "2022-W01"),
    (Spec(year=2021, month=11, day=23), THU, "2021-11-23"),
    (Spec(decade=199), THU, "199"),
    (Spec(century=19), THU, "19"),
    (Spec(year=2020, season="SU"), THU, "2020-SU"),
])
def test_resolution_against_the_reference_date(spec, ref, value):
    assert resolve_one(spec, ref).value == value


def test_without_a_tense_a_month_is_the_nearest_with_a_bias_to_the_past():
    # No doc, so no direction: February from mid-December is two months ahead, ten back.
    assert resolve_one(Spec("tense", month=2), THU).value == "2022-02"
    assert resolve_one(Spec("tense", month=6), THU).value == "2021-06"


def test_the_tense_of_the_sentence_picks_the_weekday():
    nlp = get_nlp()
    past = nlp("The meeting took place on Wednesday.")
    future = nlp("The leaders will meet on Wednesday.")
    start = past.text.index("Wednesday")
    assert context.direction(past, start, start + 9) == context.PAST
    start_f = future.text.index("Wednesday")
    assert context.direction(future, start_f, start_f + 9) == context.FUTURE
    m = recognize.find(past)
    assert resolve.resolve(past, m, THU)[0].value == "2021-12-15"
    assert resolve.resolve(future, recognize.find(future), THU)[0].value == "2021-12-22"


def test_anaphora_follow_the_last_mentioned_date():
    doc = get_nlp()("The plant closed on March 3, 2019. The next day, workers protested.")
    values = [t.value for t in resolve.resolve(doc, recognize.find(doc), THU)]
    assert values == ["2019-03-03", "2019-03-04"]


def _values(text, ref):
    doc = get_nlp()(text)
    return [(t.text, t.value) for t in resolve.resolve(doc, recognize.find(doc), ref)]


OCT_26 = date(2023, 10, 26)  # a quarterly-results season: the third quarter is just over


def test_a_year_earlier_compares_with_the_period_under_discussion_not_with_the_last_comparison():
    text = ("Profit rose 8% in the third quarter. Sales were $2 billion, up from $1.8 billion a year earlier. "
            "Costs fell from a year earlier.")
    assert [v for _, v in _values(text, OCT_26)] == ["2023-Q3", "2022-Q3", "2022-Q3"]


def test_against_a_stretch_of_several_quarters_the_year_before_is_the_value():
    text = ("Profit rose 8% in the third quarter. For the nine months, net was $90 million, "
            "against $70 million a year earlier.")
    assert _values(text, OCT_26)[-1] == ("a year earlier", "2022")


def test_a_quarter_not_yet_over_is_not_the_one_under_discussion():
    text = ("Analysts expect losses through the third quarter of 2024. "
            "Third-quarter sales dropped 11% from a year ago.")
    assert [v for _, v in _values(text, OCT_26)] == ["2024-Q3", "2023-Q3", "2022-Q3"]


def test_a_bare_quarter_takes_the_discussed_one_only_when_it_is_recent():
    text = "The utility stopped paying dividends in the third quarter of 2015. It reported third-quarter net of $60 million."
    assert [v for _, v in _values(text, OCT_26)] == ["2015-Q3", "2023-Q3"]


def test_a_compared_period_does_not_become_the_quarter_under_discussion():
    text = "Profit rose in the second quarter. In the 2022 period, profit was lower. Sales in the quarter rose."
    assert [v for _, v in _values(text, OCT_26)] == ["2023-Q2", "2022-Q2", "2023-Q2"]


def test_the_latest_period_is_the_reported_quarter_under_discussion():
    text = "Net income fell in the fiscal second quarter. The latest period included gains from asset sales."
    assert [v for _, v in _values(text, OCT_26)] == ["2023-Q2", "2023-Q2"]
    assert _values("The latest period included gains from asset sales.", OCT_26) == [("The latest period", "2023-Q3")]


def test_calendar_span_of_a_month_and_a_modifier():
    t = resolve_one(Spec(year=2022, month=2), THU, mod="START")
    assert (t.granularity, t.start, t.end) == ("month", date(2022, 2, 1), date(2022, 2, 9))
    t = resolve_one(Spec(year=2021, month=11), THU)
    assert (t.start, t.end) == (date(2021, 11, 1), date(2021, 11, 30))


def test_an_impossible_date_is_dropped_not_raised():
    assert resolve_one(Spec(year=2021, month=2, day=30), THU) is None


# --- the reference date ------------------------------------------------------------------------

def choose(text, requested=None):
    doc = get_nlp()(text)
    return refdate.choose(text, recognize.find(doc), requested, today=date(2030, 1, 1))


@pytest.mark.parametrize("text", [
    "WASHINGTON, March 22, 2013 -- The Senate voted on Friday.",
    "LONDON (Reuters) - March 22, 2013: Shares fell on Friday.",
    "March 22, 2013\nThe Senate voted on Friday.",
])
def test_a_dateline_gives_the_reference_date(text):
    assert choose(text) == (date(2013, 3, 22), REF_DATELINE)


def test_else_the_latest_full_date_in_the_text():
    text = "The plant opened on June 3, 2019 and closed on August 5, 2020. It reopened on Monday."
    assert choose(text) == (date(2020, 8, 5), REF_LATEST)


def test_else_today_and_it_says_so():
    assert choose("Officials met on Monday.") == (date(2030, 1, 1), REF_TODAY)


def test_the_callers_date_always_wins():
    assert choose("WASHINGTON, March 22, 2013 -- x", date(2021, 1, 1)) == (date(2021, 1, 1), REF_REQUEST)


@pytest.mark.parametrize("text, expected", [
    ("It happened on \u017feptember 11, 2001.", [("\u017feptember 11, 2001", "2001-09-11")]),  # long s
    ("It took \u017feconds.", []),
    ("The reading was 5 \u212a at noon.", [("noon", "2021-12-16T12:00")]),  # Kelvin sign
    ("Mayıs 2020 was warm.", [("2020", "2020")]),  # dotless i
    ("İn 2020 it rained.", [("2020", "2020")]),  # dotted capital I
])
def test_letters_that_match_ascii_ones_case_insensitively_do_not_break_recognition(text, expected):
    """Case-insensitive Unicode matching equates four letters with ASCII ones ("\u017feptember"
    matches "september"); the word lists know only ASCII, which once raised KeyError (a 500)."""
    timeline = extract(text, date(2021, 12, 16))
    assert [(t.text, t.value) for t in timeline.temporal_expressions] == expected
    for t in timeline.temporal_expressions:
        assert text[t.start_char:t.end_char] == t.text


# --- indexes that stand in for scans: the same answers -----------------------------------------

def _in_quotation_by_scan(text: str, pos: int) -> bool:
    """What the index answers, the slow way: the paragraph up to `pos` scanned."""
    start = text.rfind("\n\n", 0, pos)
    seg = text[start + 1 if start >= 0 else 0:pos]
    if max(seg.rfind("\u201c"), seg.rfind("``")) > max(seg.rfind("\u201d"), seg.rfind("''")):
        return True
    return seg.count('"') % 2 == 1


def test_the_quotation_index_answers_as_the_scan_of_the_paragraph():
    import random

    rng = random.Random(7)
    pieces = ['"', "``", "''", "\u201c", "\u201d", "\n\n", "\n", "a", " ", "'", "`"]
    texts = ['He said: "We signed on Monday." Then \u201cit ended\u201d.\n\nA ``quote\'\' here "open',
             *("".join(rng.choice(pieces) for _ in range(rng.randint(0, 40))) for _ in range(500))]
    for text in texts:
        index = resolve.QuotationIndex(text)
        assert [index(pos) for pos in range(len(text) + 1)] == \
            [_in_quotation_by_scan(text, pos) for pos in range(len(text) + 1)], repr(text)


def test_the_sentence_root_index_gives_spacys_sentence_roots():
    doc = get_nlp()("The talks ended on Monday. Officials said on Tuesday that a deal was near, "
                    "and markets rose. Stocks fell.")
    for token in doc:
        assert context.sentence_root(doc, token.i) == token.sent.root


def test_a_clause_kept_out_of_a_phrase_is_its_subtree():
    from timeline_api.describe import Keepout

    doc = get_nlp()("The ministers, who had met in Geneva, signed the accord that ended the war on Monday.")
    for token in doc:
        kept_out = Keepout(set(), range(len(doc))).without_clause(token)
        assert {i for i in range(len(doc)) if i in kept_out} == {t.i for t in token.subtree}
        twice = kept_out.without_clause(token.head)
        assert {i for i in range(len(doc)) if i in twice} == {t.i for t in token.subtree} | {t.i for t in token.head.subtree}


def test_a_day_from_the_last_day_of_the_calendar_is_no_date():
    assert [t.text for t in extract("It ends the day after Dec. 31.", date(9999, 12, 31)).temporal_expressions] == []
    assert [t.text for t in extract("It began the day before Jan. 1.", date(1, 1, 1)).temporal_expressions] == []


@pytest.mark.parametrize("text, values", [
    ("Last October the plant closed. That same day, workers protested. The next day they marched.",
     ["2021-10", "2021-10-XX", "2021-10-XX"]),
    ("In the third quarter, sales rose. The next day, shares fell.", ["2021-Q3", "2021-Q3"]),
])
def test_a_day_told_from_a_coarser_period_is_a_day_of_it_never_a_made_up_one(text, values):
    assert [t.value for t in extract(text, THU).temporal_expressions] == values
