"""The attribution component: claim forms, speakers, flags and responses.

Texts are written for these tests; each checks one form of attribution.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from claimwire.nlp import extensions as ext
from claimwire.nlp.attribution import find_quotes
from claimwire.records import Claim, Response


def run(nlp: Language, text: str, published: dt.date | None = dt.date(2024, 8, 15)) -> Doc:
    doc = nlp.make_doc(text)
    doc._.cw_published = published
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def claims(nlp: Language, text: str) -> list[Claim]:
    return list(ext.claims(run(nlp, text)))


def responses(nlp: Language, text: str) -> tuple[list[Claim], list[Response]]:
    doc = run(nlp, text)
    return list(ext.claims(doc)), list(ext.responses(doc))


def only(found: list[Claim], cue: str) -> Claim:
    matching = [c for c in found if c.cue.text == cue]
    assert len(matching) == 1, [(c.cue.text, c.content.text) for c in found]
    return matching[0]


def test_indirect_claim_with_speaker_and_offsets(nlp: Language) -> None:
    text = "Volodymyr Zelenskyy said his forces had reached the outskirts of the town."
    claim = only(claims(nlp, text), "said")
    assert claim.speaker_name == "Volodymyr Zelenskyy"
    assert claim.speaker is not None
    assert claim.content.text == "his forces had reached the outskirts of the town"
    assert claim.kind == "indirect"
    assert claim.source is not None
    assert text[claim.source.start : claim.source.end] == "Volodymyr Zelenskyy"


def test_direct_quote_with_cue_after(nlp: Language) -> None:
    text = '"We will not give up a single village," Ukrainian President Volodymyr Zelenskyy said.'
    claim = only(claims(nlp, text), "said")
    assert claim.kind == "direct"
    assert claim.content.text == "We will not give up a single village"
    assert claim.speaker_name == "Volodymyr Zelenskyy"


def test_quote_across_sentences_and_continuation(nlp: Language) -> None:
    text = (
        'The talks collapsed on Monday. "The offer was never serious. Nobody in the room '
        'believed it," said Maria Lopez, a negotiator. "We will try again next month."'
    )
    found = claims(nlp, text)
    first = [c for c in found if "never serious" in c.content.text]
    assert len(first) == 1
    assert "Nobody in the room believed it" in first[0].content.text
    assert first[0].speaker_name == "Maria Lopez"
    rest = [c for c in found if "try again" in c.content.text]
    assert len(rest) == 1
    assert rest[0].speaker_name == "Maria Lopez"
    assert rest[0].kind == "direct"


def test_two_cues_in_one_sentence_give_two_claims(nlp: Language) -> None:
    text = (
        "The Belarusian president said that Kyiv could attack his country, and said that "
        "Minsk would defend every metre of its border."
    )
    found = claims(nlp, text)
    said = [c for c in found if c.cue.text == "said"]
    assert len(said) == 2
    assert {c.speaker_name for c in said} == {"Alexander Lukashenko"}
    assert "Kyiv could attack his country" in said[0].content.text
    assert "Minsk would" not in said[0].content.text
    assert said[1].content.text.startswith("Minsk would defend")


def test_parenthetical_cue_takes_the_clause_around_it(nlp: Language) -> None:
    text = "Mr Lukashenko spoke for an hour. The blockade, he added, was hurting ordinary people."
    claim = only(claims(nlp, text), "added")
    assert claim.content.text.startswith("The blockade")
    assert claim.content.text.endswith("hurting ordinary people")
    assert claim.speaker_name == "Alexander Lukashenko"


def test_according_to(nlp: Language) -> None:
    text = "At least 14 people were killed in the strike, according to local health officials."
    claim = only(claims(nlp, text), "according to")
    assert claim.kind == "according_to"
    assert claim.content.text == "At least 14 people were killed in the strike"
    assert claim.speaker_name == "local health officials"
    assert claim.speaker is None


def test_metonym_and_unnamed_sources(nlp: Language) -> None:
    found = claims(
        nlp,
        "Moscow has said the bridge was hit by missiles. "
        "Witnesses told VOA that the bridge was still standing.",
    )
    assert only(found, "has said").speaker_name == "Russia (government)"
    told = only(found, "told VOA")
    assert told.speaker_name == "Witnesses"
    assert told.content.text == "the bridge was still standing"


def test_urged_is_an_attribution(nlp: Language) -> None:
    claim = only(
        claims(nlp, "The U.N. chief urged both sides to return to the negotiating table."),
        "urged",
    )
    assert claim.content.text == "both sides to return to the negotiating table"


def test_pronoun_takes_the_last_speaker(nlp: Language) -> None:
    text = (
        "Kaja Kallas said the ceasefire must be unconditional. "
        "She said Europe would keep sending weapons."
    )
    found = [c for c in claims(nlp, text) if c.cue.text == "said"]
    assert [c.speaker_name for c in found] == ["Kaja Kallas", "Kaja Kallas"]


@pytest.mark.parametrize(
    ("text", "cue", "flag"),
    [
        ("The minister said the rebels might attack the port.", "said", "hedged"),
        (
            "The minister said, without providing evidence, that the rebels had poison gas.",
            "said",
            "unsupported",
        ),
        (
            "The rebels said they had downed a jet. The claim could not be independently verified.",
            "said",
            "unverified",
        ),
        ("The army denied that its troops had fired on civilians.", "denied", "denial"),
        ("The group claimed it had captured the airport.", "claimed", "distanced"),
        ("Officials alleged that the ballots were forged.", "alleged", "distanced"),
    ],
)
def test_flags(nlp: Language, text: str, cue: str, flag: str) -> None:
    claim = only(claims(nlp, text), cue)
    assert flag in claim.flags


def test_unsupported_stays_with_its_own_claim(nlp: Language) -> None:
    text = (
        "The governor said without offering evidence that the fire was arson, and said "
        "that the police would investigate."
    )
    found = [c for c in claims(nlp, text) if c.cue.text == "said"]
    assert len(found) == 2
    assert "unsupported" in found[0].flags
    assert "unsupported" not in found[1].flags


def test_unflagged_plain_claim(nlp: Language) -> None:
    claim = only(claims(nlp, "The mayor said the water supply was restored."), "said")
    assert claim.flags == ()


def test_no_response_links_back_to_earlier_claims(nlp: Language) -> None:
    found, resp = responses(
        nlp,
        "Alexander Lukashenko said Kyiv was preparing an attack. He said the West was to blame. "
        "The Ukrainian military did not respond to the claims.",
    )
    assert len(resp) == 1
    r = resp[0]
    assert r.kind == "no_response"
    assert r.party_name == "Ukraine (military)"
    assert r.span.text == "The Ukrainian military did not respond to the claims"
    luka = {c.id for c in found if c.speaker_name == "Alexander Lukashenko"}
    assert set(r.claims) == luka
    assert len(luka) == 2


def test_possessive_target_and_declined_comment(nlp: Language) -> None:
    found, resp = responses(
        nlp,
        "Benjamin Netanyahu said the operation would continue. Recep Tayyip Erdogan said the "
        "strikes were a crime. Israel's foreign ministry declined to comment on Mr Erdogan's "
        "claims.",
    )
    r = next(r for r in resp if r.kind == "declined_comment")
    assert r.party_name == "Israel (foreign ministry)"
    erdogan = {c.id for c in found if c.speaker_name == "Recep Tayyip Erdogan"}
    assert set(r.claims) == erdogan


def test_denied_response(nlp: Language) -> None:
    found, resp = responses(
        nlp, "The rebels said the army shelled a market. The army rejected the accusations."
    )
    r = next(r for r in resp if r.kind == "denied")
    assert r.party_name == "the army" or r.party_name == "army"
    rebels = [c.id for c in found if c.cue.text == "said"]
    assert list(r.claims) == rebels


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('He said "we are ready" and left.', ["we are ready"]),
        ("He said “we are ready” and left.", ["we are ready"]),
        ('"First part.\n"Second paragraph," she said.', ["First part.", "Second paragraph,"]),
    ],
)
def test_find_quotes(text: str, quoted: list[str]) -> None:
    assert [text[s:e] for s, e in find_quotes(text)] == quoted
