"""Paragraph breaks become sentence boundaries before the parser runs."""

from __future__ import annotations

from spacy.lang.en import English
from spacy.language import Language

from claimwire.nlp import extensions as ext
from claimwire.nlp.paragraphs import mark_paragraphs
from pipeline_support import only, run


def _starts(text: str) -> list[str]:
    doc = mark_paragraphs(English().make_doc(text))
    return [t.text for t in doc[1:] if t.is_sent_start is True]


def test_a_blank_line_starts_a_sentence() -> None:
    assert _starts("The talks ended in hand.''\n\n''There was no deal,'' he added.") == ["''"]


def test_a_line_break_after_a_sentence_end_starts_a_sentence() -> None:
    assert _starts("The talks ended.\nThe envoy left for Kyiv.") == ["The"]


def test_a_wrapped_line_is_left_to_the_parser() -> None:
    # A single line break inside a sentence (hard-wrapped text) sets nothing.
    assert _starts("The envoy said the talks\nwould resume in May.") == []


def test_the_parser_keeps_each_paragraph_apart(nlp: Language) -> None:
    # The small model's parser alone runs the first two paragraphs into one sentence.
    paragraphs = [
        "The records show, she said in a phone call, that ''the ministry and the fund "
        "worked side by side.''",
        "''There was no line between the two under the minister, and this broke his "
        "promises,'' she added.",
        "Several of the letters were released.",
    ]
    doc = run(nlp, "\n\n".join(paragraphs))
    assert not [s.text for s in doc.sents if "\n\n" in s.text.strip()]
    claim = only(list(ext.claims(doc)), "added")
    assert claim.content.text.startswith("There was no line between the two")
