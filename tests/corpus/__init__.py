"""The temporal corpus: the recognizer's and resolver's test suite written as data.

In the spirit of Duckling's ``Corpus.hs``: many surface forms grouped under one
expected TIMEX3, each group resolved against a fixed reference (publication)
date, plus a negative corpus of strings that must not be read as times.

Every example is one news-style sentence in which ``[[`` and ``]]`` mark the
exact expected extent of the expression (character offsets are taken after the
markers are removed).  ``temporal.py`` holds the positive groups,
``negative.py`` the negative ones; ``tests/test_temporal_corpus.py`` runs them.

Span and value conventions follow TimeML as annotated in TimeBank/AQUAINT (see
the header of ``temporal.py``), except for ranges, where the API's own
convention (one expression, ISO 8601 interval value) wins.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Optional

# Reference (publication) dates.  Most groups use REF; the others exercise
# week, month and year boundaries and past-tense stories told in January.
REF = date(2021, 12, 16)        # Thursday, ISO week 2021-W50
REF_MON = date(2021, 12, 13)    # Monday of the same week
REF_NEW_YEAR = date(2022, 1, 4)  # Tuesday, ISO week 2022-W01 (2021-W52 was Dec 27 - Jan 2)
REF_1998 = date(1998, 2, 27)    # Friday, ISO week 1998-W09, last day but one of February
REF_2013 = date(2013, 3, 22)    # Friday, early spring
REF_2023 = date(2023, 10, 9)    # Monday
REF_2024 = date(2024, 3, 14)    # Thursday

MARK = re.compile(r"\[\[(.*?)\]\]")


def parse(example: str) -> tuple[str, int, int]:
    """The sentence without markers and the (start, end) offsets of the marked span."""
    found = list(MARK.finditer(example))
    if len(found) != 1 or example.count("[[") != 1 or example.count("]]") != 1:
        raise ValueError(f"expected exactly one [[...]] span: {example!r}")
    m = found[0]
    text = example[: m.start()] + m.group(1) + example[m.end():]
    start = m.start()
    return text, start, start + len(m.group(1))


@dataclass(frozen=True)
class Expect:
    """Every example must yield a TIMEX3 with exactly the marked span and these attributes.

    ``mod`` is always checked (None means "no mod").  ``granularity``,
    ``start``, ``end``, ``quant`` and ``freq`` are checked only where given.
    """

    type: str
    value: str
    mod: Optional[str] = None
    examples: tuple[str, ...] = field(default=(), kw_only=True)
    ref: date = field(default=REF, kw_only=True)
    granularity: Optional[str] = field(default=None, kw_only=True)
    start: Optional[date] = field(default=None, kw_only=True)
    end: Optional[date] = field(default=None, kw_only=True)
    quant: Optional[str] = field(default=None, kw_only=True)
    freq: Optional[str] = field(default=None, kw_only=True)
    note: str = field(default="", kw_only=True)

    def __post_init__(self):
        object.__setattr__(self, "examples", tuple(self.examples))

    @property
    def label(self) -> str:
        return self.type + ":" + self.value + (":" + self.mod if self.mod else "")


@dataclass(frozen=True)
class Reject:
    """No TIMEX3 may overlap the marked span of any example.

    A marker around the whole sentence means: nothing at all may be found.
    """

    why: str
    examples: tuple[str, ...] = field(default=(), kw_only=True)
    ref: date = field(default=REF, kw_only=True)

    def __post_init__(self):
        object.__setattr__(self, "examples", tuple(self.examples))
