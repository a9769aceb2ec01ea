"""Words the temporal grammar is built from: the knowledge, kept apart from the engine."""
from __future__ import annotations

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

WEEKDAYS = {
    "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
    "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5,
    "saturday": 6, "sat": 6, "sunday": 7, "sun": 7,
}

SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
# Month each season starts in (northern hemisphere, meteorological) and its length in months.
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

PARTS_OF_DAY = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    "midday": "MI", "noon": "MI", "tonight": "NI",
}

ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
# Quantities that are not numbers: the value keeps the count unspecified ("PXY").
VAGUE_QUANTITIES = ("several", "a few", "few", "many", "some", "a couple of", "couple of", "a number of")
ARTICLES = {"a": 1, "an": 1, "one": 1}

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22,
    "twenty-third": 23, "twenty-fourth": 24, "twenty-fifth": 25, "twenty-sixth": 26,
    "twenty-seventh": 27, "twenty-eighth": 28, "twenty-ninth": 29, "thirtieth": 30,
    "thirty-first": 31, "last": -1, "final": -1,
}

# Duration units: TIMEX3 letter, whether it sits after the "T", and the calendar grain.
UNITS = {
    "second": ("S", True, "time"), "sec": ("S", True, "time"),
    "minute": ("M", True, "time"), "min": ("M", True, "time"),
    "hour": ("H", True, "time"), "hr": ("H", True, "time"),
    "day": ("D", False, "day"), "night": ("D", False, "day"),
    "week": ("W", False, "week"), "weekend": ("WE", False, "week"), "fortnight": ("W", False, "week"),
    "month": ("M", False, "month"), "quarter": ("Q", False, "quarter"),
    "year": ("Y", False, "year"), "decade": ("DE", False, "decade"),
    "century": ("CE", False, "century"), "centurie": ("CE", False, "century"),
    "millennium": ("ML", False, "century"), "millennia": ("ML", False, "century"),
}

# Words that turn a quantity of time into a bound ("more than three years").
QUANTITY_MODS = {
    "more than": "MORE_THAN", "over": "MORE_THAN", "longer than": "MORE_THAN",
    "less than": "LESS_THAN", "under": "LESS_THAN", "fewer than": "LESS_THAN",
    "nearly": "LESS_THAN", "almost": "LESS_THAN", "just under": "LESS_THAN",
    "at least": "EQUAL_OR_MORE", "up to": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS",
    "about": "APPROX", "around": "APPROX", "roughly": "APPROX", "approximately": "APPROX",
    "some": "APPROX", "nearly about": "APPROX",
}

# Position inside a span: "early February", "the end of 2021".
POSITION_MODS = {
    "early": "START", "earlier": "START", "the beginning of": "START", "the start of": "START",
    "the early part of": "START", "beginning of": "START", "start of": "START",
    "mid": "MID", "the middle of": "MID", "middle of": "MID", "mid-": "MID",
    "late": "END", "later": "END", "the end of": "END", "end of": "END", "the late part of": "END",
    "the latter part of": "END", "the close of": "END",
}

# Holidays on a fixed day of the year.
FIXED_HOLIDAYS = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "christmas": (12, 25),
    "christmas day": (12, 25), "christmas eve": (12, 24), "boxing day": (12, 26),
    "independence day": (7, 4), "valentine's day": (2, 14), "halloween": (10, 31),
    "veterans day": (11, 11), "armistice day": (11, 11), "may day": (5, 1),
    "bastille day": (7, 14), "st. patrick's day": (3, 17),
}
# Holidays on the nth weekday of a month: (month, weekday 1=Mon, n; -1 = last).
NTH_WEEKDAY_HOLIDAYS = {
    "thanksgiving": (11, 4, 4), "thanksgiving day": (11, 4, 4), "labor day": (9, 1, 1),
    "memorial day": (5, 1, -1), "martin luther king day": (1, 1, 3), "presidents day": (2, 1, 3),
    "presidents' day": (2, 1, 3), "mother's day": (5, 7, 2), "father's day": (6, 7, 3),
    "columbus day": (10, 1, 2),
}

# Nouns that name an event, for dates that modify a noun rather than a verb.
EVENT_NOUNS = frozenset("""
meeting summit talks talk visit call conference election elections vote referendum war attack
attacks strike strikes bombing crash accident earthquake quake storm hurricane flood fire
explosion shooting protest protests rally demonstration march trial hearing verdict sentencing
ruling decision announcement launch release agreement deal treaty pact accord signing ceremony
games olympics championship tournament cup match game race festival forum session summitry
negotiation negotiations discussion discussions dialogue interview speech address statement
report meeting merger acquisition takeover sale purchase deadline invasion offensive
operation exercise exercises drill drills patrol patrols flight flights test tests trip tour
inauguration coronation funeral wedding birth death arrest raid coup revolution uprising
crisis collapse recession default bankruptcy ipo debut premiere opening closing
visit videoconference conference-call phone-call consultation consultations briefing
""".split())
