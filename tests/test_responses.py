"""Responses: a party's answer to a claim, and the claim it answers.

Texts are written for these tests; each checks one phenomenon.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from claimwire.records import Claim, Response
from pipeline_support import claims, only, responses


def answered(found: list[Claim], response: Response) -> set[str]:
    """The speakers of the claims a response is linked to."""
    by_id = {c.id: c for c in found}
    return {by_id[i].speaker_name for i in response.claims}


# ---------------------------------------------------------------- silences and refusals

CLAIM = "Rebels said they had shot down an army helicopter. "
ACCUSATION = "Rebels said the army had shelled the village. "


@pytest.mark.parametrize(
    ("answer", "kind", "party"),
    [
        ("There was no immediate comment from the army.", "declined_comment", "army"),
        ("The army has not commented on the claim.", "declined_comment", "army"),
        ("The army did not immediately comment.", "declined_comment", "army"),
        ("The army made no comment on the claim.", "declined_comment", "army"),
        ("The army declined repeated requests for comment.", "declined_comment", "army"),
        ("The army declined to answer questions.", "declined_comment", "army"),
        ("A spokesman for the army was unavailable for comment.", "no_response", None),
        ("The army was not immediately available to comment.", "no_response", "army"),
        ("The army has remained silent on the claim.", "no_response", "army"),
        ("The army stayed silent on the claim.", "no_response", "army"),
        ("Calls to the army went unanswered.", "no_response", "army"),
        ("Messages left with the army were not returned.", "no_response", "army"),
        ("Efforts to reach the army for comment were unsuccessful.", "no_response", "army"),
        ("The army has not addressed the rebels' claims.", "no_response", "army"),
    ],
)
def test_more_ways_to_say_nothing(nlp: Language, answer: str, kind: str, party: str | None) -> None:
    found, resp = responses(nlp, CLAIM + answer)
    assert [r.kind for r in resp] == [kind]
    if party is not None:
        assert resp[0].party_name == party
    assert answered(found, resp[0]) == {"Rebels"}
    if "unsuccessful" in answer:
        # Efforts to do something else are no ask.
        text = CLAIM + "Efforts to rescue the crew were unsuccessful."
        assert responses(nlp, text)[1] == []
    if "silent" in answer:
        # Silent guns are no silent party.
        _found, resp = responses(nlp, CLAIM + "The guns have remained silent since Friday.")
        assert resp == []


def test_a_claim_left_unaddressed_is_no_response(nlp: Language) -> None:
    text = (
        "Rebels said they had shot down an army drone over Nyala, a claim the army did not "
        "immediately address."
    )
    found, resp = responses(nlp, text)
    assert [(r.kind, r.party_name) for r in resp] == [("no_response", "army")]
    assert answered(found, resp[0]) == {"Rebels"}


@pytest.mark.parametrize(
    "other",
    [
        # addressing an audience is no answer
        "The president did not address the nation on Friday.",
        # a document leaving a point out: nobody was asked
        "The statement did not say how many soldiers were killed.",
    ],
)
def test_what_is_left_unsaid_without_a_question_is_no_response(nlp: Language, other: str) -> None:
    assert responses(nlp, CLAIM + other)[1] == []


def test_a_silence_on_a_report_answers_what_the_report_said(nlp: Language) -> None:
    text = (
        "Iran has enriched more uranium, according to a confidential report by the "
        "watchdog. Israeli Prime Minister Benjamin Netanyahu said Israel would not wait. "
        "The White House did not respond to a request for comment on the report."
    )
    found, resp = responses(nlp, text)
    assert [r.kind for r in resp] == ["no_response"]
    said = {c.id: c.cue.text for c in found}
    assert [said[i] for i in resp[0].claims] == ["according to"]


def test_a_silence_on_a_letter_answers_what_was_written_in_it(nlp: Language) -> None:
    text = (
        "In a letter to the council, Eritrea's foreign minister wrote that Ethiopia was "
        "preparing for war. A newspaper poll found that most Ethiopians want peace. The "
        "Ethiopian government has not commented on the letter."
    )
    found, resp = responses(nlp, text)
    assert [r.kind for r in resp] == ["declined_comment"]
    assert [c.cue.text for c in found if c.id in resp[0].claims] == ["wrote"]


def test_a_refusal_reported_by_a_spokesman_answers_the_claim_before(nlp: Language) -> None:
    text = CLAIM + "A spokesman said the army cannot comment on operations."
    found, resp = responses(nlp, text)
    assert [r.kind for r in resp] == ["declined_comment"]
    assert answered(found, resp[0]) == {"Rebels"}


@pytest.mark.parametrize(
    "answer",
    [
        "The army would neither confirm nor deny the report.",
        "The army refused to confirm or deny the claim.",
    ],
)
def test_neither_confirming_nor_denying_is_no_denial(nlp: Language, answer: str) -> None:
    _found, resp = responses(nlp, CLAIM + answer)
    assert [r.kind for r in resp] == ["declined_comment"]
    assert resp[0].span.text == answer.rstrip(".")


@pytest.mark.parametrize(
    ("answer", "untrue"),
    [
        ("The defence ministry said the claims were false.", "false"),
        ("The defence ministry said the reports were not true.", "not true"),
        ("The defence ministry called the claims baseless.", "baseless"),
        ("The defence ministry described the reports as fabricated.", "fabricated"),
        ("The defence ministry said there was no truth to the claims.", "no truth"),
        ('The defence ministry called the claims "fake news."', "fake news"),
    ],
)
def test_calling_the_claims_untrue_is_a_denial(nlp: Language, answer: str, untrue: str) -> None:
    found, resp = responses(nlp, CLAIM + answer)
    assert [r.kind for r in resp] == ["denied"]
    assert answered(found, resp[0]) == {"Rebels"}
    # Other words about the claims are no denial.
    for other in ("worrying", "some truth", "important news"):
        _found, resp = responses(nlp, CLAIM + answer.replace(untrue, other))
        assert [r for r in resp if r.kind == "denied"] == [], other


def test_a_quoted_denial_spans_the_words_that_deny(nlp: Language) -> None:
    found, resp = responses(nlp, CLAIM + '"These claims are lies," the defence ministry said.')
    assert [r.kind for r in resp] == ["denied"]
    assert resp[0].span.text.startswith("These claims are lies")
    assert answered(found, resp[0]) == {"Rebels"}


def test_an_unknown_party_confirming_the_report_is_a_response(nlp: Language) -> None:
    found, resp = responses(nlp, ACCUSATION + "Local officials confirmed the report.")
    assert [r.kind for r in resp] == ["confirmed"]
    assert answered(found, resp[0]) == {"Rebels"}
    # Without naming what was said, an unknown party's confirmation is no response.
    _found, resp = responses(nlp, ACCUSATION + "Local officials confirmed on Monday.")
    assert resp == []


@pytest.mark.parametrize(
    ("answer", "kind"),
    [
        ("Russia's defence ministry denied any wrongdoing.", "denied"),
        ("Russia's defence ministry rejected the rebels' account.", "denied"),
        (
            "Russia's defence ministry admitted that its troops had fired on the village.",
            "confirmed",
        ),
    ],
)
def test_denying_wrongdoing_and_admitting(nlp: Language, answer: str, kind: str) -> None:
    found, resp = responses(nlp, ACCUSATION + answer)
    assert [r.kind for r in resp] == [kind]
    assert answered(found, resp[0]) == {"Rebels"}


@pytest.mark.parametrize(
    "answer",
    [
        "Russia's defence ministry did not deny the report.",
        "Russia's defence ministry has never denied the report.",
        "Russia's defence ministry has not confirmed the report.",
        "Neither Britain nor France have confirmed the report.",
        # (none that could be confirmed: the reporter's doubt, no one's answer)
        "Neither claim could be independently confirmed by VOA.",
        "No claim could be confirmed by the ministry.",
    ],
)
def test_a_denial_or_confirmation_that_did_not_happen_is_none(nlp: Language, answer: str) -> None:
    _found, resp = responses(nlp, ACCUSATION + answer)
    assert [r for r in resp if r.kind in {"denied", "confirmed"}] == []
    # `admitted` to hospital admits nothing.
    _found, resp = responses(nlp, ACCUSATION + "The boy was admitted to a hospital in Kyiv.")
    assert resp == []


# ---------------------------------------------------------------- counter-claims


def test_a_negation_before_but_is_no_silence(nlp: Language) -> None:
    # `No deaths were recorded, but X said`: a fact set against a fact, not a party's
    # silence answered by another party.
    text = (
        "The health ministry said 3,000 people had fled the floods. No deaths were "
        "recorded, but the relief agency said falling walls injured 15 people."
    )
    _found, resp = responses(nlp, text)
    assert [r for r in resp if r.kind == "disputed"] == []


def test_however_answers_the_claim_just_before_or_a_speaker_it_names(nlp: Language) -> None:
    # The claim two sentences back is not what `however` contrasts: narration is.
    text = (
        "The institute wrote that the blogger was a paid propagandist. The blogger does "
        "not disclose his sponsors. However, a news site reported that he received "
        "contracts from two game companies."
    )
    _found, resp = responses(nlp, text)
    assert [r for r in resp if r.kind == "disputed"] == []
    # ... unless the new claim is about that earlier speaker.
    text = (
        "The painter Jean Lefevre claimed the photos were taken by his grandfather. He "
        "toured the country for months. However, historians exposed Lefevre as a fraud."
    )
    found, resp = responses(nlp, text)
    disputed = [r for r in resp if r.kind == "disputed"]
    assert len(disputed) == 1
    assert answered(found, disputed[0]) == {"Jean Lefevre"}


def test_disputing_a_thing_is_no_counter_claim(nlp: Language) -> None:
    claim = "The ministry said 40 soldiers had died. "
    _found, resp = responses(nlp, claim + "Japan and China have been disputing the islands.")
    assert resp == []
    # (nor is questioning a thing, or a doubt of one's own)
    for doubt in (
        "Some lawmakers have questioned the decision.",
        "Some experts have questioned whether the raids are lawful.",
    ):
        assert responses(nlp, claim + doubt)[1] == [], doubt
    for answer in (
        "The rebels disputed the ministry's figures.",
        "The rebels disputed the toll.",
        "The rebels questioned the ministry's figures.",
    ):
        found, resp = responses(nlp, claim + answer)
        assert [r.kind for r in resp] == ["disputed"], answer
        assert answered(found, resp[0]) == {"ministry"}


@pytest.mark.parametrize(
    "answer",
    [
        "The Kremlin hit back, saying Kyiv was spreading lies.",
        "The Kremlin pushed back against the accusation, saying it only struck military sites.",
    ],
)
def test_a_claim_made_as_a_riposte_is_disputed(nlp: Language, answer: str) -> None:
    text = "Ukraine said Russian missiles hit a hospital. " + answer
    found, resp = responses(nlp, text)
    assert [r.kind for r in resp] == ["disputed"]
    assert answered(found, resp[0]) == {"Ukraine (government)"}
    # Pushing a crowd back or firing back is a deed, not a riposte.
    text = "Ukraine said Russian missiles hit a hospital. Polish troops pushed back the "
    _found, resp = responses(nlp, text + "crowd, saying the border was closed.")
    assert resp == []
    text = "Ukraine said Russian missiles hit a hospital. Russian troops fired back, saying "
    _found, resp = responses(nlp, text + "they had come under attack.")
    assert resp == []


def test_a_counter_verb_casting_its_object_as_something_is_disputed(nlp: Language) -> None:
    # `denounced the moves ... as an attack`: no word taken up from before, but the
    # object is cast as something, a counter-claim on a matter already in the story.
    text = (
        "Prosecutors said the leader had ignored a court summons. Nenad Stevandic, a close "
        "ally of the leader, denounced the moves against the autonomous republic as an "
        "attack on the constitutional order."
    )
    found, resp = responses(nlp, text)
    disputed = [r for r in resp if r.kind == "disputed"]
    assert [r.party_name for r in disputed] == ["Nenad Stevandic"]
    assert answered(found, disputed[0]) == {"Prosecutors"}


def test_a_participle_claim_after_a_counter_verb_is_disputed(nlp: Language) -> None:
    text = (
        "The lower house voted to extend the mandate, saying it had no other choice. The "
        "opposition was the first to reject the extension, calling it illegal."
    )
    found, resp = responses(nlp, text)
    disputed = [r for r in resp if r.kind == "disputed"]
    assert [r.span.text for r in disputed] == ["it illegal"]
    assert answered(found, disputed[0]) == {"lower house"}
    # A new matter, not one taken up from before, is no answer.
    text = text.replace("reject the extension", "reject the new fuel tax")
    _found, resp = responses(nlp, text)
    assert [r for r in resp if r.kind == "disputed"] == []


def test_a_quote_running_on_is_near_until_its_last_sentence(nlp: Language) -> None:
    text = (
        '"The leader will not appear in court," the prosecutor said. "He has ignored three '
        'summonses. The warrant stands. We will enforce it." However, his lawyer said the '
        "leader had never received a summons."
    )
    found, resp = responses(nlp, text)
    disputed = [r for r in resp if r.kind == "disputed"]
    assert [r.party_name for r in disputed] == ["his lawyer"]
    assert answered(found, disputed[0]) == {"prosecutor"}


# ---------------------------------------------------------------- links


def test_a_lead_response_answers_the_party_it_names_in_the_next_sentences(nlp: Language) -> None:
    text = (
        "Special rapporteur Maria Santos confirmed on Monday that the Taliban had barred "
        "her from entering Afghanistan. She spoke a day after the Taliban said they had "
        "banned her for spreading propaganda."
    )
    found, resp = responses(nlp, text)
    confirmed = [r for r in resp if r.kind == "confirmed"]
    assert len(confirmed) == 1
    assert answered(found, confirmed[0]) == {"Taliban"}


@pytest.mark.parametrize(
    ("asking", "answer", "asker"),
    [
        (
            "A VOA analysis found",
            "The State Department had no comment when contacted by VOA.",
            "VOA",
        ),
        (
            "Reuters reported",
            "The ministry did not respond to questions from Reuters.",
            "Reuters",
        ),
    ],
)
def test_a_silence_answers_whoever_asked(
    nlp: Language, asking: str, answer: str, asker: str
) -> None:
    text = (
        f"{asking} that the ship left the port fully loaded. Analyst John Kerr said the "
        f"cargo was probably fuel. {answer}"
    )
    found, resp = responses(nlp, text)
    assert len(resp) == 1
    assert answered(found, resp[0]) == {asker}


@pytest.mark.parametrize(
    "answer",
    [
        "The army rejected the report by Human Rights Watch.",
        "The army did not respond to the allegations from Human Rights Watch.",
    ],
)
def test_a_response_answers_whose_words_it_names_with_by_or_from(
    nlp: Language, answer: str
) -> None:
    text = (
        "Human Rights Watch said the army had tortured detainees. Analyst John Kerr said "
        "the army was under pressure. " + answer
    )
    found, resp = responses(nlp, text)
    assert len(resp) == 1
    assert answered(found, resp[0]) == {"Human Rights Watch"}


@pytest.mark.parametrize(
    ("answer", "kind", "party"),
    [
        (
            '"We have no comment on these claims," a spokesman for the army said.',
            "declined_comment",
            "spokesman for the army",
        ),
        (
            '"We deny these claims," Russia\'s defence ministry said.',
            "denied",
            "Russia (defence ministry)",
        ),
    ],
)
def test_a_quoted_answer_is_the_speakers(nlp: Language, answer: str, kind: str, party: str) -> None:
    found, resp = responses(nlp, CLAIM + answer)
    assert [(r.kind, r.party_name) for r in resp] == [(kind, party)]
    assert answered(found, resp[0]) == {"Rebels"}


@pytest.mark.parametrize(
    ("text", "party", "span"),
    [
        (
            "The mayor said the levy was fair, a claim the council denies.",
            "council",
            "the council denies",
        ),
        (
            "Washington says the drones are supplied by Iran, which Tehran rejects.",
            "Iran (government)",
            "which Tehran rejects",
        ),
        # (the verb the tagger reads as a plural noun after a name: `Kigali rejects`)
        (
            "Kinshasa says Rwanda is looting minerals, which Kigali rejects.",
            "Rwanda (government)",
            "which Kigali rejects",
        ),
    ],
)
def test_a_relative_clause_of_denial_answers_the_claim_in_its_sentence(
    nlp: Language, text: str, party: str, span: str
) -> None:
    found, answers = responses(nlp, text)
    assert [(r.kind, r.party_name, r.span.text, r.claims) for r in answers] == [
        ("denied", party, span, (found[0].id,))
    ]


def test_rejecting_a_plan_in_a_relative_clause_denies_no_claim(nlp: Language) -> None:
    assert responses(nlp, "The council backed the plan, which the mayor rejects.")[1] == []
    assert responses(nlp, "Washington backs the plan, which Tehran rejects.")[1] == []


def test_a_point_disputed_after_a_claim_is_no_part_of_it_and_answers_it(nlp: Language) -> None:
    found, answers = responses(
        nlp, "Kinshasa says Rwanda is looting minerals, a point Kigali disputes."
    )
    assert [c.content.text for c in found] == ["Rwanda is looting minerals"]
    assert [(r.kind, r.party_name, r.claims) for r in answers] == [
        ("disputed", "Rwanda (government)", (found[0].id,))
    ]


def test_a_quoted_denial_in_what_was_said_is_one_claim_and_its_answer(nlp: Language) -> None:
    found, answers = responses(
        nlp,
        'Rebels said the army had shelled the town. The ministry said it "categorically '
        'rejects" the report.',
    )
    assert [(c.cue.text, c.content.text) for c in found] == [
        ("said", "the army had shelled the town"),
        ("said", 'it "categorically rejects" the report'),
    ]
    (denial,) = answers
    assert denial.span.text == 'it "categorically rejects" the report'
    assert denial.claims == (found[0].id,)


def test_neither_party_commenting_is_a_silence_of_each(nlp: Language) -> None:
    text = "Rebels said they had taken the town. Neither the army nor the police had commented."
    found, answers = responses(nlp, text)
    assert [(r.kind, r.party_name, r.claims) for r in answers] == [
        ("declined_comment", "army", (found[0].id,)),
        ("declined_comment", "police", (found[0].id,)),
    ]


def test_neither_of_two_named_states_commenting_on_a_report(nlp: Language) -> None:
    text = (
        "Rebels said they had taken the town. Neither Moscow nor Kyiv has commented on the report."
    )
    found, answers = responses(nlp, text)
    assert [(r.kind, r.party_name, r.claims) for r in answers] == [
        ("declined_comment", "Russia (government)", (found[0].id,)),
        ("declined_comment", "Ukraine (government)", (found[0].id,)),
    ]


@pytest.mark.parametrize(
    ("answer", "kind"),
    [
        ("Neither the army nor the police responded to requests for comment.", "no_response"),
        ("Neither the army nor the police commented.", "declined_comment"),
    ],
)
def test_neither_party_answering_in_the_past(nlp: Language, answer: str, kind: str) -> None:
    found, answers = responses(nlp, "Rebels said they had taken the town. " + answer)
    assert [(r.kind, r.party_name, r.claims) for r in answers] == [
        (kind, "army", (found[0].id,)),
        (kind, "police", (found[0].id,)),
    ]


@pytest.mark.parametrize(
    ("answer", "kind", "party"),
    [
        ("Neither company answered questions about the voyages.", "no_response", "company"),
        ("Neither of the owners responded to requests for comment.", "no_response", "owners"),
        ("Neither side has commented on the report.", "declined_comment", "side"),
    ],
)
def test_neither_of_one_group_answering(nlp: Language, answer: str, kind: str, party: str) -> None:
    # `neither` with no `nor`: each of the group named is silent.
    found, answers = responses(nlp, "Officials said two tankers had loaded Russian oil. " + answer)
    assert [(r.kind, r.party_name, r.claims) for r in answers] == [(kind, party, (found[0].id,))]


@pytest.mark.parametrize(
    "answer",
    [
        "The army has denied running safe houses.",  # (`running` read as an adjective)
        "The army denied mistreating prisoners.",  # (`mistreating` read as a compound)
    ],
)
def test_a_denied_act_the_parser_read_as_a_noun(nlp: Language, answer: str) -> None:
    text = "Human Rights Watch said soldiers had beaten detainees in secret jails. " + answer
    found, answers = responses(nlp, text)
    assert [(r.kind, r.party_name, answered(found, r)) for r in answers] == [
        ("denied", "army", {"Human Rights Watch"})
    ]


def test_an_argument_set_off_and_rejected_is_denied(nlp: Language) -> None:
    text = "Baloch groups say the government exploits the province, an argument officials reject."
    found, answers = responses(nlp, text)
    assert [c.content.text for c in found] == ["the government exploits the province"]
    assert [(r.kind, r.party_name, answered(found, r)) for r in answers] == [
        ("denied", "officials", {"Baloch groups"})
    ]


def test_neither_party_answering_a_charge_makes_no_claim(nlp: Language) -> None:
    text = "Neither the rebels nor the army answered the charge that they had shelled the market."
    found, answers = responses(nlp, text)
    assert found == []
    assert [(r.kind, r.party_name) for r in answers] == [
        ("no_response", "rebels"),
        ("no_response", "army"),
    ]


def test_a_denial_whose_party_the_parser_joined_to_the_claim_noun(nlp: Language) -> None:
    text = (
        "Democrats accused Republicans of playing politics with relief, a charge GOP "
        "leaders dismissed."
    )
    found, answers = responses(nlp, text)
    assert [c.cue.text for c in found] == ["accused"]
    assert [(r.kind, r.claims) for r in answers] == [("denied", (found[0].id,))]


def test_he_who_denies_a_summed_accusation_is_the_one_accused(nlp: Language) -> None:
    text = (
        "The bishop, Carlos Matsinhe, said both sides bore blame. Mondlane's allies have "
        "accused Matsinhe of siding with the government, a charge he denies."
    )
    found, resp = responses(nlp, text)
    assert [(r.kind, r.party_name, answered(found, r)) for r in resp] == [
        ("denied", "Carlos Matsinhe", {"Mondlane's allies"})
    ]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "Kyiv accuses Moscow of targeting the grid, a charge Russia rejects.",
            "Russia (government)",
        ),
        ("The rebels say they shot down a jet, a claim the army rejects.", "army"),
        ("Rights groups accuse the junta of torture, allegations the military denies.", "military"),
        # a verdict the parser hung on the party
        ("The army said it had retaken the town, a claim the rebels called false.", "rebels"),
        (
            "The army said it had retaken Lashio, a claim the armed group called "
            '"completely false."',
            "armed group",
        ),
    ],
)
def test_a_denial_after_a_claim_noun_that_the_parse_loses(
    nlp: Language, text: str, party: str
) -> None:
    # (`Russia rejects` read as a name and a plural noun, so the parse has no verb; the
    # verdict hung on the party, as if it were called false)
    found, answers = responses(nlp, text)
    assert [(r.kind, r.party_name, r.claims) for r in answers] == [
        ("denied", party, (found[0].id,))
    ]


def test_both_parties_rejecting_are_named_one_by_one(nlp: Language) -> None:
    text = "Rebels said they had taken the town. Both the army and the police rejected the claims."
    _found, answers = responses(nlp, text)
    assert [(r.kind, r.party_name) for r in answers] == [("denied", "army"), ("denied", "police")]


@pytest.mark.parametrize(
    ("answer", "kinds"),
    [
        ("A spokesman declined to give further details.", ["declined_comment"]),
        ("The navy refused to provide any information.", ["declined_comment"]),
        ("The ministry declined to provide aid to the town.", []),  # a refusal of aid
    ],
)
def test_declining_to_give_details_is_declining_to_comment(
    nlp: Language, answer: str, kinds: list[str]
) -> None:
    _found, answers = responses(nlp, "Rebels said they had seized a tanker. " + answer)
    assert [r.kind for r in answers] == kinds


def test_dismissing_a_warning_answers_it(nlp: Language) -> None:
    text = (
        "Kyiv said Russia was massing troops near Zaporizhzhia. The Russian defense "
        'minister dismissed the warning as "hysteria."'
    )
    found, answers = responses(nlp, text)
    assert [(r.kind, r.claims) for r in answers] == [("denied", (found[0].id,))]


@pytest.mark.parametrize("answer", ["rejected", "disputed"])
def test_an_answer_to_a_documents_findings_is_to_what_it_said(nlp: Language, answer: str) -> None:
    text = (
        "A new Reuters/Ipsos poll found that most voters back the plan. The survey was "
        "conducted online. "
        'Strategists privately worry that prices could hurt the party. "People feel it," one '
        f"strategist said. The White House {answer} the poll's findings."
    )
    found, answers = responses(nlp, text)
    poll = only(found, "found")
    assert [r.claims for r in answers] == [(poll.id,)]


def test_not_saying_how_of_ones_own_claim_is_no_response(nlp: Language) -> None:
    text = "The minister said the operation would go on. He did not say how long it would last."
    _found, answers = responses(nlp, text)
    assert answers == []


def test_not_saying_how_of_anothers_claim_is_declining_to_answer(nlp: Language) -> None:
    text = "Rebels said they had taken the town. The army did not say whether the town had fallen."
    found, answers = responses(nlp, text)
    assert [(r.kind, r.span.text, answered(found, r)) for r in answers] == [
        ("declined_comment", "The army did not say whether the town had fallen", {"Rebels"})
    ]


@pytest.mark.parametrize(
    ("text", "kind", "party"),
    [
        # a denial of a count hung on the figure, not on a claim noun
        ("The army said it killed 80 fighters, a figure the rebels rejected.", "denied", "rebels"),
        (
            "The army said it killed 80 fighters. The rebels rejected the figure.",
            "denied",
            "rebels",
        ),
        (
            "The army said it killed 80 fighters. The rebels disputed the toll.",
            "disputed",
            "rebels",
        ),
        # (the parser made the dispute a participle of the party, `figure` a compound)
        (
            "The army said its strikes killed 80 fighters, a figure residents and a local "
            "rights group disputed.",
            "disputed",
            "residents",
        ),
    ],
)
def test_an_answer_to_a_figure_answers_the_claim_that_gave_it(
    nlp: Language, text: str, kind: str, party: str
) -> None:
    found, answers = responses(nlp, text)
    said = only(found, "said")
    assert said.content.text.endswith("80 fighters")
    assert [(r.kind, r.party_name, r.claims) for r in answers] == [(kind, party, (said.id,))]


def test_calls_read_as_a_verb_still_ask_the_one_called(nlp: Language) -> None:
    # (`Calls` after a paragraph break is tagged a verb, `Calls to X` its subject)
    text = (
        "The army said the RSF had shelled the camp.\n\nCalls to the RSF spokesman went unanswered."
    )
    found, resp = responses(nlp, text)
    assert [(r.kind, r.party_name) for r in resp] == [("no_response", "Rapid Support Forces")]
    assert answered(found, resp[0]) == {"army"}


def test_a_charge_rejected_after_a_sentence_with_no_claim_answers_no_earlier_claim(
    nlp: Language,
) -> None:
    text = (
        "Rights groups say 1,600 people are jailed for political reasons. The State "
        "Department has designated the government as responsible for wrongful detentions, "
        "a charge Caracas rejects."
    )
    found, resp = responses(nlp, text)
    assert [c.cue.text for c in found] == ["say"]
    assert [(r.kind, r.claims) for r in resp] == [("denied", ())]


def test_rejecting_accusations_of_a_thing_answers_those_about_the_party(nlp: Language) -> None:
    text = (
        "The opposition said the vote was rigged with the help of Russia. The prime "
        'minister dismissed the claims. "Attempts to question the results will fail," he '
        "said. The Kremlin rejected accusations of interference."
    )
    found, resp = responses(nlp, text)
    kremlin = next(r for r in resp if r.party_name == "Russia (government)")
    assert answered(found, kremlin) == {"opposition"}


@pytest.mark.parametrize(
    "answer",
    [
        # the one just told, or the one its clause names
        "Kabul denies the charge.",
        "Kabul rejects the claims that it shelters militants.",
    ],
)
def test_a_definite_charge_answers_the_claim_just_told(nlp: Language, answer: str) -> None:
    text = (
        "The Afghan side said Pakistan had struck Kabul first. Pakistan has long accused "
        f"the Taliban government of sheltering militants. {answer}"
    )
    found, resp = responses(nlp, text)
    (kabul,) = [r for r in resp if r.party_name == "Afghanistan (government)"]
    assert answered(found, kabul) == {"Pakistan (government)"}


def test_declining_to_say_more_about_its_own_words_answers_no_one(nlp: Language) -> None:
    # (not the claim before its own either: the refusal is about its own words)
    text = (
        "A U.S. official said several drones had been shot down. Central Command said its "
        "forces had struck radar sites. It did not say whether there were casualties."
    )
    found, resp = responses(nlp, text)
    assert [c.speaker_name for c in found] == ["U.S. official", "U.S. Central Command"]
    assert resp == []


@pytest.mark.parametrize(
    ("answer", "party"),
    [
        ("The ministry could not be reached for comment.", "ministry"),
        ("The army could not immediately be reached.", "army"),
        (
            "The ship's operator, a company based in Dubai, could not be reached for comment.",
            "ship's operator",
        ),
    ],
)
def test_one_who_could_not_be_reached_is_the_silent_party(
    nlp: Language, answer: str, party: str
) -> None:
    found, resp = responses(nlp, CLAIM + answer)
    assert [(r.kind, r.party_name) for r in resp] == [("no_response", party)]
    assert resp[0].span.text == answer.rstrip(".")
    assert answered(found, resp[0]) == {"Rebels"}


def test_declining_to_give_details_after_ones_own_claim_is_no_response(nlp: Language) -> None:
    text = "The army said troops had retaken the town but declined to give details."
    found, resp = responses(nlp, text)
    assert only(found, "said").content.text == "troops had retaken the town"
    assert resp == []


def test_dismissing_a_claim_told_in_the_answer_answers_it(nlp: Language) -> None:
    text = 'Kurti dismissed Vucic\'s claim that Serbs were being expelled as "pure propaganda."'
    found, resp = responses(nlp, text)
    assert [(r.kind, r.party_name) for r in resp] == [("denied", "Kurti")]
    assert answered(found, resp[0]) == {"Aleksandar Vucic"}


def test_a_ruling_rejected_answers_the_court(nlp: Language) -> None:
    text = "A court ruled that the election was valid, a ruling the opposition rejects."
    found, resp = responses(nlp, text)
    assert only(found, "ruled").content.text == "the election was valid"
    assert [(r.kind, r.party_name) for r in resp] == [("denied", "opposition")]
    assert answered(found, resp[0]) == {"court"}


@pytest.mark.parametrize(
    ("text", "accuser"),
    [
        (
            "The junta said French agents were training militants in Benin. France said the "
            "accusations were false. Benin denied hosting any militants.",
            "junta",
        ),
        (
            "Kosovo said Serbian paramilitaries attacked police. NATO said it had increased "
            "patrols. Serbia denied involvement in the attack.",
            "Kosovo (government)",
        ),
    ],
)
def test_denying_a_deed_answers_the_claims_that_name_the_party(
    nlp: Language, text: str, accuser: str
) -> None:
    found, resp = responses(nlp, text)
    denial = resp[-1]
    assert denial.kind == "denied"
    assert answered(found, denial) == {accuser}


def test_a_request_for_comment_on_her_remarks_answers_the_one_she_is(nlp: Language) -> None:
    text = (
        "Russia said it had destroyed 34 Ukrainian drones. A State Department spokeswoman "
        "said Washington opposed the strikes. Ukraine's foreign ministry did not respond to "
        "a request for comment on her remarks."
    )
    found, resp = responses(nlp, text)
    assert answered(found, resp[-1]) == {"United States (State Department)"}


@pytest.mark.parametrize(
    ("text", "kind", "party"),
    [
        (
            "State media said the navy fired live rounds, a claim the coast guard disputed.",
            "disputed",
            "coast guard",
        ),
        # (a bare plural party read with the claim noun as a subject)
        (
            "Officials said the closures are temporary, a claim activists reject.",
            "denied",
            "activists",
        ),
        # (the party read as the noun's apposition)
        (
            "The junta accused Ivory Coast of harboring plotters, a charge Abidjan denies.",
            "denied",
            "Ivory Coast (government)",
        ),
    ],
)
def test_an_answer_after_a_claim_noun_however_parsed(
    nlp: Language, text: str, kind: str, party: str
) -> None:
    found, resp = responses(nlp, text)
    (claim,) = found
    assert "," not in claim.content.text
    assert [(r.kind, r.party_name, r.claims) for r in resp] == [(kind, party, (claim.id,))]


@pytest.mark.parametrize(
    "answer",
    [
        "The minister called the report a tissue of lies.",
        "Poland called the claims propaganda.",
        'The army called the claim "not credible."',
        "The ministry called the reports a provocation.",
        'She called the accusation "laughable."',
        'The army called the accusations "disgusting" and "categorically false."',
        'China called the report "a farce."',
        'The army called the claims "propaganda."',
        'Venezuela called the claim "a fabrication."',
    ],
)
def test_calling_the_claims_lies_denies_them(nlp: Language, answer: str) -> None:
    found, resp = responses(nlp, "Human Rights Watch said soldiers executed 30 men. " + answer)
    assert [r.kind for r in resp] == ["denied"]
    assert answered(found, resp[0]) == {"Human Rights Watch"}


def test_denying_a_clause_answers_the_claim_that_said_it(nlp: Language) -> None:
    text = (
        "Schumer accused Republicans of stalling. An aide said the bill would return. "
        "Wicker denied that Republicans were stalling."
    )
    found, resp = responses(nlp, text)
    assert answered(found, resp[-1]) == {"Schumer"}


def test_a_state_does_not_answer_its_own_bodies(nlp: Language) -> None:
    text = (
        "Ali said Venezuelan gunmen had attacked a patrol. Caracas denied any involvement. "
        "The Venezuelan foreign ministry said the accusations were a fabrication."
    )
    found, resp = responses(nlp, text)
    assert [answered(found, r) for r in resp] == [{"Ali"}, {"Ali"}]


@pytest.mark.parametrize(
    "refusal",
    [
        "The department has not released a breakdown.",
        "It did not give a date.",
        "It declined to give a cost estimate.",
        "It has not released their names.",
        "It did not give their number or nationalities.",
    ],
)
def test_withholding_what_its_own_claim_lacks_answers_no_one(nlp: Language, refusal: str) -> None:
    # (a response is another party's reaction to a claim)
    text = "The department said more than 5,000 people had been arrested. " + refusal
    found, resp = responses(nlp, text)
    assert [c.speaker_name for c in found] == ["department"]
    assert resp == []


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Ruiz said raids on land could come next, without elaborating.", "without elaborating"),
        (
            'The minister said the talks were "dead," without giving details.',
            "without giving details",
        ),
        ("The navy said, without elaborating, that two sailors were hurt.", "without elaborating"),
    ],
)
def test_saying_without_elaborating_is_no_response(nlp: Language, text: str, answer: str) -> None:
    found, resp = responses(nlp, text)
    (claim,) = found
    assert resp == []
    assert answer in text
    assert "without" not in claim.content.text


@pytest.mark.parametrize(
    ("text", "accuser"),
    [
        # (a silence that names nothing: the latest claim about the party, not the last)
        (
            "Residents said Malian soldiers and Russian mercenaries killed 40 villagers. "
            "An army spokesman said soldiers had acted lawfully. The Russian Defense "
            "Ministry did not respond to a request for comment.",
            "Residents",
        ),
        # (a body no actor names, of a state the accusation names)
        (
            "Britain accused hackers working for China's spy agency of breaking into the "
            "Treasury. The Treasury said it had frozen the assets of a Wuhan firm. China's "
            'embassy called the accusations "completely fabricated."',
            "United Kingdom (government)",
        ),
        (
            "New Zealand's government said a Chinese state-backed group had breached its "
            "parliament's network. Judith Collins, the minister responsible, said the "
            "breach had been contained. China's embassy in Wellington rejected the allegation.",
            "New Zealand (government)",
        ),
    ],
)
def test_an_answer_about_the_party_answers_the_claim_that_names_it(
    nlp: Language, text: str, accuser: str
) -> None:
    found, resp = responses(nlp, text)
    assert [answered(found, r) for r in resp] == [{accuser}]


def test_names_withheld_in_the_reporters_present_are_no_part_of_the_claim(
    nlp: Language,
) -> None:
    text = "Officials said all those killed were smugglers, but have not released their names."
    found, resp = responses(nlp, text)
    assert [c.content.text for c in found] == ["all those killed were smugglers"]
    assert resp == []  # (of its own words: no reaction to a claim)
    # (in the speaker's past, it is what they said)
    text = "Relatives said the army had killed them but had not released the bodies."
    found, _resp = responses(nlp, text)
    (claim,) = found
    assert claim.content.text == "the army had killed them but had not released the bodies"


def test_a_date_withheld_after_but_is_no_part_of_the_claim(nlp: Language) -> None:
    text = "Egypt said its first troops would arrive soon but did not give a date."
    found, resp = responses(nlp, text)
    assert [c.content.text for c in found] == ["its first troops would arrive soon"]
    assert resp == []  # (of its own words: no reaction to a claim)


def test_a_spokesman_does_not_answer_his_own_governments_denial(nlp: Language) -> None:
    text = (
        "Merz said Russia was behind the drone flights. The Kremlin denied involvement. "
        '"The accusations are unfounded," Peskov said.'
    )
    found, resp = responses(nlp, text)
    assert [answered(found, r) for r in resp] == [{"Friedrich Merz"}, {"Friedrich Merz"}]


def test_a_concession_in_the_speakers_own_claim_answers_nothing(nlp: Language) -> None:
    text = (
        "Experts warned that firing over a town carried risks. Merz said he believed Russia "
        "was behind the flights, though he acknowledged that the government had no proof."
    )
    assert [r.kind for r in responses(nlp, text)[1]] == []


@pytest.mark.parametrize(
    ("answer", "kind"),
    [
        ("Turkey said nothing about the strike.", "no_response"),
        ("It gave no date.", "declined_comment"),
    ],
)
def test_more_silences(nlp: Language, answer: str, kind: str) -> None:
    found, resp = responses(
        nlp, "Kurdish officials said a Turkish drone killed four people. " + answer
    )
    assert [(r.kind, r.claims) for r in resp][:1] == [(kind, (found[0].id,))]


def test_an_answer_set_off_and_negated_is_none(nlp: Language) -> None:
    text = "His lawyer said he was kidnapped, an account U.S. officials have not disputed."
    found, resp = responses(nlp, text)
    assert [c.content.text for c in found] == ["he was kidnapped"]
    assert resp == []


def test_the_information_called_incorrect_is_denied(nlp: Language) -> None:
    text = (
        "A spokeswoman said the GPS had been jammed by Russia. Peskov said the information "
        "was incorrect."
    )
    found, resp = responses(nlp, text)
    assert [(r.kind, answered(found, r)) for r in resp] == [("denied", {"spokeswoman"})]


@pytest.mark.parametrize(
    "third",
    [
        "A U.S. official said the accusation was baseless.",
        "The U.S. embassy declined to comment.",
    ],
)
def test_an_answer_after_a_denial_answers_the_claim_not_the_denial(
    nlp: Language, third: str
) -> None:
    text = (
        "Zhang claimed that U.S. advisers were training Taiwanese troops. Taiwan denied the "
        "claim. " + third
    )
    found, resp = responses(nlp, text)
    assert [answered(found, r) for r in resp] == [{"Zhang"}, {"Zhang"}]


def test_an_office_holder_denying_a_deed_of_the_state_answers_claims_about_it(
    nlp: Language,
) -> None:
    text = (
        "Finland closed three crossings after officials said Russian border guards had let "
        "people through. Kremlin spokesman Dmitry Peskov denied that Russia was behind the "
        "influx."
    )
    found, resp = responses(nlp, text)
    assert [(r.kind, answered(found, r)) for r in resp] == [("denied", {"officials"})]


def test_denying_any_deed_answers_the_accusation_of_it(nlp: Language) -> None:
    text = (
        "The charity Sea-Watch accused Greek authorities of delaying the rescue. The Greek "
        "shipping ministry denied any delay."
    )
    found, resp = responses(nlp, text)
    assert [(r.kind, answered(found, r)) for r in resp] == [("denied", {"Sea-Watch"})]


def test_a_claim_named_by_its_noun_in_the_answer_is_the_one_answered(nlp: Language) -> None:
    text = (
        "Zakharova said the plan was dangerous. Zakharova's claim that the shield was aimed "
        'at Moscow was "simply false," the official said.'
    )
    found, resp = responses(nlp, text)
    claim = only(found, "claim")
    assert [(r.kind, r.claims) for r in resp] == [("denied", (claim.id,))]


def test_the_claim_answered_is_the_one_made_as_a_claim(nlp: Language) -> None:
    text = (
        "The rebels claimed they had shot down a jet. The army said its planes had "
        "returned safely. The ministry dismissed the claim."
    )
    found, resp = responses(nlp, text)
    assert [(r.kind, answered(found, r)) for r in resp] == [("denied", {"rebels"})]


def test_who_could_not_be_reached_in_a_clause_joined_to_another(nlp: Language) -> None:
    text = (
        "Ri Il Gyu said diplomats were made to smuggle cigarettes. His claims could not "
        "be confirmed, and the North Korean Embassy in Havana could not be reached."
    )
    found, resp = responses(nlp, text)
    assert [(r.kind, r.party_name, answered(found, r)) for r in resp] == [
        ("no_response", "North Korean Embassy", {"Ri Il Gyu"})
    ]


def test_a_claim_named_as_what_is_rejected_after_but_disputes_nothing(nlp: Language) -> None:
    text = (
        "The army chief acknowledged that the country lost jets, but rejected Pakistani "
        "claims that six aircraft were shot down."
    )
    found, resp = responses(nlp, text)
    claim = only(found, "claims")
    assert [(r.kind, r.claims) for r in resp] == [("denied", (claim.id,))]


@pytest.mark.parametrize(
    ("owner", "state"),
    [
        ("U.S.", "United States (government)"),
        # (named by its people's word)
        ("American", "United States (government)"),
        ("Pakistani", "Pakistan (government)"),
    ],
)
def test_rejected_claims_owned_by_a_state_are_its_claims(
    nlp: Language, owner: str, state: str
) -> None:
    text = f"Mulino rejected {owner} claims that China controls the Panama Canal."
    found, resp = responses(nlp, text)
    claim = only(found, "claims")
    assert (claim.speaker_name, claim.content.text) == (state, "China controls the Panama Canal")
    assert [(r.kind, r.claims) for r in resp] == [("denied", (claim.id,))]


def test_a_state_does_not_answer_its_own_side(nlp: Language) -> None:
    # One who holds office in the state (a spokesman the knowledge base knows) speaks
    # for it as its bodies do; its silence is about the other side's claim.
    text = (
        "The Philippine coast guard said a Chinese navy ship rammed its vessel. Chinese "
        "foreign ministry spokesman Lin Jian said he was not aware of the incident. The "
        "Chinese defense ministry did not respond to a request for comment."
    )
    found, resp = responses(nlp, text)
    assert [(r.kind, answered(found, r)) for r in resp] == [
        ("no_response", {"Philippines (coast guard)"})
    ]


def test_an_opponent_of_the_same_state_is_answered(nlp: Language) -> None:
    text = (
        "Opposition leader Maria Corina Machado said the vote was stolen. Venezuela's "
        "government rejected the claim."
    )
    found, resp = responses(nlp, text)
    assert [(r.kind, answered(found, r)) for r in resp] == [("denied", {"Maria Corina Machado"})]


def test_a_verdict_after_a_perfect_set_off_denies(nlp: Language) -> None:
    text = (
        "The bureau said Chinese ships had damaged the reef, a claim Beijing has called "
        '"groundless."'
    )
    found, resp = responses(nlp, text)
    assert [(r.kind, r.party_name, answered(found, r)) for r in resp] == [
        ("denied", "China (government)", {"bureau"})
    ]


@pytest.mark.parametrize(
    "answer",
    [
        "The army denied it.",
        "The army rejected that.",
        "The army dismissed this as propaganda.",
        "The army rejected that view.",
        "The army rejected that argument.",
        "The army rejected that interpretation.",
        "The army dismissed that as a lie.",  # (`that` tagged a conjunction)
        # `it` right after a claim stands for it (after a proposal it is the proposal
        # refused: `test_it_after_a_proposal_is_no_claim_denied`)
        "The army rejected it.",
        "The army dismissed it as propaganda.",
    ],
)
def test_a_pronoun_for_what_was_just_said_is_denied(nlp: Language, answer: str) -> None:
    found, resp = responses(nlp, CLAIM + answer)
    army = [r for r in resp if r.party_name == "army"]
    assert [r.kind for r in army] == ["denied"]
    assert answered(found, army[0]) == {"Rebels"}


def test_unverified_before_a_denial_in_its_sentence_flags_the_claim_before(
    nlp: Language,
) -> None:
    text = CLAIM + "The claim could not be independently verified, and the army denied it."
    found, _resp = responses(nlp, text)
    assert [sorted(c.flags) for c in found] == [["unverified"], ["denial"]]


@pytest.mark.parametrize(
    "answer",
    [
        'The army said the accusations were "fantasy."',
        "The army said the report was misleading.",
    ],
)
def test_more_words_that_call_the_claims_untrue(nlp: Language, answer: str) -> None:
    found, resp = responses(nlp, ACCUSATION + answer)
    (army,) = [r for r in resp if r.party_name == "army"]
    assert army.kind == "denied"
    assert answered(found, army) == {"Rebels"}


def test_denying_ties_is_a_deed_denied(nlp: Language) -> None:
    text = (
        "The government accused the SPLM-IO of coordinating with the White Army. "
        "The SPLM-IO denied any links to the militia."
    )
    found, resp = responses(nlp, text)
    (denial,) = resp
    assert denial.kind == "denied"
    assert answered(found, denial) == {"government"}


def test_a_refusal_joined_to_the_speakers_claim_is_neither_claim_nor_response(
    nlp: Language,
) -> None:
    text = (
        "Kremlin spokesman Dmitry Peskov said Moscow was in contact with various parties, "
        "but declined to say whether Russia had been asked to mediate."
    )
    found, resp = responses(nlp, text)
    assert [c.content.text for c in found] == ["Moscow was in contact with various parties"]
    assert resp == []


@pytest.mark.parametrize(
    "text",
    [
        # `that` tagged a conjunction
        "Kurti has accused Serbia of arming militants, a charge that Belgrade rejects.",
        # the verb tagged a plural noun, inside what was said
        "Officials said Serbia armed the militants, a charge Belgrade rejects.",
    ],
)
def test_a_relative_denial_after_the_claim(nlp: Language, text: str) -> None:
    found, resp = responses(nlp, text)
    (denial,) = resp
    assert denial.kind == "denied"
    assert denial.party_name == "Serbia (government)"
    assert len(denial.claims) == 1
    assert "Belgrade" not in found[0].content.text


def test_the_group_that_rejects_is_the_armed_group_not_the_groups_accusing(
    nlp: Language,
) -> None:
    text = (
        "The RSF, a paramilitary group, took the town. Rights groups accuse the RSF of "
        "ethnic killings, allegations the group rejects."
    )
    _found, resp = responses(nlp, text)
    (denial,) = resp
    assert denial.party_name == "Rapid Support Forces"
    assert denial.span.text == "the group rejects"


@pytest.mark.parametrize(
    "answer",
    [
        "It declined to give a breakdown of civilian and military deaths.",
        "It did not provide details.",
        "It did not elaborate.",
        "It gave no breakdown by region.",
        "It gave no timeline.",
    ],
)
def test_saying_no_more_than_its_own_claim_is_no_response(nlp: Language, answer: str) -> None:
    found, resp = responses(nlp, f"The ministry said 230 people were killed. {answer}")
    assert [c.speaker_name for c in found] == ["ministry"]
    assert resp == []


@pytest.mark.parametrize("verdict", ["exaggerated", "incorrect", "wrong"])
def test_calling_a_figure_exaggerated_denies_it(nlp: Language, verdict: str) -> None:
    text = f"The ministry said 230 people were killed. The RSF said the figure was {verdict}."
    found, resp = responses(nlp, text)
    (denial,) = resp
    assert denial.kind == "denied"
    assert answered(found, denial) == {"ministry"}


@pytest.mark.parametrize(
    ("answer", "kind"),
    [
        ("The interior ministry rejected the criticism.", "denied"),
        ('The interior ministry dismissed the criticism as "biased."', "denied"),
        ("The interior ministry did not respond to the criticism.", "no_response"),
        # a refusal to say, in the perfect, or to confirm
        ("The interior ministry has not said how many people were detained.", "declined_comment"),
        ("The interior ministry would not confirm the report.", "declined_comment"),
    ],
)
def test_answers_to_criticism_and_refusals_to_say(nlp: Language, answer: str, kind: str) -> None:
    text = f"Amnesty International said the police had beaten detainees. {answer}"
    found, resp = responses(nlp, text)
    (response,) = resp
    assert response.kind == kind
    assert answered(found, response) == {"Amnesty International"}


@pytest.mark.parametrize(
    "answer",
    [
        "Cambodia's Defense Ministry rejected the accusation.",
        "Cambodia's Defense Ministry did not respond to the allegations.",
    ],
)
def test_an_answer_to_the_accusation_answers_the_claim_about_the_party(
    nlp: Language, answer: str
) -> None:
    text = (
        "Thailand's army said Cambodian troops had fired rockets at a hospital. "
        f"Spokesperson Winthai Suvaree said 14 people were killed. {answer}"
    )
    found, resp = responses(nlp, text)
    (answered_by_cambodia,) = resp
    assert [c.content.text for c in found if c.id in answered_by_cambodia.claims] == [
        "Cambodian troops had fired rockets at a hospital"
    ]


def test_a_spokesman_named_by_a_seat_speaks_for_its_government(nlp: Language) -> None:
    text = (
        "Reuters reported that Russia had moved troops to the border. "
        "A Kremlin spokesman declined to comment on the report."
    )
    found, resp = responses(nlp, text)
    (silence,) = resp
    assert silence.party_name == "Russia (government)"
    assert answered(found, silence) == {"Reuters"}


@pytest.mark.parametrize(
    "answer",
    [
        "The government declined to confirm the report.",
        "Officials refused to acknowledge the report.",
        "The government declined to deny the report.",
    ],
)
def test_refusing_to_confirm_or_deny_is_no_comment(nlp: Language, answer: str) -> None:
    _found, resp = responses(nlp, f"The Times reported a ceasefire deal. {answer}")
    assert [r.kind for r in resp] == ["declined_comment"]


@pytest.mark.parametrize(
    "answer",
    [
        'The RSF called the army\'s claims "propaganda."',
        'The RSF called the report "fabricated."',
        "The RSF said the accusations were fabricated.",
    ],
)
def test_verdicts_of_untruth_hung_on_the_object(nlp: Language, answer: str) -> None:
    found, resp = responses(nlp, f"The army said the RSF shelled the hospital. {answer}")
    (denial,) = resp
    assert denial.kind == "denied"
    assert answered(found, denial) == {"army"}


def test_a_confirmation_of_a_clause_answers_the_claim_that_said_so(nlp: Language) -> None:
    text = (
        "Ynet reported that a deal was close. Hamas said it had received no proposal. "
        "Israel confirmed that a deal was close."
    )
    found, resp = responses(nlp, text)
    (confirmation,) = resp
    assert confirmation.kind == "confirmed"
    assert answered(found, confirmation) == {"Ynet"}


def test_giving_no_details_of_its_own_claim_is_no_response(nlp: Language) -> None:
    text = "President Ruto said the protests had been hijacked. He gave no details."
    found, resp = responses(nlp, text)
    assert [c.speaker_name for c in found] == ["William Ruto"]
    assert resp == []


@pytest.mark.parametrize(
    ("answer", "disputed"),
    [
        ("The army, however, said its troops still held the center.", True),
        ("The army said, however, that its troops still held the center.", True),
        # a document's finding is no counter-claim of a speaker
        ("Another report, however, suggests the center is contested.", False),
    ],
)
def test_however_around_the_cue_sets_the_claim_against_the_one_before(
    nlp: Language, answer: str, disputed: bool
) -> None:
    found, resp = responses(nlp, f"The rebels said they had captured the town. {answer}")
    disputes = [r for r in resp if r.kind == "disputed"]
    if disputed:
        (dispute,) = disputes
        assert answered(found, dispute) == {"rebels"}
    else:
        assert disputes == []


def test_rejecting_claims_that_say_something_answers_the_claim_that_said_it(
    nlp: Language,
) -> None:
    text = (
        "The commission said 32 protesters had been abducted. The minister said the "
        "protests were hijacked. The police rejected the claims that protesters had been "
        "abducted."
    )
    found, resp = responses(nlp, text)
    (denial,) = resp
    assert answered(found, denial) == {"commission"}


def test_a_silence_on_someones_figures_answers_their_claims(nlp: Language) -> None:
    text = (
        "The commission said police killed 39 people. Amnesty said officers fired at "
        "fleeing protesters. The president has not commented on the commission's figures."
    )
    found, resp = responses(nlp, text)
    (silence,) = resp
    assert answered(found, silence) == {"commission"}


def test_declining_to_explain_its_own_findings_answers_no_claim(nlp: Language) -> None:
    text = (
        "The intelligence service said chemical weapons were used widely. The embassy "
        "called the report a fabrication. The service declined to say how it had reached "
        "its findings."
    )
    found, resp = responses(nlp, text)
    assert [(r.kind, answered(found, r)) for r in resp] == [("denied", {"intelligence service"})]


@pytest.mark.parametrize("noun", ["charges", "claims"])
def test_a_claim_noun_read_as_a_verb_before_the_denial(nlp: Language, noun: str) -> None:
    text = f"Rights groups say the army killed civilians, {noun} the army denies."
    found, resp = responses(nlp, text)
    (denial,) = resp
    assert denial.kind == "denied"
    assert answered(found, denial) == {"Rights groups"}


@pytest.mark.parametrize(
    "text",
    [
        "Activists said soldiers shot protesters, allegations the army has denied.",
        "The Treasury said three banks had laundered money, allegations the banks have denied.",
    ],
)
def test_allegations_denied_in_the_present_perfect(nlp: Language, text: str) -> None:
    found, resp = responses(nlp, text)
    (denial,) = resp
    assert denial.kind == "denied"
    assert len(denial.claims) == 1
    assert "allegations" not in found[0].content.text


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("The army said the rebels fled but did not return.", []),
        (CLAIM + "The army did not return calls seeking comment.", ["no_response"]),
    ],
)
def test_returning_is_an_answer_only_to_a_call(nlp: Language, text: str, kinds: list[str]) -> None:
    _found, resp = responses(nlp, text)
    assert [r.kind for r in resp] == kinds


def test_a_refusal_after_though_is_no_part_of_the_claim_it_follows(nlp: Language) -> None:
    text = (
        "Kallas said the bloc was examining legal ways to move ahead, though she declined "
        "to say what those might be."
    )
    found, resp = responses(nlp, text)
    assert [c.content.text for c in found] == ["the bloc was examining legal ways to move ahead"]
    assert resp == []


def test_a_quoted_verdict_of_two_words_hung_on_the_object(nlp: Language) -> None:
    text = (
        "Human Rights Watch accused the army of executing civilians. The government called "
        'the accusation "baseless and defamatory."'
    )
    found, resp = responses(nlp, text)
    (denial,) = resp
    assert denial.kind == "denied"
    assert answered(found, denial) == {"Human Rights Watch"}


def test_the_accusation_rejected_is_the_one_made_as_an_accusation(nlp: Language) -> None:
    text = (
        "Aides said the Kremlin was weighing talks. Kyiv accused Moscow of shelling a "
        "hospital. The Kremlin rejected the accusation."
    )
    found, resp = responses(nlp, text)
    (denial,) = resp
    assert answered(found, denial) == {"Ukraine (government)"}


def test_a_silence_does_not_answer_the_partys_own_words(nlp: Language) -> None:
    # The party known by its name alone (no entity), answering again as `It`.
    text = (
        "Officer Dale said Iran was behind the plots. Iran's embassy in London called "
        "the accusations baseless. It did not respond to questions about the plots."
    )
    found, resp = responses(nlp, text)
    silence = next(r for r in resp if r.kind == "no_response")
    assert answered(found, silence) == {only(found, "said").speaker_name}


def test_a_silence_on_allegations_against_someone_answers_the_allegation(
    nlp: Language,
) -> None:
    text = (
        "A rights group accused soldiers of shooting two fishermen. The governor called "
        "the killings a tragedy. His office did not respond to questions about the "
        "allegations against the soldiers."
    )
    found, resp = responses(nlp, text)
    (silence,) = resp
    assert answered(found, silence) == {only(found, "accused").speaker_name}


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "Russia's Defense Ministry said its forces had taken the village of Pishchane, "
            "a claim Ukraine's General Staff denied.",
            "Ukraine (military)",
        ),
        (
            "The ministry said its troops had captured the bridge, a claim Ukraine's "
            "military denied.",
            "Ukraine (military)",
        ),
        (
            "Rebels said they had taken the airport, a claim the army has repeatedly denied.",
            "army",
        ),
        (
            'Local officials called the drone attacks a "human safari," a term Russia rejects.',
            "Russia (government)",
        ),
    ],
)
def test_a_denial_set_off_after_what_was_said_however_it_is_parsed(
    nlp: Language, text: str, party: str
) -> None:
    found, resp = responses(nlp, text)
    (claim,) = found
    assert not claim.content.text.endswith("denied")
    assert "claim" not in claim.content.text.split()
    (denial,) = resp
    assert (denial.kind, denial.party_name, denial.claims) == ("denied", party, (claim.id,))


def test_going_out_to_reports_of_a_fire_is_no_answer(nlp: Language) -> None:
    text = "Noem said agents were doing their jobs. Firefighters responded to reports of a fire."
    _found, resp = responses(nlp, text)
    assert resp == []


@pytest.mark.parametrize(
    ("text", "disputed"),
    [
        (
            "Western politicians say China is helping Russia's war. China's leadership "
            "insists it is committed to peace.",
            True,
        ),
        (
            "The IMF said growth would slow. Chinese officials have insisted the export "
            "controls are in line with international practice.",
            False,
        ),
    ],
)
def test_an_insistence_answers_what_was_said_about_its_speaker(
    nlp: Language, text: str, disputed: bool
) -> None:
    _found, resp = responses(nlp, text)
    assert [r.kind for r in resp] == (["disputed"] if disputed else [])


def test_declining_to_comment_joined_to_ones_own_claim_answers_no_one(nlp: Language) -> None:
    # (not the shopkeeper before either: the refusal goes with the spokesman's own words)
    text = (
        '"We are back," said Hussein Zein, a shopkeeper. The army spokesman said troops '
        "would stay and declined to comment on whether more strikes were planned."
    )
    found, resp = responses(nlp, text)
    assert [c.content.text for c in found] == ["We are back", "troops would stay"]
    assert resp == []


def test_a_set_off_denial_by_two_parties_or_a_government_named_by_its_leader(
    nlp: Language,
) -> None:
    text = (
        "Officials said Benin had hosted the militants, a claim both Paris and Cotonou "
        "have rejected."
    )
    _found, resp = responses(nlp, text)
    assert len(resp) == 2
    text = (
        "Critics said the army had killed 20 people, a charge the government of Nicolas "
        "Maduro has always rejected."
    )
    _found, resp = responses(nlp, text)
    (denial,) = resp
    # (the government, however the parse names it; not its leader)
    assert "government" in denial.party_name


def test_a_figure_disputed_set_off_is_an_answer_not_a_claim(nlp: Language) -> None:
    found, resp = responses(nlp, "Police said 17 people died, a figure activists disputed.")
    (claim,) = found
    assert claim.content.text == "17 people died"
    (dispute,) = resp
    assert (dispute.kind, dispute.party_name, dispute.claims) == (
        "disputed",
        "activists",
        (claim.id,),
    )
    found, resp = responses(
        nlp, "Police said 17 people died, a toll Amnesty International disputes."
    )
    (claim,) = found
    assert claim.content.text == "17 people died"
    assert [r.party_name for r in resp] == ["Amnesty International"]


def test_one_who_could_not_be_contacted_did_not_respond(nlp: Language) -> None:
    text = "Putin said the ship carried no weapons. The operator could not be contacted."
    _found, resp = responses(nlp, text)
    assert [r.kind for r in resp] == ["no_response"]


def test_court_filings_leaving_a_point_out_decline_nothing(nlp: Language) -> None:
    text = (
        "Prosecutors alleged that the crew had kept sailing. The filings did not say who "
        "had given the order."
    )
    _found, resp = responses(nlp, text)
    assert resp == []


@pytest.mark.parametrize(
    "answer",
    [
        "The Interior Ministry disputed those figures.",
        "The Interior Ministry did not comment on the figures.",
    ],
)
def test_an_answer_to_figures_answers_the_claims_that_gave_a_number(
    nlp: Language, answer: str
) -> None:
    text = (
        "The Observatory said 745 civilians had been killed. Its director told VOA that "
        f"families had been shot in their homes. {answer}"
    )
    found, resp = responses(nlp, text)
    (response,) = resp
    assert [c.content.text for c in found if c.id in response.claims] == [
        "745 civilians had been killed"
    ]


def test_a_denied_charge_answers_the_accusation_by_a_party_of_no_known_state(
    nlp: Language,
) -> None:
    text = (
        "Prosecutors accused Lissu of inciting rebellion. Katuga said the state would "
        "call 30 witnesses. Lissu denied the charge."
    )
    found, resp = responses(nlp, text)
    (denial,) = resp
    assert [c.content.text for c in found if c.id in denial.claims] == [
        "Lissu of inciting rebellion"
    ]


def test_describing_the_reports_as_propaganda_denies_them(nlp: Language) -> None:
    text = (
        "Opposition leaders said hundreds of protesters had been killed. The government "
        "spokesman described the reports as propaganda."
    )
    found, resp = responses(nlp, text)
    (denial,) = resp
    assert denial.kind == "denied"
    assert answered(found, denial) == {"Opposition leaders"}


def test_a_denied_clause_answers_the_last_who_said_something_of_it(nlp: Language) -> None:
    text = (
        "Witnesses said agents fired pepper balls at demonstrators. One of them, a retired "
        "teacher named Carla Ruiz, said she saw an officer push a pastor to the ground. A "
        "DHS spokesperson denied that agents had used excessive force."
    )
    found, resp = responses(nlp, text)
    (denial,) = resp
    assert answered(found, denial) == {"Witnesses"}


def test_a_denied_clause_that_shares_no_word_answers_the_last_speaker(nlp: Language) -> None:
    # (a paraphrase: what the denial answers need not be said in its words)
    text = (
        "Amnesty International said the two men had been tortured into confessing. "
        "Iranian officials have denied that detainees are mistreated."
    )
    found, resp = responses(nlp, text)
    (denial,) = resp
    assert answered(found, denial) == {"Amnesty International"}


def test_a_confirmed_clause_answers_the_claim_of_the_same_thing(nlp: Language) -> None:
    text = (
        "The ombudsman's office said one man was killed when officers opened fire. Jeri "
        "said he regretted the death. Police chief Oscar Arriola later acknowledged that "
        "an officer had fired his weapon."
    )
    found, resp = responses(nlp, text)
    (confirmation,) = resp
    assert confirmation.kind == "confirmed"
    assert answered(found, confirmation) == {"ombudsman's office"}


def test_an_admission_in_a_condition_is_no_answer(nlp: Language) -> None:
    text = (
        "Prosecutors said Netanyahu took gifts. Lapid said a pardon could only be "
        "considered if Netanyahu admitted guilt."
    )
    assert responses(nlp, text)[1] == []


def test_it_after_a_bodys_denial_is_that_body(nlp: Language) -> None:
    text = (
        "A rights group says they are police stations. The Chinese Embassy denied the "
        "accusations. It said the offices were staffed by volunteers."
    )
    found, _ = responses(nlp, text)
    assert only(found, "said").speaker_name == "Chinese Embassy"


def test_a_claim_noun_the_party_did_not_address_is_the_claim_it_sums_up(
    nlp: Language,
) -> None:
    text = (
        "M23 rebels said they had taken Goma. M23 said its fighters had shot down a "
        "drone, a claim the army did not address."
    )
    found, resp = responses(nlp, text)
    (silence,) = resp
    assert [c.content.text for c in found if c.id in silence.claims] == [
        "its fighters had shot down a drone"
    ]


def test_both_reports_rejected_are_the_last_two_speakers(nlp: Language) -> None:
    text = (
        "Human Rights Watch said rebels killed 140 people. The U.N. said it had documented "
        "319 killings. M23 rejected both reports."
    )
    found, resp = responses(nlp, text)
    (denial,) = resp
    assert answered(found, denial) == {"Human Rights Watch", "United Nations"}


def test_a_claim_disputed_is_no_request(nlp: Language) -> None:
    text = (
        '"Goma is liberated," Kanyuka said. He urged soldiers to surrender. The '
        "government disputed the claim."
    )
    found, resp = responses(nlp, text)
    (dispute,) = resp
    assert [c.cue.text for c in found if c.id in dispute.claims] == ["said"]


def test_a_charge_denied_answers_an_accusation_of_it(nlp: Language) -> None:
    text = (
        "Nigeria said the operation followed ECOWAS rules. Mali left ECOWAS, accusing it "
        "of serving foreign powers. ECOWAS has denied the charge."
    )
    found, resp = responses(nlp, text)
    (denial,) = resp
    assert [c.cue.text for c in found if c.id in denial.claims] == ["accusing"]


def test_one_who_speaks_for_a_body_does_not_answer_that_body(nlp: Language) -> None:
    text = (
        "The mission said the RSF had committed genocide. The RSF said the mission relied "
        'on biased witnesses. RSF spokesman Al-Fateh Qurashi told VOA the accusations were "lies."'
    )
    found, resp = responses(nlp, text)
    (denial,) = resp
    assert [c.content.text for c in found if c.id in denial.claims] == [
        "the RSF had committed genocide"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "South Africa said it has no ties to the group. The court did not say when it would rule.",
        "Maersk said its ships would keep avoiding the Red Sea. A spokesperson for Hapag-Lloyd "
        "would not say when its ships would return.",
    ],
)
def test_declining_to_say_of_its_own_affairs_answers_no_claim(nlp: Language, text: str) -> None:
    (refusal,) = responses(nlp, text)[1]
    assert (refusal.kind, refusal.claims) == ("declined_comment", ())


def test_a_denial_of_the_reporters_claim_noun_answers_no_claim_before(nlp: Language) -> None:
    text = (
        "People familiar with the matter said staff had difficulty using banks. Khan is on "
        "leave while the U.N. investigates allegations of sexual misconduct, which he denies."
    )
    (denial,) = responses(nlp, text)[1]
    assert (denial.kind, denial.claims) == ("denied", ())
    # (but the claim referred back to is answered)
    text = (
        "Rebels said the army shelled the town. They offered no evidence to support the "
        "claim, which Moscow has repeatedly denied."
    )
    found, (denial,) = responses(nlp, text)
    assert denial.claims == (found[0].id,)


def test_evidence_that_confirms_an_account_is_no_party(nlp: Language) -> None:
    found, resp = responses(nlp, "Linardi said the footage appeared to confirm the crew's account.")
    assert [c.cue.text for c in found] == ["said"]
    assert resp == []


def test_declining_to_explain_is_no_comment_and_refusing_radio_calls_none(
    nlp: Language,
) -> None:
    (refusal,) = responses(
        nlp, "The navy seized a tanker. The navy declined to explain the decision."
    )[1]
    assert refusal.kind == "declined_comment"
    text = "The commander said the crew had refused to answer radio calls for an hour."
    assert responses(nlp, text)[1] == []


@pytest.mark.parametrize("owner", ["the lawmaker's", "the opposition lawmaker's"])
def test_an_answer_naming_the_claimant_by_role_answers_that_claimant(
    nlp: Language, owner: str
) -> None:
    text = (
        "Opposition lawmaker Babu Owino said officers had not been paid for months. "
        "President Ruto said the mission was a success. The Interior Ministry declined to "
        f"comment on {owner} allegation."
    )
    found, resp = responses(nlp, text)
    assert [(r.kind, answered(found, r)) for r in resp] == [("declined_comment", {"Babu Owino"})]


@pytest.mark.parametrize(
    ("answer", "answered_count"),
    [
        ("NATO rejected the accusation.", 1),
        ("NATO rejected that claim.", 1),
        ("NATO rejected the claims.", 2),
        # (an account may be all that was told)
        ("NATO rejected that version.", 2),
    ],
)
def test_one_thing_rejected_is_the_last_the_speaker_said(
    nlp: Language, answer: str, answered_count: int
) -> None:
    text = (
        "Peskov said Russia was not interested in talks. He accused NATO of moving "
        f"nuclear weapons closer to Russia. {answer}"
    )
    found, resp = responses(nlp, text)
    (denial,) = resp
    peskov = [c for c in found if c.speaker_name == "Dmitry Peskov"]
    assert len(peskov) == 2
    assert denial.claims == tuple(c.id for c in peskov[-answered_count:])


@pytest.mark.parametrize("side", ["Junta", "Army"])
def test_a_body_does_not_answer_its_own_spokesman(nlp: Language, side: str) -> None:
    text = (
        "Residents said the strike killed 24 civilians. "
        f"{side} spokesman Zaw Min Tun said the air force hit a rebel camp. "
        f"The {side.lower()} has repeatedly denied attacking civilians."
    )
    found, resp = responses(nlp, text)
    assert [(r.kind, answered(found, r)) for r in resp] == [("denied", {"Residents"})]


def test_a_spokesperson_for_a_body_does_not_answer_that_body(nlp: Language) -> None:
    text = (
        "The Constitutional Court has said that emergencies cannot become permanent. A "
        "spokesperson for the court declined to comment on the latest declaration."
    )
    _found, resp = responses(nlp, text)
    assert [(r.kind, r.claims) for r in resp] == [("declined_comment", ())]


def test_a_body_does_not_answer_the_spokesman_it_was_named_with_before(nlp: Language) -> None:
    text = (
        "Taliban spokesperson Zabihullah Mujahid said the envoy was biased. Mujahid said "
        "the ban on the envoy would stay. Taliban officials do not respond to VOA queries."
    )
    _found, resp = responses(nlp, text)
    assert [(r.kind, r.claims) for r in resp] == [("no_response", ())]


@pytest.mark.parametrize(
    ("text", "answered_speakers"),
    [
        (
            "Rights groups said troops had demolished 12 homes. The UN said it was deeply "
            "concerned. The army did not reply to questions about the demolitions.",
            {"Rights groups"},
        ),
        (
            "A Fano spokesman said drones had struck a market. A resident said she heard "
            "shelling all night. The government did not respond to a request for comment on "
            "the drone strike.",
            {"Fano"},
        ),
        # (a question of its own that no claim told of answers none)
        (
            "Vietnam said a Chinese ship rammed the boat. Human Rights Watch said both "
            "countries must protect fishermen. Vietnam's defence ministry did not respond to "
            "questions about whether it would increase patrols.",
            set(),
        ),
    ],
)
def test_a_silence_on_a_matter_answers_the_claim_that_told_of_it(
    nlp: Language, text: str, answered_speakers: set[str]
) -> None:
    found, resp = responses(nlp, text)
    (silence,) = resp
    assert answered(found, silence) == answered_speakers


def test_a_silence_on_a_place_answers_the_claim_that_named_it(nlp: Language) -> None:
    text = (
        "The Arakan Army said it had captured the last base in Maungdaw. Human Rights "
        "Watch said the junta had forcibly recruited Rohingya men to fight. A junta "
        "spokesman declined to comment on the fighting in Maungdaw."
    )
    found, resp = responses(nlp, text)
    (silence,) = resp
    assert answered(found, silence) == {"Arakan Army"}


def test_a_denial_of_a_deed_answers_the_accusation_of_the_party_named_in_common_words(
    nlp: Language,
) -> None:
    text = (
        "A Fano spokesman accused the army of shelling villages where civilians were "
        "sheltering. A resident said she heard shelling all night. The army has "
        "previously denied targeting civilians."
    )
    found, resp = responses(nlp, text)
    (denial,) = resp
    assert denial.claims == (found[0].id,)


@pytest.mark.parametrize(
    "silence",
    ["Poland has so far not responded to the report.", "Poland had still not responded by Friday."],
)
def test_a_silence_with_so_far_or_still(nlp: Language, silence: str) -> None:
    found, resp = responses(nlp, "Human Rights Watch said Polish guards used dogs. " + silence)
    assert [(r.kind, answered(found, r)) for r in resp] == [("no_response", {"Human Rights Watch"})]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said the officers were safe and denied that any had been captured.",
        "Ruto said the mission was a success. He acknowledged, however, that funding had "
        "fallen short.",
    ],
)
def test_a_party_going_on_with_its_own_denial_or_admission_answers_nothing(
    nlp: Language, text: str
) -> None:
    found, resp = responses(nlp, text)
    assert len(found) == 2
    assert resp == []


def test_a_silence_on_a_matter_answers_the_claim_of_it_before_the_latest_about_the_party(
    nlp: Language,
) -> None:
    text = (
        "The army accused the RSF of using foreign drones. Volunteers said the RSF shelled "
        "a camp. The RSF did not respond to questions about the drones."
    )
    found, resp = responses(nlp, text)
    (silence,) = resp
    assert answered(found, silence) == {"army"}


def test_a_party_saying_it_did_no_wrong_can_still_be_answered(nlp: Language) -> None:
    text = (
        "Analysts said the cap had cut revenue. India's petroleum ministry said it had not "
        "violated any sanctions. Reliance Industries, the country's largest refiner, "
        "declined to comment."
    )
    found, resp = responses(nlp, text)
    (silence,) = resp
    assert "denial" in found[1].flags
    assert silence.claims == (found[1].id,)


@pytest.mark.parametrize(
    "answer",
    [
        "Reuters was unable to confirm the report.",
        "Reuters failed to confirm the report.",
        "Reuters has not been able to confirm the report.",
        "Reuters was not able to independently confirm the claim.",
    ],
)
def test_an_outlet_unable_to_confirm_confirms_nothing(nlp: Language, answer: str) -> None:
    found, resp = responses(nlp, "Xinhua said the drone carried cameras. " + answer)
    assert resp == []
    assert "unverified" in only(found, "said").flags


@pytest.mark.parametrize(
    ("answer", "kind", "span"),
    [
        ("Sheinbaum said that was false.", "denied", "Sheinbaum said that was false"),
        ("Sheinbaum called that a lie.", "denied", "Sheinbaum called that a lie"),
        ("Sheinbaum rejected it.", "denied", "Sheinbaum rejected it"),
        ("Mexico rejects that claim.", "denied", "Mexico rejects that claim"),
        ("Mexico disputes those claims.", "disputed", "Mexico disputes those claims"),
        ("New Delhi has disputed this.", "disputed", "New Delhi has disputed this"),
    ],
)
def test_a_word_for_what_was_just_said_answers_it(
    nlp: Language, answer: str, kind: str, span: str
) -> None:
    found, resp = responses(nlp, "Trump said cartels run the border. " + answer)
    (response,) = resp
    assert (response.kind, response.span.text) == (kind, span)
    assert answered(found, response) == {"Donald Trump"}


def test_it_after_a_proposal_is_no_claim_denied(nlp: Language) -> None:
    assert responses(nlp, "The UN proposed a truce. Russia rejected it.")[1] == []


def test_that_in_quoted_words_before_the_cue_is_no_answer_to_another(nlp: Language) -> None:
    text = (
        'Akar said Ankara was close to a deal with Cairo. "Some say Egypt is eager. That is '
        'not true," said Bagci.'
    )
    assert responses(nlp, text)[1] == []


def test_a_response_span_keeps_the_mark_closing_its_quotation(nlp: Language) -> None:
    text = "Kyiv said it hit a depot. The defence ministry dismissed the claim as 'a provocation'."
    (response,) = responses(nlp, text)[1]
    assert response.span.text.endswith("as 'a provocation'")


def test_nothing_to_add_declines_to_comment(nlp: Language) -> None:
    text = "Ryabkov said Washington was helping Kyiv. The State Department had nothing to add."
    found, resp = responses(nlp, text)
    (response,) = resp
    assert (response.kind, response.span.text) == (
        "declined_comment",
        "The State Department had nothing to add",
    )
    assert answered(found, response) == {"Ryabkov"}


@pytest.mark.parametrize(
    ("text", "answered_speaker"),
    [
        (
            "A PKK official claimed that Turkish drones had struck a village. A senior Turkish "
            "security official said talks would continue. Turkey's defence ministry denied the "
            "allegation.",
            "Kurdistan Workers' Party",
        ),
        (
            "Cambodia said Thai jets had bombed a road. Thai army spokesman Winthai Suvaree "
            "said troops were on alert. The Thai army denied the claim.",
            "Cambodia (government)",
        ),
        (
            "Israeli officials said three scientists had been killed. Mohajerani said the "
            "army had shot down Israeli drones. The Israeli military denied the claim.",
            "Mohajerani",
        ),
    ],
)
def test_a_state_does_not_answer_its_own_officials(
    nlp: Language, text: str, answered_speaker: str
) -> None:
    found, resp = responses(nlp, text)
    (response,) = resp
    assert answered(found, response) == {answered_speaker}


def test_a_silence_may_answer_ones_own_officials_but_not_ones_government(
    nlp: Language,
) -> None:
    text = "Two U.S. officials said a Reaper had crashed. The Pentagon declined to comment."
    found, resp = responses(nlp, text)
    assert answered(found, resp[0]) == {"Two U.S. officials"}


def test_an_embassy_does_not_answer_its_own_government(nlp: Language) -> None:
    text = (
        "Beijing has denied any responsibility, saying the crisis is an American problem. "
        "The Chinese Embassy did not respond to a request for comment."
    )
    silence = [r for r in responses(nlp, text)[1] if r.kind == "no_response"]
    assert [r.claims for r in silence] == [()]


def test_he_who_denies_the_accusation_just_made_is_the_one_accused(nlp: Language) -> None:
    text = "Trump has accused Maduro of drug trafficking. He denies the accusation."
    found, resp = responses(nlp, text)
    assert found[-1].speaker_name == "Nicolas Maduro"
    (denial,) = resp
    assert (denial.party_name, answered(found, denial)) == ("Nicolas Maduro", {"Donald Trump"})


@pytest.mark.parametrize(
    ("text", "party", "claimant"),
    [
        (
            "The rebels said they killed five soldiers. The army said no soldiers died.",
            "army",
            "rebels",
        ),
        (
            "Seoul said the North had sent 3,000 troops to Russia. Pyongyang said it had not "
            "sent any soldiers to Russia.",
            "North Korea (government)",
            "South Korea (government)",
        ),
        (
            "The Houthis said they hit a U.S. carrier. The U.S. military said no American ship "
            "had been hit.",
            "United States (military)",
            "Houthis",
        ),
    ],
)
def test_a_claim_that_says_not_so_of_the_same_matter_disputes_the_one_before(
    nlp: Language, text: str, party: str, claimant: str
) -> None:
    found, resp = responses(nlp, text)
    (dispute,) = resp
    assert (dispute.kind, dispute.party_name) == ("disputed", party)
    assert answered(found, dispute) == {claimant}


@pytest.mark.parametrize(
    "text",
    [
        # another matter
        "Police said two people died. Doctors said the hospital was not damaged.",
        # a negation that agrees
        "The army said no civilians were hurt. Officials said no civilians had died.",
    ],
)
def test_a_negated_claim_of_another_matter_disputes_nothing(nlp: Language, text: str) -> None:
    assert responses(nlp, text)[1] == []


def test_a_speakers_own_pronoun_tells_their_gender(nlp: Language) -> None:
    text = "Royina Garma said she saw Duterte sign the lists. He has denied ordering killings."
    found, resp = responses(nlp, text)
    assert found[-1].speaker_name == "Rodrigo Duterte"
    (denial,) = resp
    assert answered(found, denial) == {"Royina Garma"}


def test_a_finding_disputed_after_a_claim_answers_it(nlp: Language) -> None:
    found, answers = responses(
        nlp, "HRW said the trial was fair, a finding disputed by the defence."
    )
    assert found[0].content.text == "the trial was fair"
    assert [(a.kind, a.claims) for a in answers] == [("disputed", (found[0].id,))]


def test_an_embassy_named_by_its_peoples_word_answers_what_was_said_of_its_state(
    nlp: Language,
) -> None:
    text = (
        "Estonia said Russian jets had violated its airspace. Finland said it had seen "
        "nothing. The Russian Embassy in Tallinn could not be reached for comment."
    )
    found, answers = responses(nlp, text)
    assert [(a.kind, a.claims) for a in answers] == [("no_response", (found[0].id,))]


def test_disputing_a_characterisation_answers_it(nlp: Language) -> None:
    text = (
        "Kremlin officials said European democracy was selective. Romania's foreign "
        "ministry disputed that characterisation."
    )
    found, answers = responses(nlp, text)
    assert [(a.kind, a.claims) for a in answers] == [("disputed", (found[0].id,))]


def test_disputing_a_timeline_answers_it(nlp: Language) -> None:
    text = (
        "Mr. Trump said he had ordered his envoy to warn the Qataris. Qatari officials "
        "disputed that timeline."
    )
    found, answers = responses(nlp, text)
    assert [(a.kind, a.claims) for a in answers] == [("disputed", (found[0].id,))]


def test_a_silence_on_a_named_persons_remarks_answers_that_person(nlp: Language) -> None:
    text = (
        "Prime Minister Manuel Marrero blamed the U.S. embargo for the crisis. President "
        "Miguel Díaz-Canel said groups financed from abroad were exploiting the blackout. "
        "The U.S. Embassy in Havana did not respond to a request for comment on "
        "Díaz-Canel's remarks."
    )
    found, answers = responses(nlp, text)
    (answer,) = answers
    assert {c.speaker_name for c in found if c.id in answer.claims} == {"Miguel Díaz-Canel"}


@pytest.mark.parametrize(
    ("text", "answered"),
    [
        (
            "Witnesses said soldiers shot villagers. The EU said it may review its support. "
            "The army declined to comment.",
            "Witnesses",
        ),
        (
            "Witnesses said police fired into the crowd. The mayor said the city was calm. "
            "Police did not respond to a request for comment.",
            "Witnesses",
        ),
    ],
)
def test_a_forces_silence_answers_what_was_said_of_its_people(
    nlp: Language, text: str, answered: str
) -> None:
    found, answers = responses(nlp, text)
    (answer,) = answers
    assert [c.speaker_name for c in found if c.id in answer.claims] == [answered]


@pytest.mark.parametrize(
    "answer",
    [
        "Relatives contested that account.",
        "Relatives challenged that account.",
        "Relatives have questioned that position.",
        "Relatives disputed that reasoning.",
    ],
)
def test_more_ways_to_dispute_what_was_said(nlp: Language, answer: str) -> None:
    found, answers = responses(nlp, f"The Pentagon said everyone aboard was a smuggler. {answer}")
    assert [(a.kind, a.claims) for a in answers] == [("disputed", (found[0].id,))]


def test_challenging_a_thing_is_no_claim(nlp: Language) -> None:
    assert claims(nlp, "The team challenged Brazil in the final.") == []


def test_a_split_hyphenated_name_opens_the_answer(nlp: Language) -> None:
    (answer,) = responses(nlp, "The ship docked. Ben-Gvir declined to comment.")[1]
    assert answer.span.text == "Ben-Gvir declined to comment"


@pytest.mark.parametrize(
    "text",
    [
        "Relatives of men held by the Pakistani army said they had been beaten, allegations "
        "the army denied.",
        "Former detainees of the Israeli military said they had been abused. The Israeli "
        "military denied the allegations.",
    ],
)
def test_people_held_by_a_force_are_not_its_side(nlp: Language, text: str) -> None:
    found, answers = responses(nlp, text)
    assert [(a.kind, a.claims) for a in answers] == [("denied", (found[0].id,))]


def test_a_refusal_joined_to_a_claim_that_names_anothers_words(nlp: Language) -> None:
    text = (
        "Mali accused the United States of arming the rebels. A State Department spokesperson "
        "said the department was monitoring the situation but declined to comment on the "
        "accusation."
    )
    found, (answer,) = responses(nlp, text)
    assert answer.kind == "declined_comment"
    assert answered(found, answer) == {"Mali (government)"}


def test_a_states_envoy_to_a_body_answers_for_the_state(nlp: Language) -> None:
    text = "A freed soldier said guards beat him. Russia's U.N. mission declined to comment."
    _found, (answer,) = responses(nlp, text)
    assert answer.party_name == "Russia's U.N. mission"


def test_a_name_the_parser_made_the_root_is_who_did_not_respond(nlp: Language) -> None:
    text = (
        "The Russian embassy, whose Africa Corps mercenaries support the army, did not respond "
        "to questions."
    )
    _found, (answer,) = responses(nlp, text)
    assert answer.party_name == "Russian embassy"


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "Prosecutors accused the mayor of taking bribes. He did not respond to a request "
            "for comment.",
            "mayor",
        ),
        ("Human Rights Watch accused the army of killing 12 men. It did not respond.", "army"),
        (
            "Trump has accused Maduro of drug trafficking. He denies the accusation.",
            "Nicolas Maduro",
        ),
    ],
)
def test_a_pronoun_answering_an_accusation_is_the_one_accused(
    nlp: Language, text: str, party: str
) -> None:
    _found, (answer,) = responses(nlp, text)
    assert answer.party_name == party


def test_a_states_service_is_silent_on_what_others_said_not_on_its_own_side(
    nlp: Language,
) -> None:
    text = (
        "A freed soldier said guards beat him daily. Kremlin spokesman Dmitry Peskov said "
        "Russia treated prisoners humanely. Russia's prison service did not respond to a "
        "request for comment."
    )
    found, (answer,) = responses(nlp, text)
    assert answered(found, answer) == {"freed soldier"}


@pytest.mark.parametrize(
    ("text", "accuser"),
    [
        (
            "Aguirre accused guards of taking bribes. Jiménez said 12 guards had been "
            "detained. The prison service denied the bribery allegation.",
            "Aguirre",
        ),
        (
            "Mutharika accused officials of corruption. Kalaya said police were deployed. "
            "Matola denied the corruption allegations.",
            "Mutharika",
        ),
    ],
)
def test_an_accusation_denied_by_what_it_is_of(nlp: Language, text: str, accuser: str) -> None:
    found, (answer,) = responses(nlp, text)
    assert answered(found, answer) == {accuser}


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "Mr Borissov said the budget would pass. Prosecutors later charged Mr Peevski "
            "with fraud. He denies the charges.",
            "Peevski",
        ),
        (
            "The US sanctioned Mr Peevski in 2021 for corruption. He denies the allegations.",
            "Peevski",
        ),
        (
            "Hontiveros said Marcos had protected his allies. He did not respond to a request "
            "for comment.",
            "Marcos",
        ),
    ],
)
def test_a_pronoun_answering_a_charge_or_silent_on_a_claim_about_one(
    nlp: Language, text: str, party: str
) -> None:
    _found, (answer,) = responses(nlp, text)
    assert answer.party_name == party


def test_no_comment_in_quotation_marks_is_a_refusal(nlp: Language) -> None:
    text = (
        "Mr Stoyanov said the DPS was behind the crisis. A spokesman for the DPS party said "
        'it had "no comment at this stage".'
    )
    found, (answer,) = responses(nlp, text)
    assert [c.speaker_name for c in found] == ["Stoyanov"]
    assert (answer.kind, answered(found, answer)) == ("declined_comment", {"Stoyanov"})


@pytest.mark.parametrize(
    "text",
    [
        "Analysts say the troubles go back decades. Kowsar said officials preferred to blame "
        "foreign enemies rather than admit mistakes.",
        "Critics say the plan will fail. Kowsar said officials refused to acknowledge the problem.",
    ],
)
def test_what_a_speaker_says_others_did_is_no_answer(nlp: Language, text: str) -> None:
    _found, answers = responses(nlp, text)
    assert answers == []


def test_a_spokesperson_telling_of_the_bodys_own_silence(nlp: Language) -> None:
    text = (
        "Analysts said the ship carried missile parts. A State Department spokesperson said "
        "the State Department does not comment on intelligence matters."
    )
    found, (answer,) = responses(nlp, text)
    assert (answer.kind, answered(found, answer)) == ("declined_comment", {"Analysts"})


@pytest.mark.parametrize(
    ("text", "answered_by"),
    [
        (
            "The rebels said the police had staged the raid. A farmer said the fields "
            "were burned. The police rubbished the claim.",
            ("denied", {"farmer"}),
        ),
        (
            "The union said the strike would go on. A faction leader, Obi, later "
            "disowned the statement.",
            ("denied", {"union"}),
        ),
    ],
)
def test_rubbished_and_disowned_are_denials(
    nlp: Language, text: str, answered_by: tuple[str, set[str]]
) -> None:
    found, resp = responses(nlp, text)
    assert [(r.kind, answered(found, r)) for r in resp] == [answered_by]


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan officials blamed Somali gunmen for the raid. A nurse said the wounded "
        "were children. Al-Shabab denied the accusation.",
        "Activists alleged that the vote count was rigged. A voter said queues were "
        "long. The commission denied the allegations.",
    ],
)
def test_the_accusation_answered_is_the_one_made_a_little_before(nlp: Language, text: str) -> None:
    found, resp = responses(nlp, text)
    assert [(r.kind, r.claims) for r in resp] == [("denied", (found[0].id,))]


def test_a_people_word_is_its_states_name_for_what_a_denial_names(nlp: Language) -> None:
    text = (
        "Kabul said its citizens were killed. The Pakistani minister said the gunmen had "
        "come from Iran. Reza, a spokesman, denied that any Iranian citizen was involved."
    )
    found, resp = responses(nlp, text)
    assert [(r.kind, answered(found, r)) for r in resp] == [("denied", {"Pakistani minister"})]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "Rahimi said he had raised the case with the ambassador. The embassy did not "
            "immediately confirm the meeting.",
            ["declined_comment"],
        ),
        ("Rahimi said the guards had been threatened, without giving details.", []),
    ],
)
def test_what_a_party_leaves_unconfirmed_or_unsaid(
    nlp: Language, text: str, kinds: list[str]
) -> None:
    _found, resp = responses(nlp, text)
    assert [r.kind for r in resp] == kinds


@pytest.mark.parametrize(
    "text",
    [
        "Okoro said the council must resign. He told radio the audit was incomplete. "
        "Eze rejected that.",
        "Okoro said the council must resign. He told radio the audit was incomplete. "
        "Eze disputed that, saying the audit was finished in May.",
    ],
)
def test_that_answered_is_the_last_thing_said(nlp: Language, text: str) -> None:
    found, resp = responses(nlp, text)
    assert [r.claims for r in resp] == [(found[1].id,)]


def test_a_charge_denied_by_the_one_accused_in_the_passive(nlp: Language) -> None:
    text = (
        "The ministry said the border was calm. The militia has been accused of "
        "recruiting children, a charge it denies."
    )
    _found, resp = responses(nlp, text)
    assert [(r.kind, r.party_name) for r in resp] == [("denied", "militia")]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Rebels said they had shelled the depot. The army confirmed the strike.", ["confirmed"]),
        (
            "Villagers said gunmen had killed six soldiers. The army confirmed the deaths.",
            ["confirmed"],
        ),
        (
            "Protesters said police had fired tear gas. A police spokesman acknowledged "
            "that tear gas was fired.",
            ["confirmed"],
        ),
        ("Rebels said they had shelled the depot. Peskov confirmed the phone call.", []),
    ],
)
def test_a_confirmation_of_the_deed_a_claim_told(
    nlp: Language, text: str, kinds: list[str]
) -> None:
    _found, resp = responses(nlp, text)
    assert [r.kind for r in resp] == kinds


@pytest.mark.parametrize(
    "text",
    [
        'The union accused the police of beating strikers. "That is completely false," a '
        "police spokesman said.",
        'Villagers said soldiers looted their homes. "That is a lie," the army said.',
    ],
)
def test_a_quotation_that_calls_what_was_just_said_untrue(nlp: Language, text: str) -> None:
    found, resp = responses(nlp, text)
    assert "denial" in found[1].flags
    assert [(r.kind, r.claims) for r in resp] == [("denied", (found[0].id,))]


def test_an_account_named_by_the_people_who_gave_it(nlp: Language) -> None:
    text = (
        "Herders said the drone hit their camp. The army said it struck an arms depot. "
        "Elders disputed the herders' version."
    )
    found, resp = responses(nlp, text)
    assert [(r.kind, r.claims) for r in resp] == [("disputed", (found[0].id,))]


def test_a_confirmation_answers_the_claim_further_back_that_told_of_the_deed(
    nlp: Language,
) -> None:
    text = (
        "Villagers said gunmen raided the market. The governor said he had asked for more "
        "police. The army confirmed the raid."
    )
    found, resp = responses(nlp, text)
    assert [(r.kind, r.claims) for r in resp] == [("confirmed", (found[0].id,))]


def test_it_called_baseless_is_what_was_just_said(nlp: Language) -> None:
    text = "A U.N. report said detainees were beaten. The ministry said it was baseless."
    found, resp = responses(nlp, text)
    assert [(r.kind, r.claims) for r in resp] == [("denied", (found[0].id,))]


def test_denying_her_claims_answers_them(nlp: Language) -> None:
    found, resp = responses(nlp, "Ana Ruiz said the port was closed. The navy denied her claims.")
    assert [(r.kind, r.claims) for r in resp] == [("denied", (found[0].id,))]


def test_figures_who_reject_a_claim_are_people(nlp: Language) -> None:
    found, resp = responses(
        nlp, "The governor said the count was fair. Opposition figures rejected the claim."
    )
    assert [(r.kind, r.party_name, r.claims) for r in resp] == [
        ("denied", "Opposition figures", (found[0].id,))
    ]


@pytest.mark.parametrize(
    ("text", "disputed"),
    [
        (
            "Residents said troops had entered the village, while the army said it had sent "
            "no soldiers there.",
            True,
        ),
        ("Police said two people died, while medics said 30 were hurt.", False),
    ],
)
def test_while_sets_a_report_against_another_when_it_says_not_so(
    nlp: Language, text: str, disputed: bool
) -> None:
    found, resp = responses(nlp, text)
    expected = [("disputed", (found[0].id,))] if disputed else []
    assert [(r.kind, r.claims) for r in resp] == expected


def test_a_failure_to_respond_told_of_is_no_answer(nlp: Language) -> None:
    text = "The army said it was ready. The mayor said police failed to respond to warnings."
    assert responses(nlp, text)[1] == []


def test_one_denial_set_off_with_its_partys_name_is_one_response(nlp: Language) -> None:
    text = (
        "Activists accused the militia of looting, a charge its leader, Grace Otieno, has denied."
    )
    found, resp = responses(nlp, text)
    assert [(r.kind, r.party_name, r.claims) for r in resp] == [
        ("denied", "Grace Otieno", (found[0].id,))
    ]


def test_these_called_lies_in_a_quotation_deny_what_was_just_said(nlp: Language) -> None:
    text = 'Okafor said the army had armed the militia. "These are baseless lies," Bello said.'
    found, resp = responses(nlp, text)
    assert [(r.kind, r.claims) for r in resp] == [("denied", (found[0].id,))]


def test_while_sets_no_other_matter_against_a_claim(nlp: Language) -> None:
    text = (
        "Amnesty said the killings were unlawful, while some senators argued that Congress "
        "had never approved the strikes."
    )
    assert responses(nlp, text)[1] == []


@pytest.mark.parametrize(
    "answer",
    [
        "A rebel commander disputed the army's account.",
        "A rebel commander disputed Khartoum's account.",
    ],
)
def test_an_account_named_by_its_owner_is_disputed(nlp: Language, answer: str) -> None:
    text = "Sudan's army said it killed 30 rebels. Residents said 12 civilians died. " + answer
    found, resp = responses(nlp, text)
    assert [(r.kind, r.claims) for r in resp] == [("disputed", (found[0].id,))]


@pytest.mark.parametrize(("verb", "kind"), [("disputed", "disputed"), ("rejected", "denied")])
def test_a_death_toll_answered_is_the_count_of_the_dead(
    nlp: Language, verb: str, kind: str
) -> None:
    text = (
        f"Officials said 32 people were killed. A witness said he saw 100 gunmen. The "
        f"governor {verb} the death toll."
    )
    found, resp = responses(nlp, text)
    assert [(r.kind, r.claims) for r in resp] == [(kind, (found[0].id,))]


@pytest.mark.parametrize(
    "answer",
    [
        "Analysts said Asmara would deny that its troops were there.",
        "Diplomats said Asmara was likely to deny the report.",
    ],
)
def test_an_answer_foreseen_is_none_given(nlp: Language, answer: str) -> None:
    text = "Officials said Eritrean troops were in the town. " + answer
    assert responses(nlp, text)[1] == []


def test_a_response_still_awaited_is_a_silence_only(nlp: Language) -> None:
    text = (
        "Witnesses said police fired live rounds. The ministry has yet to respond to the "
        "allegations."
    )
    assert [r.kind for r in responses(nlp, text)[1]] == ["declined_comment"]


def test_a_confirmation_set_off_with_the_reporters_noun_is_no_claim(nlp: Language) -> None:
    text = "The union said six members had been detained, a figure police confirmed."
    found, resp = responses(nlp, text)
    assert [c.speaker_name for c in found] == ["union"]
    assert [(r.kind, r.party_name, r.claims) for r in resp] == [
        ("confirmed", "police", (found[0].id,))
    ]


@pytest.mark.parametrize(
    "text",
    [
        "A U.S. official said Washington believed the truce was holding, though the official "
        "acknowledged that both sides had tested it.",
        "Aoun said the army was ready, according to a statement from his office, but he "
        "warned that it lacked equipment.",
        "The association said factories would reopen, but its president, Ana Ruiz, warned "
        "that buyers might leave.",
    ],
)
def test_a_speaker_does_not_dispute_their_own_sides_claim(nlp: Language, text: str) -> None:
    assert responses(nlp, text)[1] == []


def test_another_party_still_disputes_after_but(nlp: Language) -> None:
    text = (
        "The government said factories would reopen, but the union warned that buyers might leave."
    )
    assert [(r.party_name, r.kind) for r in responses(nlp, text)[1]] == [("union", "disputed")]


def test_a_body_named_again_without_its_state_is_the_same_party(nlp: Language) -> None:
    text = (
        '"We will be back," Rahman said. He said students were attacked by the Bangladesh '
        "Chhatra League. The Chhatra League denied attacking anyone."
    )
    found, resp = responses(nlp, text)
    assert [(r.party_name, r.claims) for r in resp] == [
        ("Bangladesh Chhatra League", (found[1].id,))
    ]


def test_no_public_comment_declines_to_comment(nlp: Language) -> None:
    text = "Local media said the firm was a possible buyer. The firm has made no public comment."
    assert [r.kind for r in responses(nlp, text)[1]] == ["declined_comment"]


def test_reports_described_as_rumours_are_denied(nlp: Language) -> None:
    text = (
        "Residents said a convoy had left the town. An army officer described the reports "
        'as "rumours".'
    )
    found, resp = responses(nlp, text)
    assert "denial" in found[1].flags
    assert [(r.kind, r.claims) for r in resp] == [("denied", (found[0].id,))]


def test_a_statement_named_by_a_states_short_name_is_that_states(nlp: Language) -> None:
    text = (
        "Washington said the actions threatened peace. Manila said a ship fired water cannon. "
        "Lin Jian rejected the U.S. statement."
    )
    found, resp = responses(nlp, text)
    assert [r.claims for r in resp] == [(found[0].id,)]


def test_not_addressing_a_denial_is_a_silence_on_it(nlp: Language) -> None:
    text = "Yerevan denied that its troops had fired first. Hajiyev did not address the denial."
    found, resp = responses(nlp, text)
    assert ("no_response", (found[0].id,)) in [(r.kind, r.claims) for r in resp]


@pytest.mark.parametrize(("claimant", "answered"), [("Rwanda", False), ("Congo", True)])
def test_a_bodys_titled_spokesperson_does_not_answer_the_body(
    nlp: Language, claimant: str, answered: bool
) -> None:
    text = (
        f"{claimant} says Rwanda has troops in Bukavu. Government spokeswoman Yolande Makolo "
        'told the BBC that claims of Rwandan involvement were "baseless".'
    )
    found, resp = responses(nlp, text)
    assert [r.claims for r in resp] == [((found[0].id,) if answered else ())]


def test_but_after_a_comma_inside_a_closing_quote_sets_a_counter_claim(nlp: Language) -> None:
    text = (
        'The ministry said the changes would "protect public order," but rights groups said '
        "they would be used to punish protesters."
    )
    found, resp = responses(nlp, text)
    assert [(r.party_name, r.kind, r.claims) for r in resp] == [
        ("rights groups", "disputed", (found[0].id,))
    ]


@pytest.mark.parametrize(
    ("matter", "answered"),
    [("the jailbreak", None), ("the attack", 0), ("the prison escape", 0)],
)
def test_a_denied_part_in_a_matter_answers_who_told_of_the_matter(
    nlp: Language, matter: str, answered: int | None
) -> None:
    text = (
        "Police said gunmen attacked a convoy and freed 12 inmates from the prison. The "
        "governor said the army had killed four militants near the border. The rebels "
        f"denied any involvement in {matter}."
    )
    found, resp = responses(nlp, text)
    assert [r.claims for r in resp] == [(() if answered is None else (found[answered].id,))]


@pytest.mark.parametrize(
    ("answer", "kind"),
    [
        ("brushed aside the accusations", "denied"),
        ("shrugged off the allegations", "denied"),
        ("waved away the claims", "denied"),
        ("brushed off the reports", "denied"),
        ("shrugged off the sanctions", None),
        ("brushed the dust off his coat", None),
    ],
)
def test_a_phrasal_dismissal_denies_what_it_takes(
    nlp: Language, answer: str, kind: str | None
) -> None:
    text = f"The opposition said the vote was rigged. The president {answer}."
    found, resp = responses(nlp, text)
    assert [(r.kind, r.claims) for r in resp] == ([(kind, (found[0].id,))] if kind else [])


def test_a_claim_told_inside_another_does_not_dispute_it(nlp: Language) -> None:
    text = "The chairman said the former premier had insisted on a public trial."
    found, resp = responses(nlp, text)
    assert len(found) == 2
    assert resp == []


@pytest.mark.parametrize(
    ("second", "disputed"),
    [
        ("The Pentagon says they attacked about 70.", True),
        ("Doctors said 200 people died.", True),
        ("Doctors said 150 people died.", False),
        ("The Pentagon says the rebels fired 12 missiles.", False),
        ("The Pentagon says 70 of them were tankers.", False),
    ],
)
def test_another_count_of_the_same_thing_disputes_it(
    nlp: Language, second: str, disputed: bool
) -> None:
    first = (
        "Officials said 150 people died."
        if "died" in second
        else "The Houthis say they attacked 150 ships."
    )
    found, resp = responses(nlp, f"{first} {second}")
    assert [(r.kind, r.claims) for r in resp] == (
        [("disputed", (found[0].id,))] if disputed else []
    )


@pytest.mark.parametrize("count", ["the real figure is much higher", "the actual toll was 80"])
def test_the_real_figure_disputes_the_count_before(nlp: Language, count: str) -> None:
    text = (
        "Police said they had arrested 500 protesters. The party said it would appeal. "
        f"It says {count}."
    )
    found, resp = responses(nlp, text)
    assert [(r.party_name, r.kind, r.claims) for r in resp] == [
        ("party", "disputed", (found[0].id,))
    ]


def test_a_denied_clause_does_not_answer_an_appeal_sharing_its_words(nlp: Language) -> None:
    text = (
        "The governor urged supporters to stay calm. A police officer said officers were hurt "
        "when protesters threw stones. The party denied that its supporters had attacked police."
    )
    found, resp = responses(nlp, text)
    assert [r.claims for r in resp] == [(found[1].id,)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            'Activists said the tapes proved his guilt. The governor called the tapes "doctored."',
            "denied",
        ),
        (
            "A lab said satellite images showed troops near the town. A militia adviser said "
            'the images were "fabricated."',
            "denied",
        ),
    ],
)
def test_evidence_called_faked_is_denied(nlp: Language, text: str, kind: str) -> None:
    found, resp = responses(nlp, text)
    assert "denial" in found[1].flags
    assert [(r.kind, r.claims) for r in resp] == [(kind, (found[0].id,))]


@pytest.mark.parametrize(
    ("noun", "last_only"),
    [("that characterization", True), ("that argument", True), ("that account", False)],
)
def test_a_singular_demonstrative_answers_the_last_thing_said(
    nlp: Language, noun: str, last_only: bool
) -> None:
    text = (
        "The president said 19 people had died. He said criminal gangs had infiltrated the "
        f"protests. Organizers rejected {noun}."
    )
    found, resp = responses(nlp, text)
    wanted = (found[1].id,) if last_only else (found[0].id, found[1].id)
    assert [r.claims for r in resp] == [wanted]


@pytest.mark.parametrize(
    "answer",
    [
        "The ministry said it was unable to comment on individual testimony.",
        "A spokeswoman said she had nothing to add.",
    ],
)
def test_saying_one_cannot_comment_is_a_refusal_not_a_claim(nlp: Language, answer: str) -> None:
    found, resp = responses(nlp, f"The general said the order came from the palace. {answer}")
    assert len(found) == 1
    assert [r.kind for r in resp] == ["declined_comment"]


def test_added_that_the_claims_were_false_denies_them(nlp: Language) -> None:
    text = (
        "The gang leader said drones had killed five children. The minister added that the "
        "claims were false."
    )
    found, resp = responses(nlp, text)
    assert [(r.kind, r.claims) for r in resp] == [("denied", (found[0].id,))]


def test_offering_no_details_of_ones_own_words_answers_nothing(nlp: Language) -> None:
    text = "The lawyer said the team would sue the investigators. He offered no details."
    assert responses(nlp, text)[1] == []


@pytest.mark.parametrize(("verdict", "denied"), [("propaganda", True), ("a massacre", False)])
def test_calling_it_untrue_denies_what_was_just_said(
    nlp: Language, verdict: str, denied: bool
) -> None:
    text = f"The rebels said they had killed dozens of soldiers. The army called it {verdict}."
    found, resp = responses(nlp, text)
    assert [(r.kind, r.claims) for r in resp] == ([("denied", (found[0].id,))] if denied else [])


def test_a_response_does_not_end_with_the_conjunction_after_it(nlp: Language) -> None:
    text = (
        "The Chadian army said French jets had left the capital. The French army confirmed "
        "the jets had left but declined to give a date for the end of the pullout."
    )
    confirmed = [r for r in responses(nlp, text)[1] if r.kind == "confirmed"]
    assert [r.span.text for r in confirmed] == ["The French army confirmed the jets had left"]


def test_a_states_silence_does_not_answer_its_body_named_as_written(nlp: Language) -> None:
    text = (
        "Armenia's defence ministry said four soldiers were killed by sniper fire. "
        "Azerbaijan's border service said Armenian soldiers had fired first. The Armenian "
        'Defence Ministry called it "disinformation". Azerbaijan\'s defence ministry did not '
        "respond to a request for comment."
    )
    found, resp = responses(nlp, text)
    (silence,) = [r for r in resp if r.kind == "no_response"]
    border = [c.id for c in found if c.speaker_name == "Azerbaijan's border service"]
    assert border
    assert silence.claims
    assert not set(silence.claims) & set(border)
