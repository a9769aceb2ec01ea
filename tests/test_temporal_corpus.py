"""Runs the temporal corpus (tests/corpus) through the pipeline.

Each positive example must yield a TIMEX3 with exactly the marked span and the
group's type, value and mod (and granularity/start/end/quant/freq where the
group gives them); each negative example must yield none overlapping its
marked span.  The data checks at the bottom keep the corpus itself honest.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest

try:  # tests/ is not a package: pytest puts tests/ itself on sys.path
    from corpus import MARK, Expect, Reject, parse
    from corpus.negative import NEGATIVE
    from corpus.news import ARTICLES
    from corpus.temporal import POSITIVE
except ImportError:  # pragma: no cover - when tests/ becomes a package
    from tests.corpus import MARK, Expect, Reject, parse
    from tests.corpus.negative import NEGATIVE
    from tests.corpus.news import ARTICLES
    from tests.corpus.temporal import POSITIVE

from timeline_api.model import GRANULARITIES

OPTIONAL_FIELDS = ("granularity", "start", "end", "quant", "freq")


@lru_cache(maxsize=None)
def _timexes(text, ref):
    from timeline_api.pipeline import extract

    return tuple(extract(text, reference_date=ref, events=False).temporal_expressions)


def _show(timexes) -> str:
    return "; ".join(
        f"{t.text!r}@{t.start_char}-{t.end_char} {t.type} {t.value}" + (f" {t.mod}" if t.mod else "")
        for t in timexes
    ) or "nothing"


def _cases(groups, label=lambda group: ""):
    return [
        pytest.param(group, example, id=label(group) + example)
        for group in groups
        for example in group.examples
    ]


@pytest.mark.parametrize("group, example", _cases(POSITIVE, lambda group: f"{group.label} <- "))
def test_recognises_and_resolves(group: Expect, example: str):
    text, start, end = parse(example)
    found = _timexes(text, group.ref)
    at_span = [t for t in found if (t.start_char, t.end_char) == (start, end)]
    assert at_span, (
        f"no temporal expression spanning {text[start:end]!r} ({start}-{end}) "
        f"with reference date {group.ref}; found: {_show(found)}"
    )
    expected = {"text": text[start:end], "type": group.type, "value": group.value, "mod": group.mod}
    expected.update({f: getattr(group, f) for f in OPTIONAL_FIELDS if getattr(group, f) is not None})
    actuals = [{k: getattr(t, k) for k in expected} for t in at_span]
    assert expected in actuals, f"reference date {group.ref}: expected {expected}, got {actuals[0]}"


@pytest.mark.parametrize("group, example", _cases(NEGATIVE))
def test_does_not_misread(group: Reject, example: str):
    text, start, end = parse(example)
    found = _timexes(text, group.ref)
    overlapping = [t for t in found if t.start_char < end and start < t.end_char]
    assert not overlapping, f"{group.why}: {text[start:end]!r} was read as {_show(overlapping)}"


# ----------------------------------------------------------------------------
# Whole news articles (tests/corpus/news.py): every expression by hand, and no other.
# ----------------------------------------------------------------------------

def _located(article):
    """(timex, start, end) for each expected expression, in document order."""
    at, out = 0, []
    for t in article.timexes:
        found = re.search(r"(?<!\w)" + re.escape(t.text) + r"(?!\w)", article.text[at:])
        assert found, f"{article.name}: {t.text!r} not found after offset {at}"
        start = at + found.start()
        out.append((t, start, start + len(t.text)))
        at = start + len(t.text)  # expressions do not overlap: "2025" after "23 October 2025" is the next one
    return out


def _news_cases():
    for article in ARTICLES:
        for t, start, end in _located(article):
            marks = [pytest.mark.xfail(strict=True, reason=t.xfail)] if t.xfail else []
            yield pytest.param(article, t, start, end, marks=marks, id=f"{article.name}:{t.text}:{t.value}")


@pytest.mark.parametrize("article, timex, start, end", list(_news_cases()))
def test_news_article_expression(article, timex, start, end):
    found = _timexes(article.text, article.ref)
    at_span = [t for t in found if (t.start_char, t.end_char) == (start, end)]
    overlapping = [t for t in found if t.start_char < end and start < t.end_char]
    assert at_span, f"{article.name} ({article.ref}): no expression spanning {timex.text!r}; found there: {_show(overlapping)}"
    got = at_span[0]
    assert (got.type, got.value) == (timex.type, timex.value), (
        f"{article.name} ({article.ref}): {timex.text!r} expected {timex.type} {timex.value}, got {got.type} {got.value}")


@pytest.mark.parametrize("article", ARTICLES, ids=[a.name for a in ARTICLES])
def test_news_article_finds_nothing_else(article):
    """Scores, prices, counts, ages, versions and phone numbers are no times."""
    spans = [(start, end) for _, start, end in _located(article)]
    found = _timexes(article.text, article.ref)
    stray = [t for t in found if not any(t.start_char < end and start < t.end_char for start, end in spans)]
    assert not stray, f"{article.name}: found outside the annotation: {_show(stray)}"


def test_news_articles_are_varied():
    assert len(ARTICLES) >= 8 and len({a.ref for a in ARTICLES}) == len(ARTICLES)
    for article in ARTICLES:
        assert 150 <= len(article.text.split()) <= 300, (article.name, len(article.text.split()))
        for t in article.timexes:
            assert t.type in TYPES and VALUE.fullmatch(t.value), (article.name, t)


# ----------------------------------------------------------------------------
# The corpus data itself (these pass without the engine).
# ----------------------------------------------------------------------------

TYPES = {"DATE", "TIME", "DURATION", "SET"}
MODS = {
    "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN", "MORE_THAN",
    "EQUAL_OR_LESS", "EQUAL_OR_MORE", "START", "MID", "END", "APPROX",
}
_DATE = (
    r"(?:\d{2}|\d{3}|\d{4}|XXXX)"
    r"(?:-(?:\d{2}|XX)(?:-(?:\d{2}|XX))?|-W(?:\d{2}|XX)(?:-\d|-WE)?|-Q[1-4]|-H[12]|-(?:SP|SU|FA|WI))?"
)
_POINT = _DATE + r"(?:T(?:\d{2}(?::\d{2}){0,2}|MO|AF|EV|NI|DT))?"
_DURATION = r"P(?=[\dXT])(?:(?:\d+(?:\.\d+)?|X)(?:DE|CE|ML|WE|[YMWDQ]))*(?:T(?:(?:\d+(?:\.\d+)?|X)[HMS])+)?"
VALUE = re.compile(rf"{_POINT}(?:/{_POINT})?|{_DURATION}|PRESENT_REF|PAST_REF|FUTURE_REF")


def _all_examples():
    for group in POSITIVE + NEGATIVE:
        for example in group.examples:
            yield group, example


def test_every_example_marks_exactly_one_non_empty_span():
    for _, example in _all_examples():
        text, start, end = parse(example)  # raises unless exactly one [[...]]
        span = text[start:end]
        assert span.strip(), f"empty span in {example!r}"
        assert span == span.strip(), f"span has surrounding blanks in {example!r}"
        assert "[" not in text and "]" not in text, f"stray bracket in {example!r}"


def test_groups_have_valid_timeml_attributes():
    for group in POSITIVE:
        assert group.examples, f"{group.label} has no examples"
        assert group.type in TYPES, group.label
        assert group.mod is None or group.mod in MODS, group.label
        assert VALUE.fullmatch(group.value), f"not a TimeML value: {group.value!r}"
        if group.type == "DURATION":
            assert group.value.startswith("P"), group.label
        if group.type == "TIME":
            assert "T" in group.value, group.label
        if group.type == "SET":
            assert group.value.startswith(("P", "XXXX")), group.label
        else:
            assert group.quant is None and group.freq is None, group.label
        assert group.granularity is None or group.granularity in GRANULARITIES, group.label
        assert group.quant is None or group.quant in {"EACH", "EVERY"}, group.label
        assert group.freq is None or re.fullmatch(r"\d+X", group.freq), group.label
        if group.start and group.end:
            assert group.start <= group.end, group.label


def test_corpus_is_large_and_varied_enough():
    positives = [e for g in POSITIVE for e in g.examples]
    negatives = [e for g in NEGATIVE for e in g.examples]
    assert len(POSITIVE) >= 60 and len(positives) >= 150 and len(negatives) >= 40
    assert len({g.ref for g in POSITIVE}) >= 3
    sentences = [MARK.sub(r"\1", e) for e in positives + negatives]
    duplicates = {s for s in sentences if sentences.count(s) > 1}
    assert not duplicates, duplicates


_TBAQ = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "tbaq"


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


@pytest.mark.corpus
@pytest.mark.skipif(not _TBAQ.is_dir(), reason="TimeML corpora not present")
def test_examples_are_not_copied_from_timebank():
    """Tests made of corpus sentences would overfit: no run of 8 words may be shared."""
    n = 8
    seen = set()
    for path in _TBAQ.rglob("*.tml"):
        words = _words(re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8", errors="replace")))
        seen.update(tuple(words[i:i + n]) for i in range(len(words) - n + 1))
    texts = [MARK.sub(r"\1", example) for _, example in _all_examples()] + [a.text for a in ARTICLES]
    for example in texts:
        words = _words(example)
        shared = [" ".join(words[i:i + n]) for i in range(len(words) - n + 1) if tuple(words[i:i + n]) in seen]
        assert not shared, f"{example!r} shares {shared[0]!r} with the corpus"
