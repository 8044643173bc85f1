"""Finds the article's actors (people, governments, forces, bodies) and their mentions."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from claimwire.nlp import extensions as ext

__all__ = ["EntityLinker"]


class EntityLinker:
    """Finds the article's actors (people, governments, forces, bodies) and their mentions."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        ext.entities(doc)
        return doc


@Language.factory("claimwire_entities")
def make_entities(nlp: Language, name: str) -> EntityLinker:
    return EntityLinker(nlp, name)
