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
from claimwire.records import Claim, DateMention, DateValue, Response, Span


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


def test_quote_with_preposed_source(nlp: Language) -> None:
    text = '"The bridge will reopen within a week," the mayor said on Tuesday.'
    claim = only(claims(nlp, text), "said")
    assert claim.content.text == "The bridge will reopen within a week"
    assert claim.kind == "direct"
    assert claim.speaker_name == "mayor"


def test_inverted_parenthetical_cue(nlp: Language) -> None:
    text = "The real test, say several diplomats, is whether the truce holds through winter."
    claim = only(claims(nlp, text), "say")
    assert claim.speaker_name == "several diplomats"
    assert "whether the truce holds" in claim.content.text
    assert claim.content.text.startswith("The real test")


def test_cue_inside_a_quote_is_not_a_claim(nlp: Language) -> None:
    text = '"I think the ceasefire will hold," said Maria Lopez, a negotiator.'
    found = claims(nlp, text)
    assert [c.cue.text for c in found] == ["said"]
    assert found[0].content.text == "I think the ceasefire will hold"


def test_relative_clause_speaker(nlp: Language) -> None:
    text = "The talks were led by Maria Lopez, who said the parties were close to a deal."
    claim = only(claims(nlp, text), "said")
    assert claim.content.text == "the parties were close to a deal"
    assert claim.speaker_name == "Maria Lopez"


def test_background_relative_clause_is_not_a_claim(nlp: Language) -> None:
    text = "Sudzha is larger than the other villages that Ukraine says it has taken."
    assert [c for c in claims(nlp, text) if c.cue.text == "says"] == []


def test_headline_style_colon(nlp: Language) -> None:
    text = "PETROV: We have no plans to leave the city.\nThe interview was recorded in May."
    claim = only(claims(nlp, text), ":")
    assert claim.source is not None
    assert claim.source.text == "PETROV"
    assert claim.content.text == "We have no plans to leave the city."


def test_colon_after_a_section_word_is_not_a_claim(nlp: Language) -> None:
    assert claims(nlp, "Read more: Three killed in overnight shelling of the port\n") == []


def test_dash_signed_quote(nlp: Language) -> None:
    text = "“The water has been off for nine days and nobody came.” ― Amina Yusuf\n"
    claim = only(claims(nlp, text), "―")
    assert claim.content.text == "The water has been off for nine days and nobody came."
    assert claim.source is not None
    assert claim.source.text == "Amina Yusuf"


def test_typewriter_quotes() -> None:
    text = "He said ''we are ready'' and left."
    assert [text[s:e] for s, e in find_quotes(text)] == ["we are ready"]


def test_coordinated_states_speak_together(nlp: Language) -> None:
    text = "Both Pakistan and China said the attack was aimed at their joint projects."
    claim = only(claims(nlp, text), "said")
    assert claim.speaker_name == "Pakistan and China (governments)"


def test_surname_speaker_takes_the_full_name_from_the_article(nlp: Language) -> None:
    text = (
        "The report was written by researcher Tomas Varga of the Vienna institute. "
        "Varga said the figures were probably too low."
    )
    claim = only(claims(nlp, text), "said")
    assert claim.speaker_name == "Tomas Varga"
    assert "hedged" in claim.flags


def test_pronoun_gender_picks_the_matching_speaker(nlp: Language) -> None:
    text = (
        "Kaja Kallas said the talks had to include Europe. Marco Rubio said Washington would "
        "decide alone. She said Europe would not accept that."
    )
    found = [c for c in claims(nlp, text) if c.cue.text == "said"]
    assert [c.speaker_name for c in found] == ["Kaja Kallas", "Marco Rubio", "Kaja Kallas"]


def test_claim_date_comes_from_the_cue_not_the_content(nlp: Language) -> None:
    text = "Kyiv said on Wednesday that its forces had entered the town on Monday."
    doc = nlp.make_doc(text)
    doc._.cw_published = dt.date(2024, 8, 15)
    for name, proc in nlp.pipeline:
        if name == "claimwire_attribution":
            # The dates component's records, made by hand so that this test is about us.
            wed, mon = text.index("Wednesday"), text.index("Monday")
            ext.dates(doc)[:] = [
                DateMention(Span(wed, wed + 9, "Wednesday"), "2024-08-14", "day"),
                DateMention(Span(mon, mon + 6, "Monday"), "2024-08-12", "day"),
            ]
        doc = proc(doc)
    claim = only(list(ext.claims(doc)), "said")
    assert claim.date == DateValue("2024-08-14", "day")


def test_handmade_parse_two_cues_share_a_subject() -> None:
    # `X said A and said B`, parsed by hand: the second cue hangs on the first one's
    # reported clause, as spaCy's parser often attaches it.
    from spacy.lang.en import English

    nlp = English()
    nlp.add_pipe("claimwire_attribution")
    words = ["Officials", "said", "roads", "were", "closed", "and", "said", "schools", "shut", "."]
    heads = [1, 1, 4, 4, 1, 4, 4, 8, 6, 1]
    deps = ["nsubj", "ROOT", "nsubjpass", "auxpass", "ccomp", "cc", "conj", "nsubj", "ccomp"]
    deps.append("punct")
    pos = ["NOUN", "VERB", "NOUN", "AUX", "VERB", "CCONJ", "VERB", "NOUN", "VERB", "PUNCT"]
    lemmas = ["official", "say", "road", "be", "close", "and", "say", "school", "shut", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    doc = nlp.get_pipe("claimwire_attribution")(doc)
    found = sorted(ext.claims(doc), key=lambda c: c.cue.start)
    assert [c.content.text for c in found] == ["roads were closed", "schools shut"]
    assert [c.speaker_name for c in found] == ["Officials", "Officials"]


def test_yet_to_comment_on_a_countrys_claims(nlp: Language) -> None:
    found, resp = responses(
        nlp,
        "Iraqi officials said the drone came from across the border. Kuwaiti officials said "
        "the strike hit an empty warehouse. Syrian officials have yet to comment on the Iraqi "
        "claims.",
    )
    r = next(r for r in resp if r.kind == "declined_comment")
    iraqi = [c.id for c in found if c.speaker_name == "Iraqi officials"]
    assert iraqi
    assert list(r.claims) == iraqi


def test_counter_claim_after_a_silence_is_disputed(nlp: Language) -> None:
    found, resp = responses(
        nlp,
        "Volodymyr Zelenskyy said his troops had taken the town. Moscow did not immediately "
        "respond to Mr Zelenskyy's claims, but its defence ministry said Russian units had "
        "repelled the attack.",
    )
    kinds = {r.kind: r for r in resp}
    assert kinds["no_response"].party_name == "Russia (government)"
    disputed = kinds["disputed"]
    assert disputed.party_name == "Russia (defence ministry)"
    zelenskyy = {c.id for c in found if c.speaker_name == "Volodymyr Zelenskyy"}
    assert set(disputed.claims) == zelenskyy
    assert set(kinds["no_response"].claims) == zelenskyy


def test_plain_narration_has_no_claims_or_responses(nlp: Language) -> None:
    found, resp = responses(
        nlp, "The convoy reached the city at dawn. Shops reopened and buses ran again."
    )
    assert found == []
    assert resp == []
