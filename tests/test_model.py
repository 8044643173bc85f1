"""The language model as claimwire loads it: its tokenizer keeps titles whole and splits
a closing quotation mark from the word glued to it."""

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


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ('closed,"Ana Ruiz', ["closed", ",", '"', "Ana", "Ruiz"]),
        ("closed.”Ana Ruiz", ["closed", ".", "”", "Ana", "Ruiz"]),
        # (an abbreviation and a lowercase word are left as they were)
        ('e.g.,"x"', ["e.g.", ',"x', '"']),
    ],
)
def test_a_quotation_mark_with_no_space_after_it_is_split(
    nlp: Language, text: str, tokens: list[str]
) -> None:
    assert [t.text for t in nlp.make_doc(text)] == tokens


def test_a_speaker_after_a_quote_with_no_space_is_found(nlp: Language) -> None:
    claim = only(
        claims(nlp, '"The port is closed,"Ana Ruiz, who chairs the port board, said.'), "said"
    )
    assert claim.speaker_name == "Ana Ruiz"
    assert claim.content.text == "The port is closed"


def test_a_sentence_ending_on_x_ends_there(nlp: Language) -> None:
    text = '"They are terrorists," Hegseth posted on X. He said more strikes would follow.'
    doc = nlp(text)
    assert [s.text for s in doc.sents][-1] == "He said more strikes would follow."
    found = claims(nlp, text)
    assert [(c.speaker_name, c.kind) for c in found] == [
        ("Pete Hegseth", "direct"),
        ("Pete Hegseth", "indirect"),
    ]
