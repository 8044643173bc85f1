"""Finds place mentions (gazetteer matcher plus NER) and resolves them to coordinates."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from claimwire.nlp import extensions as ext

__all__ = ["PlaceResolver"]


class PlaceResolver:
    """Finds place mentions and resolves them against the gazetteer."""

    def __init__(self, nlp: Language, name: str, gazetteer: str | None = None) -> None:
        self.name = name
        self.gazetteer_path = gazetteer

    def __call__(self, doc: Doc) -> Doc:
        ext.places(doc)
        return doc


@Language.factory("claimwire_places", default_config={"gazetteer": None})
def make_places(nlp: Language, name: str, gazetteer: str | None) -> PlaceResolver:
    return PlaceResolver(nlp, name, gazetteer)
