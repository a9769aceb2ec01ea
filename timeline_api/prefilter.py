"""Runs a grammar rule only where its literal anchors occur, with the same matches.

`recognize.scan` runs every rule of the grammar over the whole text.  Python's
`re` cannot skip ahead in those patterns (each starts with a look-behind and
optional words), so it tries the pattern at every character: about 70 passes
over the text, and most of them find nothing.

A rule's pattern, read with the regular-expression parser itself
(`re._parser`), tells two things without any list kept by hand:

* its *anchors*: literal strings one of which every match must contain (the
  month names of a `<month> <day>` rule, "ago", "later", ... of "<n> <unit>
  ago");
* its *reach*: how many characters past its start a match attempt can read,
  a number once the longest run of white space and of word characters in the
  text is known (a `\\s+` reads no more than the longest run of white space).

So a match that contains an anchor found at offset `a` starts in `[a - reach,
a]`.  `finditer` looks for the anchors first (fast: a plain alternation of
literals over the lower-cased text), and runs the rule only over those
stretches, with `pattern.finditer(text, pos, endpos)`: the look-behinds see
the real text before `pos`, and `endpos` lies a reach beyond the last start
tried, so every attempt reads exactly what it reads in the whole text; a match
found past the stretch is dropped (the truncation may have made it).  Matches
come out in the same order as `pattern.finditer(text)` gives them, and are the
same matches (same `string`, same groups).

Whatever the analysis does not understand runs as before, over the whole text:
a rule with no anchor, a repeat that is unbounded for another reason than a
run of one class of characters, a pattern that can match the empty string; and
a text that holds a non-ASCII character the rules' case-insensitive matching
equates with an ASCII letter ("ſ" with "s", the Kelvin sign with "k": the
lower-cased text would hide the anchor), or a run of white space or word
characters longer than `MAX_RUN`.  `tests/test_fastpath.py` compares the two
over the TBAQ documents and the seed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator, Optional

from re import _constants as C  # noqa: the parser's opcodes
from re import _parser

MAX_RUN = 128        # longer runs of white space or word characters: the plain scan
_RUN_LEVELS = (2, 4, 8, 16, 32, 64, MAX_RUN)
_MERGE_GAP = 64      # stretches closer than this are searched as one
_SLACK = 16          # characters read past the reach, to be safe (a failing read, \b)
_MAX_CLASS_ANCHOR = 10  # a character class of at most this many characters can be part of an anchor

# A non-ASCII character that a case-insensitive pattern matches with an ASCII letter.
_FOLDS_TO_ASCII = re.compile(r"[^\x00-\x7f](?<=(?i:[a-z]))")
_SPACE_RUNS = {k: re.compile(r"\s{%d}" % (k + 1)) for k in _RUN_LEVELS}
_WORD_RUNS = {k: re.compile(r"\w{%d}" % (k + 1)) for k in _RUN_LEVELS}
_WORD = re.compile(r"\w").fullmatch
_SPACE = re.compile(r"\s").fullmatch


@dataclass(frozen=True)
class Analysis:
    """What `finditer` needs to know of one compiled pattern."""

    anchors: Optional[re.Pattern]  # over the lower-cased text; None: run the pattern over the whole text
    strings: tuple[str, ...] = ()  # the anchor strings, for the record
    reach: tuple[int, int, int] = (0, 0, 0)  # characters read: fixed + per white-space run + per word run
    before: tuple[int, int, int] = (0, 0, 0)  # how far past the start of a match its first anchor may begin


_analyses: dict = {}


def analyse(pattern: re.Pattern) -> Analysis:
    """The anchors and reach of `pattern` (cached per pattern)."""
    found = _analyses.get(pattern)
    if found is None:
        found = _analyses[pattern] = _analyse(pattern)
    return found


def _analyse(pattern: re.Pattern) -> Analysis:
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # another parser than the one that compiled it: run it plainly
        return Analysis(None)
    if tree.getwidth()[0] == 0:
        return Analysis(None)  # could match the empty string: finditer's rules for that are not reproduced
    reach = _reach(tree.data)
    required = _required(tree.data)
    if reach is None or not required:
        return Analysis(None)
    strings = tuple(sorted(required[0], key=lambda s: (-len(s), s)))
    return Analysis(_anchor_pattern(strings), strings, reach, required[1])


_anchor_patterns: dict = {}


def _anchor_pattern(strings: tuple[str, ...]) -> re.Pattern:
    """One compiled alternation per set of strings, so that rules with the same anchors share
    their search (`Scanner` keeps what it found per pattern)."""
    found = _anchor_patterns.get(strings)
    if found is None:
        found = _anchor_patterns[strings] = re.compile("|".join(re.escape(s) for s in strings))
    return found


# --- reading the parsed pattern ----------------------------------------------------------------

_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)


def _add(a, b):
    return tuple(x + y for x, y in zip(a, b))


def _reach(items) -> Optional[tuple[int, int, int]]:
    """Upper bound of the characters a match attempt of `items` reads from where it starts,
    as (fixed, white-space runs, word runs); None when unbounded."""
    total = (0, 0, 0)
    for op, av in items:
        if op in (C.LITERAL, C.NOT_LITERAL, C.IN, C.ANY, C.AT):
            part = (1, 0, 0)  # \b reads the next character
        elif op is C.SUBPATTERN:
            part = _reach(av[3])
        elif op is C.ATOMIC_GROUP:
            part = _reach(av)
        elif op is C.BRANCH:
            parts = [_reach(alt) for alt in av[1]]
            if any(p is None for p in parts):
                return None
            part = tuple(max(p[k] for p in parts) for k in range(3))
        elif op in (C.ASSERT, C.ASSERT_NOT):
            # A look-ahead reads on from here; a look-behind reads what lies before.
            part = _reach(av[1]) if av[0] >= 0 else (0, 0, 0)
        elif op in _REPEATS:
            low, high, body = av
            if high != C.MAXREPEAT:
                inner = _reach(body)
                part = None if inner is None else tuple(x * high for x in inner)
            else:
                kind = _run_kind(body)
                part = None if kind is None else (1, 1, 0) if kind == "s" else (1, 0, 1)
        else:
            return None  # back-references, conditionals: not understood
        if part is None:
            return None
        total = _add(total, part)
    return total


def _run_kind(body) -> Optional[str]:
    """'s' when `body` is one character of white space, 'w' one word character; else None."""
    if len(body) != 1:
        return None
    op, av = body[0]
    members = av if op is C.IN else [(op, av)] if op is C.LITERAL else None
    if members is None:
        return None
    kinds = set()
    for kind, value in members:
        if kind is C.CATEGORY:
            kinds.add({C.CATEGORY_SPACE: "s", C.CATEGORY_DIGIT: "w", C.CATEGORY_WORD: "w"}.get(value, "?"))
        elif kind is C.LITERAL:
            kinds.add(_char_kind(chr(value)))
        elif kind is C.RANGE and value[1] - value[0] < 256:
            kinds.update(_char_kind(chr(c)) for c in range(value[0], value[1] + 1))
        else:
            kinds.add("?")
    return kinds.pop() if len(kinds) == 1 and kinds <= {"s", "w"} else None


def _char_kind(ch: str) -> str:
    return "w" if _WORD(ch) else "s" if _SPACE(ch) else "?"


_MAX_FIXED = 64  # strings of a run of fixed items (literals, small classes) taken as anchors at most


def _required(items) -> Optional[tuple[frozenset[str], tuple[int, int, int]]]:
    """Lower-case ASCII strings one of which every match of `items` contains, and how far into
    the match (as a reach) the first of them may begin; the most selective set found (longest
    shortest string, then fewest strings, then nearest the start), or None."""
    options: list[tuple[frozenset[str], tuple[int, int, int]]] = []
    prefix: Optional[tuple[int, int, int]] = (0, 0, 0)  # the reach of the items before this one
    run: Optional[set[str]] = None  # the strings a run of fixed items matches, and where it began
    run_at = prefix

    def close():
        if run and "" not in run:
            options.append((frozenset(run), run_at))

    for item in items:
        fixed = _fixed(item)
        if fixed is not None and run is not None and len(run) * len(fixed) <= _MAX_FIXED:
            run = {a + b for a in run for b in fixed}
        else:
            close()
            run, run_at = (fixed, prefix) if fixed is not None and prefix is not None else (None, prefix)
        if fixed is None and prefix is not None:
            op, av = item
            inner = None
            if op is C.SUBPATTERN:
                inner = _required(av[3])
            elif op is C.ATOMIC_GROUP:
                inner = _required(av)
            elif op in _REPEATS and av[0] >= 1:
                inner = _required(av[2])
            elif op is C.BRANCH:
                alternatives = [_required(alt) for alt in av[1]]
                if all(alternatives):
                    inner = (frozenset().union(*(a[0] for a in alternatives)),
                             tuple(max(a[1][k] for a in alternatives) for k in range(3)))
            if inner is not None:
                options.append((inner[0], _add(prefix, inner[1])))
        step = _reach([item])
        prefix = None if prefix is None or step is None else _add(prefix, step)
    close()
    options = [_minimal(strings, at) for strings, at in options if strings and "" not in strings]
    if not options:
        return None
    return max(options, key=lambda o: (min(map(len, o[0])), -len(o[0]), -sum(o[1])))


def _fixed(item) -> Optional[set[str]]:
    """The strings `item` matches when they are few and known (lower-case ASCII), else None."""
    op, av = item
    if op is C.LITERAL:
        return {chr(av).lower()} if chr(av).isascii() else None
    if op is C.AT:
        return {""}
    if op is C.IN:
        chars = set()
        for kind, value in av:
            if kind is C.LITERAL:
                chars.add(chr(value))
            elif kind is C.RANGE and value[1] - value[0] < _MAX_CLASS_ANCHOR:
                chars.update(chr(c) for c in range(value[0], value[1] + 1))
            else:
                return None
        chars = {c.lower() for c in chars}
        return chars if all(c.isascii() for c in chars) and len(chars) <= _MAX_CLASS_ANCHOR else None
    if op is C.SUBPATTERN:
        strings = {""}
        for inner in av[3]:
            fixed = _fixed(inner)
            if fixed is None or len(strings) * len(fixed) > _MAX_FIXED:
                return None
            strings = {a + b for a in strings for b in fixed}
        return strings
    if op is C.BRANCH:
        strings = set()
        for alt in av[1]:
            fixed = _fixed((C.SUBPATTERN, (None, 0, 0, alt)))
            if fixed is None:
                return None
            strings |= fixed
        return strings if len(strings) <= _MAX_FIXED else None
    return None


def _minimal(strings: frozenset[str], at: tuple[int, int, int]) -> tuple[frozenset[str], tuple[int, int, int]]:
    """Drop each string that contains another of the set: finding the shorter one finds it too,
    that many characters further on ("the past" in "in the past"), which `at` then allows for."""
    kept = frozenset(s for s in strings if not any(t != s and t in s for t in strings))
    further = max((min(s.find(t) for t in kept if t in s) for s in strings - kept), default=0)
    return kept, (at[0] + further, at[1], at[2])


# --- scanning a text -----------------------------------------------------------------------------

class Scanner:
    """One text, ready for `finditer` of each rule."""

    def __init__(self, text: str):
        self.text = text
        self.lowered = _lowered(text)
        self.space_run = self.word_run = MAX_RUN
        self._found: dict = {}
        if self.lowered is not None:
            self.space_run = _longest(text, _SPACE_RUNS)
            self.word_run = _longest(text, _WORD_RUNS)
            if self.space_run is None or self.word_run is None:
                self.lowered = None

    @property
    def filtered(self) -> bool:
        """Whether rules run only around their anchors (else: over the whole text)."""
        return self.lowered is not None

    def finditer(self, pattern: re.Pattern) -> Iterator[re.Match]:
        """`pattern.finditer(self.text)`, the same matches in the same order."""
        analysis = analyse(pattern) if self.lowered is not None else None
        if analysis is None or analysis.anchors is None:
            yield from pattern.finditer(self.text)
            return
        reach, before = self._chars(analysis.reach), self._chars(analysis.before)
        text, end = self.text, len(self.text)
        pos = 0
        for lo, hi in _stretches(self._anchors(analysis.anchors), before):
            start = max(lo, pos)
            if start > hi:
                continue
            for match in pattern.finditer(text, start, min(end, hi + reach + _SLACK)):
                if match.start() > hi:
                    break  # past the starts this stretch answers for (and perhaps cut short)
                yield match
                pos = match.end()


    def _chars(self, form: tuple[int, int, int]) -> int:
        fixed, spaces, words = form
        return fixed + spaces * (self.space_run + 1) + words * (self.word_run + 1)

    def _anchors(self, anchors: re.Pattern) -> list[tuple[int, int]]:
        """Where `anchors` occur in the lower-cased text (searched once per text)."""
        found = self._found.get(anchors)
        if found is None:
            found = self._found[anchors] = [m.span() for m in anchors.finditer(self.lowered)]
        return found


def _stretches(anchors: list[tuple[int, int]], before: int) -> Iterator[tuple[int, int]]:
    """Ranges [lo, hi] of start offsets that cover every match holding an anchor.

    A match whose first anchor is found at [a, b) starts in [a - before, a];
    one whose anchor begins inside another found (the search does not report
    overlaps) starts before b.
    """
    lo = hi = None
    for a, b in anchors:
        a_lo, a_hi = max(0, a - before), b
        if hi is not None and a_lo <= hi + _MERGE_GAP:
            hi = a_hi
            continue
        if hi is not None:
            yield lo, hi
        lo, hi = a_lo, a_hi
    if hi is not None:
        yield lo, hi


def _lowered(text: str) -> Optional[str]:
    """`text` with ASCII capitals in lower case, offsets unchanged; None when an anchor
    could hide from it (a non-ASCII character matching an ASCII letter, ignoring case)."""
    if text.isascii():
        return text.lower()
    if _FOLDS_TO_ASCII.search(text):
        return None
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else text.translate(_ASCII_LOWER)


_ASCII_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}


def _longest(text: str, runs: dict) -> Optional[int]:
    """The smallest level no run of the class exceeds; None above `MAX_RUN`."""
    for level in _RUN_LEVELS:
        if not runs[level].search(text):
            return level
    return None
