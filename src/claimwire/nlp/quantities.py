"""Finds numbers that count or measure something, with bounds, unit and category."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from claimwire.nlp import extensions as ext

__all__ = ["QuantityExtractor"]


class QuantityExtractor:
    """Finds numbers that count or measure something, with bounds, unit and category."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        ext.quantities(doc)
        return doc


@Language.factory("claimwire_quantities")
def make_quantities(nlp: Language, name: str) -> QuantityExtractor:
    return QuantityExtractor(nlp, name)
