"""The texts every measurement runs on: the seed article, the TBAQ documents,
and one long document made by concatenating them.

Words are white-space separated tokens (`len(text.split())`), the same count
for every engine measured.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Optional

from timeline_api.evaluation.corpora import tbaq_dir
from timeline_api.evaluation.timeml_reader import read_file

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_80730a41bac3fa77.txt"
SEED_REFERENCE_DATE = date(2021, 12, 16)

Item = tuple[str, Optional[date]]


@dataclass(frozen=True)
class TextSet:
    name: str
    items: tuple[Item, ...]

    @property
    def texts(self) -> list[str]:
        return [text for text, _ in self.items]

    @property
    def words(self) -> int:
        return sum(words(text) for text, _ in self.items)


def words(text: str) -> int:
    return len(text.split())


def seed() -> TextSet:
    return TextSet("seed article", ((SEED.read_text(encoding="utf-8"), SEED_REFERENCE_DATE),))


def tbaq(limit: Optional[int] = None) -> Optional[TextSet]:
    """The TEXT of every TBAQ document with its creation date, or None where the corpus is absent."""
    files = sorted(tbaq_dir().rglob("*.tml"))[:limit]
    if not files:
        return None
    docs = [read_file(path) for path in files]
    return TextSet("TBAQ documents", tuple((d.text, d.dct) for d in docs))


def concatenated(parts: list[TextSet], name: str = "long document") -> TextSet:
    """One document made of every text of `parts`, a blank line between them."""
    return TextSet(name, (("\n\n".join(text for p in parts for text in p.texts), None),))


def standard(limit: Optional[int] = None) -> tuple[list[TextSet], Optional[str]]:
    """The seed, TBAQ and the long document; and a note when TBAQ is missing."""
    s = seed()
    corpus = tbaq(limit)
    if corpus is None:
        note = (f"TBAQ not found under {tbaq_dir()} (set TIMELINE_API_CORPORA): measuring the seed article "
                "only, and a long document of the seed repeated 64 times")
        return [s, concatenated([s] * 64)], note
    return [s, corpus, concatenated([corpus, s])], None


def of_length(source: str, n_words: int) -> str:
    """The first `n_words` words of `source` repeated as often as needed, white space kept."""
    spans = [m.start() for m in re.finditer(r"\S+", source)]
    total = len(spans)
    if not total:
        raise ValueError("no words in the source text")
    copies = -(-n_words // total)
    text = "\n\n".join([source] * copies)
    cut = [m.end() for m in re.finditer(r"\S+", text)][n_words - 1]
    return text[:cut]
