"""Finds PLOVER events with actors, place, date and modality."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from claimwire.nlp import extensions as ext

__all__ = ["EventExtractor"]


class EventExtractor:
    """Finds PLOVER events with actors, place, date and modality."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        ext.events(doc)
        return doc


@Language.factory("claimwire_events")
def make_events(nlp: Language, name: str) -> EventExtractor:
    return EventExtractor(nlp, name)
