"""What each part of the fast path buys: the parse stage alone, one change at a time.

All runs take turns on the same texts (the TBAQ documents, or the seed article
where TBAQ is absent), so the differences are measured in one run:

    whole text, stock pipeline      spaCy's pipeline as shipped, `nlp.pipe` over the texts
    whole text, our pipeline        plus `sentences.COMPONENT`, which marks punctuation
                                    sentence starts before the parser (the fast path needs it),
                                    and the attribute ruler and lemmatizer classes of `nlp.py`
    fast path                       `parse.parse_many`: only the windows around candidate
                                    sentences are parsed, in one `nlp.pipe` stream
    fast path, one text per call    `parse.parse` per text, as `pipeline.extract` does
    fast path, margin 8             twice the context either side of a parsed run
    fast path without NER           what dropping the entity recognizer would save (it
                                    changes results: the negative rules and the event
                                    stage read entities)
    planning only                   tokenizing, sentence starts and `recognize.scan`: the
                                    fast path's own overhead
    recognize.scan only             the candidate scan (handed on to `recognize.find`, so
                                    it runs once), with its prefilter (`timeline_api.prefilter`)
    recognize.scan, no prefilter    every rule over the whole text: what the prefilter saves
    fast path, spaCy's ruler and    the fast path with spaCy's own attribute ruler and
      lemmatizer                    lemmatizer instead of the table classes of `nlp.py`
"""
from __future__ import annotations

from .corpus import TextSet
from .timing import fmt, interleaved, table

WHOLE = "whole text, our pipeline"


def runs(texts: list[str], stock_nlp) -> dict:
    from timeline_api import parse, recognize
    from timeline_api.nlp import get_nlp

    nlp = get_nlp()

    def with_margin(margin: int):
        saved = parse.MARGIN
        parse.MARGIN = margin
        try:
            list(parse.parse_many(texts))
        finally:
            parse.MARGIN = saved

    spacys = _with_spacys_components()

    def with_spacys_components():
        saved = _swap_pipeline(spacys)
        try:
            list(parse.parse_many(texts))
        finally:
            _swap_pipeline(saved)

    return {
        "whole text, stock pipeline": lambda: list(stock_nlp.pipe(texts)),
        WHOLE: lambda: list(nlp.pipe(texts)),
        "fast path": lambda: list(parse.parse_many(texts)),
        "fast path, one text per call": lambda: [parse.parse(t) for t in texts],
        "fast path, margin 8": lambda: with_margin(8),
        "fast path, spaCy's ruler and lemmatizer": with_spacys_components,
        "fast path without NER": lambda: list(parse.parse_many(texts, disable=["ner"])),
        "planning only": lambda: [parse.plan(t, nlp.make_doc(t)) for t in texts],
        "recognize.scan only": lambda: [recognize.scan(t) for t in texts],
        "recognize.scan, no prefilter": lambda: [recognize.scan(t, prefilter=False) for t in texts],
    }


def _with_spacys_components():
    """Our pipeline loaded again, but with spaCy's own attribute ruler and lemmatizer classes."""
    from timeline_api import nlp as ours

    saved = ours.install_table_attribute_ruler, ours.install_table_lemmatizer
    ours.install_table_attribute_ruler = ours.install_table_lemmatizer = lambda component: False
    try:
        return ours._load(ours.model_name())
    finally:
        ours.install_table_attribute_ruler, ours.install_table_lemmatizer = saved


def _swap_pipeline(nlp):
    """Make `nlp` the pipeline `get_nlp()` returns; the one it returned before."""
    from timeline_api import nlp as ours

    name = ours.model_name()
    ours.get_nlp(name)
    saved, ours._loaded[name] = ours._loaded[name], nlp
    return saved


def parsed_share(texts: list[str]) -> float:
    """The share of tokens the fast path gives to spaCy (windows included)."""
    from timeline_api import parse
    from timeline_api.nlp import get_nlp

    nlp = get_nlp()
    total = parsed = 0
    for text in texts:
        p = parse.plan(text, nlp.make_doc(text))
        total += len(p.tokens)
        parsed += sum(piece.window_end - piece.window_start for piece in p.pieces if piece.parsed)
    return parsed / total if total else 0.0


def measure(texts: TextSet, stock_nlp, repeat: int, log=print) -> dict:
    log(f"  ablation: {texts.name} x{repeat}")
    fns = runs(texts.texts, stock_nlp)
    for fn in fns.values():  # warm
        fn()
    seconds = interleaved(fns, repeat)
    return {"texts": texts.name, "words": texts.words, "seconds": seconds, "parsed_share": parsed_share(texts.texts)}


def report(result: dict) -> str:
    words = result["words"]
    whole = result["seconds"][WHOLE]
    rows = [[name, fmt(sec, 2), fmt(sec * 1e6 / words, 1), f"{sec / whole:.2f}"]
            for name, sec in result["seconds"].items()]
    return (f"{result['texts']}, {words:,} words; the fast path gives "
            f"{100 * result['parsed_share']:.0f}% of the tokens to spaCy (margins included).\n\n"
            + table(["parse stage", "s (median)", "µs/word", f"÷ {WHOLE}"], rows))
