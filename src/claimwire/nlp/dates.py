"""Finds time expressions and resolves them against the publication date."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from claimwire.nlp import extensions as ext

__all__ = ["DateResolver"]


class DateResolver:
    """Finds time expressions and resolves them against the publication date."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        ext.dates(doc)
        return doc


@Language.factory("claimwire_dates")
def make_dates(nlp: Language, name: str) -> DateResolver:
    return DateResolver(nlp, name)
