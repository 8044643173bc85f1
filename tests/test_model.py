"""The language model as claimwire loads it: its tokenizer keeps titles whole."""

from __future__ import annotations

import pytest
from spacy.language import Language

from claimwire.nlp.model import TITLE_ABBREVIATIONS
from pipeline_support import claims, only


@pytest.mark.parametrize("title", TITLE_ABBREVIATIONS)
def test_a_title_is_one_token(nlp: Language, title: str) -> None:
    assert [t.text for t in nlp.make_doc(f"{title} Ivanov spoke.")] == [
        title,
        "Ivanov",
        "spoke",
        ".",
    ]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Col. Oleh Ivanov, a spokesman for the brigade, said the town was under fire.",
            "Col. Oleh Ivanov, a spokesman for the brigade",
        ),
        (
            "9:30 p.m.\n\nTexas Lt. Gov. Dan Patrick says the border wall will be finished.",
            "Texas Lt. Gov. Dan Patrick",
        ),
    ],
)
def test_a_speaker_with_a_title_is_whole(nlp: Language, text: str, source: str) -> None:
    claim = only(claims(nlp, text), "said" if "said" in text else "says")
    assert claim.source is not None
    assert claim.source.text == source
