"""Finds attributions (claims), their flags, and responses to them."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from claimwire.nlp import extensions as ext

__all__ = ["AttributionExtractor"]


class AttributionExtractor:
    """Finds attributions (claims), their flags, and responses to them."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        ext.claims(doc)
        return doc


@Language.factory("claimwire_attribution")
def make_attribution(nlp: Language, name: str) -> AttributionExtractor:
    return AttributionExtractor(nlp, name)
