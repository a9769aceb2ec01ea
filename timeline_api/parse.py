"""Parses only what can hold a dated event.

The grammar (`recognize.scan`) is regular expressions over the raw text, so it
can tell before spaCy runs which sentences hold a candidate expression.  Only
those need tags, a dependency parse and entities: the negative rules
(`filters`), the tense reading (`context`) and the event stage (`events`) all
look at the sentence around an expression.  The other sentences are only
tokenized.

The text is tokenized once, as a whole; runs of candidate sentences go through
the pipeline (all of them in one `nlp.pipe` stream), and their annotations are
copied into the tokenized whole.  The result is one `Doc` whose text is the
input text, so every character offset stays valid downstream.

Parsing a run on its own gives the same annotations as parsing the whole text
because (1) the pipeline marks punctuation sentence starts before its parser
(`timeline_api.sentences`) and a run begins and ends at one of them, so the
parser starts and ends its sentences there either way; and (2) the window
given to spaCy reaches `MARGIN` tokens into the neighbouring sentences, as far
as the pipeline's convolutional encoders (4 layers of window 1) look, and is
cut where white space is, so it is tokenized as in the whole text.  In the
tokenized runs, sentences start where `sentences` says, so `span.sent` never
runs on into them.

`TIMELINE_API_FAST_PATH=0` turns the fast path off (`enabled()`) and the whole
text is parsed; the benchmark and the accuracy comparison run both.
"""
from __future__ import annotations

import bisect
import os
from itertools import islice
from dataclasses import dataclass
from typing import Iterable, Iterator, Sequence

from spacy.attrs import DEP, ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE, HEAD, LEMMA, MORPH, NORM, POS, SENT_START, TAG
from spacy.tokens import Doc

from . import recognize
from .nlp import get_nlp
from .sentences import sentence_starts

ENV_VAR = "TIMELINE_API_FAST_PATH"
BATCH_SIZE = 64
MARGIN = 4  # tokens of context either side of a parsed run: what the encoders see
# What the pipeline assigns, copied from a parsed window into the whole.
ANNOTATIONS = [NORM, TAG, POS, MORPH, LEMMA, HEAD, DEP, ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID]


def enabled(environ=None) -> bool:
    """Whether the fast path is on ($TIMELINE_API_FAST_PATH, default on)."""
    raw = (os.environ if environ is None else environ).get(ENV_VAR, "").strip().lower()
    if raw in ("", "1", "true", "yes", "on"):
        return True
    if raw in ("0", "false", "no", "off"):
        return False
    raise ValueError(f"{ENV_VAR} must be one of 1, true, yes, on, 0, false, no, off; got {raw!r}")


@dataclass(frozen=True)
class Piece:
    """Tokens [start, end) of the text, parsed or not; for a parsed piece, the
    wider window of tokens [window_start, window_end) given to spaCy."""

    start: int
    end: int
    parsed: bool
    window_start: int
    window_end: int


@dataclass(frozen=True)
class Plan:
    """A text, its tokens, and the pieces `parse` cuts it into."""

    text: str
    tokens: Doc
    pieces: tuple[Piece, ...]
    starts: tuple[int, ...]  # the punctuation sentence starts (token indices) the text was cut at
    candidates: tuple = ()   # the scan's mentions, handed on so that recognition need not scan again

    def char(self, i: int) -> int:
        """Character offset of token i (the end of the text for i == len(tokens))."""
        return self.tokens[i].idx if i < len(self.tokens) else len(self.text)

    def windows(self) -> Iterator[str]:
        for p in self.pieces:
            if p.parsed:
                yield self.text[self.char(p.window_start):self.char(p.window_end)]


def plan(text: str, tokens: Doc) -> Plan:
    """How `text` (tokenized as `tokens`) is cut up.

    A sentence is parsed when any part of a candidate temporal expression lies
    in it; consecutive parsed sentences form one piece, and so do consecutive
    unparsed ones.
    """
    starts = sentence_starts(tokens, text)
    candidates = tuple(recognize.scan(text))
    if not starts:
        return Plan(text, tokens, (), (), candidates)
    chars = [tokens[i].idx for i in starts]
    flagged = [False] * len(starts)
    for m in candidates:
        first = bisect.bisect_right(chars, m.start_char) - 1
        last = bisect.bisect_left(chars, m.end_char) - 1
        for k in range(max(first, 0), last + 1):
            flagged[k] = True
    pieces = []
    bounds = starts + [len(tokens)]
    k = 0
    while k < len(starts):
        j = k
        while j + 1 < len(starts) and flagged[j + 1] == flagged[k]:
            j += 1
        lo, hi = bounds[k], bounds[j + 1]
        if flagged[k]:
            window = _chunk_start(tokens, max(0, lo - MARGIN)), _chunk_end(tokens, min(len(tokens), hi + MARGIN))
        else:
            window = lo, hi
        pieces.append(Piece(lo, hi, flagged[k], *window))
        k = j + 1
    return Plan(text, tokens, tuple(pieces), tuple(starts), candidates)


def _chunk_start(tokens: Doc, i: int) -> int:
    """`i`, or the start of the white-space delimited chunk token i is in."""
    while i > 0 and not tokens[i - 1].whitespace_ and not tokens[i - 1].is_space and not tokens[i].is_space:
        i -= 1
    return i


def _chunk_end(tokens: Doc, i: int) -> int:
    """`i`, or the end of the white-space delimited chunk token i - 1 is in."""
    while i < len(tokens) and not tokens[i - 1].whitespace_ and not tokens[i - 1].is_space \
            and not tokens[i].is_space:
        i += 1
    return i


def parse(text: str, *, disable: Sequence[str] = ()) -> Doc:
    """`text` as one `Doc`, parsed only in the sentences that hold a candidate expression."""
    return next(parse_many([text], disable=disable))


def parse_many(texts: Iterable[str], *, disable: Sequence[str] = (), batch_size: int = BATCH_SIZE) -> Iterator[Doc]:
    """`parse` of each text, in order; the windows of `batch_size` texts at a time go through
    one `nlp.pipe`, so that the first documents come out before the last are planned."""
    nlp = get_nlp()
    texts = iter(texts)
    while chunk := list(islice(texts, batch_size)):
        plans = [plan(text, nlp.make_doc(text)) for text in chunk]
        windows = nlp.pipe((w for p in plans for w in p.windows()), disable=list(disable), batch_size=batch_size)
        for p in plans:
            doc = _assemble(p, windows)
            doc.user_data[recognize.CANDIDATES] = p.candidates
            yield doc


def _assemble(p: Plan, windows: Iterator[Doc]) -> Doc:
    """The tokenized text of `p` with the annotations of its parsed windows copied in."""
    doc = p.tokens
    parsed = [(piece, next(windows)) for piece in p.pieces if piece.parsed]
    if len(p.pieces) == 1 and parsed:
        return parsed[0][1]  # every sentence holds a candidate: the window is the whole text
    if any(len(window) != piece.window_end - piece.window_start for piece, window in parsed):
        return get_nlp()(p.text)  # a window tokenized otherwise than the whole: parse the whole
    if parsed:
        array = doc.to_array(ANNOTATIONS)
        for piece, window in parsed:
            offset = piece.start - piece.window_start
            array[piece.start:piece.end] = window.to_array(ANNOTATIONS)[offset:offset + piece.end - piece.start]
        doc.from_array(ANNOTATIONS, array)
    # Sentence starts: the parse's in the parsed pieces, the punctuation's in the others.
    starts = doc.to_array([SENT_START]).view("int64")
    for piece in p.pieces:
        if not piece.parsed:
            starts[piece.start:piece.end] = -1
            marked = p.starts[bisect.bisect_left(p.starts, piece.start):bisect.bisect_left(p.starts, piece.end)]
            starts[list(marked)] = 1
    doc.from_array([SENT_START], starts.view("uint64"))
    return doc
