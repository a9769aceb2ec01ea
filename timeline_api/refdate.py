"""Chooses the reference date relative expressions resolve against.

The caller's date wins.  Without one, the text may carry it: a dateline
("WASHINGTON, March 22, 2013 --") or, failing that, the latest fully specified
date the article mentions.  Failing both, today's date is used, and the
returned source says which of these happened: nothing is silently assumed.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Optional

from .model import REF_DATELINE, REF_LATEST, REF_REQUEST, REF_TODAY, Mention

# What may precede a dateline's date: a place in capitals, an agency, commas.
_DATELINE_PREFIX = re.compile(
    r"^[\s\"'(]*(?:[A-Z][A-Za-z.'-]*(?:[ ,]+[A-Z][A-Za-z.'-]*)*)?[ ,]*(?:\([A-Za-z. ]+\))?[ ,]*(?:[-–—_:|][ ]*)?$"
)
_DATELINE_SUFFIX = re.compile(r"^\s*(?:\([A-Za-z. ]+\)\s*)?(?:--|—|–|-|:|\n|/|\|)")
_DATELINE_WINDOW = 200


def _full_date(m: Mention) -> Optional[date]:
    s = m.spec
    if s.anchor != "absolute" or m.end_spec is not None or None in (s.year, s.month, s.day):
        return None
    try:
        return date(s.year, s.month, s.day)
    except ValueError:
        return None


def choose(text: str, mentions: list[Mention], requested: Optional[date], today: Optional[date] = None) -> tuple[date, str]:
    if requested is not None:
        return requested, REF_REQUEST
    for m in mentions:
        if m.start_char > _DATELINE_WINDOW:
            break
        d = _full_date(m)
        if d and _DATELINE_PREFIX.match(text[:m.start_char].splitlines()[-1] if text[:m.start_char].strip() else "") \
                and _DATELINE_SUFFIX.match(text[m.end_char:m.end_char + 20]):
            return d, REF_DATELINE
    explicit = [d for d in (_full_date(m) for m in mentions) if d]
    if explicit:
        return max(explicit), REF_LATEST
    return today or date.today(), REF_TODAY
