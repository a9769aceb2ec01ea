"""Stage 1: find temporal expressions and give each an underspecified value.

The grammar is a list of named rules in the manner of Duckling: each rule has a
name that reads like documentation, a regular expression and a production that
turns the match into a `Mention` (TIMEX3 type, `Spec`, modifier).  Every rule
runs over the raw text, so offsets are exact; overlapping matches are settled
longest-first; then negative rules that need the spaCy parse ("may" the modal,
"2000 soldiers") drop what is not a date.  Nothing here looks at the
reference date: filling the gaps is the resolver's job.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Callable, Iterable, Optional

from . import lexicon as lx
from .model import DATE, DURATION, SET, TIME, Mention, Spec

# --- building blocks ---------------------------------------------------------------------------

def _alt(words: Iterable[str]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_MONTH_FULL = [m for m in lx.MONTHS if len(m) > 3 or m == "may"]
_MONTH_ABBR = [m for m in lx.MONTHS if len(m) <= 4 and m not in ("may", "june", "july")]
MONTH = rf"(?:(?:{_alt(_MONTH_FULL)})\b|(?:{_alt(_MONTH_ABBR)})\b\.?)"
WEEKDAY = rf"(?:(?:{_alt(w for w in lx.WEEKDAYS if len(w) > 4)})\b|(?:{_alt(w for w in lx.WEEKDAYS if len(w) <= 5)})\.)"
DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b"
YEAR4 = r"(?:1[0-9]\d\d|20\d\d|2100)"
NUMWORD = (
    rf"(?:(?:{_alt(lx.TENS)})(?:[- ](?:{_alt(k for k in lx.ONES if lx.ONES[k] < 10)}))?"
    rf"|{_alt(lx.ONES)}|\d+(?:[.,]\d+)?|{_alt(lx.VAGUE_QUANTITIES)}|a|an|a dozen|dozens of|hundreds of|half an?)"
)
UNIT = r"(?:second|sec|minute|min|hour|hr|day|night|weekend|week|fortnight|month|quarter|year|decade|centur(?:y|ie)|millenni(?:um|a))s?"
PART = rf"(?:{_alt(['morning', 'afternoon', 'evening', 'night'])})"
ORDINAL = rf"(?:{_alt(k for k in lx.ORDINALS)}|\d{{1,2}}(?:st|nd|rd|th))"
SEASON = rf"(?:{_alt(lx.SEASONS)})"
ZONE = r"(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|CEST|ET|PT|CT|MT)\b"
CLOCK = rf"(?:\d{{1,2}}(?:[:.]\d\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b)(?:\s+{ZONE})?|noon\b|midnight\b|midday\b|\d{{1,2}}:\d\d(?:\s+{ZONE})?|(?:[01]\d|2[0-3])[0-5]\d\s+(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT)\b)"
POSITION = r"(?:early-?|late-?|mid-?|the (?:beginning|start|middle|end|close) of|(?:beginning|end) of)"


def number_of(word: str) -> Optional[int]:
    """The integer a number word or numeral names; None for vague quantities."""
    w = word.lower().replace(",", "").strip()
    if w in ("a couple of", "couple of"):
        return 2
    if w in lx.ARTICLES or w in ("a dozen",):
        return 12 if w == "a dozen" else 1
    if w.startswith("half"):
        return None
    if re.fullmatch(r"\d+", w):
        return int(w)
    if re.fullmatch(r"\d+\.\d+", w):
        return None
    if w in lx.ONES:
        return lx.ONES[w]
    parts = re.split(r"[- ]", w)
    if parts[0] in lx.TENS:
        return lx.TENS[parts[0]] + (lx.ONES.get(parts[1], 0) if len(parts) > 1 else 0)
    return None


def month_of(word: str) -> int:
    return lx.MONTHS[word.lower().rstrip(".")]


def weekday_of(word: str) -> int:
    return lx.WEEKDAYS[word.lower().rstrip(".")]


def day_of(word: str) -> int:
    return int(re.match(r"\d+", word).group())


def unit_of(word: str) -> str:
    w = word.lower()
    if w.startswith("centur"):
        return "century"
    if w.startswith("millenni"):
        return "millennium"
    return w[:-1] if w.endswith("s") and w[:-1] in lx.UNITS else w


def duration_value(n: Optional[int], unit: str) -> str:
    letter, is_time, _ = lx.UNITS[unit]
    count = "X" if n is None else str(n)
    if unit == "fortnight":
        count = "X" if n is None else str(2 * n)
    if unit == "weekend":
        return f"P{count}WE"
    return f"PT{count}{letter}" if is_time else f"P{count}{letter}"


def ordinal_of(word: str) -> int:
    w = word.lower()
    if w in lx.ORDINALS:
        return lx.ORDINALS[w]
    return int(re.match(r"\d+", w).group())


def position_mod(word: Optional[str]) -> Optional[str]:
    if not word:
        return None
    w = word.lower().strip().rstrip("-")
    return lx.POSITION_MODS.get(w) or lx.POSITION_MODS.get(w + "-")


# --- rules -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern
    produce: Callable[[re.Match], Optional[Mention]]


RULES: list[Rule] = []


# " old" makes an age only after a unit of time ("52 years old"); "on Monday old friends met" is a date.
_AFTER_UNIT = "(?:" + "|".join(rf"(?<=\b{unit})" for unit in ("year", "years", "month", "months", "week", "weeks",
                                                             "day", "days")) + ")"


def rule(name: str, pattern: str, flags: int = re.IGNORECASE):
    # Never followed by "-old" or " old" (an age: "a 52-year-old", "52 years old"), nor by
    # "-to-" ("quarter-to-quarter", "day-to-day": a manner, not a time).
    compiled = re.compile(rf"(?<![\w$#@/.-])(?:{pattern})(?![\w@]|-old\b|-olds\b|{_AFTER_UNIT}\s+old\b|-to-\w)", flags)

    def register(fn):
        RULES.append(Rule(name, compiled, fn))
        return fn

    return register


def _m(m: re.Match, type_: str, spec: Spec, mod: Optional[str] = None, group: int | str = 0, **kw) -> Mention:
    return Mention(m.start(group), m.end(group), m.group(group), type_, spec, mod, **kw)


def _trimmed(m: Mention, start: int, end: int) -> Mention:
    """The mention narrowed to [start, end): words that annotators keep outside a TIMEX3."""
    text = m.text
    m.text = text[start - m.start_char:len(text) - (m.end_char - end)]
    m.start_char, m.end_char = start, end
    return m


def _year(text: Optional[str]) -> Optional[int]:
    if not text:
        return None
    digits = re.sub(r"\D", "", text)
    if len(digits) == 2:
        value = int(digits)
        return 2000 + value if value < 40 else 1900 + value
    return int(digits)


# Calendar dates with a month name.
@rule("<month> <day>[, <year>]  (Nov. 23, 2021)",
      rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<mon>{MONTH})\s+(?P<day>{DAYNUM})(?:,?\s+(?P<year>{YEAR4})\b)?")
def _month_day(m):
    year = _year(m.group("year"))
    return _m(m, DATE, Spec("absolute" if year else "tense", year=year, month=month_of(m.group("mon")), day=day_of(m.group("day"))))


@rule("<day> <month> [<year>]  (23 November 2021, the 23rd of November)",
      rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<day>{DAYNUM})(?:\s+of)?\s+(?P<mon>{MONTH})(?:,?\s+(?P<year>{YEAR4})\b)?")
def _day_month(m):
    year = _year(m.group("year"))
    return _m(m, DATE, Spec("absolute" if year else "tense", year=year, month=month_of(m.group("mon")), day=day_of(m.group("day"))))


@rule("<month> <day>-<day>[, <year>]  (February 4-20)",
      rf"(?P<mon>{MONTH})\s+(?P<d1>{DAYNUM})\s*(?:-|–|—|to|through|until)\s*(?P<d2>{DAYNUM})(?:,?\s+(?P<year>{YEAR4})\b)?")
def _month_day_range(m):
    year, month = _year(m.group("year")), month_of(m.group("mon"))
    anchor = "absolute" if year else "tense"
    d1, d2 = day_of(m.group("d1")), day_of(m.group("d2"))
    if d2 <= d1:
        return None
    return _m(m, DATE, Spec(anchor, year=year, month=month, day=d1), end_spec=Spec(anchor, year=year, month=month, day=d2))


@rule("<month> <day> and <day>[, <year>]  (April 24 and 25: two days running, one stretch)",
      rf"(?P<mon>{MONTH})\s+(?P<d1>{DAYNUM})\s+(?:and|&)\s+(?P<d2>{DAYNUM})"
      rf"(?!\s*(?:%|percent|per\s+cent|people|persons|others|of\b|more\b|\d))(?:,?\s+(?P<year>{YEAR4})\b)?")
def _month_two_days(m):
    # ("March 3 and 10" are two dates, not the days between them)
    return _month_day_range(m) if day_of(m.group("d2")) == day_of(m.group("d1")) + 1 else None


@rule("<day>-<day> <month> [<year>]  (4-20 February)",
      rf"(?P<d1>{DAYNUM})\s*(?:-|–|to)\s*(?P<d2>{DAYNUM})\s+(?P<mon>{MONTH})(?:,?\s+(?P<year>{YEAR4})\b)?")
def _day_day_month(m):
    return _month_day_range(m)


@rule("<month> <day> - <month> <day>[, <year>]  (Nov. 28-Dec. 2)",
      rf"(?P<m1>{MONTH})\s+(?P<d1>{DAYNUM})\s*(?:-|–|—|to|through|until)\s*(?P<m2>{MONTH})\s+(?P<d2>{DAYNUM})(?:,?\s+(?P<year>{YEAR4})\b)?")
def _month_day_month_day(m):
    year = _year(m.group("year"))
    anchor = "absolute" if year else "tense"
    first = Spec(anchor, year=year, month=month_of(m.group("m1")), day=day_of(m.group("d1")))
    last = Spec(anchor, year=year, month=month_of(m.group("m2")), day=day_of(m.group("d2")))
    return _m(m, DATE, first, end_spec=last)


@rule("<day> <month> - <day> <month>[ <year>]  (29 November to 3 December)",
      rf"(?P<d1>{DAYNUM})\s+(?P<m1>{MONTH})\s*(?:-|–|—|to|through|until)\s*(?P<d2>{DAYNUM})\s+(?P<m2>{MONTH})(?:,?\s+(?P<year>{YEAR4})\b)?")
def _day_month_day_month(m):
    return _month_day_month_day(m)


@rule("[<position>] <month> [of] <year>  (November 2021, early March 1998)",
      rf"(?:(?P<pos>{POSITION})\s*)?(?P<mon>{MONTH})(?:,|\s+of)?\s+(?P<year>{YEAR4}|'\d\d)\b")
def _month_year(m):
    return _m(m, DATE, Spec(year=_year(m.group("year")), month=month_of(m.group("mon"))), position_mod(m.group("pos")))


@rule("[<position>] <month>  (June, early February)",
      rf"(?:(?P<pos>{POSITION})\s*)?(?P<mon>(?:{_alt(_MONTH_FULL)})\b|(?:sept?|oct|nov|dec|jan|feb|aug|apr)\.)")
def _month(m):
    word = m.group("mon")
    if not word[0].isupper():
        return None
    return _m(m, DATE, Spec("tense", month=month_of(word)), position_mod(m.group("pos")))


@rule("[<position>] <month> (lowercase position)",
      rf"(?P<pos>[Ee]arly-?|[Ll]ate-?|[Mm]id-?|[Tt]he (?:beginning|start|middle|end) of)\s*(?P<mon>[A-Z][a-z]{2,3}\.|[A-Z][a-z]+)", flags=0)
def _pos_month(m):
    if m.group("mon").lower().rstrip(".") not in lx.MONTHS:
        return None
    return _m(m, DATE, Spec("tense", month=month_of(m.group("mon"))), position_mod(m.group("pos")))


@rule("last/next/this <month>  (last November)", rf"(?P<shift>last|next|this|this past|this coming)\s+(?P<mon>{MONTH})")
def _shift_month(m):
    if not m.group("mon")[0].isupper() or re.match(r"\s*\d", m.string[m.end():m.end() + 3]):
        return None  # "last Oct. 23" is the day, found by the <month> <day> rule
    return _m(m, DATE, Spec("reference", month=month_of(m.group("mon")), shift=m.group("shift").lower().split()[-1]))


@rule("<month> last/this/next year  (June last year, January of next year)",
      rf"(?P<mon>{MONTH})\s+(?:of\s+)?(?P<shift>last|this|next)\s+year")
def _month_shift_year(m):
    if not m.group("mon")[0].isupper():
        return None
    offset = {"last": -1, "next": 1}.get(m.group("shift").lower(), 0)
    return _m(m, DATE, Spec("reference", unit="year", offset=offset, month=month_of(m.group("mon"))))


# Numeric dates.
@rule("ISO date  (2021-11-23)", r"(?P<y>\d{4})-(?P<mo>[01]\d)-(?P<d>[0-3]\d)(?:T(?P<h>\d\d):(?P<mi>\d\d)(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?")
def _iso(m):
    y, mo, d = int(m.group("y")), int(m.group("mo")), int(m.group("d"))
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    if m.group("h"):
        return _m(m, TIME, Spec(year=y, month=mo, day=d, hour=int(m.group("h")), minute=int(m.group("mi"))))
    return _m(m, DATE, Spec(year=y, month=mo, day=d))


@rule("slashed date  (11/23/2021, 23/11/2021)", r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})")
def _slashed(m):
    a, b, y = int(m.group("a")), int(m.group("b")), _year(m.group("y"))
    # Month first, as in American news, unless only the other order is a date.
    month, day = (a, b) if a <= 12 else (b, a)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return _m(m, DATE, Spec(year=y, month=month, day=day))


@rule("dotted date  (23.11.2021)", r"(?P<d>\d{1,2})\.(?P<mo>\d{1,2})\.(?P<y>\d{4})")
def _dotted(m):
    d, mo = int(m.group("d")), int(m.group("mo"))
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return _m(m, DATE, Spec(year=int(m.group("y")), month=mo, day=d))


@rule("the <day>th  (the 23rd)", r"the\s+(?P<day>(?:[12]\d|3[01]|[1-9])(?:st|nd|rd|th))")
def _the_nth(m):
    return _m(m, DATE, Spec("tense", day=day_of(m.group("day")), day_only=True))


# Years, decades, centuries.
_TEENS_WORDS = r"(?:nineteen|eighteen|seventeen)"
_TWO_DIGIT_WORDS = rf"(?:(?:{_alt(lx.TENS)})(?:[- ](?:{_alt(k for k in lx.ONES if 0 < lx.ONES[k] < 10)}))?|{_alt(k for k in lx.ONES if lx.ONES[k] >= 10)}|(?:oh|o)[- ](?:{_alt(k for k in lx.ONES if 0 < lx.ONES[k] < 10)}))"


@rule("spelled-out year  (nineteen ninety-six, the year two thousand, January nineteen ninety-seven, the winter of nineteen ninety-four)",
      rf"(?:(?P<mon>{MONTH})\s+(?:of\s+)?|(?P<season>(?:the\s+)?{SEASON})\s+of\s+)?"
      rf"(?:(?:the\s+year\s+)?(?P<c>{_TEENS_WORDS})[- ](?:hundred(?:\s+and)?\s+)?(?P<yy>{_TWO_DIGIT_WORDS})|(?:the\s+year\s+)(?P<k>two\s+thousand(?:\s+and)?(?:\s+(?P<r>{_TWO_DIGIT_WORDS}))?))")
def _spelled_year(m):
    if m.group("mon") and not m.group("mon")[0].isupper():
        return None
    year = _spelled_year_value(m)
    if year is None:
        return None
    if m.group("mon"):
        return _m(m, DATE, Spec(year=year, month=month_of(m.group("mon"))))  # transcripts spell years out
    if m.group("season"):
        return _m(m, DATE, Spec(year=year, season=lx.SEASONS[m.group("season").split()[-1].lower()]))
    return _m(m, DATE, Spec(year=year))


def _spelled_year_value(m) -> Optional[int]:
    if m.group("k"):
        rest = m.group("r")
        year = 2000 + ((number_of(rest.replace(" ", "-")) or 0) if rest else 0)
    else:
        yy = re.sub(r"^(?:oh|o)[- ]", "", m.group("yy").lower())
        tail = number_of(yy.replace(" ", "-"))
        if tail is None:
            return None
        year = number_of(m.group("c")) * 100 + tail
    return year

@rule("[<position>] <year>  (2001, early 1990, fiscal 1989)",
      rf"(?:(?P<pos>{POSITION})\s*)?(?:(?:fiscal|FY|calendar|the year)\s*)?(?P<year>{YEAR4})(?P<bc>\s*(?:BC|B\.C\.|AD|A\.D\.|CE|BCE))?")
def _year_rule(m):
    if m.group("bc") and "B" in m.group("bc").upper():
        return None
    if re.match(r"-[A-Za-z]|[.,]\d", m.string[m.end():m.end() + 2]):
        return None  # "a 2000-strong force", "the index closed at 1462.93"
    return _m(m, DATE, Spec(year=int(m.group("year"))), position_mod(m.group("pos")), rule="year")


@rule("fiscal year  (fiscal year 2021, the 2021 fiscal year, FY2021)",
      rf"(?:fiscal|financial)\s+year\s+(?P<y1>{YEAR4})|the\s+(?P<y2>{YEAR4})\s+(?:fiscal|financial|calendar|budget)\s+year|FY\s?(?P<y3>{YEAR4}|\d\d)\b")
def _fiscal_year(m):
    return _m(m, DATE, Spec(year=_year(m.group("y1") or m.group("y2") or m.group("y3"))))


@rule("<year>-<year>  (2021-2025, 1998-99)", rf"(?P<y1>{YEAR4})\s*(?:-|–|—|/)\s*(?P<y2>{YEAR4}|\d\d)")
def _year_range(m):
    y1 = int(m.group("y1"))
    y2 = m.group("y2")
    y2 = int(y2) if len(y2) == 4 else (y1 // 100) * 100 + int(y2)
    if y2 <= y1 or y2 - y1 > 100:
        return None
    return _m(m, DATE, Spec(year=y1), end_spec=Spec(year=y2))


@rule("from/between <x> to/and <y>  (from March to May, between 1999 and 2001)",
      rf"(?:from|between)\s+(?P<x>{MONTH}|{YEAR4})\s+(?:to|and|until|till|through|-)\s+(?P<y>{MONTH}|{YEAR4})(?:,?\s+(?P<year>{YEAR4}))?")
def _from_to(m):
    x, y = m.group("x"), m.group("y")
    xs_year, ys_year = re.fullmatch(YEAR4, x), re.fullmatch(YEAR4, y)
    if bool(xs_year) != bool(ys_year):
        return None
    start, end = m.start("x"), m.end("year") if m.group("year") else m.end("y")
    text = m.string[start:end]
    if xs_year:
        if int(y) <= int(x):
            return None
        return Mention(start, end, text, DATE, Spec(year=int(x)), end_spec=Spec(year=int(y)))
    if not (x[0].isupper() and y[0].isupper()):
        return None
    year = _year(m.group("year"))
    anchor = "absolute" if year else "tense"
    return Mention(start, end, text, DATE, Spec(anchor, year=year, month=month_of(x)), end_spec=Spec(anchor, year=year, month=month_of(y)))


@rule("<month>-<month> [<year>]  (July-September, Jan.-March 2020)",
      rf"(?P<x>{MONTH})\s*(?:-|–|—)\s*(?P<y>{MONTH})(?:,?\s+(?P<year>{YEAR4}))?")
def _month_month(m):
    # "the July-September period": a stretch of months written with a dash, one expression
    # as "from July to September" is.
    x, y = m.group("x"), m.group("y")
    if not (x[0].isupper() and y[0].isupper()) or month_of(x) == month_of(y):
        return None
    year = _year(m.group("year"))
    anchor = "absolute" if year else "tense"
    return _m(m, DATE, Spec(anchor, year=year, month=month_of(x)), end_spec=Spec(anchor, year=year, month=month_of(y)))


_FULL_DATE = rf"\d{{4}}-[01]\d-[0-3]\d\b|{MONTH}\s+{DAYNUM},?\s+{YEAR4}\b|{DAYNUM}\s+{MONTH},?\s+{YEAR4}\b"


def _full_date(text: str) -> Optional[Spec]:
    """The day a complete date ("2015-01-01", "Jan. 1, 2015", "1 January 2015") names."""
    for r in RULES:
        if r.name.startswith(("ISO date", "<month> <day>[, <year>]", "<day> <month> [<year>]")):
            found = r.pattern.fullmatch(text)
            mention = r.produce(found) if found else None
            if mention is not None and mention.spec.year is not None and mention.spec.day is not None:
                return mention.spec
    return None


@rule("from/between <full date> to/and <full date>  (from 2015-01-01 to 2024-12-31, between Jan. 1, 2015 and March 3, 2016)",
      rf"(?:from|between)\s+(?P<x>{_FULL_DATE}),?\s*(?:to|and|until|till|through|-|–|—)\s*(?P<y>{_FULL_DATE})")
def _from_to_full(m):
    first, last = _full_date(m.group("x")), _full_date(m.group("y"))
    if first is None or last is None or (last.year, last.month, last.day) <= (first.year, first.month, first.day):
        return None
    start, end = m.start("x"), m.end("y")
    return Mention(start, end, m.string[start:end], DATE, first, end_spec=last)


@rule("decade  (the 1990s, the '90s, the early 1980s)",
      rf"(?:the\s+)?(?:(?P<pos>early|late|mid-?)\s*)?(?P<dec>(?:1\d|20)\d0s|'\d0s|(?:nineteen|twenty)-?\w+ies)")
def _decade(m):
    text = m.group("dec").lower()
    digits = re.sub(r"\D", "", text)
    if len(digits) == 4:
        decade = int(digits[:3])
    elif len(digits) == 2:
        decade = (19 if int(digits) >= 30 else 20) * 10 + int(digits[0])
    else:
        return None
    return _m(m, DATE, Spec(decade=decade), position_mod(m.group("pos")))


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9}


@rule("decade in words  (the nineties, the early sixties)", rf"the\s+(?:(?P<pos>early|late|mid-?)\s*)?(?P<w>{_alt(_DECADE_WORDS)})")
def _decade_words(m):
    return _m(m, DATE, Spec(decade=190 + _DECADE_WORDS[m.group("w").lower()]), position_mod(m.group("pos")))


@rule("century  (the 20th century)", rf"(?:the\s+)?(?:(?P<pos>early|late|mid-?)\s*)?(?P<ord>{ORDINAL})[- ]century")
def _century(m):
    n = ordinal_of(m.group("ord"))
    if n < 1:
        return None
    return _m(m, DATE, Spec(century=n - 1), position_mod(m.group("pos")))


# Quarters, halves, seasons.
@rule("quarter  (the third quarter, third-quarter, Q3 2021, the fourth quarter of 2020)",
      rf"(?:(?P<the>the\s+)?(?:(?P<fy>fiscal|calendar)\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)(?P<sep>[- ])(?:fiscal[- ])?quarter)(?!s\s+of)"
      rf"(?:\s+of\s+(?:(?:fiscal|calendar)\s+)?(?:the\s+year\s+)?(?P<year>{YEAR4}))?")
def _quarter(m):
    year = _year(m.group("year"))
    q = ordinal_of(m.group("ord"))
    if q < 0:
        if not year:
            return None  # "the last quarter" alone is the previous quarter: another rule
        q = 4
    spec = Spec("absolute" if year else "tense", year=year, quarter=q)
    if m.group("the") and m.group("sep") == "-" and not year:
        # "the third-quarter results": the article belongs to the noun, not the date.
        start = m.start("ord") if not m.group("fy") else m.start("fy")
        return Mention(start, m.end(), m.string[start:m.end()], DATE, spec)
    return _m(m, DATE, spec)


@rule("the latest quarter  (the latest quarter, the most recent period)",
      r"the\s+(?P<w>latest|most\s+recent|current|recent|just-ended|just-completed)\s+(?:fiscal\s+)?(?P<unit>quarter|period)")
def _latest(m):
    if m.group("w").lower() == "current":
        return _m(m, DATE, Spec("reference", unit="quarter", offset=0))
    return _m(m, DATE, Spec("previous", unit="quarter", offset=0, shift="latest"))


@rule("the year-ago third quarter  (the year-earlier third quarter, the comparable year-ago quarter)",
      r"the\s+(?:(?:comparable|corresponding)\s+)?(?:year-earlier|year-ago)\s+(?:(?P<ord>first|second|third|fourth)[- ])?(?:fiscal\s+)?quarter")
def _year_ago_quarter(m):
    if m.group("ord"):
        # The named quarter of the year before.
        return _m(m, DATE, Spec("reference", unit="year", offset=-1, quarter=ordinal_of(m.group("ord"))))
    return _m(m, DATE, Spec("previous", unit="year", offset=-1, shift="comparable"))


@rule("the year-earlier quarter  (the year-ago period, year-earlier)",
      r"(?:the\s+)?(?:year-earlier|year-ago|year-before|prior-year)(?:\s+(?P<unit>quarter|period|month|year|months|quarters))?")
def _year_earlier(m):
    return _m(m, DATE, Spec("previous", unit="year", offset=-1, shift="comparable"))


@rule("<year>'s quarter  (this year's third quarter, the 1988 third quarter, next year's first quarter)",
      rf"(?:(?P<shift>this|last|next)\s+year's|(?:the\s+)?(?P<year>{YEAR4})(?:'s)?)\s+(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)[- ](?:fiscal[- ])?quarter")
def _year_quarter(m):
    q = ordinal_of(m.group("ord"))
    q = 4 if q < 0 else q
    if m.group("year"):
        return _m(m, DATE, Spec(year=int(m.group("year")), quarter=q))
    offset = {"last": -1, "next": 1}.get(m.group("shift").lower(), 0)
    return _m(m, DATE, Spec("reference", unit="year", offset=offset, quarter=q))


@rule("the <year> period  (the 1988 period, the corresponding period last year, last year's quarter)",
      rf"the\s+(?P<year>{YEAR4})\s+(?:period|quarter)|(?P<cmp>the\s+(?:corresponding|comparable|same)\s+(?:period|quarter)\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year|of\s+(?:last|the\s+previous)\s+year)|last\s+year's\s+(?:period|quarter)|the\s+(?:period|quarter)\s+a\s+year\s+(?:ago|earlier))")
def _year_period(m):
    if m.group("year"):
        return _m(m, DATE, Spec("previous", year=int(m.group("year")), shift="period of"))
    return _m(m, DATE, Spec("previous", unit="year", offset=-1, shift="comparable"))


@rule("Q<n> <year>  (Q3 2021, 2021 Q3)", rf"Q(?P<q>[1-4])(?:\s+|-|')(?P<year>{YEAR4}|\d\d)|(?P<year2>{YEAR4})[- ]Q(?P<q2>[1-4])", flags=0)
def _q_year(m):
    q = int(m.group("q") or m.group("q2"))
    return _m(m, DATE, Spec(year=_year(m.group("year") or m.group("year2")), quarter=q))


_NOT_A_PERIOD_AFTER = re.compile(r"\s+of\s+(?:the|a|an|this|that|their|its)\s+(?:game|match|contest|final|exam|test|quiz|series|fight|bout|season)\b", re.I)
_WORD_AFTER_A_PERIOD = re.compile(r"\s+(?:and|or|to|from|as|when|while|after|before|compared|versus|vs|this|last|next|a|an|the|"
                                  r"on|in|at|with|amid|despite|because|than|of|was|were|is|are|but|thanks)\b")
_REPORTING_NEAR = re.compile(r"\b(?:results?|earnings|sales|revenues?|profits?|loss(?:es)?|guidance|margins?|growth|"
                             r"fell|rose|dropped|climbed|jumped|slipped|declined|increased|decreased|lost|gained|percent|"
                             r"quarters?|half|[HQ][1-4])\b|%", re.I)
_PERIOD_PREPOSITION = re.compile(r"\b(?:in|for|during|by|since|until|till|before|after|through|throughout|over|from|to|than|and|or|of|versus|vs\.?)\s+$", re.I)
_PERIOD_NOUN = re.compile(r"\s+(?:results?|earnings|sales|revenues?|profits?|loss(?:es)?|figures|numbers|guidance|forecasts?|growth|output|"
                          r"deliveries|shipments|volumes?|margins?|GDP|performance|report)\b")


@rule("bare Q<n> / H<n>  (in Q3, Q3 results, for H1)", r"(?P<k>[QH])(?P<n>[1-4])(?!-\w)", flags=0)
def _bare_period(m):
    # A quarter or half written "Q3" or "H1" without a year: only where a period is meant,
    # after a preposition ("fell 18% in Q3") or before a word of reporting ("Q3 results");
    # "the Audi Q3", "an H1 visa" are names.
    if m.group("k") == "H" and int(m.group("n")) > 2:
        return None
    before = m.string[max(0, m.start() - 10):m.start()]
    reported = _PERIOD_NOUN.match(m.string, m.end())
    if not (_PERIOD_PREPOSITION.search(before) or reported and not re.search(r"[A-Z][\w-]*\s+$", before)):
        return None
    after = m.string[m.end():m.end() + 30]
    if not reported and (_NOT_A_PERIOD_AFTER.match(after) or re.match(r"\s+[a-z]+", after)
                         and not _WORD_AFTER_A_PERIOD.match(after)):
        return None  # "in H2 production" (hydrogen), "scored in Q4 of the game"
    if m.group("k") == "H" and not reported and not _REPORTING_NEAR.search(m.string[max(0, m.start() - 120):m.end() + 80]
                                                                          .replace(m.group(), " ")):
        return None  # a bare half needs results around it: "sales fell in H1", not "in H2 tanks"
    if m.group("k") == "Q":
        return _m(m, DATE, Spec("tense", quarter=int(m.group("n"))))
    return _m(m, DATE, Spec("tense", half=int(m.group("n"))))


@rule("half  (the first half of 2021, the second half of next year, H1 2021, the first two quarters of 1990)",
      rf"(?:the\s+)?(?P<ord>first|second|1st|2nd|last|latter)\s+(?:half|two\s+quarters)\s+of\s+(?:(?:the\s+(?:fiscal\s+)?year\s+)?(?P<year>{YEAR4})|(?P<this>the|this|next|last)\s+(?:fiscal\s+)?year)"
      rf"|H(?P<h>[12])\s+(?P<year2>{YEAR4})")
def _half(m):
    # "the first half" alone is usually of a match or a game: only with a year.
    h = int(m.group("h")) if m.group("h") else (2 if m.group("ord").lower() in ("last", "latter") else ordinal_of(m.group("ord")))
    year = _year(m.group("year") or m.group("year2"))
    if year:
        return _m(m, DATE, Spec(year=year, half=h))
    word = m.group("this").lower()
    if word == "the":
        return _m(m, DATE, Spec("previous", unit="year", offset=0, half=h))
    return _m(m, DATE, Spec("reference", unit="year", offset={"next": 1, "last": -1}.get(word, 0), half=h))


@rule("season  (summer 2020, last winter, this spring, the early summer)",
      rf"(?:(?P<shift>last|next|this|this past|this coming|the)\s+)?(?:(?P<pos>early|late|mid-?)\s*)?(?P<season>{SEASON})(?:\s+(?:of\s+)?(?P<year>{YEAR4}))?")
def _season(m):
    season = lx.SEASONS[m.group("season").lower()]
    year = _year(m.group("year"))
    shift = (m.group("shift") or "").lower().split()[-1:] or [None]
    shift = shift[0] if shift[0] != "the" else None
    if not (year or m.group("shift") or m.group("pos")):
        # A bare season word: only after a temporal preposition, and written as a noun (filters).
        if not re.search(r"\b(?:in|during|since|until|by|over|through|before|after)\s+$", m.string[max(0, m.start() - 8):m.start()], re.I):
            return None
        return _m(m, DATE, Spec("tense", season=season), rule="bare season")
    if year:
        return _m(m, DATE, Spec(year=year, season=season), position_mod(m.group("pos")))
    if shift in ("last", "next", "this"):
        return _m(m, DATE, Spec("reference", season=season, shift=shift), position_mod(m.group("pos")))
    return _m(m, DATE, Spec("tense", season=season), position_mod(m.group("pos")), rule="bare season")


@rule("the nth week of <month>  (the first week of April, the last week of June 2020)",
      rf"the\s+(?P<ord>first|second|third|fourth|last|final)\s+week\s+of\s+(?P<mon>{MONTH})(?:,?\s+(?P<year>{YEAR4}))?")
def _week_of_month(m):
    n = ordinal_of(m.group("ord"))
    year = _year(m.group("year"))
    # Day 1, 8, 15 or 22 of the month (or its last seven days) stands for the week.
    day = 1 + 7 * (n - 1) if n > 0 else -7
    return _m(m, DATE, Spec("absolute" if year else "tense", year=year, month=month_of(m.group("mon")), day=day, unit="week"))


@rule("the week of <date>  (the week of March 6)",
      rf"the\s+week\s+of\s+(?P<mon>{MONTH})\s+(?P<day>{DAYNUM})(?:,?\s+(?P<year>{YEAR4})\b)?")
def _week_of_date(m):
    # The calendar week the day falls in.
    year = _year(m.group("year"))
    return _m(m, DATE, Spec("absolute" if year else "tense", year=year, month=month_of(m.group("mon")), day=day_of(m.group("day")), unit="week"))


# Days relative to the publication date.
_DEICTIC_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}


@rule("yesterday/today/tomorrow [<part of day>]  (late yesterday, yesterday afternoon)",
      rf"(?:(?P<pos>early|late|earlier|later)\s+)?(?P<word>today|yesterday|tomorrow|tonight)(?:\s+(?P<part>{PART}))?")
def _deictic(m):
    word = m.group("word").lower()
    part = lx.PARTS_OF_DAY.get((m.group("part") or "").lower()) or ("NI" if word == "tonight" else None)
    spec = Spec("reference", unit="day", offset=_DEICTIC_DAYS[word], part_of_day=part)
    pos = (m.group("pos") or "").lower()
    if pos in ("earlier", "later"):
        return _trimmed(_m(m, TIME if part else DATE, spec), m.start("word"), m.end())
    return _m(m, TIME if part else DATE, spec, position_mod(pos))


@rule("mid-afternoon [yesterday]  (by mid-afternoon, early morning today, mid-afternoon yesterday)",
      r"(?P<pos>mid-?\s?|early\s+|late\s+)(?P<part>morning|afternoon|evening)(?:\s+(?P<word>yesterday|today|tomorrow))?")
def _part_of_day(m):
    part = lx.PARTS_OF_DAY[m.group("part").lower()]
    word = (m.group("word") or "").lower()
    if not word and not m.group("pos").lower().startswith("mid"):
        return None  # "early morning" alone is too often a kind of time ("early morning flights")
    spec = Spec("reference", unit="day", offset=_DEICTIC_DAYS.get(word, 0), part_of_day=part, shift=None if word else "bare")
    return _m(m, TIME, spec)


_CLOCK_PREPOSITION = re.compile(r"\b(?:at|by|until|till|around|about|since|from|before|after|past|to|near)\s+$", re.I)


@rule("<n> in the morning  (at 4 in the morning, 10 o'clock at night)",
      r"(?P<h>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s+o'clock)?\s+(?:in\s+the\s+(?P<part>morning|afternoon|evening)|at\s+night)")
def _hour_in_the(m):
    hour = number_of(m.group("h"))
    if hour is None or not 1 <= hour <= 12:
        return None
    if "'clock" not in m.group(0) and not _CLOCK_PREPOSITION.search(m.string, max(0, m.start() - 8), m.start()):
        return None  # "was down 8 in the afternoon" is a score; "at 4 in the morning" a time
    part = (m.group("part") or "night").lower()
    if part in ("afternoon", "evening", "night") and hour != 12:
        hour += 12
    elif part == "morning" and hour == 12:
        hour = 0
    return _m(m, TIME, Spec("reference", unit="day", offset=0, hour=hour % 24, minute=0))


@rule("the day before yesterday / after tomorrow", r"the\s+day\s+(?P<dir>before\s+yesterday|after\s+tomorrow)")
def _two_days(m):
    return _m(m, DATE, Spec("reference", unit="day", offset=-2 if m.group("dir").lower().startswith("before") else 2))


@rule("year-end  (year-end, the end of the year, month-end)",
      r"(?:(?P<shift>this|last|next)\s+)?(?P<unit>year|month|quarter)(?:-|\s)end|(?:the\s+)?(?P<unit2>year|month|quarter)'s\s+end|the\s+end\s+of\s+the\s+(?P<unit3>year|month|quarter|week)")
def _unit_end(m):
    unit = (m.group("unit") or m.group("unit2") or m.group("unit3")).lower()
    offset = {"last": -1, "next": 1}.get((m.group("shift") or "").lower(), 0)
    anchor = "previous" if m.group("unit3") else "reference"
    return _m(m, DATE, Spec(anchor, unit=unit, offset=offset, shift="same" if anchor == "previous" else None), "END")


@rule("half an hour / a year and a half / 5 1/2 hours",
      r"half\s+an?\s+(?P<unit>hour|day|year|century)"
      r"|(?P<n>an?|one|two|three|four|five|six|\d+)\s+and\s+a\s+half\s+(?P<unit2>minutes?|hours?|days?|weeks?|months?|years?)"
      r"|(?P<n3>an?|one)\s+(?P<unit3>minute|hour|day|week|month|year)\s+and\s+a\s+half"
      r"|(?P<n4>\d+)\s+(?:1/2|\u00bd)\s+(?P<unit4>minutes?|hours?|days?|weeks?|months?|years?)")
def _halves(m):
    unit = unit_of(m.group("unit") or m.group("unit2") or m.group("unit3") or m.group("unit4"))
    if m.group("unit"):
        value = {"hour": "PT30M", "day": "PT12H", "year": "P6M", "century": "P50Y"}[unit]
    else:
        n = number_of(m.group("n") or m.group("n3") or m.group("n4")) or 1
        # The half in the next smaller unit where there is one ("5 1/2 hours" is PT5H30M).
        value = {"minute": f"PT{n}M30S", "hour": f"PT{n}H30M", "day": f"P{n}DT12H", "year": f"P{n}Y6M"}.get(unit)
        if value is None:
            letter, is_time, _ = lx.UNITS[unit]
            value = f"PT{n}.5{letter}" if is_time else f"P{n}.5{letter}"
    return _m(m, DURATION, Spec(fixed=value))


@rule("pre-/post-<year>  (post-2008, pre-2020, pre-war is not)", rf"(?P<p>pre|post)-(?P<year>{YEAR4})")
def _pre_post(m):
    return _m(m, DATE, Spec(year=int(m.group("year"))), "BEFORE" if m.group("p").lower() == "pre" else "AFTER")


@rule("this <part of day>  (this morning, last night)", rf"(?P<shift>this|last|the previous)\s+(?P<part>{PART})")
def _this_part(m):
    part = lx.PARTS_OF_DAY[m.group("part").lower()]
    shift = m.group("shift").lower()
    offset = -1 if shift != "this" else 0
    if shift == "last" and part != "NI":
        return None
    return _m(m, TIME, Spec("reference", unit="day", offset=offset, part_of_day=part))


@rule("weekday [<part of day>]  (Wednesday, last Friday, Tuesday morning, early Tuesday)",
      rf"(?:(?P<shift>last|next|this|this past|this coming|coming|past|the previous|the following|the next)\s+)?"
      rf"(?:(?P<pos>early|late|earlier|later)\s+)?(?P<wd>{WEEKDAY})(?:\s+(?P<part>{PART}))?")
def _weekday(m):
    word = m.group("wd")
    if not word[0].isupper():
        return None
    part = lx.PARTS_OF_DAY.get((m.group("part") or "").lower())
    shift = (m.group("shift") or "").lower().split()
    if shift and shift[0] == "the":
        spec = Spec("previous", weekday=weekday_of(word), shift="next" if shift[-1] in ("following", "next") else "last", part_of_day=part)
    else:
        word_shift = {"last": "last", "past": "last", "next": "next", "coming": "next", "this": "this"}.get(shift[-1] if shift else "")
        spec = Spec("tense", weekday=weekday_of(word), shift=word_shift, part_of_day=part)
    pos = (m.group("pos") or "").lower()
    if pos in ("earlier", "later") and not shift:
        return _trimmed(_m(m, TIME if part else DATE, spec), m.start("wd"), m.end())
    return _m(m, TIME if part else DATE, spec, position_mod(pos))


@rule("weekday, <month> <day>  (Tuesday, Nov. 23)", rf"(?P<wd>{WEEKDAY}),?\s+(?P<mon>{MONTH})\s+(?P<day>{DAYNUM})(?:,?\s+(?P<year>{YEAR4})\b)?")
def _weekday_date(m):
    return _month_day(m)


@rule("the weekend  (this weekend, last weekend)", r"(?:(?P<shift>this|last|next|the|over the|this past|this coming)\s+)weekend")
def _weekend(m):
    shift = m.group("shift").lower().split()[-1]
    offset = {"last": -1, "next": 1}.get(shift, 0)
    anchor = "reference" if shift in ("this", "last", "next", "past", "coming") else "tense"
    start = m.start() if shift != "the" or not m.group("shift").lower().startswith("over") else m.start() + 5
    return Mention(start, m.end(), m.string[start:m.end()], DATE, Spec(anchor, unit="weekend", offset=offset, weekend=True, shift=shift))


@rule("last/this/next <unit>  (last week, this month, next year, the past year)",
      r"(?:(?P<pos>early|late|earlier|later|the end of|the beginning of|the start of|the middle of|end of|beginning of)\s+)?"
      r"(?P<shift>last|this|next|the current|the coming|this past|the past|the previous|the next|the following|the same|that|the full|the)\s+"
      r"(?P<unit>week|month|year|quarter|decade|century|fiscal year|fiscal quarter)(?P<s>s)?")
def _shift_unit(m):
    if m.group("s"):
        return None
    unit = m.group("unit").lower().replace("fiscal ", "")
    shift = m.group("shift").lower()
    if shift == "the full":
        # "forecast an earnings increase for the full year": the reporting year, all of it.
        return _m(m, DATE, Spec("reference", unit="year", offset=0)) if unit == "year" and not m.group("pos") else None
    mod = position_mod(m.group("pos"))
    if mod and m.group("pos").lower() in ("earlier", "later"):
        mod = "START" if m.group("pos").lower() == "earlier" else "END"
    if shift in ("last", "this past", "next", "this", "the current", "the coming"):
        offset = {"last": -1, "this past": -1, "next": 1, "the coming": 1}.get(shift, 0)
        return _m(m, DATE, Spec("reference", unit=unit, offset=offset), mod)
    if shift in ("the past", "the previous") and unit in ("week", "month", "year", "decade", "quarter", "century"):
        # "the past year": a stretch of time reaching back to now.
        if shift == "the past" or unit in ("decade", "century"):
            return _m(m, DURATION, Spec(fixed=duration_value(1, unit)), mod)
        return _m(m, DATE, Spec("previous", unit=unit, offset=-1, shift="calendar"), mod)
    if shift in ("the next", "the following"):
        return _m(m, DATE, Spec("previous", unit=unit, offset=1, shift="calendar"), mod)
    if shift in ("the same", "that"):
        return _m(m, DATE, Spec("previous", unit=unit, offset=0), mod)
    if unit == "year" and shift == "the" and not mod and re.match(r"\s+(?:ended|ending)\b", m.string[m.end():m.end() + 10]):
        # "the year ended March 31", "the fiscal year ending June 30": twelve months up to
        # a day that need not end a calendar year, so no calendar year is its value.
        return _m(m, DURATION, Spec(fixed="P1Y"))
    # "the year", "the quarter": the one in context.
    if unit in ("year", "quarter"):
        return _m(m, DATE, Spec("previous", unit=unit, offset=0), mod, rule="the unit")
    if unit == "month" and not mod and re.search(r"[.,;:]\s*$|\b(?:in|for|during|that|and|but|said|showed|show|shows)\s+$", m.string[max(0, m.start() - 12):m.start()], re.I) \
            and not re.match(r"\s+(?:of|before|after|earlier|later|ended|ending|to|in\s+which)\b", m.string[m.end():m.end() + 12], re.I):
        # "Data for December showed the month was warmer": the month just named.
        return _m(m, DATE, Spec("previous", unit="month", offset=0, shift="discussed"), rule="the unit")
    return None


@rule("this time next week  (this time last year, the same time next month)",
      r"(?:this|the\s+same)\s+time\s+(?P<shift>last|next)\s+(?P<unit>week|month|year)")
def _this_time_next(m):
    # The same day a week, month or year away from the reference date.
    offset = -1 if m.group("shift").lower() == "last" else 1
    return _m(m, DATE, Spec("reference", unit=m.group("unit").lower(), offset=offset, shift="same day"))


@rule("earlier/later this <unit>  (earlier this month, later this year, early next year)",
      r"(?P<pos>earlier|later|early|late)\s+(?:in\s+)?(?P<shift>this|next|last|the)\s+(?P<unit>week|month|year|decade|century)")
def _pos_unit(m):
    shift = m.group("shift").lower()
    offset = {"last": -1, "next": 1}.get(shift, 0)
    pos = m.group("pos").lower()
    mod = "START" if pos.startswith("earl") else "END"
    if pos == "later" and offset == 0:
        mod = "ON_OR_AFTER"
    anchor = "previous" if shift == "the" else "reference"
    return _m(m, DATE, Spec(anchor, unit=m.group("unit").lower(), offset=offset), mod)


@rule("the day before/after  (the next day, the day before, the following morning)",
      rf"the\s+(?:(?P<pre>next|following|previous|same|preceding)\s+(?P<unit>day|morning|afternoon|evening|night)|day\s+(?P<post>before|after))")
def _anaphoric_day(m):
    word = (m.group("pre") or m.group("post")).lower()
    if m.group("post") and re.match(r"\s*[\w$]", m.string[m.end():m.end() + 3]) \
            and re.search(r"\d,\s*$", m.string[max(0, m.start() - 4):m.start()]):
        # "Oct. 12, the day before the stock market plunge": "before" takes the event, and
        # "the day", in apposition to the date, is that date.
        return Mention(m.start(), m.start("post") - 1, m.string[m.start():m.start("post") - 1].rstrip(), DATE,
                       Spec("previous", unit="day", offset=0))
    offset = {"next": 1, "following": 1, "after": 1, "previous": -1, "preceding": -1, "before": -1, "same": 0}[word]
    unit = (m.group("unit") or "day").lower()
    part = lx.PARTS_OF_DAY.get(unit)
    return _m(m, TIME if part else DATE, Spec("previous", unit="day", offset=offset, part_of_day=part))


@rule("that day  (that day, that same week)", r"that\s+(?:same\s+)?(?P<unit>day|morning|afternoon|evening|night)")
def _that_day(m):
    part = lx.PARTS_OF_DAY.get(m.group("unit").lower())
    return _m(m, TIME if part else DATE, Spec("previous", unit="day", offset=0, part_of_day=part))


@rule("<n> <unit> ago/earlier/later  (two years ago, a year earlier, three days later)",
      rf"(?:(?P<qmod>{_alt(lx.QUANTITY_MODS)})\s+)?(?P<n>{NUMWORD})[- ](?P<unit>{UNIT})\s+(?P<dir>ago|earlier|later|before|after|from now|hence|back|previously|prior)\b")
def _ago(m):
    unit = unit_of(m.group("unit"))
    if unit not in ("day", "week", "month", "year", "decade", "quarter", "century", "hour", "minute", "night", "weekend"):
        return None
    if unit == "night":
        unit = "day"
    n = number_of(m.group("n"))
    direction = m.group("dir").lower()
    sign = -1 if direction in ("ago", "earlier", "before", "back", "previously", "prior") else 1
    anchor = "reference" if direction in ("ago", "from now", "hence", "back") else "previous"
    qmod = lx.QUANTITY_MODS.get((m.group("qmod") or "").lower())
    mod = "APPROX" if qmod == "APPROX" else None
    if direction in ("before", "after", "later"):
        # "ten days after the attack", "three days later" (after that): the amount of
        # time between two events is a DURATION, and "after"/"later" a signal outside
        # it (TimeML: "2 days before the attack" is P2D).  "ago" and "earlier" stay dates.
        return _trimmed(_m(m, DURATION, Spec(fixed=duration_value(n, unit)), qmod), m.start(), m.end("unit"))
    if unit in ("hour", "minute"):
        return _m(m, TIME, Spec(anchor, unit=unit, offset=sign * (n or 0)) if n else Spec(fixed="PAST_REF" if sign < 0 else "FUTURE_REF"), mod)
    if n is None:
        return _m(m, DATE, Spec(anchor, unit=unit, offset=0, fixed="vague" + ("-" if sign < 0 else "+")), mod)
    return _m(m, DATE, Spec(anchor, unit=unit, offset=sign * n), mod)


@rule("<n> <unit>  (three years, two decades, 24 hours, a week, several months)",
      rf"(?:(?P<det>the\s+)(?:(?P<dir>past|last|next|previous|first|coming|final|remaining|latest|same)\s+)?)?"
      rf"(?:(?P<qmod>{_alt(lx.QUANTITY_MODS)})\s+)?(?P<n>{NUMWORD})(?:\s+or\s+so)?[- ](?P<more>(?:more|additional|full|straight|consecutive|trading|business|working|calendar)\s+)?(?P<unit>{UNIT})(?P<ors>\s+or\s+so)?(?!\s*-?\s*(?:point|percent|per\s*cent)|(?<=quarter)\s+of\s+(?:a|an|the|its|their|all)\b|(?<=quarters)\s+of\s+(?:a|an|the|its|their|all)\b)")
def _duration(m):
    unit = unit_of(m.group("unit"))
    raw_n = m.group("n").lower()
    n = number_of(raw_n)
    if raw_n in ("a", "an", "one") and not m.group("unit").lower().endswith("s"):
        n = 1
    elif m.group("unit").lower().endswith("s") and n == 1 and raw_n not in ("1",):
        return None
    if unit in ("second", "sec", "min") and not re.match(r"\d|[a-z]+ty|one|two|three|four|five|six|seven|eight|nine|ten", raw_n):
        return None
    if re.fullmatch(r"\d+\.\d+", raw_n):
        return None
    qmod = lx.QUANTITY_MODS.get((m.group("qmod") or "").lower())
    if m.group("ors"):
        qmod = "APPROX"
    mention = _m(m, DURATION, Spec(fixed=duration_value(n, unit)), qmod)
    if m.group("det") and not m.group("dir") and m.string[m.end("n"):m.start("unit")] == "-":
        # "the 14-day strike": the article belongs to the noun.
        return _trimmed(mention, m.start("n") if not m.group("qmod") else m.start("qmod"), m.end())
    return mention


@rule("bare plural unit  (for years, in recent weeks)",
      r"(?P<pre>for|over|within|coming|past)\s+(?P<unit>days|weeks|months|years|decades|hours|minutes)")
def _bare_units(m):
    unit = unit_of(m.group("unit"))
    pre = m.group("pre").lower()
    if unit in ("hour", "minute") and (pre not in ("for", "within") or re.match(r"\s+of\b", m.string[m.end():m.end() + 4])):
        return None  # "for hours", "within minutes"; not "for minutes of the meeting"
    start = m.start("unit")
    if pre == "coming":
        start = m.start("pre")
    return Mention(start, m.end(), m.string[start:m.end()], DURATION, Spec(fixed=duration_value(None, unit)))


@rule("over the years  (over the years, in the early years, during the decades)",
      r"(?P<pre>over|in|during|through|throughout)\s+(?P<the>the\s+(?:(?:early|first|last|intervening|following|ensuing)\s+)?)(?P<unit>years|decades|centuries)(?!\s+(?:before|after|following|since|of|to|ago)\b)")
def _over_the_years(m):
    # An unquantified stretch of long units: "the years" is a DURATION of some years.
    unit = unit_of(m.group("unit"))
    start = m.start("the")
    return Mention(start, m.end(), m.string[start:m.end()], DURATION, Spec(fixed=duration_value(None, unit)))


@rule("the days before  (in the weeks before the vote, days after the attack, hours before the deadline)",
      r"(?:(?:in|during|over|for)\s+the\s+)?(?P<unit>days|weeks|months|years|hours|minutes)\s+(?:before|after|following|leading\s+up\s+to|preceding|since)\b")
def _unit_before(m):
    # An unquantified stretch next to an event: the extent is the unit word alone.
    unit = unit_of(m.group("unit"))
    if unit in ("hour", "minute") and re.search(
            r"\b(?:\w+ing|office|business|peak|school|man|flight|credit|contact|extra|overtime|happy|rush|daylight|"
            r"lost|billable|labou?r|work|early|late|wee|small)\s+$", m.string[max(0, m.start("unit") - 16):m.start("unit")], re.I):
        return None  # "hours before the deadline", "just minutes after"; not "opening hours before noon"
    return Mention(m.start("unit"), m.end("unit"), m.group("unit"), DURATION, Spec(fixed=duration_value(None, unit)))


@rule("<unit>-long  (a decades-long dispute, a day-long strike)", r"(?P<n>(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)-)?(?P<unit>hour|day|week|month|year|decade|centur(?:y|ie))(?P<pl>s)?-long")
def _unit_long(m):
    unit = unit_of(m.group("unit"))
    n = None if m.group("pl") else number_of(m.group("n")[:-1]) if m.group("n") else 1
    return _m(m, DURATION, Spec(fixed=duration_value(n, unit)))


# Sets.
_SET_ADVERBS = {"daily": ("P1D", None), "nightly": ("P1D", None), "weekly": ("P1W", None),
                "monthly": ("P1M", None), "quarterly": ("P3M", None), "annually": ("P1Y", None),
                "yearly": ("P1Y", None), "biweekly": ("P2W", None), "hourly": ("PT1H", None)}


@rule("daily/weekly/annually", rf"(?P<w>{_alt(_SET_ADVERBS)})")
def _set_adverb(m):
    return _m(m, SET, Spec(fixed=_SET_ADVERBS[m.group("w").lower()][0]))


@rule("every <unit>  (every day, each year, every Monday, every two weeks)",
      rf"(?P<q>every|each|per)\s+(?:(?P<n>{NUMWORD})\s+)?(?:(?P<wd>{WEEKDAY})|(?P<season>{SEASON})|(?P<part>morning|afternoon|evening)\b|(?P<unit>{UNIT})|(?P<mon>{MONTH}))")
def _every(m):
    quant = m.group("q").upper()
    if quant == "PER":
        quant = None
    part = m.group("part") or (m.group("unit") if (m.group("unit") or "").lower() == "night" else None)
    if part:
        # "every night", "each morning": that part of every day, as "every Monday" is that day
        # of every week.
        if m.group("n") or not quant:
            return None
        return _m(m, SET, Spec(fixed=f"XXXX-XX-XXT{lx.PARTS_OF_DAY[part.lower()]}"), quant=quant)
    if m.group("mon"):
        # "each July": a month of every year.
        if m.group("n") or not m.group("mon")[0].isupper():
            return None
        return _m(m, SET, Spec(fixed=f"XXXX-{month_of(m.group('mon')):02d}"), quant=quant or "EACH")
    if m.group("wd"):
        return _m(m, SET, Spec(fixed=f"XXXX-WXX-{weekday_of(m.group('wd'))}"), quant=quant or "EACH")
    if m.group("season"):
        return _m(m, SET, Spec(fixed=f"XXXX-{lx.SEASONS[m.group('season').lower()]}"), quant=quant or "EACH")
    unit = unit_of(m.group("unit"))
    if unit == "weekend" and not m.group("n") and not m.group("unit").lower().endswith("s"):
        # "every weekend": the weekend of every week, as "every Monday"
        return _m(m, SET, Spec(fixed="XXXX-WXX-WE"), quant=quant)
    n = number_of(m.group("n")) if m.group("n") else 1
    return _m(m, SET, Spec(fixed=duration_value(n, unit)), quant=quant)


@rule("<k> times a <unit>  (twice a year, three times a week, twice every 15 seconds)",
      rf"(?P<k>once|twice|thrice|{NUMWORD}\s+times)\s+(?:a|an|per|each|(?P<every>every)(?:\s+(?P<n>{NUMWORD}))?)\s+(?P<unit>{UNIT})")
def _times_per(m):
    k = m.group("k").lower()
    count = {"once": 1, "twice": 2, "thrice": 3}.get(k) or number_of(k.replace(" times", ""))
    unit = unit_of(m.group("unit"))
    n = number_of(m.group("n")) if m.group("n") else 1
    if unit == "night":
        unit = "day"  # "twice a night": twice a day, at night
    if n is None:
        return None
    return _m(m, SET, Spec(fixed=duration_value(n, unit)), quant="EVERY" if m.group("every") else None, freq=f"{count or 'X'}X")


_LONGER = {"day": ("week", "month", "year"), "night": ("week", "month", "year"), "week": ("month", "year"), "month": ("year",)}


@rule("<n> days a week  (five days a week, two nights a month, six months a year)",
      rf"(?P<k>{NUMWORD})\s+(?P<u1>days|nights|weeks|months)\s+(?:a|an|per|each)\s+(?P<u2>week|month|year)")
def _days_per(m):
    # On so many of the days of every week: how often, as "three times a week".  ("24 hours
    # a day" is an amount of time in each day, a rate.)
    k = number_of(m.group("k"))
    if unit_of(m.group("u2")) not in _LONGER[unit_of(m.group("u1"))] or k is None or k < 2:
        return None
    return _m(m, SET, Spec(fixed=duration_value(1, unit_of(m.group("u2")))), freq=f"{k}X")


# Times of day.
@rule("clock time [on <day>]  (3 p.m. EST, 10:30 a.m., midnight)", rf"(?:(?P<pre>at|about|around|by|before|after|until|from)\s+)?(?P<clock>{CLOCK})")
def _clock(m):
    text = m.group("clock")
    low = text.lower()
    zone = re.search(ZONE, text)
    if low.startswith(("noon", "midday")):
        hour, minute = 12, 0
    elif low.startswith("midnight"):
        hour, minute = 24, 0
    else:
        hm = re.match(r"(\d{1,2})(?:[:.](\d\d)|(?<=\d\d)(\d\d)(?=\s))?", text)
        hour, minute = int(hm.group(1)), int(hm.group(2) or hm.group(3) or 0)
        if not re.search(r"[ap]\.?m", low):
            # A 24-hour time needs a preposition or a zone ("at 20:40", "19:40 BST",
            # "1100 GMT"); "2:03" alone may be a score or a race time.
            if not (m.group("pre") or zone) or hour > 23 or minute > 59:
                return None
        else:
            if hour > 12 or hour == 0:
                return None
            # The meridiem alone says which half of the day: not a "p" of the zone ("10 a.m.
            # PDT" is 10:00), and "12:40 a.m." is 00:40 whether or not a space comes first.
            meridiem = re.search(r"\d\s*([ap])\.?m", low).group(1)
            if meridiem == "p" and hour != 12:
                hour += 12
            if meridiem == "a" and hour == 12:
                hour = 0
    pre = (m.group("pre") or "").lower()
    mod = "APPROX" if pre in ("about", "around") else None
    spec = Spec("reference", unit="day", offset=0, hour=hour, minute=minute, zone=zone.group() if zone else None)
    # "about 3 p.m.": the qualifier is part of the extent, as with durations; "at" is not.
    return _m(m, TIME, spec, mod, group=0 if mod else "clock")


@rule("clock time <day>  (9 a.m. Tuesday, 4 a.m. EDT Thursday, 10 p.m. yesterday)",
      rf"(?P<clock>{CLOCK})(?:\s*\([^()]{{1,24}}\))?\s*,?\s+(?:on\s+)?(?P<day>(?P<wd>{WEEKDAY})|today|yesterday|tomorrow|(?P<mon>{MONTH})\s+(?P<dnum>{DAYNUM})(?:,?\s+(?P<year>{YEAR4}))?)")
def _clock_day(m):
    clock = _clock(re.match(rf"(?P<pre>at)?\s*(?P<clock>{CLOCK})", "at " + m.group("clock")))
    if clock is None:
        return None
    c = clock.spec
    if m.group("mon"):
        year = _year(m.group("year"))
        spec = Spec("absolute" if year else "tense", year=year, month=month_of(m.group("mon")), day=day_of(m.group("dnum")),
                    hour=c.hour, minute=c.minute, zone=c.zone)
    elif m.group("wd"):
        if not m.group("wd")[0].isupper():
            return None
        spec = Spec("tense", weekday=weekday_of(m.group("wd")), hour=c.hour, minute=c.minute, zone=c.zone)
    else:
        spec = Spec("reference", unit="day", offset=_DEICTIC_DAYS[m.group("day").lower()], hour=c.hour, minute=c.minute, zone=c.zone)
    return _m(m, TIME, spec)


# Holidays.
@rule("holiday  (Christmas, Thanksgiving Day)",
      rf"(?P<h>{_alt(k for k in list(lx.FIXED_HOLIDAYS) + list(lx.NTH_WEEKDAY_HOLIDAYS))})(?:\s+(?P<year>{YEAR4}))?")
def _holiday(m):
    name = m.group("h").lower()
    if not m.group("h")[0].isupper():
        return None
    if name in lx.FIXED_HOLIDAYS:
        holiday = ("fixed",) + lx.FIXED_HOLIDAYS[name]
    else:
        holiday = ("nth",) + lx.NTH_WEEKDAY_HOLIDAYS[name]
    year = _year(m.group("year"))
    return _m(m, DATE, Spec("absolute" if year else "tense", year=year, holiday=holiday))


# Times with no calendar position.
# Words left out on purpose: TBAQ's annotators tag "soon", "previously", "recent", bare "future",
# "shortly" and "formerly" in a minority of their uses, so tagging them costs more than it finds.
_REFS = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF",
    "at present": "PRESENT_REF", "presently": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF", "at the moment": "PRESENT_REF", "at this time": "PRESENT_REF",
    "then current": "PAST_REF", "then-current": "PAST_REF",  # "the then current price": current at a past time
    "recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF", "in the past": "PAST_REF",
    "recent years": "PAST_REF", "recent months": "PAST_REF", "recent weeks": "PAST_REF", "recent days": "PAST_REF",
    "years ago": "PAST_REF", "months ago": "PAST_REF",
    "the future": "FUTURE_REF", "in the future": "FUTURE_REF", "the near future": "FUTURE_REF",
    "the near term": "FUTURE_REF", "the short term": "FUTURE_REF", "the long term": "FUTURE_REF",
}


@rule("now / recently / the future", rf"(?P<w>{_alt(_REFS)})")
def _ref(m):
    word = m.group("w").lower()
    value = _REFS[word]
    start = m.start()
    if word.startswith("in the"):
        start += 3
    return Mention(start, m.end(), m.string[start:m.end()], DATE, Spec(fixed=value))


# --- applying the grammar ----------------------------------------------------------------------

# The four characters that case-insensitive Unicode matching equates with ASCII letters
# ("\u017feptember" matches "september", the Kelvin sign "k").  The rules' word lists hold
# only ASCII letters, so the rules run on a copy of the text where these four are those
# letters: the same length, so the same offsets.
_ASCII_LOOKALIKES = str.maketrans({"\u0130": "I", "\u0131": "i", "\u017f": "s", "\u212a": "K"})


def scan(text: str, *, prefilter: bool = True) -> list[Mention]:
    """Every rule over the text; overlaps settled longest-first, then leftmost.

    `prefilter` runs each rule only around the literal words its pattern needs
    (`timeline_api.prefilter`, derived from the patterns): the same matches.
    """
    from .prefilter import Scanner

    matched = text.translate(_ASCII_LOOKALIKES)
    finditer = Scanner(matched).finditer if prefilter else (lambda pattern: pattern.finditer(matched))
    found: list[Mention] = []
    for r in RULES:
        for match in finditer(r.pattern):
            mention = r.produce(match)
            if mention is not None and mention.end_char > mention.start_char:
                if not mention.rule:
                    mention.rule = r.name
                mention.text = text[mention.start_char:mention.end_char]  # the original's letters
                found.append(mention)
    found.sort(key=lambda x: (-(x.end_char - x.start_char), x.start_char))
    taken: list[Mention] = []
    occupied = bytearray(len(text) + 1)
    for mention in found:
        if any(occupied[mention.start_char:mention.end_char]):
            continue
        occupied[mention.start_char:mention.end_char] = b"\x01" * (mention.end_char - mention.start_char)
        taken.append(mention)
    taken.sort(key=lambda x: x.start_char)
    return _days_from(taken, text)


_DAY_BEFORE = re.compile(r"the\s+day\s+(before|after)", re.IGNORECASE)


def _days_from(mentions: list[Mention], text: str) -> list[Mention]:
    """"the day before" + a named day is one expression, a day from that one ("the day
    before last Tuesday's hearing", "the day after Christmas")."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and m.type == DATE and not m.end_spec and m.spec.days == 0 \
                and (m.spec.weekday is not None or m.spec.day is not None or m.spec.holiday) \
                and text[prev.end_char:m.start_char] == " " and _DAY_BEFORE.fullmatch(prev.text):
            days = -1 if prev.text.lower().endswith("before") else 1
            out[-1] = Mention(prev.start_char, m.end_char, text[prev.start_char:m.end_char], DATE,
                              replace(m.spec, days=days), m.mod, prev.rule)
            continue
        out.append(m)
    return out


CANDIDATES = "timeline_api.candidates"  # where a caller that already scanned the text leaves the result


def find(doc) -> list[Mention]:
    """Temporal expressions of a parsed document, in document order."""
    from .filters import keep

    text = doc.text
    candidates = doc.user_data.get(CANDIDATES)
    if candidates is None:
        candidates = scan(text)
    return [m for m in (keep(doc, m, text) for m in candidates) if m is not None]
