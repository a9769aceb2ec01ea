"""Sentence starts from punctuation, marked before the parser runs.

spaCy's small English parser places sentence boundaries itself, and it misses
some that punctuation makes plain: it runs "...in Dar es Salaam, Tanzania.\n\n
Officials in Tanzania..." together as one sentence.  This component marks the
starts that punctuation shows; the parser respects them and may add more.

It serves two purposes.  The sentence around a date (the event's context, the
verb whose tense resolves "on Wednesday") no longer reaches into the next
paragraph.  And a sentence's parse no longer depends on the sentences before
it, which is what lets `timeline_api.parse` parse a sentence on its own and
get the same result as parsing the whole article.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc

COMPONENT = "sentence_starts"

# A full stop, question or exclamation mark (not part of an ellipsis), any closing
# quotes or brackets written against it, white space, then a capital, a number or
# an opening quote: the next sentence starts there.
_BOUNDARY = re.compile(
    r"(?<![^\s\"'“‘(\[`])(?P<word>[^\s.!?]*)(?P<stop>\?!|!\?|[.!?])(?![.!?])[\"'”’)\]»]*\s+"
    r"(?=(?P<next>[A-Z0-9À-ÖØ-Þ\"'“‘`(\[«]))"
)
# A stop after one of these may end an abbreviation ("Capt.", "MO.", "p."), not a sentence.
_ABBREVIATION = re.compile(r"[A-Z][a-z]{0,3}|[A-Z]{1,3}|[a-z]")
# "a.m." / "p.m." keep their stop, but before a capital that does not go on with the time
# (a weekday, a month, a zone in capitals or words, "New York time", a holiday: "11 p.m.
# Christmas Eve", "8 p.m. Election Day") the stop ends the sentence too: "open until 9 p.m.
# Delgado will be sworn in ..." is two sentences; "at 9 p.m. Tuesday" is one.
_MERIDIEM_END = re.compile(
    r"\b[ap]\.m\.[\"'”’)\]]*\s+(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"|(?:[A-Z]{2,5}|Eastern|Central|Mountain|Pacific|Greenwich|Local|Christmas|Easter|Thanksgiving|Halloween"
    r"|New\s+Year|(?:[A-Z][a-z]+\s+)?Day|Eve)\b|\S+(?:\s+\S+){0,2}\s+[Tt]ime\b)"
    r"(?=(?P<next>[A-Z\"“‘]))")


def sentence_starts(tokens: Doc, text: str | None = None) -> list[int]:
    """Indices of the tokens that start a sentence, by punctuation alone (0 first).

    Conservative on purpose: a missed boundary costs nothing (the parser may
    still find it), a wrong one cuts a sentence in two.  So a start needs a
    stop the tokenizer split off as a token of its own (it keeps "vs.",
    "U.S." and "Inc." whole), not after a word that may be an abbreviation
    ("Capt", "MO"), and a capital, a number or an opening quote after it.
    Ellipses and blank lines are left to the parser.  `text` is
    `tokens.text`, when the caller has it at hand (spaCy joins it anew on
    every access).
    """
    if not len(tokens):
        return []
    offsets = tokens.to_array([IDX]).ravel().tolist()  # ascending: token i starts at offsets[i]

    def token_at(char: int) -> int:  # the token starting at `char`, or -1
        i = bisect_left(offsets, char)
        return i if i < len(offsets) and offsets[i] == char else -1

    starts = [0]
    for m in _BOUNDARY.finditer(tokens.text if text is None else text):
        if token_at(m.start("stop")) >= 0 and not _ABBREVIATION.fullmatch(m.group("word")):
            following = token_at(m.start("next"))
            if following >= 0:
                starts.append(following)
    for m in _MERIDIEM_END.finditer(tokens.text if text is None else text):
        following = token_at(m.start("next"))
        if following >= 0:
            starts.append(following)
    return sorted(set(starts))


@Language.component(COMPONENT, assigns=["token.is_sent_start"])
def mark_sentence_starts(doc: Doc) -> Doc:
    """Marks `sentence_starts`; leaves every other token for the parser to decide."""
    for i in sentence_starts(doc)[1:]:
        doc[i].is_sent_start = True
    return doc
