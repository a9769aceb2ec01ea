"""Evaluation against TimeML gold: reader, TempEval-3 style scorer, CLI command.

    timeline-api evaluate ../shared/corpora/tbaq
    python -m timeline_api.evaluation ../shared/corpora/tbaq

See docs/accuracy.md for what the figures mean.
"""
from __future__ import annotations

from .corpora import Corpus, default_corpus_dir, list_corpora, tbaq_dir
from .scoring import Counts, Evaluation, Mention, match, score_document, value_matches
from .timeml_reader import GoldEvent, GoldTimex, TimeMLDocument, TimeMLError, TLink, parse_string, read_file

__all__ = [
    "Corpus", "default_corpus_dir", "list_corpora", "tbaq_dir",
    "Counts", "Evaluation", "Mention", "match", "score_document", "value_matches",
    "GoldEvent", "GoldTimex", "TimeMLDocument", "TimeMLError", "TLink", "parse_string", "read_file",
]
