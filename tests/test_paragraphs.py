"""Paragraph breaks become sentence boundaries before the parser runs."""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.language import Language
from spacy.tokens import Doc

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


def _tagged_starts(tagged: str) -> list[str]:
    """The sentence starts set on a hand-tagged text: `word/TAG` pairs, a `_` suffix for
    a word with no space after it."""
    words, spaces, tags = [], [], []
    for item in tagged.split():
        word, tag = item.rsplit("/", 1)
        spaces.append(not word.endswith("_"))
        words.append(word.removesuffix("_"))
        tags.append(tag)
    doc = mark_paragraphs(Doc(English().vocab, words=words, spaces=spaces, tags=tags))
    return [t.text for t in doc[1:] if t.is_sent_start is True]


def test_a_heading_run_into_the_next_sentence_ends_before_its_first_word() -> None:
    # Whitespace-normalised text: `... in 1991. Financial strain Both camps grew ...`
    tagged = (
        "The/DT camps/NNS opened/VBD in/IN 1991_/CD ./. Financial/JJ strain/NN Both/DT "
        "camps/NNS grew/VBD ./."
    )
    assert _tagged_starts(tagged) == ["Both"]


def test_a_quoted_heading_ends_at_its_closing_mark() -> None:
    tagged = (
        "The/DT ban/NN began/VBD in/IN May_/NNP ./. '_/`` It/PRP reflects/VBZ the/DT "
        "fear_/NN '/'' Amina/NNP Rahimi/NNP told/VBD VOA/NNP ./."
    )
    assert _tagged_starts(tagged) == ["Amina"]


@pytest.mark.parametrize(
    "tagged",
    [
        # A name that starts with a function word, after a preposition or a capital.
        "He/PRP left/VBD ./. Talks/NNS in/IN The/DT Hague/NNP ended/VBD ./.",
        "He/PRP left/VBD ./. The/DT charity/NN Doctors/NNP Without/IN Borders/NNP said/VBD "
        "so/RB ./.",
        # A verb that takes a name as its object: a sentence, not a heading.
        "He/PRP left/VBD ./. Sources/NNS tell/VBP The/DT Washington/NNP Post/NNP ./.",
        "He/PRP left/VBD ./. Trump/NNP also/RB attacked/VBD The/DT Journal/NNP ./.",
        "He/PRP left/VBD ./. He/PRP fears/VBZ God/NNP as/IN he/PRP knows/VBZ Him/PRP ./.",
        "He/PRP left/VBD ./. Ike/NNP writes/VBZ in/IN his/PRP$ book/NN Going/VBG Home/NNP ./.",
        # A quotation inside a sentence, its marks apart from its words.
        "He/PRP left/VBD ./. \"/`` She/PRP added/VBD that/IN \"/'' Trump/NNP lied/VBD ./.",
        "He/PRP left/VBD ./. \"/`` It/PRP said/VBD he/PRP lied_/VBD \"/'' Clinton/NNP said/VBD ./.",
    ],
)
def test_no_heading_where_a_sentence_goes_on(tagged: str) -> None:
    assert _tagged_starts(tagged) == []


def test_a_heading_does_not_join_the_claim_after_it(nlp: Language) -> None:
    text = (
        "Both camps opened in 1991. Rising costs Since the war began, aid groups say, food "
        "prices have doubled."
    )
    claim = only(list(ext.claims(run(nlp, text))), "say")
    assert claim.content.text.startswith("Since the war began")


@pytest.mark.parametrize(
    ("tagged", "starts"),
    [
        ("Rubio/NNP wrote/VBD on/IN X./NNP He/PRP thanked/VBD Grenell/NNP ./.", ["He"]),
        ("Rubio/NNP wrote/VBD on/IN X./NNP Grenell/NNP posted/VBD a/DT photo/NN ./.", ["Grenell"]),
        # an initial in a name is no sentence's end
        ("A/DT film/NN on/IN Malcolm/NNP X./NNP Lee/NNP made/VBD it/PRP ./.", []),
        ("Rubio/NNP wrote/VBD on/IN X./NNP that/IN he/PRP was/VBD glad/JJ ./.", []),
    ],
)
def test_the_platform_x_ends_its_sentence(tagged: str, starts: list[str]) -> None:
    assert _tagged_starts(tagged) == starts


def test_a_silence_after_a_post_on_x_is_the_posters(nlp: Language) -> None:
    text = (
        '"These six Americans are now on their way home," Secretary of State Marco Rubio '
        "wrote on X. He thanked the envoy, Richard Grenell, for his work but did not "
        "respond to questions about whether Washington had offered anything in return."
    )
    (answer,) = ext.responses(run(nlp, text))
    assert (answer.kind, answer.party_name) == ("no_response", "Marco Rubio")
    # (from the refusal, not the act it is joined to)
    assert answer.span.text.startswith("did not respond to questions")


def test_a_name_after_a_post_on_x_starts_a_sentence(nlp: Language) -> None:
    text = (
        '"These six Americans are now on their way home," Rubio wrote on X. '
        "Venezuela's government said the release was a goodwill gesture."
    )
    found = ext.claims(run(nlp, text))
    assert [(c.cue.text, c.content.text) for c in found] == [
        ("wrote", "These six Americans are now on their way home"),
        ("said", "the release was a goodwill gesture"),
    ]


def test_an_abbreviation_before_a_quotation_ends_its_sentence() -> None:
    assert _starts('Sirens sounded at 3 a.m. "The windows fell in," said Olena, a nurse.') == ['"']
    # (not before a quoted word in lower case, which goes on with the sentence)
    assert _starts('It began at 3 a.m. "sharp," she said.') == []


def test_a_quote_after_an_abbreviation_is_no_part_of_the_sentence_before(
    nlp: Language,
) -> None:
    text = 'Sirens sounded at 3 a.m. "The windows fell in," said Olena Marchenko, a nurse.'
    assert [c.content.text for c in ext.claims(run(nlp, text))] == ["The windows fell in"]


def _not_starts(text: str) -> list[str]:
    doc = mark_paragraphs(English().make_doc(text))
    return [t.text for t in doc[1:] if t.is_sent_start is False]


@pytest.mark.parametrize(
    ("tagged", "starts"),
    [
        (
            "GOMA/NNP ,/, Democratic/NNP Republic/NNP of/IN Congo/NNP (_/-LRB- AP_/NNP )/-RRB- "
            "—/: Rebels/NNS entered/VBD Goma/NNP ./.",
            ["Rebels"],
        ),
        ("KABUL/NNP —/: The/DT Taliban/NNP said/VBD so/RB ./.", ["The"]),
        (
            "ORLANDO/NNP ,/, Fla./NNP (_/-LRB- Reuters_/NNP )/-RRB- -/: Obama/NNP spoke/VBD ./.",
            ["Obama"],
        ),
        # (not a name in capitals with a dash after a verb, nor one before a word in lower case)
        ("NATO/NNP said/VBD on/IN Monday/NNP —/: Rutte/NNP agreed/VBD ./.", []),
        ("NATO/NNP —/: the/DT alliance/NN —/: is/VBZ ready/JJ ./.", []),
    ],
)
def test_a_dateline_is_a_sentence_of_its_own(tagged: str, starts: list[str]) -> None:
    assert _tagged_starts(tagged) == starts


def test_the_sentence_after_a_dateline_runs_to_its_full_stop() -> None:
    text = "YEREVAN, Armenia — Armenia and Azerbaijan have agreed, officials said. Talks go on."
    assert _starts(text) == ["Armenia"]
    assert _not_starts(text)[:3] == ["and", "Azerbaijan", "have"]
    assert "Talks" not in _not_starts(text)


def test_a_dateline_is_no_part_of_the_lead_claim(nlp: Language) -> None:
    text = (
        "KINSHASA, Congo (AP) — M23 rebels killed at least 140 civilians in July, Human "
        "Rights Watch said in a report released Wednesday, calling it one of the worst "
        "atrocities in years."
    )
    claim = only(list(ext.claims(run(nlp, text))), "said")
    assert (claim.speaker_name, claim.content.text) == (
        "Human Rights Watch",
        "M23 rebels killed at least 140 civilians in July",
    )


def test_a_quoted_exclamation_goes_on_with_the_cue_after_it() -> None:
    assert _not_starts('"Ruto must go!" protesters chanted outside parliament.') == ["protesters"]
    # (a new sentence after one, in capitals, is left to the parser)
    assert _not_starts('"Ruto must go!" Police fired tear gas.') == []


def test_a_chant_is_a_claim_of_the_chanters(nlp: Language) -> None:
    (claim,) = ext.claims(run(nlp, '"Ruto must go!" protesters chanted outside parliament.'))
    assert (claim.speaker_name, claim.cue.text, claim.content.text, claim.kind) == (
        "protesters",
        "chanted",
        "Ruto must go!",
        "direct",
    )


def test_a_time_of_day_ends_its_sentence_before_a_capital() -> None:
    assert _starts("The shelling began at 2 a.m. The roof fell in.") == ["The"]
    # (not before a word that goes on with the time)
    assert _starts("The shelling began at 2 a.m. Tuesday near the port.") == []
    assert _starts("The shelling began at 2 a.m. Moscow time.") == []


def test_what_was_said_keeps_the_time_of_day_it_ends_with(nlp: Language) -> None:
    text = "Police said the blast came at 9 p.m. Two people died, they said."
    assert [c.content.text for c in ext.claims(run(nlp, text))] == [
        "the blast came at 9 p.m.",
        "Two people died",
    ]
