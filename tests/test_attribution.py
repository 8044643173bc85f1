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
from claimwire.records import Claim, DateMention, DateValue, Span
from pipeline_support import claims, only, responses, run, source_and_content


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


def test_a_quote_left_open_at_its_paragraphs_end_goes_on_in_the_next(nlp: Language) -> None:
    opened = (
        'The minister spoke on Saturday.\n\n"We will stay," he said. "No one can move us.'
        '\n\n"We are committed to peace, but they attack us every day."\n\nTalks resume Monday.'
    )
    found = claims(nlp, opened)
    assert [c.content.text for c in found][-1] == (
        "We are committed to peace, but they attack us every day."
    )
    # `he` is the unnamed person who was the subject just before
    assert {c.speaker_name for c in found} == {"minister"}
    # a quote closed before the paragraph ends does not go on
    closed = opened.replace("move us.", 'move us."')
    assert "committed" not in " ".join(c.content.text for c in claims(nlp, closed))


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


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the searches were carried out according to law.",
        "The vote went ahead according to plan, officials said.",
    ],
)
def test_according_to_what_is_followed_is_no_source(nlp: Language, text: str) -> None:
    assert [c.cue.text for c in claims(nlp, text)] == ["said"]
    # (a document is: `According to the plan, seen by Reuters, ...`)
    text = "According to the plan, troops would withdraw by May."
    assert only(claims(nlp, text), "According to").speaker_name == "plan"


def test_a_quotation_opened_after_an_aside_cue_is_what_was_said(nlp: Language) -> None:
    text = 'Kagame spoke to CNN. Asked directly, he said, "I don\'t know what happened."'
    claim = only(claims(nlp, text), "said")
    assert (claim.speaker_name, claim.content.text.rstrip("."), claim.kind) == (
        "Paul Kagame",
        "I don't know what happened",
        "direct",
    )


def test_a_body_named_after_another_with_the_same_last_word_is_itself(
    nlp: Language,
) -> None:
    text = (
        "The Health Ministry said nine people had been killed. The ministry's spokesman "
        "said ambulances were blocked. The Interior Ministry denied that its forces had "
        "started the fighting."
    )
    assert only(claims(nlp, text), "denied").speaker_name == "Interior Ministry"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The video was fake, the ministry said, and it urged citizens to ignore it.",
         "The video was fake"),
        ("The accounts were linked to a PR company, the report said, but it did not name "
         "the firm.", "The accounts were linked to a PR company"),
    ],
)  # fmt: skip
def test_a_clause_the_source_goes_on_with_after_a_closing_cue_is_no_part_of_it(
    nlp: Language, text: str, content: str
) -> None:
    assert only(claims(nlp, text), "said").content.text == content


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. struck a boat it said was carrying drugs, killing six people.",
        "The U.S. struck a boat which it said was carrying drugs, killing six people.",
    ],
)
def test_the_sentences_deed_after_a_relative_claim_is_no_part_of_it(
    nlp: Language, text: str
) -> None:
    assert only(claims(nlp, text), "said").content.text == "was carrying drugs"


def test_a_party_offering_no_evidence_flags_its_claim_just_before(nlp: Language) -> None:
    text = (
        "The commission said turnout was 87%, a figure the main opposition party Chadema "
        'called "a fiction." Chadema said in a statement that about 700 people had died. '
        "The party offered no evidence to support the figure."
    )
    found = claims(nlp, text)
    assert [c.content.text for c in found if "unsupported" in c.flags] == [
        "about 700 people had died"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "A Chinese agency said the CIA had used fake personas, offering no evidence.",
        "A Chinese agency said the CIA had used fake personas but declined to provide evidence.",
        "A Chinese agency said the CIA had used fake personas. It did not offer any analysis "
        "to support the claim.",
    ],
)
def test_more_ways_of_giving_no_evidence(nlp: Language, text: str) -> None:
    claim = only(claims(nlp, text), "said")
    assert claim.content.text == "the CIA had used fake personas"
    assert "unsupported" in claim.flags


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The commission put the toll at eight dead and 400 injured.",
         "the toll at eight dead and 400 injured"),
        ("The ministry put the death toll at 12 and the number of injured at 300.",
         "the death toll at 12 and the number of injured at 300"),
        ("State media said 1,000 had died. Aid groups put the toll far higher.",
         "the toll far higher"),
        ("State media said 1,000 had died. Aid groups put it at 3,000.", "it at 3,000"),
    ],
)  # fmt: skip
def test_counts_put_by_a_source(nlp: Language, text: str, content: str) -> None:
    assert only(claims(nlp, text), "put").content.text == content
    assert claims(nlp, "Diplomats put it at the center of the talks.") == []


def test_a_participle_after_and_with_its_auxiliary_left_out_goes_on(nlp: Language) -> None:
    text = (
        "The Health Ministry said in a statement that nine people had been killed and 31 wounded."
    )
    assert only(claims(nlp, text), "said").content.text == (
        "nine people had been killed and 31 wounded"
    )


def test_people_feared_dead_is_a_claim_of_unnamed_sources(nlp: Language) -> None:
    (claim,) = claims(nlp, "More than 1,000 people are feared dead in the remote district.")
    assert (claim.speaker_name, claim.cue.text, claim.flags) == (
        "unnamed sources",
        "are feared",
        ("hedged",),
    )
    assert claims(nlp, "He feared the worst.") == []


def test_words_before_an_aside_cue_that_belong_to_the_quote_stay(nlp: Language) -> None:
    text = 'In cases of abortion, the group said, "the woman is a victim."'
    assert only(claims(nlp, text), "said").content.text.startswith("In cases of abortion")


def test_a_full_name_stands_for_a_name_written_with_its_titles(nlp: Language) -> None:
    text = "Solo Mayor Hadi Rudyatmo said the supply of dog meat had grown."
    assert only(claims(nlp, text), "said").speaker_name == "Hadi Rudyatmo"


def test_a_description_that_gives_a_name_is_that_person(nlp: Language) -> None:
    text = '"The river took everything," a fisherman named Carl Brown told Reuters.'
    assert only(claims(nlp, text), "told").speaker_name == "Carl Brown"
    text = "A retired teacher named Carla Ruiz said she saw an officer push a pastor."
    assert only(claims(nlp, text), "said").speaker_name == "Carla Ruiz"


def test_blame_laid_on_the_clauses_subject_is_the_speakers_own_act(nlp: Language) -> None:
    text = "Abdelatty said Israel was to blame, accusing it of obstructing aid."
    assert only(claims(nlp, text), "said").content.text == "Israel was to blame"
    # (not one laid by the clause's subject on whom it acted on)
    text = "Witnesses said soldiers beat them, accusing them of spying."
    assert "accusing" in only(claims(nlp, text), "said").content.text


def test_neither_of_two_who_offered_proof_flags_both(nlp: Language) -> None:
    text = (
        "Cabello said the U.S. was plotting. Nanez said the CIA was involved. Neither "
        "official offered proof."
    )
    assert [c.flags for c in claims(nlp, text)] == [("unsupported",), ("unsupported",)]


def test_either_figure_doubted_flags_the_two_who_gave_one(nlp: Language) -> None:
    text = (
        "Kassah told VOA that 52 bodies had been counted. A survivor said the gunmen "
        "burned a church. Police said the death toll was 27. VOA could not independently "
        "verify either figure."
    )
    assert [c.speaker_name for c in claims(nlp, text) if "unverified" in c.flags] == [
        "Kassah",
        "Police",
    ]


def test_an_unnamed_spokesman_is_not_the_next_person_named(nlp: Language) -> None:
    text = "A spokesman for the ministry said the talks failed. John Smith flew to Geneva."
    assert only(claims(nlp, text), "said").speaker_name != "John Smith"
    # (but one named next with that role is)
    text = (
        "A spokesman for President Ruto said the talks failed. Spokesman Hussein Mohamed "
        "added that talks would resume."
    )
    assert only(claims(nlp, text), "said").speaker_name == "Hussein Mohamed"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Doctors Without Borders said its teams were ready. The charity said it needed "
         "more funds.", "Medecins Sans Frontieres"),
        ("Rights group Greenpeace warned that tankers were dangerous. The group said 70 "
         "tankers are old.", "Greenpeace"),
        ("The Wall Street Journal reported that an officer oversaw the operation. The "
         "newspaper said it was approved by the general.", "Wall Street Journal"),
    ],
)  # fmt: skip
def test_the_kind_of_body_that_spoke_just_before_is_that_body(
    nlp: Language, text: str, speaker: str
) -> None:
    assert claims(nlp, text)[-1].speaker_name == speaker


def test_she_after_an_unnamed_moderator_is_the_moderator(nlp: Language) -> None:
    text = (
        '"These are not the protesters," said one shopkeeper. A moderator said the group '
        "had no control over the rioters. She said the group would suspend protests."
    )
    assert claims(nlp, text)[-1].speaker_name == "moderator"


def test_a_word_of_origin_before_a_person_is_no_body(nlp: Language) -> None:
    text = "A Uyghur woman in Istanbul said her husband was jailed."
    assert only(claims(nlp, text), "said").speaker_name == "Uyghur woman in Istanbul"
    text = "An Emirati official said the UAE had no role."
    assert only(claims(nlp, text), "said").speaker_name == "Emirati official"


def test_an_account_doubted_by_a_short_name_is_of_the_one_named_in_full(
    nlp: Language,
) -> None:
    text = (
        "The Wall Street Journal said Zaluzhnyi approved the plan. Zaluzhnyi has denied "
        "it. The Journal's account could not be independently confirmed."
    )
    assert [c.speaker_name for c in claims(nlp, text) if "unverified" in c.flags] == [
        "Wall Street Journal"
    ]


def test_a_relative_judgement_on_the_noun_of_a_phrase(nlp: Language) -> None:
    text = "Saied seized broad powers in 2021 in a move his opponents describe as a coup."
    assert only(claims(nlp, text), "describe").content.text == "as a coup"


def test_an_identity_not_confirmed_is_no_claim_unverified(nlp: Language) -> None:
    text = (
        "Police said three people were arrested. Reuters could not immediately confirm "
        "the identity of the victims."
    )
    assert only(claims(nlp, text), "said").flags == ()


def test_a_hope_or_fear_voiced_is_hedged(nlp: Language) -> None:
    text = "Saudi Arabia expressed hope that the agreement would bring stability."
    assert only(claims(nlp, text), "expressed").flags == ("hedged",)
    text = "Officials voiced fears that the truce will collapse."
    assert only(claims(nlp, text), "voiced").flags == ("hedged",)


@pytest.mark.parametrize(
    "text",
    [
        "A Houthi official, who spoke to Reuters on condition of anonymity, said the staff "
        "would be tried.",
        "A Houthi official, who asked not to be named, said the staff would be tried.",
    ],
)
def test_how_a_source_asked_to_be_left_unnamed_is_no_part_of_it(nlp: Language, text: str) -> None:
    claim = only(claims(nlp, text), "said")
    assert claim.source is not None
    assert claim.source.text == "A Houthi official"


def test_someones_lawyer_is_not_the_next_person_named(nlp: Language) -> None:
    text = "Paetongtarn's lawyer said his client would appeal. Thaksin faces a separate case."
    assert only(claims(nlp, text), "said").speaker_name == "Paetongtarn's lawyer"


def test_a_known_two_word_surname_after_another_given_name_is_a_namesake(
    nlp: Language,
) -> None:
    text = "Energy Minister Abdulaziz bin Salman said prices were stable."
    assert only(claims(nlp, text), "said").speaker_name == "Abdulaziz bin Salman"
    text = "Crown Prince Mohammed bin Salman said prices were stable."
    assert only(claims(nlp, text), "said").speaker_name == "Mohammed bin Salman"


def test_the_sentences_verb_after_a_relative_claim_set_off_is_no_part_of_it(
    nlp: Language,
) -> None:
    text = "The drones, which the rebels said were supplied by Iran, hit the port."
    assert only(claims(nlp, text), "said").content.text == "were supplied by Iran"


def test_another_sources_cue_joined_with_a_comma_ends_what_was_said(nlp: Language) -> None:
    text = (
        "Finnish police said Thursday they had seized a tanker, and investigators believe "
        "the vessel dragged its anchor."
    )
    found = claims(nlp, text)
    assert [(c.speaker_name, c.content.text) for c in found] == [
        ("Finnish police", "they had seized a tanker"),
        ("investigators", "the vessel dragged its anchor"),
    ]


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("Prabowo said he was shocked by the conduct and promised a transparent inquiry.",
         ("promised", "a transparent inquiry")),
        ("Maharani said the allowance would be reviewed but defended it as necessary.",
         ("defended", "it as necessary")),
    ],
)  # fmt: skip
def test_more_acts_joined_to_a_state_told(
    nlp: Language, text: str, second: tuple[str, str]
) -> None:
    assert [(c.cue.text, c.content.text) for c in claims(nlp, text)][1:] == [second]


def test_a_finding_of_an_objects_state_joined_in_what_was_said_stays(nlp: Language) -> None:
    text = (
        "The government rejected the claim, saying a medical team had examined Duterte and "
        "found him fit to travel."
    )
    assert only(claims(nlp, text), "saying").content.text == (
        "a medical team had examined Duterte and found him fit to travel"
    )


def test_labelling_things_is_no_verdict(nlp: Language) -> None:
    assert [c.cue.text for c in claims(nlp, "Meta will label AI-generated images, it said.")] == [
        "said"
    ]
    text = "The ministry labeled the group as terrorists."
    assert only(claims(nlp, text), "labeled").content.text == "the group as terrorists"


def test_she_after_an_influencer_is_the_influencer(nlp: Language) -> None:
    text = (
        "A TikTok spokeswoman said some accounts had broken the rules. One influencer said "
        'she was paid. "They never mentioned a candidate," she said.'
    )
    found = claims(nlp, text)
    assert found[-1].speaker_name == "One influencer"


def test_a_work_named_after_its_publisher_speaks_as_itself(nlp: Language) -> None:
    # The KB knows the CIA; the yearbook the CIA publishes is the source here.
    text = "According to the CIA World Factbook, the island has about 300,000 inhabitants."
    claim = only(claims(nlp, text), "According to")
    assert claim.speaker_name == "CIA World Factbook"
    text = "The CIA said on Monday that the island had about 300,000 inhabitants."
    assert only(claims(nlp, text), "said").speaker_name == "CIA"


def test_a_plural_description_speaks_as_the_group_named_before(nlp: Language) -> None:
    text = (
        "Sudanese teachers said the strike would go on. "
        "The teachers said they had not been paid since March."
    )
    assert [c.speaker_name for c in claims(nlp, text)] == ["Sudanese teachers"] * 2
    # Named first as the object of another's words: the same noun with its modifiers.
    text = (
        "The minister blamed the governors of the two northern provinces for the delay. "
        "Those governors said they would boycott the talks."
    )
    claim = only(claims(nlp, text), "said")
    assert claim.speaker_name == "governors of the two northern provinces"
    # Another group of that kind is not the one named before.
    text = "Local officials said the bridge was intact. The other officials said it was not."
    assert [c.speaker_name for c in claims(nlp, text)] == ["Local officials", "other officials"]
    # `Others` right after a group spoke are others of that group.
    text = (
        "Farm economists say the drought will cut the harvest by half. "
        "Others argue the rains came in time."
    )
    assert [c.speaker_name for c in claims(nlp, text)] == ["Farm economists", "other economists"]
    assert only(claims(nlp, "Others argue the rains came in time."), "argue").speaker_name == (
        "Others"
    )


def test_a_document_speaks_for_who_issued_it(nlp: Language) -> None:
    text = (
        "Foreign Minister Penny Wong issued a statement on Friday saying Australia was "
        "alarmed by the verdict. The statement said the embassy would keep seeking access."
    )
    found = claims(nlp, text)
    assert [c.speaker_name for c in found] == ["Penny Wong", "Penny Wong"]
    # An unattributed statement right after a body spoke is that body's.
    text = (
        "The envoy met rebel leaders in Doha on Monday, according to the State Department. "
        "A statement said the two sides had agreed to meet again."
    )
    claim = only(claims(nlp, text), "said")
    assert claim.speaker_name == only(claims(nlp, text), "according to").speaker_name
    assert claim.speaker_name.startswith("United States")


def test_a_speaker_after_an_opening_place(nlp: Language) -> None:
    # The parser joins the name to the place (`In Nairobi, Jane Mwangi`) and leaves the
    # cue without a subject.
    text = (
        "In Nairobi, Jane Mwangi, a coordinator for the commission, says many Kenyans "
        "have moved on. She expects few people will follow the trial."
    )
    says, expects = claims(nlp, text)
    assert says.source is not None
    assert says.source.text.startswith("Jane Mwangi")
    assert says.content.text == "many Kenyans have moved on"
    assert says.speaker_name == expects.speaker_name == "Jane Mwangi"


def test_a_speaker_named_after_an_opening_phrase_with_an_age(nlp: Language) -> None:
    # The parser hangs the name on the opening phrase as an apposition, with the age
    # after it, and leaves the cue without a subject.
    text = "As a part of his plea, Ivan Petrov, 52, said that he sold the data to brokers abroad."
    claim = only(claims(nlp, text), "said")
    assert claim.source is not None
    assert claim.source.text.startswith("Ivan Petrov")
    assert claim.content.text == "he sold the data to brokers abroad"


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "Analysts say taxing imports encourages smuggling.",
            "say",
            "Analysts",
            "taxing imports encourages smuggling",
        ),
        (
            "Two ministers have said cutting that spending must be a priority for the new "
            "government.",
            "have said",
            "Two ministers",
            "cutting that spending must be a priority for the new government",
        ),
    ],
)
def test_a_gerund_opening_the_reported_clause(
    nlp: Language, text: str, cue: str, source: str, content: str
) -> None:
    # The parser takes the gerund for the cue's complement and hangs the rest of the
    # reported clause on it.
    claim = only(claims(nlp, text), cue)
    assert claim.source is not None
    assert claim.source.text == source
    assert claim.content.text == content


def test_a_cue_joined_to_a_passive_verb_shares_its_subject(nlp: Language) -> None:
    text = (
        "By evening, the minister was pushed into a rare retreat and said that his "
        "remarks had been misread."
    )
    claim = only(claims(nlp, text), "said")
    assert claim.source is not None
    assert claim.source.text == "the minister"
    assert claim.content.text == "his remarks had been misread"


def test_a_whole_clause_told_in_a_relative_clause_of_place(nlp: Language) -> None:
    # As with `where experts say ...`: the clause told has no gap, so it is a claim.
    text = (
        "The protest moved to the square outside parliament, where opposition leader "
        "Maria Lopez told reporters that the vote had been rigged."
    )
    claim = only(claims(nlp, text), "told")
    assert claim.source is not None
    assert claim.source.text.endswith("Maria Lopez")
    assert claim.content.text == "the vote had been rigged"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # An opener before the source does not make the cue a parenthetical one.
        (
            "Earlier this week, the ministry said, “The border will stay closed until "
            "further notice.”",
            "The border will stay closed until further notice.",
        ),
        # The parser finds no clause in the quote; it is still what the cue reports.
        (
            "He said prices were rising. Asked if the rise worried him, Lopez said, “Sure. "
            "Everyone is worried.”",
            "Sure. Everyone is worried.",
        ),
        # ... after whom it is told, too.
        ("Jones was blunt, telling reporters, “Sure. We lost.”", "Sure. We lost."),
    ],
)
def test_a_quote_opening_right_after_the_cue(nlp: Language, text: str, content: str) -> None:
    claim = claims(nlp, text)[-1]
    assert claim.cue.text in {"said", "telling"}
    assert claim.content.text == content


def test_a_source_inside_the_quote_after_the_cue_is_a_misparse(nlp: Language) -> None:
    # The parser makes the quote the main clause and its subject the cue's.
    text = (
        "Weaver did not seem impressed by the comments on Tuesday, telling reporters, "
        "“A lot of people think the governor should step down.”"
    )
    for claim in claims(nlp, text):
        assert claim.source is not None
        assert not claim.content.start <= claim.source.start < claim.content.end


def test_a_scare_quoted_object_is_not_a_quote_after_the_cue(nlp: Language) -> None:
    text = "The senator showed “great charm” at the dinner."
    assert claims(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The court denied bail to the journalist on Tuesday.",
        "The governor denied the request for more troops.",
        "Israel denied entry to the two lawmakers.",
    ],
)
def test_a_refusal_is_not_a_denial(nlp: Language, text: str) -> None:
    assert claims(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # what was withheld from one the passive names
        (
            "Losik said he had been beaten and denied medical care.",
            "he had been beaten and denied medical care",
        ),
        # `it` with a second object: what was withheld from the Red Cross
        (
            "The Red Cross said both sides have denied it regular visits to prisoners.",
            "both sides have denied it regular visits to prisoners",
        ),
    ],
)
def test_a_refusal_told_in_a_claim_is_part_of_it(nlp: Language, text: str, content: str) -> None:
    (claim,) = claims(nlp, text)
    assert claim.content.text == content
    assert "denial" not in claim.flags


def test_denying_that_it_happened_is_a_denial(nlp: Language) -> None:
    claim = only(claims(nlp, "The campaign has denied it happened."), "has denied")
    assert claim.content.text == "it happened"
    assert "denial" in claim.flags


def test_a_denied_report_is_a_claim(nlp: Language) -> None:
    claim = only(claims(nlp, "The ministry denied the report on Tuesday."), "denied")
    assert claim.content.text == "the report"
    assert "denial" in claim.flags


def test_a_quote_read_out_from_a_statement(nlp: Language) -> None:
    text = "“We can work together on energy and trade,” read a joint statement after the talks."
    claim = only(claims(nlp, text), "read")
    assert claim.source is not None
    assert claim.source.text == "a joint statement"
    assert claim.content.text == "We can work together on energy and trade"


def test_the_noun_after_with_speaks_in_the_participle(nlp: Language) -> None:
    text = (
        "The two leaders traded insults, with Smith at one point suggesting Jones needed a doctor."
    )
    claim = only(claims(nlp, text), "suggesting")
    assert claim.speaker_name == "Smith"
    assert claim.content.text == "Jones needed a doctor"
    # Without a participle of saying, `with` names no speaker.
    assert claims(nlp, "He left the room, with reporters shouting questions.") == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The shelling has left 70 percent of residents saying they feel abandoned.",
            "70 percent of residents",
        ),
    ],
)
def test_the_object_left_or_found_saying_something_says_it(
    nlp: Language, text: str, source: str
) -> None:
    found = [c for c in claims(nlp, text) if c.cue.text == "saying"]
    assert len(found) == 1
    assert found[0].source is not None
    assert found[0].source.text == source


def test_a_share_of_people_saying_something_says_it(nlp: Language) -> None:
    text = "The share of Ukrainians saying the war will end this year has fallen."
    claim = only(claims(nlp, text), "saying")
    assert claim.source is not None
    assert claim.source.text == "The share of Ukrainians"
    assert claim.content.text == "the war will end this year"


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        (
            "She objected to the minister's saying the port was safe.",
            "saying",
            "minister",
            "the port was safe",
        ),
        ("He was angered by Ruiz's calling him a traitor.", "calling", "Ruiz", "him a traitor"),
    ],
)
def test_the_owner_of_a_gerund_of_saying_says_it(
    nlp: Language, text: str, cue: str, speaker: str, content: str
) -> None:
    claim = only(claims(nlp, text), cue)
    assert claim.speaker_name == speaker
    assert claim.content.text == content


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Analysts do not believe the truce will hold.", "do not believe", "the truce will hold"),
        (
            "Most officers don't think the front can be held.",
            "don't think",
            "the front can be held",
        ),
    ],
)
def test_a_negated_belief_is_a_hedged_denial(
    nlp: Language, text: str, cue: str, content: str
) -> None:
    claim = only(claims(nlp, text), cue)
    assert claim.content.text == content
    assert {"denial", "hedged"} <= set(claim.flags)


@pytest.mark.parametrize(
    "text",
    [
        "The army did not say the town had fallen.",
        "Don't you think the truce will hold?",
    ],
)
def test_a_negated_saying_or_a_question_asserts_nothing(nlp: Language, text: str) -> None:
    assert claims(nlp, text) == []


def test_which_after_a_date_is_what_was_released(nlp: Language) -> None:
    text = "The army released its casualty figures in March, which showed losses had doubled."
    claim = only(claims(nlp, text), "showed")
    assert claim.speaker_name == "its casualty figures"
    assert claim.content.text == "losses had doubled"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Putin aides said the talks had failed.", "Putin aides"),
        ("Zelenskyy allies said the talks had failed.", "Zelenskyy allies"),
        ("Duterte lawyers said the talks had failed.", "Duterte lawyers"),
        (
            "A senior Biden administration official said the talks had failed.",
            "senior Biden administration official",
        ),
        # A body speaks through its officials.
        ("Pentagon officials said the talks had failed.", "Pentagon"),
    ],
)
def test_people_named_after_a_person_speak_for_themselves(
    nlp: Language, text: str, speaker: str
) -> None:
    assert only(claims(nlp, text), "said").speaker_name == speaker


def test_a_participle_joined_to_a_participle_of_saying_shares_its_source(
    nlp: Language,
) -> None:
    text = (
        "The ministry issued a statement saying the port was closed and urging ships to stay away."
    )
    found = claims(nlp, text)
    assert source_and_content(found, "saying") == ("The ministry", "the port was closed")
    assert source_and_content(found, "urging") == ("The ministry", "ships to stay away")


def test_an_exclamation_declared_with_no_comma_is_quoted_speech(nlp: Language) -> None:
    text = "Okafor declared “What a Monday!” and said the vote was won."
    claim = only(claims(nlp, text), "declared")
    assert claim.content.text == "What a Monday!"
    assert claim.kind == "direct"
    # A scare-quoted object is no speech.
    assert claims(nlp, "The senator showed “great charm” at the dinner.") == []


def test_a_quoted_label_the_parser_hung_on_the_naming_verb(nlp: Language) -> None:
    text = "Ruiz thanked the crowd, declaring it “another great night for our campaign.”"
    claim = only(claims(nlp, text), "declaring")
    assert claim.content.text == "it “another great night for our campaign.”"


def test_pledged_delegates_are_no_pledge(nlp: Language) -> None:
    text = "The convention’s pledged delegates will vote on Tuesday."
    assert claims(nlp, text) == []
    assert only(claims(nlp, "Ruiz pledged support for the port workers."), "pledged")
    # (a participle before the noun it describes, which the parser took for a verb)
    text = "The minister said a deal to send rejected asylum-seekers to Albania would resume."
    assert [c.cue.text for c in claims(nlp, text)] == ["said"]


def test_a_quote_closed_by_a_pronoun_that_stands_for_people(nlp: Language) -> None:
    text = '"The vote was rigged," wrote one voter. "Watch out for the count," tweeted another.'
    found = claims(nlp, text)
    assert [(c.speaker_name, c.content.text) for c in found] == [
        ("one voter", "The vote was rigged"),
        ("another voter", "Watch out for the count"),
    ]


def test_a_that_clause_hung_on_when_the_speaker_spoke(nlp: Language) -> None:
    text = (
        "Ana Ruiz, the mayor of the port town, told the Herald before she spoke at the rally "
        "that she believed the dam would hold."
    )
    found = claims(nlp, text)
    told = only(found, "told")
    assert told.content.text == "she believed the dam would hold"
    # `she` is the mayor, the sentence's subject, not the paper she told.
    assert only(found, "believed").speaker_name == "Ana Ruiz"


def test_what_was_said_ends_where_what_the_speaker_went_on_to_say_begins(
    nlp: Language,
) -> None:
    text = "The mayor said the port was safe before adding that ships could dock."
    found = claims(nlp, text)
    assert source_and_content(found, "said") == ("The mayor", "the port was safe")
    assert source_and_content(found, "adding") == ("The mayor", "ships could dock")
    # Inside a quotation, the words are the speaker's own.
    text = 'The mayor said, "We checked the port before saying it was safe."'
    assert only(claims(nlp, text), "said").content.text == (
        "We checked the port before saying it was safe."
    )


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "Okafor has a decisive lead in the polls ahead of the state’s April primary.",
            "the polls",
            "Okafor has a decisive lead",
        ),
        (
            "Ruiz came in second in January polls, although Okafor moved up later.",
            "January polls",
            "Ruiz came in second",
        ),
    ],
)
def test_a_poll_phrase_closing_its_clause_before_an_aside(
    nlp: Language, text: str, source: str, content: str
) -> None:
    claim = only(claims(nlp, text), "in")
    assert claim.source is not None
    assert (claim.source.text, claim.content.text) == (source, content)
    # (`January` says when, not whose; the speaker is the group without its article)
    assert claim.speaker_name == source.removeprefix("the ")


def test_a_named_others_claim_inside_a_cues_object_is_theirs(nlp: Language) -> None:
    text = (
        "The mayor blamed the press for making an issue out of Okafor’s claim that the port "
        "was “sold off.”"
    )
    found = claims(nlp, text)
    assert only(found, "blamed").content.text.startswith("the press for making an issue")
    assert source_and_content(found, "claim") == ("Okafor’s", "the port was “sold off.”")


def test_people_counted_then_a_belief_the_tagger_read_as_a_noun(nlp: Language) -> None:
    text = "Many fear Ruiz will feed insecurity in nations worried about the war."
    claim = only(claims(nlp, text), "fear")
    assert claim.source is not None
    assert (claim.source.text, claim.content.text) == (
        "Many",
        "Ruiz will feed insecurity in nations worried about the war",
    )
    assert "hedged" in claim.flags
    assert claims(nlp, "Most fear of heights is learned.") == []


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        # (the tagger reads `allege` as a noun: the sentence's root, or a word of the name)
        ("Police allege that the men smuggled rifles.", "Police", "the men smuggled rifles"),
        (
            "Investigators allege Mensah planned the riot with two aides.",
            "Investigators",
            "Mensah planned the riot with two aides",
        ),
        # (what was said ends where it would with the cue read as a verb)
        (
            "Investigators allege Mensah planned the riot after the ruling, a claim he rejects.",
            "Investigators",
            "Mensah planned the riot after the ruling",
        ),
    ],
)
def test_allege_read_as_a_noun_is_still_the_cue(
    nlp: Language, text: str, source: str, content: str
) -> None:
    claim = only(claims(nlp, text), "allege")
    assert claim.source is not None
    assert (claim.source.text, claim.content.text) == (source, content)
    assert "distanced" in claim.flags


@pytest.mark.parametrize(
    "text",
    [
        "After the vote, the mayor called Okafor to congratulate him.",
        "Some voters have called her to say they will not vote for the mayor.",
        "He called on Friday to congratulate her.",
    ],
)
def test_a_phone_call_with_its_purpose_is_no_claim(nlp: Language, text: str) -> None:
    assert [c for c in claims(nlp, text) if "call" in c.cue.text] == []


def test_calling_on_someone_to_act_and_calling_someone_names_are_claims(nlp: Language) -> None:
    called_on = only(claims(nlp, "The mayor called on residents to stay home."), "called on")
    assert called_on.content.text == "residents to stay home"
    # whatever the parser makes of the name beside its description, or of the cue after
    # a noun with no verb of its own
    for text, speaker, content in [
        (
            "France's envoy, Nicolas de Riviere, called on Tehran to free the detainees.",
            "Nicolas de Riviere",
            "Tehran to free the detainees",
        ),
        (
            "The U.N. chief called on both sides to stop fighting.",
            "Antonio Guterres",
            "both sides to stop fighting",
        ),
    ]:
        claim = only(claims(nlp, text), "called on")
        assert (claim.speaker_name, claim.content.text) == (speaker, content)
    assert only(claims(nlp, "The mayor called Okafor a traitor."), "called").content.text == (
        "Okafor a traitor"
    )


def test_a_gathering_is_told_a_that_clause(nlp: Language) -> None:
    text = "The prime minister told a cabinet meeting that he had met with police chiefs."
    claim = only(claims(nlp, text), "told")
    assert claim.content.text == "he had met with police chiefs"


def test_a_state_of_mind_about_a_clause(nlp: Language) -> None:
    worried = only(
        claims(nlp, "Baltic leaders are worried the war may spread north."), "are worried"
    )
    assert worried.speaker_name == "Baltic leaders"
    assert worried.content.text == "the war may spread north"
    assert "hedged" in worried.flags
    sure = only(claims(nlp, "The minister was adamant that the deal would hold."), "was adamant")
    assert sure.content.text == "the deal would hold"
    assert "hedged" not in sure.flags
    assert claims(nlp, "Analysts are not worried that prices will rise.") == []


def test_feeling_that_a_clause_is_true_is_a_hedged_claim(nlp: Language) -> None:
    text = "Two out of three Ukrainians still feel the country is on the wrong path."
    claim = only(claims(nlp, text), "feel")
    assert claim.content.text == "the country is on the wrong path"
    assert "hedged" in claim.flags
    # A feeling of a thing or a state says nothing.
    assert claims(nlp, "Workers feel squeezed by the new levy.") == []
    assert claims(nlp, "He felt a sharp pain in his leg.") == []


def test_two_that_clauses_are_two_claims(nlp: Language) -> None:
    text = "The agency said the dam had held and that water levels were falling."
    found = claims(nlp, text)
    assert [c.content.text for c in found] == [
        "the dam had held",
        "water levels were falling",
    ]
    assert {c.cue.text for c in found} == {"said"}
    # `that` read as the determiner of the second clause's subject is still the
    # conjunction that opens a second claim.
    text = "The mayor said the fire had been set deliberately and that order had been restored."
    assert [c.content.text for c in claims(nlp, text)] == [
        "the fire had been set deliberately",
        "order had been restored",
    ]
    # and with the first hung on the medium of saying
    text = (
        "The ministry said in a statement that the strikes were illegal and that Bogota "
        "would seek a meeting."
    )
    assert [c.content.text for c in claims(nlp, text)] == [
        "the strikes were illegal",
        "Bogota would seek a meeting",
    ]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "The prosecutor said the court lacked jurisdiction to try him and that the "
            "case had failed.",
            "the court lacked jurisdiction to try him",
            "the case had failed",
        ),
        (
            "A moderator said the group had no control over the people who rioted and "
            "that its members were being blamed.",
            "the group had no control over the people who rioted",
            "its members were being blamed",
        ),
    ],
)
def test_a_second_that_clause_hung_inside_the_first_is_a_claim_of_its_own(
    nlp: Language, text: str, first: str, second: str
) -> None:
    assert [(c.cue.text, c.content.text) for c in claims(nlp, text)] == [
        ("said", first),
        ("said", second),
    ]


def test_two_that_clauses_a_reported_belief_holds_stay_in_the_claim(nlp: Language) -> None:
    text = "He said officials believed that the dam was safe and that no one was hurt."
    assert only(claims(nlp, text), "said").content.text == (
        "officials believed that the dam was safe and that no one was hurt"
    )


def test_a_participle_right_after_people_is_theirs(nlp: Language) -> None:
    text = "The bill drew fire from lawyers and rights groups arguing that it was too broad."
    claim = only(claims(nlp, text), "arguing")
    assert claim.source is not None
    assert claim.source.text == "lawyers and rights groups"
    # Set off by a comma, or after an audience, the participle is the subject's.
    text = "The minister met the strikers, saying their demands were fair."
    assert only(claims(nlp, text), "saying").speaker_name == "minister"
    text = "The senator made a pitch to farmers saying the fuel tax was hurting rural towns."
    assert only(claims(nlp, text), "saying").speaker_name == "senator"


def test_the_reporters_comment_after_a_comma_is_not_content(nlp: Language) -> None:
    text = "The army said it had left the town, a step that analysts called overdue."
    assert only(claims(nlp, text), "said").content.text == "it had left the town"
    # Inside the clause, the same noun is what was said.
    text = "She said the vote was a step toward peace."
    assert only(claims(nlp, text), "said").content.text == "the vote was a step toward peace"


def test_a_description_between_dashes_does_not_replace_the_name(nlp: Language) -> None:
    text = (
        "Al-Sharaa — leader of the group that led the offensive in December — said "
        "after the ceremony that he hoped the text would mark a new start."
    )
    claim = only(claims(nlp, text), "said")
    assert claim.source is not None
    assert claim.source.text == "Al-Sharaa"


def test_a_circumstance_before_the_cue_is_part_of_what_was_said(nlp: Language) -> None:
    text = "A bomb squad searched the area, while passengers who fled were gathered up, he said."
    content = only(claims(nlp, text), "said").content.text
    assert content == "A bomb squad searched the area, while passengers who fled were gathered up"
    # After the cue it is the reporter's (`said it would act as thousands fled`).
    text = "The ministry said it would act as thousands fled the city."
    assert only(claims(nlp, text), "said").content.text == "it would act"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a `while` of time is part of what was said
        (
            "Qassem said the group would not disarm while Israeli troops remained in Lebanon.",
            "the group would not disarm while Israeli troops remained in Lebanon",
        ),
        (
            "Ruiz said she could not comment while the trial was going on.",
            "she could not comment while the trial was going on",
        ),
        # a contrast set off by a comma, or with other people, is not
        (
            "Officials said the port was open, while rebels insisted it was closed.",
            "the port was open",
        ),
        (
            "Some told VOA they backed the vote while others found it distasteful.",
            "they backed the vote",
        ),
    ],
)
def test_a_while_of_time_is_said_and_a_contrast_is_not(
    nlp: Language, text: str, content: str
) -> None:
    assert claims(nlp, text)[0].content.text == content


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Military analysts believe Russia may be preparing a new offensive in the "
            "spring, though they caution that its reserves are thin.",
            "Russia may be preparing a new offensive in the spring",
            "caution",
        ),
        (
            "The mayor said the bridge would reopen in May, although she warned that "
            "repairs could take longer.",
            "the bridge would reopen in May",
            "warned",
        ),
    ],
)
def test_a_concession_with_a_cue_of_its_own_ends_what_was_said(
    nlp: Language, text: str, first: str, second: str
) -> None:
    found = claims(nlp, text)
    assert found[0].content.text == first
    # The speaker goes on: the pronoun is who spoke, not a subject of what they said.
    assert only(found, second).speaker_name == found[0].speaker_name


def test_they_after_a_claim_is_who_spoke_not_a_subject_of_what_they_said(
    nlp: Language,
) -> None:
    text = (
        "Western officials told reporters they expected Russia to intensify attacks. "
        "They said Moscow was stockpiling missiles."
    )
    assert [c.speaker_name for c in claims(nlp, text)] == ["Western officials"] * 2


def test_a_concession_inside_what_was_said_stays_in_it(nlp: Language) -> None:
    text = "The minister said that although critics claim the port is unsafe, ships dock daily."
    claim = only(claims(nlp, text), "said")
    assert claim.content.text == "although critics claim the port is unsafe, ships dock daily"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The group claimed responsibility for the attack in a statement on Telegram.",
            "responsibility for the attack",
        ),
        (
            "The rebels denied involvement in the raid in a televised address.",
            "involvement in the raid",
        ),
        # what is talked of, not where it was said
        ("The minister denied any role in the statement.", "any role in the statement"),
        (
            "He suggested the envoy should get only false figures in his briefings, which "
            "he is owed as a delegate.",
            "the envoy should get only false figures in his briefings, which he is owed as a "
            "delegate",
        ),
    ],
)
def test_where_it_was_said_hung_on_what_was_said_is_no_part_of_it(
    nlp: Language, text: str, content: str
) -> None:
    assert claims(nlp, text)[0].content.text == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # `that` read as a pronoun hung on the subject after it
        (
            "The junta spokesman told state media that turnout in the first phase had been "
            '"satisfactory."',
            'turnout in the first phase had been "satisfactory."',
        ),
        ("The minister said that was wrong.", "that was wrong"),
        ("The minister said that plan was flawed.", "that plan was flawed"),
    ],
)
def test_what_was_said_starts_after_its_conjunction(nlp: Language, text: str, content: str) -> None:
    assert claims(nlp, text)[0].content.text == content


@pytest.mark.parametrize(
    ("text", "content", "second"),
    [
        (
            "Israel says it targets only Hezbollah fighters and accuses the group of "
            "rebuilding its arsenal.",
            "it targets only Hezbollah fighters",
            "accuses",
        ),
        (
            'The mayor said he had met the envoy and called the talks "a waste of time."',
            "he had met the envoy",
            "called",
        ),
        # not a cue that says nothing
        (
            "Canova said he has not held fundraising dinners and never called a donor.",
            "he has not held fundraising dinners and never called a donor",
            None,
        ),
        (
            "She said she was elated but still feared the army.",
            "she was elated but still feared the army",
            None,
        ),
    ],
)
def test_a_cue_joined_to_a_clause_about_the_speaker_is_the_speakers_own(
    nlp: Language, text: str, content: str, second: str | None
) -> None:
    found = claims(nlp, text)
    assert only(found, "says" if "says" in text else "said").content.text == content
    if second is not None:
        joined = only(found, second)
        assert joined.source is not None
        assert joined.source.text in {"Israel", "The mayor"}
    else:
        assert len(found) == 1


def test_a_cue_joined_to_the_gerund_of_a_charge_is_a_claim_of_its_own(nlp: Language) -> None:
    text = (
        "The group accused the authorities of arresting hundreds of opposition supporters "
        "before the vote and called for their release."
    )
    found = claims(nlp, text)
    assert [(c.cue.text, c.speaker_name, c.content.text) for c in found] == [
        (
            "accused",
            "group",
            "the authorities of arresting hundreds of opposition supporters before the vote",
        ),
        ("called", "group", "their release"),
    ]


def test_a_judgement_on_the_reporters_noun_with_no_relative_word(nlp: Language) -> None:
    text = (
        "A Russian court sentenced the reporter to 12 years in prison, a verdict his "
        'family called "a travesty of justice."'
    )
    claim = only(claims(nlp, text), "called")
    assert claim.speaker_name == "his family"
    assert claim.content.text.rstrip('."') == "a travesty of justice"
    # (the name given read as the cue's object)
    text = "The cabinet approved the plan, a move Hezbollah called a grave sin."
    claim = only(claims(nlp, text), "called")
    assert (claim.speaker_name, claim.content.text) == ("Hezbollah", "a grave sin")
    # (also with the clause read as one of the noun)
    text = "The ministers signed a deal, a move Trump called a triumph."
    claim = only(claims(nlp, text), "called")
    assert (claim.speaker_name, claim.content.text) == ("Donald Trump", "a triumph")
    # (not a call made)
    assert claims(nlp, "He thanked the officials, a group he called on Monday.") == []


def test_a_reporters_noun_described_by_others_words_is_theirs(nlp: Language) -> None:
    text = (
        "Syria's government said that it had reached an agreement with the Kurdish-led "
        'forces, a deal U.S. officials hailed as "a historic step."'
    )
    found = claims(nlp, text)
    assert (
        only(found, "said").content.text
        == "it had reached an agreement with the Kurdish-led forces"
    )
    hailed = only(found, "hailed")
    assert hailed.speaker_name == "U.S. officials"
    assert hailed.content.text.strip('".') == "a historic step"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Macron said France would recognize a Palestinian state in September, becoming "
            "the first G7 country to do so.",
            "France would recognize a Palestinian state in September",
        ),
        # what it became, unranked, is what was said
        (
            "The coach said the team had won the final, becoming champions.",
            "the team had won the final, becoming champions",
        ),
    ],
)
def test_the_reporter_ranking_what_was_said_is_no_part_of_it(
    nlp: Language, text: str, content: str
) -> None:
    assert only(claims(nlp, text), "said").content.text == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('Hamas welcomed the decision as "a positive step."', 'the decision as "a positive step."'),
        ("The minister welcomed the move.", None),
        ("The minister welcomed the delegates to Paris.", None),
    ],
)
def test_welcoming_is_a_claim_only_with_what_it_is_welcomed_as(
    nlp: Language, text: str, content: str | None
) -> None:
    found = claims(nlp, text)
    assert [c.content.text for c in found] == ([content] if content else [])


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Pakistan said its forces had killed 30 militants near the Afghan border, days "
            "after a suicide bombing at a police station killed 12 officers.",
            "its forces had killed 30 militants near the Afghan border",
        ),
        # no event past: what is planned may be timed by the speaker
        (
            "The minister said the troops would withdraw, weeks after the vote.",
            "the troops would withdraw, weeks after the vote",
        ),
    ],
)
def test_a_time_tied_to_another_event_after_what_was_said_is_the_reporters(
    nlp: Language, text: str, content: str
) -> None:
    assert only(claims(nlp, text), "said").content.text == content


def test_a_second_that_clause_hung_on_the_cue_is_a_claim_of_its_own(nlp: Language) -> None:
    text = (
        'Kremlin spokesman Dmitry Peskov told reporters that Russia remained "open to '
        'dialogue" but that Kyiv must first accept "the realities on the ground."'
    )
    found = [c for c in claims(nlp, text) if c.cue.text == "told"]
    assert [c.content.text for c in found] == [
        'Russia remained "open to dialogue"',
        'Kyiv must first accept "the realities on the ground."',
    ]


@pytest.mark.parametrize(
    ("text", "claimed"),
    [
        ("Putin said the army would defend its territory.", False),
        ("The general vowed that the brigade would defend Pokrovsk.", False),
        ("The minister defended the plan on Friday.", True),
    ],
)
def test_defending_ground_is_a_fight_not_an_argument(
    nlp: Language, text: str, claimed: bool
) -> None:
    assert (
        any(c.cue.text.endswith("defend") or c.cue.text == "defended" for c in claims(nlp, text))
        is claimed
    )


def test_a_cue_joined_with_a_speaker_of_its_own_ends_the_claim_before_it(
    nlp: Language,
) -> None:
    text = (
        'The spokesman insisted the strikes hit only "terrorist hideouts," but Afghan '
        "officials said women were among the dead."
    )
    found = claims(nlp, text)
    claim = only(found, "insisted").content.text
    assert claim.rstrip(',"') == 'the strikes hit only "terrorist hideouts'
    assert only(found, "said").content.text == "women were among the dead"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Israeli officials say Hamas uses hospitals as command centers, an accusation "
            "the group denies.",
            "Hamas uses hospitals as command centers",
        ),
        (
            "North Korea fired a missile into the sea off its east coast, the South Korean "
            "military said, the third launch this month.",
            "North Korea fired a missile into the sea off its east coast",
        ),
        (
            "The strike killed 12 people, officials said, a toll that could rise.",
            "The strike killed 12 people",
        ),
        # after the comma that closes a quotation
        (
            'Putin said Russia would protect its "new lands," an apparent reference to '
            "four Ukrainian regions.",
            'Russia would protect its "new lands,"',
        ),
        # how long before or after another event: the reporter ties the news to it
        (
            "Russia launched 200 drones at Ukraine overnight, the Ukrainian air force said, "
            "days after peace talks in Geneva collapsed.",
            "Russia launched 200 drones at Ukraine overnight",
        ),
        (
            "North Korea fired two missiles into the sea, Seoul's military said, just hours "
            "before a U.S. carrier arrived in Busan.",
            "North Korea fired two missiles into the sea",
        ),
        # the reporter ranking the event among others
        (
            "North Korea fired a missile, the South Korean military said, the latest in a "
            "series of launches.",
            "North Korea fired a missile",
        ),
        # (the rank read as the object of the clause before the cue)
        (
            "North Korea fired a short-range ballistic missile toward the sea off its east "
            "coast on Tuesday, South Korea's Joint Chiefs of Staff said, the latest in a "
            "string of launches this year.",
            "North Korea fired a short-range ballistic missile toward the sea off its east "
            "coast on Tuesday",
        ),
        (
            "Russia fired 40 drones, Ukraine's air force said, the largest attack this month.",
            "Russia fired 40 drones",
        ),
        (
            "Israel's military said it had killed a Hezbollah commander in a strike on "
            "Beirut, the first such strike on the capital since the truce.",
            "it had killed a Hezbollah commander in a strike on Beirut",
        ),
        (
            "She said Baku was using the clashes to press Armenia to change its "
            "constitution, a demand Yerevan has so far resisted.",
            "Baku was using the clashes to press Armenia to change its constitution",
        ),
        # other events set beside the news by the reporter
        (
            "Police shot dead at least 14 protesters in Mombasa, a rights group said, as "
            "demonstrations spread to other cities.",
            "Police shot dead at least 14 protesters in Mombasa",
        ),
        (
            "Three people were killed in the blast, police said, amid fears of reprisals.",
            "Three people were killed in the blast",
        ),
        # (the time's clause made the root, and the news hung on it)
        (
            "Rockets hit the port, killing four sailors, officials said, hours after the "
            "talks in Cairo broke down.",
            "Rockets hit the port, killing four sailors",
        ),
        # the rank of the event, or what it caused, after a closing cue hung elsewhere
        (
            "Drones hit an oil depot in Bryansk, the governor said, in the latest attack.",
            "Drones hit an oil depot in Bryansk",
        ),
        (
            "The navy struck a boat on Thursday, killing four people, the minister said, in "
            "the latest of a series of strikes.",
            "The navy struck a boat on Thursday, killing four people",
        ),
        (
            "Heavy clashes erupted overnight in Tripoli, residents said, raising fears of "
            "a wider conflict.",
            "Heavy clashes erupted overnight in Tripoli",
        ),
        (
            "The two sides swapped 84 prisoners, officials said, the latest of dozens of "
            "such exchanges since the invasion began.",
            "The two sides swapped 84 prisoners",
        ),
        # after the comma that closes a quotation, the reporter's note and noun too
        (
            'The minister said the talks were "dead," without giving details.',
            'the talks were "dead,"',
        ),
        (
            'The minister said the talks were "dead," a remark that angered the rebels.',
            'the talks were "dead,"',
        ),
        (
            "The navy detained a tanker on Thursday, officials said, in a move that "
            "angered Moscow.",
            "The navy detained a tanker on Thursday",
        ),
        (
            "The ship was detained, officials said, after it was spotted near a cable.",
            "The ship was detained",
        ),
        # a quotation after the cue, or a clause, goes on with what was said
        ("The army will withdraw, he said, after the elections.", None),
        ("It was, he said, one of the bitterest failures of his presidency.", None),
        ("The talks will resume, he said, as well as the trade talks.", None),
        (
            'There was, she said, "an implicit bargain" with the voters.',
            'There was, she said, "an implicit bargain" with the voters',
        ),
    ],
)
def test_the_reporters_noun_phrase_after_what_was_said_is_no_part_of_it(
    nlp: Language, text: str, content: str | None
) -> None:
    assert claims(nlp, text)[0].content.text == (content or text.rstrip("."))


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        # (the source the parser joined to the clause's last noun, made the subject)
        (
            "China returned as many as 600 North Koreans, Human Rights Watch said.",
            "Human Rights Watch",
            "China returned as many as 600 North Koreans",
        ),
        # (words of the clause the parser hung elsewhere)
        (
            "The strikes hit the port, the harbor and the depot, officials said.",
            "officials",
            "The strikes hit the port, the harbor and the depot",
        ),
        # (a closing cue before whom it cites, which is no claim)
        (
            "China returned 600 North Koreans, Human Rights Watch said, citing relatives "
            "and activists.",
            "Human Rights Watch",
            "China returned 600 North Koreans",
        ),
        (
            "North Korea fired two missiles on Monday, Yonhap said, citing the military.",
            "Yonhap",
            "North Korea fired two missiles on Monday",
        ),
    ],
)
def test_all_before_the_comma_that_sets_off_a_closing_source_is_said(
    nlp: Language, text: str, source: str, content: str
) -> None:
    (claim,) = claims(nlp, text)
    assert claim.source is not None
    assert (claim.source.text, claim.content.text) == (source, content)


def test_a_cue_in_the_reporters_time_clause_reports_only_its_own(nlp: Language) -> None:
    text = (
        "Jets struck army posts near Homs, killing at least nine soldiers, a war monitor "
        "said, hours after Prime Minister Benjamin Netanyahu demanded the withdrawal of "
        "Syrian forces from the south."
    )
    found = claims(nlp, text)
    assert only(found, "said").content.text == (
        "Jets struck army posts near Homs, killing at least nine soldiers"
    )
    assert only(found, "demanded").content.text == (
        "the withdrawal of Syrian forces from the south"
    )


@pytest.mark.parametrize(
    ("text", "content", "flags"),
    [
        (
            "The ministry said its forces had hit depots in the region, without providing "
            "evidence.",
            "its forces had hit depots in the region",
            ["unsupported"],
        ),
        (
            "The ministry said its forces had hit depots in the region, without elaborating.",
            "its forces had hit depots in the region",
            [],
        ),
        (
            "Lebanon's army said it had arrested several suspects, without naming them.",
            "it had arrested several suspects",
            [],
        ),
        # how the deed was done is part of what was said
        (
            "The ministry said troops had crossed the river, without firing a shot.",
            "troops had crossed the river, without firing a shot",
            [],
        ),
    ],
)
def test_without_evidence_after_what_was_said_is_the_reporters_note(
    nlp: Language, text: str, content: str, flags: list[str]
) -> None:
    claim = only(claims(nlp, text), "said")
    assert (claim.content.text, sorted(claim.flags)) == (content, flags)


def test_a_participle_after_what_was_vowed_is_the_vowers_own_act(nlp: Language) -> None:
    text = (
        "Sudan's army chief Abdel Fattah al-Burhan vowed on Saturday to fight \"until the "
        'last soldier," rejecting calls for a truce.'
    )
    found = claims(nlp, text)
    assert only(found, "vowed").content.text.rstrip(',"') == 'to fight "until the last soldier'
    # (rejecting calls for a truce is an act, no claim)
    assert [c.cue.text for c in found] == ["vowed"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "A U.N. panel of experts found that the RSF had received weapons shipments "
            "through Chad, according to a report seen by Reuters.",
            "the RSF had received weapons shipments through Chad",
        ),
        # inside what was said, it vouches for a part of it
        (
            "The clerk said 3,000 of the voters, according to the registry, are Democrats.",
            "3,000 of the voters, according to the registry, are Democrats",
        ),
    ],
)
def test_according_to_closing_what_another_cue_reports(
    nlp: Language, text: str, content: str
) -> None:
    cue = "found" if "found" in text else "said"
    assert only(claims(nlp, text), cue).content.text == content


@pytest.mark.parametrize(
    "text",
    [
        "No group has claimed responsibility for the bombing.",
        "Nobody said the war would be easy.",
        # a plural noun the tagger read as the cue
        "Recent energy finds have sparked disputes between Greece and Turkey.",
    ],
)
def test_nobody_claiming_and_a_noun_read_as_a_cue_are_no_claims(nlp: Language, text: str) -> None:
    assert claims(nlp, text) == []


def test_a_participle_after_nobody_acting_is_still_a_claim(nlp: Language) -> None:
    text = "No country has recognized the junta, citing the harsh treatment of women."
    assert only(claims(nlp, text), "citing").content.text == "the harsh treatment of women"


def test_all_told_is_no_telling(nlp: Language) -> None:
    text = "All told, outside groups spent more than $2 million on phone banks."
    assert claims(nlp, text) == []


def test_a_clause_whose_subject_and_its_infinitive_the_parser_split_off(nlp: Language) -> None:
    text = (
        "Murphy, who was elected to the House in 2012, argued his fight to increase funding "
        "for public schools is especially relevant."
    )
    assert only(claims(nlp, text), "argued").content.text == (
        "his fight to increase funding for public schools is especially relevant"
    )


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("That attitude, many argue, could carry constitutional implications.", "argue", "many"),
        # the noun a clause describes is not its speaker's
        ("The court issued a verdict lawyers say was rushed.", "say", "lawyers"),
        ("Officials inspected a ruling critics say was rushed.", "say", "critics"),
        # (`that` read as the cue's mark, and the reported clause left without a subject)
        ("He faces charges that critics say are politically motivated.", "say", "critics"),
        ("A few officials said the road was closed.", "said", "A few officials"),
    ],
)
def test_a_source_the_parser_misread(nlp: Language, text: str, cue: str, source: str) -> None:
    claim = only(claims(nlp, text), cue)
    assert claim.source is not None
    assert claim.source.text == source


def test_a_quote_in_the_question_put_to_the_speaker_is_not_theirs(nlp: Language) -> None:
    text = (
        'Asked by reporters on Monday if the U.S. was weighing "any punitive action '
        'against the leader," Rubio said the administration did not want a partition.'
    )
    found = claims(nlp, text)
    assert [c.content.text for c in found] == ["the administration did not want a partition"]
    text = '"If we lose this vote, we will try again next year," he said.'
    assert only(claims(nlp, text), "said").content.text.startswith("If we lose")


def test_a_purpose_of_saying_that_was_fulfilled(nlp: Language) -> None:
    claim = only(
        claims(nlp, "Critics rushed to TV to say he did not speak for the party."), "to say"
    )
    assert claim.speaker_name == "Critics"
    assert claim.content.text == "he did not speak for the party"
    assert claims(nlp, "She declined to say whether the talks had failed.") == []


def test_a_relative_clause_whose_gap_is_outside_what_is_said(nlp: Language) -> None:
    text = "The ad shows a clip in which the governor says she will cut taxes."
    claim = only(claims(nlp, text), "says")
    assert claim.content.text == "she will cut taxes"
    # The gap inside the reported clause makes it background, not a claim.
    assert claims(nlp, "Kyiv retook the villages that Russia says it has captured.") == []


def test_a_relative_clause_set_off_by_a_comma_asserts_what_fills_its_gap(
    nlp: Language,
) -> None:
    text = "The rebels showed three drones, which they said were supplied by a foreign army."
    claim = only(claims(nlp, text), "said")
    assert claim.source is not None
    assert claim.source.text == "they"
    assert claim.content.text == "were supplied by a foreign army"
    text = "The mayor opened a new bridge, which she said the city would pay for."
    assert only(claims(nlp, text), "said").content.text == "the city would pay for"
    # Without the comma, a clause whose gap is an object only picks out the noun:
    # background, as above; one that says what the noun is asserts it.
    text = "The mayor opened the bridge that she says the city will pay for."
    assert claims(nlp, text) == []
    text = "The board approved a merger that analysts say will cost jobs."
    assert only(claims(nlp, text), "say").content.text == "will cost jobs"
    # (its verb read as joined to the sentence's own)
    text = "The rebels published photographs they said showed the bodies of children."
    claim = only(claims(nlp, text), "said")
    assert (claim.speaker_name, claim.content.text) == (
        "rebels",
        "showed the bodies of children",
    )


def test_a_noun_of_saying_equated_with_a_clause(nlp: Language) -> None:
    text = "The senator's response was that the tax code is unfair to families."
    claim = only(claims(nlp, text), "response")
    assert claim.content.text == "the tax code is unfair to families"
    assert claim.speaker_name == "senator"
    # Without an owner, nobody is said to hold it.
    assert claims(nlp, "The point is that nobody knows.") == []


def test_what_a_poll_found(nlp: Language) -> None:
    text = "In an October CBS News poll, the governor led her rival 56 percent to 32 percent."
    claim = only(claims(nlp, text), "In")
    assert claim.source is not None
    assert claim.source.text == "an October CBS News poll"
    assert claim.content.text == "the governor led her rival 56 percent to 32 percent"
    assert claim.kind == "according_to"
    text = "The governor holds a decisive lead in the latest Marist poll."
    assert only(claims(nlp, text), "in").content.text == "The governor holds a decisive lead"
    # A poll that is only where something happened says nothing.
    assert claims(nlp, "He took part in a study of sleep in 2019.") == []


def test_it_refers_back_to_one_body(nlp: Language) -> None:
    text = (
        "The Autonomous Administration in the northeast rejected the charter, calling it "
        "exclusionary. Legal experts and rights groups argued that it had loopholes. "
        "“The charter repeats the old mistakes,” it said."
    )
    claim = only(claims(nlp, text), "said")
    assert claim.speaker_name == "Autonomous Administration of North and East Syria"


def test_a_date_after_the_cues_preposition_is_not_the_content(nlp: Language) -> None:
    text = "The senator called on Friday for an independent inquiry into the deal."
    claim = only(claims(nlp, text), "called")
    assert claim.content.text == "an independent inquiry into the deal"


def test_a_forecast_of_a_finding_is_not_a_claim(nlp: Language) -> None:
    text = "The judges are likely to find the publisher guilty, his lawyer argued."
    assert [c.cue.text for c in claims(nlp, text)] == ["argued"]
    text = "Voters were more likely to say the economy was weak."
    assert only(claims(nlp, text), "to say").speaker_name == "Voters"


def test_a_person_named_by_where_they_work_speaks_for_themselves(nlp: Language) -> None:
    text = (
        "“I call it chaos,” a JetBlue pilot said on Sunday. "
        "He added that many passengers did not know how to behave."
    )
    said, added = claims(nlp, text)
    assert said.speaker_name == added.speaker_name == "JetBlue pilot"


def test_the_role_refers_back_to_the_person_named_with_it(nlp: Language) -> None:
    text = (
        "Solo Mayor Hadi Rudyatmo said the supply of dog meat was plentiful. "
        "The mayor said a ban would not end the trade."
    )
    assert [c.speaker_name for c in claims(nlp, text)] == ["Hadi Rudyatmo"] * 2


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a title of a person named in full, not only a role word
        (
            "Senator Chuck Grassley said the tariffs were a mistake. "
            "The senator said farmers were paying the price.",
            ["Chuck Grassley", "Chuck Grassley"],
        ),
        # an office in lower case the tagger read as a name
        (
            "Prime Minister Benjamin Netanyahu said Israel would not negotiate. "
            '"Hamas is stalling," the prime minister said.',
            ["Benjamin Netanyahu", "Benjamin Netanyahu"],
        ),
        # a source left unnamed, speaking again
        (
            "An Israeli official denied that Israel had received a proposal. "
            "The official said the government was studying ideas.",
            ["Israeli official", "Israeli official"],
        ),
        (
            "Western diplomats said the report could pave the way for a resolution. "
            "One European diplomat said Britain was considering sanctions. "
            '"Time is running out," the diplomat said.',
            ["Western diplomats", "One European diplomat", "One European diplomat"],
        ),
        # an Arabic article the later mention drops
        (
            "Prime Minister Mohammed Shia al-Sudani spoke on Monday. "
            "Sudani said the state alone must carry arms.",
            ["Mohammed Shia al-Sudani"],
        ),
        # someone new, left unnamed, is not the person named next
        (
            "A diplomat said the council would not vote this month. "
            "Maria Lopez said she had lost everything.",
            ["diplomat", "Maria Lopez"],
        ),
        (
            "A senior U.S. official said the talks had stalled. "
            "Ahmed Hassan, a farmer, said he had lost everything.",
            ["senior U.S. official", "Ahmed Hassan"],
        ),
    ],
)
def test_a_description_refers_back_to_whom_it_describes(
    nlp: Language, text: str, speakers: list[str]
) -> None:
    assert [c.speaker_name for c in claims(nlp, text)] == speakers


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The French politician, who according to some French media outlets is "
            "considering a run for president, says the border has become a sieve.",
            "some French media outlets",
            "is considering a run for president",
        ),
        # the phrase after the relative clause's verb
        (
            "The rebel alliance, which is backed by Rwanda according to U.N. experts, said "
            "it wanted peace.",
            "United Nations",
            "is backed by Rwanda",
        ),
    ],
)
def test_according_to_inside_a_relative_clause(
    nlp: Language, text: str, speaker: str, content: str
) -> None:
    claim = only(claims(nlp, text), "according to")
    assert claim.speaker_name == speaker
    assert claim.content.text == content


def test_a_name_read_as_say_is_no_cue(nlp: Language) -> None:
    text = (
        "Sayed Abdul Karim, the Herat head for the Red Cross and Red Crescent Society "
        "told VOA four people had likely died in the blast."
    )
    # The parser reads `Sayed` as the verb and `told` as its clause: no claim is better
    # than one whose cue is a name.
    assert [c.cue.text for c in claims(nlp, text) if c.cue.text == "Sayed"] == []


def test_a_cue_joined_to_a_reported_clause_continues_its_reporter(nlp: Language) -> None:
    text = "The governor pointed out that the law is old and added that it would be changed."
    assert [c.speaker_name for c in claims(nlp, text)] == ["governor", "governor"]


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


@pytest.mark.parametrize(
    "second",
    [
        "He offered no evidence.",
        "He offered no data to support the claim.",
        "He did not provide documents to back up the charge.",
    ],
)
def test_no_evidence_on_its_own_refers_back_a_sentence(nlp: Language, second: str) -> None:
    text = f"The governor said the fire at the depot was arson. {second}"
    claim = only(claims(nlp, text), "said")
    assert "unsupported" in claim.flags


def test_no_evidence_after_a_quote_that_goes_on_flags_all_of_it(nlp: Language) -> None:
    text = (
        '"This was not an accident," Sikorski said. "These drones were aimed at Poland." '
        "He offered no evidence."
    )
    found = claims(nlp, text)
    assert len(found) == 2
    assert all("unsupported" in c.flags for c in found)


def test_no_evidence_said_of_another_is_no_flag_of_the_speakers(nlp: Language) -> None:
    text = "The envoy said Poland had offered no evidence that the drones were Russian."
    assert "unsupported" not in only(claims(nlp, text), "said").flags


def test_no_evidence_after_a_name_withheld(nlp: Language) -> None:
    text = (
        "Reimberg said police had arrested a gang leader. He did not give the man's name "
        "or offer evidence."
    )
    assert "unsupported" in only(claims(nlp, text), "said").flags


@pytest.mark.parametrize(
    "text",
    [
        "The Iranian military claimed its air defenses had downed two jets. The Israeli "
        "army called the reports false. Iranian officials offered no evidence.",
        "The army said it had killed 40 fighters. The rebels said they lost two men. The "
        "army offered no evidence.",
    ],
)
def test_no_evidence_of_a_party_named_flags_that_partys_claims(nlp: Language, text: str) -> None:
    found = claims(nlp, text)
    assert ["unsupported" in c.flags for c in found] == [True, False]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # (a count doubted: the claim that gave it, past another's answer)
        (
            "The party said security forces killed more than 700 people. The ministry said "
            "officers had acted with restraint. VOA could not verify the casualty figures.",
            [True, False],
        ),
        # (with the other claims it names)
        (
            "At least 25 people were killed, police said. Cherizier said his fighters had "
            "taken the town. VOA could not verify the death toll or Cherizier's claims.",
            [True, True],
        ),
    ],
)
def test_a_count_that_could_not_be_verified_flags_the_claim_that_gave_it(
    nlp: Language, text: str, flagged: list[bool]
) -> None:
    assert ["unverified" in c.flags for c in claims(nlp, text)] == flagged


def test_no_evidence_before_the_claims_of_its_sentence_refers_back(nlp: Language) -> None:
    text = (
        "Officials have alleged that the men are gang members. The government provided no "
        "evidence that the men belonged to the gang, and lawyers said their clients had no "
        "criminal records."
    )
    found = claims(nlp, text)
    assert ["unsupported" in c.flags for c in found] == [True, False]
    # (a phrase of how the claim after it was made is that claim's, and so is one that
    # names its claim)
    text = "Without providing evidence, the minister said the protesters were paid."
    assert "unsupported" in only(claims(nlp, text), "said").flags
    text = (
        "Ruiz said the aid was wasted. Ruiz offered no evidence for his claim that arms had "
        "ended up on the black market."
    )
    found = claims(nlp, text)
    assert ["unsupported" in c.flags for c in found] == [False, True]


def test_no_figures_for_a_count_is_no_support(nlp: Language) -> None:
    text = "The spokesman told state media that turnout had been high. He gave no figures."
    assert "unsupported" in only(claims(nlp, text), "told").flags


@pytest.mark.parametrize(
    ("unverified", "flagged"),
    [
        ("Russia's claims could not be independently verified.", "Russia"),
        ("The Russian claims could not be independently verified.", "Russia"),
        ("The Ukrainian figures could not be independently verified.", "Ukraine"),
        # unnamed, in the plural: the two sentences before, one claim each
        ("The claims could not be independently verified.", "both"),
        ("The claim could not be independently verified.", "Ukraine"),
    ],
)
def test_claims_the_outlet_could_not_verify_are_those_it_names(
    nlp: Language, unverified: str, flagged: str
) -> None:
    text = (
        "Russia's defense ministry said its forces had taken two villages. Ukraine's "
        f"military said it had repelled the attacks. {unverified}"
    )
    russian, ukrainian = claims(nlp, text)
    assert ("unverified" in russian.flags) is (flagged in {"Russia", "both"})
    assert ("unverified" in ukrainian.flags) is (flagged in {"Ukraine", "both"})


def test_no_evidence_in_a_sentence_of_its_own_claims_stays_there(nlp: Language) -> None:
    text = (
        "The governor said the fire at the depot was arson. The mayor said, without offering "
        "evidence, that the police knew the culprits."
    )
    first, second = [c for c in claims(nlp, text) if c.cue.text == "said"]
    assert "unsupported" not in first.flags
    assert "unsupported" in second.flags


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


@pytest.mark.parametrize(
    "refusal",
    [
        "The army declined to say whether",
        "The army would not say if",
        "The army refused to confirm whether",
    ],
)
def test_declining_to_answer_what_a_claim_says_is_declining_comment(
    nlp: Language, refusal: str
) -> None:
    found, resp = responses(
        nlp, f"Rebels said a drone strike destroyed the fuel depot. {refusal} the depot was hit."
    )
    assert len(resp) == 1
    r = resp[0]
    assert r.kind == "declined_comment"
    assert r.party_name == "army"
    assert set(r.claims) == {c.id for c in found if c.speaker_name == "Rebels"}


def test_a_refusal_one_might_make_is_no_response(nlp: Language) -> None:
    _found, resp = responses(
        nlp, "Rebels said a drone strike destroyed the fuel depot. The army would not say so."
    )
    assert resp == []


def test_a_joined_cue_takes_its_auxiliaries_out_of_the_content_before_it(nlp: Language) -> None:
    text = "The army said it had hit the depot but would not say how many fighters died."
    assert only(claims(nlp, text), "said").content.text == "it had hit the depot"


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
        # a quote inside a quote in the same marks
        (
            "He wrote: “Men wearing “Vote No” shirts booed.” Then",
            ["Men wearing “Vote No” shirts booed."],
        ),
        ('He wrote: "They call it "the wall" now." Then', ['They call it "the wall" now.']),
        # an outer quote left open, then a new one: no nesting
        ("“We won, he said “It is over.” Then", ["We won, he said "]),
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


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Human Rights Watch said in a report that 212 people had been arrested, "
            "many of them held without charge.",
            "212 people had been arrested, many of them held without charge",
        ),
        (
            "The ministry said in a statement that 31 drones were shot down, most of "
            "them over the Kursk region.",
            "31 drones were shot down, most of them over the Kursk region",
        ),
    ],
)
def test_a_that_clause_on_a_document_goes_on_after_a_comma(
    nlp: Language, text: str, content: str
) -> None:
    # The parser hangs the that-clause on `report` and what follows the comma on the
    # cue: both are what was said.
    claim = only(claims(nlp, text), "said")
    assert claim.content.text == content


def test_coordinated_states_speak_together(nlp: Language) -> None:
    text = "Both Pakistan and China said the attack was aimed at their joint projects."
    claim = only(claims(nlp, text), "said")
    assert claim.speaker_name == "Pakistan and China (governments)"


def test_a_state_whose_name_holds_and_is_one_state(nlp: Language) -> None:
    claim = only(claims(nlp, "Trinidad and Tobago said it had not been told."), "said")
    assert claim.speaker_name == "Trinidad and Tobago (government)"


@pytest.mark.parametrize(
    "text",
    [
        "The incident showed that China was willing to use force.",
        "The drills showed that Beijing was preparing a blockade.",
        "The pressure on exiles showed that the Kremlin was afraid.",
        # (a court case too)
        "The trial showed that the regime feared the press.",
    ],
)
def test_an_event_that_shows_something_is_no_source(nlp: Language, text: str) -> None:
    assert claims(nlp, text) == []


def test_evidence_that_shows_something_is_a_source(nlp: Language) -> None:
    claim = only(claims(nlp, "Satellite images showed scorch marks near the hangars."), "showed")
    assert claim.speaker_name == "Satellite images"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Britain, France and Germany said Tehran had broken its promises.",
            "United Kingdom, France and Germany (governments)",
        ),
        (
            "Egypt, Qatar and Turkey urged both sides to return to the talks.",
            "Egypt, Qatar and Turkey (governments)",
        ),
    ],
)
def test_three_states_speak_together(nlp: Language, text: str, speaker: str) -> None:
    # The last name hangs on the one before it, not on the subject.
    claim = only(claims(nlp, text), text.split()[4])
    assert claim.speaker_name == speaker


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


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # another office of the same kind
        (
            "Foreign Minister Ararat Mirzoyan said the talks were over. The prime minister "
            "said a treaty could be signed this year.",
            "prime minister",
        ),
        (
            "Foreign Minister Ararat Mirzoyan said the talks were over. The foreign minister "
            "said a treaty could be signed this year.",
            "Ararat Mirzoyan",
        ),
        # another state's ambassador
        (
            "Okano summoned Chinese Ambassador Wu Jianghao. The U.S. ambassador to Japan said "
            "Washington was deeply concerned.",
            "U.S. ambassador to Japan",
        ),
        # the state of the person named passes
        (
            "President Vladimir Putin spoke on Friday. The Russian president said the war "
            "would go on.",
            "Vladimir Putin",
        ),
    ],
)
def test_a_description_is_not_one_named_with_another_office(
    nlp: Language, text: str, speaker: str
) -> None:
    assert claims(nlp, text)[-1].speaker_name == speaker


def test_a_description_owned_by_one_side_is_not_the_others_spokesman(nlp: Language) -> None:
    text = (
        "The party's spokesman said its leader was missing. Army spokesman Felix Kulayigye "
        "said he was in custody."
    )
    assert [c.speaker_name for c in claims(nlp, text)] == ["party", "Felix Kulayigye"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # `he` in a relative clause is not the one it describes
        (
            "Foreign Minister Asaad al-Shaibani called the decision historic. He thanked "
            "President Donald Trump, who he said had pushed for the move.",
            "Asaad al-Shaibani",
        ),
        # after one unnamed person of a trade the tagger does not know as a person
        (
            "Defense Minister Israel Katz said the strikes would continue. A pharmacist "
            'reached by phone said troops had looted homes. "They came in shooting," he said.',
            "pharmacist",
        ),
    ],
)
def test_more_pronouns_read_back(nlp: Language, text: str, speaker: str) -> None:
    assert claims(nlp, text)[-1].speaker_name == speaker


def test_it_is_not_people_counted(nlp: Language) -> None:
    text = (
        "Several said they had been beaten by guards. The prison service did not respond to "
        "questions about the allegations. It has previously denied mistreating prisoners."
    )
    assert only(claims(nlp, text), "denied").speaker_name == "prison service"


def test_it_is_not_one_person_left_unnamed(nlp: Language) -> None:
    text = (
        "The ministry said the border was open. A woman from Karnataka said gunmen shot her "
        "husband. It said calm had returned."
    )
    assert [c.speaker_name for c in claims(nlp, text)][-1] == "ministry"


def test_a_place_in_how_a_speaker_was_described_does_not_go_on_speaking(nlp: Language) -> None:
    text = (
        "Ahmed Qudeih, 41, from Khan Younis, said the wait was humiliating. He said he had "
        "been shot in the leg."
    )
    assert [c.speaker_name for c in claims(nlp, text)] == ["Ahmed Qudeih", "Ahmed Qudeih"]


def test_the_official_is_the_unnamed_one_who_spoke_last(nlp: Language) -> None:
    text = (
        "Hamas official Basem Naim said the group had no interest in holding the bodies. An "
        "Egyptian official said Cairo had sent bulldozers. The official said Qatar was also "
        "pushing Israel."
    )
    assert [c.speaker_name for c in claims(nlp, text)] == [
        "Basem Naim",
        "Egyptian official",
        "Egyptian official",
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The tagger takes `Turnout` for a man's name; it is what was said, not who.
        (
            "Ndongo Atangana said the count was fair. Turnout was low in the west, he said.",
            "Ndongo Atangana",
        ),
        # A man named in what `he` reports is someone else: had the reporter meant him,
        # they would have written `he` there too.
        (
            "Ndongo Atangana said the count was fair. Paul Biya cheated in the west, he said.",
            "Ndongo Atangana",
        ),
    ],
)
def test_a_pronoun_is_not_one_named_in_what_it_reports(
    nlp: Language, text: str, speaker: str
) -> None:
    second = [c for c in claims(nlp, text) if c.cue.text == "said"][1]
    assert second.speaker_name == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The person is the object of the sentence before, and nobody spoke there.
        (
            "Farmers in the north say the drought is the worst in decades. Consider maize "
            "grower Tendai Moyo, for instance. “We planted twice and lost both crops,” he said.",
            "Tendai Moyo",
        ),
        # `he` in the sentence before is the same man, named in the one before it; the
        # last speaker is further back.
        (
            "Dr. Thabo Nkosi, an epidemiologist, said the outbreak had peaked. The vaccine "
            "campaign reached 40,000 people. For Bongani Dube, the campaign came too late. "
            "But he has since recovered. “I was lucky,” he said.",
            "Bongani Dube",
        ),
        # An unnamed person is the subject there: `he` is more likely them than the man
        # named with them, so the last speaker stands.
        (
            "Kwame Mensah said the port would reopen. The harbour was closed in May. The "
            "minister later toured the terminal with Tawanda Moyo. “It will reopen soon,” he "
            "said.",
            "Kwame Mensah",
        ),
    ],
)
def test_pronoun_finds_a_person_named_in_the_sentence_before(
    nlp: Language, text: str, speaker: str
) -> None:
    quoted = [c for c in claims(nlp, text) if c.kind == "direct"]
    assert [c.speaker_name for c in quoted] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The study that spoke before, not the body that spoke in between.
        (
            "A Lancet study found that the parasite is spreading faster than expected. The "
            "World Health Organization estimated that 600,000 people died of malaria in 2022. "
            "The new study suggested the real toll could be higher.",
            "Lancet",
        ),
        # No report spoke before: the body that did is the report's author.
        (
            "The World Health Organization estimated that 600,000 people died of malaria in "
            "2022. The report suggested the real toll could be higher.",
            "World Health Organization",
        ),
    ],
)
def test_a_definite_document_is_the_one_that_spoke_before(
    nlp: Language, text: str, speaker: str
) -> None:
    assert only(claims(nlp, text), "suggested").speaker_name == speaker


@pytest.mark.parametrize(
    "text",
    [
        # (the last to speak denied what the report is about)
        "Tehran has long denied seeking nuclear weapons. The report said Iran had failed "
        "to account for uranium traces.",
        # (the last to speak spoke of the report: its critic, not its author)
        'Iran\'s mission rejected the report as "politically motivated." The report said '
        "Iran had failed to account for uranium traces.",
    ],
)
def test_a_definite_document_is_not_its_critics(nlp: Language, text: str) -> None:
    claim = only(claims(nlp, text), "said")
    assert claim.speaker_name == "report"


def test_handmade_parse_plural_cue_joined_to_a_singular_clause() -> None:
    # `Officials rejected claims that the count is wrong and maintain that it was fair.`
    # with `maintain` joined to the that-clause: it cannot have `the count` for its
    # subject, so it goes on from `rejected`.
    found = _handmade(
        "Officials rejected claims that the count is wrong and maintain that it was fair.",
        """
        Officials  official  NOUN   NNS  nsubj   1
        rejected   reject    VERB   VBD  ROOT    1
        claims     claim     NOUN   NNS  dobj    1
        that       that      SCONJ  IN   mark    6
        the        the       DET    DT   det     5
        count      count     NOUN   NN   nsubj   6
        is         be        AUX    VBZ  acl     2
        wrong      wrong     ADJ    JJ   acomp   6
        and        and       CCONJ  CC   cc      6
        maintain   maintain  VERB   VB   conj    6
        that       that      SCONJ  IN   mark    12
        it         it        PRON   PRP  nsubj   12
        was        be        AUX    VBD  ccomp   9
        fair       fair      ADJ    JJ   acomp   12
        .          .         PUNCT  .    punct   1
        """,
    )
    claim = only(found, "maintain")
    assert claim.source is not None
    assert claim.source.text == "Officials"


def test_handmade_parse_past_cue_joined_to_a_present_clause_of_a_past_verb() -> None:
    # `The panel has determined that the arrest is unlawful and called for his release.`
    # with `called` joined to the present clause `has determined` holds: the panel calls.
    found = _handmade(
        "The panel has determined that the arrest is unlawful and called for his release.",
        """
        The       the       DET    DT    det     1
        panel     panel     NOUN   NN    nsubj   3
        has       have      AUX    VBZ   aux     3
        determined  determine  VERB  VBN   ROOT    3
        that      that      SCONJ  IN    mark    7
        the       the       DET    DT    det     6
        arrest    arrest    NOUN   NN    nsubj   7
        is        be        AUX    VBZ   ccomp   3
        unlawful  unlawful  ADJ    JJ    acomp   7
        and       and       CCONJ  CC    cc      7
        called    call      VERB   VBD   conj    7
        for       for       ADP    IN    prep    10
        his       his       PRON   PRP$  poss    13
        release   release   NOUN   NN    pobj    11
        .         .         PUNCT  .     punct   3
        """,
    )
    claim = only(found, "called")
    assert claim.source is not None
    assert claim.source.text == "The panel"


def test_a_description_does_not_stand_for_a_person_named_before_it(nlp: Language) -> None:
    text = (
        "President Donald Trump doubled tariffs on Tuesday after Ontario's provincial leader "
        "said he would tax electricity exports. Trump called the tax an insult to American "
        "families."
    )
    assert only(claims(nlp, text), "said").speaker_name == "Ontario's provincial leader"


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        ("The ministry said it rejected the accusations.", ["denial"]),
        # others' rejection, or none, is no denial by the speaker
        ("The mayor said voters rejected the plan.", []),
        ("The mayor said Russia rejected the plan.", []),
        # the state its spokesman speaks for
        ("Kremlin spokesman Dmitry Peskov said Russia rejected the plan.", ["denial"]),
        ("The mayor said she had not rejected the plan.", []),
    ],
)
def test_saying_one_rejects_something_is_a_denial(
    nlp: Language, text: str, flags: list[str]
) -> None:
    assert sorted(only(claims(nlp, text), "said").flags) == flags


@pytest.mark.parametrize(
    "text",
    [
        "The lawsuit says the agency broke the law by denying migrants held at the base "
        "access to lawyers.",
        "The court denied him bail on Monday.",
    ],
)
def test_denying_someone_something_is_no_denial(nlp: Language, text: str) -> None:
    assert not [c for c in claims(nlp, text) if c.cue.text.startswith("den")]


def test_denying_them_after_allegations_is_a_denial(nlp: Language) -> None:
    text = "Reporters asked about the allegations, but she denied them."
    assert only(claims(nlp, text), "denied").content.text == "them"


@pytest.mark.parametrize(
    ("text", "cue", "found"),
    [
        ("The fighting in the capital underscored the divide between the factions.", "", False),
        ("The attack on the convoy highlights the danger aid workers face.", "", False),
        ("The findings underscore the risk to coastal towns.", "underscore", True),
        ("The minister highlighted the risk to coastal towns.", "highlighted", True),
        ("The floods threaten the harvest in the south.", "", False),
        ("A pending lawsuit threatened to delay the vote.", "", False),
        ("The rebels threatened to shell the port.", "threatened", True),
        ("Several threatened to leave the coalition.", "threatened", True),
        ("The exclusion of major candidates raised concerns about the vote.", "", False),
        ("Diplomats raised concerns about the vote.", "raised", True),
    ],
)
def test_an_event_that_underscores_something_claims_nothing(
    nlp: Language, text: str, cue: str, found: bool
) -> None:
    cues = [c.cue.text for c in claims(nlp, text)]
    assert cues == ([cue] if found else [])


def test_a_source_after_a_quote_is_no_subject_of_a_reported_clause(nlp: Language) -> None:
    # The parser reads `said Moyo, who prefers his loaves baked ...` as `said (that) Moyo
    # ... baked`: the quote before the cue is all that was said.
    text = (
        "“The bread here is the best in town. It is cheap and always fresh,” said Moyo, who "
        "prefers his loaves baked in a wood oven, a method his grandfather used."
    )
    claim = only(claims(nlp, text), "said")
    assert claim.content.text == "The bread here is the best in town. It is cheap and always fresh"


def test_a_person_known_as_he_is_not_she(nlp: Language) -> None:
    # Neither given name is in the list of names with a gender: the `he` that resolved
    # to Moyo tells his, and `she` goes to the woman named in the sentence before.
    text = (
        "Refugees say the camp is full. Tendai Moyo, a spokesperson for the agency, told "
        "reporters the funds had run out. “We need help,” he wrote. Later, the camp "
        "welcomed back Chipo Dube and her children. She said, “We have nowhere else to go.”"
    )
    assert only(claims(nlp, text), "said").speaker_name == "Chipo Dube"


def test_a_surname_that_is_also_a_city_is_the_persons(nlp: Language) -> None:
    # `Aden` stands for Yemen's government where it acts; here it is her surname.
    text = (
        "Fatuma Ali Aden returned to the camp in 2019 with her four children. Aden is "
        "reluctant to leave again. She said, “We have nowhere else to go.”"
    )
    assert only(claims(nlp, text), "said").speaker_name == "Fatuma Ali Aden"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "KABUL/WASHINGTON — A United States military plane used to relay radio traffic "
            "between units in the field has crashed in a Taliban-held district of "
            "Afghanistan, U.S. military officials confirmed Monday.",
            "A United States military plane used to relay radio traffic between units in the "
            "field has crashed in a Taliban-held district of Afghanistan",
        ),
        # after a title line too, with the place's country in capitals
        (
            "UN: Nearly 3 Million Displaced in Eastern Congo\n\nGOMA, DEMOCRATIC REPUBLIC OF "
            "CONGO — Nearly 3 million people have been displaced by fighting in eastern "
            "Congo, the United Nations said Friday, as M23 rebels pressed their advance.",
            "Nearly 3 million people have been displaced by fighting in eastern Congo",
        ),
        # before what an `according to` vouches for
        (
            "JERUSALEM — Israeli strikes killed at least 27 people in Gaza overnight, "
            "according to hospital officials.",
            "Israeli strikes killed at least 27 people in Gaza overnight",
        ),
        # Capitals before a dash and a lower-case word: a subject with an aside.
        (
            "NATO — the alliance of 32 states — is ready, Rutte said.",
            "NATO — the alliance of 32 states — is ready",
        ),
    ],
)
def test_a_content_that_opens_the_story_starts_after_its_dateline(
    nlp: Language, text: str, content: str
) -> None:
    found = [c for c in claims(nlp, text) if c.cue.text in {"confirmed", "said", "according to"}]
    assert [c.content.text for c in found] == [content]


def test_a_source_that_opens_the_story_starts_after_its_dateline(nlp: Language) -> None:
    # parsed with the city as the subject and the speaker in apposition to it
    text = (
        "KHARTOUM, SUDAN — The paramilitary Rapid Support Forces said Thursday it had shot "
        "down an army drone over Nyala."
    )
    claim = only(claims(nlp, text), "said")
    assert claim.source is not None
    assert claim.source.text == "The paramilitary Rapid Support Forces"


def test_a_speaker_apposed_to_the_dateline_is_who_speaks(nlp: Language) -> None:
    text = (
        "CARACAS, VENEZUELA — Venezuelan President Nicolás Maduro accused the United "
        "States on Monday of preparing an invasion."
    )
    claim = only(claims(nlp, text), "accused")
    assert claim.speaker_name == "Nicolas Maduro"
    assert claim.source is not None
    assert claim.source.text == "Venezuelan President Nicolás Maduro"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "TEHRAN, IRAN — Iran's state news agency IRNA reported Sunday that a man "
            "convicted of spying had been executed.",
            "Iran's state news agency IRNA",
        ),
        (
            "Ceasefire holds\n\nBEIRUT, Nov. 27 (VOA) — Lebanese President Joseph Aoun "
            "told reporters that the army would deploy south of the river.",
            "Lebanese President Joseph Aoun",
        ),
    ],
)
def test_a_speaker_past_the_datelines_own_appositions(
    nlp: Language, text: str, source: str
) -> None:
    claim = claims(nlp, text)[-1]
    assert claim.source is not None
    assert claim.source.text == source


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "U.S. Central Command said American forces had intercepted two drones. The "
            "command said the attacks were reckless.",
            "U.S. Central Command",
        ),
        (
            "The Central Election Commission said the ruling party had won. The commission "
            "said turnout was 59%.",
            "Central Election Commission",
        ),
    ],
)
def test_a_body_named_in_full_is_the_noun_its_name_ends_with(
    nlp: Language, text: str, speaker: str
) -> None:
    assert [c.speaker_name for c in claims(nlp, text)] == [speaker] * 2


def test_a_person_described_by_their_age_is_the_person_named_just_before(
    nlp: Language,
) -> None:
    text = (
        "When the bomb hit, Olena Marchenko was in the kitchen. Her cat hid under the bed.\n\n"
        '"The windows flew in," the 67-year-old retired teacher said.'
    )
    assert only(claims(nlp, text), "said").speaker_name == "Olena Marchenko"
    # not one named further back
    text = (
        "Olena Marchenko was in the kitchen. The bomb hit at noon. The building shook. "
        '"The windows flew in," the 71-year-old neighbor said.'
    )
    assert only(claims(nlp, text), "said").speaker_name != "Olena Marchenko"


def test_the_name_after_a_quote_speaks_not_a_word_of_the_quote(nlp: Language) -> None:
    text = (
        '"They came with a car bomb and then dozens of fighters on foot," Captain Abdirahman '
        "Ali, an officer at a nearby base, told VOA by phone."
    )
    claim = only(claims(nlp, text), "told VOA")
    assert claim.speaker_name == "Abdirahman Ali"
    assert claim.content.text == "They came with a car bomb and then dozens of fighters on foot"


def test_an_envoy_named_in_apposition_speaks_not_the_body_of_the_office(
    nlp: Language,
) -> None:
    text = (
        "Russia's deputy U.N. ambassador, Dmitry Polyanskiy, defended the veto, arguing "
        "that the draft interfered in Sudan's affairs."
    )
    assert {c.speaker_name for c in claims(nlp, text)} == {"Dmitry Polyanskiy"}


@pytest.mark.parametrize(
    ("second", "speaker"),
    [
        # one named by office in the sentence before is who goes on
        (
            "Sudan's ambassador, Al-Harith Idriss, welcomed the Russian position.",
            "Al-Harith Idriss",
        ),
        # not one named by kin
        ("His brother, Ahmed Idriss, was born in Darfur.", "Dmitry Polyanskiy"),
    ],
)
def test_he_after_a_subject_named_by_office_is_that_person(
    nlp: Language, second: str, speaker: str
) -> None:
    text = (
        '"Sudanese problems must be solved by the Sudanese," Dmitry Polyanskiy told the '
        f"council. {second} He accused the paramilitary of committing genocide."
    )
    assert only(claims(nlp, text), "accused").speaker_name == speaker


def test_a_three_word_name_shortened_to_its_middle_is_the_person(nlp: Language) -> None:
    text = (
        "Information Minister Michael Makuei Lueth denied that Machar had been arrested. "
        '"He is in his house," Makuei told reporters.'
    )
    assert only(claims(nlp, text), "told").speaker_name == "Michael Makuei Lueth"
    # a name that ends with the word is that name's, not the middle one's
    text = (
        "Ahmed Ali Hassan said the port was closed. Fatima Ali said it was open. "
        '"It is open," Ali told reporters.'
    )
    assert only(claims(nlp, text), "told").speaker_name == "Fatima Ali"


def test_a_group_known_by_a_name_is_the_name_given(nlp: Language) -> None:
    text = (
        "The rebels, known as the ELN, have denied carrying out the attack on the police station."
    )
    assert only(claims(nlp, text), "have denied").speaker_name == ("National Liberation Army (ELN)")


def test_the_national_security_council_is_not_the_uns(nlp: Language) -> None:
    text = "A National Security Council spokesperson said all options were on the table."
    assert only(claims(nlp, text), "said").speaker_name == (
        "United States (National Security Council)"
    )


def test_the_general_staff_is_the_armed_forces_named_last(nlp: Language) -> None:
    text = (
        "Ukraine's military said it struck a refinery overnight. The General Staff said "
        "explosions were recorded at the site."
    )
    assert [c.speaker_name for c in claims(nlp, text)] == ["Ukraine (military)"] * 2


def test_a_speaker_after_an_opening_phrase_is_who_speaks(nlp: Language) -> None:
    text = (
        "In an interview with VOA's Persian Service, a former Iranian diplomat who now "
        "lives in exile said the government was using spy cases to deflect attention."
    )
    claim = only(claims(nlp, text), "said")
    assert claim.speaker_name == "former Iranian diplomat"
    assert claim.content.text == "the government was using spy cases to deflect attention"


@pytest.mark.parametrize(
    ("text", "content", "cited"),
    [
        (
            "The state news agency reported, citing a judiciary official, that the man had "
            "been executed.",
            "the man had been executed",
            False,
        ),
        # citing a reason is giving one
        ("The ministry canceled the visit, citing security concerns.", None, True),
    ],
)
def test_whom_a_report_cites_is_whence_not_what(
    nlp: Language, text: str, content: str | None, cited: bool
) -> None:
    found = claims(nlp, text)
    assert any(c.cue.text == "citing" for c in found) is cited
    if content is not None:
        assert only(found, "reported").content.text == content


def test_a_name_the_parser_split_into_subjects_is_one_source(nlp: Language) -> None:
    text = (
        "Army chief Gen. Abdel Fattah al-Burhan has repeatedly said he would not negotiate "
        "with the paramilitary."
    )
    claim = only(claims(nlp, text), "said")
    assert claim.source is not None
    assert claim.source.text == "Army chief Gen. Abdel Fattah al-Burhan"
    assert claim.speaker_name == "Abdel Fattah al-Burhan"


@pytest.mark.parametrize(
    ("second", "speaker"),
    [
        (
            "The aid group reports that civilians are caught between all sides.",
            "Medecins Sans Frontieres",
        ),
        ("The militant group said it had seized two villages.", "Boko Haram"),
        ("The rebel alliance said it had seized two villages.", "Boko Haram"),
        ("The paramilitary said it had seized two villages.", "Boko Haram"),
        # groups in general are no one in particular
        ("Aid groups say a million people need food.", "Aid groups"),
    ],
)
def test_the_aid_group_is_not_the_armed_group(nlp: Language, second: str, speaker: str) -> None:
    text = (
        "Doctors Without Borders says fighting between the army and Boko Haram has cut off "
        f"a million people from help. {second}"
    )
    found = claims(nlp, text)
    assert found[-1].speaker_name == speaker


@pytest.mark.parametrize(
    "text",
    [
        # `minister` a few words before a name is not that person's title ...
        "On Monday the defence minister showed a photo of Sok Dara at a checkpoint, next to "
        "a map the minister said the soldier had drawn.",
        # ... nor is a person named just after with an office of their own the minister.
        "On Monday the defence minister showed reporters a photograph of the soldier at a "
        "checkpoint, next to a map the minister said the soldier had drawn. The soldier’s "
        "lawyer, Chan Vuthy, told VOA that the soldier was freed. “I hope the case will be "
        "closed,” said Chan Vuthy.",
    ],
)
def test_the_minister_is_neither_a_name_nearby_nor_someone_with_another_office(
    nlp: Language, text: str
) -> None:
    found = [
        c for c in claims(nlp, text) if c.source is not None and c.source.text == "the minister"
    ]
    assert [c.speaker_name for c in found] == ["minister"]


def test_a_content_that_opens_a_quotation_runs_to_its_end(nlp: Language) -> None:
    # The parser breaks the quoted list at its semicolons; the quotation is one content.
    text = (
        "The mediator called for the creation of a “neutral and trusted monitoring mission "
        "and ceasefire line; a joint commission to oversee a prisoner exchange over the "
        "coming months that is fair to both sides too; and lasting safe corridors.”"
    )
    content = only(claims(nlp, text), "called").content.text
    assert content.endswith("and lasting safe corridors.”")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A Turkish presidential statement said the talks were constructive.",
            "Turkey (presidency)",
        ),
        # No state named: the document as written.
        ("A presidential statement said the talks were constructive.", "presidential statement"),
    ],
)
def test_a_presidential_statement_is_the_presidencys(
    nlp: Language, text: str, speaker: str
) -> None:
    assert only(claims(nlp, text), "said").speaker_name == speaker


def test_a_phone_call_on_a_day_to_do_something_is_no_call_for_it(nlp: Language) -> None:
    text = "The senator called the widow on Sunday to offer his condolences."
    assert not [c for c in claims(nlp, text) if c.cue.text.startswith("called")]


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


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A State Department spokesperson told VOA on Monday that sanctions would stay "
            "in place. The spokesperson said the council should not consider relief.",
            "United States (State Department)",
        ),
        (
            "The Ukraine Crisis Media Center, a news website run by volunteers, says the "
            "shelling continued overnight. The website adds that two schools were hit.",
            "Ukraine Crisis Media Center",
        ),
    ],
)
def test_a_definite_description_refers_back_to_the_source_with_that_head(
    nlp: Language, text: str, speaker: str
) -> None:
    first, second = claims(nlp, text)
    assert first.speaker_name == second.speaker_name == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ana Ruiz, a Putin ally, said the rules were strong.", "Ana Ruiz"),
        ("Ruiz, a close Erdogan adviser, said the talks had failed.", "Ruiz"),
        (
            "Former ambassador, Jean-Marc Simon, told reporters the vote was fair.",
            "Jean-Marc Simon",
        ),
    ],
)
def test_a_name_in_a_description_beside_the_speaker_is_someone_else(
    nlp: Language, text: str, speaker: str
) -> None:
    assert claims(nlp, text)[0].speaker_name == speaker


def test_a_qualified_description_is_another_speaker(nlp: Language) -> None:
    text = (
        "A State Department spokesperson told VOA that sanctions would stay in place. "
        "The other spokesperson said the council should consider relief."
    )
    first, second = claims(nlp, text)
    assert second.speaker_name != first.speaker_name


def test_spokesperson_for_a_body_speaks_for_it(nlp: Language) -> None:
    text = "A spokesperson for the State Department said the talks would resume in May."
    claim = only(claims(nlp, text), "said")
    assert claim.speaker_name == "United States (State Department)"


def test_the_report_refers_back_to_the_named_report(nlp: Language) -> None:
    text = (
        "The Global Peace Index said violence rose in 40 countries. "
        "The report said the cost of conflict reached a record."
    )
    found = [c for c in claims(nlp, text) if c.cue.text == "said"]
    assert [c.speaker_name for c in found] == ["Global Peace Index", "Global Peace Index"]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("The bombing was claimed by the Islamic State group.", "Islamic State", "The bombing"),
        ("The colonel was accused of selling fuel to the rebels.", "unnamed sources",
         "selling fuel to the rebels"),
        ("Several hostages were said to be in poor health.", "unnamed sources",
         "Several hostages were said to be in poor health"),
    ],
)  # fmt: skip
def test_passive_attributions(nlp: Language, text: str, speaker: str, content: str) -> None:
    found = claims(nlp, text)
    assert len(found) == 1
    assert found[0].speaker_name == speaker
    assert found[0].content.text == content


def test_passive_without_a_reporting_verb_is_no_claim(nlp: Language) -> None:
    assert claims(nlp, "The minister was told to resign by Friday.") == []


def test_bare_militants_refer_to_the_group_named_before(nlp: Language) -> None:
    text = (
        "The Baloch Liberation Army said it had seized the train. Militants said they were "
        "holding 200 passengers."
    )
    found = [c for c in claims(nlp, text) if c.cue.text == "said"]
    assert [c.speaker_name for c in found] == ["Baloch Liberation Army"] * 2


# ---------------------------------------------------------------- speakers: descriptions


def test_lead_description_takes_the_name_given_just_after(nlp: Language) -> None:
    text = (
        "The U.N. special envoy for Yemen is calling for a truce in the port city, as "
        "fighting spread to the south. Hans Grundberg made the appeal on Friday."
    )
    claim = only(claims(nlp, text), "is calling")
    assert claim.speaker_name == "Hans Grundberg"


def test_lead_description_of_an_officer_takes_a_rank_of_the_force_named_after(
    nlp: Language,
) -> None:
    text = (
        "India's top military officer has acknowledged that the country lost jets. General "
        "Anil Chauhan told reporters on Saturday that the pilots were safe."
    )
    claim = only(claims(nlp, text), "has acknowledged")
    assert claim.speaker_name == "Anil Chauhan"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # (one of another state)
        (
            "Japan's defense minister said the missile landed in the sea. Kim Yo Jong "
            "called the drills a provocation.",
            "Japan's defense minister",
        ),
        # (one whose offices the knowledge base knows, none of them a minister's)
        (
            "The foreign minister said talks would resume. Maria Zakharova said Moscow was ready.",
            "foreign minister",
        ),
        # (one named with another office)
        (
            "The officer said the unit had withdrawn. Defense Minister Rustem Umerov said "
            "the front was stable.",
            "officer",
        ),
    ],
)
def test_lead_description_does_not_take_a_name_that_does_not_fit(
    nlp: Language, text: str, speaker: str
) -> None:
    assert claims(nlp, text)[0].speaker_name == speaker


@pytest.mark.parametrize(
    "description",
    [
        "One diplomat",  # one of several
        "A diplomat, who spoke on condition of anonymity,",  # unnamed on purpose
        "A diplomat who asked not to be named",
        "A diplomat, who did not want to be named,",
    ],
)
def test_a_source_left_unnamed_takes_no_name_given_after(nlp: Language, description: str) -> None:
    text = (
        f"{description} said the resolution could be put to a vote next week. Prime "
        "Minister Benjamin Netanyahu said Israel would not wait."
    )
    first, _second = [c for c in claims(nlp, text) if c.cue.text == "said"]
    assert first.speaker_name in {"One diplomat", "diplomat"}


def test_description_does_not_take_a_name_from_its_own_sentence(nlp: Language) -> None:
    text = (
        "A close ally of the president urged both sides to talk, as Prime Minister Mark "
        "Rutte said the army had pulled back. The governor of Limburg, Emile Roemer, spoke "
        "to reporters later."
    )
    assert only(claims(nlp, text), "urged").speaker_name == "Emile Roemer"


def test_person_before_of_speaks_not_the_body(nlp: Language) -> None:
    text = "Maria Kowalska of the Warsaw think tank Polityka Insight said the vote would be close."
    assert only(claims(nlp, text), "said").speaker_name == "Maria Kowalska"


def test_unattached_spokesperson_speaks_for_the_body_that_spoke_before(nlp: Language) -> None:
    text = (
        "The State Department told reporters it was aware of the reports. A spokesperson "
        "said the department does not comment on intelligence matters."
    )
    found = claims(nlp, text)
    assert only(found, "said").speaker_name == "United States (State Department)"
    # (or that acted just before, after another body spoke)
    text = (
        "China's foreign ministry urged talks. The State Department welcomed the decision. "
        "A spokesperson said sanctions would stay."
    )
    assert only(claims(nlp, text), "said").speaker_name == "United States (State Department)"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # (the body last described so in apposition, whatever the tagger took it for)
        (
            "The task force hired Vectus Global, a private security company run by a "
            "former SEAL. A spokesperson for the company said it had no role in the raids.",
            "Vectus Global",
        ),
        # (a body of no particular kind: the last organisation named, nearby)
        (
            "The Red Cross declined to comment. A spokesperson for the organization said it "
            "had visited thousands of prisoners.",
            "International Committee of the Red Cross",
        ),
    ],
)
def test_a_spokesperson_for_the_body_named_before(nlp: Language, text: str, speaker: str) -> None:
    assert only(claims(nlp, text), "said").speaker_name == speaker


def test_a_description_is_the_body_named_with_it_after_one_that_spoke(nlp: Language) -> None:
    text = (
        "The Department of Homeland Security said officers were injured. The Justice "
        "Department declined to comment. The department has argued that courts cannot "
        "review the decision."
    )
    assert only(claims(nlp, text), "has argued").speaker_name == "Justice Department"


def test_state_name_in_a_description_speaks_as_its_government(nlp: Language) -> None:
    text = "Ministers met in Ottawa, as host country Canada outlined its plan for the summit."
    assert only(claims(nlp, text), "outlined").speaker_name == "Canada (government)"


def test_misspelt_surname_joins_the_named_person(nlp: Language) -> None:
    text = 'Anders Pedersen arrived in Geneva on Monday. "The talks must go on," Pederson said.'
    assert only(claims(nlp, text), "said").speaker_name == "Anders Pedersen"


def test_she_without_a_subject_antecedent_takes_the_last_woman_named(nlp: Language) -> None:
    text = (
        "The same warning came from Commission chief Ursula von der Leyen at the summit. "
        '"We need to act now," she said.'
    )
    assert only(claims(nlp, text), "said").speaker_name == "Ursula von der Leyen"


def test_the_government_is_the_state_government_named_before(nlp: Language) -> None:
    text = (
        "Somalia said the vote would be held in June. Later the government said the "
        "opposition had refused to take part."
    )
    found = [c for c in claims(nlp, text) if c.cue.text == "said"]
    assert [c.speaker_name for c in found] == ["Somalia (government)"] * 2


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Opposition lawmakers, including two former ministers, said the delay was illegal.",
         "Opposition lawmakers"),
        ("Tens of thousands of farmers said the new tax would ruin them.", "farmers"),
        ("One Gallup survey found that most voters want the talks to continue.", "Gallup"),
    ],
)  # fmt: skip
def test_group_and_document_names(nlp: Language, text: str, speaker: str) -> None:
    found = claims(nlp, text)
    assert len(found) == 1
    assert found[0].speaker_name == speaker


# ---------------------------------------------------------------- forms of attribution


def test_source_after_a_cue_the_parser_took_as_an_object(nlp: Language) -> None:
    text = (
        '"It was a mistake to back the rebels," said Omer Yilmaz of the Ankara Policy Center. '
        '"But how to get out of this policy is the real question," added Yilmaz.'
    )
    found = claims(nlp, text)
    added = only(found, "added")
    assert added.content.text == "But how to get out of this policy is the real question"
    assert added.speaker_name == "Omer Yilmaz"


def test_a_quote_before_an_inverted_posted(nlp: Language) -> None:
    text = '"Stay inside!!" posted Ana Ruiz.'
    assert source_and_content(claims(nlp, text), "posted") == ("Ana Ruiz", "Stay inside!!")


def test_handmade_parse_quoted_words_made_the_subject_before_an_inverted_cue() -> None:
    # The parser made the quoted word the subject and the source the object.
    found = _handmade(
        '"Meh," wrote a soldier who runs a channel.',
        """
        "        "        PUNCT  ``   punct   4
        Meh      Meh      PROPN  NNP  nsubj   4
        ,        ,        PUNCT  ,    punct   4
        "        "        PUNCT  ''   punct   4
        wrote    write    VERB   VBD  ROOT    4
        a        a        DET    DT   det     6
        soldier  soldier  NOUN   NN   dobj    4
        who      who      PRON   WP   nsubj   8
        runs     run      VERB   VBZ  relcl   6
        a        a        DET    DT   det     10
        channel  channel  NOUN   NN   dobj    8
        .        .        PUNCT  .    punct   4
        """,
    )
    assert source_and_content(found, "wrote") == ("a soldier who runs a channel", "Meh")


def test_a_quoted_name_as_subject_still_speaks(nlp: Language) -> None:
    text = 'The "hawks" said the talks were a trap.'
    assert source_and_content(claims(nlp, text), "said") == ('The "hawks"', "the talks were a trap")


def test_relative_clause_inside_content_stays_in_it(nlp: Language) -> None:
    text = "The senator urged the president to avoid decisions that threaten the peace."
    claim = only(claims(nlp, text), "urged")
    assert claim.content.text == "the president to avoid decisions that threaten the peace"


def test_joined_verb_inside_a_reported_clause_is_part_of_it(nlp: Language) -> None:
    text = "Mao Ning said China abides by its export rules and rejects foreign sanctions."
    found = claims(nlp, text)
    assert [c.cue.text for c in found] == ["said"]
    assert found[0].content.text.endswith("rejects foreign sanctions")


def test_two_closing_cues_in_one_sentence_each_report_their_own_clause(
    nlp: Language,
) -> None:
    text = (
        "In Lviv, marchers honored the victims with candles held aloft, Suspilne reported, "
        "while in Odesa the parade began with a moment of silence, the Kyiv Independent "
        "reported."
    )
    first, second = claims(nlp, text)
    assert first.content.text == "In Lviv, marchers honored the victims with candles held aloft"
    assert second.source is not None
    assert second.source.text == "the Kyiv Independent"
    assert second.content.text == "in Odesa the parade began with a moment of silence"
    # A cue inside what is told is no second closing cue.
    text = "Kyiv did not complain when the aid arrived late, a Ukrainian official said."
    claim = only(claims(nlp, text), "said")
    assert claim.content.text == "Kyiv did not complain when the aid arrived late"


def test_cue_closing_its_clause_then_adding(nlp: Language) -> None:
    text = (
        "The attackers wore explosive vests, security sources said, adding that they had "
        "taken hostages."
    )
    found = claims(nlp, text)
    assert only(found, "said").content.text == "The attackers wore explosive vests"
    assert only(found, "adding").content.text == "they had taken hostages"


def test_cited_as_saying_gives_the_words_to_those_cited(nlp: Language) -> None:
    text = (
        "The newspaper cited two Western intelligence officials as saying the ship would "
        "leave port in May."
    )
    found = claims(nlp, text)
    assert [c.cue.text for c in found] == ["saying"]
    assert found[0].speaker_name == "two Western intelligence officials"
    assert found[0].content.text == "the ship would leave port in May"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The minister was cited by the Nikkei as saying Japan would spend more.", "minister"),
        ("Netanyahu was quoted by Channel 12 as saying the war would go on.", "Benjamin Netanyahu"),
    ],
)
def test_one_cited_by_a_paper_as_saying_speaks_not_the_paper(
    nlp: Language, text: str, speaker: str
) -> None:
    assert only(claims(nlp, text), "saying").speaker_name == speaker


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Polls show a close race in the state.", "show", "a close race in the state"),
        ("One of the doctors called the minister a liar and a fraud.", "called",
         "the minister a liar and a fraud"),
        ('Petrov continued: "We will not leave the city before winter."', "continued",
         "We will not leave the city before winter."),
        ("The minister responded by saying the report was a fabrication.", "saying",
         "the report was a fabrication"),
        ("The ministry issued a statement saying the border would stay closed.", "saying",
         "the border would stay closed"),
        ("The senator wrote an op-ed urging the council to delay the vote.", "urging",
         "the council to delay the vote"),
        ("A petition calling for a recount drew ten thousand names.", "calling", "a recount"),
        ("The company moved to Delaware, where lawyers say courts are friendlier to firms.",
         "say", "courts are friendlier to firms"),
        ('"Why did nobody warn the villagers?" the mayor asked.', "asked",
         "Why did nobody warn the villagers?"),
    ],
)  # fmt: skip
def test_more_cue_forms(nlp: Language, text: str, cue: str, content: str) -> None:
    assert only(claims(nlp, text), cue).content.text == content


def test_question_in_reported_speech_is_no_claim(nlp: Language) -> None:
    assert claims(nlp, "The mayor asked whether the bridge would reopen.") == []


def test_who_is_judged_after_saying_something_said_it(nlp: Language) -> None:
    text = "The minister was criticized by rivals after saying that the army had won."
    claim = only(claims(nlp, text), "saying")
    assert claim.source is not None
    assert claim.source.text == "The minister"
    # A participle set off by a comma goes with the one who acts.
    text = "The bill was signed by the president, saying it would help farmers."
    claim = only(claims(nlp, text), "saying")
    assert claim.source is not None
    assert claim.source.text == "the president"


def test_a_perfect_participle_opening_the_sentence(nlp: Language) -> None:
    text = "Having declared that the vote was rigged, the opposition leader left the hall."
    claim = only(claims(nlp, text), "Having declared")
    assert claim.source is not None
    assert claim.source.text == "the opposition leader"
    assert claim.content.text == "the vote was rigged"


def test_who_was_led_to_say_it_says_it(nlp: Language) -> None:
    text = "The landslide win led the party chairman to declare that the race was over."
    claim = only(claims(nlp, text), "to declare")
    assert claim.source is not None
    assert claim.source.text == "the party chairman"
    assert claim.content.text == "the race was over"
    # `recall` that calls someone back remembers nothing.
    assert claims(nlp, "The insult prompted Ghana to recall its ambassador.") == []
    assert claims(nlp, "France recalled its ambassador on Friday.") == []


def test_speaking_says_only_what_it_speaks_of(nlp: Language) -> None:
    assert only(claims(nlp, "She spoke of her childhood in Lagos."), "spoke").content.text == (
        "her childhood in Lagos"
    )
    assert claims(nlp, "He spoke fluent Arabic at the dinner.") == []
    text = (
        "Okafor, speaking on condition of anonymity because she was not authorised to talk "
        "to the press, said the port was closed."
    )
    assert [c.cue.text for c in claims(nlp, text)] == ["said"]


def test_a_state_of_mind_about_a_thing(nlp: Language) -> None:
    claim = only(claims(nlp, "Residents remain skeptical about the new dam."), "remain skeptical")
    assert claim.content.text == "about the new dam"
    assert "hedged" not in claim.flags
    # Knowing of something holds no view of it.
    assert claims(nlp, "She is aware of the risks.") == []


def test_the_name_a_speaker_gives_what_they_speak_of(nlp: Language) -> None:
    text = "Thousands of farmers marched against what they called an unfair tax on seed."
    claim = only(claims(nlp, text), "called")
    assert claim.speaker_name == "farmers"
    assert claim.content.text == "an unfair tax on seed"
    # Inside what a cue reports, the name is part of that claim.
    text = "The union demanded higher wages and what it called fair hours."
    assert [c.cue.text for c in claims(nlp, text)] == ["demanded"]


def test_a_request_is_a_claim_like_an_urging(nlp: Language) -> None:
    text = "The governor asked residents of the valley to leave before the river rose."
    claim = only(claims(nlp, text), "asked")
    assert claim.source is not None
    assert claim.source.text == "The governor"
    assert claim.content.text == "residents of the valley to leave before the river rose"
    # A request told in another's claim is what that claim reports.
    text = "The gunmen then asked the drivers to step out of the trucks, a survivor said."
    assert [c.cue.text for c in claims(nlp, text)] == ["said"]
    text = "She said the council may have to delay the vote or ask the court to rule first."
    assert [c.cue.text for c in claims(nlp, text)] == ["said"]


def test_headline_with_a_proper_name_and_a_colon(nlp: Language) -> None:
    text = "Pence: Trump Was Joking About the Polls\nThe governor spoke in Ohio."
    claim = only(claims(nlp, text), ":")
    assert claim.content.text == "Trump Was Joking About the Polls"


@pytest.mark.parametrize(
    ("title", "source", "content"),
    [
        ("Zelenskiy: Russia Will Not Take Kharkiv", "Zelenskiy", "Russia Will Not Take Kharkiv"),
        (
            "Kremlin aide: strikes on the bridge will not derail the talks",
            "Kremlin aide",
            "strikes on the bridge will not derail the talks",
        ),
        (
            "Mayor Ruiz to Voters Worried About Floods: The Dam Will Hold.",
            "Mayor Ruiz",
            "The Dam Will Hold.",
        ),
        (
            "Ruiz on the Port Deal: It Was Signed in Good Faith ",
            "Ruiz",
            "It Was Signed in Good Faith",
        ),
        (
            "EXCLUSIVE – Ana Ruiz: The Port Deal Was Rigged.",
            "Ana Ruiz",
            "The Port Deal Was Rigged.",
        ),
        ("Insiders: Ruiz will win the port vote", "Insiders", "Ruiz will win the port vote"),
        ("Poll: Most voters back the port deal", "Poll", "Most voters back the port deal"),
    ],
)
def test_a_title_gives_a_speakers_words_after_a_colon(
    nlp: Language, title: str, source: str, content: str
) -> None:
    text = f"{title}\n\nMayor Ana Ruiz spoke to reporters in the port on Monday."
    assert source_and_content(claims(nlp, text), ":") == (source, content)


@pytest.mark.parametrize(
    "title",
    [
        "Analysis: The Dam Will Hold For Now",
        "Kremlin gardens: roses bloom early this year",  # a thing, not a role
        "Ruiz on the Port Deal: Will It Hold?",  # a question asked
        "Video: Russian tanks roll into the town",  # a section of the page
    ],
)
def test_a_title_colon_without_a_speaker_is_no_claim(nlp: Language, title: str) -> None:
    text = f"{title}\n\nMayor Ana Ruiz spoke to reporters in the port on Monday."
    assert [c for c in claims(nlp, text) if c.cue.text == ":"] == []


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("According to the radio host Rush Limbaugh, the move reeks of fear.",
         "the radio host Rush Limbaugh", "the move reeks of fear"),
        ("Incomes would rise by 20 percent, according to the Tax Foundation, twice the "
         "figure for the middle class.", "the Tax Foundation", "Incomes would rise by 20 percent"),
        # a relative clause set off after the source describes it
        ("According to the health ministry, which does not separate civilians from fighters, "
         "more than 400 people have died.", "the health ministry",
         "more than 400 people have died"),
        ("According to the monitor, which has tracked the war since 2011 and whose figures are "
         "widely cited, 12 people died.", "the monitor", "12 people died"),
    ],
)  # fmt: skip
def test_according_to_sides(nlp: Language, text: str, source: str, content: str) -> None:
    claim = only(claims(nlp, text), "According to" if text[0] == "A" else "according to")
    assert claim.source is not None
    assert claim.source.text == source
    assert claim.content.text == content


def test_dash_signature_on_the_next_line(nlp: Language) -> None:
    text = "\u201cI am ashamed of what we have become.\u201d\n\u2015 Jane Doe\n"
    claim = only(claims(nlp, text), "\u2015")
    assert claim.speaker_name == "Jane Doe"
    assert claim.content.text == "I am ashamed of what we have become."


# ---------------------------------------------------------------- responses


def test_counter_cue_on_the_matter_just_before_is_disputed(nlp: Language) -> None:
    text = (
        "The lower house voted to extend the president's mandate, saying it had no other "
        "choice. Opposition lawmakers have denounced the extension."
    )
    _found, resp = responses(nlp, text)
    disputed = [r for r in resp if r.kind == "disputed"]
    assert [r.party_name for r in disputed] == ["Opposition lawmakers"]
    assert disputed[0].claims


def test_counter_cue_on_a_new_matter_is_no_response(nlp: Language) -> None:
    text = (
        "The lower house voted to extend the president's mandate, saying it had no other "
        "choice. Opposition lawmakers have denounced the new tax on fuel."
    )
    _found, resp = responses(nlp, text)
    assert [r for r in resp if r.kind == "disputed"] == []


def test_claim_given_in_response_is_disputed(nlp: Language) -> None:
    text = (
        "The Taliban said the U.N. envoy had refused to meet them. In his response on "
        "Wednesday, the envoy said he had sought to engage with the authorities."
    )
    _found, resp = responses(nlp, text)
    assert [r.kind for r in resp] == ["disputed"]


# ---------------------------------------------------------------- benchmark scoring


def test_benchmark_joins_records_sharing_a_cue() -> None:
    from benchmarks.attribution import Relation, one_per_cue

    split = [
        Relation(source=(30, 35), cue=(36, 40), content=(1, 28)),
        Relation(source=None, cue=(36, 40), content=(43, 60)),
        Relation(source=(70, 75), cue=(76, 80), content=(81, 90)),
    ]
    assert one_per_cue(split) == [
        Relation(source=(30, 35), cue=(36, 40), content=(1, 60)),
        Relation(source=(70, 75), cue=(76, 80), content=(81, 90)),
    ]


def test_benchmark_scope_leaves_out_wishes_and_deeds(nlp: Language) -> None:
    from benchmarks.attribution import Relation, in_scope, scoped

    text = "The union endorsed Clinton. Smith said the vote was close. Jones refused to say."
    doc = run(nlp, text)

    def at(words: str) -> tuple[int, int]:
        return text.index(words), text.index(words) + len(words)

    endorsed = Relation(source=at("The union"), cue=at("endorsed"), content=at("Clinton"))
    said = Relation(source=at("Smith"), cue=at("said"), content=at("the vote was close"))
    refused = Relation(source=at("Jones"), cue=at("refused to say"), content=at("Jones"))
    assert [in_scope(doc, r) for r in (endorsed, said, refused)] == [False, True, True]
    kept, inside = scoped(doc, [endorsed, said], [endorsed, said])
    assert kept == [said]
    assert inside == [said]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "As the minister said on Friday, the border will stay closed.",
            "said",
            "the border will stay closed",
        ),
        (
            "As the mayor told the Daily Herald, the new bridge will open in May.",
            "told",
            "the new bridge will open in May",
        ),
    ],
)
def test_as_x_said_with_a_time_or_an_audience(
    nlp: Language, text: str, cue: str, content: str
) -> None:
    claim = only(claims(nlp, text), cue)
    assert claim.content.text == content


def test_as_x_said_attributes_the_clause_it_hangs_on(nlp: Language) -> None:
    text = "The driver was not armed, as police have said."
    claim = only(claims(nlp, text), "have said")
    assert claim.content.text == "The driver was not armed"
    assert claim.speaker_name == "police"


def test_which_standing_for_a_body_speaks(nlp: Language) -> None:
    text = "The fine was set by the European Union, which contended that Ireland undertaxed Apple."
    claim = only(claims(nlp, text), "contended")
    assert claim.speaker_name == "European Union"
    assert claim.content.text == "Ireland undertaxed Apple"
    # (an army too, in how the speaker of the sentence is described)
    text = "The army, which says the RSF is backed by a foreign state, said it would fight on."
    claim = only(claims(nlp, text), "says")
    assert (claim.speaker_name, claim.content.text) == (
        "army",
        "the RSF is backed by a foreign state",
    )


def test_which_standing_for_a_clause_is_no_speaker(nlp: Language) -> None:
    text = "Prices rose by a third in May, which suggests that the harvest failed."
    assert [c for c in claims(nlp, text) if c.cue.text == "suggests"] == []


def test_response_party_is_resolved_like_a_speaker(nlp: Language) -> None:
    text = (
        "The Taliban accused the government of delaying the talks. A spokesman for the "
        "president rejected the accusations. Mohammad Ameri said the Taliban must stop "
        "the killing."
    )
    _found, resp = responses(nlp, text)
    denied = [r for r in resp if r.kind == "denied"]
    assert [r.party_name for r in denied] == ["Mohammad Ameri"]


def test_group_name_leaves_out_a_heading_on_the_line_before(nlp: Language) -> None:
    text = (
        "The group demanded the release of its members.\n\nReaction\nOfficials have not "
        "responded to the demands."
    )
    _found, resp = responses(nlp, text)
    assert [r.party_name for r in resp if r.kind == "no_response"] == ["Officials"]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The charter defines the council as the highest authority.", "defines",
         "the council as the highest authority"),
        ("The new law requires foreign ships to ask for permission.", "requires",
         "foreign ships to ask for permission"),
        ("The rebels routinely deny recruiting children.", "deny", "recruiting children"),
    ],
)  # fmt: skip
def test_documents_that_state_and_denials_of_a_deed(
    nlp: Language, text: str, cue: str, content: str
) -> None:
    assert only(claims(nlp, text), cue).content.text == content


def test_requires_without_a_document_is_no_claim(nlp: Language) -> None:
    assert claims(nlp, "The bridge requires new steel beams.") == []


def test_especially_as_stays_in_the_content(nlp: Language) -> None:
    text = "Experts warned that the polls mean little, especially as few people answered them."
    claim = only(claims(nlp, text), "warned")
    assert claim.content.text == "the polls mean little, especially as few people answered them"


def test_the_clause_right_after_the_cue_is_its_content(nlp: Language) -> None:
    text = (
        "The minister missed the summit after days of rumours about his absence "
        "(his office later disclosed that he has the flu)."
    )
    assert only(claims(nlp, text), "disclosed").content.text == "he has the flu"


def test_source_leaves_out_a_time_stamp_heading(nlp: Language) -> None:
    text = "The Latest on the race:\n\n12:15 p.m.\n\nDonald Trump says the polls are rigged.\n"
    claim = only(claims(nlp, text), "says")
    assert claim.source is not None
    assert claim.source.text == "Donald Trump"


def test_name_next_to_the_cue_after_a_fronted_description(nlp: Language) -> None:
    text = (
        "A media analyst at the University of Southern California, Gatov also noted that "
        "trade with Russia remains small."
    )
    claim = only(claims(nlp, text), "noted")
    assert claim.source is not None
    assert claim.source.text == "Gatov"


def test_hyphenated_name_stays_whole(nlp: Language) -> None:
    text = '"Do not look back," Shafiq-ul-Rehaman said the gunmen told passengers.'
    found = claims(nlp, text)
    assert found
    assert {c.speaker_name for c in found} == {"Shafiq-ul-Rehaman"}


def test_quoted_words_before_the_cue_are_not_its_subject(nlp: Language) -> None:
    text = (
        "\u201cThe campaign is in panic mode. Full panic mode,\u201d said Leslie Wimes, a "
        "Florida-based activist."
    )
    claim = only(claims(nlp, text), "said")
    assert claim.speaker_name == "Leslie Wimes"
    assert claim.content.text == "The campaign is in panic mode. Full panic mode"


def test_subject_on_the_cue_line_after_a_promotion_line(nlp: Language) -> None:
    text = (
        "Click to subscribe to the Daily wherever you get your podcasts\n"
        "Kyiv also said its forces have advanced 35km into Russia since last week.\n"
    )
    claim = only(claims(nlp, text), "said")
    assert claim.source is not None
    assert claim.source.text == "Kyiv"
    assert claim.speaker_name == "Ukraine (government)"
    assert claim.content.text == "its forces have advanced 35km into Russia since last week"


def test_name_read_into_the_phrase_before_the_cue_is_its_subject(nlp: Language) -> None:
    # The parser reads `Zelenskyy` as the last word of `the Kyiv Independent`.
    text = (
        "At a March briefing with the editors of the Kyiv Independent Zelenskyy said that "
        "the front near Pokrovsk was holding."
    )
    claim = only(claims(nlp, text), "said")
    assert claim.source is not None
    assert claim.source.text.endswith("Zelenskyy")
    assert claim.content.text == "the front near Pokrovsk was holding"


def test_unmarked_reported_clause_parsed_as_adverbial(nlp: Language) -> None:
    text = "The minister said after the summit he would not sign the grain deal if it were renewed."
    claim = only(claims(nlp, text), "said")
    assert claim.speaker_name == "minister"
    assert claim.content.text.endswith("he would not sign the grain deal if it were renewed")


def test_handmade_parse_opened_quote_hung_on_the_cue_as_punctuation() -> None:
    # `The mayor said, "Families go home."` with the quoted clause attached as `punct`,
    # as spaCy's parser sometimes does after an opening quote mark.
    from spacy.lang.en import English

    nlp = English()
    nlp.add_pipe("claimwire_attribution")
    words = ["The", "mayor", "said", ",", "\u201c", "Families", "go", "home", "."]
    heads = [1, 2, 2, 2, 2, 6, 2, 6, 6]
    deps = ["det", "nsubj", "ROOT", "punct", "punct", "nsubj", "punct", "advmod", "punct"]
    pos = ["DET", "NOUN", "VERB", "PUNCT", "PUNCT", "NOUN", "VERB", "ADV", "PUNCT"]
    lemmas = ["the", "mayor", "say", ",", '"', "family", "go", "home", "."]
    spaces = [True, True, False, True, False, True, True, False, False]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    doc = nlp.get_pipe("claimwire_attribution")(doc)
    claim = only(list(ext.claims(doc)), "said")
    assert claim.content.text.rstrip(".") == "Families go home"
    assert claim.source is not None
    assert claim.source.text == "The mayor"


def test_source_keeps_the_closing_bracket_of_a_party_label(nlp: Language) -> None:
    text = "Sen. Jeanne Shaheen (D-N.H.) said the aid package would pass next week."
    claim = only(claims(nlp, text), "said")
    assert claim.source is not None
    assert claim.source.text == "Sen. Jeanne Shaheen (D-N.H.)"
    assert claim.speaker_name == "Jeanne Shaheen"


def test_source_as_written_keeps_its_describing_clause(nlp: Language) -> None:
    text = "Olena Kovalenko, who fled Kharkiv in 2022, said the shelling never stopped."
    claim = only(claims(nlp, text), "said")
    assert claim.source is not None
    assert claim.source.text == "Olena Kovalenko, who fled Kharkiv in 2022"
    assert claim.speaker_name == "Olena Kovalenko"
    group = only(
        claims(nlp, "Analysts who track the conflict said the offensive had stalled."), "said"
    )
    assert group.source is not None
    assert group.source.text == "Analysts who track the conflict"
    assert group.speaker_name == "Analysts"


def test_continued_with_a_comma_and_an_opened_quote(nlp: Language) -> None:
    text = "The envoy continued, \u201cFor us, the families of the missing, all we want is a list."
    claim = only(claims(nlp, text), "continued")
    assert claim.source is not None
    assert claim.source.text == "The envoy"
    assert claim.content.text.startswith("For us, the families of the missing")


def test_a_court_ruling_states_its_that_clause(nlp: Language) -> None:
    text = "The tribunal ruled that the seizure of the tankers had breached maritime law."
    claim = only(claims(nlp, text), "ruled")
    assert claim.content.text == "the seizure of the tankers had breached maritime law"
    assert not claims(nlp, "The tribunal ruled on the seizure of the tankers in May.")


def test_handmade_parse_that_taken_for_an_adverb_after_a_time_phrase() -> None:
    # `X tweeted at night that Y was Z`, with `that` parsed as an adverb and the
    # reported clause as an adverbial clause, as spaCy's parser sometimes does.
    from spacy.lang.en import English

    nlp = English()
    nlp.add_pipe("claimwire_attribution")
    words = ["Medvedev", "tweeted", "at", "night", "that", "Kyiv", "was", "weak", "."]
    heads = [1, 1, 1, 2, 6, 6, 1, 6, 1]
    deps = ["nsubj", "ROOT", "prep", "pobj", "advmod", "nsubj", "advcl", "acomp", "punct"]
    pos = ["PROPN", "VERB", "ADP", "NOUN", "PRON", "PROPN", "AUX", "ADJ", "PUNCT"]
    lemmas = ["Medvedev", "tweet", "at", "night", "that", "Kyiv", "be", "weak", "."]
    spaces = [True, True, True, True, True, True, True, False, False]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    doc = nlp.get_pipe("claimwire_attribution")(doc)
    claim = only(list(ext.claims(doc)), "tweeted")
    assert claim.content.text.endswith("Kyiv was weak")
    assert claim.source is not None
    assert claim.source.text == "Medvedev"


def test_as_the_source_put_it(nlp: Language) -> None:
    text = 'As the minister put it in a statement in May, the ceasefire is "a pause, not a peace."'
    claim = only(claims(nlp, text), "put")
    assert claim.source is not None
    assert claim.source.text == "the minister"
    assert claim.content.text.startswith('the ceasefire is "a pause, not a peace')
    assert not claims(nlp, "The minister put it on the table in May.")


def test_went_on_to_say_and_appeared_to_suggest(nlp: Language) -> None:
    went = only(
        claims(nlp, "The ministry went on to say the strikes had hit only military targets."),
        "to say",
    )
    assert went.speaker_name == "ministry"
    assert went.content.text == "the strikes had hit only military targets"
    appeared = only(
        claims(nlp, "The general appeared to suggest that the troops would withdraw by winter."),
        "to suggest",
    )
    assert appeared.content.text == "the troops would withdraw by winter"
    # A purpose is still not a statement.
    assert not claims(nlp, "The ministry released the footage to show that the depot was empty.")


def test_continued_after_the_quoted_words(nlp: Language) -> None:
    text = (
        "\u201cMaybe I can, by speaking directly to the soldiers, say, look, this is not who "
        "we are,\u201d she continued."
    )
    claim = only(claims(nlp, text), "continued")
    assert claim.source is not None
    assert claim.source.text == "she"
    assert "this is not who we are" in claim.content.text
    assert not claims(nlp, "The shelling continued through the night.")


def test_cue_before_a_quote_the_parser_made_the_main_clause(nlp: Language) -> None:
    text = (
        'Douglas Brinkley, a historian who attended the session, recalled, "Out of nowhere, '
        "he said, 'If we don't act, all bets are off.'"
    )
    claim = only(claims(nlp, text), "recalled")
    assert claim.source is not None
    assert claim.source.text.startswith("Douglas Brinkley")
    assert claim.content.text.startswith("Out of nowhere")


def test_transcript_turns_are_claims_of_the_person_named_before(nlp: Language) -> None:
    # An interview: the interviewer's questions assert nothing; the answers are claims of
    # the person the article named in full, however the tagger reads the turn's name.
    text = (
        "Richard Armitage, a former deputy secretary of state, spoke with VOA about his "
        "trip.\n\nVOA: What message did you bring to Taiwan?\n\nArmitage: The obvious "
        "message we brought was support for its democracy.\n\nVOA: How should we read "
        "the drills?\n\nArmitage: That type of exercise was expected. The speech was "
        "fantastic."
    )
    turns = [c for c in claims(nlp, text) if c.cue.text == ":"]
    assert [c.content.text for c in turns] == [
        "The obvious message we brought was support for its democracy.",
        "That type of exercise was expected. The speech was fantastic.",
    ]
    assert {c.speaker_name for c in turns} == {"Richard Armitage"}


def test_headline_colon_with_a_name_the_tagger_missed(nlp: Language) -> None:
    text = (
        "Merkel: Germany will take in more refugees this year\n\n"
        "Chancellor Angela Merkel spoke in Berlin."
    )
    claim = only(claims(nlp, text), ":")
    assert claim.source is not None
    assert claim.source.text == "Merkel"
    assert claim.content.text == "Germany will take in more refugees this year"


def test_cue_joined_to_a_relative_clause_shares_its_subject(nlp: Language) -> None:
    text = (
        "The footage has become a focal point for the families, who have gathered outside the "
        "ministry and called for the names to be released."
    )
    claim = only(claims(nlp, text), "called")
    assert "the names to be released" in claim.content.text
    assert claim.speaker_name == "families"
    assert not claims(nlp, "The villagers, who fled in March and returned in May, rebuilt it.")


def test_source_as_written_leaves_out_a_circumstance_set_off_by_commas(nlp: Language) -> None:
    text = "The mayor, speaking in Kharkiv on Friday, said the bridge would reopen."
    claim = only(claims(nlp, text), "said")
    assert claim.source is not None
    assert claim.source.text == "The mayor"
    report = only(
        claims(nlp, "A report released last year said civilian deaths had doubled."), "said"
    )
    assert report.source is not None
    assert report.source.text == "A report released last year"


def test_possessor_of_a_claim_noun_is_the_whole_name(nlp: Language) -> None:
    text = "Vladimir Putin's claim that the strikes hit only military targets was disputed."
    claim = only(claims(nlp, text), "claim")
    assert claim.source is not None
    assert claim.source.text.startswith("Vladimir Putin")
    assert claim.speaker_name == "Vladimir Putin"


def test_claim_noun_named_by_its_author(nlp: Language) -> None:
    text = "A Kremlin statement that the strikes hit only military targets drew scorn in Kyiv."
    claim = only(claims(nlp, text), "statement")
    assert claim.source is not None
    assert claim.source.text == "Kremlin"
    assert claim.content.text == "the strikes hit only military targets"


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # A judgement about its object is a claim about it.
        (
            "The opposition leader mocked the budget as a list of broken promises.",
            "mocked",
            "the budget as a list of broken promises",
        ),
        (
            "He portrayed the migrants as criminals with victims.",
            "portrayed",
            "the migrants as criminals with victims",
        ),
        (
            "The foreign minister slammed the new sanctions on the country's banks.",
            "slammed",
            "the new sanctions on the country's banks",
        ),
        # Content that is the object of the cue's own preposition.
        (
            "The mayor insisted on a full inquiry into the flooding.",
            "insisted",
            "a full inquiry into the flooding",
        ),
        (
            "The envoy argued for an immediate return of the monitors.",
            "argued",
            "an immediate return of the monitors",
        ),
        (
            "The governor blamed the outage on a storm in the north.",
            "blamed",
            "the outage on a storm in the north",
        ),
        # Not a phrase of where before the cue; a warning's object with what it warns of.
        (
            "On state radio, the minister called for a ceasefire in the north.",
            "called",
            "a ceasefire in the north",
        ),
        (
            "The envoy sharply warned the council against lifting the embargo.",
            "warned",
            "the council against lifting the embargo",
        ),
        # `express` puts out an attitude whatever its noun; a second phrase of the
        # object's preposition is part of it.
        (
            "The envoy expressed astonishment at the decision.",
            "expressed",
            "astonishment at the decision",
        ),
        (
            "The minister expressed the government’s commitment to the ceasefire and to "
            "rebuilding the schools of the region.",
            "expressed",
            "the government’s commitment to the ceasefire and to rebuilding the schools of "
            "the region",
        ),
        # A date the parser hung on the object is when it was said, not what.
        (
            "The regional bloc announced the creation of a joint naval patrol Monday at a "
            "meeting of defence chiefs.",
            "announced",
            "the creation of a joint naval patrol",
        ),
        (
            "The ministry announced plans Tuesday to reopen two crossings.",
            "announced",
            "plans Tuesday to reopen two crossings",
        ),
        # A judgement of someone keeps what they are judged for.
        (
            "The opposition leader slammed the cabinet on Monday for delaying the budget.",
            "slammed",
            "the cabinet on Monday for delaying the budget",
        ),
    ],
)
def test_object_and_preposition_cues(nlp: Language, text: str, cue: str, content: str) -> None:
    claim = only(claims(nlp, text), cue)
    assert claim.content.text == content


@pytest.mark.parametrize(
    "text",
    [
        # Topics, venues and reactions are not claims (docs/annotation.md).
        "The ministers discussed maritime security in the Gulf of Guinea.",
        "The general spoke on Tuesday at a base near the border.",
        "The embassy did not respond to a request for comment.",
        "The analyst welcomed the move by the central bank.",
        "Villagers celebrated the harvest with a feast.",
    ],
)
def test_topics_and_reactions_are_not_claims(nlp: Language, text: str) -> None:
    assert claims(nlp, text) == []


def test_continued_to_insist_is_the_subjects_claim(nlp: Language) -> None:
    text = "The president continued to insist that the election had been stolen."
    claim = only(claims(nlp, text), "to insist")
    assert claim.speaker_name.endswith("president")
    assert claim.content.text == "the election had been stolen"


def test_quote_after_a_name_and_a_colon(nlp: Language) -> None:
    text = (
        "The late swing did not surprise the pollster Maria Gonzalez: "
        "“Undecided voters have broken for the challenger in every race since 2004.”"
    )
    claim = only(claims(nlp, text), ":")
    assert claim.kind == "direct"
    assert claim.content.text.startswith("Undecided voters have broken")
    assert claim.source is not None
    assert claim.source.text.endswith("Maria Gonzalez")


def test_quote_close_is_not_part_of_the_source(nlp: Language) -> None:
    text = "“The fence will not stop anyone who is desperate,” Okafor, 61, told reporters."
    claim = only(claims(nlp, text), "told")
    assert claim.source is not None
    assert claim.source.text.startswith("Okafor")


@pytest.mark.parametrize(
    ("text", "content_start"),
    [
        ("The senator called the governor “the next Lincoln.”", "the governor"),
        ("The campaign called the agency report a “rush to judgment.”", "the agency report"),
        ("He called her “second-rate.”", "her"),
        ("He called the protesters “illegals” and “thugs” without proof.", "the protesters"),
    ],
)
def test_called_x_y_is_a_judgement(nlp: Language, text: str, content_start: str) -> None:
    claim = only(claims(nlp, text), "called")
    assert claim.content.text.startswith(content_start)
    assert "“" in claim.content.text


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The Kremlin has made clear that it would not accept foreign monitors.",
            "has made clear",
            "it would not accept foreign monitors",
        ),
        (
            "The minister made it clear that talks would resume in May.",
            "made it clear",
            "talks would resume in May",
        ),
        (
            "She made the case that tariffs would hurt farmers.",
            "made the case",
            "tariffs would hurt farmers",
        ),
    ],
)
def test_statements_in_a_light_verbs_words(
    nlp: Language, text: str, cue: str, content: str
) -> None:
    claim = only(claims(nlp, text), cue)
    assert claim.content.text == content


def test_made_without_a_statement_is_not_a_claim(nlp: Language) -> None:
    assert claims(nlp, "The engineers made the bridge safe before the convoy crossed.") == []
    assert claims(nlp, "She called a meeting of the cabinet.") == []


def test_what_evidence_shows_with_where_it_places_it(nlp: Language) -> None:
    text = "The latest survey shows the mayor with a ten-point lead among older voters."
    assert only(claims(nlp, text), "shows").content.text == (
        "the mayor with a ten-point lead among older voters"
    )
    # A collection of documents shows what the documents show.
    text = "A trove of leaked memos showed close ties between the ministry and the contractor."
    claim = only(claims(nlp, text), "showed")
    assert claim.content.text == "close ties between the ministry and the contractor"
    # A finding quotes nobody: the quoted apology before it is not what the emails show.
    text = (
        "The club issued a note on Friday, offering “a full and unconditional refund” to its "
        "members after leaked emails showed staff selling tickets twice."
    )
    assert [c.content.text for c in claims(nlp, text)] == ["staff selling tickets twice"]


def test_evidence_participle_presents_a_finding(nlp: Language) -> None:
    text = "Investigators released emails showing that the officials knew about the flaw."
    claim = only(claims(nlp, text), "showing")
    assert claim.source is not None
    assert claim.source.text == "emails"
    assert claim.content.text == "the officials knew about the flaw"


def test_a_name_given_read_as_an_apposition_of_the_object(nlp: Language) -> None:
    text = "Ruiz called her fallen son her hero before the funeral."
    assert only(claims(nlp, text), "called").content.text == "her fallen son her hero"


def test_calling_people_oneself_is_no_judgement(nlp: Language) -> None:
    assert claims(nlp, "The chairman was calling major donors himself.") == []


def test_ledgers_and_records_present_findings(nlp: Language) -> None:
    text = "Prosecutors found handwritten ledgers showing he received $2 million in cash."
    assert source_and_content(claims(nlp, text), "showing") == (
        "handwritten ledgers",
        "he received $2 million in cash",
    )
    text = "The general released his medical records, which showed he was fit for duty."
    claim = only(claims(nlp, text), "showed")
    assert claim.speaker_name == "his medical records"
    assert claim.content.text == "he was fit for duty"


@pytest.mark.parametrize(
    "text",
    [
        "The minister did not say whether the talks would resume.",
        "China has not condemned the attack on the convoy.",
        "The general never claimed that the bridge had been taken.",
    ],
)
def test_a_negated_cue_makes_no_claim(nlp: Language, text: str) -> None:
    assert claims(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Farm leaders were more likely to say the drought had cut their harvest.",
            "to say",
            "the drought had cut their harvest",
        ),
        (
            "The candidate took to Twitter to say the count had been rigged.",
            "to say",
            "the count had been rigged",
        ),
    ],
)
def test_to_clause_said_by_its_subject(nlp: Language, text: str, cue: str, content: str) -> None:
    claim = only(claims(nlp, text), cue)
    assert claim.content.text == content
    assert claim.source is not None


def test_purpose_clause_is_not_a_claim(nlp: Language) -> None:
    assert claims(nlp, "The ministry issued new figures to show that exports had recovered.") == []


def test_passive_judgement_names_its_judge(nlp: Language) -> None:
    accused = only(
        claims(nlp, "The mayor was accused by rivals of hiding the report."), "was accused"
    )
    assert accused.source is not None
    assert accused.source.text == "rivals"
    claim = only(
        claims(nlp, "The mayor has been criticized by rivals for hiding the report."),
        "has been criticized",
    )
    assert claim.source is not None
    assert claim.source.text == "rivals"
    assert claim.content.text == "hiding the report"
    assert claims(nlp, "The mayor was criticized for hiding the report.") == []


def test_a_clause_misread_as_the_object_of_says(nlp: Language) -> None:
    text = (
        "Senator Jane Roe says the protest movement that is sweeping the state and lifting "
        "rivals in this year's race appeals to the worst in people."
    )
    claim = only(claims(nlp, text), "says")
    assert claim.content.text.startswith("the protest movement")
    assert claim.content.text.endswith("the worst in people")
    assert claims(nlp, "The mayor said a short prayer.") == []


def test_quote_opened_right_after_the_cue(nlp: Language) -> None:
    text = (
        "Later on Sunday, the senator shared a photo on his Facebook page, writing "
        "“Let me save the reporters some time. Here is the letter they claim never existed.”"
    )
    claim = only(claims(nlp, text), "writing")
    assert claim.content.text.startswith("Let me save the reporters some time.")
    assert claim.content.text.endswith("never existed.")


def test_ability_is_not_a_hedge(nlp: Language) -> None:
    claim = only(claims(nlp, "The general said the army can hold the line until spring."), "said")
    assert "hedged" not in claim.flags
    hedged = only(
        claims(nlp, "The general said the army could hold the line until spring."), "said"
    )
    assert "hedged" in hedged.flags


def test_a_month_is_not_a_modal(nlp: Language) -> None:
    text = "The envoy said the border had reopened in May 2020."
    assert "hedged" not in only(claims(nlp, text), "said").flags
    text = "The envoy said the border may reopen in May."
    assert "hedged" in only(claims(nlp, text), "said").flags


def test_participle_after_a_preposition_is_the_main_subjects(nlp: Language) -> None:
    text = (
        "Since announcing in October that he would not run, "
        "the vice president has backed the governor."
    )
    claim = only(claims(nlp, text), "announcing")
    assert claim.source is not None
    assert claim.source.text == "the vice president"
    assert claim.content.text == "he would not run"


def test_noun_of_saying_with_what_it_denies_or_alleges(nlp: Language) -> None:
    text = "Senator Jane Ellis toured the plant. Her denial of any wrongdoing came on Friday."
    claim = only(claims(nlp, text), "denial")
    assert claim.content.text == "any wrongdoing"
    assert claim.source is not None
    assert claim.source.text == "Her"
    assert claim.speaker_name == "Jane Ellis"
    claim = only(
        claims(nlp, "The auditors' allegations of fraud shook the company."), "allegations"
    )
    assert claim.content.text == "fraud"
    assert claim.speaker_name == "auditors"


def test_noun_of_saying_with_an_infinitive(nlp: Language) -> None:
    text = "Karen Boyd's pledge to repave every road in the county won her votes."
    pledge = only(claims(nlp, text), "pledge")
    assert pledge.content.text == "to repave every road in the county"
    assert pledge.speaker_name == "Karen Boyd"
    text = (
        "Governor Paul Hendricks spoke in Omaha. His promise to rebuild the levee pleased farmers."
    )
    promise = only(claims(nlp, text), "promise")
    assert promise.content.text == "to rebuild the levee"
    assert promise.speaker_name == "Paul Hendricks"


def test_more_nouns_of_saying_take_a_that_clause(nlp: Language) -> None:
    text = "The mayor's criticism that the budget ignored schools was echoed by teachers."
    claim = only(claims(nlp, text), "criticism")
    assert claim.content.text == "the budget ignored schools"
    assert claim.source is not None
    assert claim.source.text == "The mayor's"
    assert claim.speaker_name == "mayor"


def test_noun_of_saying_made_by_the_subject(nlp: Language) -> None:
    text = "The governor issued a warning that the river would flood by Sunday."
    claim = only(claims(nlp, text), "warning")
    assert claim.content.text == "the river would flood by Sunday"
    assert claim.source is not None
    assert claim.source.text == "The governor"
    claim = only(claims(nlp, "Governor Tom Hale made a promise to reopen the clinic."), "promise")
    assert claim.speaker_name == "Tom Hale"
    # Who receives a statement does not make it.
    assert not claims(nlp, "The mayor faced criticism that he ignored the flood.")


def test_claim_noun_with_a_clause_without_that(nlp: Language) -> None:
    text = "The senator's claim he had never met the donor was false."
    assert only(claims(nlp, text), "claim").content.text == "he had never met the donor"
    # A relative clause says something about the claim, not what was claimed.
    assert not claims(nlp, "The senator's claim he made in June was false.")


def test_noun_of_saying_with_a_topic_or_no_source_is_no_claim(nlp: Language) -> None:
    # What was said is not in the sentence, only its topic or target.
    assert not claims(nlp, "Her criticism of the trade deal was sharp.")
    assert not claims(nlp, "His comments about the refugees were widely reported.")
    assert not claims(nlp, "The mayor's call for calm was ignored.")
    # No one is named as saying it.
    assert not claims(nlp, "The criticism of the budget grew louder in the spring.")
    assert not claims(nlp, "The question of whether to raise taxes divided the council.")
    assert not claims(nlp, "A pledge to repave the roads was in the budget.")
    # A circumstance, not what was said; a noun that reports no statement.
    assert not claims(nlp, "Her remarks in the town hall lasted an hour.")
    assert not claims(nlp, "The senator's support for the dam never wavered.")


def test_allegations_by_no_one_named_are_from_unnamed_sources(nlp: Language) -> None:
    claim = only(claims(nlp, "Allegations that the mayor took bribes dogged him."), "Allegations")
    assert claim.source is None
    assert claim.content.text == "the mayor took bribes"
    text = "Residents filed complaints that the water smelled of sulfur."
    complaint = only(claims(nlp, text), "complaints")
    assert complaint.source is not None
    assert complaint.source.text == "Residents"
    # Only nouns that report someone alleging something: the reporter may cite a claim.
    assert not claims(nlp, "The claim that vaccines cause autism has been debunked.")


def test_relative_clause_after_a_claim_noun_is_no_content(nlp: Language) -> None:
    text = "The senator's claim that he made in June was false."
    assert not [c for c in claims(nlp, text) if c.cue.text == "claim"]
    text = "The minister's warning that the council dismissed was sound."
    assert not [c for c in claims(nlp, text) if c.cue.text == "warning"]


@pytest.mark.parametrize(
    "text",
    [
        "Three members of the Senate — Ann Fox, Omar Haddad and Lena Brook — wrote to the "
        "minister, calling on her to release the report.",
        "Three senators — Ann Fox, Omar Haddad and Lena Brook — wrote to the minister, "
        "calling on her to release the report.",
    ],
)
def test_a_group_named_by_a_list_speaks_as_the_group(nlp: Language, text: str) -> None:
    claim = only(claims(nlp, text), "calling on")
    assert claim.speaker is None
    assert "Ann Fox, Omar Haddad and Lena Brook" in claim.speaker_name


def test_a_cue_clause_with_its_own_object_is_not_parenthetical(nlp: Language) -> None:
    text = "The adviser, while condemning the recent violence, says a reset in ties is possible."
    found = claims(nlp, text)
    assert only(found, "condemning").content.text == "the recent violence"
    assert only(found, "says").content.text == "a reset in ties is possible"


def test_a_heading_run_into_the_next_sentence_is_not_its_content(nlp: Language) -> None:
    text = (
        "Rebels surge\n\nSince last August, the group has claimed responsibility for "
        "several deadly attacks, mostly on police."
    )
    claim = only(claims(nlp, text), "has claimed")
    assert claim.content.text.startswith("responsibility for several deadly attacks")


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The rebels took credit for attacking a military convoy near the mine.",
            "took credit",
            "attacking a military convoy near the mine",
        ),
        (
            "In February, historians exposed the collector as a fraud.",
            "exposed",
            "the collector as a fraud",
        ),
        (
            "Ship-tracking websites show the cargo ship departed the port on Monday.",
            "show",
            "the cargo ship departed the port on Monday",
        ),
        (
            "The aid follows a report by the Global Peace Index, which identified the Sahel as "
            "the epicenter of extremism.",
            "identified",
            "the Sahel as the epicenter of extremism",
        ),
    ],
)
def test_claims_of_responsibility_exposure_and_evidence(
    nlp: Language, text: str, cue: str, content: str
) -> None:
    assert only(claims(nlp, text), cue).content.text == content


def test_taking_a_thing_is_not_a_claim(nlp: Language) -> None:
    assert claims(nlp, "He took the bus to the ministry for the meeting.") == []


def test_an_objects_own_phrase_ends_the_content(nlp: Language) -> None:
    text = (
        "The United States has voiced concern over the violence in the city, with its envoy "
        "speaking by phone on Sunday with the mayor."
    )
    claim = only(claims(nlp, text), "has voiced")
    assert claim.content.text == "concern over the violence in the city"


def test_a_negation_inside_the_quote_does_not_negate_the_cue(nlp: Language) -> None:
    text = '"Certainly not," the minister said of the chance of new talks with the rebels.'
    claim = only(claims(nlp, text), "said")
    assert claim.content.text == "Certainly not"
    assert claim.speaker_name == "minister"
    # A negation on the cue itself still says no claim was made.
    assert not claims(
        nlp, "The minister did not say whether new talks with the rebels would start."
    )


def test_a_poll_share_speaks_as_a_group(nlp: Language) -> None:
    claim = only(
        claims(nlp, "About 6 in 10 say they expect prices to keep rising this year."), "say"
    )
    assert claim.source is not None
    assert claim.source.text == "About 6 in 10"
    assert claim.content.text == "they expect prices to keep rising this year"


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # `when ...` after the cue is when it was said, not what.
        ('"Not yet," she added when a reporter asked about the ceasefire.', "added", "Not yet"),
        # A cue the parser hung on the quote before it, with a circumstance after it.
        (
            '"Are you hurt, sir? Do not move," he said, when a man seemed to fall.',
            "said",
            "Do not move",
        ),
    ],
)
def test_a_circumstance_after_a_closing_cue_is_not_content(
    nlp: Language, text: str, cue: str, content: str
) -> None:
    claim = only(claims(nlp, text), cue)
    assert claim.content.text.endswith(content)
    assert "when" not in claim.content.text


def _handmade(text: str, parse: str, *, entities: bool = False) -> list[Claim]:
    """Claims from ``text`` parsed by hand: one line of ``parse`` per token (as the blank
    English tokenizer splits it) with its lemma, POS, tag, dependency and head index, and
    optionally its entity tag (`B-PERSON`), which the entities component links first when
    ``entities`` is set. A row whose word is `␣` is a whitespace token."""
    from spacy.lang.en import English

    nlp = English()
    if entities:
        nlp.add_pipe("claimwire_entities")
    nlp.add_pipe("claimwire_attribution")
    tokens = nlp.make_doc(text)
    rows = [line.split() for line in parse.strip().splitlines()]
    for row in rows:
        if row[0] == "␣":  # a whitespace token, which a row cannot spell
            row[0] = row[1] = " "
    assert [t.text for t in tokens] == [row[0] for row in rows], [t.text for t in tokens]
    doc = Doc(
        nlp.vocab,
        words=[t.text for t in tokens],
        spaces=[bool(t.whitespace_) for t in tokens],
        lemmas=[row[1] for row in rows],
        pos=[row[2] for row in rows],
        tags=[row[3] for row in rows],
        deps=[row[4] for row in rows],
        heads=[int(row[5]) for row in rows],
        ents=[row[6] if len(row) > 6 else "O" for row in rows],
    )
    if entities:
        doc = nlp.get_pipe("claimwire_entities")(doc)
    return list(ext.claims(nlp.get_pipe("claimwire_attribution")(doc)))


def test_handmade_parse_cue_tagged_a_noun_but_parsed_as_a_verb() -> None:
    # `estimate` tagged a noun, though the parser gave it a subject and a clause.
    found = _handmade(
        "Aid groups estimate that thousands have fled.",
        """
        Aid       aid       NOUN   NN   compound  1
        groups    group     NOUN   NNS  nsubj     2
        estimate  estimate  NOUN   NN   ROOT      2
        that      that      SCONJ  IN   mark      6
        thousands thousand  NOUN   NNS  nsubj     6
        have      have      AUX    VBP  aux       6
        fled      flee      VERB   VBN  ccomp     2
        .         .         PUNCT  .    punct     2
        """,
    )
    assert source_and_content(found, "estimate") == ("Aid groups", "thousands have fled")


def test_handmade_parse_subject_taken_by_an_as_clause_before_the_cue() -> None:
    # `The law, as amended, says ...` with `law` read as the subject of `amended`.
    found = _handmade(
        "The law, as amended, says ships must register.",
        """
        The       the       DET    DT   det       1
        law       law       NOUN   NN   nsubj     4
        ,         ,         PUNCT  ,    punct     1
        as        as        SCONJ  IN   mark      4
        amended   amend     VERB   VBN  ccomp     6
        ,         ,         PUNCT  ,    punct     6
        says      say       VERB   VBZ  ROOT      6
        ships     ship      NOUN   NNS  nsubj     9
        must      must      AUX    MD   aux       9
        register  register  VERB   VB   ccomp     6
        .         .         PUNCT  .    punct     6
        """,
    )
    assert source_and_content(found, "says") == ("The law", "ships must register")


def test_handmade_parse_passive_subject_joined_to_the_clause_before() -> None:
    # `nurses` read as a conjunct of `Roads`, leaving `were said` without a subject.
    found = _handmade(
        "Roads flooded and nurses were said to be exhausted.",
        """
        Roads      road       NOUN   NNS  nsubj     1
        flooded    flood      VERB   VBD  ROOT      1
        and        and        CCONJ  CC   cc        0
        nurses     nurse      NOUN   NNS  conj      0
        were       be         AUX    VBD  auxpass   5
        said       say        VERB   VBN  conj      1
        to         to         PART   TO   aux       8
        be         be         AUX    VB   auxpass   8
        exhausted  exhaust    VERB   VBN  xcomp     5
        .          .          PUNCT  .    punct     5
        """,
    )
    claim = only(found, "were said")
    assert claim.source is None
    assert claim.speaker_name == "unnamed sources"
    assert claim.content.text == "nurses were said to be exhausted"


def test_handmade_parse_subject_of_a_joined_verb_that_takes_in_the_conjunction() -> None:
    # `the lender, for acting but` read as the subject of `remain`: the apposition of the
    # first verb's object, with the `but` that joins the verbs.
    found = _handmade(
        "Critics praise the bank, the lender, for acting but remain skeptical about prices.",
        """
        Critics  critic   NOUN   NNS  nsubj     1
        praise   praise   VERB   VBP  ROOT      1
        the      the      DET    DT   det       3
        bank     bank     NOUN   NN   dobj      1
        ,        ,        PUNCT  ,    punct     11
        the      the      DET    DT   det       6
        lender   lender   NOUN   NN   nsubj     11
        ,        ,        PUNCT  ,    punct     6
        for      for      ADP    IN   prep      6
        acting   act      VERB   VBG  pcomp     8
        but      but      CCONJ  CC   cc        9
        remain   remain   VERB   VBP  conj      1
        skeptical skeptical ADJ  JJ   acomp     11
        about    about    ADP    IN   prep      12
        prices   price    NOUN   NNS  pobj      13
        .        .        PUNCT  .    punct     1
        """,
    )
    claim = only(found, "remain skeptical")
    assert claim.source is not None
    assert claim.source.text == "Critics"
    assert claim.content.text == "about prices"
    # A view of a thing, not of a statement: nothing to hedge.
    assert "hedged" not in claim.flags


def test_handmade_parse_closing_source_read_as_an_apposition_of_the_clause() -> None:
    # `Amina Diallo, the official,` hung on `ditch` as its apposition, and the cue left
    # with no subject.
    found = _handmade(
        "Boxes were found in a ditch, Amina Diallo, the official, wrote.",
        """
        Boxes     box       NOUN   NNS  nsubjpass  2
        were      be        AUX    VBD  auxpass    2
        found     find      VERB   VBN  ccomp      13
        in        in        ADP    IN   prep       2
        a         a         DET    DT   det        5
        ditch     ditch     NOUN   NN   pobj       3
        ,         ,         PUNCT  ,    punct      5
        Amina     Amina     PROPN  NNP  compound   8  B-PERSON
        Diallo    Diallo    PROPN  NNP  appos      5  I-PERSON
        ,         ,         PUNCT  ,    punct      8
        the       the       DET    DT   det        11
        official  official  NOUN   NN   appos      8
        ,         ,         PUNCT  ,    punct      13
        wrote     write     VERB   VBD  ROOT       13
        .         .         PUNCT  .    punct      13
        """,
    )
    assert source_and_content(found, "wrote") == (
        "Amina Diallo, the official",
        "Boxes were found in a ditch",
    )


def test_handmade_parse_imperative_in_brackets_is_the_writers() -> None:
    # `(think Greens)` with `Greens` read as the inverted subject of `think`.
    found = _handmade(
        "A party (think Greens) can win.",
        """
        A       a       DET    DT     det        1
        party   party   NOUN   NN     nsubj      7
        (       (       PUNCT  -LRB-  punct      3
        think   think   VERB   VBP    parataxis  7
        Greens  Greens  PROPN  NNPS   nsubj      3
        )       )       PUNCT  -RRB-  punct      3
        can     can     AUX    MD     aux        7
        win     win     VERB   VB     ROOT       7
        .       .       PUNCT  .      punct      7
        """,
    )
    assert found == []


def test_handmade_parse_poll_phrase_hung_on_a_noun_closing_the_clause() -> None:
    # `in polls` hung on `Bell` (in `level with Bell`): it still closes the clause.
    found = _handmade(
        "Ames pulled level with Bell in polls.",
        """
        Ames    Ames   PROPN  NNP  nsubj   1
        pulled  pull   VERB   VBD  ROOT    1
        level   level  ADV    RB   advmod  1
        with    with   ADP    IN   prep    2
        Bell    Bell   PROPN  NNP  pobj    3
        in      in     ADP    IN   prep    4
        polls   poll   NOUN   NNS  pobj    5
        .       .      PUNCT  .    punct   1
        """,
    )
    assert source_and_content(found, "in") == ("polls", "Ames pulled level with Bell")


def test_handmade_parse_closing_cue_hung_on_the_clause_before_it() -> None:
    # `Prices rose in May, she said.` with `said` parsed as an adverbial clause of `rose`,
    # as spaCy's parser sometimes does after a long clause.
    found = _handmade(
        "Prices rose in May, she said.",
        """
        Prices  price  NOUN   NNS  nsubj  1
        rose    rise   VERB   VBD  ROOT   1
        in      in     ADP    IN   prep   1
        May     May    PROPN  NNP  pobj   2
        ,       ,      PUNCT  ,    punct  6
        she     she    PRON   PRP  nsubj  6
        said    say    VERB   VBD  advcl  1
        .       .      PUNCT  .    punct  1
        """,
    )
    claim = only(found, "said")
    assert claim.content.text == "Prices rose in May"
    assert claim.source is not None
    assert claim.source.text == "she"


def test_handmade_parse_participle_hung_on_a_verb_of_the_quote_after_it() -> None:
    # `The mayor joked, telling the crowd, "Roads stay shut."` with `telling` parsed as
    # an adverbial clause of the quoted `stay`: the mayor tells it, not the roads.
    found = _handmade(
        'The mayor joked, telling the crowd, "Roads stay shut."',
        """
        The      the    DET    DT   det    1
        mayor    mayor  NOUN   NN   nsubj  2
        joked    joke   VERB   VBD  ROOT   2
        ,        ,      PUNCT  ,    punct  2
        telling  tell   VERB   VBG  advcl  10
        the      the    DET    DT   det    6
        crowd    crowd  NOUN   NN   dobj   4
        ,        ,      PUNCT  ,    punct  10
        "        "      PUNCT  ``   punct  10
        Roads    road   NOUN   NNS  nsubj  10
        stay     stay   VERB   VBP  advcl  2
        shut     shut   ADJ    JJ   acomp  10
        .        .      PUNCT  .    punct  10
        "        "      PUNCT  ''   punct  10
        """,
    )
    claim = only(found, "telling")
    assert claim.source is not None
    assert claim.source.text == "The mayor"
    assert claim.content.text.startswith("Roads stay shut")


def test_a_participle_whose_clause_the_parser_hung_on_a_cue_inside_the_quote(
    nlp: Language,
) -> None:
    # The parser makes the quote's `said` the root and `looked` its clause: the
    # participle still tells what Okafor says, not what the people said.
    text = (
        "Okafor looked calm after the vote, telling the crowd, "
        '"Many people said this day would not come."'
    )
    claim = only(claims(nlp, text), "telling")
    assert claim.speaker_name == "Okafor"
    assert claim.content.text == "Many people said this day would not come."


def test_a_participle_hung_on_a_that_clause_goes_with_who_holds_it(nlp: Language) -> None:
    text = (
        "The minister was adamant that the port stay under civilian control, "
        "telling lawmakers the navy would not enter it."
    )
    found = claims(nlp, text)
    telling = only(found, "telling")
    assert telling.source is not None
    assert telling.source.text == "The minister"
    assert telling.content.text == "the navy would not enter it"
    # ... and the that-clause ends before it.
    adamant = only(found, "was adamant")
    assert adamant.content.text == "the port stay under civilian control"


def test_handmade_parse_cue_hung_on_the_quote_before_it_and_a_participle_after() -> None:
    # `"They must pay," the spokesperson added, further describing the claims as
    # "absurd."` with `added` parsed as a parataxis of the quoted `pay` and the participle
    # as its complement: the quote alone is what was added (a quoted word further on is
    # no second quotation after the cue), and the spokesperson describes the claims.
    found = _handmade(
        '"They must pay," the spokesperson added, further describing the claims as "absurd."',
        """
        "             "             PUNCT  ``   punct      3
        They          they          PRON   PRP  nsubj      3
        must          must          AUX    MD   aux        3
        pay           pay           VERB   VB   ROOT       3
        ,             ,             PUNCT  ,    punct      8
        "             "             PUNCT  \'\'   punct      8
        the           the           DET    DT   det        7
        spokesperson  spokesperson  NOUN   NN   nsubj      8
        added         add           VERB   VBD  parataxis  3
        ,             ,             PUNCT  ,    punct      8
        further       further       ADV    RB   advmod     11
        describing    describe      VERB   VBG  xcomp      3
        the           the           DET    DT   det        13
        claims        claim         NOUN   NNS  dobj       11
        as            as            ADP    IN   prep       11
        "             "             PUNCT  ``   punct      14
        absurd        absurd        ADJ    JJ   amod       14
        .             .             PUNCT  .    punct      3
        "             "             PUNCT  \'\'   punct      3
        """,
    )
    added = only(found, "added")
    assert added.content.text == "They must pay"
    describing = only(found, "describing")
    assert describing.source is not None
    assert describing.source.text == "the spokesperson"


def test_handmade_parse_infinitive_after_call_on_read_as_adverbial() -> None:
    # `Farmers are calling on officials to loosen the rules.` with the infinitive parsed
    # as an adverbial clause of `calling`: what they call for is the infinitive.
    found = _handmade(
        "Farmers are calling on officials to loosen the rules.",
        """
        Farmers    farmer    NOUN   NNS  nsubj   2
        are        be        AUX    VBP  aux     2
        calling    call      VERB   VBG  ROOT    2
        on         on        ADP    IN   prep    2
        officials  official  NOUN   NNS  pobj    3
        to         to        PART   TO   aux     6
        loosen     loosen    VERB   VB   advcl   2
        the        the       DET    DT   det     8
        rules      rule      NOUN   NNS  dobj    6
        .          .         PUNCT  .    punct   2
        """,
    )
    # (whom it calls on too, and `on` in the cue, as the VOA gold has it)
    assert only(found, "are calling on").content.text == "officials to loosen the rules"


def test_handmade_parse_it_is_the_body_named_inside_the_subject_before() -> None:
    # `The Global Relief Agency for Refugees (GRAR) shares that concern. It issued ...`
    # with only `GRAR` tagged as a name: it is the subject's name, in apposition.
    found = _handmade(
        "The Global Relief Agency for Refugees (GRAR) shares that concern. It issued a "
        "statement saying the camps were full.",
        """
        The        the        DET    DT    det      3
        Global     Global     PROPN  NNP   compound 3
        Relief     Relief     PROPN  NNP   compound 3
        Agency     Agency     PROPN  NNP   nsubj    9
        for        for        ADP    IN    prep     3
        Refugees   Refugees   PROPN  NNPS  pobj     4
        (          (          PUNCT  -LRB- punct    5
        GRAR       GRAR       PROPN  NNP   appos    5       B-ORG
        )          )          PUNCT  -RRB- punct    5
        shares     share      VERB   VBZ   ROOT     9
        that       that       DET    DT    det      11
        concern    concern    NOUN   NN    dobj     9
        .          .          PUNCT  .     punct    9
        It         it         PRON   PRP   nsubj    14
        issued     issue      VERB   VBD   ROOT     14
        a          a          DET    DT    det      16
        statement  statement  NOUN   NN    dobj     14
        saying     say        VERB   VBG   acl      16
        the        the        DET    DT    det      19
        camps      camp       NOUN   NNS   nsubj    20
        were       be         AUX    VBD   ccomp    17
        full       full       ADJ    JJ    acomp    20
        .          .          PUNCT  .     punct    14
        """,
        entities=True,
    )
    assert only(found, "saying").speaker_name == "GRAR"


def test_a_surname_the_tagger_read_as_a_noun_is_the_person(nlp: Language) -> None:
    text = (
        "“The ceasefire will not hold,” said Laura Manning, an analyst at a London think "
        "tank. Manning thinks “the next round of talks will fail.”"
    )
    assert only(claims(nlp, text), "thinks").speaker_name == "Laura Manning"


def test_handmade_parse_second_gerund_of_an_accusation_joined_to_the_cue() -> None:
    # `Both rivals kept accusing the other of stalling and trying to wreck the talks.`
    # with `trying` parsed as a conjunct of `accusing`: both gerunds are the charge.
    found = _handmade(
        "Both rivals kept accusing the other of stalling and trying to wreck the talks.",
        """
        Both      both     DET    DT   det     1
        rivals    rival    NOUN   NNS  nsubj   2
        kept      keep     VERB   VBD  ROOT    2
        accusing  accuse   VERB   VBG  xcomp   2
        the       the      DET    DT   det     5
        other     other    ADJ    JJ   dobj    3
        of        of       ADP    IN   prep    5
        stalling  stall    VERB   VBG  pobj    6
        and       and      CCONJ  CC   cc      3
        trying    try      VERB   VBG  conj    3
        to        to       PART   TO   aux     11
        wreck     wreck    VERB   VB   xcomp   9
        the       the      DET    DT   det     13
        talks     talk     NOUN   NNS  dobj    11
        .         .        PUNCT  .    punct   2
        """,
    )
    claim = only(found, "accusing")
    assert claim.content.text == "the other of stalling and trying to wreck the talks"


def test_a_condition_after_the_object_of_a_cue_is_part_of_the_claim(nlp: Language) -> None:
    text = "The envoy has underscored the need for observers if a truce is agreed."
    claim = only(claims(nlp, text), "has underscored")
    assert claim.content.text == "the need for observers if a truce is agreed"


def test_a_source_after_the_cue_taken_for_the_subject_of_the_clause(nlp: Language) -> None:
    text = (
        "The real danger in the valley, said Maria Lopez and other aid workers, would be "
        "clear by the spring."
    )
    claim = only(claims(nlp, text), "said")
    assert claim.source is not None
    assert claim.source.text == "Maria Lopez and other aid workers"
    assert claim.content.text.startswith("The real danger in the valley")


def test_handmade_parse_that_clause_read_as_adverbial() -> None:
    # `The army gave no figures, saying only that strikes were precise.` with the
    # that-clause parsed as an adverbial clause of `saying`.
    found = _handmade(
        "The army gave no figures, saying only that strikes were precise.",
        """
        The      the      DET    DT   det     1
        army     army     NOUN   NN   nsubj   2
        gave     give     VERB   VBD  ROOT    2
        no       no       DET    DT   det     4
        figures  figure   NOUN   NNS  dobj    2
        ,        ,        PUNCT  ,    punct   2
        saying   say      VERB   VBG  advcl   2
        only     only     ADV    RB   advmod  10
        that     that     SCONJ  IN   mark    10
        strikes  strike   NOUN   NNS  nsubj   10
        were     be       AUX    VBD  advcl   6
        precise  precise  ADJ    JJ   acomp   10
        .        .        PUNCT  .    punct   2
        """,
    )
    claim = only(found, "saying")
    assert claim.content.text.endswith("strikes were precise")
    assert claim.source is not None
    assert claim.source.text == "The army"


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("But, the minister said, ''the talks are over for now.''", "said", "the talks are over"),
        ("Still, she added, the border would stay open to aid convoys.", "added", "the border"),
    ],
)
def test_a_bare_opener_before_a_parenthetical_cue_is_not_content(
    nlp: Language, text: str, cue: str, content: str
) -> None:
    claim = only(claims(nlp, text), cue)
    assert claim.content.text.startswith(content)
    # A clause before the cue is still part of what was said.
    west = only(claims(nlp, "The West, he added, was ready to talk."), "added")
    assert west.content.text.startswith("The West")


def test_a_cue_before_the_cue_it_hangs_on_is_a_claim_of_its_own(nlp: Language) -> None:
    text = (
        "He said he had not seen the report from the border, and when asked whether he "
        "trusted the army, he said, ''I hope so.''"
    )
    found = claims(nlp, text)
    assert [c.content.text.rstrip(".") for c in found] == [
        "he had not seen the report from the border, and when asked whether he trusted the army",
        "I hope so",
    ]


def test_handmade_parse_participle_of_saying_hung_on_the_object() -> None:
    # `Petrov made an attempt, writing that Kyiv was weak.` with `writing` parsed as a
    # clause on `attempt`: who made the attempt writes it.
    found = _handmade(
        "Petrov made an attempt, writing that Kyiv was weak.",
        """
        Petrov   Petrov   PROPN  NNP  nsubj  1
        made     make     VERB   VBD  ROOT   1
        an       an       DET    DT   det    3
        attempt  attempt  NOUN   NN   dobj   1
        ,        ,        PUNCT  ,    punct  3
        writing  write    VERB   VBG  acl    3
        that     that     SCONJ  IN   mark   8
        Kyiv     Kyiv     PROPN  NNP  nsubj  8
        was      be       AUX    VBD  ccomp  5
        weak     weak     ADJ    JJ   acomp  8
        .        .        PUNCT  .    punct  1
        """,
    )
    assert source_and_content(found, "writing") == ("Petrov", "Kyiv was weak")


def test_handmade_parse_that_right_after_the_cue_opens_the_content() -> None:
    # `Kleinbard agreed that Treasury has limited power.` with `that` hung on `has`, read as
    # an auxiliary, and `power` read as the cue's object.
    found = _handmade(
        "Kleinbard agreed that Treasury has limited power.",
        """
        Kleinbard  Kleinbard  PROPN  NNP  nsubj  1
        agreed     agree      VERB   VBD  ROOT   1
        that       that       SCONJ  IN   mark   4
        Treasury   Treasury   PROPN  NNP  nsubj  4
        has        have       AUX    VBZ  aux    5
        limited    limit      VERB   VBN  amod   6
        power      power      NOUN   NN   dobj   1
        .          .          PUNCT  .    punct  1
        """,
    )
    claim = only(found, "agreed")
    assert claim.content.text == "Treasury has limited power"


def test_any_cue_in_a_relative_clause_with_a_that_clause(nlp: Language) -> None:
    text = (
        "The ministry welcomed his remarks, including one in January in which he stated "
        "that the blockade was illegal."
    )
    claim = only(claims(nlp, text), "stated")
    assert claim.content.text == "the blockade was illegal"
    # The gap in `the villages that Kyiv says it has taken` still makes it background.
    background = claims(nlp, "Moscow listed the villages that Kyiv says it has taken.")
    assert not [c for c in background if c.cue.text == "says"]


def test_an_s_for_has_is_not_a_passive(nlp: Language) -> None:
    text = (
        "The plan has been backed by Olena Marchenko, a deputy from Lviv, who\u2019s argued for "
        "years that the grain corridor must stay open."
    )
    claim = only(claims(nlp, text), "\u2019s argued")
    assert claim.content.text == "the grain corridor must stay open"
    assert claim.speaker_name == "Olena Marchenko"


def test_a_parenthetical_cue_with_the_opener_hung_on_it(nlp: Language) -> None:
    text = (
        "And yet every Monday, from 9 a.m. to noon, the former governor told the Kyiv "
        "Independent, the mayor would chair a security meeting."
    )
    claim = only(claims(nlp, text), "told")
    assert claim.source is not None
    assert claim.source.text == "the former governor"
    assert claim.content.text.endswith("the mayor would chair a security meeting")


def test_a_quote_after_the_cues_own_phrases_and_a_colon(nlp: Language) -> None:
    text = "She responded pointedly, with a grin: \u201cThat can happen at any age.\u201d"
    claim = only(claims(nlp, text), "responded")
    assert claim.content.text.rstrip(".") == "That can happen at any age"
    assert claim.kind == "direct"


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # A circumstance set off after the source is not part of it.
        (
            "The minister, when asked about the deal, said the talks would resume in May.",
            "said",
            "The minister",
        ),
        (
            "Olena Kovalenko, a deputy from Lviv, in a statement on Monday, said the grain "
            "corridor must stay open.",
            "said",
            "Olena Kovalenko, a deputy from Lviv",
        ),
        # Nor is where it was said.
        ("The president in his speech said the war would end soon.", "said", "The president"),
        # Nor a conjunction the parser hung on the subject.
        (
            "While critics like Ivan Petrov say the law is unfair, the government says it is "
            "needed.",
            "say",
            "critics like Ivan Petrov",
        ),
        # A description stays, an affiliation with `at` too, and so does `both`.
        (
            "Raffaello Pantucci, at the Royal United Services Institute, said the pact would hold.",
            "said",
            "Raffaello Pantucci, at the Royal United Services Institute",
        ),
        (
            "Officials who track the grain trade said exports had fallen.",
            "said",
            "Officials who track the grain trade",
        ),
        ("Both Kyiv and Moscow said the talks had failed.", "said", "Both Kyiv and Moscow"),
    ],
)
def test_the_source_as_written_leaves_out_circumstances(
    nlp: Language, text: str, cue: str, source: str
) -> None:
    claim = only(claims(nlp, text), cue)
    assert claim.source is not None
    assert claim.source.text == source


def test_handmade_parse_name_hung_inside_the_quote_before_the_cue() -> None:
    # `"It is true," Gene Sperling, an adviser, said.` with the name parsed as part of the
    # quoted clause: the name is the source and the quote ends before it.
    found = _handmade(
        "“It is true,” Gene Sperling, an adviser, said.",
        """
        “         “         PUNCT  ``   punct     2
        It        it        PRON   PRP  nsubj     2
        is        be        AUX    VBZ  ccomp     12
        true      true      ADJ    JJ   acomp     2
        ,         ,         PUNCT  ,    punct     2
        ”         ”         PUNCT  ''   punct     2
        Gene      Gene      PROPN  NNP  compound  7
        Sperling  Sperling  PROPN  NNP  attr      2
        ,         ,         PUNCT  ,    punct     7
        an        an        DET    DT   det       10
        adviser   adviser   NOUN   NN   appos     7
        ,         ,         PUNCT  ,    punct     7
        said      say       VERB   VBD  ROOT      12
        .         .         PUNCT  .    punct     12
        """,
    )
    assert source_and_content(found, "said") == ("Gene Sperling, an adviser", "It is true")


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "The ministry issued a statement stressing that the border would stay open.",
            "stressing",
            "The ministry",
            "the border would stay open",
        ),
        (
            "Officials at the port, noting that exports had doubled, said the corridor worked.",
            "noting",
            "Officials at the port",
            "exports had doubled",
        ),
    ],
)
def test_a_participle_of_noting_or_stressing_after_its_source(
    nlp: Language, text: str, cue: str, source: str, content: str
) -> None:
    claim = only(claims(nlp, text), cue)
    assert claim.source is not None
    assert claim.source.text == source
    assert claim.content.text == content


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "And it has not gone unnoticed: According to recent polls, the mayor holds only "
            "14 percent of the vote.",
            "recent polls",
            "the mayor holds only 14 percent of the vote",
        ),
        (
            "He will probably attend the talks, because, according to the envoy, the press "
            "would call him a coward if he did not.",
            "the envoy",
            "the press would call him a coward if he did not",
        ),
        # After a clause, the phrase vouches for it.
        (
            "The army withdrew, according to local officials.",
            "local officials",
            "The army withdrew",
        ),
    ],
)
def test_according_to_after_a_colon_or_conjunction_opens_the_next_clause(
    nlp: Language, text: str, source: str, content: str
) -> None:
    claim = next(c for c in claims(nlp, text) if c.cue.text.lower() == "according to")
    assert claim.source is not None
    assert claim.source.text == source
    assert claim.content.text == content


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("\u201cLock them up,\u201d the crowd chanted.", "chanted", "Lock them up"),
        (
            "The deputy interjected: \u201cThat is simply not true.\u201d",
            "interjected",
            "That is simply not true.",
        ),
        (
            "The envoy affirmed that the talks would resume in May.",
            "affirmed",
            "the talks would resume in May",
        ),
    ],
)
def test_chanted_interjected_and_affirmed_words(
    nlp: Language, text: str, cue: str, content: str
) -> None:
    assert only(claims(nlp, text), cue).content.text == content
    # Without the words they announce, they are no claim.
    assert not claims(nlp, "The crowd chanted loudly for an hour.")


def test_transcript_turns_inside_one_paragraph(nlp: Language) -> None:
    text = (
        'Putin: "The operation will go on until its aims are met." Analyst Jeffrey M. Jones: '
        '"Both sides are digging in."'
    )
    turns = [(c.source.text if c.source else None, c.content.text) for c in claims(nlp, text)]
    assert turns == [
        ("Putin", '"The operation will go on until its aims are met."'),
        ("Analyst Jeffrey M. Jones", "Both sides are digging in."),
    ]


def test_a_typewriter_quote_right_after_the_cue(nlp: Language) -> None:
    text = "As boos erupt from the crowd, the governor says, ''Please quiet down.''"
    assert only(claims(nlp, text), "says").content.text.rstrip(".") == "Please quiet down"


def test_handmade_parse_quote_hung_on_the_name_before_the_cue() -> None:
    # `"It's unanimous," councilmember Mark Levine said.` with the quoted clause parsed as
    # a complement of `councilmember`, inside the subject's words.
    found = _handmade(
        "“It’s unanimous,” councilmember Mark Levine said.",
        """
        “              “              PUNCT  ``   punct     6
        It             it             PRON   PRP  nsubj     2
        ’s             be             VERB   VBZ  ccomp     6
        unanimous      unanimous      ADJ    JJ   acomp     2
        ,              ,              PUNCT  ,    punct     6
        ”              ”              PUNCT  ''   punct     6
        councilmember  councilmember  NOUN   NN   compound  8
        Mark           Mark           PROPN  NNP  compound  8
        Levine         Levine         PROPN  NNP  nsubj     9
        said           say            VERB   VBD  ROOT      9
        .              .              PUNCT  .    punct     9
        """,
    )
    claim = only(found, "said")
    assert claim.content.text == "It\u2019s unanimous"
    assert claim.source is not None
    assert claim.source.text == "councilmember Mark Levine"


def test_a_name_after_the_cue_that_the_tagger_read_as_an_adverb(nlp: Language) -> None:
    text = (
        "\u201cHaving access to the voter file and two staff who understand it is valuable,"
        "\u201d said Skelly, explaining he worked closely with the data team."
    )
    claim = only(claims(nlp, text), "said")
    assert claim.source is not None
    assert claim.source.text == "Skelly"
    assert claim.content.text.startswith("Having access to the voter file")


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            'She went on: "It is like a leaking roof, and you call anyone except the plumber."',
            "went on",
            "It is like a leaking roof, and you call anyone except the plumber.",
        ),
        (
            "During the debate, the mayor cracked, ''I'm a reformer who likes to get things "
            "done.''",
            "cracked",
            "I'm a reformer who likes to get things done.",
        ),
        (
            "''The shock is not the only factor,'' he continued.",
            "continued",
            "The shock is not the only factor",
        ),
        ("\u201cI would say this,\u201d the envoy answered.", "answered", "I would say this"),
        (
            "The deputy drew attention when he yelled \u201cYou lie!\u201d at the minister.",
            "yelled",
            "You lie",
        ),
        (
            '"We ought to open the border again this morning," he went on.',
            "went on",
            "We ought to open the border again this morning",
        ),
        (
            "\u201cThis is fantastic!\u201d beamed Olena Hartley of Lviv.",
            "beamed",
            "This is fantastic!",
        ),
        (
            "\u201cThe ministry is claiming today that you met them,\u201d the host started.",
            "started",
            "The ministry is claiming today that you met them",
        ),
        (
            "\u201cThey have learned nothing from the last war,\u201d the senator fumed.",
            "fumed",
            "They have learned nothing from the last war",
        ),
        (
            "\u201cNobody believes those numbers,\u201d scoffed Maria Lopez, a budget analyst.",
            "scoffed",
            "Nobody believes those numbers",
        ),
        (
            "Asked about the deal, the minister demurred: \u201cWe will see what the "
            "parliament decides.\u201d",
            "demurred",
            "We will see what the parliament decides.",
        ),
    ],
)
def test_words_announced_by_going_on_cracking_continuing_or_answering(
    nlp: Language, text: str, cue: str, content: str
) -> None:
    assert only(claims(nlp, text), cue).content.text == content
    assert not claims(nlp, "He answered questions for an hour and went on to lunch.")


def test_a_quote_after_the_cue_in_typewriter_marks(nlp: Language) -> None:
    text = "As the man was led away, the governor yelled, ''Out, out, out!''"
    assert only(claims(nlp, text), "yelled").content.text == "Out, out, out!"


def test_a_cue_after_a_quote_that_holds_a_cue_of_its_own(nlp: Language) -> None:
    # `think` inside the quote is the speaker's word; the parser hung `said` on it.
    text = (
        "\u201cWhat I want you to know is how kind he is. He cares about farmers. He "
        "truly wants to help, and I think if we help him, we can get there,\u201d she said."
    )
    claim = only(claims(nlp, text), "said")
    assert claim.content.text.startswith("What I want you to know")


def test_whose_people_speak_in_a_relative_clause(nlp: Language) -> None:
    text = (
        "The ruling was a setback for the company, whose attorneys argued that the documents "
        "contained trade secrets."
    )
    claim = only(claims(nlp, text), "argued")
    assert claim.content.text == "the documents contained trade secrets"
    assert claim.source is not None
    assert claim.source.text == "whose attorneys"


def test_a_that_clause_after_whom_it_was_told_beats_the_clause_before(nlp: Language) -> None:
    text = (
        "The general seems to see the problem on the front \u2014 he told the AP that his "
        "task is to hold the line until spring."
    )
    claim = only(claims(nlp, text), "told")
    assert claim.content.text == "his task is to hold the line until spring"


def test_handmade_parse_apposition_hung_on_the_subject_after_the_cue() -> None:
    # `Petrov alleges that he was fired, a claim that Kyiv disputes.` with the apposition
    # parsed on `Petrov`: the source is the name, and the claim is kept.
    found = _handmade(
        "Petrov alleges that he was fired, a claim that Kyiv disputes.",
        """
        Petrov    Petrov    PROPN  NNP  nsubj      1
        alleges   allege    VERB   VBZ  ROOT       1
        that      that      SCONJ  IN   mark       5
        he        he        PRON   PRP  nsubjpass  5
        was       be        AUX    VBD  auxpass    5
        fired     fire      VERB   VBN  ccomp      1
        ,         ,         PUNCT  ,    punct      1
        a         a         DET    DT   det        8
        claim     claim     NOUN   NN   appos      0
        that      that      SCONJ  IN   mark       11
        Kyiv      Kyiv      PROPN  NNP  nsubj      11
        disputes  dispute   VERB   VBZ  acl        8
        .         .         PUNCT  .    punct      1
        """,
    )
    assert source_and_content(found, "alleges") == ("Petrov", "he was fired")


def test_handmade_parse_subject_taken_by_a_participle_before_the_cue() -> None:
    # `Activists clamoring for a vote say they gain.` with `clamoring` parsed as a clause of
    # `say` that took the subject: the activists say it.
    found = _handmade(
        "Activists clamoring for a vote say they gain.",
        """
        Activists  activist  NOUN   NNS  nsubj  1
        clamoring  clamor    VERB   VBG  advcl  5
        for        for       ADP    IN   prep   1
        a          a         DET    DT   det    4
        vote       vote      NOUN   NN   pobj   2
        say        say       VERB   VBP  ROOT   5
        they       they      PRON   PRP  nsubj  7
        gain       gain      VERB   VBP  ccomp  5
        .          .         PUNCT  .    punct  5
        """,
    )
    assert source_and_content(found, "say") == ("Activists", "they gain")


def test_handmade_parse_name_read_as_an_apposition_of_a_date() -> None:
    # `In a call on Dec. 2, Colonel Warren said he left.` with the name parsed as an
    # apposition of `Dec.`.
    found = _handmade(
        "In a call on Dec. 2, Colonel Warren said he left.",
        """
        In       in       ADP    IN   prep      9
        a        a        DET    DT   det       2
        call     call     NOUN   NN   pobj      0
        on       on       ADP    IN   prep      2
        Dec.     Dec.     PROPN  NNP  pobj      3   B-DATE
        2        2        NUM    CD   nummod    4   I-DATE
        ,        ,        PUNCT  ,    punct     4
        Colonel  Colonel  PROPN  NNP  compound  8
        Warren   Warren   PROPN  NNP  appos     4   B-PERSON
        said     say      VERB   VBD  ROOT      9
        he       he       PRON   PRP  nsubj     11
        left     leave    VERB   VBD  ccomp     9
        .        .        PUNCT  .    punct     9
        """,
    )
    assert source_and_content(found, "said") == ("Colonel Warren", "he left")


def test_handmade_parse_name_read_as_an_apposition_in_the_opening_clause() -> None:
    # `Although talks stalled, an officer who asked not to be named said ...` with the
    # officer parsed as an apposition of the opening clause's last noun.
    found = _handmade(
        "Although talks stalled, an officer who asked not to be named said the truce held.",
        """
        Although  although  SCONJ  IN   mark      2
        talks     talk      NOUN   NNS  nsubj     2
        stalled   stall     VERB   VBD  advcl     12
        ,         ,         PUNCT  ,    punct     2
        an        an        DET    DT   det       5
        officer   officer   NOUN   NN   appos     1
        who       who       PRON   WP   nsubj     7
        asked     ask       VERB   VBD  relcl     5
        not       not       PART   RB   neg       10
        to        to        PART   TO   aux       10
        be        be        AUX    VB   auxpass   10
        named     name      VERB   VBN  xcomp     7
        said      say       VERB   VBD  ROOT      12
        the       the       DET    DT   det       14
        truce     truce     NOUN   NN   nsubj     15
        held      hold      VERB   VBD  ccomp     12
        .         .         PUNCT  .    punct     12
        """,
    )
    assert source_and_content(found, "said") == (
        "an officer who asked not to be named",
        "the truce held",
    )


def test_being_aware_of_a_clause_holds_it_true(nlp: Language) -> None:
    claim = only(
        claims(nlp, "The generals were keenly aware that the offensive could stall."),
        "were keenly aware",
    )
    assert claim.source is not None
    assert claim.source.text == "The generals"
    assert claim.content.text == "the offensive could stall"


def test_a_name_before_an_aside_in_dashes_is_the_source(nlp: Language) -> None:
    # The parser takes the cue after the closing dash into the aside.
    found = claims(
        nlp,
        'Defence Minister Jan Novak - who last year said he would "never sign" such a deal '
        "- said on Friday that the contract would be signed next week.",
    )
    claim = next(c for c in found if c.content.text == "the contract would be signed next week")
    assert claim.source is not None
    assert claim.source.text == "Defence Minister Jan Novak"
    assert not any("said on Friday" in c.content.text for c in found)


def test_words_quoted_between_the_source_and_its_cue_are_not_its_content(
    nlp: Language,
) -> None:
    found = claims(
        nlp,
        'Kovalenko, who faces two charges of "spreading false information about the armed '
        'forces," denies the charges against him.',
    )
    assert [c.content.text for c in found] == ["the charges against him"]


@pytest.mark.parametrize(
    ("text", "cue", "content", "hedged"),
    [
        (
            "The minister implied that the talks had failed.",
            "implied",
            "the talks had failed",
            False,
        ),
        (
            "The governor proclaimed that the port would reopen within a week.",
            "proclaimed",
            "the port would reopen within a week",
            False,
        ),
        (
            "The ministry reaffirmed that its troops would stay in the region.",
            "reaffirmed",
            "its troops would stay in the region",
            False,
        ),
        (
            "A spokesman later clarified that the ban applied only to new contracts.",
            "clarified",
            "the ban applied only to new contracts",
            False,
        ),
        (
            "Analysts assume that the central bank will raise rates in June.",
            "assume",
            "the central bank will raise rates in June",
            True,
        ),
        (
            "Residents suspected the convoy was heading north.",
            "suspected",
            "the convoy was heading north",
            True,
        ),
    ],
)
def test_cues_of_implying_proclaiming_clarifying_and_assuming(
    nlp: Language, text: str, cue: str, content: str, hedged: bool
) -> None:
    claim = only(claims(nlp, text), cue)
    assert claim.content.text == content
    assert ("hedged" in claim.flags) is hedged


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "Even the mayor's own advisers admit that the plan is late.",
            "admit",
            "the mayor's own advisers",
        ),
        (
            "The foreign minister and his deputy both said that the talks would resume.",
            "said",
            "The foreign minister and his deputy",
        ),
        ("The three envoys all agreed that the ceasefire had held.", "agreed", "The three envoys"),
        # inside a description, `all` stays
        (
            "The woman who started it all said that she had no regrets.",
            "said",
            "The woman who started it all",
        ),
    ],
)
def test_the_source_leaves_out_a_focus_word_and_a_floated_quantifier(
    nlp: Language, text: str, cue: str, source: str
) -> None:
    claim = only(claims(nlp, text), cue)
    assert claim.source is not None
    assert claim.source.text == source


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "Zelensky Says Russian Troops Pose A Threat To Kharkiv\n\nHe spoke on Monday.",
            "Says",
            "Zelensky",
            "Russian Troops Pose A Threat To Kharkiv",
        ),
        (
            "Exclusive: Kremlin Spokesman Denies Strike On Market In Donetsk\n\nIt was hit.",
            "Denies",
            "Kremlin Spokesman",
            "Strike On Market In Donetsk",
        ),
    ],
)
def test_a_title_case_headline_with_a_verb_of_saying(
    nlp: Language, text: str, cue: str, source: str, content: str
) -> None:
    claim = only(claims(nlp, text), cue)
    assert claim.source is not None
    assert claim.source.text == source
    assert claim.content.text == content


def test_a_title_case_headline_with_two_verbs_of_saying(nlp: Language) -> None:
    text = "Ruiz Says Drones Hit The Port, Calls Strike ‘Cowardly’\n\nThe mayor spoke on Monday."
    found = claims(nlp, text)
    assert source_and_content(found, "Says") == ("Ruiz", "Drones Hit The Port")
    assert source_and_content(found, "Calls") == ("Ruiz", "Strike ‘Cowardly")
    # A cue joined to a verb the headline reader does not know has no source of its own.
    text = "Ana Ruiz Backs Okafor And Denounces The Deal\n\nThe mayor spoke on Monday."
    assert [c for c in claims(nlp, text) if c.cue.text == "Denounces"] == []


def test_each_clause_of_a_title_split_by_a_semicolon_has_its_own_source(
    nlp: Language,
) -> None:
    text = "Kyiv Says It Hit Oil Depot; Moscow Claims Drones Downed\n\nThe strike came on Monday."
    found = claims(nlp, text)
    assert source_and_content(found, "Says") == ("Kyiv", "It Hit Oil Depot")
    assert source_and_content(found, "Claims") == ("Moscow", "Drones Downed")


def test_a_title_case_verb_of_saying_ends_a_name(nlp: Language) -> None:
    text = "Glenn Cole Blasts Drudge for Mocking His Fast\n\nCole spoke on Monday."
    claim = only(claims(nlp, text), "Blasts")
    assert claim.speaker_name == "Glenn Cole"
    text = "Ana Ruiz Praises Port Workers For Their Courage\n\nRuiz spoke on Monday."
    assert only(claims(nlp, text), "Praises").speaker_name == "Ana Ruiz"


@pytest.mark.parametrize(
    "text",
    [
        "If Putin Says It, Nobody In Moscow Believes It\n\nThe joke is old.",
        "Minister Defends Himself Against Claims He Lied To Parliament\n\nHe spoke.",
    ],
)
def test_no_headline_claim_after_if_or_a_preposition(nlp: Language, text: str) -> None:
    assert not [c for c in claims(nlp, text) if c.cue.text in {"Says", "Claims"}]


def test_handmade_parse_subject_of_the_clause_read_as_the_cues_object() -> None:
    found = _handmade(
        "Analysts say oil prices seem likely to rise.",
        """
        Analysts  analyst  NOUN  NNS  nsubj     1
        say       say      VERB  VBP  ROOT      1
        oil       oil      NOUN  NN   compound  3
        prices    price    NOUN  NNS  dobj      1
        seem      seem     VERB  VBP  ccomp     1
        likely    likely   ADJ   JJ   acomp     4
        to        to       PART  TO   aux       7
        rise      rise     VERB  VB   xcomp     5
        .         .        PUNCT .    punct     1
        """,
    )
    assert only(found, "say").content.text == "oil prices seem likely to rise"


def test_handmade_parse_closing_cue_with_words_of_the_clause_hung_on_it() -> None:
    # `It made it possible for people to organize, she said.` with `for people to
    # organize` parsed as the cue's: the cue then has two subjects, the nearer one its own.
    found = _handmade(
        "It made it possible for people to organize, she said.",
        """
        It        it        PRON   PRP  nsubj  1
        made      make      VERB   VBD  ROOT   1
        it        it        PRON   PRP  nsubj  3
        possible  possible  ADJ    JJ   ccomp  1
        for       for       SCONJ  IN   mark   10
        people    people    NOUN   NNS  nsubj  10
        to        to        PART   TO   aux    7
        organize  organize  VERB   VB   advcl  10
        ,         ,         PUNCT  ,    punct  10
        she       she       PRON   PRP  nsubj  10
        said      say       VERB   VBD  advcl  1
        .         .         PUNCT  .    punct  1
        """,
    )
    assert source_and_content(found, "said") == (
        "she",
        "It made it possible for people to organize",
    )


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The minister reminded reporters that the border had been closed since March.",
            "reminded",
            "the border had been closed since March",
        ),
        (
            "The envoy pressed Kyiv to accept the ceasefire.",
            "pressed",
            "Kyiv to accept the ceasefire",
        ),
        (
            "Rights groups have long advocated for an independent inquiry into the strikes.",
            "advocated",
            "an independent inquiry into the strikes",
        ),
        ("Opposition lawmakers pushed for new elections.", "pushed", "new elections"),
    ],
)
def test_reminding_pressing_and_advocating(
    nlp: Language, text: str, cue: str, content: str
) -> None:
    assert only(claims(nlp, text), cue).content.text == content


def test_encouraging_is_no_claim(nlp: Language) -> None:
    # A cause as often as a call: `Low rates encourage borrowing`.
    assert not claims(nlp, "The West was encouraging Kyiv to fight on.")


def test_a_cue_closing_the_sentence_after_its_source_however_tagged(nlp: Language) -> None:
    # The tagger reads `records show` as two nouns.
    claim = only(
        claims(
            nlp,
            "Much of the aid went to shell companies that no longer exist, customs records show.",
        ),
        "show",
    )
    assert claim.source is not None
    assert claim.source.text == "customs records"
    assert claim.content.text == "Much of the aid went to shell companies that no longer exist"


def test_an_apposition_of_the_clauses_last_noun_hung_on_the_cue(nlp: Language) -> None:
    text = (
        "Ruiz rejected the warrant, telling journalists that he would ask Moscow to veto an "
        "extension of EUFOR, the European peacekeeping force in Bosnia, at the Security Council."
    )
    claim = only(claims(nlp, text), "telling")
    assert claim.content.text == (
        "he would ask Moscow to veto an extension of EUFOR, the European peacekeeping force "
        "in Bosnia, at the Security Council"
    )


def test_a_bare_cue_after_a_quote_that_ends_its_sentence(nlp: Language) -> None:
    text = 'The rebels fired first. "We hope you find the missing files." Ruiz said.'
    claim = only(claims(nlp, text), "said")
    assert claim.source is not None
    assert claim.source.text == "Ruiz"
    assert claim.content.text == "We hope you find the missing files."
    # A cue that announces what follows takes nothing before it.
    text = 'The port reopened. "We are glad." She went on to say: "Trade will recover."'
    claim = only(claims(nlp, text), "to say")
    assert claim.content.text == "Trade will recover."


def test_a_name_between_a_quote_and_its_cue_the_parser_hung_elsewhere(
    nlp: Language,
) -> None:
    text = (
        "''If the army had gone east, I would have been sitting in a camp for a long "
        "time,'' Mr. Ruiz, now 81 and retired in Salem, Mass., said."
    )
    claim = only(claims(nlp, text), "said")
    assert claim.speaker_name == "Ruiz"
    assert claim.source is not None
    assert claim.source.text == "Mr. Ruiz, now 81 and retired in Salem, Mass."
    assert claim.content.text.startswith("If the army had gone east")


@pytest.mark.parametrize(
    ("text", "source", "speaker"),
    [
        # (the describing words hung inside the quote, after its own that-clause)
        (
            '"They told us that we were traitors," one of the survivors, a herder, said.',
            "one of the survivors, a herder",
            "one of the survivors",
        ),
        # (an age is no part of who spoke)
        ('"They took everything," a farmer, 52, said.', "a farmer, 52", "farmer"),
    ],
)
def test_one_described_between_a_quote_and_its_cue(
    nlp: Language, text: str, source: str, speaker: str
) -> None:
    claim = only(claims(nlp, text), "said")
    assert claim.source is not None
    assert (claim.source.text, claim.speaker_name) == (source, speaker)
    assert claim.kind == "direct"


def test_a_closing_write_the_tagger_read_as_a_noun(nlp: Language) -> None:
    text = (
        '"You have picked a new standard out of thin air to judge the minister and her '
        'staff," the two write.'
    )
    claim = only(claims(nlp, text), "write")
    assert claim.source is not None
    assert claim.source.text == "the two"
    assert claim.content.text == (
        "You have picked a new standard out of thin air to judge the minister and her staff"
    )
    assert claim.kind == "direct"
    # The writer's own words are no claim, nor is a name that ends in a cue.
    assert claims(nlp, "The talks failed long before the vote, I said.") == []
    text = "The snap polls ran on news sites such as Time, Slate and Drudge Report."
    assert claims(nlp, text) == []


def test_a_cue_before_a_colon_announces_what_follows(nlp: Language) -> None:
    found = claims(
        nlp,
        "In a speech in Kyiv last July, the minister said:\n\n"
        "\u201cWe will not give up a single village.\u201d",
    )
    assert [c.content.text for c in found] == ["We will not give up a single village."]


def test_handmade_parse_gerund_subject_of_a_clause_with_no_other_subject() -> None:
    found = _handmade(
        "Tester said having Trump atop the ticket puts senators at risk.",
        """
        Tester   Tester  PROPN  NNP  nsubj   1
        said     say     VERB   VBD  ROOT    1
        having   have    VERB   VBG  xcomp   1
        Trump    Trump   PROPN  NNP  dobj    2
        atop     atop    ADP    IN   prep    2
        the      the     DET    DT   det     6
        ticket   ticket  NOUN   NN   pobj    4
        puts     put     VERB   VBZ  ccomp   2
        senators senator NOUN   NNS  dobj    7
        at       at      ADP    IN   prep    7
        risk     risk    NOUN   NN   pobj    9
        .        .       PUNCT  .    punct   1
        """,
    )
    assert only(found, "said").content.text == "having Trump atop the ticket puts senators at risk"


def test_handmade_parse_subject_taken_by_a_participle_read_as_a_clausal_subject() -> None:
    found = _handmade(
        "Majorities of voters going to the polls said they back the ban.",
        """
        Majorities  majority  NOUN   NNS  nsubj  3
        of          of        ADP    IN   prep   0
        voters      voter     NOUN   NNS  pobj   1
        going       go        VERB   VBG  csubj  7
        to          to        ADP    IN   prep   3
        the         the       DET    DT   det    6
        polls       poll      NOUN   NNS  pobj   4
        said        say       VERB   VBD  ROOT   7
        they        they      PRON   PRP  nsubj  9
        back        back      VERB   VBP  ccomp  7
        the         the       DET    DT   det    11
        ban         ban       NOUN   NN   dobj   9
        .           .         PUNCT  .    punct  7
        """,
    )
    claim = only(found, "said")
    assert claim.source is not None
    assert claim.source.text.startswith("Majorities of voters")
    assert claim.content.text == "they back the ban"


def test_a_relative_clause_read_as_the_cues_complement(nlp: Language) -> None:
    claim = only(
        claims(
            nlp,
            "One official, who like others spoke on condition of anonymity, said the convoy "
            "had turned back.",
        ),
        "said",
    )
    assert claim.source is not None
    assert claim.source.text == "One official, who like others spoke on condition of anonymity"
    assert claim.content.text == "the convoy had turned back"


def test_handmade_parse_cue_hung_on_the_clause_it_reports() -> None:
    # `told` parsed as an adverbial clause of the `was` it reports.
    found = _handmade(
        "It came after Trump told the Post he was ready.",
        """
        It     it     PRON   PRP  nsubj   1
        came   come   VERB   VBD  ROOT    1
        after  after  SCONJ  IN   mark    4
        Trump  Trump  PROPN  NNP  nsubj   4
        told   tell   VERB   VBD  advcl   8
        the    the    DET    DT   det     6
        Post   Post   PROPN  NNP  dobj    4
        he     he     PRON   PRP  nsubj   8
        was    be     AUX    VBD  ccomp   1
        ready  ready  ADJ    JJ   acomp   8
        .      .      PUNCT  .    punct   1
        """,
    )
    assert source_and_content(found, "told") == ("Trump", "he was ready")


def test_what_a_source_says_is_no_claim_of_the_clause_after_it(nlp: Language) -> None:
    assert not claims(nlp, "What the minister says is now the official line.")


@pytest.mark.parametrize(
    "text",
    [
        "KYIV, Ukraine (AP) \u2014 Defence Minister Rustem Umerov said on Friday that the "
        "front had held.",
        "ODESA - Defence Minister Rustem Umerov said on Friday that the front had held.",
    ],
)
def test_a_dateline_is_not_part_of_the_source(nlp: Language, text: str) -> None:
    claim = only(claims(nlp, text), "said")
    assert claim.source is not None
    assert claim.source.text == "Defence Minister Rustem Umerov"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The regional health ministry reported 30 deaths on Sunday.", "30 deaths"),
        (
            "The campaign reported spending $2 million on television ads in March.",
            "spending $2 million on television ads in March",
        ),
    ],
)
def test_what_was_reported(nlp: Language, text: str, content: str) -> None:
    assert only(claims(nlp, text), "reported").content.text == content


def test_handmade_parse_cue_read_as_a_clause_of_the_name_left_as_root() -> None:
    # No verb is the root: `tweeted` hangs on the name as a reduced relative clause.
    found = _handmade(
        "Trump, in Ohio, tweeted to say he had won.",
        """
        Trump    Trump   PROPN  NNP  ROOT   0
        ,        ,       PUNCT  ,    punct  0
        in       in      ADP    IN   prep   0
        Ohio     Ohio    PROPN  NNP  pobj   2
        ,        ,       PUNCT  ,    punct  0
        tweeted  tweet   VERB   VBN  acl    0
        to       to      PART   TO   aux    7
        say      say     VERB   VB   advcl  5
        he       he      PRON   PRP  nsubj  10
        had      have    AUX    VBD  aux    10
        won      win     VERB   VBN  ccomp  7
        .        .       PUNCT  .    punct  0
        """,
    )
    claim = only(found, "to say")
    assert claim.source is not None
    assert claim.source.text.startswith("Trump")
    assert claim.content.text == "he had won"


def test_has_read_as_a_passive_auxiliary(nlp: Language) -> None:
    # `'s` for `has`, which the parser reads as `is`, with `He` as a passive subject.
    claim = only(claims(nlp, "He's said he gets his ideas about money from a novel."), "'s said")
    assert claim.source is not None
    assert claim.source.text == "He"
    assert claim.content.text == "he gets his ideas about money from a novel"


@pytest.mark.parametrize(
    ("text", "content", "hedged"),
    [
        ("It was reported that three soldiers died.", "three soldiers died", False),
        ("It is widely believed that the dam is weak.", "the dam is weak", True),
    ],
)
def test_it_is_said_that_is_a_claim_of_unnamed_sources(
    nlp: Language, text: str, content: str, hedged: bool
) -> None:
    (claim,) = claims(nlp, text)
    assert claim.source is None
    assert claim.speaker_name == "unnamed sources"
    assert claim.content.text == content
    assert ("hedged" in claim.flags) is hedged


def test_handmade_parse_words_after_the_name_read_as_the_verb() -> None:
    # `close to the talks` read as the sentence's verb phrase, `say` left hanging on it.
    found = _handmade(
        "Sources close to the talks say a deal is near.",
        """
        Sources  source  NOUN   NNS  nsubj  1
        close    close   VERB   VBP  ROOT   1
        to       to      ADP    IN   prep   1
        the      the     DET    DT   det    4
        talks    talk    NOUN   NNS  pobj   2
        say      say     VERB   VBP  dep    1
        a        a       DET    DT   det    7
        deal     deal    NOUN   NN   nsubj  8
        is       be      AUX    VBZ  ccomp  5
        near     near    ADJ    JJ   acomp  8
        .        .       PUNCT  .    punct  1
        """,
    )
    assert source_and_content(found, "say") == ("Sources close to the talks", "a deal is near")


def test_handmade_parse_cue_joined_to_a_clause_inside_a_noun_phrase() -> None:
    # `accused` joined to the infinitive `jolt` of `ability`, not to the main verb `ran`.
    found = _handmade(
        "Romney ran on his ability to jolt the recovery and accused Obama of failing.",
        """
        Romney    Romney    PROPN  NNP  nsubj     1
        ran       run       VERB   VBD  ROOT      1
        on        on        ADP    IN   prep      1
        his       his       PRON   PRP$ poss      4
        ability   ability   NOUN   NN   pobj      2
        to        to        PART   TO   aux       6
        jolt      jolt      VERB   VB   acl       4
        the       the       DET    DT   det       8
        recovery  recovery  NOUN   NN   dobj      6
        and       and       CCONJ  CC   cc        6
        accused   accuse    VERB   VBD  conj      6
        Obama     Obama     PROPN  NNP  dobj      10
        of        of        ADP    IN   prep      10
        failing   fail      VERB   VBG  pcomp     12
        .         .         PUNCT  .    punct     1
        """,
    )
    assert source_and_content(found, "accused") == ("Romney", "Obama of failing")


def test_a_judgement_of_the_reported_clauses_subject_is_the_speakers(nlp: Language) -> None:
    found = claims(
        nlp,
        "The mayor said the governor was wrong about the dam and criticized him for ignoring "
        "the engineers.",
    )
    assert only(found, "said").content.text == "the governor was wrong about the dam"
    criticized = only(found, "criticized")
    assert criticized.source is not None
    assert criticized.source.text == "The mayor"
    assert criticized.content.text == "him for ignoring the engineers"


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The minister criticized the rebels for shelling the market.",
            "criticized",
            "the rebels for shelling the market",
        ),
        (
            "The minister praised the medics for staying in the city.",
            "praised",
            "the medics for staying in the city",
        ),
        (
            "Kyiv blamed the blackout on Russian drone strikes.",
            "blamed",
            "the blackout on Russian drone strikes",
        ),
    ],
)
def test_a_judgement_with_its_reason(nlp: Language, text: str, cue: str, content: str) -> None:
    assert only(claims(nlp, text), cue).content.text == content


def test_handmade_parse_cue_joined_to_a_that_clause_read_as_relative() -> None:
    found = _handmade(
        "The leader told a meeting that he had met officials and vowed to act.",
        """
        The        the        DET    DT   det     1
        leader     leader     NOUN   NN   nsubj   2
        told       tell       VERB   VBD  ROOT    2
        a          a          DET    DT   det     4
        meeting    meeting    NOUN   NN   dobj    2
        that       that       PRON   WDT  dobj    8
        he         he         PRON   PRP  nsubj   8
        had        have       AUX    VBD  aux     8
        met        meet       VERB   VBN  relcl   4
        officials  official   NOUN   NNS  dobj    8
        and        and        CCONJ  CC   cc      8
        vowed      vow        VERB   VBD  conj    8
        to         to         PART   TO   aux     13
        act        act        VERB   VB   xcomp   11
        .          .          PUNCT  .    punct   2
        """,
    )
    assert source_and_content(found, "vowed") == ("The leader", "to act")


def test_handmade_parse_participle_hung_on_a_nouns_that_clause() -> None:
    # `explaining` hung on `coming`, the verb of the notion's that-clause.
    found = _handmade(
        "Bennett denied the notion that a shakeup is coming, explaining that he was away.",
        """
        Bennett     Bennett  PROPN  NNP  nsubj  1
        denied      deny     VERB   VBD  ROOT   1
        the         the      DET    DT   det    3
        notion      notion   NOUN   NN   dobj   1
        that        that     SCONJ  IN   mark   8
        a           a        DET    DT   det    6
        shakeup     shakeup  NOUN   NN   nsubj  8
        is          be       AUX    VBZ  aux    8
        coming      come     VERB   VBG  acl    3
        ,           ,        PUNCT  ,    punct  8
        explaining  explain  VERB   VBG  advcl  8
        that        that     SCONJ  IN   mark   13
        he          he       PRON   PRP  nsubj  13
        was         be       AUX    VBD  ccomp  10
        away        away     ADV    RB   advmod 13
        .           .        PUNCT  .    punct  1
        """,
    )
    assert only(found, "denied").content.text == "a shakeup is coming"
    explaining = only(found, "explaining")
    assert explaining.source is not None
    assert explaining.source.text == "Bennett"
    assert explaining.content.text == "he was away"


def test_handmade_parse_adding_hung_on_the_reported_clause() -> None:
    # `adding` hung on `shot`, which says nothing: it goes on from the cue.
    found = _handmade(
        "The air force said it shot down 42 drones, adding that debris damaged homes.",
        """
        The      the     DET    DT   det     2
        air      air     NOUN   NN   compound 2
        force    force   NOUN   NN   nsubj   3
        said     say     VERB   VBD  ROOT    3
        it       it      PRON   PRP  nsubj   5
        shot     shoot   VERB   VBD  ccomp   3
        down     down    ADP    RP   prt     5
        42       42      NUM    CD   nummod  8
        drones   drone   NOUN   NNS  dobj    5
        ,        ,       PUNCT  ,    punct   5
        adding   add     VERB   VBG  advcl   5
        that     that    SCONJ  IN   mark    13
        debris   debris  NOUN   NN   nsubj   13
        damaged  damage  VERB   VBD  ccomp   10
        homes    home    NOUN   NNS  dobj    13
        .        .       PUNCT  .    punct   3
        """,
    )
    assert source_and_content(found, "said") == ("The air force", "it shot down 42 drones")
    assert source_and_content(found, "adding") == ("The air force", "debris damaged homes")


def test_a_quote_after_the_cues_phrase_of_when(nlp: Language) -> None:
    found = claims(
        nlp,
        'The minister seemed to mock the plan, saying at one point, "The answer is not simply '
        'to build more walls."',
    )
    saying = only(found, "saying")
    assert saying.source is not None
    assert saying.source.text == "The minister"
    assert saying.content.text == "The answer is not simply to build more walls."


def test_a_participle_is_no_inverted_cue(nlp: Language) -> None:
    # `, noting the size of the force,` names what was noted, not who noted it.
    found = claims(
        nlp, "The general, noting the size of the enemy force, said the line would hold."
    )
    assert all(c.source is not None and c.source.text == "The general" for c in found)


@pytest.mark.parametrize(
    ("text", "source", "speaker"),
    [
        (
            "The ministry issued a statement saying the strikes had hit only military targets.",
            "The ministry",
            "ministry",
        ),
        ("The senator emailed supporters saying the fight would go on.", "The senator", "senator"),
        (
            "The campaign sent a text message to supporters saying the rally was cancelled.",
            "The campaign",
            "campaign",
        ),
    ],
)
def test_who_put_out_the_words_a_participle_reports(
    nlp: Language, text: str, source: str, speaker: str
) -> None:
    claim = only(claims(nlp, text), "saying")
    assert claim.source is not None
    assert claim.source.text == source
    assert speaker in claim.speaker_name


def test_a_whose_clause_read_as_the_cues_complement(nlp: Language) -> None:
    claim = only(
        claims(
            nlp,
            "Mr. Slinker, whose latest start-up, Paradata, uses big data to help brands find "
            "suppliers, said the candidate was very much in the spirit of Silicon Valley.",
        ),
        "said",
    )
    assert claim.source is not None
    assert claim.source.text == (
        "Mr. Slinker, whose latest start-up, Paradata, uses big data to help brands find suppliers"
    )
    assert claim.content.text == "the candidate was very much in the spirit of Silicon Valley"


def test_handmade_parse_cue_joined_to_the_quoted_clause_before_it() -> None:
    # `told` (and the name) parsed as conjuncts of the quoted `were`.
    found = _handmade(
        "\u201cWe were wrong,\u201d Ramos, 58, told AFP.",
        """
        \u201c      \u201c      PUNCT  ``   punct  2
        We     we     PRON   PRP  nsubj  2
        were   be     AUX    VBD  ROOT   2
        wrong  wrong  ADJ    JJ   acomp  2
        ,      ,      PUNCT  ,    punct  2
        \u201d      \u201d      PUNCT  ''   punct  6
        Ramos  Ramos  PROPN  NNP  conj   2
        ,      ,      PUNCT  ,    punct  6
        58     58     NUM    CD   appos  6
        ,      ,      PUNCT  ,    punct  6
        told   tell   VERB   VBD  conj   2
        AFP    AFP    PROPN  NNP  dobj   10
        .      .      PUNCT  .    punct  2
        """,
    )
    claim = only(found, "told")
    assert claim.source is not None
    assert claim.source.text.startswith("Ramos")
    assert claim.content.text == "We were wrong"


def test_then_after_a_clause_read_as_the_cues_complement(nlp: Language) -> None:
    claim = only(
        claims(
            nlp,
            "The governor jokingly offered the farmer a job in his cabinet, then says he will "
            "welcome advice from anyone who wants to help.",
        ),
        "says",
    )
    assert claim.source is not None
    assert claim.source.text == "The governor"
    assert claim.content.text == "he will welcome advice from anyone who wants to help"


def test_handmade_parse_cue_read_as_a_noun_in_a_verbless_sentence() -> None:
    found = _handmade(
        "Trump claims he is rich.",
        """
        Trump   trump  NOUN   NN   ROOT   0
        claims  claim  NOUN   NNS  dobj   0
        he      he     PRON   PRP  nsubj  3
        is      be     AUX    VBZ  ccomp  0
        rich    rich   ADJ    JJ   acomp  3
        .       .      PUNCT  .    punct  3
        """,
    )
    claim = only(found, "claims")
    assert claim.source is not None
    assert claim.source.text == "Trump"
    assert claim.content.text == "he is rich"
    assert "distanced" in claim.flags


def test_handmade_parse_closing_cue_at_the_very_end_of_the_text() -> None:
    # No full stop after the cue, and the tagger read `show` as a noun.
    found = _handmade(
        "Aid went to shell firms, customs records show",
        """
        Aid      aid      NOUN   NN   nsubj     1
        went     go       VERB   VBD  ROOT      1
        to       to       ADP    IN   prep      1
        shell    shell    NOUN   NN   compound  4
        firms    firm     NOUN   NNS  pobj      2
        ,        ,        PUNCT  ,    punct     1
        customs  customs  NOUN   NNS  compound  7
        records  record   NOUN   NNS  compound  8
        show     show     NOUN   NN   npadvmod  1
        """,
    )
    assert source_and_content(found, "show") == ("customs records", "Aid went to shell firms")


def test_handmade_parse_past_cue_read_as_a_participle_of_its_subject() -> None:
    # The parser read `called` as `a lawmaker (who was) called ...`, leaving the
    # sentence without a verb; the name beside the description speaks.
    found = _handmade(
        'Okafor, a farm leader, called the tariff "ruinous."',
        """
        Okafor   Okafor   PROPN  NNP  ROOT      0
        ,        ,        PUNCT  ,    punct     0
        a        a        DET    DT   det       4
        farm     farm     NOUN   NN   compound  4
        leader   leader   NOUN   NN   appos     0
        ,        ,        PUNCT  ,    punct     0
        called   call     VERB   VBN  acl       0
        the      the      DET    DT   det       8
        tariff   tariff   NOUN   NN   oprd      6
        "        "        PUNCT  ``   punct     10
        ruinous  ruinous  ADJ    JJ   oprd      6
        .        .        PUNCT  .    punct     0
        "        "        PUNCT  ''   punct     0
        """,
    )
    claim = only(found, "called")
    assert claim.source is not None
    assert claim.source.text == "Okafor, a farm leader"
    assert claim.content.text.startswith('the tariff "ruinous')


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "Most growers backed the levy in March. In May, only 41 percent of them said "
            "the same of the new tariff.",
            "41 percent of them",
            "the same of the new tariff",
        ),
        ("A third of drivers said so in a survey last year.", "A third of drivers", "so"),
        (
            "Asked whether the port would reopen, the harbour master said no.",
            "the harbour master",
            "no",
        ),
    ],
)
def test_a_short_answer_standing_for_a_clause_said_before(
    nlp: Language, text: str, source: str, content: str
) -> None:
    claim = only(claims(nlp, text), "said")
    assert claim.source is not None
    assert claim.source.text == source
    assert claim.content.text == content


def test_an_answer_one_would_give_is_no_claim(nlp: Language) -> None:
    assert not claims(nlp, "Any farmer would say no if you asked him to sell.")


def test_a_cue_closing_its_paragraph_with_a_colon_announces_the_next_one(nlp: Language) -> None:
    # A block quote whose marks the extracted page left out.
    text = (
        "The harbour master told reporters on Friday:\n\n"
        "We will reopen the port once the divers have checked the piers.\n\n"
        "Ships waited offshore."
    )
    claim = only(claims(nlp, text), "told")
    assert claim.content.text == "We will reopen the port once the divers have checked the piers."


def test_a_colon_after_a_thing_put_out_does_not_announce_the_next_paragraph(
    nlp: Language,
) -> None:
    text = (
        "The council posted the minutes of the meeting for context:\n\n"
        "Ships waited offshore while the divers checked the piers."
    )
    assert not claims(nlp, text)


def test_relative_word_read_as_a_second_subject_of_the_cue(nlp: Language) -> None:
    # The parser makes `which` a subject of `say` beside `islanders`, and the reported
    # verb its `xcomp`.
    text = "The ferry firm cut its winter routes, which islanders say left them stranded."
    claim = only(claims(nlp, text), "say")
    assert claim.source is not None
    assert claim.source.text == "islanders"
    assert claim.content.text == "left them stranded"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # (a thing read as the one warned: the clause's subject)
        (
            "Experts warned the end of the treaty could trigger a race.",
            "the end of the treaty could trigger a race",
        ),
        # (with `that` read as its determiner)
        (
            "Researchers warned that type 2 diabetes could affect millions more people.",
            "type 2 diabetes could affect millions more people",
        ),
        # (whom it warns stays out)
        ("Officials warned residents the water was unsafe.", "the water was unsafe"),
        ("The envoy warned Moscow it would pay a price.", "it would pay a price"),
    ],
)
def test_the_subject_of_a_warning_read_as_the_one_warned(
    nlp: Language, text: str, content: str
) -> None:
    assert only(claims(nlp, text), "warned").content.text == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # (the clause's subject read as the cue's object, its closing quotation mark
        # between them)
        (
            'The ministers said Iran\'s "non-compliance" left them no choice.',
            'Iran\'s "non-compliance" left them no choice',
        ),
        # (what the speaker said would be, joined to the cue)
        (
            'A spokesperson said Washington "stands ready to talk" but would not lift '
            "its sanctions.",
            'Washington "stands ready to talk" but would not lift its sanctions',
        ),
    ],
)
def test_what_was_said_past_a_quotation_the_parser_split_off(
    nlp: Language, text: str, content: str
) -> None:
    assert only(claims(nlp, text), "said").content.text == content


@pytest.mark.parametrize(
    "text",
    [
        "The authority said in a statement that flows at the dam had fallen by half.",
        "The authority said on Monday that flows at the dam had fallen by half.",
    ],
)
def test_a_plural_subject_after_that_the_tagger_read_as_a_verb(nlp: Language, text: str) -> None:
    claim = only(claims(nlp, text), "said")
    assert claim.content.text == "flows at the dam had fallen by half"


def test_relative_word_read_as_the_subject_of_a_word_of_the_cues_subject(
    nlp: Language,
) -> None:
    # The parser hangs `which` on `rights`, a compound of `groups`.
    text = "The law, which rights groups say violates free speech, took effect on Monday."
    claim = only(claims(nlp, text), "say")
    assert claim.source is not None
    assert (claim.source.text, claim.speaker_name) == ("rights groups", "rights groups")
    assert claim.content.text == "violates free speech"


def test_handmade_parse_relative_word_left_in_a_finite_xcomp() -> None:
    found = _handmade(
        "The council kept the old rules, which its members argued protect small farms.",
        """
        The      the      DET    DT   det       1
        council  council  NOUN   NN   nsubj     2
        kept     keep     VERB   VBD  ROOT      2
        the      the      DET    DT   det       5
        old      old      ADJ    JJ   amod      5
        rules    rule     NOUN   NNS  dobj      2
        ,        ,        PUNCT  ,    punct     5
        which    which    PRON   WDT  dobj      11
        its      its      PRON   PRP$ poss      9
        members  member   NOUN   NNS  nsubj     10
        argued   argue    VERB   VBD  relcl     5
        protect  protect  VERB   VBP  xcomp     10
        small    small    ADJ    JJ   amod      13
        farms    farm     NOUN   NNS  dobj      11
        .        .        PUNCT  .    punct     2
        """,
    )
    assert source_and_content(found, "argued") == ("its members", "protect small farms")


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            'The mayor closed the old market, which she called "a danger to shoppers."',
            "called",
            "she",
            "a danger to shoppers",
        ),
        ('He met the envoy, whom he described as "volatile."', "described", "he", 'as "volatile'),
        (
            "Farmers protested the levy, which the minister blamed for the price rise.",
            "blamed",
            "the minister",
            "for the price rise",
        ),
    ],
)
def test_a_relative_clause_that_judges_its_noun_is_the_judges_claim(
    nlp: Language, text: str, cue: str, source: str, content: str
) -> None:
    claim = only(claims(nlp, text), cue)
    assert claim.source is not None
    assert claim.source.text == source
    assert claim.content.text.startswith(content)


def test_a_quoted_word_before_the_verdicts_noun_does_not_end_it(nlp: Language) -> None:
    text = 'The firm sold what it calls "smart" profiles of voters to campaigns.'
    assert source_and_content(claims(nlp, text), "calls") == ("it", '"smart" profiles of voters')


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "The strike hit what the army described as a weapons depot near the border.",
            "described",
            "the army",
            "as a weapons depot near the border",
        ),
        (
            'Guards moved what officials described as "high-risk detainees" to the island '
            "jail in March, followed by other inmates.",
            "described",
            "officials",
            'as "high-risk detainees"',
        ),
        (
            "Officials blamed the commander, whom the president blasted as a traitor.",
            "blasted",
            "the president",
            "as a traitor",
        ),
    ],
)
def test_a_free_relative_or_a_judging_as_gives_the_judges_verdict(
    nlp: Language, text: str, cue: str, source: str, content: str
) -> None:
    assert source_and_content(claims(nlp, text), cue) == (source, content)


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "The visit came amid what many analysts said was a sign of warming ties.",
            "many analysts",
            "was a sign of warming ties",
        ),
        (
            "The army seized rifles that investigators said were smuggled from Libya.",
            "investigators",
            "were smuggled from Libya",
        ),
        # the complement the parser hung on the cue as a clause of its own
        (
            "Israeli jets struck what the army said were Hezbollah weapons depots.",
            "the army",
            "were Hezbollah weapons depots",
        ),
        # what a cue answers is not what it says
        (
            "The army responded to what it said was an attack on its positions.",
            "it",
            "was an attack on its positions",
        ),
    ],
)
def test_a_relative_word_that_is_the_subject_of_what_was_said(
    nlp: Language, text: str, source: str, content: str
) -> None:
    assert source_and_content(claims(nlp, text), "said") == (source, content)


def test_a_free_relative_inside_what_a_cue_reports_is_part_of_that_claim(
    nlp: Language,
) -> None:
    text = "The union rejected what it said were false figures on wages."
    assert [c.cue.text for c in claims(nlp, text)] == ["rejected"]
    text = "The rebels demanded the release of what they described as political prisoners."
    assert [c.cue.text for c in claims(nlp, text)] == ["demanded"]


def test_a_quoted_label_the_parser_hung_outside_the_cue(nlp: Language) -> None:
    # `reckless` is read as a word of `Okafor`, `called` as a participle of the name.
    text = "Okafor, a Ruiz ally, called Lagos’s budget “reckless.”"
    claim = only(claims(nlp, text), "called")
    assert claim.speaker_name == "Okafor"
    assert claim.content.text.startswith("Lagos’s budget “reckless")


def test_a_clause_of_when_something_was_said_is_a_claim(nlp: Language) -> None:
    text = (
        "The idea came up at a debate in December, when the senator called the general "
        "“the army’s best recruiter.”"
    )
    claim = only(claims(nlp, text), "called")
    assert claim.source is not None
    assert claim.source.text == "the senator"
    assert claim.content.text.startswith("the general “the army’s best recruiter")
    text = "The talks broke down in March, when the rebels denied the report."
    assert source_and_content(claims(nlp, text), "denied") == ("the rebels", "the report")


def test_a_relative_call_without_a_name_given_is_no_judgement(nlp: Language) -> None:
    assert not claims(nlp, "He thanked the envoy, whom he called on Monday.")


def test_handmade_parse_a_name_given_in_typewriter_quotes() -> None:
    # The parser made the name a second object; the quote marks make it a judgement.
    found = _handmade(
        "The senator called him ''a liar.''",
        """
        The      the      DET    DT   det     1
        senator  senator  NOUN   NN   nsubj   2
        called   call     VERB   VBD  ROOT    2
        him      he       PRON   PRP  dobj    2
        ''       ''       PUNCT  ''   punct   2
        a        a        DET    DT   det     6
        liar     liar     NOUN   NN   dobj    2
        .        .        PUNCT  .    punct   2
        ''       ''       PUNCT  ''   punct   2
        """,
    )
    claim = only(found, "called")
    assert claim.source is not None
    assert claim.source.text == "The senator"
    assert claim.content.text.startswith("him ''a liar")


@pytest.mark.parametrize(
    ("text", "first", "content", "second"),
    [
        (
            "The minister said she admires the farmers' patience and praised their work "
            "during the floods.",
            "said",
            "she admires the farmers' patience",
            "praised",
        ),
        (
            "The governor predicted that the harbour would reopen soon and praised the divers "
            "for their work.",
            "predicted",
            "the harbour would reopen soon",
            "praised",
        ),
        # the past after a passive past perfect
        (
            "The rebels' political wing said in an email to VOA that the attack had been "
            'carried out by "rogue elements" and promised an investigation.',
            "said",
            'the attack had been carried out by "rogue elements"',
            "promised",
        ),
        # the past after a past perfect in the clause
        (
            'The rebel spokesman said on X that the group had "liberated" the town and accused '
            "the army of bombing civilian areas.",
            "said",
            'the group had "liberated" the town',
            "accused",
        ),
        # the past after a past progressive in the clause
        (
            "The information minister said in a post on X that Ethiopia was "
            '"beating the drums of war" and accused Addis Ababa of eyeing the port.',
            "said",
            'Ethiopia was "beating the drums of war"',
            "accused",
        ),
        # a judgement with `as` joined to what was confirmed
        (
            "A military spokesman confirmed that units had been moved north but described "
            'it as "routine rotation."',
            "confirmed",
            "units had been moved north",
            "described",
        ),
    ],
)
def test_a_verb_in_the_cues_tense_joined_to_the_reported_clause_is_the_cues_own_act(
    nlp: Language, text: str, first: str, content: str, second: str
) -> None:
    # The parser joined the second verb to the reported verb, whose tense it does not share.
    found = claims(nlp, text)
    assert only(found, first).content.text == content
    joined = only(found, second)
    assert joined.source is not None
    assert joined.source.text.endswith(("minister", "governor", "spokesman", "wing"))


def test_a_second_cue_read_as_another_complement_of_the_first_is_the_same_speakers(
    nlp: Language,
) -> None:
    text = (
        "Houthi rebels said they had fired a missile at a ship, the first such attack in "
        "months.\n\nIn a televised speech, Houthi spokesman Yahya Saree said the attack "
        'was a response to Israel\'s "crimes" in Gaza and warned that ships linked to '
        'Israel would remain "legitimate targets."'
    )
    warned = only(claims(nlp, text), "warned")
    assert warned.speaker_name == "Yahya Saree"
    assert warned.content.text.startswith("ships linked to Israel would remain")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The opposition refused to recognize the results, alleging widespread fraud.",
            "widespread fraud",
        ),
        ("The lawsuit alleges negligence by the city.", "negligence by the city"),
    ],
)
def test_what_is_alleged_as_an_object_is_a_distanced_claim(
    nlp: Language, text: str, content: str
) -> None:
    (claim,) = [c for c in claims(nlp, text) if c.cue.text.startswith("alleg")]
    assert claim.content.text == content
    assert "distanced" in claim.flags


def test_a_cue_joined_to_what_was_written_is_the_writers(nlp: Language) -> None:
    text = (
        "In a letter to the Security Council, Eritrea's foreign minister, Osman Saleh, wrote "
        "that Ethiopia's statements amounted to a declaration of war and urged the council "
        "to act."
    )
    found = claims(nlp, text)
    assert only(found, "wrote").content.text == (
        "Ethiopia's statements amounted to a declaration of war"
    )
    assert only(found, "urged").speaker_name == "Osman Saleh"


def test_a_cue_the_speaker_did_not_use_is_no_part_of_what_was_said(nlp: Language) -> None:
    text = (
        "The governor said drone debris had damaged a residential building but did not "
        "mention the refinery."
    )
    found = claims(nlp, text)
    assert only(found, "said").content.text == "drone debris had damaged a residential building"
    assert len(found) == 1


def test_a_past_progressive_joined_to_a_deed_stays_in_the_reported_clause(
    nlp: Language,
) -> None:
    text = "The witness said soldiers were shooting at civilians and burned houses."
    assert only(claims(nlp, text), "said").content.text == (
        "soldiers were shooting at civilians and burned houses"
    )


@pytest.mark.parametrize(
    ("text", "claimed"),
    [
        (
            "Ethiopia has moved troops to its border with Eritrea, according to diplomats, "
            "raising fears of a new war.",
            False,
        ),
        ("The senator raised concerns about the deal.", True),
    ],
)
def test_fears_a_deed_raises_are_no_claim(nlp: Language, text: str, claimed: bool) -> None:
    assert any(c.cue.text.startswith("rais") for c in claims(nlp, text)) is claimed


def test_a_base_form_after_a_modal_stays_in_the_reported_clause(nlp: Language) -> None:
    text = "The report said the bridge could reopen soon and find new users."
    assert only(claims(nlp, text), "said").content.text == (
        "the bridge could reopen soon and find new users"
    )


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "With polls showing the mayor far behind, her campaign cut its advertising.",
            "polls",
            "the mayor far behind",
        ),
        (
            "Despite a survey showing a sharp rise in rents, the council did nothing.",
            "a survey",
            "a sharp rise in rents",
        ),
    ],
)
def test_evidence_showing_a_thing_in_a_participle(
    nlp: Language, text: str, source: str, content: str
) -> None:
    claim = only(claims(nlp, text), "showing")
    assert claim.source is not None
    assert claim.source.text == source
    assert claim.content.text == content


def test_a_that_clause_of_a_cue_told_after_this_one_is_not_its_content(nlp: Language) -> None:
    text = '"Not today," the mayor replied, before adding that the council would vote next week.'
    found = claims(nlp, text)
    assert only(found, "replied").content.text == "Not today"
    assert only(found, "adding").content.text == "the council would vote next week"


def test_handmade_parse_that_clause_read_as_adverbial_after_whom_it_is_told() -> None:
    found = _handmade(
        "The union won by reminding members that the owners forced the cuts.",
        """
        The        the      DET    DT   det     1
        union      union    NOUN   NN   nsubj   2
        won        win      VERB   VBD  ROOT    2
        by         by       ADP    IN   prep    2
        reminding  remind   VERB   VBG  pcomp   3
        members    member   NOUN   NNS  dobj    4
        that       that     SCONJ  IN   mark    9
        the        the      DET    DT   det     8
        owners     owner    NOUN   NNS  nsubj   9
        forced     force    VERB   VBD  advcl   4
        the        the      DET    DT   det     11
        cuts       cut      NOUN   NNS  dobj    9
        .          .        PUNCT  .    punct   2
        """,
    )
    assert source_and_content(found, "reminding") == ("The union", "the owners forced the cuts")


def test_a_that_clause_before_the_cue_is_not_what_it_reports(nlp: Language) -> None:
    text = "In a rebuke to claims that the port was unsafe, the mayor praised the harbour staff."
    assert only(claims(nlp, text), "praised").content.text == "the harbour staff"


def test_handmade_parse_main_clause_read_as_the_complement_of_a_subordinate_cue() -> None:
    found = _handmade(
        "Since the mayor announced her run, rents have soared.",
        """
        Since      since     SCONJ  IN   mark    3
        the        the       DET    DT   det     2
        mayor      mayor     NOUN   NN   nsubj   3
        announced  announce  VERB   VBD  ROOT    3
        her        her       PRON   PRP$ poss    5
        run        run       NOUN   NN   dobj    3
        ,          ,         PUNCT  ,    punct   9
        rents      rent      NOUN   NNS  nsubj   9
        have       have      AUX    VBP  aux     9
        soared     soar      VERB   VBN  ccomp   3
        .          .         PUNCT  .    punct   3
        """,
    )
    assert only(found, "announced").content.text == "her run"


def test_handmade_parse_participle_after_those_addressed_is_the_speakers() -> None:
    # `saying` hung on `residents`, whom the plea is made to: they hear it, the mayor says it.
    found = _handmade(
        "The mayor made a plea to residents saying taxes would fall.",
        """
        The      the     DET    DT   det     1
        mayor    mayor   NOUN   NN   nsubj   2
        made     make    VERB   VBD  ROOT    2
        a        a       DET    DT   det     4
        plea     plea    NOUN   NN   dobj    2
        to       to      ADP    IN   prep    4
        residents  resident  NOUN   NNS  pobj    5
        saying   say     VERB   VBG  acl     6
        taxes   tax     NOUN   NNS  nsubj   10
        would   would   AUX    MD   aux     10
        fall    fall    VERB   VB   ccomp   7
        .       .       PUNCT  .    punct   2
        """,
    )
    assert source_and_content(found, "saying") == ("The mayor", "taxes would fall")


def test_a_that_clause_hung_above_the_claim_noun_it_follows(nlp: Language) -> None:
    # The parser hung the clause on `targets`; it follows `claims`, and says what they are.
    text = "Farmers will be the targets of the minister's claims that the levy is fair."
    claim = only(claims(nlp, text), "claims")
    assert claim.source is not None
    assert claim.source.text == "the minister's"
    assert claim.content.text == "the levy is fair"


def test_an_infinitive_hung_above_the_noun_of_saying_it_follows(nlp: Language) -> None:
    claim = only(
        claims(nlp, "The union rallied members with its calls to end the lockout."), "calls"
    )
    assert claim.source is not None
    assert claim.source.text == "its"
    assert claim.content.text == "to end the lockout"


def test_handmade_parse_headline_demand_read_as_a_noun() -> None:
    # The tagger read `demands` as a plural noun after the name; a space ends the text
    # and stays out of the content.
    found = _handmade(
        "Mayor demands council quit over flood.  ",
        """
        Mayor    mayor    NOUN   NN   ROOT     0
        demands  demand   NOUN   NNS  dobj     0
        council  council  NOUN   NN   nsubj    3
        quit     quit     VERB   VB   ccomp    0
        over     over     ADP    IN   prep     3
        flood    flood    NOUN   NN   pobj     4
        .        .        PUNCT  .    punct    0
        ␣        ␣        SPACE  _SP  dep      6
        """,
    )
    assert source_and_content(found, "demands") == ("Mayor", "council quit over flood")


def test_handmade_parse_name_read_as_a_modal() -> None:
    # `May` tagged the modal on a past-tense cue, which no modal takes: the columnist.
    found = _handmade(
        "In her column, May argued that the treaty was doomed.",
        """
        In       in       ADP    IN   prep    5
        her      her      PRON   PRP$ poss    2
        column   column   NOUN   NN   pobj    0
        ,        ,        PUNCT  ,    punct   5
        May      may      AUX    MD   aux     5
        argued   argue    VERB   VBD  ROOT    5
        that     that     SCONJ  IN   mark    9
        the      the      DET    DT   det     8
        treaty   treaty   NOUN   NN   nsubjpass 9
        was      be       AUX    VBD  ccomp   5
        doomed   doomed   ADJ    JJ   acomp   9
        .        .        PUNCT  .    punct   5
        """,
    )
    claim = only(found, "argued")
    assert claim.source is not None
    assert claim.source.text == "May"
    assert claim.cue.text == "argued"
    assert claim.content.text == "the treaty was doomed"


def test_handmade_parse_closing_cue_read_as_a_second_complement_of_a_cue() -> None:
    found = _handmade(
        "Ito thinks the bridge is safe, his aide said on Friday.",
        """
        Ito     Ito     PROPN  NNP  nsubj   1
        thinks  think   VERB   VBZ  ROOT    1
        the     the     DET    DT   det     3
        bridge  bridge  NOUN   NN   nsubj   4
        is      be      AUX    VBZ  ccomp   1
        safe    safe    ADJ    JJ   acomp   4
        ,       ,       PUNCT  ,    punct   9
        his     his     PRON   PRP$ poss    8
        aide    aide    NOUN   NN   nsubj   9
        said    say     VERB   VBD  ccomp   1
        on      on      ADP    IN   prep    9
        Friday  Friday  PROPN  NNP  pobj    10
        .       .       PUNCT  .    punct   1
        """,
    )
    said = only(found, "said")
    assert said.source is not None
    assert said.source.text == "his aide"
    assert said.content.text == "Ito thinks the bridge is safe"
    assert only(found, "thinks").content.text == "the bridge is safe"


def test_a_quote_in_a_sentence_about_someone_named_does_not_go_on_with_the_last_speaker(
    nlp: Language,
) -> None:
    text = (
        'Rates will rise "well into next year and maybe beyond," said Ana Ruiz, an economist '
        'at the bank. Governor Ito sees "a long and painful adjustment for exporters" ahead.'
    )
    found = claims(nlp, text)
    assert [c.content.text for c in found if c.speaker_name == "Ana Ruiz"] == [
        'Rates will rise "well into next year and maybe beyond,"'
    ]


def test_a_quote_opening_the_next_sentence_goes_on_with_the_last_speaker(nlp: Language) -> None:
    text = (
        '"Rates will rise well into next year," said Ana Ruiz, an economist at the bank. '
        '"Exporters face a long and painful adjustment."'
    )
    found = [c for c in claims(nlp, text) if c.speaker_name == "Ana Ruiz"]
    assert any("painful adjustment" in c.content.text for c in found)


def test_a_clause_before_a_semicolon_is_not_what_the_cue_after_it_reports(
    nlp: Language,
) -> None:
    text = "Most growers backed the levy; only 41 percent of them said the same of the tariff."
    assert only(claims(nlp, text), "said").content.text == "the same of the tariff"


def test_that_clause_read_as_a_relative_clause_takes_the_words_hung_after_it(
    nlp: Language,
) -> None:
    text = (
        "Morcos told reporters after a six-hour session that the army would begin "
        "disarmament south of the river and then move north in phases."
    )
    assert only(claims(nlp, text), "told").content.text == (
        "the army would begin disarmament south of the river and then move north in phases"
    )


def test_handmade_parse_that_clause_read_as_a_relative_clause_of_when_it_was_said() -> None:
    found = _handmade(
        "The harbour master said for the first time that two cranes had been damaged.",
        """
        The      the      DET    DT   det        2
        harbour  harbour  NOUN   NN   compound   2
        master   master   NOUN   NN   nsubj      3
        said     say      VERB   VBD  ROOT       3
        for      for      ADP    IN   prep       3
        the      the      DET    DT   det        7
        first    first    ADJ    JJ   amod       7
        time     time     NOUN   NN   pobj       4
        that     that     PRON   WDT  advmod     13
        two      two      NUM    CD   nummod     10
        cranes   crane    NOUN   NNS  nsubjpass  13
        had      have     AUX    VBD  aux        13
        been     be       AUX    VBN  auxpass    13
        damaged  damage   VERB   VBN  relcl      7
        .        .        PUNCT  .    punct      3
        """,
    )
    assert only(found, "said").content.text == "two cranes had been damaged"


def test_a_judgement_given_by_as_opening_a_clause(nlp: Language) -> None:
    text = "Rangers described the forest as badly scorched by the fire."
    assert source_and_content(claims(nlp, text), "described") == (
        "Rangers",
        "the forest as badly scorched by the fire",
    )


def test_as_with_a_subject_of_its_own_is_a_time_not_a_judgement(nlp: Language) -> None:
    assert claims(nlp, "The mayor portrayed the plan as the crowd cheered.") == []
    # Describing is an account given all the same; the time is not part of it.
    text = "The mayor described the plan as the crowd cheered."
    assert only(claims(nlp, text), "described").content.text == "the plan"


def test_an_account_given_is_a_claim(nlp: Language) -> None:
    text = "Residents described scenes of panic as the shells landed."
    assert source_and_content(claims(nlp, text), "described") == ("Residents", "scenes of panic")
    text = "An indictment described a plan to smuggle the drones through Oman."
    claim = only(claims(nlp, text), "described")
    assert claim.content.text == "a plan to smuggle the drones through Oman"


def test_referring_to_something_as_a_label_is_a_claim(nlp: Language) -> None:
    text = "The union has long referred to the new rota as a pay cut."
    assert source_and_content(claims(nlp, text), "referred") == (
        "The union",
        "the new rota as a pay cut",
    )


def test_referring_to_a_thing_without_a_label_is_no_claim(nlp: Language) -> None:
    assert claims(nlp, "The nurse referred to the chart before the round.") == []


def test_a_closing_cue_after_a_quotation_opened_by_a_colon_relays_the_whole_claim(
    nlp: Language,
) -> None:
    text = 'The mayor said: "The bridge is safe," the Herald reported.'
    found = claims(nlp, text)
    assert only(found, "said").content.text == "The bridge is safe"
    assert source_and_content(found, "reported") == (
        "the Herald",
        'The mayor said: "The bridge is safe,"',
    )


def test_a_poll_phrase_followed_by_when_it_was_taken(nlp: Language) -> None:
    text = "The mayor led her rival by nine points in a Herald poll last week."
    assert source_and_content(claims(nlp, text), "in") == (
        "a Herald poll",
        "The mayor led her rival by nine points",
    )


def test_a_poll_phrase_on_an_infinitive_of_the_clause(nlp: Language) -> None:
    text = "The governor continues to lead in the polls."
    assert source_and_content(claims(nlp, text), "in") == (
        "the polls",
        "The governor continues to lead",
    )


def test_an_average_of_polls_is_a_poll(nlp: Language) -> None:
    text = "The senator leads Ruiz by roughly 9 points in the average of recent state polls."
    assert source_and_content(claims(nlp, text), "in") == (
        "the average of recent state polls",
        "The senator leads Ruiz by roughly 9 points",
    )


@pytest.mark.parametrize(
    "text",
    [
        "In a Gallup poll released Sunday, 31 percent of Ukrainians said they would accept "
        "a truce.",
        "In a recent survey, three in four voters said the war was going badly.",
    ],
)
def test_what_those_asked_in_a_poll_said_is_also_the_polls_finding(
    nlp: Language, text: str
) -> None:
    poll = only(claims(nlp, text), "In")
    said = only(claims(nlp, text), "said")
    assert poll.source is not None
    assert "poll" in poll.source.text or "survey" in poll.source.text
    # The poll found what they said; what they said is their own claim too.
    assert poll.content.start < said.cue.start
    assert poll.content.end == said.content.end


def test_a_study_whose_authors_speak_is_no_poll_finding(nlp: Language) -> None:
    text = "In a recent study, three economists found that the levy cut jobs."
    assert [c.cue.text for c in claims(nlp, text)] == ["found"]
    text = "In a poll of farmers, the minister said the levy was fair."
    assert [c.cue.text for c in claims(nlp, text)] == ["said"]


def test_in_the_wake_of_polls_is_no_poll_finding(nlp: Language) -> None:
    text = "The council acted in the wake of polls that showed anger over the levy."
    assert [c for c in claims(nlp, text) if c.cue.text == "in"] == []


def test_a_relative_cue_whose_that_clause_the_parser_hung_lower_down(nlp: Language) -> None:
    text = (
        "The strike began in October, when he told the council at a hearing that workers "
        "were tired."
    )
    assert source_and_content(claims(nlp, text), "told") == ("he", "workers were tired")


def test_a_cue_does_not_take_the_that_clause_of_a_later_speaker(nlp: Language) -> None:
    text = (
        "The mayor dismissed the issue in October, when she told reporters at a briefing "
        "that the port was safe."
    )
    found = claims(nlp, text)
    assert source_and_content(found, "dismissed") == ("The mayor", "the issue")
    assert source_and_content(found, "told") == ("she", "the port was safe")


def test_in_someones_view_attributes_the_clause_it_opens(nlp: Language) -> None:
    assert source_and_content(claims(nlp, "In the minister's view, the port is safe."), "view") == (
        "the minister",
        "the port is safe",
    )


def test_in_someones_view_a_finding_with_no_one_else_speaking(nlp: Language) -> None:
    text = "In Ms. Ruiz's view, it shows that the port deal was rushed."
    assert source_and_content(claims(nlp, text), "view") == (
        "Ms. Ruiz",
        "it shows that the port deal was rushed",
    )
    # Where another speaks in the clause, the view is theirs to state.
    text = "In the minister's view, the mayor said the port is safe."
    assert [c.cue.text for c in claims(nlp, text)] == ["said"]


def test_in_the_opinion_of_someone_attributes_the_clause_it_closes(nlp: Language) -> None:
    text = "The levy was unfair, in the opinion of the court."
    assert source_and_content(claims(nlp, text), "opinion") == ("the court", "The levy was unfair")


def test_in_my_view_is_the_writers_own(nlp: Language) -> None:
    assert claims(nlp, "In my view, the levy was unfair.") == []


def test_a_view_held_with_as(nlp: Language) -> None:
    text = "Many farmers regard the levy as a tax on the poor."
    assert source_and_content(claims(nlp, text), "regard") == (
        "Many farmers",
        "the levy as a tax on the poor",
    )


def test_seeing_without_as_a_judgement_is_no_claim(nlp: Language) -> None:
    assert claims(nlp, "She saw the damage as she drove in.") == []


def test_a_portrait_with_as_is_a_judgement(nlp: Language) -> None:
    text = "State media profiled the pilot as a hero of the border war."
    claim = only(claims(nlp, text), "profiled")
    assert claim.content.text == "the pilot as a hero of the border war"
    assert "hedged" not in claim.flags
    assert claims(nlp, "Police profiled the suspects before the raid.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Putin has said over and over again he wants a new world order.",
            "he wants a new world order",
        ),
        ("The envoy has said again and again he will not resign.", "he will not resign"),
    ],
)
def test_a_repetition_joined_by_and_does_not_split_the_cue_from_its_clause(
    nlp: Language, text: str, content: str
) -> None:
    assert only(claims(nlp, text), "has said").content.text == content


def test_a_yes_no_question_asserts_nothing(nlp: Language) -> None:
    assert claims(nlp, "Does the mayor think the bridge is safe?") == []


def test_a_question_of_why_takes_the_saying_as_given(nlp: Language) -> None:
    text = "Why did the mayor say the bridge was safe?"
    assert only(claims(nlp, text), "say").content.text == "the bridge was safe"


def test_reportedly_passes_on_a_clause_from_sources_unnamed(nlp: Language) -> None:
    claim = only(claims(nlp, "The army reportedly shelled the town on Monday."), "reportedly")
    assert claim.source is None
    assert claim.speaker_name == "unnamed sources"
    assert claim.content.text == "The army reportedly shelled the town on Monday"
    assert "distanced" not in claim.flags


def test_allegedly_after_an_act_is_alleged_by_those_who_act(nlp: Language) -> None:
    text = (
        "State prosecutors ordered the arrest of the governor for allegedly trying to rig the vote."
    )
    claim = only(claims(nlp, text), "allegedly")
    assert source_and_content([claim], "allegedly") == (
        "State prosecutors",
        "trying to rig the vote",
    )
    assert "distanced" in claim.flags


def test_reportedly_inside_a_reported_clause_is_the_reporters_claim(nlp: Language) -> None:
    found = claims(nlp, "The mayor said the army had reportedly shelled the town.")
    assert [c.cue.text for c in found] == ["said"]


def test_allegedly_describing_a_person_is_no_claim(nlp: Language) -> None:
    assert claims(nlp, "The allegedly corrupt mayor resigned.") == []


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        ("The board deemed him well qualified.", "deemed", ("The board", "him well qualified")),
        ("Critics deemed the plan a failure.", "deemed", ("Critics", "the plan a failure")),
        ("He considers the mayor untrustworthy.", "considers", ("He", "the mayor untrustworthy")),
    ],
)
def test_a_verdict_on_an_object(
    nlp: Language, text: str, cue: str, expected: tuple[str, str]
) -> None:
    assert source_and_content(claims(nlp, text), cue) == expected


@pytest.mark.parametrize(
    "text",
    [
        "She considered a run last year.",
        "The council is considering whether to raise the levy.",
        "The government refused to relax rules on travel and other trips deemed non-essential.",
    ],
)
def test_considering_without_a_verdict_is_no_claim(nlp: Language, text: str) -> None:
    assert claims(nlp, text) == []


def test_a_view_in_the_passive_is_held_by_sources_unnamed(nlp: Language) -> None:
    claim = only(claims(nlp, "The port is widely seen as unsafe."), "seen")
    assert claim.source is None
    assert claim.speaker_name == "unnamed sources"
    assert claim.content.text == "The port is widely seen as unsafe"


def test_a_verdict_in_the_passive_is_the_agents(nlp: Language) -> None:
    text = "The candidate was deemed unfit by the court."
    assert source_and_content(claims(nlp, text), "was deemed") == (
        "the court",
        "The candidate was deemed unfit",
    )


@pytest.mark.parametrize(
    "text",
    ["The mayor was seen walking down a street.", "The move can be seen as a sign of weakness."],
)
def test_what_was_seen_or_may_be_seen_is_no_view(nlp: Language, text: str) -> None:
    assert claims(nlp, text) == []


def test_handmade_parse_that_read_as_an_object_of_a_relative_clause_of_where_it_was_said() -> None:
    found = _handmade(
        "Ruiz predicted at the debate that voters will take every state.",
        """
        Ruiz       Ruiz       PROPN  NNP  nsubj   1
        predicted  predict    VERB   VBD  ROOT    1
        at         at         ADP    IN   prep    1
        the        the        DET    DT   det     4
        debate     debate     NOUN   NN   pobj    2
        that       that       PRON   WDT  dobj    8
        voters     voter      NOUN   NNS  nsubj   8
        will       will       AUX    MD   aux     8
        take       take       VERB   VB   relcl   4
        every      every      DET    DT   det     10
        state      state      NOUN   NN   dobj    8
        .          .          PUNCT  .    punct   1
        """,
    )
    assert only(found, "predicted").content.text == "voters will take every state"


def test_a_closing_source_joined_by_and(nlp: Language) -> None:
    text = (
        "Much of the money came from firms that no longer exist, or from donors who cannot "
        "be found, campaign and corporate records show."
    )
    assert source_and_content(claims(nlp, text), "show") == (
        "campaign and corporate records",
        "Much of the money came from firms that no longer exist, or from donors who cannot "
        "be found",
    )


def test_as_a_paper_revealed_attributes_the_clause(nlp: Language) -> None:
    text = "As the Herald revealed, the council agreed to sell the port in May."
    assert source_and_content(claims(nlp, text), "revealed") == (
        "the Herald",
        "the council agreed to sell the port in May",
    )


def test_a_closing_cue_read_as_a_noun_before_and(nlp: Language) -> None:
    text = (
        "The ferry was insured for $4 million in 2019, port records show, and surveyors say "
        "it is now worth half that."
    )
    found = claims(nlp, text)
    assert source_and_content(found, "show") == (
        "port records",
        "The ferry was insured for $4 million in 2019",
    )
    assert source_and_content(found, "say") == ("surveyors", "it is now worth half that")


def test_a_subject_the_parser_joined_to_a_noun_of_the_clause_before(nlp: Language) -> None:
    text = (
        "Last week, prosecutors charged the guard with theft and Ruiz fired her deputy, "
        "admitting that the vault had been left open."
    )
    assert source_and_content(claims(nlp, text), "admitting") == (
        "Ruiz",
        "the vault had been left open",
    )


def test_handmade_parse_participle_after_an_aside_with_its_own_subject() -> None:
    found = _handmade(
        "Ito said the vote was rigged, a charge that leaders denied, noting that rules held.",
        """
        Ito      Ito      PROPN  NNP  nsubj     1
        said     say      VERB   VBD  ROOT      1
        the      the      DET    DT   det       3
        vote     vote     NOUN   NN   nsubjpass 5
        was      be       AUX    VBD  auxpass   5
        rigged   rig      VERB   VBN  ccomp     1
        ,        ,        PUNCT  ,    punct     5
        a        a        DET    DT   det       8
        charge   charge   NOUN   NN   npadvmod  5
        that     that     PRON   WDT  dobj      11
        leaders  leader   NOUN   NNS  nsubj     11
        denied   deny     VERB   VBD  relcl     8
        ,        ,        PUNCT  ,    punct     5
        noting   note     VERB   VBG  advcl     5
        that     that     SCONJ  IN   mark      16
        rules    rule     NOUN   NNS  nsubj     16
        held     hold     VERB   VBD  ccomp     13
        .        .        PUNCT  .    punct     1
        """,
    )
    assert source_and_content(found, "noting") == ("leaders", "rules held")
    assert only(found, "said").content.text == "the vote was rigged"


def test_a_charge_set_off_after_the_content_is_the_reporters_comment(nlp: Language) -> None:
    text = "The mayor said the vote was rigged, a charge that the board denied."
    assert only(claims(nlp, text), "said").content.text == "the vote was rigged"


def test_handmade_parse_participle_after_a_joined_clause_with_its_own_subject() -> None:
    found = _handmade(
        "Police charged the guard and Ruiz fired her deputy, admitting that the vault was open.",
        """
        Police     police     NOUN   NNS  nsubj   1
        charged    charge     VERB   VBD  ROOT    1
        the        the        DET    DT   det     3
        guard      guard      NOUN   NN   dobj    1
        and        and        CCONJ  CC   cc      1
        Ruiz       Ruiz       PROPN  NNP  nsubj   6
        fired      fire       VERB   VBD  conj    1
        her        her        PRON   PRP$ poss    8
        deputy     deputy     NOUN   NN   dobj    6
        ,          ,          PUNCT  ,    punct   1
        admitting  admit      VERB   VBG  advcl   1
        that       that       SCONJ  IN   mark    15
        the        the        DET    DT   det     13
        vault      vault      NOUN   NN   nsubj   15
        was        be         AUX    VBD  ccomp   10
        open       open       ADJ    JJ   acomp   14
        .          .          PUNCT  .    punct   1
        """,
    )
    assert source_and_content(found, "admitting") == ("Ruiz", "the vault was open")


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The author made a case for reading poets from every region.",
            "made a case",
            "reading poets from every region",
        ),
        (
            "The minister made a commitment to rebuild the port.",
            "made a commitment",
            "to rebuild the port",
        ),
        (
            "The mayor made a plea for the council to unite.",
            "made a plea",
            "for the council to unite",
        ),
        (
            "The senator has made no secret of his plans to run.",
            "has made no secret",
            "his plans to run",
        ),
    ],
)
def test_a_plea_case_or_promise_made(nlp: Language, text: str, cue: str, content: str) -> None:
    assert only(claims(nlp, text), cue).content.text == content


@pytest.mark.parametrize(
    "text",
    ["The envoy has been making the case for weeks.", "The mayor made a call to the governor."],
)
def test_a_case_made_for_a_time_or_a_call_placed_is_no_claim(nlp: Language, text: str) -> None:
    assert claims(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The senator took aim at a rule that lets the governor cut wages.",
            "took aim",
            "a rule that lets the governor cut wages",
        ),
        ("The mayor took a swipe at her rivals.", "took a swipe", "her rivals"),
        ("Residents took issue with the new rota.", "took issue", "the new rota"),
    ],
)
def test_a_criticism_in_a_light_verbs_words(
    nlp: Language, text: str, cue: str, content: str
) -> None:
    assert only(claims(nlp, text), cue).content.text == content


@pytest.mark.parametrize("text", ["The archer took aim.", "The striker took a shot at goal."])
def test_aim_without_a_target_or_a_shot_is_no_criticism(nlp: Language, text: str) -> None:
    assert claims(nlp, text) == []


def test_a_that_clause_the_parser_made_the_head_of_its_cue(nlp: Language) -> None:
    text = "Moscow has repeatedly claimed, without evidence, that Kyiv plans a dirty bomb."
    claim = only(claims(nlp, text), "claimed")
    assert claim.content.text == "Kyiv plans a dirty bomb"
    assert "unsupported" in claim.flags


def test_a_name_read_as_a_second_object_of_calling(nlp: Language) -> None:
    text = "The Kremlin dismissed the report, calling it fake news."
    assert only(claims(nlp, text), "calling").content.text == "it fake news"


def test_a_closing_cue_ends_the_content_before_the_reporters_own_clause(nlp: Language) -> None:
    text = (
        "The strike killed at least 12 people, local officials said, though the figure "
        "could not be confirmed."
    )
    claim = only(claims(nlp, text), "said")
    assert claim.content.text == "The strike killed at least 12 people"
    assert "unverified" in claim.flags


def test_handmade_parse_a_closing_cue_keeps_the_speakers_reason() -> None:
    found = _handmade(
        "The port is safe, he said, because the wall held.",
        """
        The      the      DET    DT   det        1
        port     port     NOUN   NN   nsubj      2
        is       be       AUX    VBZ  ROOT       2
        safe     safe     ADJ    JJ   acomp      2
        ,        ,        PUNCT  ,    punct      6
        he       he       PRON   PRP  nsubj      6
        said     say      VERB   VBD  parataxis  2
        ,        ,        PUNCT  ,    punct      6
        because  because  SCONJ  IN   mark       11
        the      the      DET    DT   det        10
        wall     wall     NOUN   NN   nsubj      11
        held     hold     VERB   VBD  advcl      6
        .        .        PUNCT  .    punct      2
        """,
    )
    assert only(found, "said").content.text == "The port is safe, he said, because the wall held"


def test_a_figure_set_off_after_the_content_is_the_reporters_comment(nlp: Language) -> None:
    text = (
        "The army chief said his troops had killed 40 militants, a figure that could not "
        "be verified."
    )
    claim = only(claims(nlp, text), "said")
    assert claim.content.text == "his troops had killed 40 militants"
    assert "unverified" in claim.flags


def test_putting_a_figure_at_a_number_states_it(nlp: Language) -> None:
    text = "The ministry said 30 drones were downed, while the air force put the figure at 25."
    assert source_and_content(claims(nlp, text), "put") == ("the air force", "the figure at 25")
    assert claims(nlp, "She put the book on the table.") == []
    # the figure's own words carry the number (the parser hung it on `killed`)
    text = "Officials put the number of soldiers killed at 58."
    assert source_and_content(claims(nlp, text), "put") == (
        "Officials",
        "the number of soldiers killed at 58",
    )
    assert claims(nlp, "She put the number of guests invited at the top of the list.") == []


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "Officials in Kabul raised the death toll to more than 60 on Sunday.",
            "raised",
            "Officials in Kabul",
            "the death toll to more than 60",
        ),
        (
            "The health ministry later revised the number of dead to 45.",
            "revised",
            "The health ministry",
            "the number of dead to 45",
        ),
    ],
)
def test_moving_a_count_to_a_new_figure_states_it(
    nlp: Language, text: str, cue: str, source: str, content: str
) -> None:
    assert source_and_content(claims(nlp, text), cue) == (source, content)


def test_a_count_moved_takes_what_it_counts(nlp: Language) -> None:
    text = (
        "Officials in Kabul raised the death toll to more than 60 from the blasts outside "
        "a girls' school."
    )
    claim = only(claims(nlp, text), "raised")
    assert claim.content.text == (
        "the death toll to more than 60 from the blasts outside a girls' school"
    )
    # An unnamed group placed in a state's capital is that state's.
    assert claim.speaker_name == "Afghan officials"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Diplomats from Moscow said the talks had stalled.", "Russian diplomats"),
        ("Officials in Afghanistan said the road was closed.", "Afghan officials"),
        ("Residents in Gaza City said the strikes went on all night.", "Residents in Gaza City"),
    ],
)
def test_an_unnamed_group_placed_in_a_state_takes_its_demonym(
    nlp: Language, text: str, speaker: str
) -> None:
    assert only(claims(nlp, text), "said").speaker_name == speaker


def test_an_event_that_moves_a_count_states_nothing(nlp: Language) -> None:
    assert claims(nlp, "The second blast raised the death toll to 60.") == []
    assert claims(nlp, "The bank raised interest rates to 5 percent.") == []


def test_agreeing_with_a_view_is_a_claim_and_with_a_person_none(nlp: Language) -> None:
    text = "Most council members agree with her assessment."
    assert only(claims(nlp, text), "agree").content.text == "her assessment"
    assert claims(nlp, "She agreed with him.") == []


@pytest.mark.parametrize(
    "text",
    [
        "If the board agrees with the ruling, the family can appeal.",
        "If the mayor says the bridge is safe, the council will reopen it.",
        "Unless the minister denies the report, the talks will stop.",
    ],
)
def test_a_saying_supposed_in_a_condition_is_no_claim(nlp: Language, text: str) -> None:
    assert claims(nlp, text) == []


def test_that_read_as_a_determiner_after_the_cues_own_words(nlp: Language) -> None:
    text = "The governor wrote on Telegram that power had been restored to most homes."
    assert only(claims(nlp, text), "wrote").content.text == "power had been restored to most homes"
    assert (
        only(claims(nlp, "He said that plan was dead."), "said").content.text
        == "that plan was dead"
    )


def test_he_after_a_spokesman_speaks_for_the_same_body(nlp: Language) -> None:
    text = (
        "The Pentagon's spokesman said the strikes targeted weapons depots.\n\n"
        '"We will continue to hold them to account," he said.'
    )
    assert [c.speaker_name for c in claims(nlp, text)] == ["Pentagon", "Pentagon"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Estonian Prime Minister Kaja Kallas met the envoy on Monday. Her office said "
            "the talks would resume.",
            "Kaja Kallas's office",
        ),
        # a person named as the owner, with or without the title
        (
            "Estonian Prime Minister Kaja Kallas's office said the talks would resume.",
            "Kaja Kallas's office",
        ),
        (
            "Kaja Kallas met the envoy on Monday. Kallas's office said the talks would resume.",
            "Kaja Kallas's office",
        ),
        # a gender nobody knows leaves the words as written: a wrong name is worse
        (
            "Senator Pat Okafor met the envoy on Monday. His office said the talks would resume.",
            "His office",
        ),
    ],
)
def test_a_persons_office_is_named_with_the_person_in_full(
    nlp: Language, text: str, speaker: str
) -> None:
    assert only(claims(nlp, text), "said").speaker_name == speaker


def test_kin_are_not_named_with_a_person_named_further_back(nlp: Language) -> None:
    text = (
        "Interior Minister Diosdado Cabello said the dead were fishermen. The government "
        "has accused Washington of seeking a pretext.\n\nThe relatives of a man killed in "
        "the strikes disputed the account. His sister said he was a fisherman."
    )
    assert claims(nlp, text)[-1].speaker_name == "His sister"
    # (one brought in who is named, described so, is no one unnamed)
    text = (
        '"Nothing changes," said Sabine Kraus, a 58-year-old nurse. Her husband said he '
        "would vote for the party again."
    )
    assert claims(nlp, text)[-1].speaker_name == "Sabine Kraus's husband"


def test_a_bodys_role_named_in_apposition_is_the_person(nlp: Language) -> None:
    text = "The IAEA chief, Rafael Grossi, said the inspectors had left the plant."
    assert only(claims(nlp, text), "said").speaker_name == "Rafael Grossi"


def test_finding_no_evidence_that_something_happened_does_not_claim_it(nlp: Language) -> None:
    text = "Inspectors found no evidence that the plant was being used to store weapons."
    assert claims(nlp, text) == []
    text = "The audit found evidence that funds had been diverted."
    assert only(claims(nlp, text), "found").content.text == "funds had been diverted"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the name the parser hung on the place the role is for
        (
            "The U.S. special envoy for Sudan, Tom Perriello, told VOA that both sides had "
            "committed atrocities.",
            "Tom Perriello",
        ),
        # a document speaks for whoever the name it comes from stands for
        ("A statement from the Kremlin said the talks had failed.", "Russia (government)"),
    ],
)
def test_a_speaker_named_beside_the_words_that_head_the_source(
    nlp: Language, text: str, speaker: str
) -> None:
    assert claims(nlp, text)[0].speaker_name == speaker


def test_a_report_seen_by_a_newspaper_is_not_the_newspapers(nlp: Language) -> None:
    text = "The prisoners had been tortured, according to a report seen by Reuters."
    assert only(claims(nlp, text), "according to").speaker_name != "Reuters"


def test_an_apposition_with_a_describes_the_speaker_and_does_not_name_them(
    nlp: Language,
) -> None:
    text = "The senator, a Republican from Ohio, said he would vote against the bill."
    assert only(claims(nlp, text), "said").speaker_name == "senator"
    # nor does one between dashes
    text = (
        "The ship's transponder — a device that sends its position to a tracking system — "
        "reported the vessel docked at Liuheng Island."
    )
    assert only(claims(nlp, text), "reported").speaker_name == "ship's transponder"


@pytest.mark.parametrize(
    "source",
    [
        "several Kurdish officials, speaking on condition of anonymity,",
        "several Kurdish officials, who spoke on condition of anonymity,",
    ],
)
def test_an_unnamed_group_is_named_without_how_it_spoke(nlp: Language, source: str) -> None:
    text = f"But {source} expressed doubts that Damascus would honor the deal."
    assert only(claims(nlp, text), "expressed").speaker_name == "several Kurdish officials"


def test_an_unnamed_source_is_named_without_the_clause_that_keeps_it_so(
    nlp: Language,
) -> None:
    text = (
        "Washington lifted sanctions on the airline, according to a U.S. official who "
        "briefed reporters on condition of anonymity."
    )
    assert only(claims(nlp, text), "according to").speaker_name == "U.S. official"
    # a clause that says who they are stays
    text = "Analysts who track the war say the front is stable."
    assert only(claims(nlp, text), "say").source.text == "Analysts who track the war"


def test_it_is_the_body_just_before_when_nobody_spoke(nlp: Language) -> None:
    text = "State television showed footage it said was of troops raising a flag."
    assert only(claims(nlp, text), "said").speaker_name == "State television"
    # a thing that cannot speak is not who `it` is
    text = "The bridge collapsed in May. It said the repairs would take a year."
    assert only(claims(nlp, text), "said").speaker_name == "It"


def test_a_finding_documented_or_a_count_recorded(nlp: Language) -> None:
    text = "Rights groups have documented dozens of cases of torture."
    assert only(claims(nlp, text), "have documented").content.text == "dozens of cases of torture"
    text = "UN monitors recorded at least 50 civilian deaths in March."
    assert only(claims(nlp, text), "recorded").content.text == "at least 50 civilian deaths"
    assert claims(nlp, "The band recorded a new album in Kyiv.") == []


def test_allegedly_with_according_to_is_the_named_sources_claim(nlp: Language) -> None:
    text = (
        "In 2018, officials allegedly offered a bribe to the witness, according to court documents."
    )
    found = claims(nlp, text)
    assert [(c.cue.text, c.speaker_name) for c in found] == [("according to", "court documents")]
    assert "distanced" in found[0].flags


def test_handmade_parse_the_object_found_saying_something_says_it() -> None:
    # The participle hung on `found`, not on the people it describes.
    found = _handmade(
        "The poll found most voters saying the war was lost.",
        """
        The     the     DET    DT   det     1
        poll    poll    NOUN   NN   nsubj   2
        found   find    VERB   VBD  ROOT    2
        most    most    ADJ    JJS  amod    4
        voters  voter   NOUN   NNS  dobj    2
        saying  say     VERB   VBG  advcl   2
        the     the     DET    DT   det     7
        war     war     NOUN   NN   nsubjpass 9
        was     be      AUX    VBD  auxpass 9
        lost    lose    VERB   VBN  ccomp   5
        .       .       PUNCT  .    punct   2
        """,
    )
    saying = [c for c in found if c.cue.text == "saying"]
    assert [(c.source.text if c.source else None, c.content.text) for c in saying] == [
        ("most voters", "the war was lost")
    ]


def test_handmade_parse_who_ends_a_speech_saying_something_says_it() -> None:
    # The participle hung on `speech` with no comma: the speaker's occasion, not a text.
    found = _handmade(
        "The mayor ended her speech saying the port was safe.",
        """
        The     the     DET    DT   det     1
        mayor   mayor   NOUN   NN   nsubj   2
        ended   end     VERB   VBD  ROOT    2
        her     her     PRON   PRP$ poss    4
        speech  speech  NOUN   NN   dobj    2
        saying  say     VERB   VBG  acl     4
        the     the     DET    DT   det     7
        port    port    NOUN   NN   nsubj   8
        was     be      AUX    VBD  ccomp   5
        safe    safe    ADJ    JJ   acomp   8
        .       .       PUNCT  .    punct   2
        """,
    )
    assert [(c.source.text if c.source else None, c.content.text) for c in found] == [
        ("The mayor", "the port was safe")
    ]


def test_handmade_parse_one_called_a_name_read_as_a_clause_of_their_own() -> None:
    # `calling Ruiz a fascist` with `Ruiz` read as a clause whose object is the label.
    found = _handmade(
        "They went further, with Okafor calling Ruiz a fascist.",
        """
        They     they     PRON   PRP  nsubj   1
        went     go       VERB   VBD  ROOT    1
        further  far      ADV    RB   advmod  1
        ,        ,        PUNCT  ,    punct   1
        with     with     ADP    IN   prep    1
        Okafor   Okafor   PROPN  NNP  nsubj   6
        calling  call     VERB   VBG  pcomp   4
        Ruiz     Ruiz     PROPN  NNP  xcomp   6
        a        a        DET    DT   det     9
        fascist  fascist  NOUN   NN   dobj    7
        .        .        PUNCT  .    punct   1
        """,
    )
    assert [(c.source.text if c.source else None, c.content.text) for c in found] == [
        ("Okafor", "Ruiz a fascist")
    ]


def test_handmade_parse_a_negated_belief_of_nobody_is_no_denial() -> None:
    # `not think` read as a clause of `is hard`: the writer's musing, no one's belief.
    found = _handmade(
        "It is hard not think that Ruiz sees it the same way.",
        """
        It      it      PRON   PRP  nsubj  1
        is      be      AUX    VBZ  ROOT   1
        hard    hard    ADJ    JJ   acomp  1
        not     not     PART   RB   neg    4
        think   think   VERB   VB   xcomp  1
        that    that    SCONJ  IN   mark   7
        Ruiz    Ruiz    PROPN  NNP  nsubj  7
        sees    see     VERB   VBZ  ccomp  4
        it      it      PRON   PRP  dobj   7
        the     the     DET    DT   det    11
        same    same    ADJ    JJ   amod   11
        way     way     NOUN   NN   npadvmod 7
        .       .       PUNCT  .    punct  1
        """,
    )
    assert [c for c in found if "think" in c.cue.text] == []


def test_handmade_parse_evidence_closing_its_sentence_with_a_word_read_as_a_verb() -> None:
    # `procurement` and `records` tagged as verbs; the closing cue's source is still
    # the evidence.
    found = _handmade(
        "Ruiz lent the campaign money, procurement records show.",
        """
        Ruiz        Ruiz        PROPN  NNP  nsubj     1
        lent        lend        VERB   VBD  ROOT      1
        the         the         DET    DT   det       3
        campaign    campaign    NOUN   NN   dative    1
        money       money       NOUN   NN   dobj      1
        ,           ,           PUNCT  ,    punct     1
        procurement procure     VERB   VBG  advcl     1
        records     record      VERB   VBZ  nsubj     8
        show        show        VERB   VBP  ccomp     6
        .           .           PUNCT  .    punct     1
        """,
    )
    assert [(c.source.text if c.source else None, c.content.text) for c in found] == [
        ("procurement records", "Ruiz lent the campaign money")
    ]


def test_handmade_parse_evidence_shows_with_the_cue_read_as_a_noun() -> None:
    found = _handmade(
        "Court filings from the case show he paid twice.",
        """
        Court    court    NOUN   NN   compound  1
        filings  filing   NOUN   NNS  ROOT      1
        from     from     ADP    IN   prep      1
        the      the      DET    DT   det       5
        case     case     NOUN   NN   compound  5
        show     show     NOUN   NN   pobj      2
        he       he       PRON   PRP  nsubj     7
        paid     pay      VERB   VBD  relcl     5
        twice    twice    ADV    RB   advmod    7
        .        .        PUNCT  .    punct     1
        """,
    )
    assert [(c.source.text if c.source else None, c.content.text) for c in found] == [
        ("Court filings from the case", "he paid twice")
    ]
    # Not a show that is a programme, with no evidence before it.
    assert (
        _handmade(
            "The TV show he hosts airs twice.",
            """
            The      the      DET    DT   det    2
            TV       TV       NOUN   NN   compound 2
            show     show     NOUN   NN   ROOT   2
            he       he       PRON   PRP  nsubj  4
            hosts    host     VERB   VBZ  relcl  2
            airs     air      NOUN   NNS  appos  2
            twice    twice    ADV    RB   advmod 4
            .        .        PUNCT  .    punct  2
            """,
        )
        == []
    )


def test_handmade_parse_evidence_shows_someone_read_as_an_indirect_object() -> None:
    found = _handmade(
        "Every poll has shown her trailing the mayor.",
        """
        Every     every    DET    DT   det     1
        poll      poll     NOUN   NN   nsubj   3
        has       have     AUX    VBZ  aux     3
        shown     show     VERB   VBN  ROOT    3
        her       she      PRON   PRP  dative  3
        trailing  trail    VERB   VBG  xcomp   3
        the       the      DET    DT   det     7
        mayor     mayor    NOUN   NN   dobj    5
        .         .        PUNCT  .    punct   3
        """,
    )
    assert [(c.cue.text, c.content.text) for c in found] == [
        ("has shown", "her trailing the mayor")
    ]


def test_handmade_parse_a_dash_after_a_closing_cue_opens_an_aside() -> None:
    # The words after the dash read as a second clause of the cue.
    found = _handmade(
        "The truce could fail, aides believe — aides he trusts come spring.",
        """
        The     the     DET    DT   det     1
        truce   truce   NOUN   NN   nsubj   3
        could   could   AUX    MD   aux     3
        fail    fail    VERB   VB   ccomp   6
        ,       ,       PUNCT  ,    punct   6
        aides   aide    NOUN   NNS  nsubj   6
        believe believe VERB   VBP  ROOT    6
        —       —       PUNCT  :    punct   11
        aides   aide    NOUN   NNS  nsubj   11
        he      he      PRON   PRP  nsubj   10
        trusts  trust   VERB   VBZ  relcl   8
        come    come    VERB   VB   ccomp   6
        spring  spring  NOUN   NN   npadvmod 11
        .       .       PUNCT  .    punct   6
        """,
    )
    assert [c.content.text for c in found if c.cue.text == "believe"] == ["The truce could fail"]


def test_handmade_parse_when_a_cue_spoke_is_no_inverted_source() -> None:
    # `said` joined to the clause it closes, with `on Saturday` set off by commas after it.
    found = _handmade(
        "Ruiz built the pier, a spokeswoman, Ana Diaz, said on Saturday, and it held.",
        """
        Ruiz        Ruiz        PROPN  NNP  nsubj     1
        built       build       VERB   VBD  ROOT      1
        the         the         DET    DT   det       3
        pier        pier        NOUN   NN   dobj      1
        ,           ,           PUNCT  ,    punct     1
        a           a           DET    DT   det       6
        spokeswoman spokeswoman NOUN   NN   dobj      1
        ,           ,           PUNCT  ,    punct     6
        Ana         Ana         PROPN  NNP  compound  9
        Diaz        Diaz        PROPN  NNP  appos     6
        ,           ,           PUNCT  ,    punct     6
        said        say         VERB   VBD  conj      1
        on          on          ADP    IN   prep      11
        Saturday    Saturday    PROPN  NNP  pobj      12
        ,           ,           PUNCT  ,    punct     11
        and         and         CCONJ  CC   cc        11
        it          it          PRON   PRP  nsubj     17
        held        hold        VERB   VBD  conj      11
        .           .           PUNCT  .    punct     1
        """,
    )
    assert [
        c.source.text for c in found if c.source is not None and c.source.text.startswith("on")
    ] == []


def test_handmade_parse_a_closing_cue_followed_by_when_it_reported() -> None:
    # `reported` read as a clause of the quoted noun; the closing cue still reports the
    # sentence before it, and the claim inside it ends where its words end.
    found = _handmade(
        'Ruiz admitted that the fees could be termed "influence peddling," the Herald '
        "reported in 2019.",
        """
        Ruiz      Ruiz      PROPN  NNP  nsubj     1
        admitted  admit     VERB   VBD  ROOT      1
        that      that      SCONJ  IN   mark      7
        the       the       DET    DT   det       4
        fees      fee       NOUN   NNS  nsubjpass 7
        could     could     AUX    MD   aux       7
        be        be        AUX    VB   auxpass   7
        termed    term      VERB   VBN  ccomp     1
        "         "         PUNCT  ``   punct     10
        influence influence NOUN   NN   compound  10
        peddling  peddling  NOUN   NN   oprd      7
        ,         ,         PUNCT  ,    punct     10
        "         "         PUNCT  ''   punct     10
        the       the       DET    DT   det       14
        Herald    Herald    PROPN  NNP  nsubj     15
        reported  report    VERB   VBD  acl       10
        in        in        ADP    IN   prep      15
        2019      2019      NUM    CD   pobj      16  B-DATE
        .         .         PUNCT  .    punct     1
        """,
    )
    by_cue = {c.cue.text: c.content.text for c in found}
    assert by_cue["reported"].startswith("Ruiz admitted that the fees")
    assert by_cue["admitted"] == 'the fees could be termed "influence peddling'


def test_handmade_parse_a_quote_before_a_name_whose_cue_reads_as_a_participle() -> None:
    found = _handmade(
        '"Not us!" Okafor, the union head, tweeted on Friday.',
        """
        "        "        PUNCT  ``   punct   2
        Not      not      PART   RB   neg     2
        us       we       PRON   PRP  ROOT    2
        !        !        PUNCT  .    punct   2
        "        "        PUNCT  ''   punct   2
        Okafor   Okafor   PROPN  NNP  ROOT    5
        ,        ,        PUNCT  ,    punct   5
        the      the      DET    DT   det     9
        union    union    NOUN   NN   compound 9
        head     head     NOUN   NN   appos   5
        ,        ,        PUNCT  ,    punct   5
        tweeted  tweet    VERB   VBN  acl     5
        on       on       ADP    IN   prep    11
        Friday   Friday   PROPN  NNP  pobj    12
        .        .        PUNCT  .    punct   5
        """,
    )
    assert [(c.source.text if c.source else None, c.content.text) for c in found] == [
        ("Okafor, the union head", "Not us!")
    ]


def test_handmade_parse_a_name_after_a_dash_read_as_an_apposition_before_it() -> None:
    found = _handmade(
        "It was no accident — Ana Ruiz, an aide, told the Herald that it was planned.",
        """
        It        it        PRON   PRP  nsubj     1
        was       be        AUX    VBD  ROOT      1
        no        no        DET    DT   det       3
        accident  accident  NOUN   NN   attr      1
        —         —         PUNCT  :    punct     3
        Ana       Ana       PROPN  NNP  compound  6
        Ruiz      Ruiz      PROPN  NNP  appos     3
        ,         ,         PUNCT  ,    punct     6
        an        an        DET    DT   det       9
        aide      aide      NOUN   NN   appos     6
        ,         ,         PUNCT  ,    punct     6
        told      tell      VERB   VBD  conj      1
        the       the       DET    DT   det       13
        Herald    Herald    PROPN  NNP  dobj      11
        that      that      SCONJ  IN   mark      17
        it        it        PRON   PRP  nsubjpass 17
        was       be        AUX    VBD  auxpass   17
        planned   plan      VERB   VBN  ccomp     11
        .         .         PUNCT  .    punct     1
        """,
    )
    assert [(c.source.text if c.source else None, c.content.text) for c in found] == [
        ("Ana Ruiz, an aide", "it was planned")
    ]


def test_handmade_parse_a_sequel_cue_hung_on_the_reported_clause() -> None:
    # `before claiming` hung on `kept`, the verb of what was said: Ruiz claims it.
    found = _handmade(
        "Ruiz said the deal kept us safe before claiming that the port is open.",
        """
        Ruiz      Ruiz      PROPN  NNP  nsubj  1
        said      say       VERB   VBD  ROOT   1
        the       the       DET    DT   det    3
        deal      deal      NOUN   NN   nsubj  4
        kept      keep      VERB   VBD  ccomp  1
        us        we        PRON   PRP  nsubj  6
        safe      safe      ADJ    JJ   ccomp  4
        before    before    ADP    IN   prep   4
        claiming  claim     VERB   VBG  pcomp  7
        that      that      SCONJ  IN   mark   12
        the       the       DET    DT   det    11
        port      port      NOUN   NN   nsubj  12
        is        be        AUX    VBZ  ccomp  8
        open      open      ADJ    JJ   acomp  12
        .         .         PUNCT  .    punct  1
        """,
    )
    assert [(c.cue.text, c.source.text if c.source else None, c.content.text) for c in found] == [
        ("said", "Ruiz", "the deal kept us safe"),
        ("claiming", "Ruiz", "the port is open"),
    ]


def test_handmade_parse_a_that_clause_after_a_nouns_phrase_of_when() -> None:
    # `in May` and the that-clause both hung on `cited`, not on `claim`.
    found = _handmade(
        "Ruiz never cited proof for his claim in May that the port was sold.",
        """
        Ruiz    Ruiz    PROPN  NNP  nsubj     2
        never   never   ADV    RB   neg       2
        cited   cite    VERB   VBD  ROOT      2
        proof   proof   NOUN   NN   dobj      2
        for     for     ADP    IN   prep      3
        his     his     PRON   PRP$ poss      6
        claim   claim   NOUN   NN   pobj      4
        in      in      ADP    IN   prep      2
        May     May     PROPN  NNP  pobj      7   B-DATE
        that    that    SCONJ  IN   mark      13
        the     the     DET    DT   det       11
        port    port    NOUN   NN   nsubjpass 13
        was     be      AUX    VBD  auxpass   13
        sold    sell    VERB   VBN  ccomp     2
        .       .       PUNCT  .    punct     2
        """,
    )
    assert [(c.cue.text, c.content.text) for c in found] == [("claim", "the port was sold")]


def test_handmade_parse_a_cue_hung_on_the_last_noun_of_a_relative_clause() -> None:
    found = _handmade(
        "Okafor, who had lost the vote, called for a recount.",
        """
        Okafor  Okafor  PROPN  NNP  ROOT   0
        ,       ,       PUNCT  ,    punct  0
        who     who     PRON   WP   nsubj  4
        had     have    AUX    VBD  aux    4
        lost    lose    VERB   VBN  relcl  0
        the     the     DET    DT   det    6
        vote    vote    NOUN   NN   dobj   4
        ,       ,       PUNCT  ,    punct  6
        called  call    VERB   VBD  acl    6
        for     for     ADP    IN   prep   8
        a       a       DET    DT   det    11
        recount recount NOUN   NN   pobj   9
        .       .       PUNCT  .    punct  0
        """,
    )
    assert [(c.source.text if c.source else None, c.content.text) for c in found] == [
        ("Okafor", "a recount")
    ]


@pytest.mark.parametrize(
    "when", ["Tuesday", "on Tuesday", "last week", "Friday morning", "in 2020"]
)
def test_a_date_right_after_the_cue_is_when_it_was_said(nlp: Language, when: str) -> None:
    text = f"The army said {when} its forces had killed 80 fighters near the border."
    content = only(claims(nlp, text), "said").content.text
    assert content == "its forces had killed 80 fighters near the border"


def test_a_date_that_is_the_said_clauses_subject_stays(nlp: Language) -> None:
    text = "The army said Tuesday was the deadline for the rebels to leave."
    content = only(claims(nlp, text), "said").content.text
    assert content == "Tuesday was the deadline for the rebels to leave"


def test_a_relative_word_the_parser_made_the_cues_object(nlp: Language) -> None:
    # `which` is the subject of what she said (`was a mistake`), not what `said` says
    text = (
        "Senator Jane Ward voted for the war in 2003. The vote, which she has repeatedly "
        "said was a mistake, cost her the primary."
    )
    claim = only(claims(nlp, text), "said")
    assert (claim.speaker_name, claim.content.text) == ("Jane Ward", "was a mistake")


@pytest.mark.parametrize(
    ("words", "closing", "speaker", "cue"),
    [
        (
            "Russia's Africa Corps is believed to be supporting the army",
            ", analysts say.",
            "analysts",
            "say",
        ),
        (
            "The commander is said to have fled to Turkey",
            ", local media reported.",
            "local media",
            "reported",
        ),
        # with nobody named, the passive's unnamed sources hold it
        ("The commander is said to have fled to Turkey", ".", "unnamed sources", "is said"),
    ],
)
def test_a_passive_that_names_nobody_is_held_by_the_closing_cues_source(
    nlp: Language, words: str, closing: str, speaker: str, cue: str
) -> None:
    (claim,) = claims(nlp, words + closing)
    assert (claim.speaker_name, claim.cue.text, claim.content.text) == (speaker, cue, words)


@pytest.mark.parametrize("held", ["believed", "thought"])
def test_a_belief_reported_by_a_closing_cue_is_hedged(nlp: Language, held: str) -> None:
    text = f"Russian advisers are {held} to be flying the drones, analysts say."
    claim = only(claims(nlp, text), "say")
    assert claim.speaker_name == "analysts"
    assert "hedged" in claim.flags


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the span a rank counts in, not when it was said
        (
            "Baku accused Armenian forces of firing on its positions for the third time this week.",
            "Armenian forces of firing on its positions for the third time this week",
        ),
        (
            "The ministry announced the closure of the border Friday at a briefing.",
            "the closure of the border",
        ),
    ],
)
def test_a_date_on_the_objects_last_noun_ends_it_unless_a_rank_counts_in_it(
    nlp: Language, text: str, content: str
) -> None:
    assert claims(nlp, text)[0].content.text == content


def test_previously_thought_does_not_hedge(nlp: Language) -> None:
    text = "The virus spreads faster than previously thought, the study said."
    assert only(claims(nlp, text), "said").flags == ()


def test_a_demonym_the_tagger_calls_a_person_is_nobody(nlp: Language) -> None:
    text = (
        "Azerbaijan Accuses Armenia of Ceasefire Violation\n\n"
        "YEREVAN, ARMENIA — Azerbaijan's Defense Ministry on Wednesday accused Armenian "
        "forces of firing on its positions.\n\n"
        "Azerbaijani President Ilham Aliyev has repeatedly said a treaty cannot be signed."
    )
    assert only(claims(nlp, text), "Accuses").speaker_name == "Azerbaijan (government)"


def test_the_group_is_the_one_just_described_as_a_group(nlp: Language) -> None:
    text = (
        "The RSF said it had seized the base. The Resistance Committees, a grassroots group "
        "that documents abuses in the city, said 40 civilians had been killed. The group "
        "accused the RSF of shelling a camp."
    )
    assert only(claims(nlp, text), "accused").speaker_name == "Resistance Committees"
    # with no one so described, the armed group named last
    text = "The RSF said it had seized the base. The group said 40 soldiers had surrendered."
    assert claims(nlp, text)[-1].speaker_name == "Rapid Support Forces"


def test_a_free_relative_under_what_was_seen_is_a_claim(nlp: Language) -> None:
    text = (
        "In a video posted on social media, RSF fighters could be seen celebrating inside "
        "what they said was the headquarters of the army's 6th Infantry Division."
    )
    claim = only(claims(nlp, text), "said")
    assert (claim.speaker_name, claim.content.text) == (
        "Rapid Support Forces",
        "was the headquarters of the army's 6th Infantry Division",
    )


def test_a_role_with_its_owner_before_a_name_parsed_as_two_subjects(nlp: Language) -> None:
    text = (
        "Iran's Foreign Ministry spokesman Esmaeil Baghaei called the report \"politically "
        'motivated" and accused the agency of bowing to pressure.'
    )
    for claim in claims(nlp, text):
        assert claim.source is not None
        assert claim.source.text == "Iran's Foreign Ministry spokesman Esmaeil Baghaei"
        assert claim.speaker_name == "Esmaeil Baghaei"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            'Lee ordered the military to maintain "a firm readiness posture," his '
            "spokesperson Kang Yu-jung told reporters.",
            "his spokesperson Kang Yu-jung",
        ),
        (
            "The army has pulled back from the town, a senior officer told state media.",
            "a senior officer",
        ),
    ],
)
def test_a_closing_told_with_its_audience_after_it(nlp: Language, text: str, source: str) -> None:
    claim = only(claims(nlp, text), "told")
    assert claim.source is not None
    assert claim.source.text == source
    assert claim.content.text.startswith(text.split(" ")[0])


def test_a_closing_told_with_a_thing_told_is_no_claim(nlp: Language) -> None:
    text = (
        "On Friday morning, the third day in his campaign swing, the nominee Gary Johnson "
        "told a joke."
    )
    assert claims(nlp, text) == []


def test_a_source_asked_before_it_speaks_with_the_participle_read_as_its_verb(
    nlp: Language,
) -> None:
    text = (
        "China's Foreign Ministry, asked about the launch at a regular briefing, said all "
        'parties should "exercise restraint."'
    )
    claim = only(claims(nlp, text), "said")
    assert claim.source is not None
    assert (claim.speaker_name, claim.source.text) == (
        "China (foreign ministry)",
        "China's Foreign Ministry",
    )
    # (with the cue read as what `asked` reports, and `asked` as the name's verb)
    text = (
        "The ministry, asked whether it would prosecute the activists, said it was "
        "reviewing all options."
    )
    claim = only(claims(nlp, text), "said")
    assert (claim.speaker_name, claim.content.text) == ("ministry", "it was reviewing all options")


@pytest.mark.parametrize(
    ("named", "again", "speaker"),
    [
        ("South Korean President Lee Jae-myung", "Lee", "Lee Jae-myung"),
        ("North Korean leader Kim Jong Un", "Kim", "Kim Jong Un"),
        ("Taiwan's President Lai Ching-te", "Lai", "Lai Ching-te"),
    ],
)
def test_a_family_name_first_is_the_person_named_in_full(
    nlp: Language, named: str, again: str, speaker: str
) -> None:
    text = f"{named} met the envoy on Monday. {again} said the talks would resume."
    assert only(claims(nlp, text), "said").speaker_name == speaker


@pytest.mark.parametrize(
    ("body", "voice", "speaker"),
    [
        ("The Pakistani military", "The military's media wing", "Pakistan (military)"),
        ("The army", "The army's spokesman", "army"),
    ],
)
def test_a_bodys_voice_named_by_the_body_speaks_for_it(
    nlp: Language, body: str, voice: str, speaker: str
) -> None:
    text = f"{body} said 23 soldiers died. {voice} said the attacks were unprovoked."
    assert [c.speaker_name for c in claims(nlp, text)] == [speaker, speaker]


def test_a_title_verb_of_saying_ends_a_bodys_name(nlp: Language) -> None:
    text = (
        "Georgia's Ruling Party Claims Victory in Disputed Vote\n\n"
        "TBILISI, GEORGIA — The Georgian Dream party claimed victory on Sunday."
    )
    assert only(claims(nlp, text), "Claims").speaker_name == "Ruling Party"


@pytest.mark.parametrize(
    "aside", ["writing for the Kyiv Independent", "citing witnesses", "which counts no fighters"]
)
def test_an_aside_after_the_source_of_according_to_is_no_part_of_the_content(
    nlp: Language, aside: str
) -> None:
    text = f"According to Human Rights Watch, {aside}, the militia killed 40 civilians."
    (claim,) = claims(nlp, text)
    assert claim.cue.text == "According to"
    assert claim.content.text == "the militia killed 40 civilians"


def test_a_participle_after_a_later_according_to_is_the_subjects(nlp: Language) -> None:
    text = "The ministry denied the report, according to state media, saying it was false."
    assert only(claims(nlp, text), "saying").speaker_name == "ministry"


def test_when_a_source_spoke_is_no_part_of_its_name(nlp: Language) -> None:
    text = "Ethiopia's government on Thursday said Eritrea was mobilizing troops."
    assert source_and_content(claims(nlp, text), "said") == (
        "Ethiopia's government",
        "Eritrea was mobilizing troops",
    )
    # where the source is, is
    text = "Officials in Kabul said the toll had risen."
    assert source_and_content(claims(nlp, text), "said")[0] == "Officials in Kabul"


def test_where_a_verdict_was_given_ends_it(nlp: Language) -> None:
    text = (
        "Eritrea's information minister, Yemane Gebremeskel, dismissed the accusations as "
        '"fabricated" in a post on X, saying Ethiopia was seeking a pretext.'
    )
    assert only(claims(nlp, text), "dismissed").content.text == 'the accusations as "fabricated"'


@pytest.mark.parametrize(
    "text", ["His remarks have raised fears of a new conflict.", "The move raised concerns."]
)
def test_fears_raised_by_words_or_a_deed_are_no_claim(nlp: Language, text: str) -> None:
    assert claims(nlp, text) == []
    assert only(claims(nlp, "The senator raised concerns about the deal."), "raised")


def test_a_relative_that_the_parser_made_the_reported_clauses_subject(nlp: Language) -> None:
    text = (
        "The spokesman said the attack answered U.S. strikes on the capital, Sanaa, that "
        "the group said killed 12 civilians."
    )
    (claim,) = [c for c in claims(nlp, text) if c.source and c.source.text == "the group"]
    assert claim.content.text == "killed 12 civilians"


def test_a_quote_right_after_the_object_goes_on_with_it(nlp: Language) -> None:
    text = 'He vowed further operations "until the aggression stops."'
    (claim,) = claims(nlp, text)
    assert claim.content.text.startswith('further operations "until the aggression stops')
    assert claim.kind == "mixed"


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            'Johnson said the White House had "walked away from a deal" and accused Democrats '
            "of blocking the bill.",
            ("accused", "Democrats of blocking the bill"),
        ),
        # in the reported clause's tense it is the reported clause's
        ('The minister said China "abides by the rules" and rejects interference.', None),
    ],
)
def test_a_cue_joined_after_a_quoted_clause_is_the_speakers_own(
    nlp: Language, text: str, second: tuple[str, str] | None
) -> None:
    found = claims(nlp, text)
    said = only(found, "said")
    if second is None:
        assert len(found) == 1
        assert said.content.text.endswith("rejects interference")
        return
    assert said.content.text.endswith('"walked away from a deal"')
    other = only(found, second[0])
    assert (other.speaker_name, other.content.text) == ("Johnson", second[1])


def test_a_denial_of_a_charge_set_off_is_no_claim_of_its_own(nlp: Language) -> None:
    text = "Herders say Chinese troops block them from pastures, a charge China denies."
    assert [c.cue.text for c in claims(nlp, text)] == ["say"]


def test_when_the_source_spoke_after_a_dateline_is_no_part_of_its_name(nlp: Language) -> None:
    text = "BELGRADE — Serbia's president on Friday accused Kosovo of trying to drive Serbs out."
    assert source_and_content(claims(nlp, text), "accused")[0] == "Serbia's president"


def test_that_read_as_the_object_of_what_was_told(nlp: Language) -> None:
    text = "A military spokesman told state television that government forces were still fighting."
    assert only(claims(nlp, text), "told").content.text == "government forces were still fighting"
    # (or as a second subject of the clause)
    text = "A former detainee told the judges that guards hung him from the ceiling."
    assert only(claims(nlp, text), "told").content.text == "guards hung him from the ceiling"


def test_a_request_reported_by_according_to_is_theirs_alone(nlp: Language) -> None:
    text = "The president, according to aides, is pressing Washington for a minerals deal."
    assert [c.cue.text for c in claims(nlp, text)] == ["according to"]


@pytest.mark.parametrize(
    ("first", "issuer"),
    [
        ("The ministry said in a statement that troops had repelled the attack.", "ministry"),
        ("The Kremlin issued a statement on Friday.", "Russia (government)"),
    ],
)
def test_the_statement_speaks_for_whoever_issued_it(nlp: Language, first: str, issuer: str) -> None:
    text = f"{first} The statement said four soldiers had been wounded."
    assert claims(nlp, text)[-1].speaker_name == issuer


def test_a_statement_from_a_persons_office_is_that_office(nlp: Language) -> None:
    text = (
        "Benjamin Netanyahu met his cabinet. A statement from his office said Iran had made "
        "a mistake."
    )
    assert only(claims(nlp, text), "said").speaker_name == "Benjamin Netanyahu's office"


@pytest.mark.parametrize(
    "withheld",
    [
        "but gave no details",
        "but provided no figures",
        "but declined to elaborate",
        "but gave no breakdown of the wounded",
        "and declined to comment on the case",
    ],
)
def test_what_the_speaker_withheld_after_the_claim_is_no_part_of_it(
    nlp: Language, withheld: str
) -> None:
    text = f"The mission said its officers were supporting police {withheld}."
    assert only(claims(nlp, text), "said").content.text == "its officers were supporting police"


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (
            "The rebels said they killed 47 soldiers. The army said it killed 30 rebels. "
            "Neither figure could be verified.",
            [True, True],
        ),
        (
            "The rebels said they killed 47 soldiers. The army said it killed 30 rebels. "
            "Reuters could not independently verify either account.",
            [True, True],
        ),
        (
            "The rebels said they killed 47 soldiers. The army said it killed 30 rebels. "
            "The claim could not be verified.",
            [False, True],
        ),
        # past a sentence that claims nothing
        (
            "A military spokesman said the rebels had suffered heavy losses. He gave no "
            "figures. The situation could not be independently verified.",
            [True],
        ),
    ],
)
def test_an_outlets_doubt_that_names_no_one_flags_the_claims_just_before(
    nlp: Language, text: str, flagged: list[bool]
) -> None:
    assert ["unverified" in c.flags for c in claims(nlp, text)] == flagged


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("The analyst said new problems appear every week.", False),
        ("He said the suspect appeared in court on Monday.", False),
        ("The minister said the truce appears to be holding.", True),
        ("Videos appeared to show a large fire at the refinery.", True),
    ],
)
def test_appear_hedges_only_as_seem(nlp: Language, text: str, hedged: bool) -> None:
    (claim,) = claims(nlp, text)
    assert ("hedged" in claim.flags) is hedged


def test_a_verdict_on_a_claim_is_no_part_of_what_the_claim_said(nlp: Language) -> None:
    text = 'Kurti dismissed Vucic\'s claim that Serbs were being expelled as "pure propaganda."'
    found = claims(nlp, text)
    assert only(found, "claim").content.text == "Serbs were being expelled"
    # the dismissal's own content keeps its verdict
    assert only(found, "dismissed").content.text.endswith('as "pure propaganda."')
    # (also where the parser hung the verdict deep in the clause)
    text = (
        "Musyoka dismissed Murkomen's claim that the protests were an attempt to topple "
        'the government as "reckless and dangerous."'
    )
    assert only(claims(nlp, text), "claim").content.text == (
        "the protests were an attempt to topple the government"
    )
    # (not an `as` of a verb in the clause that takes one: `uses X as leverage`)
    text = "The Kremlin has rejected claims that it uses detained foreigners as leverage."
    assert only(claims(nlp, text), "has rejected").content.text.endswith("as leverage")


def test_an_urging_another_source_reports_is_their_claim_alone(nlp: Language) -> None:
    text = "Analysts say China has urged the rebels to return the town."
    assert [c.cue.text for c in claims(nlp, text)] == ["say"]


def test_a_claim_noun_read_as_a_verb_with_its_denial_is_no_claim(nlp: Language) -> None:
    text = "Witnesses said troops had looted homes, claims the army denies."
    assert [c.cue.text for c in claims(nlp, text)] == ["said"]


def test_what_words_stirred_after_them_is_the_reporters(nlp: Language) -> None:
    text = "The group said it was ready to discuss disarmament, raising hopes of a wider peace."
    assert only(claims(nlp, text), "said").content.text == "it was ready to discuss disarmament"


@pytest.mark.parametrize(
    "text",
    [
        "The court said Lai would remain in custody, paving the way for a long trial.",
        "The court said Lai would remain in custody, setting up a clash with his lawyers.",
    ],
)
def test_what_the_words_led_to_after_them_is_the_reporters(nlp: Language, text: str) -> None:
    assert only(claims(nlp, text), "said").content.text == "Lai would remain in custody"


def test_a_request_joined_to_what_was_said_is_the_speakers_own(nlp: Language) -> None:
    text = "The army said the base would stay closed and asked residents to avoid the area."
    found = claims(nlp, text)
    assert [(c.cue.text, c.content.text) for c in found] == [
        ("said", "the base would stay closed"),
        ("asked", "residents to avoid the area"),
    ]


def test_an_order_told_before_a_closing_cue_is_that_claims(nlp: Language) -> None:
    text = "Local officials told him to go to court, he said."
    assert [c.cue.text for c in claims(nlp, text)] == ["said"]


@pytest.mark.parametrize(
    ("source", "speaker"),
    [
        ("One former Indian army officer", "One former Indian army officer"),
        ("An Indian army officer", "India (military)"),
        # one who studies or writes on an army speaks for themselves, and so does one
        # who has left it
        ("A Chinese military expert", "Chinese military expert"),
        ("A Marine Corps veteran", "Marine Corps veteran"),
        ("Russian military bloggers", "Russian military bloggers"),
    ],
)
def test_a_former_officer_speaks_for_no_body(nlp: Language, source: str, speaker: str) -> None:
    text = f"{source} said the deal was a beginning."
    assert only(claims(nlp, text), "said").speaker_name == speaker


@pytest.mark.parametrize(
    "closing",
    [
        "a source in the security service said",
        "a source in Ukraine's security service told VOA on Wednesday",
    ],
)
def test_a_closing_source_placed_in_a_body(nlp: Language, closing: str) -> None:
    text = f"Drones struck a refinery overnight, sparking a large fire, {closing}."
    (claim,) = claims(nlp, text)
    assert claim.content.text == "Drones struck a refinery overnight, sparking a large fire"
    assert claim.source is not None
    assert claim.source.text == closing.split(" said")[0].split(" told")[0]


def test_an_unnamed_spokesman_takes_no_name_from_the_other_side(nlp: Language) -> None:
    text = (
        "A rebel spokesman said fighting continued. Junta spokesman Zaw Min Tun said the "
        "town was secure."
    )
    assert [c.speaker_name for c in claims(nlp, text)] == ["rebel spokesman", "Zaw Min Tun"]


def test_a_hyphenated_surname_the_tagger_split_off_is_the_persons(nlp: Language) -> None:
    text = (
        "Prime Minister Alix Didier Fils-Aimé said the gangs would not win. He said police "
        "would return."
    )
    assert {c.speaker_name for c in claims(nlp, text)} == {"Alix Didier Fils-Aimé"}


def test_blasting_with_water_is_a_deed(nlp: Language) -> None:
    text = "The coast guard said two Chinese ships had blasted the boat with water."
    assert [c.cue.text for c in claims(nlp, text)] == ["said"]
    assert [c.cue.text for c in claims(nlp, "The senator blasted the plan as reckless.")] == [
        "blasted"
    ]


def test_a_name_after_a_persons_role_is_a_persons_whatever_the_tagger_said(
    nlp: Language,
) -> None:
    # (the tagger calls `Yolande Makolo` a body)
    text = (
        "A witness said she heard gunfire. Government spokeswoman Yolande Makolo did not "
        'respond to a request for comment. She has previously said the country "will not '
        'be pressured."'
    )
    assert claims(nlp, text)[-1].speaker_name == "Yolande Makolo"


def test_a_relative_clause_inside_the_cues_own_preposition_is_no_reported_clause(
    nlp: Language,
) -> None:
    text = "The ministry accused ExxonMobil of operating illegally in waters that Venezuela claims."
    assert only(claims(nlp, text), "accused").content.text == (
        "ExxonMobil of operating illegally in waters that Venezuela claims"
    )


def test_neither_confirming_nor_denying_is_no_denial_claim(nlp: Language) -> None:
    text = "His office would neither confirm nor deny the arrangement."
    assert claims(nlp, text) == []


def test_cautioning_against_is_a_claim(nlp: Language) -> None:
    text = "Some analysts cautioned against reading too much into the rhetoric."
    assert only(claims(nlp, text), "cautioned").speaker_name == "Some analysts"


def test_he_is_not_one_named_inside_anothers_claim(nlp: Language) -> None:
    text = (
        "A JetBlue pilot agreed with President Joe Biden's recent remark that the country is "
        'on the move again. "There were fisticuffs at my gate today," he added.'
    )
    assert only(claims(nlp, text), "added").speaker_name == "JetBlue pilot"


@pytest.mark.parametrize(
    ("first", "speaker"),
    [
        ("The general said the militia must leave.", "general"),
        ("General Abdel Fattah al-Burhan said the militia must leave.", "Abdel Fattah al-Burhan"),
    ],
)
def test_the_general_and_he_after_a_general(nlp: Language, first: str, speaker: str) -> None:
    text = f"{first} The general said there would be no truce. He added that talks were over."
    assert [c.speaker_name for c in claims(nlp, text)] == [speaker] * 3


def test_the_army_is_the_armed_forces_named_last(nlp: Language) -> None:
    text = (
        "The Sudanese Armed Forces said its delegation came in good faith. The army accused "
        "the RSF of looting hospitals."
    )
    assert only(claims(nlp, text), "accused").speaker_name == "Sudanese Armed Forces"


def test_the_spokesperson_is_the_body_a_spokesperson_spoke_for_just_before(
    nlp: Language,
) -> None:
    text = (
        "Mao Ning spoke on Monday. A State Department spokesperson told VOA that Washington "
        "was concerned. The spokesperson said the U.S. would support peace."
    )
    assert claims(nlp, text)[-1].speaker_name == "United States (State Department)"


def test_a_passive_that_names_nobody_is_held_by_according_to_after_it(nlp: Language) -> None:
    text = (
        "Some clerics are believed to have opposed the decision, according to the Afghanistan "
        "Analysts Network."
    )
    (claim,) = claims(nlp, text)
    assert (claim.speaker_name, claim.cue.text) == ("Afghanistan Analysts Network", "according to")
    assert "hedged" in claim.flags


def test_the_reporter_ranking_the_saying_is_no_part_of_it(nlp: Language) -> None:
    text = (
        "Pashinyan said Armenia would leave the alliance, in his sharpest criticism yet of Moscow."
    )
    assert only(claims(nlp, text), "said").content.text == "Armenia would leave the alliance"


@pytest.mark.parametrize("that", ["that ", ""])
def test_one_quoted_as_saying_says_it(nlp: Language, that: str) -> None:
    text = f"State television quoted Lukashenko as saying {that}Poland was inventing enemies."
    (claim,) = claims(nlp, text)
    assert (claim.speaker_name, claim.content.text) == (
        "Alexander Lukashenko",
        "Poland was inventing enemies",
    )


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        # whom a call is made on, as with `urged X to`
        (
            "Kallas called on member states to agree on new sanctions.",
            "called on",
            "Kallas",
            "member states to agree on new sanctions",
        ),
        (
            "The UN called upon both sides to show restraint.",
            "called upon",
            "The UN",
            "both sides to show restraint",
        ),
        # a gerund of the charge tagged a noun, with the second one hung on the cue
        (
            "India accuses Pakistan of training and arming militants who fight in Kashmir.",
            "accuses",
            "India",
            "Pakistan of training and arming militants who fight in Kashmir",
        ),
        # the reporter's doubt joined to what was said
        (
            "A nurse said 10 bodies had been brought in, though the toll could not be confirmed.",
            "said",
            "A nurse",
            "10 bodies had been brought in",
        ),
        (
            "Officials said the drone hit a school, although that could not be confirmed.",
            "said",
            "Officials",
            "the drone hit a school",
        ),
        # (the reporter's note of what was not said)
        (
            "The bishops said their monitors had seen ballot stuffing, though they stopped "
            "short of saying the fraud had changed the outcome.",
            "said",
            "The bishops",
            "their monitors had seen ballot stuffing",
        ),
        # (the reporter's contrast after a closing cue)
        (
            "Internet service was normal throughout the vote, NetBlocks said, in contrast to "
            "neighboring countries.",
            "said",
            "NetBlocks",
            "Internet service was normal throughout the vote",
        ),
        # (a cue joined inside the speaker's reason is no claim of its own)
        (
            "The diagnosis came as a shock, he said, because he walked to work every day "
            "and never thought his weight was a problem.",
            "said",
            "he",
            "The diagnosis came as a shock, he said, because he walked to work every day "
            "and never thought his weight was a problem",
        ),
        # (after a closing cue, hung on the clause the cue closes)
        (
            "The talks will resume in Rome, diplomats said, although Iran has not confirmed it.",
            "said",
            "diplomats",
            "The talks will resume in Rome",
        ),
        (
            "The rebels published photographs they said showed dead children, which VOA "
            "could not verify.",
            "said",
            "they",
            "showed dead children",
        ),
        # how the cue after it speaks is no claim, nor part of the source
        (
            "Judge Ronald Gould, writing for the majority, said the policy was unreasonable.",
            "said",
            "Judge Ronald Gould",
            "the policy was unreasonable",
        ),
        (
            "Trump, writing on Truth Social, said the judges were lunatics.",
            "said",
            "Trump",
            "the judges were lunatics",
        ),
    ],
)
def test_more_cue_and_content_boundaries(
    nlp: Language, text: str, cue: str, source: str, content: str
) -> None:
    found = claims(nlp, text)
    assert [c.cue.text for c in found] == [cue]
    assert source_and_content(found, cue) == (source, content)


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine will defend itself, Zelenskyy said.",
        "Pakistan would defend itself with full force, the army said.",
    ],
)
def test_a_state_defending_itself_fights(nlp: Language, text: str) -> None:
    assert [c.cue.text for c in claims(nlp, text)] == ["said"]


def test_a_person_defending_himself_argues(nlp: Language) -> None:
    text = "Rubio defended himself against the charge, saying he had done nothing wrong."
    assert "defended" in [c.cue.text for c in claims(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Human Rights Watch said police had executed suspected gang members.",
        'Zelenskyy said "every exchange gives us hope."',
        '"Those who think India is weak are making a grave mistake," he said.',
    ],
)
def test_a_hedging_word_of_another_does_not_hedge(nlp: Language, text: str) -> None:
    (claim,) = claims(nlp, text)
    assert "hedged" not in claim.flags


@pytest.mark.parametrize(
    "evidence",
    [
        "He did not name the officers or offer evidence.",
        "He has not provided any evidence.",
    ],
)
def test_more_ways_to_give_no_evidence(nlp: Language, evidence: str) -> None:
    found = claims(nlp, f"The minister said officers had planned a coup. {evidence}")
    assert "unsupported" in only(found, "said").flags


def test_a_charge_not_backed_with_evidence(nlp: Language) -> None:
    text = (
        "The president accused foreign powers of funding the militants, a charge he did "
        "not back with evidence."
    )
    assert "unsupported" in only(claims(nlp, text), "accused").flags


@pytest.mark.parametrize(
    ("text", "texts"),
    [
        # a short quote that is a sentence of its own goes on with the quotation before
        ('"We will fight," she said. "We are ready."', ["We will fight", "We are ready."]),
        ('"We will win," Michal said. "Never."', ["We will win", "Never."]),
        # a short quote after an indirect claim is a scare quote, not speech
        ('He said the town was "calm." "Very calm."', ['the town was "calm."']),
    ],
)
def test_a_short_quoted_sentence_after_a_quotation(
    nlp: Language, text: str, texts: list[str]
) -> None:
    assert [c.content.text for c in claims(nlp, text)] == texts


def test_a_quotation_interrupted_by_its_cue_is_direct(nlp: Language) -> None:
    (claim,) = claims(nlp, '"The rebels," Muyaya said, "are Rwandan soldiers in disguise."')
    assert claim.kind == "direct"


@pytest.mark.parametrize(
    "text",
    [
        "According to the Red Cross, 3,000 people have been killed, a toll that is likely to rise.",
        "At least 3,000 people have been killed, a toll that is likely to rise, according "
        "to the Red Cross.",
    ],
)
def test_the_reporters_noun_after_what_according_to_vouches_for(nlp: Language, text: str) -> None:
    (claim,) = claims(nlp, text)
    assert claim.content.text.endswith("have been killed")
    assert "hedged" not in claim.flags


def test_identifying_oneself_by_name_is_no_claim(nlp: Language) -> None:
    text = (
        "A Fano commander, who identified himself as Habtamu, said his fighters held "
        "most rural areas."
    )
    assert [c.cue.text for c in claims(nlp, text)] == ["said"]


def test_a_woman_named_maia_is_she(nlp: Language) -> None:
    text = (
        "Moldovan President Maia Sandu said Russia was buying votes. "
        '"The Kremlin wants a launch pad," she said.'
    )
    assert [c.speaker_name for c in claims(nlp, text)] == ["Maia Sandu"] * 2


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "U.S. intelligence agencies have assessed that Iran is not building a weapon.",
            "have assessed",
            "Iran is not building a weapon",
        ),
        # what is urged, hung on the urging as adverbial after a date
        (
            "Mediators pressed Israel on Monday to extend the ceasefire.",
            "pressed",
            "Israel on Monday to extend the ceasefire",
        ),
    ],
)
def test_an_assessment_and_a_pressing(nlp: Language, text: str, cue: str, content: str) -> None:
    assert only(claims(nlp, text), cue).content.text == content


@pytest.mark.parametrize(
    "text",
    [
        "Officers must assess whether visitors pose a risk.",
        "He pressed the button to start the engine.",
    ],
)
def test_a_question_assessed_and_a_button_pressed_are_no_claims(nlp: Language, text: str) -> None:
    assert claims(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a closing cue over two clauses joined by a conjunction reports both
        (
            "Russian forces shelled the town overnight, but no one was killed, officials said.",
            "Russian forces shelled the town overnight, but no one was killed",
        ),
        (
            "The two countries agreed to extend the pause, but negotiators left without a "
            "deal, officials said.",
            "The two countries agreed to extend the pause, but negotiators left without a deal",
        ),
        # the condition of what was said, hung on the cue
        (
            "Putin said Moscow was ready to discuss a ceasefire, but only if Kyiv withdrew its "
            "troops from four regions.",
            "Moscow was ready to discuss a ceasefire, but only if Kyiv withdrew its troops "
            "from four regions",
        ),
    ],
)
def test_what_a_cue_reports_over_two_clauses(nlp: Language, text: str, content: str) -> None:
    assert only(claims(nlp, text), "said").content.text == content


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a body named with the words a definite description repeats
        (
            "Critics say the ruling Georgian Dream party has steered the country toward "
            "Moscow. The party denied the charge.",
            ["Critics", "Georgian Dream party"],
        ),
        (
            "The Philippine Coast Guard said a Chinese ship rammed its vessel. "
            "The coast guard said one sailor was hurt.",
            ["Philippines (coast guard)", "Philippines (coast guard)"],
        ),
        # the forces that spoke, not those named in what they said
        (
            "South Korea's military said North Korean troops crossed the border. "
            "The military said it fired warning shots.",
            ["South Korea (military)", "South Korea (military)"],
        ),
        # a person described by their age, or described so before
        (
            "Abdullah Ocalan, 76, said the armed struggle was over. "
            "The 76-year-old said peace was near.",
            ["Abdullah Ocalan", "Abdullah Ocalan"],
        ),
        (
            "President Gustavo Petro, a former guerrilla, said talks would resume. "
            "The former guerrilla also said the army would stand down.",
            ["Gustavo Petro", "Gustavo Petro"],
        ),
        # common words for a name the knowledge base writes capitalised
        (
            "The ELN's central command said its fighters were battling a FARC faction.",
            ["ELN's central command"],
        ),
        # a name the knowledge base does not know, by its first word
        (
            "Spokesperson Liu Dejun said the ship had intruded. "
            "Liu said the operation was legitimate.",
            ["Liu Dejun", "Liu Dejun"],
        ),
        (
            "Army spokesperson Winthai Suvaree said rockets hit a hospital. "
            "Winthai said 14 people were killed.",
            ["Winthai Suvaree", "Winthai Suvaree"],
        ),
    ],
)
def test_more_descriptions_and_names_that_refer_back(
    nlp: Language, text: str, speakers: list[str]
) -> None:
    assert [c.speaker_name for c in claims(nlp, text)] == speakers


@pytest.mark.parametrize(
    "text",
    [
        "The minister said China would firmly defend its sovereignty.",
        "A Chinese ship blasted the Philippine vessel for two minutes, the coast guard said.",
    ],
)
def test_deeds_told_in_a_claim_are_no_claims(nlp: Language, text: str) -> None:
    assert len(claims(nlp, text)) == 1


def test_no_figure_given_is_no_support(nlp: Language) -> None:
    text = "The army said it shelled rebel positions. It did not give a figure for casualties."
    assert "unsupported" in only(claims(nlp, text), "said").flags


def test_the_group_with_no_armed_group_named_is_the_organisation_that_spoke(
    nlp: Language,
) -> None:
    text = (
        "Doctors Without Borders said its teams had treated dozens of wounded people. "
        "Many arrived severely malnourished, the group said."
    )
    assert [c.speaker_name for c in claims(nlp, text)] == ["Medecins Sans Frontieres"] * 2


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Police said they had arrested three men, prompting an angry response from Belgrade.",
            "they had arrested three men",
        ),
        (
            "The president said he would dissolve parliament, sparking protests in the capital.",
            "he would dissolve parliament",
        ),
    ],
)
def test_what_the_words_caused_is_the_reporters(nlp: Language, text: str, content: str) -> None:
    assert only(claims(nlp, text), "said").content.text == content


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # claims named by a demonym the tagger read as a name
        (
            "Thailand's army said 14 civilians had been killed. China said it hoped both "
            "sides would show restraint. The Thai figures could not be independently verified.",
            ["Thailand (military)"],
        ),
        # by the word a speaker is named with
        (
            "Opposition officials said the army bombed a market. The army said it targeted "
            "only armed groups. The opposition's casualty figure could not be verified.",
            ["Opposition officials"],
        ),
        # an outlet that could not confirm them, and a word the speaker is named with
        (
            "The rebels said they had killed 200 soldiers. The army said it had repelled "
            "the attack. VOA could not independently confirm the rebels' claims.",
            ["rebels"],
        ),
        (
            "The rebels said they had killed 200 soldiers. The army said it had repelled "
            "the attack. The rebel claims could not be verified.",
            ["rebels"],
        ),
        # in the plural, of no one: the last speaker's claims told in a row
        (
            "Ukraine's air force said Russia had fired 28 missiles. Air defenses shot down 22 "
            "of them, it said. The figures could not be independently verified.",
            ["Ukraine's air force", "Ukraine's air force"],
        ),
    ],
)
def test_the_claims_a_doubt_names(nlp: Language, text: str, flagged: list[str]) -> None:
    found = claims(nlp, text)
    assert [c.speaker_name for c in found if "unverified" in c.flags] == flagged


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("Maduro won a vote that the opposition called a sham.", "the opposition", "a sham"),
        (
            "The court jailed four journalists in a case that rights advocates called a new low.",
            "rights advocates",
            "a new low",
        ),
    ],
)
def test_a_restrictive_judgement_with_that_read_as_a_conjunction(
    nlp: Language, text: str, source: str, content: str
) -> None:
    assert source_and_content(claims(nlp, text), "called") == (source, content)


def test_a_noun_of_the_reporters_with_what_others_said_of_it(nlp: Language) -> None:
    text = (
        "The junta has said it plans to hold a national election by January, a vote that "
        "opposition groups have dismissed as a sham."
    )
    found = claims(nlp, text)
    assert only(found, "has said").content.text == "it plans to hold a national election by January"
    assert source_and_content(found, "have dismissed") == ("opposition groups", "as a sham")


@pytest.mark.parametrize(
    "evidence",
    [
        "He did not cite any intelligence to back the claim.",
        "He did not share any evidence.",
        "He did not substantiate the claim.",
        "He did not give specific evidence.",
        "He offered no concrete proof.",
    ],
)
def test_still_more_ways_to_give_no_evidence(nlp: Language, evidence: str) -> None:
    found = claims(nlp, f"The minister said officers had planned a coup. {evidence}")
    assert "unsupported" in only(found, "said").flags


@pytest.mark.parametrize(
    ("note", "unsupported"),
    [
        ("though he did not give specific evidence that an attack was planned", True),
        ("though they gave no evidence", True),
        ("although officials have not released a tally", False),
        ("though it did not publish the full survey", False),
    ],
)
def test_a_concession_noting_what_was_not_given_is_the_reporters(
    nlp: Language, note: str, unsupported: bool
) -> None:
    text = f"The governor said the rebels had shelled the depot, {note}."
    (claim,) = claims(nlp, text)
    assert claim.content.text == "the rebels had shelled the depot"
    assert ("unsupported" in claim.flags) is unsupported


def test_no_evidence_after_two_claims_is_the_last_ones(nlp: Language) -> None:
    text = (
        "Israel disputes the figure, saying it has killed about 20,000 fighters, though it "
        "has offered no evidence to support that number."
    )
    found = claims(nlp, text)
    assert "unsupported" not in only(found, "disputes").flags
    assert only(found, "saying").content.text == "it has killed about 20,000 fighters"
    assert "unsupported" in only(found, "saying").flags


def test_plural_claims_set_off_with_a_doubt_are_the_reporters(nlp: Language) -> None:
    text = (
        "The department said agents had been shot at and rammed by cars, claims that could "
        "not be independently verified."
    )
    (claim,) = claims(nlp, text)
    assert claim.content.text == "agents had been shot at and rammed by cars"
    assert claim.flags == ("unverified",)


def test_citing_after_what_was_said_is_the_speakers_own(nlp: Language) -> None:
    text = "The mayor said crime had fallen this year, citing police figures."
    found = claims(nlp, text)
    assert only(found, "said").content.text == "crime had fallen this year"
    assert only(found, "citing").content.text == "police figures"


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("Officials said Russia plans to attack Belarus.", True),
        ("Kobakhidze said opposition parties were planning a coup.", True),
        ("The TNLA said it had no plans to withdraw.", False),
        ("Police said they had detained 12 people suspected of planning unrest.", False),
        ("Shay said the pause did not help with planning.", False),
        ("The report said trust had fallen since the think tank began measuring it.", False),
    ],
)
def test_a_plan_told_is_hedged_a_noun_of_planning_is_not(
    nlp: Language, text: str, hedged: bool
) -> None:
    assert ("hedged" in only(claims(nlp, text), "said").flags) is hedged


def test_a_state_of_mind_asked_about_is_no_claim(nlp: Language) -> None:
    text = "Asked if China was worried about the rules, Lin said Beijing would respond."
    assert [c.cue.text for c in claims(nlp, text)] == ["said"]


@pytest.mark.parametrize(
    "text",
    ["The army dismissed two officers.", "The president dismissed the interior minister."],
)
def test_dismissing_people_is_no_denial(nlp: Language, text: str) -> None:
    assert claims(nlp, text) == []


def test_saying_one_dismissed_the_president_is_no_denial(nlp: Language) -> None:
    (claim,) = claims(nlp, "The mutineers said they had dismissed the president.")
    assert "denial" not in claim.flags
    (claim,) = claims(nlp, "The ministry said it dismissed the reports.")
    assert "denial" in claim.flags


def test_what_one_should_do_in_anothers_claim_is_no_claim_of_theirs(nlp: Language) -> None:
    (claim,) = claims(nlp, "Many voters said Herzog should reject the request.")
    assert (claim.speaker_name, claim.flags) == ("Many voters", ())


@pytest.mark.parametrize(
    ("act", "content"),
    [
        ("and declined to rule out the use of force", "the country needed the island"),
        ("and referred further questions to the White House", "the country needed the island"),
    ],
)
def test_a_refusal_joined_to_what_was_said_is_no_part_of_it(
    nlp: Language, act: str, content: str
) -> None:
    text = f"The spokesperson said the country needed the island {act}."
    assert only(claims(nlp, text), "said").content.text == content


def test_a_spokesman_for_someone_is_not_the_next_person_with_another_role(
    nlp: Language,
) -> None:
    text = (
        'A spokesman for Trump Jr. called the report "fake news." Aaja Chemnitz, a lawmaker, '
        "said she was worried."
    )
    assert claims(nlp, text)[0].speaker_name == "spokesman for Trump Jr."


def test_a_quotation_opened_in_what_was_said_runs_on_over_sentences(nlp: Language) -> None:
    text = 'Egede said Greenlanders "do not want to be Americans. We want to be Greenlanders."'
    claim = only(claims(nlp, text), "said")
    assert claim.content.text.endswith('We want to be Greenlanders."')
    assert claim.kind == "mixed"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the rank read as the sentence's root
        (
            "Three aid workers were killed near Kherson, officials said, the latest in a "
            "series of attacks.",
            "Three aid workers were killed near Kherson",
        ),
        # the speaker going on
        (
            "She had two interviews, officials said, the first by a consular officer.",
            "She had two interviews, officials said, the first by a consular officer",
        ),
    ],
)
def test_a_rank_after_a_closing_cue_is_the_reporters(
    nlp: Language, text: str, content: str
) -> None:
    assert only(claims(nlp, text), "said").content.text == content


def test_a_quoted_question_after_another_sentence_is_asked(nlp: Language) -> None:
    text = 'The refugees are afraid. "How can we go back?" asked Sayed Ullah, a community leader.'
    claim = only(claims(nlp, text), "asked")
    assert (claim.speaker_name, claim.content.text, claim.kind) == (
        "Sayed Ullah",
        "How can we go back?",
        "direct",
    )


def test_the_release_of_people_is_an_event_that_shows_nothing(nlp: Language) -> None:
    text = "Paul said the release of the survivors showed the administration had no evidence."
    assert [c.cue.text for c in claims(nlp, text)] == ["said"]


def test_what_the_speakers_act_escalated_is_the_reporters(nlp: Language) -> None:
    text = (
        "France said it would file a complaint at the court, escalating a dispute that "
        "has strained ties for two years."
    )
    assert only(claims(nlp, text), "said").content.text == (
        "it would file a complaint at the court"
    )


def test_a_warning_after_what_was_said_is_a_claim_of_its_own(nlp: Language) -> None:
    text = "The ministry said Thursday it would cut rations, warning that hunger could spread."
    found = claims(nlp, text)
    assert only(found, "said").content.text == "it would cut rations"
    assert only(found, "said").flags == ()
    assert only(found, "warning").content.text == "hunger could spread"


@pytest.mark.parametrize(
    ("text", "said", "judged"),
    [
        (
            "Senator Ruiz said he would force a vote, calling the raids a reckless escalation.",
            "he would force a vote",
            "the raids a reckless escalation",
        ),
        (
            "The army said its troops committed no abuses, describing the dead as fighters.",
            "its troops committed no abuses",
            "the dead as fighters",
        ),
        # (a cue with a that-clause of its own, whoever does what was said)
        (
            "Rasaei said the government should expel inspectors, claiming that the agency "
            "had shared data with Israel.",
            "the government should expel inspectors",
            "the agency had shared data with Israel",
        ),
        # (what others did, whose words the judgement may be)
        (
            "Witnesses said soldiers beat them, calling them traitors.",
            "soldiers beat them, calling them traitors",
            "them traitors",
        ),
    ],
)
def test_a_judgement_after_what_the_speakers_side_does_is_its_own_claim(
    nlp: Language, text: str, said: str, judged: str
) -> None:
    found = claims(nlp, text)
    assert only(found, "said").content.text == said
    assert [c.content.text for c in found if c.cue.text != "said"] == [judged]


def test_an_inverted_warning_whose_source_the_parser_read_as_the_one_warned(
    nlp: Language,
) -> None:
    text = "The soldiers could face punishment at home, warned Human Rights Watch."
    claim = only(claims(nlp, text), "warned")
    assert (claim.speaker_name, claim.content.text) == (
        "Human Rights Watch",
        "The soldiers could face punishment at home",
    )


def test_a_worry_whose_subject_the_parser_hung_on_the_auxiliary(nlp: Language) -> None:
    text = "Diplomats are worried the United States may push Kyiv into a deal."
    claim = only(claims(nlp, text), "are worried")
    assert (claim.speaker_name, claim.content.text) == (
        "Diplomats",
        "the United States may push Kyiv into a deal",
    )
    assert "hedged" in claim.flags


def test_a_worry_is_a_hedged_claim(nlp: Language) -> None:
    claim = only(claims(nlp, "Some Democrats worry that the party will be blamed."), "worry")
    assert claim.content.text == "the party will be blamed"
    assert claim.flags == ("hedged",)


def test_a_signal_is_a_claim(nlp: Language) -> None:
    text = "The budget director signaled that the agency would cut jobs."
    claim = only(claims(nlp, text), "signaled")
    assert (claim.speaker_name, claim.content.text) == (
        "budget director",
        "the agency would cut jobs",
    )


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # when a past event happened, told with it
        (
            "Witnesses said troops fired as people surged toward the site.",
            "troops fired as people surged toward the site",
        ),
        # what the reporter sets beside what will be done
        ("The army said it would act as thousands fled.", "it would act"),
        # (but `as if` says how it will be done)
        ("The army said it would act as if the truce did not exist.", None),
    ],
)
def test_an_as_clause_of_a_past_event_is_part_of_it(
    nlp: Language, text: str, content: str | None
) -> None:
    expected = content or text.removeprefix("The army said ").rstrip(".")
    assert only(claims(nlp, text), "said").content.text == expected


def test_a_concession_of_the_speakers_own_goes_on(nlp: Language) -> None:
    text = "The governor said the army would hold the line, though it had lost ground."
    (claim,) = claims(nlp, text)
    assert claim.content.text.endswith("though it had lost ground")


@pytest.mark.parametrize(
    ("aside", "flags"),
    [
        ("an account that VOA could not verify", {"unverified"}),
        ("an estimate that could not be independently confirmed", {"unverified"}),
        ("a phrase the ministry often uses", set()),
    ],
)
def test_the_reporters_noun_for_what_was_said(nlp: Language, aside: str, flags: set[str]) -> None:
    text = f"A resident said the militants had used loudspeakers, {aside}."
    claim = only(claims(nlp, text), "said")
    assert claim.content.text == "the militants had used loudspeakers"
    assert set(claim.flags) == flags


def test_without_citing_evidence_is_no_claim_of_citing(nlp: Language) -> None:
    text = "The army said the rebels shelled the hospital, without citing evidence."
    (claim,) = claims(nlp, text)
    assert claim.cue.text == "said"
    assert "unsupported" in claim.flags


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("The mayor said the city would do everything possible to help.", False),
        ("The envoy said talks should resume as soon as possible.", False),
        ("The envoy said a deal was possible.", True),
    ],
)
def test_possible_as_a_measure_does_not_hedge(nlp: Language, text: str, hedged: bool) -> None:
    (claim,) = claims(nlp, text)
    assert ("hedged" in claim.flags) is hedged


def test_finding_a_thing_joined_to_what_was_said_is_part_of_it(nlp: Language) -> None:
    text = (
        "An army officer said troops had deployed in several villages and found "
        "widespread destruction."
    )
    (claim,) = claims(nlp, text)
    assert claim.content.text.endswith("and found widespread destruction")


def test_brussels_speaks_for_the_eu(nlp: Language) -> None:
    (claim,) = claims(nlp, "Brussels said it would look for ways around Hungary's veto.")
    assert claim.speaker_name == "European Union"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # set off inside its clause, after the clause's subject: the whole clause
        (
            "Most of the victims, according to local officials, were women and children.",
            "Most of the victims, according to local officials, were women and children",
        ),
        # after a time, not a subject: what follows
        (
            "On Tuesday, according to witnesses, troops opened fire.",
            "troops opened fire",
        ),
    ],
)
def test_according_to_set_off_inside_its_clause(nlp: Language, text: str, content: str) -> None:
    assert only(claims(nlp, text), "according to").content.text == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Kallas said the bloc was examining legal ways to move ahead, though she "
            "declined to say what those might be.",
            "the bloc was examining legal ways to move ahead",
        ),
        (
            "The army said several soldiers were killed but did not specify how many.",
            "several soldiers were killed",
        ),
    ],
)
def test_what_the_speaker_would_not_say_is_no_part_of_what_was_said(
    nlp: Language, text: str, content: str
) -> None:
    claim = only(claims(nlp, text), "said")
    assert claim.content.text == content
    assert "hedged" not in claim.flags


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the name read as joined to the clause's last noun, its description in apposition
        (
            "The convoy was attacked near Gao, Ahmed Musa, a spokesman for the militia, said.",
            "Ahmed Musa",
        ),
        # the office read as an apposition, with the name in apposition to it
        (
            "The prisoners were flown to Texas, Mexico's security secretary, Omar Garcia "
            "Harfuch, told reporters.",
            "Omar Garcia Harfuch",
        ),
    ],
)
def test_a_closing_source_the_parser_hung_on_the_clause_before(
    nlp: Language, text: str, speaker: str
) -> None:
    (claim,) = claims(nlp, text)
    assert claim.speaker_name == speaker
    assert speaker not in claim.content.text


@pytest.mark.parametrize(
    "text",
    [
        "A farmer said fighters warned villagers to leave.",
        "Residents said soldiers told them to leave their homes.",
    ],
)
def test_an_order_told_of_in_a_claim_is_part_of_it(nlp: Language, text: str) -> None:
    assert [c.cue.text for c in claims(nlp, text)] == ["said"]


def test_the_group_after_a_group_no_actor_names(nlp: Language) -> None:
    text = "The Radaa militia said it held the airport. The group said it would not withdraw."
    assert [c.speaker_name for c in claims(nlp, text)] == ["Radaa militia"] * 2


def test_handmade_parse_a_closing_root_cue_with_what_was_said_hung_loose() -> None:
    # the dateline and the clause hung on the cue as loose words (`dep`)
    found = _handmade(
        "GAO, Mali — Fighters killed 23 people, officials said Monday, the latest attack.",
        """
        GAO        GAO        PROPN  NNP  dep     10
        ,          ,          PUNCT  ,    punct   0
        Mali       Mali       PROPN  NNP  appos   0
        —          —          PUNCT  :    punct   0
        Fighters   fighter    NOUN   NNS  appos   0
        killed     kill       VERB   VBD  acl     4
        23         23         NUM    CD   nummod  7
        people     people     NOUN   NNS  dobj    5
        ,          ,          PUNCT  ,    punct   10
        officials  official   NOUN   NNS  nsubj   10
        said       say        VERB   VBD  ROOT    10
        Monday     Monday     PROPN  NNP  npadvmod 10
        ,          ,          PUNCT  ,    punct   11
        the        the        DET    DT   det     15
        latest     late       ADJ    JJS  amod    15
        attack     attack     NOUN   NN   appos   11
        .          .          PUNCT  .    punct   10
        """,
    )
    assert source_and_content(found, "said") == ("officials", "Fighters killed 23 people")


def test_she_after_a_woman_the_tagger_named_as_a_body(nlp: Language) -> None:
    text = "Yulia Navalnaya said the verdict was unjust. She said more arrests would follow."
    assert [c.speaker_name for c in claims(nlp, text)] == ["Yulia Navalnaya"] * 2


def test_a_quote_in_the_reporters_clause_of_another_after_the_cue_is_not_the_speakers(
    nlp: Language,
) -> None:
    text = (
        "Russia will resume testing if the United States does, an official said Tuesday, "
        'days after the president ordered tests "on an equal basis."'
    )
    assert [c.content.text for c in claims(nlp, text)] == [
        "Russia will resume testing if the United States does"
    ]


def test_a_quote_after_a_speaker_described_with_a_cue_goes_on_with_the_speaker(
    nlp: Language,
) -> None:
    text = (
        '"You are arming villages," said Daouda Diallo, who was jailed after he criticized '
        'the army. "It is a recipe for civil war."'
    )
    found = claims(nlp, text)
    assert [(c.cue.text, c.speaker_name) for c in found] == [
        ("said", "Daouda Diallo"),
        # (`he` in the relative clause of a name the tagger took for a body's: `who` tells
        # it is a person's)
        ("criticized", "Daouda Diallo"),
        ("said", "Daouda Diallo"),
    ]
    assert found[-1].content.text == "It is a recipe for civil war."


def test_a_surname_is_the_korean_named_persons_whose_given_name_follows_it(
    nlp: Language,
) -> None:
    text = (
        "Kim Ji-hye fled in 2019, months before Kim Jong Un sealed the border. "
        '"They put up new fences," Kim told VOA.'
    )
    assert only(claims(nlp, text), "told VOA").speaker_name == "Kim Ji-hye"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # (given names from beyond Europe and the Americas: the tagger took these for bodies)
        (
            "Nkechi Obi said her brother had been arrested. She said he was innocent.",
            "Nkechi Obi",
        ),
        (
            "Minister S. Jaishankar said the treaty could not continue. Aditi Mukherji, a "
            "hydrologist, said rivers know no borders. She said cooperation would help.",
            "Aditi Mukherji",
        ),
        # (a known person's gender the knowledge base records: Kim Jong Un is no `she`)
        (
            "Kim Ji-hye fled North Korea in 2019 after Kim Jong Un sealed the border. She "
            "said guards had orders to shoot.",
            "Kim Ji-hye",
        ),
    ],
)
def test_she_is_the_woman_whose_gender_a_name_or_the_kb_tells(
    nlp: Language, text: str, speaker: str
) -> None:
    assert claims(nlp, text)[-1].speaker_name == speaker


def test_citing_no_evidence_is_no_claim_but_leaves_the_claim_unsupported(
    nlp: Language,
) -> None:
    text = "Weidel said migrants were behind most violent crime. She cited no evidence."
    (claim,) = claims(nlp, text)
    assert "unsupported" in claim.flags


@pytest.mark.parametrize(
    "backing",
    [
        "He has never offered proof.",
        "It provided no footage or other evidence.",
        "He did not cite any specific incident.",
    ],
)
def test_never_offering_proof_leaves_the_claim_unsupported(nlp: Language, backing: str) -> None:
    text = f"Orban said the protests were paid for from abroad. {backing}"
    (claim,) = claims(nlp, text)
    assert "unsupported" in claim.flags


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a spokesman named by a word of the body the article named
        (
            "Iran's Foreign Ministry condemned the sanctions. The ministry spokesman said "
            "they were illegal.",
            ["Iran (foreign ministry)", "Iran (foreign ministry)"],
        ),
        (
            "The State Department said it was concerned. A department spokesperson said "
            "talks would go on.",
            ["United States (State Department)", "United States (State Department)"],
        ),
    ],
)
def test_a_spokesman_named_by_the_bodys_word(nlp: Language, text: str, speakers: list[str]) -> None:
    assert [c.speaker_name for c in claims(nlp, text)] == speakers


def test_how_sources_spoke_is_no_part_of_them_set_off_or_not(nlp: Language) -> None:
    text = "U.S. officials speaking on condition of anonymity said the strikes would continue."
    assert source_and_content(claims(nlp, text), "said") == (
        "U.S. officials",
        "the strikes would continue",
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Okoro's widow said her husband had received threats. "
            '"He never carried a gun," she said.',
            "Okoro's widow",
        ),
        (
            "Nino, a 19-year-old student, said police beat protesters. "
            '"I saw them kick a girl," she said.',
            "Nino",
        ),
        (
            "Archbishop Ruiz said the talks had stalled. One priest said clergy were "
            'watched. "We cannot speak freely," he said.',
            "One priest",
        ),
        (
            '"We found six bodies," a 38-year-old fisherman told VOA. He said his brother '
            "was among them.",
            "38-year-old fisherman",
        ),
    ],
)
def test_he_or_she_after_one_unnamed_person_who_spoke_is_them(
    nlp: Language, text: str, speaker: str
) -> None:
    assert claims(nlp, text)[-1].speaker_name == speaker


def test_her_lawyer_is_not_the_person_named_next(nlp: Language) -> None:
    text = (
        "Police detained Elif Kaya at her home on Saturday, her lawyer said. "
        "Prosecutors say that Kaya spread false information."
    )
    claim = only(claims(nlp, text), "said")
    assert claim.speaker_name in {"her lawyer", "Elif Kaya's lawyer"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a state's army, not an armed group whose name ends in `Army`
        (
            "The Arakan Army said it had taken the town. The army said the attack had "
            "been repelled.",
            "army",
        ),
        # a body's name the tagger cut at a preposition
        (
            "BAGHDAD — The Islamic Resistance in Iraq said it had targeted the base.",
            "Islamic Resistance in Iraq",
        ),
        # a body's national branch is not the state
        (
            "Amnesty International Kenya said the police had used live fire.",
            "Amnesty International Kenya",
        ),
        # an administration is the government its leader heads
        (
            "The Trump administration said the tariffs would stay in place.",
            "United States (government)",
        ),
    ],
)
def test_bodies_named_with_other_names(nlp: Language, text: str, speaker: str) -> None:
    assert claims(nlp, text)[-1].speaker_name == speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a that-clause the parser hung on where it was said as a relative clause
        (
            "The governor said at a briefing that troops were not needed.",
            "troops were not needed",
        ),
        (
            "The mayor told reporters at a briefing that the city would sue.",
            "the city would sue",
        ),
        # a short clause read as the cue's object
        ("Pritzker said Trump wanted chaos.", "Trump wanted chaos"),
        (
            "Human rights groups say both sides have committed abuses.",
            "both sides have committed abuses",
        ),
        # `that` read as an adverb after when it was said
        (
            "The ministry said last week that Kyiv was preparing an attack.",
            "Kyiv was preparing an attack",
        ),
        # how little was said
        (
            "The ministry said only that Ethiopia would defend itself.",
            "Ethiopia would defend itself",
        ),
    ],
)
def test_reported_clauses_the_parser_read_otherwise(nlp: Language, text: str, content: str) -> None:
    (claim,) = claims(nlp, text)
    assert claim.content.text == content


def test_a_relative_clause_on_where_it_was_said_is_no_claim(nlp: Language) -> None:
    assert claims(nlp, "He spoke at a briefing that he held on Monday.") == []
    text = "He said at a briefing that he gave on Monday that the plan was dead."
    assert [c.content.text for c in claims(nlp, text)] == ["the plan was dead"]


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "Amnesty said the strike was a war crime and demanded an inquiry.",
            ("demanded", "an inquiry"),
        ),
        (
            "The ombudsman said Moscow was ready for an exchange and accused Kyiv of "
            "stalling the process.",
            ("accused", "Kyiv of stalling the process"),
        ),
        (
            "Amnesty said the shooting was unlawful and called for an independent investigation.",
            ("called", "an independent investigation"),
        ),
        (
            "The bloc said the issue was an internal affair and warned against "
            "politicizing human rights.",
            ("warned", "politicizing human rights"),
        ),
    ],
)
def test_an_act_joined_to_a_state_told_is_the_speakers_own(
    nlp: Language, text: str, second: tuple[str, str]
) -> None:
    found = claims(nlp, text)
    assert [(c.cue.text, c.content.text) for c in found][1:] == [second]
    assert "and" not in found[0].content.text.split()
    assert found[1].speaker_name == found[0].speaker_name


@pytest.mark.parametrize(
    "text",
    [
        'Peskov said Moscow was responding to what he called "terrorist attacks" by Kyiv.',
        'State media said Kim had watched the test of what it called "a new missile."',
    ],
)
def test_a_name_given_inside_what_a_cue_reports_is_part_of_that_claim(
    nlp: Language, text: str
) -> None:
    (claim,) = claims(nlp, text)
    assert claim.cue.text == "said"
    assert "what" in claim.content.text.split()


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The RSF said it had taken the garrison. Its spokesman said civilians were safe.",
            "Rapid Support Forces",
        ),
        (
            "Ukrenergo said the outages would last a week. Its chief executive said repairs "
            "had begun.",
            "Ukrenergo's chief executive",
        ),
    ],
)
def test_its_spokesman_speaks_for_the_body_and_its_officers_are_the_bodys(
    nlp: Language, text: str, speaker: str
) -> None:
    assert claims(nlp, text)[-1].speaker_name == speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "According to Ukrenergo, the national grid operator, power cuts will last "
            "until Friday.",
            "power cuts will last until Friday",
        ),
        (
            "According to Equal Measures, a coalition of national, regional and global "
            "groups, women in 77 countries are barred from some jobs.",
            "women in 77 countries are barred from some jobs",
        ),
        # (not the subject with an aside of its own)
        (
            "According to the ministry, the dead, including 12 children, were buried on Monday.",
            "the dead, including 12 children, were buried on Monday",
        ),
        # (also before a count: `at least 40`; and a participle: `run by`, `based in`)
        (
            "According to Amnesty International, a rights group, at least 40 detainees were "
            "beaten.",
            "at least 40 detainees were beaten",
        ),
        (
            "According to the health ministry, run by Hamas, more than 200 people have been "
            "killed.",
            "more than 200 people have been killed",
        ),
        ("According to the observatory, based in Britain, 40 fighters died.", "40 fighters died"),
    ],
)
def test_a_description_of_the_source_after_according_to_is_no_part_of_the_content(
    nlp: Language, text: str, content: str
) -> None:
    (claim,) = claims(nlp, text)
    assert claim.content.text == content


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # bodies the knowledge base knows, whose names the tagger cuts
        ("Peace Now said 15 new outposts had been set up.", "Peace Now"),
        (
            '"Time is running out," the Hostages and Missing Families Forum said.',
            "Hostages and Missing Families Forum",
        ),
        # an acronym given in apposition is the same body
        (
            "The Integrated Food Security Phase Classification, or IPC, said famine was "
            "spreading. The IPC said 500,000 people faced starvation.",
            "Integrated Food Security Phase Classification",
        ),
        # one capitalised word of a body's name after `the`
        (
            "The Islamic Revolutionary Guard Corps said it had hit two bases. The Guard "
            "said more strikes would follow.",
            "Islamic Revolutionary Guard Corps",
        ),
        # a person named by their party, or their office
        (
            "Senator Dick Durbin said the deployment was illegal. The Illinois Democrat "
            "said troops were not needed.",
            "Dick Durbin",
        ),
        (
            "House Speaker Mike Johnson said the bill would pass. The speaker said "
            "Democrats were to blame.",
            "Mike Johnson",
        ),
    ],
)
def test_speakers_named_again_in_other_words(nlp: Language, text: str, speaker: str) -> None:
    assert claims(nlp, text)[-1].speaker_name == speaker


@pytest.mark.parametrize(
    "text",
    [
        # a question asks, it does not claim
        "Asked whether Washington had proposed such talks, she said no.",
        "The official would not say whether Washington might impose sanctions.",
        # a name a group goes by
        'The marches are led by young people who call themselves "Generation Z."',
    ],
)
def test_questions_and_names_taken_are_not_claims(nlp: Language, text: str) -> None:
    assert [c.content.text for c in claims(nlp, text) if c.cue.text != "said"] == []


def test_describing_oneself_is_still_a_claim(nlp: Language) -> None:
    claim = only(
        claims(nlp, "Voters who called themselves very conservative backed him."), "called"
    )
    assert claim.content.text == "themselves very conservative"


def test_an_outlets_doubt_of_his_account_flags_all_he_just_said(nlp: Language) -> None:
    text = (
        "Juan Ortiz said federal agents had fired tear gas at the crowd. "
        '"It was like a war zone," he said. VOA could not verify his account.'
    )
    assert [sorted(c.flags) for c in claims(nlp, text)] == [["unverified"], ["unverified"]]


def test_their_kin_are_not_a_bodys(nlp: Language) -> None:
    text = "IRNA said the two men had been hanged. Their families said the men were innocent."
    assert claims(nlp, text)[-1].speaker_name == "Their families"


def test_a_verb_joined_in_the_reported_clauses_perfect_stays_in_it(nlp: Language) -> None:
    text = (
        "Prosecutors said the suspects had scouted bases in Bavaria and had agreed to set "
        "fire to a depot."
    )
    (claim,) = claims(nlp, text)
    assert claim.content.text.endswith("had agreed to set fire to a depot")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The commission said turnout was 50%.", "turnout was 50%"),
        ("Turnout was 48%, the commission said.", "Turnout was 48%"),
    ],
)
def test_a_percent_sign_ends_what_was_said(nlp: Language, text: str, content: str) -> None:
    (claim,) = claims(nlp, text)
    assert claim.content.text == content


def test_the_reason_given_for_a_refusal_is_no_claim(nlp: Language) -> None:
    assert claims(nlp, "He declined to comment further, citing an ongoing investigation.") == []


def test_he_after_asked_about_someone_is_not_that_someone(nlp: Language) -> None:
    text = (
        "Junta spokesman Amara Camara said the authorities had kept their promises. "
        'Asked about Doumbouya\'s pledge, he said it was "for the people to decide."'
    )
    assert claims(nlp, text)[-1].speaker_name == "Amara Camara"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "BOGOTA, Colombia — Defense Minister Pedro Sanchez said on Sunday that the "
            "fisherman was innocent.",
            "Defense Minister Pedro Sanchez",
        ),
        (
            "PORT OF SPAIN, Trinidad and Tobago — Relatives of two men killed in a U.S. "
            "strike said Friday that the men were fishermen.",
            "Relatives of two men",
        ),
        # (a party's name in capitals is no dateline)
        (
            "GOP front-runner Donald Trump - who once vowed to bomb the oil fields - said "
            "the borders should be closed.",
            "GOP front-runner Donald Trump",
        ),
    ],
)
def test_a_dateline_is_no_part_of_the_source(nlp: Language, text: str, source: str) -> None:
    claim = only(claims(nlp, text), "said")
    assert claim.source is not None
    assert claim.source.text.startswith(source)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "U.S. jets flew near Venezuelan airspace, which Caracas called a provocation.",
            "a provocation",
        ),
        ("Washington decertified Colombia, a decision that Petro called an insult.", "an insult"),
    ],
)
def test_a_name_read_as_a_second_object_in_a_judging_relative_clause(
    nlp: Language, text: str, content: str
) -> None:
    assert only(claims(nlp, text), "called").content.text == content


@pytest.mark.parametrize(
    ("text", "denial"),
    [
        ('The ministry said Kyiv had "nothing to do" with the attack.', True),
        ("The militia said it had no connection to the attack.", True),
        ("The Radaa force said it had not taken part in the fighting.", True),
        ("The imam said terrorists have no link with Islam.", False),
    ],
)
def test_saying_one_had_no_part_in_it_is_a_denial(nlp: Language, text: str, denial: bool) -> None:
    (claim,) = claims(nlp, text)
    assert ("denial" in claim.flags) is denial


def test_a_second_participle_after_with_has_its_own_subject(nlp: Language) -> None:
    text = (
        "The trial resumed Monday, with prosecutors accusing him of inciting rebellion and "
        "Lissu telling the court the case was political."
    )
    assert only(claims(nlp, text), "telling").speaker_name == "Lissu"


def test_a_speaker_read_as_an_apposition_of_the_place_before(nlp: Language) -> None:
    text = (
        "In Zahedan, a doctor, who spoke on condition of anonymity, said most of the "
        "wounded had been shot."
    )
    claim = only(claims(nlp, text), "said")
    assert claim.content.text == "most of the wounded had been shot"
    assert claim.speaker_name == "doctor"


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("Police said they had boarded a ship suspected of damaging a cable.", False),
        ("Police said the man was suspected of arson.", True),
    ],
)
def test_suspected_as_a_label_of_a_noun_does_not_hedge(
    nlp: Language, text: str, hedged: bool
) -> None:
    (claim,) = claims(nlp, text)
    assert ("hedged" in claim.flags) is hedged


@pytest.mark.parametrize(
    "opener", ["In a statement posted on Telegram", "In a statement to Reuters", "On X"]
)
def test_where_a_pronoun_spoke_is_not_who_it_is(nlp: Language, opener: str) -> None:
    text = (
        "The Russian embassy rejected the accusations. "
        f"{opener}, it said Moscow would respond in kind."
    )
    claim = only(claims(nlp, text), "said")
    assert claim.source is not None
    assert claim.source.text == "it"
    assert claim.speaker_name == "Russian embassy"


@pytest.mark.parametrize(
    "note",
    [
        ", without releasing evidence.",
        ", without publishing any evidence.",
        ". It has not made public any evidence.",
        " but has not published evidence.",
    ],
)
def test_evidence_not_released_or_published_leaves_a_claim_unsupported(
    nlp: Language, note: str
) -> None:
    text = "The ministry said Russian hackers were behind the attack" + note
    claim = only(claims(nlp, text), "said")
    assert claim.content.text == "Russian hackers were behind the attack"
    assert "unsupported" in claim.flags


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The attackers, a witness said, arrived on motorcycles.", "a witness"),
        ("Survivors, Flavio Di Giacomo said, had been taken back to Libya.", "Flavio Di Giacomo"),
    ],
)
def test_a_source_set_off_inside_the_clause_read_as_its_subjects_apposition(
    nlp: Language, text: str, source: str
) -> None:
    claim = only(claims(nlp, text), "said")
    assert claim.source is not None
    assert claim.source.text == source
    assert claim.content.text == text.rstrip(".")


@pytest.mark.parametrize(
    "text",
    [
        "Iran, Kanaani said Monday, would install new centrifuges.",
        "The vote count, the commission said in a statement, had been transparent.",
    ],
)
def test_a_clauses_subject_set_off_before_the_source_is_what_was_said(
    nlp: Language, text: str
) -> None:
    claim = only(claims(nlp, text), "said")
    assert claim.content.text == text.rstrip(".")
    assert claim.source is not None
    assert claim.source.text in {"Kanaani", "the commission"}


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "A plane carrying 43 deportees landed in Kabul on Wednesday, the ministry said, "
            "the first such flight this year.",
            "A plane carrying 43 deportees landed in Kabul on Wednesday",
        ),
        (
            "Troops shelled the border post, officials said, on Monday.",
            "Troops shelled the border post",
        ),
    ],
)
def test_the_reporters_words_after_a_closing_cue_are_not_what_was_said(
    nlp: Language, text: str, content: str
) -> None:
    assert only(claims(nlp, text), "said").content.text == content


@pytest.mark.parametrize(
    ("text", "speaker", "source"),
    [
        (
            '"We lost everything," said Ko Thura, a farmer who said his nephew was killed.',
            "Ko Thura",
            "Ko Thura, a farmer",
        ),
        (
            "The strike hit a market, according to the police, who said 12 people died.",
            "police",
            "the police",
        ),
    ],
)
def test_who_said_after_a_source_is_that_source(
    nlp: Language, text: str, speaker: str, source: str
) -> None:
    first, second = claims(nlp, text)
    assert first.source is not None
    assert first.source.text == source
    assert (first.speaker_name, second.speaker_name) == (speaker, speaker)
    assert second.source is not None
    assert second.source.text == "who"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Taliban said the strikes killed 46 people. A Pakistani spokesman said "
            "Pakistan had the right to defend itself.",
            "Pakistani spokesman",
        ),
        (
            "The Arakan Army said it had captured the base. A military spokesman said the "
            "troops had withdrawn in good order.",
            "military spokesman",
        ),
        (
            "Pakistan's foreign ministry said the strikes were lawful. A Pakistani "
            "spokesman said Pakistan had the right to defend itself.",
            "Pakistan (foreign ministry)",
        ),
    ],
)
def test_an_unnamed_spokesman_of_another_side_is_not_the_body_before(
    nlp: Language, text: str, speaker: str
) -> None:
    assert [c.speaker_name for c in claims(nlp, text)][-1] == speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Tripoli (AFP) - At least 61 migrants drowned off Libya, the IOM said Saturday.",
            "At least 61 migrants drowned off Libya",
        ),
        ('Athens (AFP) - "We saw a pushback," a rescue group said.', "We saw a pushback"),
        ('ATHENS (AFP) - "We saw a pushback," a rescue group said.', "We saw a pushback"),
        # (no agency, no dateline)
        ("Tripoli - the capital - was calm, officials said.", "Tripoli - the capital - was calm"),
    ],
)
def test_a_dateline_in_title_case_with_its_agency_is_no_part_of_the_claim(
    nlp: Language, text: str, content: str
) -> None:
    assert only(claims(nlp, text), "said").content.text == content


@pytest.mark.parametrize("who", ["A Syrian", "An Afghan", "A 19-year-old", "A teenager"])
def test_he_after_one_person_named_by_origin_or_age_is_that_person(nlp: Language, who: str) -> None:
    text = (
        "Jacek Dobrzynski said the procedures were lawful. "
        f'{who} told AFP that soldiers had cut the fence. "We ran," he said.'
    )
    last = claims(nlp, text)[-1]
    assert last.content.text == "We ran"
    assert last.speaker_name == who.split(" ", 1)[1]


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("Kidnappers demanded a ransom of $200,000, the family said.", ["said"]),
        ("The gang demanded $500 from each driver, residents said.", ["said"]),
        ("Protesters demanded the release of political prisoners.", ["demanded"]),
    ],
)
def test_money_demanded_is_a_deed_not_a_claim(nlp: Language, text: str, cues: list[str]) -> None:
    assert [c.cue.text for c in claims(nlp, text)] == cues


@pytest.mark.parametrize(
    ("text", "described"),
    [
        (
            "Police arrested a Russian diplomat in Berlin on Monday. The aide has said he "
            "is innocent. Olaf Scholz said the arrest was right.",
            "aide",
        ),
        (
            "The former president said the count was rigged. President Luis Arce said it was fair.",
            "former president",
        ),
        (
            "The tribunal's vice president said the count was clean. Tribunal president "
            "Ana Choque said it was fair.",
            "tribunal's vice president",
        ),
    ],
)
def test_a_description_is_not_the_next_person_named_with_another_role(
    nlp: Language, text: str, described: str
) -> None:
    first, second = claims(nlp, text)
    assert first.speaker_name == described
    assert second.speaker_name != described


@pytest.mark.parametrize(
    "text",
    [
        "The House rejected the amendment 210-215.",
        "The committee rejected the nomination on Tuesday.",
        "The court dismissed the appeal.",
    ],
)
def test_a_vote_or_ruling_against_a_motion_is_no_claim(nlp: Language, text: str) -> None:
    assert claims(nlp, text) == []


@pytest.mark.parametrize(
    "tail",
    [", in a statement", ", in a test of the truce", ", as fighting spread", ", on Monday"],
)
def test_the_reporters_words_after_a_closing_cue_set_off_by_commas(
    nlp: Language, tail: str
) -> None:
    text = f"Gunmen attacked a bus near the border, officials said{tail}."
    assert only(claims(nlp, text), "said").content.text == "Gunmen attacked a bus near the border"


@pytest.mark.parametrize(("noun", "flagged"), [("figures", ["army", "Fano"]), ("figure", ["Fano"])])
def test_figures_in_the_plural_that_could_not_be_verified_are_each_speakers(
    nlp: Language, noun: str, flagged: list[str]
) -> None:
    text = (
        "The army said it killed 45 militiamen. A Fano spokesman said the group lost six "
        f"fighters. The {noun} could not be independently verified."
    )
    assert [c.speaker_name for c in claims(nlp, text) if "unverified" in c.flags] == flagged


@pytest.mark.parametrize(("pronoun", "speaker"), [("He", "Pedro Sanchez"), ("She", "Kemi Dada")])
def test_a_pronoun_passes_over_a_speaker_whose_role_tells_another_gender(
    nlp: Language, pronoun: str, speaker: str
) -> None:
    text = (
        "Defense Minister Pedro Sanchez said troops were deployed. Kemi Dada, an army "
        f"spokeswoman, said patrols had begun. {pronoun} added that more troops would come."
    )
    assert claims(nlp, text)[-1].speaker_name == speaker


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "According to a police spokesman, Col. Juan Perez, two officers died.",
            "a police spokesman, Col. Juan Perez",
            "two officers died",
        ),
        (
            "According to the mayor, Aquiles Alvarez, the city was calm.",
            "the mayor, Aquiles Alvarez",
            "the city was calm",
        ),
    ],
)
def test_according_to_a_description_and_the_name_set_off_after_it(
    nlp: Language, text: str, source: str, content: str
) -> None:
    claim = only(claims(nlp, text), "According to")
    assert (claim.source.text if claim.source else None, claim.content.text) == (source, content)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The United States and the European Union said those responsible must be punished.",
            "United States (government) and European Union",
        ),
        (
            "Human Rights Watch and Amnesty International said the trial was unfair.",
            "Human Rights Watch and Amnesty International",
        ),
        ("Both Pakistan and China rejected the claims.", "Pakistan and China (governments)"),
        # (one body, named twice)
        (
            "The Nigeria Center for Disease Control and Prevention, or NCDC, said it had "
            "recorded 39 cases.",
            "Nigeria Center for Disease Control and Prevention",
        ),
    ],
)
def test_bodies_joined_as_one_source_speak_together(nlp: Language, text: str, speaker: str) -> None:
    assert [c.speaker_name for c in claims(nlp, text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A doctor at the hospital in Jowhar, Amina Yusuf, said 30 wounded had arrived.",
            "Amina Yusuf",
        ),
        ("A resident of the village of Balcad, Halima Nur, said the militants fled.", "Halima Nur"),
        (
            "A Fano spokesman, Asres Mare Damtie, said the militia had taken the town.",
            "Asres Mare Damtie",
        ),
        # (not one named with another role: the faction speaks)
        (
            "A faction led by its chairman, Debretsion Gebremichael, accused the "
            "administration of plotting.",
            "faction",
        ),
    ],
)
def test_the_name_that_closes_a_description_is_the_speaker(
    nlp: Language, text: str, speaker: str
) -> None:
    assert [c.speaker_name for c in claims(nlp, text)] == [speaker]


def test_his_after_one_the_tagger_named_no_person_is_not_the_spokesman_before(
    nlp: Language,
) -> None:
    text = (
        'Foreign Ministry spokesman Aykhan Hajizada said the report was "politically '
        'motivated."\n\nRuben Vardanyan, a businessman who is on trial in Baku, was '
        "reported by his family to have begun a hunger strike. His lawyer said Vardanyan "
        "had lost nearly 10 kilograms."
    )
    (lawyer,) = [c for c in claims(nlp, text) if c.content.text.startswith("Vardanyan")]
    assert "Hajizada" not in lawyer.speaker_name


@pytest.mark.parametrize("verb", ["asked for time", "are asking for a vote"])
def test_a_quote_going_on_after_its_cue_with_a_word_of_asking(nlp: Language, verb: str) -> None:
    text = f'"We need access," Grossi said. "They {verb}."'
    found = claims(nlp, text)
    assert [(c.speaker_name, c.content.text) for c in found] == [
        ("Rafael Grossi", "We need access"),
        ("Rafael Grossi", f"They {verb}."),
    ]


def test_a_long_dateline_with_its_date_and_agency_is_no_part_of_the_source(
    nlp: Language,
) -> None:
    text = (
        "BANJA LUKA, Bosnia and Herzegovina, Nov 18, 2026 (AFP) - Bosnian Serb leader "
        "Milorad Dodik said on Tuesday that Republika Srpska would not hand over its officials."
    )
    claim = only(claims(nlp, text), "said")
    assert claim.source is not None
    assert claim.source.text == "Bosnian Serb leader Milorad Dodik"
    assert claim.speaker_name == "Milorad Dodik"


@pytest.mark.parametrize(
    "text",
    [
        "Beijing claims almost the entire South China Sea.",
        "Hanoi continues to claim sovereignty over the islands.",
    ],
)
def test_a_claim_to_land_is_no_claim(nlp: Language, text: str) -> None:
    assert claims(nlp, text) == []


@pytest.mark.parametrize(
    "note",
    ["The BBC has not been able to verify the claim.", "There was no independent confirmation."],
)
def test_more_ways_of_saying_a_claim_could_not_be_verified(nlp: Language, note: str) -> None:
    (claim,) = claims(nlp, f"The army said the men had attacked troops. {note}")
    assert "unverified" in claim.flags


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Israeli jets hit Hezbollah targets. The Syrian Observatory for Human Rights said "
            "12 people died. The group said most were civilians.",
            "Syrian Observatory for Human Rights",
        ),
        (
            "Israeli jets hit Hezbollah targets overnight. Hezbollah said it fired rockets. The "
            "group said it would keep fighting.",
            "Hezbollah",
        ),
        (
            "The National Police said two officers were killed. The group said it was not "
            "involved.",
            "group",
        ),
    ],
)
def test_the_group_is_the_organisation_that_spoke_since_the_armed_group_was_named(
    nlp: Language, text: str, speaker: str
) -> None:
    assert claims(nlp, text)[-1].speaker_name == speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Police estimated the number of protesters at 55,000.",
            "the number of protesters at 55,000",
        ),
        ("The group estimated the crowd at around 140,000.", "the crowd at around 140,000"),
    ],
)
def test_a_count_estimated_at_a_figure_keeps_the_figure(
    nlp: Language, text: str, content: str
) -> None:
    assert only(claims(nlp, text), "estimated").content.text == content


@pytest.mark.parametrize(
    "text",
    [
        "Israel rejected the Egyptian proposal on Sunday.",
        "Netanyahu rejected calls for a ceasefire.",
        "Russia rejected the peace plan on Tuesday.",
    ],
)
def test_rejecting_a_proposal_is_an_act_not_a_claim(nlp: Language, text: str) -> None:
    assert claims(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("The official said the army could not reach the town because roads were mined.", False),
        ("Hamas said Israel had rejected a deal that could end the war.", False),
        ("The official said the army could reach the town by Friday.", True),
        ("Klingner said there were concerns that Trump could return to threats.", True),
    ],
)
def test_could_hedges_only_what_was_said_and_not_an_inability(
    nlp: Language, text: str, hedged: bool
) -> None:
    (claim,) = claims(nlp, text)
    assert ("hedged" in claim.flags) is hedged


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Meanwhile, an airstrike killed six people, hospital officials said.",
            "an airstrike killed six people",
        ),
        (
            "Separately, a strike on a school killed 11 people, according to the Civil Defense.",
            "a strike on a school killed 11 people",
        ),
    ],
)
def test_the_reporters_connective_opening_the_sentence_is_no_part_of_the_claim(
    nlp: Language, text: str, content: str
) -> None:
    (claim,) = claims(nlp, text)
    assert claim.content.text == content


@pytest.mark.parametrize(
    "told", ["Reuters", "reporters", "VOA Mandarin that", "VOA via email that"]
)
def test_the_one_told_is_not_the_subject_of_what_was_said(nlp: Language, told: str) -> None:
    text = f"Novak told {told} exports had recovered."
    (claim,) = claims(nlp, text)
    assert claim.cue.text.startswith("told")
    assert claim.content.text == "exports had recovered"


@pytest.mark.parametrize(
    ("text", "denial"),
    [
        ("India said it had not violated any sanctions.", True),
        ("Huawei said it had never supplied equipment to Iran.", True),
        ("The army said it did not target civilians.", True),
        ("He said he did not know about the plan.", False),
        ("The army said the rebels did not target civilians.", False),
    ],
)
def test_saying_one_did_no_wrong_is_a_denial(nlp: Language, text: str, denial: bool) -> None:
    (claim,) = claims(nlp, text)
    assert ("denial" in claim.flags) is denial


@pytest.mark.parametrize(
    "text",
    [
        "The agency did not identify the suspects or say which country was behind it.",
        "Police did not name the men or say why they were held.",
        "The army never confirmed the strike or said who carried it out.",
    ],
)
def test_a_cue_joined_by_or_to_a_negated_verb_is_negated_too(nlp: Language, text: str) -> None:
    assert claims(nlp, text) == []


def test_a_cue_joined_by_but_to_a_negated_verb_still_says_it(nlp: Language) -> None:
    found = claims(nlp, "The army did not confirm the strike but said the area was closed.")
    assert only(found, "said").content.text == "the area was closed"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The agency said it had found weapons, accusing foreign actors of training protesters.",
            "it had found weapons",
        ),
        (
            "The army said its troops had repelled the attack, blaming rebels for the shelling.",
            "its troops had repelled the attack",
        ),
        # the one the clause's subject accuses may be that subject: kept
        (
            "Villagers said soldiers beat them, accusing them of spying.",
            "soldiers beat them, accusing them of spying",
        ),
    ],
)
def test_the_speakers_own_accusation_after_a_comma_is_no_part_of_what_was_said(
    nlp: Language, text: str, content: str
) -> None:
    assert only(claims(nlp, text), "said").content.text == content


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "China's coast guard said it had seized a drone, a claim Taiwan's military "
            "denied. It said the drone carried cameras.",
            "China (coast guard)",
        ),
        (
            "Hamas said Israel had broken the truce, a charge Israel denies. It said talks "
            "would go on.",
            "Hamas",
        ),
        (
            "Chen Binhua said the drills were a warning, a claim Lai Ching-te rejected. He "
            "said the island would not bow.",
            "Chen Binhua",
        ),
        (
            "Russia said it had downed 40 drones, which Kyiv denied. It said the attack had "
            "failed.",
            "Russia (government)",
        ),
    ],
)
def test_a_pronoun_after_a_denial_set_off_is_still_the_claimant(
    nlp: Language, text: str, speaker: str
) -> None:
    assert claims(nlp, text)[-1].speaker_name == speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'Chen said the DPP was "colluding with foreign forces".',
            'the DPP was "colluding with foreign forces"',
        ),
        (
            'The GNU dismissed the vote as "a theatrical performance".',
            'the vote as "a theatrical performance"',
        ),
        (
            "Shah said the government would “not spare anyone”.",
            "the government would “not spare anyone”",
        ),
        (
            'Hayashi called the launch "absolutely unacceptable" and said Tokyo had protested.',
            'the launch "absolutely unacceptable"',
        ),
    ],
)
def test_a_quotation_closing_right_after_the_content_keeps_its_mark(
    nlp: Language, text: str, content: str
) -> None:
    assert claims(nlp, text)[0].content.text == content


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # another body's spokesperson named after is someone else
        (
            "A spokesperson for the navy said no ships were lost. Pentagon spokesperson "
            "John Kirby said the U.S. was watching.",
            "spokesperson for the navy",
        ),
        # the same body's is the one named
        (
            "A spokesman for the ministry said the strike hit a depot. The spokesman, Ali "
            "Hassan, said two soldiers died.",
            "Ali Hassan",
        ),
    ],
)
def test_an_unnamed_spokesperson_is_one_named_after_only_for_the_same_body(
    nlp: Language, text: str, speaker: str
) -> None:
    assert claims(nlp, text)[0].speaker_name == speaker


@pytest.mark.parametrize(
    ("between", "speaker"),
    [
        ("The interior ministry rejected the report.", "interior ministry"),
        ("The interior ministry did not comment.", "interior ministry"),
        # a description of the body that spoke is that body
        ("The group published photos.", "Human Rights Watch"),
    ],
)
def test_a_bare_spokesman_speaks_for_the_body_just_named_as_subject(
    nlp: Language, between: str, speaker: str
) -> None:
    text = f"Human Rights Watch said guards beat detainees. {between} A spokesman said the "
    text += "centres met international standards."
    assert claims(nlp, text)[-1].speaker_name == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Mr Hughes said his wife was innocent. Ms Farahani said the trial was short. He "
            "said he would keep campaigning.",
            "Hughes",
        ),
        (
            "Ms Ganguly said civilians must be protected. She added that families should return.",
            "Ganguly",
        ),
        (
            "Ana Brnabic said the protests were funded from abroad. Dragan Djilas said that "
            "was false. She said she would not resign.",
            "Ana Brnabic",
        ),
    ],
)
def test_a_pronoun_passes_over_one_whose_name_or_title_tells_another_gender(
    nlp: Language, text: str, speaker: str
) -> None:
    assert claims(nlp, text)[-1].speaker_name == speaker


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        ("Seoul said it could not confirm the report.", []),
        ("The ministry said it was aware of the reports but could not confirm them.", []),
        (
            "Rebels said they killed 40 soldiers. VOA could not independently verify the claim.",
            ["unverified"],
        ),
    ],
)
def test_the_speakers_own_doubt_is_not_the_outlets(
    nlp: Language, text: str, flags: list[str]
) -> None:
    assert list(claims(nlp, text)[0].flags) == flags


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Peskov said Putin had been briefed. He added that Putin would speak on Friday.",
            "Dmitry Peskov",
        ),
        ("Gladkov said Zelensky was to blame. He said the attacks would continue.", "Gladkov"),
    ],
)
def test_a_pronoun_goes_on_with_the_speaker_not_one_told_of(
    nlp: Language, text: str, speaker: str
) -> None:
    assert claims(nlp, text)[-1].speaker_name == speaker


def test_a_pronoun_goes_on_with_one_reported_of_in_a_passive_report(nlp: Language) -> None:
    text = (
        "Officials said Ruben Vardanyan was reported by his family to have begun a hunger "
        "strike. He said he would not eat until he was freed."
    )
    assert claims(nlp, text)[-1].speaker_name == "Ruben Vardanyan"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The ministry denied any role in the killing.", "any role in the killing"),
        ("Hamas denied links to the group.", "links to the group"),
        (
            "Trevilla told reporters federal forces had not been attacked.",
            "federal forces had not been attacked",
        ),
        (
            "Residents told VOA armed men had patrolled the area.",
            "armed men had patrolled the area",
        ),
        (
            "The ministry said in a statement that wounded civilians were evacuated.",
            "wounded civilians were evacuated",
        ),
        (
            "The ministry said on Monday that detained soldiers were on high alert.",
            "detained soldiers were on high alert",
        ),
    ],
)
def test_content_the_parser_cut_or_hung_elsewhere_is_made_whole(
    nlp: Language, text: str, content: str
) -> None:
    assert claims(nlp, text)[0].content.text == content


def test_the_premier_is_the_prime_minister_named_before(nlp: Language) -> None:
    text = (
        "Prime Minister Abdulhamid Dbeibah said the vote was illegal. The premier said he "
        "would not step down."
    )
    assert claims(nlp, text)[-1].speaker_name == "Abdulhamid Dbeibah"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Police said the road was closed. Isa Sanusi said the gunmen fled. He said troops "
            "were slow.",
            "Isa Sanusi",
        ),
        ("Sylvain Ekenge said the soldiers ran. He said it was desperate.", "Sylvain Ekenge"),
        (
            "Police said the attack began at dawn. Zulum said he had briefed President Bola "
            "Tinubu. He said farmers could return.",
            "Zulum",
        ),
        ("Salama said the president would travel. She said no date had been set.", "Salama"),
        # a body's name the same shape is still a body
        (
            "Amnesty International said the trial was unfair. It said appeals would follow.",
            "Amnesty International",
        ),
    ],
)
def test_a_pronoun_finds_a_person_the_tagger_did_not_know(
    nlp: Language, text: str, speaker: str
) -> None:
    assert claims(nlp, text)[-1].speaker_name == speaker


@pytest.mark.parametrize(
    ("text", "part", "closed"),
    [
        (
            "Human rights group Memorial, which Moscow has declared a 'foreign agent', said "
            "civilians were paying the price.",
            "source",
            "a 'foreign agent'",
        ),
        (
            "Kyiv said it hit a depot. The defence ministry dismissed the claim as 'a "
            "provocation'.",
            "content",
            "as 'a provocation'",
        ),
        (
            'Grossi urged "maximum restraint" from both sides.',
            "content",
            '"maximum restraint" from both sides',
        ),
    ],
)
def test_a_span_keeps_both_marks_of_a_quotation_it_holds(
    nlp: Language, text: str, part: str, closed: str
) -> None:
    claim = claims(nlp, text)[-1]
    span = claim.source if part == "source" else claim.content
    assert span is not None
    assert span.text.endswith(closed) or span.text == closed


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Prak Sokhonn said holding them was illegal, in a post on Facebook.",
            "holding them was illegal",
        ),
        (
            "Hun Manet said the talks had failed, speaking to reporters in Phnom Penh.",
            "the talks had failed",
        ),
        (
            "Cambodia said Thai troops fired first, in a letter to the UN seen by AFP.",
            "Thai troops fired first",
        ),
        (
            "The military said it had killed a commander outside Tehran, in the latest "
            "escalation between the two foes.",
            "it had killed a commander outside Tehran",
        ),
        # a phrase of the speaker's own after a comma stays
        (
            "Hezbollah said the strike was illegal, in violation of the truce.",
            "the strike was illegal, in violation of the truce",
        ),
        ("The army said later that gunfire had been heard.", "gunfire had been heard"),
        (
            "The SDF said its fighters were attacked first, an account Reuters could not verify.",
            "its fighters were attacked first",
        ),
    ],
)
def test_the_reporters_words_after_what_was_said_are_no_part_of_it(
    nlp: Language, text: str, content: str
) -> None:
    assert claims(nlp, text)[0].content.text == content


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The defence ministry said it had not ordered any advance.", "defence ministry"),
        ("The justice ministry said the trial would go ahead.", "justice ministry"),
        ("Immigration and Customs Enforcement said all detainees have access to lawyers.", "ICE"),
    ],
)
def test_a_body_keeps_its_whole_name(nlp: Language, text: str, speaker: str) -> None:
    assert claims(nlp, text)[0].speaker_name == speaker


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        ("He said the amnesty would cover people who were not involved in violence.", []),
        ("Mr Hughes said his wife was held in Evin and was denied a lawyer.", []),
        ("He said she was beaten and denied medical care.", []),
        ("Makolo said Kigali was not a party to the fighting.", ["denial"]),
        ("Rwanda said it was not involved.", ["denial"]),
    ],
)
def test_a_denial_is_the_speakers_own_in_its_main_clause(
    nlp: Language, text: str, flags: list[str]
) -> None:
    (claim,) = claims(nlp, text)
    assert list(claim.flags) == flags


def test_citing_a_reason_is_a_claim(nlp: Language) -> None:
    found = claims(nlp, "The airline cancelled flights, citing security concerns.")
    assert only(found, "citing").content.text == "security concerns"


def test_a_given_name_of_both_genders_fits_either_pronoun(nlp: Language) -> None:
    text = "Ilham Ahmed said talks would resume. She said Ankara had agreed."
    assert claims(nlp, text)[-1].speaker_name == "Ilham Ahmed"


@pytest.mark.parametrize(
    ("text", "first", "accused"),
    [
        (
            "Ekenge said Rwandan troops crossed the border and accused Kigali of lying.",
            "Rwandan troops crossed the border",
            "Kigali of lying",
        ),
        (
            "Nangaa said the army had been shelling villages and accused the government of "
            "bombing civilians.",
            "the army had been shelling villages",
            "the government of bombing civilians",
        ),
    ],
)
def test_said_a_and_accused_b_is_two_claims_of_the_speaker(
    nlp: Language, text: str, first: str, accused: str
) -> None:
    found = claims(nlp, text)
    assert only(found, "said").content.text == first
    assert only(found, "accused").content.text == accused
    assert only(found, "accused").speaker_name == only(found, "said").speaker_name


@pytest.mark.parametrize(
    "text",
    [
        '"Tehran will respond," Araghchi said.',
        '"We will keep working," she said, "whatever the governor says."',
    ],
)
def test_a_cue_in_short_quoted_words_is_the_quoted_speakers(nlp: Language, text: str) -> None:
    found = claims(nlp, text)
    assert found
    assert {c.cue.text for c in found} == {"said"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Farmer Musa Garba said the gunmen fled.", "Musa Garba"),
        ("Villager Amina Bello said the gunmen fled.", "Amina Bello"),
        (
            '"The missile flew 800 kilometers," the Joint Chiefs of Staff said.',
            "Joint Chiefs of Staff",
        ),
        ("The Ministry of Defence said two drones were downed.", "Ministry of Defence"),
    ],
)
def test_a_speakers_name_as_written_without_a_walk_of_life_before_it(
    nlp: Language, text: str, speaker: str
) -> None:
    assert claims(nlp, text)[0].speaker_name == speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "China says drone seized near Kinmen\n\nTAIPEI (Reuters) - Taiwan said it was "
            "watching.",
            "drone seized near Kinmen",
        ),
        (
            "Rights group says 37 activists arrested in Caracas\n\nCARACAS (AP) - Police were "
            "out in force.",
            "37 activists arrested in Caracas",
        ),
    ],
)
def test_a_headline_says_a_clause_without_its_auxiliary(
    nlp: Language, text: str, content: str
) -> None:
    assert claims(nlp, text)[0].content.text == content


def test_said_with_an_object_and_its_participle_in_a_sentence_is_no_headline(
    nlp: Language,
) -> None:
    assert claims(nlp, "He said a prayer written by his mother.") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The SDF accused Turkish-backed factions of shelling Kobani. The factions denied "
            "the charge.",
            "Turkish-backed factions",
        ),
        (
            "Fighting resumed, according to a statement from Haftar's Libyan National Army.",
            "Libyan National Army",
        ),
        (
            "Thailand said Cambodia fired first. The death toll stood at 33, the two "
            "governments said.",
            "two governments",
        ),
        ("Therese Kayikwamba Wagner said Kinshasa would not sign.", "Therese Kayikwamba Wagner"),
    ],
)
def test_a_speaker_is_the_whole_party_named(nlp: Language, text: str, speaker: str) -> None:
    assert claims(nlp, text)[-1].speaker_name == speaker


def test_a_name_the_parser_left_before_and_opens_what_was_said(nlp: Language) -> None:
    text = "Prisoner swap\n\nRussia and Ukraine exchanged prisoners, officials said."
    assert only(claims(nlp, text), "said").content.text == "Russia and Ukraine exchanged prisoners"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Rind said Naqvi would visit the site. He added that 80 hostages had been freed.", "Rind"),
        (
            "Ashraf said Sharif had abandoned Balochistan. He told Reuters the gunmen let the "
            "elderly go.",
            "Ashraf",
        ),
        (
            "Kaufman, the defence lawyer, said Duterte was too frail. He also said the judges "
            "should visit him.",
            "Kaufman",
        ),
        (
            "Ryder said Biden had approved the strikes. He said the targets were chosen carefully.",
            "Ryder",
        ),
        (
            "A U.S. official said al-Sudani had been told. He said talks would go on.",
            "U.S. official",
        ),
    ],
)
def test_he_goes_on_with_a_speaker_named_by_surname_not_one_named_in_what_was_said(
    nlp: Language, text: str, speaker: str
) -> None:
    assert claims(nlp, text)[-1].speaker_name == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A spokesman for Kiir, David Majur, said the arrests were lawful.", "David Majur"),
        ("Diplomats in Juba said the crisis might spiral.", "Diplomats in Juba"),
        ("Officials in Kabul said the crisis might spiral.", "Afghan officials"),
    ],
)
def test_unnamed_or_named_after_a_description_as_written(
    nlp: Language, text: str, speaker: str
) -> None:
    assert claims(nlp, text)[0].speaker_name == speaker


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Fighting broke out Thursday, officials said, as anger over the arrests grew.",
            "said",
            "Fighting broke out Thursday",
        ),
        (
            "Amnesty said the arrests were unlawful and called for the detainees to be released.",
            "said",
            "the arrests were unlawful",
        ),
        ("Trump said the island was vital, reviving a push.", "said", "the island was vital"),
        ("Police put attendance at 60,000.", "put", "attendance at 60,000"),
    ],
)
def test_what_was_said_without_the_reporters_words_around_it(
    nlp: Language, text: str, cue: str, content: str
) -> None:
    assert only(claims(nlp, text), cue).content.text == content


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        ('"People here believe half of it," said Karl Petersen, a fisherman.', []),
        ("Petersen said he did not believe the report.", []),
        ("Petersen said he believed the army would win.", ["hedged"]),
    ],
)
def test_believing_a_thing_is_no_hedge(nlp: Language, text: str, flags: list[str]) -> None:
    assert list(claims(nlp, text)[0].flags) == flags


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Fighting resumed, according to a review by VOA's Mandarin Service.", "VOA"),
        (
            "Fighting resumed, according to an analysis by University of Melbourne professor "
            "Andrew Rosser.",
            "Andrew Rosser",
        ),
    ],
)
def test_a_document_named_by_its_issuer_speaks_for_it(
    nlp: Language, text: str, speaker: str
) -> None:
    assert claims(nlp, text)[0].speaker_name == speaker


def test_a_plural_role_is_not_one_person_named_with_it(nlp: Language) -> None:
    text = (
        '"We are not afraid," said Jovana, a 21-year-old philosophy student. The students '
        "deny receiving foreign money."
    )
    assert only(claims(nlp, text), "deny").speaker_name != "Jovana"


def test_they_after_their_own_words_is_not_a_subject_in_them(nlp: Language) -> None:
    text = 'Student leaders addressed the crowd. "The elections were rigged," they said.'
    assert claims(nlp, text)[0].speaker_name == "Student leaders"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The drones were launched from Syria, the Kurdistan counterterrorism service said "
            "in a statement.",
            "Kurdistan counterterrorism service",
            "The drones were launched from Syria",
        ),
        (
            "Police shot two protesters, a rights group alleged on Wednesday.",
            "rights group",
            "Police shot two protesters",
        ),
    ],
)
def test_a_closing_cue_followed_by_where_or_when_it_was_said(
    nlp: Language, text: str, speaker: str, content: str
) -> None:
    (claim,) = claims(nlp, text)
    assert (claim.speaker_name, claim.content.text) == (speaker, content)


def test_its_spokesman_after_a_body_in_the_clause_before_speaks_for_it(nlp: Language) -> None:
    text = (
        "The BLA said it had killed 50 soldiers. The army did not respond, but its "
        "spokesman said only four had died."
    )
    assert claims(nlp, text)[-1].speaker_name == "army"


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "The troops will stay in the buffer zone, Katz, a close ally of the premier, said.",
            "Katz, a close ally of the premier",
            "The troops will stay in the buffer zone",
        ),
        (
            "The victims included children, the Observatory, which is based in Britain, said.",
            "the Observatory, which is based in Britain",
            "The victims included children",
        ),
        (
            "Three drones were shot down near Lahore, the interior ministry, which oversees "
            "the police, said.",
            "the interior ministry, which oversees the police",
            "Three drones were shot down near Lahore",
        ),
        (
            "The ship was carrying petrol, Sami Rakshit, head of enforcement at Finnish "
            "Customs, told Yle.",
            "Sami Rakshit, head of enforcement at Finnish Customs",
            "The ship was carrying petrol",
        ),
    ],
)
def test_a_source_described_at_length_before_a_closing_cue(
    nlp: Language, text: str, source: str, content: str
) -> None:
    (claim,) = claims(nlp, text)
    assert claim.source is not None
    assert (claim.source.text, claim.content.text) == (source, content)


def test_a_closing_cue_with_its_source_after_it_takes_no_source_from_the_quote(
    nlp: Language,
) -> None:
    text = (
        '"You are no longer welcome," said Kristen Day, executive director of Democrats '
        "for Life, reports USA Today."
    )
    assert [c.source.text for c in claims(nlp, text) if c.source is not None] == [
        "Kristen Day, executive director of Democrats for Life"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "A senior official, who spoke on condition of anonymity, claimed without providing "
        "evidence that the crew had been ordered to slow down.",
        "A senior official, speaking anonymously, claimed without providing evidence that "
        "the crew had been ordered to slow down.",
        "A senior official, who spoke on condition of anonymity, alleged without providing "
        "evidence that the crew had been ordered to slow down.",
    ],
)
def test_a_cue_set_off_from_its_subject_by_a_description_is_the_sentences_verb(
    nlp: Language, text: str
) -> None:
    (claim,) = claims(nlp, text)
    assert claim.speaker_name == "senior official"
    assert claim.content.text == "the crew had been ordered to slow down"
    assert "unsupported" in claim.flags


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        (
            "The tanker was unflagged, Maria Zakharova said, without providing evidence.",
            ["unsupported"],
        ),
        ("The tanker was sabotaged, police said, without giving details.", []),
    ],
)
def test_a_closing_cue_then_how_it_was_said(nlp: Language, text: str, flags: list[str]) -> None:
    (claim,) = claims(nlp, text)
    assert claim.content.text == text.split(",")[0]
    assert sorted(claim.flags) == flags


@pytest.mark.parametrize(
    ("text", "content", "rejected"),
    [
        (
            "Mr Peskov said Moscow had no role, dismissing remarks by Mr Tsahkna.",
            "Moscow had no role",
            "remarks by Mr Tsahkna",
        ),
        (
            "The army said it had killed 40 fighters, denying reports of civilian deaths.",
            "it had killed 40 fighters",
            "reports of civilian deaths",
        ),
    ],
)
def test_rejecting_what_others_said_after_a_claim_is_the_speakers_own_answer(
    nlp: Language, text: str, content: str, rejected: str
) -> None:
    said, rejecting = claims(nlp, text)
    assert said.content.text == content
    assert (rejecting.speaker_name, rejecting.content.text) == (said.speaker_name, rejected)
    assert "denial" in rejecting.flags


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The U.N. chief said the attack was unacceptable.", "Antonio Guterres"),
        ("The UN secretary-general said the attack was unacceptable.", "Antonio Guterres"),
        ("The U.N. human rights chief said the attack was unacceptable.", "Volker Turk"),
        ("The EU foreign policy chief said the attack was unacceptable.", "Josep Borrell"),
        ("A U.N. aid chief said aid was blocked.", "U.N. aid chief"),
        ("A resident of Barmal, Gul Rahman, said the village had been bombed.", "Gul Rahman"),
        ("A resident, Mujahid Ali, said the village had been bombed.", "Mujahid Ali"),
        ('"The planes came at night," Gul Rahman, a shopkeeper, said.', "Gul Rahman"),
    ],
)
def test_a_speaker_named_by_a_bodys_office_or_by_a_name_like_a_known_persons(
    nlp: Language, text: str, speaker: str
) -> None:
    (claim,) = claims(nlp, text)
    assert claim.speaker_name == speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Drone attacks hit Lahore, Pakistan vows retaliation", "retaliation"),
        ("India struck nine sites overnight, Pakistan vowed revenge.", "revenge"),
        ("Lai jailed for 20 years, Britain condemns sentence", "sentence"),
    ],
)
def test_a_cue_with_an_object_of_its_own_does_not_report_the_clause_before(
    nlp: Language, text: str, content: str
) -> None:
    (claim,) = claims(nlp, text)
    assert claim.content.text == content


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Chief Superintendent Steve Li told reporters the group was armed.", "Steve Li"),
        ("Detective Sergeant Amy Wong said the group was armed.", "Amy Wong"),
        ("The army chief, Field Marshal Asim Munir, said India would pay.", "Asim Munir"),
        (
            "Air Chief Marshal Zaheer Ahmed Babar Sidhu said jets were downed.",
            "Zaheer Ahmed Babar Sidhu",
        ),
        ("Meanwhile exiled activist Nathan Law said the arrests were unjust.", "Nathan Law"),
        (
            "The United Nations envoy for Syria, Geir Pedersen, said the transition would stall.",
            "Geir Pedersen",
        ),
        ("Cotonou said it had no bases in the north.", "Benin (government)"),
        ("Ndjamena said it had no bases in the north.", "Chad (government)"),
        ("Hong Kong's government said the trial was fair.", "Hong Kong (government)"),
        (
            "Physicians for Human Rights-Israel said detainees were denied care.",
            "Physicians for Human Rights-Israel",
        ),
        (
            "Al Shabaab said it held the town. The al Qaeda affiliate said its fighters had "
            "killed 61 soldiers.",
            "al Qaeda affiliate",
        ),
        (
            "Islamic Jihad claimed the attack. The group's statement said two soldiers were hit.",
            "Palestinian Islamic Jihad",
        ),
        ('"We acted within the rules," spokesman Capt. Nadav Shoshani said.', "Nadav Shoshani"),
    ],
)
def test_a_speaker_after_a_rank_a_link_word_or_a_description(
    nlp: Language, text: str, speaker: str
) -> None:
    assert claims(nlp, text)[-1].speaker_name == speaker


def test_meanwhile_is_no_part_of_the_source(nlp: Language) -> None:
    (claim,) = claims(nlp, "Meanwhile exiled activist Nathan Law said the arrests were unjust.")
    assert claim.source is not None
    assert claim.source.text == "exiled activist Nathan Law"


def test_one_of_a_group_is_the_one_a_pronoun_goes_on_with(nlp: Language) -> None:
    text = 'One of the witnesses said soldiers came at night. "They took my son," she said.'
    first, second = claims(nlp, text)
    assert second.speaker_name == first.speaker_name == "One of the witnesses"


@pytest.mark.parametrize(
    ("text", "content", "flags"),
    [
        (
            "A security source said at least 40 soldiers were believed to have died, a toll "
            "far higher than the government has acknowledged.",
            "at least 40 soldiers were believed to have died, a toll far higher than the "
            "government has acknowledged",
            ["hedged"],
        ),
        (
            "A diplomat said the group had adapted quickly and was believed to be collecting "
            "more taxes.",
            "the group had adapted quickly and was believed to be collecting more taxes",
            ["hedged"],
        ),
        (
            "The army said it had retaken the town, even as fighting continued elsewhere.",
            "it had retaken the town",
            [],
        ),
        (
            "The army said it had retaken the town, in a boost for the government's offensive.",
            "it had retaken the town",
            [],
        ),
        (
            "Gunmen killed 30 people, a monitor said, amid fears that the violence could spread.",
            "Gunmen killed 30 people",
            [],
        ),
        (
            "The commander said his fighters would not disarm, casting doubt on the deal.",
            "his fighters would not disarm",
            [],
        ),
    ],
)
def test_one_claim_without_the_reporters_words_or_a_passive_inside_it(
    nlp: Language, text: str, content: str, flags: list[str]
) -> None:
    (claim,) = claims(nlp, text)
    assert (claim.content.text, sorted(claim.flags)) == (content, flags)


@pytest.mark.parametrize(
    "text",
    [
        "The attack suggests the militants are regrouping.",
        "The deadly raid signals a shift in the war.",
    ],
)
def test_an_event_that_suggests_something_claims_nothing(nlp: Language, text: str) -> None:
    assert claims(nlp, text) == []


def test_words_yet_to_be_given_inside_what_was_said_are_no_claim(nlp: Language) -> None:
    (claim,) = claims(nlp, "A spokeswoman said Brussels would propose new sanctions.")
    assert claim.content.text == "Brussels would propose new sanctions"


@pytest.mark.parametrize(
    ("text", "kind", "flags"),
    [
        (
            "A diplomat said governments were weighing sanctions. Beijing dismissed such talk "
            'as "blackmail".',
            "denied",
            ["denial"],
        ),
        (
            "Police said 15 civilians had been killed by shelling. Two hospital officials "
            "confirmed the figure.",
            "confirmed",
            [],
        ),
        (
            "Pakistan said it had downed six Indian jets. Chauhan described Pakistan's "
            'figure as "absolutely incorrect".',
            "denied",
            ["denial"],
        ),
    ],
)
def test_an_answer_to_a_figure_or_to_talk(
    nlp: Language, text: str, kind: str, flags: list[str]
) -> None:
    found, answers = responses(nlp, text)
    (answer,) = answers
    assert answer.kind == kind
    assert answer.claims == (found[0].id,)
    assert sorted(found[-1].flags) == flags


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (
            "Hamas said its fighters had wounded several soldiers. The military said no troops "
            "were harmed. The Hamas claim could not be independently verified.",
            ["Hamas"],
        ),
        (
            "Pakistani jets killed 14 civilians, the Taliban said. A villager said he had lost "
            "three nephews. The death toll could not be independently verified.",
            ["Taliban"],
        ),
        (
            'Ahmed Farah told Reuters that two herders had been killed. "They were not '
            'fighters. They were looking after camels," he said. Reuters could not '
            "independently verify his account.",
            ["Ahmed Farah", "Ahmed Farah"],
        ),
    ],
)
def test_the_outlets_doubt_goes_to_the_claims_it_names(
    nlp: Language, text: str, flagged: list[str]
) -> None:
    assert [c.speaker_name for c in claims(nlp, text) if "unverified" in c.flags] == flagged


@pytest.mark.parametrize(
    "text",
    [
        "Interior Minister Mohsin Naqvi accused Afghan authorities of sheltering militants, "
        "adding that Pakistan reserved the right to respond. Taliban spokesman Hamdullah "
        "Fitrat denied the accusation.",
        "Palestinian officials accused settlers of setting fire to homes. The settler council "
        "denied the accusation.",
    ],
)
def test_denying_the_accusation_answers_the_one_made_as_such(nlp: Language, text: str) -> None:
    found, answers = responses(nlp, text)
    (answer,) = answers
    assert answer.claims == (found[0].id,)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The minister said the army had shelled the village. Mehmet Kaya denied it.", "minister"),
        ("A senior Tigrayan official said talks had stalled.", "senior Tigrayan official"),
        ("A Druze commander said residents would welcome help.", "Druze commander"),
        ("A senior Amhara commander said talks had stalled.", "senior Amhara commander"),
        (
            "Two diplomats said the truce was agreed in Doha. One of them said it was fragile.",
            "Two diplomats",
        ),
        (
            'Western diplomats said Lukashenko wanted leverage. One said the president "sees '
            'prisoners as currency."',
            "Western diplomats",
        ),
    ],
)
def test_a_speaker_is_not_one_named_after_who_answers_nor_a_people(
    nlp: Language, text: str, speaker: str
) -> None:
    assert claims(nlp, text)[0 if "Kaya" in text else -1].speaker_name == speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The army said it would act firmly against attackers, in a warning to Khan.",
            "it would act firmly against attackers",
        ),
        (
            "The army said it would act firmly against attackers, in what analysts saw as a "
            "warning to Khan.",
            "it would act firmly against attackers",
        ),
        (
            "Police detained 40 people, the ministry said, after clashes in Ankara.",
            "Police detained 40 people",
        ),
        (
            "Human Rights Watch said Monday soldiers had tortured detainees.",
            "soldiers had tortured detainees",
        ),
        ("Noboa said Friday police would patrol the port.", "police would patrol the port"),
    ],
)
def test_the_reporters_framing_and_the_day_of_saying_are_no_part_of_what_was_said(
    nlp: Language, text: str, content: str
) -> None:
    (claim,) = claims(nlp, text)
    assert claim.content.text == content


def test_saying_there_is_no_comment_is_an_answer_not_a_claim(nlp: Language) -> None:
    found, answers = responses(
        nlp, "Residents said troops shot two men. Poland's defence ministry said it had no comment."
    )
    assert [c.speaker_name for c in found] == ["Residents"]
    assert [(a.kind, a.claims) for a in answers] == [("declined_comment", (found[0].id,))]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "John Smith said the troops fired. Police said 20 people were hurt. The army "
            "disputed Smith's account.",
            "disputed",
        ),
        (
            "Smith said the troops fired. Police said 20 people were hurt. The army did not "
            "respond to Smith's claims.",
            "no_response",
        ),
        (
            "The minister said the army had shelled the village. Mehmet Kaya denied it.",
            "denied",
        ),
    ],
)
def test_an_answer_to_the_one_it_names(nlp: Language, text: str, kind: str) -> None:
    found, answers = responses(nlp, text)
    (answer,) = [a for a in answers if a.kind == kind]
    assert answer.claims == (found[0].id,)


def test_a_denial_in_quotation_marks_is_a_denial_with_its_marks(nlp: Language) -> None:
    text = 'Witnesses said troops killed 31 people. The army said the reports were "baseless."'
    found, answers = responses(nlp, text)
    assert "denial" in found[-1].flags
    (answer,) = answers
    assert answer.span.text == 'The army said the reports were "baseless."'
    both = 'The ministry said the claims were "baseless" and the TTP was a domestic problem.'
    assert [sorted(c.flags) for c in claims(nlp, both)] in (
        [["denial"]],
        [["denial"], []],
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Hamas fighters attacked. Amnesty International said it had documented 12 "
            "killings. The group urged Hamas to free hostages.",
            "Amnesty International",
        ),
        (
            "Al Shabaab said it held the town. Human Rights Watch said civilians were at risk. "
            "The group said al Shabaab had not investigated.",
            "Human Rights Watch",
        ),
        (
            "Reporters Without Borders (RSF) condemned the arrests. Turkey detained seven "
            "journalists on Monday, RSF said.",
            "Reporters Without Borders",
        ),
        ("The RSF said it had taken the airport in Khartoum.", "Rapid Support Forces"),
        (
            "Reimberg said the raid was a success. Critics accused Defense Minister Gian "
            "Carlo Loffredo of hiding the death toll. He denied the claim.",
            "Gian Carlo Loffredo",
        ),
        (
            "Reimberg said the raid was a success. Relatives blamed Colonel Marco Paredes "
            "for the boys' deaths. He has denied wrongdoing.",
            "Marco Paredes",
        ),
    ],
)
def test_the_group_a_short_name_and_the_one_accused(nlp: Language, text: str, speaker: str) -> None:
    assert claims(nlp, text)[-1].speaker_name == speaker


def test_one_who_says_it_has_no_comment_is_the_party_of_the_refusal(nlp: Language) -> None:
    text = (
        "Observers said the count was flawed. The tribunal's press office said it had no comment."
    )
    _found, answers = responses(nlp, text)
    assert [(a.kind, a.party_name) for a in answers] == [("declined_comment", "tribunal")]


def test_she_after_a_womans_spokesman_is_the_woman(nlp: Language) -> None:
    text = "Maia Sandu's spokesman said the vote was fair. She later said the result was final."
    assert [c.speaker_name for c in claims(nlp, text)] == ["Maia Sandu's spokesman", "Maia Sandu"]


@pytest.mark.parametrize(
    "text",
    [
        "Stoianoglo said the probe was meant to intimidate voters. His campaign did not "
        "respond to a request for comment on the findings.",
        "Ilan Shor said the charges were invented. His lawyer said the case was false.",
    ],
)
def test_ones_own_people_do_not_answer_them(nlp: Language, text: str) -> None:
    found, answers = responses(nlp, text)
    assert all(found[0].id not in a.claims for a in answers)


@pytest.mark.parametrize(
    "text",
    [
        "A Finnish court has dismissed charges against the captain of the tanker.",
        "The court rejected a request for his release.",
    ],
)
def test_a_ruling_on_a_case_is_neither_claim_nor_answer(nlp: Language, text: str) -> None:
    assert responses(nlp, text) == ([], [])


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "North Korea lost 300 soldiers, an official who asked not to be named said.",
            "official",
            "North Korea lost 300 soldiers",
        ),
        (
            "Speaking to reporters in Moscow, Dmitry Peskov, a Kremlin spokesman, said Russia "
            "was grateful.",
            "Dmitry Peskov",
            "Russia was grateful",
        ),
        (
            "Chinese ships approached Japanese fishing boats, as Tokyo has alleged.",
            "Japan (government)",
            "Chinese ships approached Japanese fishing boats",
        ),
        (
            "Amit Shah met Biren Singh in Delhi on Monday. He said the state needed more troops.",
            "Amit Shah",
            "the state needed more troops",
        ),
    ],
)
def test_a_source_the_parser_hung_elsewhere(
    nlp: Language, text: str, speaker: str, content: str
) -> None:
    (claim,) = claims(nlp, text)
    assert (claim.speaker_name, claim.content.text) == (speaker, content)


def test_rejecting_a_protest_answers_it(nlp: Language) -> None:
    found, answers = responses(
        nlp, "Japan said Chinese ships had entered its waters. China rejected the protest."
    )
    assert [(a.kind, a.claims) for a in answers] == [("denied", (found[0].id,))]


@pytest.mark.parametrize(
    ("text", "answered"),
    [
        (
            "Relatives said a court sentenced five protesters. President Miguel Diaz-Canel "
            "acknowledged that the blackouts had caused discontent.",
            False,
        ),
        ("Egypt said a ceasefire deal was close. Israel confirmed that a deal was close.", True),
        (
            "Baku said the raids were ethnically motivated. The Kremlin rejected that description.",
            True,
        ),
        ("The database rejected passport numbers. Officials said it was fixed.", False),
    ],
)
def test_an_answer_needs_what_it_answers(nlp: Language, text: str, answered: bool) -> None:
    found, answers = responses(nlp, text)
    assert [a.claims for a in answers] == ([(found[0].id,)] if answered else [])


def test_a_silence_on_a_question_put_answers_no_claim(nlp: Language) -> None:
    text = (
        "The minister said the reports were invented. Asked whether detainees would face "
        "charges, a spokesman for the attorney general declined to comment."
    )
    _found, answers = responses(nlp, text)
    assert [(a.kind, a.claims) for a in answers] == [("declined_comment", ())]


def test_the_groups_statement_is_the_last_group_that_spoke(nlp: Language) -> None:
    text = (
        "A witness said Houthi gunmen searched the house. Amnesty International said detainees "
        "faced torture. The Houthis rejected the group's statement."
    )
    found, answers = responses(nlp, text)
    assert [a.claims for a in answers if a.party_name == "Houthis"] == [(found[1].id,)]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "Rebels said they had taken the town. Reuters could not immediately reach the army "
            "for comment.",
            "army",
        ),
        (
            "Somaliland officials say the deal gives Ethiopia a naval base - a claim Mogadishu "
            "rejects.",
            "Somalia (government)",
        ),
        (
            "Anutin said 30 compounds were near the border. Hun Sen wrote on Facebook that the "
            "claims were lies.",
            "Hun Sen",
        ),
        (
            "Anutin said 30 compounds were near the border. Hun Sen said in a statement that "
            "the claims were false.",
            "Hun Sen",
        ),
    ],
)
def test_more_ways_to_answer_a_claim(nlp: Language, text: str, party: str) -> None:
    found, answers = responses(nlp, text)
    assert [(a.party_name, a.claims) for a in answers] == [(party, (found[0].id,))]


@pytest.mark.parametrize(
    "text",
    [
        "Aid worker Ahmed Idris said the town could not be reached.",
        "Residents said relatives in Babanusa could not be reached by phone.",
    ],
)
def test_one_not_reached_in_what_was_said_is_no_answer(nlp: Language, text: str) -> None:
    assert responses(nlp, text)[1] == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "LA PAZ, Bolivia (AP) — Protesters blocked three highways on Monday, police said.",
            "police",
            "Protesters blocked three highways on Monday",
        ),
        (
            "The Law Society of Kenya said the order was unlawful.",
            "Law Society of Kenya",
            "the order was unlawful",
        ),
        (
            "Witnesses said police shot at fleeing protesters, claims that could not be "
            "independently verified.",
            "Witnesses",
            "police shot at fleeing protesters",
        ),
    ],
)
def test_a_short_dateline_a_national_body_and_a_noun_of_claims(
    nlp: Language, text: str, speaker: str, content: str
) -> None:
    (claim,) = claims(nlp, text)
    assert (claim.speaker_name, claim.content.text) == (speaker, content)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A bread seller who gave only her first name, Julia, said she could not reach the "
            "market.",
            "Julia",
        ),
        ('"Now we are not afraid," said a protester who gave his name only as Tojo.', "Tojo"),
        (
            "Evo Morales denied the charges. Juan Perez, a spokesman for the minister, said the "
            "roads would reopen. The minister said the case was political.",
            "minister",
        ),
    ],
)
def test_a_name_given_and_a_role_served(nlp: Language, text: str, speaker: str) -> None:
    assert claims(nlp, text)[-1].speaker_name == speaker


def test_declining_to_give_ones_name_is_no_answer(nlp: Language) -> None:
    text = (
        "Nakato said her husband was seized. Two witnesses, who declined to give their names, "
        "gave similar accounts."
    )
    assert responses(nlp, text)[1] == []


def test_was_quoted_as_saying_is_one_claim_of_a_long_quote(nlp: Language) -> None:
    text = '"Nobody has been abducted. They were arrested," Odongo was quoted as saying.'
    assert [c.content.text for c in claims(nlp, text)] == [
        "Nobody has been abducted. They were arrested"
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Lai is diabetic, his lawyers said.", "Lai's lawyers"),
        (
            "Sheikh Hikmat al-Hijri has rejected the offer, his office said.",
            "Hikmat al-Hijri's office",
        ),
        ("The army shelled the town, his aide said.", "his aide"),
    ],
)
def test_his_after_what_was_said_of_a_person_is_that_persons(
    nlp: Language, text: str, speaker: str
) -> None:
    (claim,) = claims(nlp, text)
    assert claim.speaker_name == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Police said the protesters had attacked officers, an account disputed by witnesses.",
        "Yu said the prisoner wanted to go to Seoul. The claim was disputed by Ukraine's "
        "foreign ministry.",
    ],
)
def test_a_passive_dispute_answers_the_claim(nlp: Language, text: str) -> None:
    found, answers = responses(nlp, text)
    assert [(a.kind, a.claims) for a in answers] == [("disputed", (found[0].id,))]


@pytest.mark.parametrize(
    "text",
    [
        "Aliyev said Russia must admit guilt.",
        "Baku wants Russia to admit responsibility, an official said.",
    ],
)
def test_a_confirmation_demanded_is_none_given(nlp: Language, text: str) -> None:
    assert responses(nlp, text)[1] == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "At least 19 people were killed, according to the police, who said officers "
            "fired in self-defense.",
            "police",
        ),
        (
            "Two people died in the fire, according to firefighters, who said the blaze "
            "started in a kitchen.",
            "firefighters",
        ),
    ],
)
def test_who_said_after_according_to_is_that_source(nlp: Language, text: str, speaker: str) -> None:
    first, second = claims(nlp, text)
    assert first.kind == "according_to"
    assert (second.speaker_name, second.cue.text) == (speaker, "said")


@pytest.mark.parametrize(
    ("text", "denial"),
    [
        ('"I did not order the shooting," Oli said.', True),
        ('"We never attacked civilians," the commander said.', True),
        ("Police said they did not open fire on protesters.", True),
        ("Morocco said its forces had not carried out the strike.", True),
        ("The Polisario said it would not take part in the talks.", False),
        ("Russia said it did not take part in the attack.", True),
    ],
)
def test_saying_one_did_no_wrong_is_a_denial_in_the_first_person(
    nlp: Language, text: str, denial: bool
) -> None:
    (claim,) = claims(nlp, text)
    assert ("denial" in claim.flags) is denial


def test_the_us_is_a_source(nlp: Language) -> None:
    (claim,) = claims(nlp, "The US said tariffs would stay.")
    assert (claim.speaker_name, claim.content.text) == (
        "United States (government)",
        "tariffs would stay",
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("On Monday, Rubio, speaking to reporters, said Brazil would pay.", "Marco Rubio"),
        ("In Rio, Lula, speaking to reporters, said the tariffs were unfair.", "Lula"),
        (
            "Asked about sanctions, an official, speaking on condition of anonymity, said no "
            "decision had been made.",
            "official",
        ),
    ],
)
def test_a_speaker_after_a_fronted_phrase_and_set_off(
    nlp: Language, text: str, speaker: str
) -> None:
    (claim,) = claims(nlp, text)
    assert speaker in claim.speaker_name


def test_according_to_a_channel_after_a_claim_is_no_part_of_it(nlp: Language) -> None:
    found = claims(
        nlp,
        "Mr. Baghaei said the United States bore responsibility, according to the state "
        "news agency IRNA.",
    )
    said = only(found, "said")
    assert said.content.text == "the United States bore responsibility"


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "The American consulate said Washington was ready to help, according to a "
            "statement posted on its website.",
            ["indirect"],
        ),
        (
            "One message said the strikes would go on, according to a letter from the "
            "committee's chairman.",
            ["according_to", "indirect"],
        ),
    ],
)
def test_a_statement_that_carried_a_claim_is_not_another_claim(
    nlp: Language, text: str, kinds: list[str]
) -> None:
    assert sorted(c.kind for c in claims(nlp, text)) == kinds


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Algeria's ambassador to the UN Amar Bendjama said the vote was flawed.",
            "Amar Bendjama",
        ),
        (
            "Russia's envoy to the EU Vladimir Chizhov said the sanctions were illegal.",
            "Vladimir Chizhov",
        ),
        (
            "A spokesman for Afghan President Ashraf Ghani rejected the accusations.",
            "spokesman for Afghan President Ashraf Ghani",
        ),
    ],
)
def test_a_name_glued_to_the_place_of_a_role(nlp: Language, text: str, speaker: str) -> None:
    assert claims(nlp, text)[0].speaker_name == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Moscow did not comment. The government in Kyiv said it had repelled the attack.",
            "Ukraine (government)",
        ),
        (
            "The Cameroonian government did not respond. The government of the Central "
            "African Republic said it condemns the ambush.",
            "Central African Republic (government)",
        ),
        (
            "The Kurdistan Regional Government said no one was killed. The federal "
            "government in Baghdad condemned the strike.",
            "Iraq (government)",
        ),
    ],
)
def test_the_government_in_a_capital_is_that_states(nlp: Language, text: str, speaker: str) -> None:
    assert claims(nlp, text)[-1].speaker_name == speaker


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "Bangui – Rebels killed five soldiers, an army officer said.",
            "an army officer",
            "Rebels killed five soldiers",
        ),
        (
            "Bangui, Central African Republic – Rebels said on Monday that they had seized "
            "the town.",
            "Rebels",
            "they had seized the town",
        ),
        (
            "Zelensky – Ukraine's president – said the war would end.",
            "Zelensky – Ukraine's president",
            "the war would end",
        ),
    ],
)
def test_a_dateline_in_title_case(nlp: Language, text: str, source: str, content: str) -> None:
    (claim,) = claims(nlp, text)
    assert (claim.source and claim.source.text, claim.content.text) == (source, content)


def test_hopes_a_deed_raised_are_no_claim(nlp: Language) -> None:
    text = "The army retook the town on Monday, raising hopes that displaced families could return."
    assert claims(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The minister said the army would deploy, contradicting the mission.",
            "the army would deploy",
        ),
        (
            "The ministry said the men were gang members, pointing to their tattoos.",
            "the men were gang members",
        ),
    ],
)
def test_what_the_words_answer_or_lean_on_is_no_part_of_them(
    nlp: Language, text: str, content: str
) -> None:
    assert claims(nlp, text)[0].content.text == content


def test_a_surname_the_tagger_missed_after_the_full_name(nlp: Language) -> None:
    text = (
        "Mahmoud Kombo spoke on Monday. Kombo later met Antony Blinken. He said the talks "
        "went well."
    )
    assert claims(nlp, text)[-1].speaker_name == "Mahmoud Kombo"


@pytest.mark.parametrize(
    "text",
    [
        "Chadema said five leaders were arrested. The party said they were held without charge.",
        "The Polisario Front said it shelled the wall. The movement also said three soldiers died.",
    ],
)
def test_the_party_or_movement_that_spoke_before(nlp: Language, text: str) -> None:
    first, second = claims(nlp, text)
    assert second.speaker_name == first.speaker_name


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Inspector General of Police Camillus Wambura said officers acted lawfully.",
            "Camillus Wambura",
        ),
        (
            "Director of Public Prosecutions Sylvester Mwakitalu said the charges stood. "
            "Mwakitalu added that more arrests would follow.",
            "Sylvester Mwakitalu",
        ),
        ("Speaker of Parliament Tulia Ackson said the session was over.", "Tulia Ackson"),
    ],
)
def test_a_name_after_what_an_office_is_of(nlp: Language, text: str, speaker: str) -> None:
    assert {c.speaker_name for c in claims(nlp, text)} == {speaker}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ms. Ali said the crisis was worsening. She said families were in debt.", "Ali"),
        ("Mr. Nour said the strike was illegal. He said the army would respond.", "Nour"),
        (
            "Mr Bukele met Ms Piquer on Monday. She said the detentions were unprecedented.",
            "Piquer",
        ),
    ],
)
def test_a_courtesy_title_tells_the_gender(nlp: Language, text: str, speaker: str) -> None:
    assert claims(nlp, text)[-1].speaker_name == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Iran condemned the attack, with Esmaeil Baghaei, the Foreign Ministry spokesman, "
            "saying that the United States bore full responsibility.",
            "Esmaeil Baghaei",
        ),
        ("The army met with tribal leaders, saying the talks went well.", "army"),
    ],
)
def test_a_with_phrase_names_who_says_the_participle(
    nlp: Language, text: str, speaker: str
) -> None:
    assert only(claims(nlp, text), "saying").speaker_name == speaker


def test_according_to_ends_before_another_claim_set_off(nlp: Language) -> None:
    text = (
        "According to a senior official, Brazil is preparing retaliatory measures, though the "
        "official said no decision had been taken."
    )
    first, second = claims(nlp, text)
    assert first.content.text == "Brazil is preparing retaliatory measures"
    assert second.content.text == "no decision had been taken"


@pytest.mark.parametrize(
    "text",
    [
        "The report, published by Amnesty International on Monday, said 261 people had died.",
        "A report published by Amnesty International on Monday said 261 people had died.",
    ],
)
def test_a_document_published_by_a_body_is_that_bodys(nlp: Language, text: str) -> None:
    assert claims(nlp, text)[0].speaker_name == "Amnesty International"


def test_a_deputys_title_is_not_the_description(nlp: Language) -> None:
    text = (
        "President Emmerson Mnangagwa has kept a low profile. Vice President Constantino "
        "Chiwenga did not comment. The president said he would follow the constitution."
    )
    assert claims(nlp, text)[-1].speaker_name == "Emmerson Mnangagwa"


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the bill would separate church and state from next year.",
        "The bishop said he would travel to Gyumri and tell worshippers the truth.",
        "The minister said she would meet the bishops and warn them.",
    ],
)
def test_a_joined_word_inside_what_was_said_stays_in_it(nlp: Language, text: str) -> None:
    (claim,) = claims(nlp, text)
    assert claim.content.text == text.split(" said ", 1)[1].rstrip(".")


def test_a_cue_joined_to_the_cue_is_still_a_claim_of_its_own(nlp: Language) -> None:
    text = "Rebels said they had seized the town and warned that more attacks would follow."
    assert [c.content.text for c in claims(nlp, text)] == [
        "they had seized the town",
        "more attacks would follow",
    ]


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        ("Rutte warned Moscow.", []),
        ("Rutte warned Moscow against further escalation.", ["Moscow against further escalation"]),
        (
            "Belarus said it had warned Warsaw in advance.",
            ["it had warned Warsaw in advance"],
        ),
    ],
)
def test_whom_a_warning_was_for_is_not_what_it_said(
    nlp: Language, text: str, contents: list[str]
) -> None:
    assert [c.content.text for c in claims(nlp, text)] == contents


@pytest.mark.parametrize(
    ("tail", "unsupported"),
    [
        ("without naming any country or offering evidence", True),
        ("without elaborating or providing evidence", True),
        ("without giving details or evidence", True),
        ("without giving details", False),
    ],
)
def test_evidence_not_given_among_other_things(nlp: Language, tail: str, unsupported: bool) -> None:
    (claim,) = claims(nlp, f"The minister said foreign agents were behind the protests, {tail}.")
    assert ("unsupported" in claim.flags) is unsupported


def test_an_acronym_after_according_to_is_no_part_of_what_was_said(nlp: Language) -> None:
    (claim,) = claims(nlp, "According to the World Health Organization (WHO), 20 people died.")
    assert (claim.speaker_name, claim.content.text) == (
        "World Health Organization",
        "20 people died",
    )


def test_its_spokesman_after_an_unnamed_body(nlp: Language) -> None:
    text = "The judiciary said the trial was fair. Its spokesman said appeals were heard."
    assert [c.speaker_name for c in claims(nlp, text)] == ["judiciary", "judiciary"]


def test_commenting_rarely_on_allegations_is_not_their_claim(nlp: Language) -> None:
    found = claims(nlp, "Israel rarely comments on allegations that it recruits agents in Iran.")
    assert "Israel (government)" not in [c.speaker_name for c in found]


@pytest.mark.parametrize(
    ("headline", "speaker"),
    [
        ("Sri Lanka: Human remains found at mass grave in Mannar", None),
        ("Ukraine: We will retake every village", "Ukraine (government)"),
        ("Zelensky: Russia will not take Kharkiv", "Volodymyr Zelenskyy"),
    ],
)
def test_a_place_labelling_a_headline_does_not_speak(
    nlp: Language, headline: str, speaker: str | None
) -> None:
    found = claims(nlp, f"{headline}\n\nKYIV - The army said it advanced.")
    headed = [c.speaker_name for c in found if c.cue.text == ":"]
    assert headed == ([speaker] if speaker else [])


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Hamas said the strike was illegal. A police statement said the suspect had "
            "been arrested.",
            "police statement",
        ),
        (
            "Hamas said the strike was illegal. A statement said the suspect had been arrested.",
            "Hamas",
        ),
    ],
)
def test_a_statement_named_by_its_kind_is_not_the_last_speakers(
    nlp: Language, text: str, speaker: str
) -> None:
    assert claims(nlp, text)[-1].speaker_name == speaker


def test_a_courtesy_title_before_anothers_name_tells_nothing(nlp: Language) -> None:
    text = (
        "Mr Ghobadlou's mother said she had not been told. \"They didn't even let me say "
        'goodbye," she told the BBC.'
    )
    assert claims(nlp, text)[-1].speaker_name == "Ghobadlou's mother"


@pytest.mark.parametrize(
    ("text", "denial"),
    [
        ("Kremlin spokesman Dmitry Peskov said Moscow had not interfered in the vote.", True),
        ("The Kremlin said it had not meddled.", True),
        ("The mayor said Russia had not attacked the city.", False),
    ],
)
def test_a_wrong_denied_of_the_state_one_speaks_for(nlp: Language, text: str, denial: bool) -> None:
    (claim,) = claims(nlp, text)
    assert ("denial" in claim.flags) is denial


def test_a_ministry_statement_after_the_state_spoke_is_the_states(nlp: Language) -> None:
    text = (
        "Bangladesh's government said the remarks were false. A ministry statement said the "
        "remarks encourage unrest."
    )
    assert claims(nlp, text)[-1].speaker_name == "Bangladesh (government)"


def test_a_cue_joined_after_a_comma_reports_again_despite_a_modal(nlp: Language) -> None:
    text = (
        "Lukashenko said Kyiv could have plans to attack Belarus, and said that Minsk would "
        "not allow it."
    )
    assert [c.content.text for c in claims(nlp, text)] == [
        "Kyiv could have plans to attack Belarus",
        "Minsk would not allow it",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The ceasefire announced last week collapsed on Sunday.",
        "Officials said the deal agreed with the IMF was dead.",
    ],
)
def test_a_participle_after_a_thing_is_no_cue(nlp: Language, text: str) -> None:
    assert [c.cue.text for c in claims(nlp, text)] in ([], ["said"])


def test_a_voter_is_one_person_a_pronoun_goes_on_with(nlp: Language) -> None:
    text = (
        "Amara Camara said the vote was fair. A voter said soldiers were posted outside. He "
        "said people were afraid."
    )
    assert claims(nlp, text)[-1].speaker_name == "voter"


@pytest.mark.parametrize(
    "doubt",
    [
        "It was not immediately possible to verify his claim.",
        "Independent verification was not possible.",
    ],
)
def test_more_ways_an_outlet_could_not_verify(nlp: Language, doubt: str) -> None:
    (claim,) = claims(nlp, f"Sacko said the plot was invented. {doubt}")
    assert "unverified" in claim.flags


def test_declining_to_identify_is_no_part_of_what_was_said(nlp: Language) -> None:
    text = "The official said the call had taken place but declined to identify the targets."
    assert claims(nlp, text)[0].content.text == "the call had taken place"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Israeli jets struck a compound in Doha, Qatari officials said, a move that "
            "stunned the region.",
            "Israeli jets struck a compound in Doha",
        ),
        (
            "Two journalists were freed, police said, a decision welcomed by rights groups.",
            "Two journalists were freed",
        ),
    ],
)
def test_the_reporters_noun_after_a_closing_cue(nlp: Language, text: str, content: str) -> None:
    assert claims(nlp, text)[0].content.text == content


@pytest.mark.parametrize(
    "tail",
    [
        "in a rare admission",
        "during a security sweep",
        "for the second time this month",
        "the worst loss this year",
        "in a move rights groups welcomed",
    ],
)
def test_the_reporters_phrase_after_a_closing_cue_is_no_part_of_it(
    nlp: Language, tail: str
) -> None:
    (claim,) = claims(nlp, f"Two men were detained in Grozny, officials said, {tail}.")
    assert claim.content.text == "Two men were detained in Grozny"


def test_a_lead_closed_by_its_cue_before_the_next_paragraph(nlp: Language) -> None:
    text = "The cabinet welcomed the plan, Morcos said, as ministers protested.\n\nIt rained."
    assert claims(nlp, text)[0].content.text == "The cabinet welcomed the plan"


def test_quoted_as_saying_after_the_quotation_is_the_one_quoted(nlp: Language) -> None:
    (claim,) = claims(nlp, '"We support Hezbollah," Al-Manar quoted Naim Qassem as saying.')
    assert claim.speaker_name == "Naim Qassem"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Brig Gen Moussa Diallo said the toll was 20.", "Moussa Diallo"),
        ("Lt Col Ali Kabore said the toll was 20.", "Ali Kabore"),
        (
            "The Office for Kosovo and Metohija said the men were beaten.",
            "Office for Kosovo and Metohija",
        ),
    ],
)
def test_ranks_without_stops_and_names_that_run_on_with_for(
    nlp: Language, text: str, speaker: str
) -> None:
    assert claims(nlp, text)[0].speaker_name == speaker


def test_a_role_of_one_gender_is_not_a_name_of_another(nlp: Language) -> None:
    text = "A spokesman for the ministry said the case was closed. Ana Pérez said they were sad."
    assert claims(nlp, text)[0].speaker_name == "spokesman for the ministry"


def test_a_subject_with_an_aside_read_as_the_cues_object(nlp: Language) -> None:
    text = "Ali Sawadogo, a farmer, said dozens of people, most of them women, had been killed."
    assert (
        claims(nlp, text)[0].content.text == "dozens of people, most of them women, had been killed"
    )


def test_a_noun_tagged_a_participle_after_its_article_is_no_cue(nlp: Language) -> None:
    text = (
        "A court ruled that Russia had ordered the killing, a finding Moscow disputes. "
        "Peskov spoke to reporters."
    )
    assert [c.cue.text for c in claims(nlp, text)] == ["ruled"]


@pytest.mark.parametrize(
    "text",
    [
        "Schools reopened, officials said, though few girls came.",
        "Schools reopened, officials said; there were no casualties.",
    ],
)
def test_a_clause_of_the_reporters_after_a_closing_cue(nlp: Language, text: str) -> None:
    assert [c.content.text for c in claims(nlp, text)] == ["Schools reopened"]


def test_a_money_changer_is_a_person_a_pronoun_goes_on_with(nlp: Language) -> None:
    text = (
        'Mujahid said the ban was temporary. A money changer said his business had stopped. "We '
        'are lost," he said.'
    )
    assert claims(nlp, text)[-1].speaker_name == "money changer"


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("Beijing said it had done nothing wrong.", "denial"),
        (
            "Peskov said the West had chosen the targets. There was no immediate way to verify "
            "his statement.",
            "unverified",
        ),
        (
            "Peskov said the West had chosen the targets. Reuters had no way of checking the "
            "claim.",
            "unverified",
        ),
    ],
)
def test_more_denials_and_doubts(nlp: Language, text: str, flag: str) -> None:
    assert flag in claims(nlp, text)[0].flags


def test_a_description_does_not_take_a_name_only_told_of_after_it(nlp: Language) -> None:
    text = "The spokesman said the trials were fair. Khan is in jail."
    assert claims(nlp, text)[0].speaker_name == "spokesman"


def test_a_surname_the_tagger_took_for_a_place_after_the_full_name(nlp: Language) -> None:
    text = (
        "Evan Gershkovich was tried in Yekaterinburg. Dmitry Peskov dismissed the idea.\n\n"
        "Gershkovich, 32, looked pale. He told reporters he was innocent."
    )
    assert claims(nlp, text)[-1].speaker_name == "Evan Gershkovich"


def test_a_sentence_ends_after_millions(nlp: Language) -> None:
    text = "The minister said the damage cost £5m. Mr Chapo said the troops would stay."
    assert [c.content.text for c in claims(nlp, text)] == [
        "the damage cost £5m",
        "the troops would stay",
    ]


def test_a_title_case_dateline_before_a_hyphenated_word(nlp: Language) -> None:
    text = (
        "New Delhi, India – India's armed forces struck 11 air bases, the Indian military "
        "said on Monday, as a ceasefire between the nuclear-armed neighbours held."
    )
    assert claims(nlp, text)[0].content.text == "India's armed forces struck 11 air bases"


def test_a_doubt_inside_what_was_said_is_the_speakers(nlp: Language) -> None:
    (claim,) = claims(nlp, "The IAEA said inspectors could not verify the size of the stockpile.")
    assert "unverified" not in claim.flags


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "According to the UN refugee agency, UNHCR, 5,000 people crossed into Sudan.",
            "UNHCR",
            "5,000 people crossed into Sudan",
        ),
        (
            "According to the Sudan Doctors Network, a medical group that tracks the war, at "
            "least 15 people were killed.",
            "Sudan Doctors Network",
            "at least 15 people were killed",
        ),
    ],
)
def test_an_apposition_after_according_to_is_the_sources(
    nlp: Language, text: str, speaker: str, content: str
) -> None:
    (claim,) = claims(nlp, text)
    assert (claim.speaker_name, claim.content.text) == (speaker, content)


# Forms found in wire copy on Mali, Togo, Angola, Niger, the Philippines, Colombia,
# prisoner swaps and the Kyrgyz-Tajik border.


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the one the sentence before is about, not a place the tagger took for a person
        ("Japarov visited Batken on Monday. He said the border was calm.", "Japarov"),
        ("Japarov met Rahmon in Batken. He said the border was calm.", "Japarov"),
        (
            "Orano's chief executive Nicolas Maes visited Arlit on Monday. He said the seizure "
            "was illegal.",
            "Nicolas Maes",
        ),
        # (one named only as the object, with no subject named, still is)
        ("Police arrested Ahmed Ali on Monday. He said he was innocent.", "Ahmed Ali"),
        # the subject of the clause a `when` clause hangs on
        (
            "Maria Santos said the names were fake. John Roque drew criticism after he said "
            "martial law was coming.",
            "John Roque",
        ),
        # not a name inside what the pronoun's cue reports, set off around it
        (
            "Kremlin spokesman Dmitry Peskov briefed reporters. Rahmon, he said, had thanked "
            "Putin for his support.",
            "Dmitry Peskov",
        ),
    ],
)
def test_a_pronoun_is_the_one_the_sentence_is_about(nlp: Language, text: str, speaker: str) -> None:
    assert claims(nlp, text)[-1].speaker_name == speaker


def test_one_named_by_age_after_a_quotation(nlp: Language) -> None:
    text = 'Ivan Velasquez visited Tibu. "We will win," the 72-year-old said.'
    (claim,) = claims(nlp, text)
    assert (claim.speaker_name, claim.source.text, claim.content.text) == (
        "Ivan Velasquez",
        "the 72-year-old",
        "We will win",
    )
    (alone,) = claims(nlp, '"We had nothing," the 34-year-old said.')
    assert alone.source.text == "the 34-year-old"


@pytest.mark.parametrize(
    "text",
    [
        "The government was afraid of its people.",
        "Residents were worried about the soldiers.",
        "The ELN threatened social leaders in Tibu.",
        "The ELN warned residents in Tibu.",
        "The ELN threatened the families of soldiers.",
    ],
)
def test_a_feeling_about_a_thing_and_a_threat_to_people_are_no_claims(
    nlp: Language, text: str
) -> None:
    assert claims(nlp, text) == []


def test_a_view_of_a_thing_and_a_warning_of_one_are_claims(nlp: Language) -> None:
    assert claims(nlp, "Residents remain skeptical about the new dam.")[0].content.text == (
        "about the new dam"
    )
    assert claims(nlp, "The ELN warned residents of reprisals.")[0].content.text == (
        "residents of reprisals"
    )


def test_a_feeling_joined_to_what_was_said_is_no_claim_of_its_own(nlp: Language) -> None:
    text = (
        "The official said Abidjan had agreed to provide escorts and was worried about its drivers."
    )
    assert [c.cue.text for c in claims(nlp, text)] == ["said"]


@pytest.mark.parametrize(
    "tail",
    [
        "a promise she has made several times since October",
        "a pledge echoed by the prime minister",
        "a claim repeated many times since September",
    ],
)
def test_the_reporters_noun_after_what_was_said(nlp: Language, tail: str) -> None:
    (claim,) = claims(nlp, f"The minister said fuel would arrive this week, {tail}.")
    assert claim.content.text == "fuel would arrive this week"


def test_a_name_the_parser_made_the_root_before_its_relative_clause(nlp: Language) -> None:
    text = (
        "Former presidential spokesman Harry Roque, who is facing a complaint and has left the "
        "country, posted on Facebook that Marcos was planning to declare martial law."
    )
    (claim,) = claims(nlp, text)
    assert (claim.source.text, claim.content.text) == (
        "Former presidential spokesman Harry Roque",
        "Marcos was planning to declare martial law",
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The aid group in Bamako, which ordered staff to leave last month, said the "
            "situation was dangerous.",
            "aid group in Bamako",
        ),
        ("Russia's U.N. mission said the report was biased.", "Russia's U.N. mission"),
        ("Ukraine's EU ambassador said the report was fair.", "Ukraine's EU ambassador"),
        (
            "Algeria's UN ambassador, Amar Bendjama, told reporters his country had not been "
            "consulted.",
            "Amar Bendjama",
        ),
        ("The U.N. mission said the report was fair.", "United Nations"),
    ],
)
def test_a_group_without_its_description_and_a_states_envoy(
    nlp: Language, text: str, speaker: str
) -> None:
    assert claims(nlp, text)[0].speaker_name == speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Roque posted that martial law was coming.", "martial law was coming"),
        ("He wrote that Russian troops had crossed.", "Russian troops had crossed"),
        # (`that` may point at one thing)
        ("She said that report was false.", "that report was false"),
    ],
)
def test_that_read_as_an_article_after_the_cue(nlp: Language, text: str, content: str) -> None:
    assert claims(nlp, text)[0].content.text == content


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Orano said the move was illegal. Niger's government said the mine was state "
            "property. The company said it would sue.",
            "Orano",
        ),
        ("The army accused Orano of fraud. The company denied the charge.", "Orano"),
        (
            "Two workers told Reuters that soldiers had arrived. Reuters could not verify their "
            "account. The company said it would sue.",
            "company",
        ),
        (
            "Opposition party Les Democrates said the vote was rigged. The party said it would "
            "appeal.",
            "Les Democrates",
        ),
    ],
)
def test_the_company_and_the_party_named_before(nlp: Language, text: str, speaker: str) -> None:
    assert claims(nlp, text)[-1].speaker_name == speaker


def test_a_masculine_title_some_outlets_give_women(nlp: Language) -> None:
    text = 'Government spokesman Yawa Kouigan rejected the toll. "No one was killed," she said.'
    assert claims(nlp, text)[-1].speaker_name == "Yawa Kouigan"


def test_she_in_quoted_words_is_not_the_speaker(nlp: Language) -> None:
    text = (
        "A retired police colonel testified that Duterte approved rewards. Duterte's spokesman "
        'Harry Roque called it a lie. "She is saying this to save herself," Roque told AFP. He '
        "denied that any reward system had existed."
    )
    assert claims(nlp, text)[-1].speaker_name == "Harry Roque"


def test_the_alliance_with_nato_never_named(nlp: Language) -> None:
    text = (
        "The opposition Front Commun called a boycott. In a statement, the alliance said "
        "turnout was below 20 percent."
    )
    assert claims(nlp, text)[0].speaker_name == "alliance"
    named = "NATO said its jets were scrambled. The alliance said the drones were Russian."
    assert claims(nlp, named)[-1].speaker_name == "NATO"


def test_some_of_them_are_of_the_group_that_spoke(nlp: Language) -> None:
    text = (
        "Witnesses said the bridge was destroyed. Several of them said they had heard "
        "explosions all night."
    )
    assert claims(nlp, text)[-1].speaker_name == "Witnesses"


@pytest.mark.parametrize(
    ("text", "content", "flags"),
    [
        (
            "Tigri said, without providing proof, that officers supported him.",
            "officers supported him",
            {"unsupported"},
        ),
        (
            "Investigators accused allies of Zelensky of running a kickback scheme.",
            "allies of Zelensky of running a kickback scheme",
            set(),
        ),
        ("The army denied being behind the strike.", "being behind the strike", {"denial"}),
        (
            'Soro said the arrests were "illegal", days after he was sentenced in absentia.',
            'the arrests were "illegal"',
            set(),
        ),
        (
            "Tinubu said Nigeria would not be bullied, days after Trump threatened military "
            "action.",
            "Nigeria would not be bullied",
            set(),
        ),
    ],
)
def test_more_contents(nlp: Language, text: str, content: str, flags: set[str]) -> None:
    (claim,) = claims(nlp, text)
    assert (claim.content.text, set(claim.flags)) == (content, flags)


def test_a_quotation_split_by_a_pronouns_cue_after_another_sentence(nlp: Language) -> None:
    text = (
        'Lona spoke to reporters. "They treated us like criminals," he said, "but we were '
        'peaceful."'
    )
    assert [c.content.text for c in claims(nlp, text)] == [
        "They treated us like criminals",
        "but we were peaceful.",
    ]


def test_no_evidence_from_one_named_after_another_spoke(nlp: Language) -> None:
    text = (
        "Trump said Christians faced an existential threat. Idris said terrorists attacked "
        "everyone. Trump did not provide evidence."
    )
    assert [c.flags for c in claims(nlp, text)] == [("unsupported",), ()]


def test_the_group_that_spoke_not_the_armed_group_in_its_words(nlp: Language) -> None:
    text = (
        "Amnesty International said RSF fighters killed civilians. The group urged the "
        "Security Council to act."
    )
    assert claims(nlp, text)[-1].speaker_name == "Amnesty International"


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        (
            'Burhan said the army would "avenge the martyrs," drawing cheers from the crowd.',
            ['the army would "avenge the martyrs,"'],
        ),
        (
            "The ministry said the man was a hostage, calling the transfer a violation.",
            ["the man was a hostage", "the transfer a violation"],
        ),
        (
            "The minister said the protest turned violent and urged calm.",
            ["the protest turned violent", "calm"],
        ),
        (
            "Khater said RSF fighters stopped his group at a checkpoint and demanded money.",
            ["RSF fighters stopped his group at a checkpoint and demanded money"],
        ),
        (
            "The strike, which officials say killed 12 people, hit a market.",
            ["killed 12 people"],
        ),
        (
            "The decree, which officials said would last 30 days, was published on Saturday.",
            ["would last 30 days"],
        ),
    ],
)
def test_where_what_was_said_ends(nlp: Language, text: str, contents: list[str]) -> None:
    assert [c.content.text for c in claims(nlp, text)] == contents


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Daoud spoke on Monday. The rebels, he told state media, were mercenaries.",
            "The rebels, he told state media, were mercenaries",
        ),
        (
            'The ruling, the lawyer told AFP, was "a travesty".',
            'The ruling, the lawyer told AFP, was "a travesty"',
        ),
        (
            "Balde told a news conference in the capital that the borders would reopen.",
            "the borders would reopen",
        ),
        ("Ansari told a briefing that talks were moving slowly.", "talks were moving slowly"),
    ],
)
def test_what_was_told_however_the_parser_cut_it(nlp: Language, text: str, content: str) -> None:
    (claim,) = claims(nlp, text)
    assert claim.content.text == content


def test_a_rally_a_clause_describes_is_no_claim(nlp: Language) -> None:
    assert claims(nlp, "He addressed a rally that the party had organised.") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The head of the jail, where John Smith is held, said conditions were good. He "
            "said visits were allowed.",
            "head of the jail",
        ),
        (
            "Gov. Oleh Syniehubov said a substation was hit. The governor said four people "
            "were injured.",
            "Oleh Syniehubov",
        ),
        (
            "Sen. Lindsey Graham said the bill would pass. The senator said it was urgent.",
            "Lindsey Graham",
        ),
        (
            "Jonas Petraitis, the foreign minister, said flights were cancelled. The interior "
            "minister said nobody was hurt.",
            "interior minister",
        ),
        (
            "President Claudia Sheinbaum spoke on Monday. Morena party president Luisa María "
            "Alcalde said the march was small. The president said the protesters were paid.",
            "Claudia Sheinbaum",
        ),
        (
            "NAIROBI, Kenya (AP) — The head of Sudan's armed forces said Wednesday the army "
            "would retake El Fasher. Gen. Abdel-Fattah Burhan spoke in a televised address.",
            "Abdel Fattah al-Burhan",
        ),
    ],
)
def test_descriptions_and_titles_resolved(nlp: Language, text: str, speaker: str) -> None:
    found = claims(nlp, text)
    assert found[0 if "NAIROBI" in text else -1].speaker_name == speaker


@pytest.mark.parametrize(
    ("doubt", "flagged"),
    [
        ("The army could not confirm the claim.", False),
        ("Officials could not confirm the claim.", False),
        ("Reuters could not confirm the claim.", True),
        ("RFE/RL could not independently verify the claim.", True),
        ("The Associated Press could not confirm the claim.", True),
        ("The Reuters news agency could not verify the claim.", True),
        ("The claim could not be independently verified.", True),
    ],
)
def test_what_a_party_would_not_confirm_is_no_doubt_of_the_outlets(
    nlp: Language, doubt: str, flagged: bool
) -> None:
    (claim,) = claims(nlp, f"Rebels said they had captured the town. {doubt}")
    assert ("unverified" in claim.flags) is flagged


@pytest.mark.parametrize(
    ("text", "speaker", "source", "content"),
    [
        (
            "According to a local rights group, the Chadian League for Human Rights, at least "
            "15 people were detained.",
            "Chadian League for Human Rights",
            "a local rights group, the Chadian League for Human Rights",
            "at least 15 people were detained",
        ),
        (
            "According to DTEK, Ukraine's largest private energy company, its facilities have "
            "been attacked 190 times.",
            "DTEK",
            "DTEK, Ukraine's largest private energy company",
            "its facilities have been attacked 190 times",
        ),
        (
            "According to the intelligence agency, the malware, known as Coathanger, allowed "
            "the hackers to stay.",
            "intelligence agency",
            "the intelligence agency",
            "the malware, known as Coathanger, allowed the hackers to stay",
        ),
    ],
)
def test_according_to_a_description_and_its_name(
    nlp: Language, text: str, speaker: str, source: str, content: str
) -> None:
    (claim,) = claims(nlp, text)
    assert (claim.speaker_name, claim.source.text, claim.content.text) == (
        speaker,
        source,
        content,
    )


def test_according_to_law_is_in_keeping_with_it(nlp: Language) -> None:
    text = "The military said all detainees are treated according to international law."
    assert [c.cue.text for c in claims(nlp, text)] == ["said"]


def test_a_news_agency_that_could_not_verify_is_not_the_movement(nlp: Language) -> None:
    text = "Reuters could not verify the account. The movement blamed the authorities."
    assert claims(nlp, text)[0].speaker_name == "movement"


def test_a_denial_of_a_clause_without_that(nlp: Language) -> None:
    (claim,) = claims(nlp, "Prosecutors denied the charges were political.")
    assert claim.content.text == "the charges were political"


def test_a_cue_joined_to_what_a_statement_said(nlp: Language) -> None:
    text = (
        "Othman said in a statement that the vote ignored millions and called for a new dialogue."
    )
    assert [(c.speaker_name, c.content.text) for c in claims(nlp, text)] == [
        ("Othman", "the vote ignored millions"),
        ("Othman", "a new dialogue"),
    ]


def test_a_pronoun_opening_what_was_said_may_be_another_named_before(nlp: Language) -> None:
    text = (
        "Khaled Nasser was detained in May. His wife Dana Levi said he lost weight. She added "
        "that guards were violent."
    )
    assert claims(nlp, text)[-1].speaker_name == "Dana Levi"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Hospitals are full; Morocco has fewer than eight doctors per 10,000 people, the "
            "health ministry said.",
            "Morocco has fewer than eight doctors per 10,000 people",
        ),
        ('"We are tired; we are angry," the woman said.', "We are tired; we are angry"),
        (
            "The government said Friday it would not recognize the result, deepening a "
            "standoff that has paralyzed the country.",
            "it would not recognize the result",
        ),
    ],
)
def test_the_reporters_clause_before_a_semicolon_or_after_a_participle(
    nlp: Language, text: str, content: str
) -> None:
    (claim,) = claims(nlp, text)
    assert claim.content.text == content


@pytest.mark.parametrize(
    ("text", "content", "flag"),
    [
        (
            "According to the rebels, they had captured the town, a claim that could not be "
            "independently verified.",
            "they had captured the town",
            "unverified",
        ),
        (
            "According to Soro, more arrests are planned, though he provided no evidence.",
            "more arrests are planned",
            "unsupported",
        ),
    ],
)
def test_the_reporters_doubt_after_according_to(
    nlp: Language, text: str, content: str, flag: str
) -> None:
    (claim,) = claims(nlp, text)
    assert (claim.content.text, flag in claim.flags) == (content, True)


def test_neither_confirming_is_no_claim(nlp: Language) -> None:
    text = (
        "Azerbaijan and Pakistan have been mentioned as possible contributors, though neither "
        "has confirmed its participation."
    )
    assert claims(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "denial"),
    [
        ("Voters rejected foreign military bases.", False),
        ("Parliament rejected the budget.", False),
        ("Russia rejected the accusations.", True),
        ("The ministry rejected the report.", True),
    ],
)
def test_a_thing_turned_down_is_no_denial(nlp: Language, text: str, denial: bool) -> None:
    (claim,) = claims(nlp, text)
    assert ("denial" in claim.flags) is denial


def test_a_bare_label_read_as_one_noun_with_what_it_names(nlp: Language) -> None:
    (claim,) = claims(nlp, "Lukashenko called the accusations nonsense.")
    assert (claim.content.text, "denial" in claim.flags) == ("the accusations nonsense", True)
    assert claims(nlp, "He called the police station.") == []
    assert claims(nlp, "He called the workers union.") == []


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        (
            "Amnesty urged the authorities to free detainees and called for an inquiry.",
            ["the authorities to free detainees", "an inquiry"],
        ),
        (
            "UN experts called on Israel to release a doctor held since December, saying his "
            "detention was arbitrary.",
            ["Israel to release a doctor held since December", "his detention was arbitrary"],
        ),
        # (a state of mind joined in what was said stays in it)
        (
            "A Colombian official said Bogota had not been informed and was concerned that "
            "it took place so close to the border.",
            [
                "Bogota had not been informed and was concerned that it took place so close to "
                "the border",
                "it took place so close to the border",
            ],
        ),
    ],
)
def test_a_sources_second_cue_ends_the_words_of_its_first(
    nlp: Language, text: str, contents: list[str]
) -> None:
    assert [c.content.text for c in claims(nlp, text)] == contents


def test_a_second_cue_the_parser_made_what_the_first_reports(nlp: Language) -> None:
    text = (
        "Amnesty International said in a report that soldiers had executed at least 20 men "
        "and warned that more killings could follow."
    )
    assert [(c.speaker_name, c.cue.text, c.content.text) for c in claims(nlp, text)] == [
        ("Amnesty International", "said", "soldiers had executed at least 20 men"),
        ("Amnesty International", "warned", "more killings could follow"),
    ]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "The Treasury said it expected progress. Energy firm Srbijagas said it had enough "
            "gas. It said prices would stay flat.",
            ["Treasury", "Srbijagas", "Srbijagas"],
        ),
        (
            "Oil company Vitol denied the report. The company said it had no Serbian assets.",
            ["Vitol", "Vitol"],
        ),
    ],
)
def test_a_body_named_after_the_word_for_its_kind(
    nlp: Language, text: str, speakers: list[str]
) -> None:
    assert [c.speaker_name for c in claims(nlp, text)] == speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Finance Minister Sinisa Mali spoke on Monday. Mali said the refinery had a few "
            "weeks of crude left.",
            "Sinisa Mali",
        ),
        ("Senator Jim Jordan met the king. Jordan said the talks went well.", "Jim Jordan"),
    ],
)
def test_a_surname_that_is_a_states_name(nlp: Language, text: str, speaker: str) -> None:
    (claim,) = claims(nlp, text)
    assert claim.speaker_name == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Minister for Foreign Affairs Sugiono said Indonesia was concerned.", "Sugiono"),
        (
            "Coordinating Minister for Political and Security Affairs Budi Gunawan said it "
            "was calm.",
            "Budi Gunawan",
        ),
        ("Inspector General of Police Douglas Kanja said two officers died.", "Douglas Kanja"),
    ],
)
def test_a_name_after_the_office_it_holds_for_something(
    nlp: Language, text: str, speaker: str
) -> None:
    (claim,) = claims(nlp, text)
    assert claim.speaker_name == speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The firm said it was co-operating fully with the police.",
            "it was co-operating fully with the police",
        ),
        ("Police said he was re-arrested on Monday.", "he was re-arrested on Monday"),
    ],
)
def test_a_verb_with_a_prefix_and_a_hyphen_is_one_word(
    nlp: Language, text: str, content: str
) -> None:
    (claim,) = claims(nlp, text)
    assert claim.content.text == content


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "Police: Fire was started deliberately\n\nHONG KONG - Three men were held.",
            "Police",
            "Fire was started deliberately",
        ),
        ("Fire chief: Blaze is under control", "Fire chief", "Blaze is under control"),
    ],
)
def test_a_headline_with_a_common_word_for_who_speaks(
    nlp: Language, text: str, source: str, content: str
) -> None:
    (claim,) = claims(nlp, text)
    assert (claim.source.text if claim.source else "", claim.content.text) == (source, content)


def test_a_name_in_small_letters_before_a_colon_is_no_headline(nlp: Language) -> None:
    text = "Another problem for Sanders: there are roughly 100,000 more women than men."
    assert claims(nlp, text) == []
    (claim,) = claims(nlp, 'Nordhaus said: "No large economy has cut emissions that way."')
    assert claim.cue.text == "said"


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (
            "Lavrov said Kyiv was stalling. Peskov, who offered no evidence, said Ukraine had "
            "shelled Donetsk.",
            [False, True],
        ),
        ("Aguirre, who did not provide evidence, accused guards of taking bribes.", [True]),
    ],
)
def test_no_evidence_said_of_the_source_flags_its_claim(
    nlp: Language, text: str, flagged: list[bool]
) -> None:
    assert ["unsupported" in c.flags for c in claims(nlp, text)] == flagged


def test_a_comment_set_off_before_the_reporters_setting(nlp: Language) -> None:
    text = (
        "Russia said its forces had captured Rivnopillia, a claim denied by Kyiv, as talks went on."
    )
    found, (answer,) = responses(nlp, text)
    (claim,) = found
    assert claim.content.text == "its forces had captured Rivnopillia"
    assert answer.claims == (claim.id,)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Mr Chan accused the contractor of cutting corners. A student was detained on "
            "Saturday, his family told the BBC.",
            "his family",
        ),
        # (one named as the subject of what was said, not a person told of after it)
        (
            "Egyptian President Abdel Fattah el-Sissi on Tuesday pardoned a prominent blogger "
            "who had spent five years in prison, his office said.",
            "Abdel Fattah el-Sissi's office",
        ),
    ],
)
def test_his_after_one_left_unnamed_in_what_was_said(
    nlp: Language, text: str, speaker: str
) -> None:
    assert claims(nlp, text)[-1].speaker_name == speaker


def test_a_bodys_denial_in_the_present_in_its_spokesmans_words(nlp: Language) -> None:
    text = (
        'Indian officials blamed Pakistan-based militants. "Pakistan categorically denies any '
        'role in this attack," spokesman Tahir Andrabi said.'
    )
    found, (answer,) = responses(nlp, text)
    assert "denial" in found[1].flags
    assert answer.claims == (found[0].id,)
    # (never the claim whose words the answer is)
    found, (answer,) = responses(nlp, text.split(". ", 1)[1])
    assert answer.claims == ()


@pytest.mark.parametrize(
    ("text", "speaker", "source"),
    [
        (
            "Jammu and Kashmir's chief minister, Omar Abdullah, told reporters that not every "
            "Kashmiri should be treated as a suspect.",
            "Omar Abdullah",
            "Jammu and Kashmir's chief minister, Omar Abdullah",
        ),
        (
            "Trinidad and Tobago's prime minister, Kamla Persad-Bissessar, said the boats "
            "carried drugs.",
            "Kamla Persad-Bissessar",
            "Trinidad and Tobago's prime minister, Kamla Persad-Bissessar",
        ),
    ],
)
def test_the_office_of_a_place_whose_name_holds_and(
    nlp: Language, text: str, speaker: str, source: str
) -> None:
    (claim,) = claims(nlp, text)
    assert (claim.speaker_name, claim.source.text if claim.source else "") == (speaker, source)


def test_a_that_filling_the_slot_of_a_verb_of_calling_is_relative(nlp: Language) -> None:
    text = (
        "The Congress party said the government had ignored intelligence warnings, an "
        'accusation that a Home Ministry official called "completely false."'
    )
    found, (answer,) = responses(nlp, text)
    assert [c.cue.text for c in found] == ["said", "called"]
    assert answer.claims == (found[0].id,)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Chu's claim that the recall was illegal drew criticism from the DPP.",
            "the recall was illegal",
        ),
        ("Aguirre's claim that guards were bribed angered the ministry.", "guards were bribed"),
    ],
)
def test_a_claim_nouns_clause_ends_before_the_sentences_verb(
    nlp: Language, text: str, content: str
) -> None:
    (claim,) = claims(nlp, text)
    assert claim.content.text == content


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        (
            "Chu urged Lai to resign and admit his mistakes.",
            ["Lai to resign and admit his mistakes"],
        ),
        (
            'He urged Lai to "reflect deeply" and apologize for dividing the country.',
            ['Lai to "reflect deeply" and apologize for dividing the country'],
        ),
        ("He wants to resign and admit his mistakes.", []),
        # (but one that asks or tells in turn, as PolNeAR reads it)
        (
            "He asked the woman to raise her voice and say the word louder.",
            ["the woman to raise her voice"],
        ),
    ],
)
def test_a_verb_joined_to_an_infinitive_shares_its_to(
    nlp: Language, text: str, contents: list[str]
) -> None:
    assert [c.content.text for c in claims(nlp, text)] == contents


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Prime Minister's Office said the protest was banned.", "Prime Minister's Office"),
        (
            "The Guatemalan Attorney General's Office said abuses could follow.",
            "Attorney General's Office",
        ),
    ],
)
def test_an_office_named_by_the_title_it_serves(nlp: Language, text: str, speaker: str) -> None:
    (claim,) = claims(nlp, text)
    assert claim.speaker_name == speaker


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Algeria has expelled French diplomat Stephane Romatet, the Algerian foreign "
            "ministry said Monday.",
            "Algeria (foreign ministry)",
            "Algeria has expelled French diplomat Stephane Romatet",
        ),
        (
            "Algeria has pardoned writer Boualem Sansal, the Algerian presidency said Wednesday.",
            "Algeria (presidency)",
            "Algeria has pardoned writer Boualem Sansal",
        ),
        (
            "Russia has freed Evan Gershkovich, the Kremlin announced.",
            "Russia (government)",
            "Russia has freed Evan Gershkovich",
        ),
    ],
)
def test_a_closing_source_read_as_part_of_the_object(
    nlp: Language, text: str, speaker: str, content: str
) -> None:
    (claim,) = claims(nlp, text)
    assert (claim.speaker_name, claim.content.text) == (speaker, content)


@pytest.mark.parametrize(
    "text",
    [
        "The court upheld the sentence, his lawyers said, ending a long legal battle.",
        "The court upheld the sentence, his lawyers said, dashing hopes of an early release.",
    ],
)
def test_what_the_words_ended_or_dashed_is_the_reporters(nlp: Language, text: str) -> None:
    (claim,) = claims(nlp, text)
    assert claim.content.text == "The court upheld the sentence"


@pytest.mark.parametrize(
    "text",
    [
        "Lemoine said France would continue to push for a gesture of clemency.",
        "Lemoine said France would keep pressing for his release.",
    ],
)
def test_what_a_party_would_go_on_asking_is_no_claim_yet(nlp: Language, text: str) -> None:
    assert [c.cue.text for c in claims(nlp, text)] == ["said"]


def test_a_bare_denial_takes_no_doubt_meant_for_the_claim_it_denies(nlp: Language) -> None:
    text = (
        "Rebels said they killed 40 soldiers. The army denied it. That claim could not be "
        "independently verified."
    )
    assert [sorted(c.flags) for c in claims(nlp, text)] == [["unverified"], ["denial"]]


def test_the_reporters_doubt_of_claims_about_a_thing(nlp: Language) -> None:
    text = (
        "Student groups claimed that five of those arrested were minors. The prosecutor's "
        "office rejected that claim, saying all detainees had seen a judge. The claims about "
        "the minors could not be independently verified."
    )
    assert ["unverified" in c.flags for c in claims(nlp, text)] == [True, False, False]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "KMT chairman Eric Chu called the recall a purge. Lai said the vote was legal. The "
            "KMT chairman said he would not back down.",
            "Eric Chu",
        ),
        (
            "Hamas spokesman Hazem Qassem said the talks failed. The Hamas spokesman said "
            "Israel was to blame.",
            "Hazem Qassem",
        ),
    ],
)
def test_a_description_of_a_bodys_officer_is_the_one_introduced_so(
    nlp: Language, text: str, speaker: str
) -> None:
    assert claims(nlp, text)[-1].speaker_name == speaker


def test_the_owner_of_a_claim_answered_is_not_who_answers_it(nlp: Language) -> None:
    text = (
        "Lawyer Hala Ahed said her clients were beaten. The minister rejected her claim that "
        "they were tortured."
    )
    found, (answer,) = responses(nlp, text)
    owned = only(found, "claim")
    assert owned.speaker_name == "Hala Ahed"
    assert answer.party_name == "minister"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Amman, Jordan – Relatives of the detainees say the men were tortured.",
            "Relatives of the detainees",
        ),
        (
            "Police chief Karim al-Faraya said the group was banned. Al-Faraya added that "
            "members had fled.",
            "Karim al-Faraya",
        ),
        (
            "The National Oil Company of Malawi said stocks had fallen.",
            "National Oil Company of Malawi",
        ),
        ("The men had lived in the U.S. Smith said they were afraid.", "Smith"),
    ],
)
def test_names_the_tagger_misread(nlp: Language, text: str, speaker: str) -> None:
    assert claims(nlp, text)[-1].speaker_name == speaker


def test_a_states_short_name_ends_a_sentence_only_before_a_new_one(nlp: Language) -> None:
    (claim,) = claims(nlp, "Officials in the U.S. Senate said the bill would pass.")
    assert claim.speaker_name == "Officials in the U.S. Senate"
    found = claims(nlp, "He studied in the U.K. The ministry said he was a spy.")
    assert [c.content.text for c in found] == ["he was a spy"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Peter Mutharika said prices would fall. His spokesman said fuel would arrive soon.",
            "Peter Mutharika's spokesman",
        ),
        (
            "Peter Mutharika said prices would fall. Lazarus Chakwera said the vote was fair. "
            "His spokesman said fuel would arrive soon.",
            "Lazarus Chakwera's spokesman",
        ),
    ],
)
def test_his_is_the_one_person_who_spoke_just_before(
    nlp: Language, text: str, speaker: str
) -> None:
    assert claims(nlp, text)[-1].speaker_name == speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The DPP promised that fuel supplies would arrive within days.",
            "fuel supplies would arrive within days",
        ),
        ("He said that plan would fail.", "plan would fail"),
    ],
)
def test_that_after_a_cue_read_as_its_objects_determiner(
    nlp: Language, text: str, content: str
) -> None:
    (claim,) = claims(nlp, text)
    assert claim.content.text == content


@pytest.mark.parametrize(
    "text",
    [
        'Wamytan said the deal was "dead," while loyalists insisted it was alive.',
        'Wamytan said the deal was "dead," as protesters gathered outside.',
    ],
)
def test_the_reporters_setting_after_a_quotations_closing_comma(nlp: Language, text: str) -> None:
    assert claims(nlp, text)[0].content.text == 'the deal was "dead,"'


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Talks were boycotted by the FLNKS, which said the deal was illegal.", "FLNKS"),
        ("Valls met the opposition, which said the accord was dead.", "opposition"),
    ],
)
def test_a_body_that_said_in_a_relative_clause(nlp: Language, text: str, speaker: str) -> None:
    (claim,) = claims(nlp, text)
    assert claim.speaker_name == speaker


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ('"I braked as hard as I could," the driver said.', False),
        ("Police said they could see the smoke from the station.", False),
        ("Police said they did everything they could to stop the train.", False),
        ("Tusk said the suspects had been paid, which made it possible to track them.", False),
        ("Police said the fire could spread.", True),
    ],
)
def test_what_one_could_do_is_no_hedge(nlp: Language, text: str, hedged: bool) -> None:
    (claim,) = claims(nlp, text)
    assert ("hedged" in claim.flags) is hedged


@pytest.mark.parametrize(
    ("text", "believer"),
    [
        (
            "The lawyer said his client was innocent and had thought they were builders.",
            "his client",
        ),
        (
            "A senior official said Hichilema was frustrated by the delays and believed the "
            "family was being manipulated.",
            "Hichilema",
        ),
    ],
)
def test_a_belief_joined_to_what_was_said_is_its_subjects(
    nlp: Language, text: str, believer: str
) -> None:
    said, believed = claims(nlp, text)
    assert said.content.text.endswith(believed.content.text)
    assert believed.speaker_name == believer


def test_the_speaker_going_on_with_a_belief_keeps_it(nlp: Language) -> None:
    text = (
        "Bob said he first heard gunfire at 9 p.m. and suspected that the compound was "
        "under attack."
    )
    assert [(c.speaker_name, c.cue.text) for c in claims(nlp, text)] == [
        ("Bob", "said"),
        ("Bob", "suspected"),
    ]


def test_a_warning_noun_whose_that_the_parser_made_an_object(nlp: Language) -> None:
    text = "Rates stayed low, belying budget hawks' warnings that they would skyrocket."
    (claim,) = claims(nlp, text)
    assert (claim.cue.text, claim.content.text) == ("warnings", "they would skyrocket")


def test_speaking_out_joined_to_an_infinitive_is_a_cue_of_its_own(nlp: Language) -> None:
    text = (
        "Hundreds of demonstrators took to the streets to raise concerns about police "
        "brutality and speak out about Hillary Clinton."
    )
    assert [c.cue.text for c in claims(nlp, text)] == ["to raise", "speak out"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Kast vowed on Tuesday to expel migrants.", "to expel migrants"),
        ("Kast threatened on Monday to close the border.", "to close the border"),
    ],
)
def test_what_one_vowed_after_a_phrase_of_when(nlp: Language, text: str, content: str) -> None:
    (claim,) = claims(nlp, text)
    assert claim.content.text == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ardakani said the drought could last months.", "the drought could last months"),
        (
            "The head of the water company said supplies would last weeks.",
            "supplies would last weeks",
        ),
    ],
)
def test_a_reported_verb_the_tagger_took_for_an_adjective(
    nlp: Language, text: str, content: str
) -> None:
    (claim,) = claims(nlp, text)
    assert claim.content.text == content


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Kast said crime was rising. Interior ministry officials said homicides had fallen.",
            "Interior ministry",
        ),
        (
            "The senator's spokesperson, Atty. Lilia Reyes, told Reuters the charges were false.",
            "Lilia Reyes",
        ),
        (
            "The Department of Public Works and Highways said about 6,000 projects were awarded.",
            "Department of Public Works and Highways",
        ),
        (
            "The Kanak and Socialist National Liberation Front (FLNKS) said the accord was "
            "dead. The FLNKS spokesman said she was lying.",
            "Kanak and Socialist National Liberation Front",
        ),
        ('"We will appeal," said one of her aides, Marie Wea.', "Marie Wea"),
        (
            "Protesters filled the square. One of them, a pensioner named Georgi Dimitrov, told "
            "the BBC that he had come for his grandchildren.",
            "Georgi Dimitrov",
        ),
    ],
)
def test_names_of_bodies_and_people_the_tagger_cut(nlp: Language, text: str, speaker: str) -> None:
    assert claims(nlp, text)[-1].speaker_name == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "MBABANE, Eswatini (AP) — The kingdom said Tuesday the men would be sent home.",
            "kingdom",
        ),
        (
            "Saudi Arabia hosted the talks. The kingdom said the talks went well.",
            "Saudi Arabia (government)",
        ),
    ],
)
def test_the_kingdom_is_saudi_arabia_only_once_it_is_named(
    nlp: Language, text: str, speaker: str
) -> None:
    assert claims(nlp, text)[-1].speaker_name == speaker


@pytest.mark.parametrize(
    ("note", "flag"),
    [("He offered no proof.", "unsupported"), ("The claim could not be verified.", "unverified")],
)
def test_a_note_after_a_quotation_closing_before_a_paragraph_break(
    nlp: Language, note: str, flag: str
) -> None:
    text = f'"Some people became rich," he said. "Others slept in queues."\n\n{note}'
    assert [flag in c.flags for c in claims(nlp, text)] == [True, True]


def test_no_evidence_for_every_clause_of_one_cue(nlp: Language) -> None:
    text = (
        "Ozel said without providing evidence that the judge had met Erdogan's aides and "
        "that the verdict was written in advance."
    )
    assert ["unsupported" in c.flags for c in claims(nlp, text)] == [True, True]


@pytest.mark.parametrize(
    "note",
    [
        "The statement did not include evidence to support that claim.",
        "The statement included no evidence.",
    ],
)
def test_a_statement_without_evidence_in_it(nlp: Language, note: str) -> None:
    text = f"In a statement, the military said its aircraft had struck a camp. {note}"
    (claim,) = claims(nlp, text)
    assert "unsupported" in claim.flags


def test_an_outlet_that_could_not_confirm(nlp: Language) -> None:
    text = (
        "The committee alleged that SPD had drawn up lists. Politico could not independently "
        "confirm that such lists existed."
    )
    (claim,) = claims(nlp, text)
    assert "unverified" in claim.flags


def test_one_of_another_given_name_is_not_the_namesake(nlp: Language) -> None:
    text = 'Edgar Lungu died in June. "He is at rest," Tasila Lungu said.'
    (claim,) = claims(nlp, text)
    assert claim.speaker_name == "Tasila Lungu"
    # (the given name is the word before the surname, after any office)
    text = "Vice Minister of Citizen Security Roberto Ríos said the talks would go on."
    (claim,) = claims(nlp, text)
    assert claim.speaker_name == "Roberto Ríos"


def test_a_fear_set_off_in_what_was_said_is_of_whom_it_tells(nlp: Language) -> None:
    text = (
        "Hundreds of migrants have camped at the border, fearing they will be expelled, "
        "witnesses said."
    )
    assert [c.speaker_name for c in claims(nlp, text)] == ["witnesses", "migrants"]


@pytest.mark.parametrize(
    "text",
    [
        "Kast said on Wednesday that he would expel migrants, four days before a runoff "
        "dominated by crime.",
        "Kast said he would expel migrants, days before a runoff.",
    ],
)
def test_a_count_of_days_to_an_event_is_the_reporters(nlp: Language, text: str) -> None:
    (claim,) = claims(nlp, text)
    assert claim.content.text == "he would expel migrants"


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("Police questioned the reporter for nine hours on Friday.", []),
        ("The lawyer said police had questioned her client for nine hours.", ["said"]),
        ("Analysts questioned the figures.", ["questioned"]),
    ],
)
def test_questioning_a_person_is_an_interrogation(
    nlp: Language, text: str, cues: list[str]
) -> None:
    assert [c.cue.text for c in claims(nlp, text)] == cues
    assert responses(nlp, text)[1] == []


def test_a_count_given_before_quotations_that_follow_it(nlp: Language) -> None:
    text = (
        'Rights groups say security forces killed at least 11 people. "They were shooting '
        'from the rooftops," one witness said. "Nobody was armed."\n\nThe figures could not '
        "be independently verified."
    )
    found = claims(nlp, text)
    assert ["unverified" in c.flags for c in found] == [True, False, False]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said the talks had failed and declined further comment.",
        "The ministry said the talks had failed but refused further details.",
    ],
)
def test_comment_declined_after_what_was_said_is_the_speakers_act(nlp: Language, text: str) -> None:
    (claim,) = claims(nlp, text)
    assert claim.content.text == "the talks had failed"


@pytest.mark.parametrize(
    ("text", "disputed"),
    [
        ("Witnesses said at least 20 people died, although police said the toll was 12.", True),
        ("Rebels said they held the town, whereas the army said it had been retaken.", True),
        # (`while` sets two reports side by side as often as against each other)
        ("Police said two people died, while hospital officials said 40 were hurt.", False),
    ],
)
def test_a_claim_set_against_another_in_one_sentence_disputes_it(
    nlp: Language, text: str, disputed: bool
) -> None:
    found, answers = responses(nlp, text)
    assert [r.kind for r in answers] == (["disputed"] if disputed else [])
    if disputed:
        assert answers[0].claims == (found[0].id,)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Russia denied being involved in the attack.", "being involved in the attack"),
        ("Moscow denied having carried out the strike.", "having carried out the strike"),
    ],
)
def test_a_denied_perfect_or_passive_gerund_is_what_is_denied(
    nlp: Language, text: str, content: str
) -> None:
    (claim,) = claims(nlp, text)
    assert claim.content.text == content
    assert "denial" in claim.flags


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ('Sanchez said: "We believe in his innocence."', False),
        ("He said he believed in the rule of law.", False),
        ("He said he believed the talks would fail.", True),
    ],
)
def test_believing_in_a_thing_is_no_hedge(nlp: Language, text: str, hedged: bool) -> None:
    (claim,) = claims(nlp, text)
    assert ("hedged" in claim.flags) is hedged


@pytest.mark.parametrize(
    "text",
    [
        "Cuban authorities said no one died in the storm, crediting the evacuation of "
        "thousands of people.",
        "Cuban authorities said no one died in the storm, calling it a miracle.",
        "Cuban authorities said no one died in the storm, praising rescue teams.",
        "Cuban authorities said no one died in the storm, disputing his account.",
    ],
)
def test_credit_or_a_name_given_after_what_was_said_is_the_speakers_own(
    nlp: Language, text: str
) -> None:
    assert claims(nlp, text)[0].content.text == "no one died in the storm"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The General Staff said 40 drones were shot down.", "General Staff"),
        (
            "The U.S. Agency for International Development said it had sent rescue teams.",
            "U.S. Agency for International Development",
        ),
        ("The Socialist party denied there was any dissent.", "Socialist party"),
        ("USAID said it had sent rescue teams.", "USAID"),
        (
            "A group calling itself the Islamic Resistance in Iraq said it launched drones.",
            "Islamic Resistance in Iraq",
        ),
        (
            "A militia that calls itself Saraya Awliya al-Dam said it fired the rockets.",
            "Saraya Awliya al-Dam",
        ),
    ],
)
def test_a_bodys_name_as_written(nlp: Language, text: str, speaker: str) -> None:
    (claim,) = claims(nlp, text)
    assert claim.speaker_name == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Laurence des Cars said security had failed. "It is our failure," des Cars '
            "told senators.",
            "Laurence des Cars",
        ),
        (
            "Kassym-Jomart Tokayev said the attacks were unacceptable. Tokayev added that "
            "exports must not be disrupted.",
            "Kassym-Jomart Tokayev",
        ),
        (
            "Jean-Claude Juncker said the deal was done. Juncker added that it was fair.",
            "Jean-Claude Juncker",
        ),
    ],
)
def test_a_surname_goes_back_to_a_name_with_a_particle_or_a_hyphen(
    nlp: Language, text: str, speaker: str
) -> None:
    assert [c.speaker_name for c in claims(nlp, text)] == [speaker, speaker]


def test_a_hyphenated_name_after_a_claim_noun_is_whole(nlp: Language) -> None:
    text = "Critics said the claim by Ben-Gvir that the law would deter attacks was false."
    owned = only(claims(nlp, text), "claim")
    assert owned.source is not None
    assert owned.source.text == "Ben-Gvir"


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("The minister said aid arrived and accused critics of lying.", ["said", "accused"]),
        # (the perfect shared: what the men did, in what the police said)
        ("Police said the men had been arrested and denied the charges.", None),
    ],
)
def test_a_past_tense_read_as_a_participle_is_the_speakers_next_act(
    nlp: Language, text: str, cues: list[str] | None
) -> None:
    found = claims(nlp, text)
    if cues is None:
        assert found[0].content.text == "the men had been arrested and denied the charges"
    else:
        assert [c.cue.text for c in found] == cues
        assert found[0].content.text == "aid arrived"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The crew was safe, the navy's spokesman, Dmytro Pletenchuk, said.",
            "the navy's spokesman, Dmytro Pletenchuk",
        ),
        (
            "Two explosions hit the tanker, the operator, Unity Shipping, said in a statement.",
            "the operator, Unity Shipping",
        ),
    ],
)
def test_a_closing_source_with_its_title_before_the_name(
    nlp: Language, text: str, source: str
) -> None:
    (claim,) = claims(nlp, text)
    assert claim.source is not None
    assert claim.source.text == source
    assert claim.content.text == text[: text.index(", the ")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The election commission said the polls would go ahead as planned.",
            "the polls would go ahead as planned",
        ),
        (
            "The commission said the vote would be held as scheduled in February.",
            "the vote would be held as scheduled in February",
        ),
        ("The ministry said it would act as thousands fled.", "it would act"),
    ],
)
def test_as_planned_is_part_of_what_was_said(nlp: Language, text: str, content: str) -> None:
    (claim,) = claims(nlp, text)
    assert claim.content.text == content


@pytest.mark.parametrize(
    "text",
    [
        "Putin said the attacks were meant to derail talks, without substantiating the claim.",
        "Putin said the attacks were meant to derail talks, without backing up the assertion.",
        "Putin said the attacks were meant to derail talks, but did not back up the claim.",
    ],
)
def test_a_claim_not_backed_up_is_unsupported(nlp: Language, text: str) -> None:
    (claim,) = claims(nlp, text)
    assert claim.content.text == "the attacks were meant to derail talks"
    assert "unsupported" in claim.flags


def test_the_clause_evidence_would_show_is_not_the_accusation(nlp: Language) -> None:
    text = (
        "Russia accused Kyiv of endangering shipping, without providing evidence that the "
        "ships were unarmed."
    )
    (claim,) = claims(nlp, text)
    assert claim.content.text == "Kyiv of endangering shipping"
    assert "unsupported" in claim.flags


@pytest.mark.parametrize(
    "text",
    [
        "The White House said it was monitoring the situation but stopped short of "
        "condemning the strike.",
        "The White House said it was monitoring the situation but fell short of "
        "condemning the strike.",
    ],
)
def test_stopping_short_after_what_was_said_is_the_speakers_act(nlp: Language, text: str) -> None:
    (claim,) = claims(nlp, text)
    assert claim.content.text == "it was monitoring the situation"


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("Curfew imposed in Dhaka, several injuries reported.", []),
        ("Schools reopened, state television reported.", ["reported"]),
    ],
)
def test_what_was_reported_is_no_source(nlp: Language, text: str, cues: list[str]) -> None:
    assert [c.cue.text for c in claims(nlp, text)] == cues


@pytest.mark.parametrize(
    ("closing", "flagged"),
    [
        ("The claims could not be independently verified.", [True, True]),
        ("The claim could not be independently verified.", [False, True]),
    ],
)
def test_claims_doubted_in_the_plural_are_more_than_the_last(
    nlp: Language, closing: str, flagged: list[bool]
) -> None:
    text = "Moscow said it shot down 40 drones. Kyiv said none were lost. " + closing
    assert ["unverified" in c.flags for c in claims(nlp, text)] == flagged


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A witness, a teacher named Ahmed Musa, said dozens had fled.", "Ahmed Musa"),
        (
            "One resident, a trader who gave only his first name, Ibrahim, said dozens of "
            "families had fled.",
            "Ibrahim",
        ),
        ("A witness, a teacher, said dozens had fled.", "witness"),
    ],
)
def test_a_person_described_then_named(nlp: Language, text: str, speaker: str) -> None:
    (claim,) = claims(nlp, text)
    assert claim.speaker_name == speaker


def test_no_connection_in_quotation_marks_is_a_denial(nlp: Language) -> None:
    (claim,) = claims(nlp, 'The militia said it had "no connection" to the attack.')
    assert "denial" in claim.flags


def test_those_the_speaker_did_not_name_are_the_reporters_note(nlp: Language) -> None:
    text = (
        "The embassy said the indictment was meant to shield the real culprits, whom it did "
        "not name."
    )
    (claim,) = claims(nlp, text)
    assert claim.content.text == "the indictment was meant to shield the real culprits"


@pytest.mark.parametrize(
    "text",
    [
        "Lebanon said the strike threatened the truce; Israel defended the attack.",
        "Lebanon says Israeli strike threatened the truce; Israel defends attack",
    ],
)
def test_a_clause_after_a_semicolon_with_a_cue_of_its_own_is_another_claim(
    nlp: Language, text: str
) -> None:
    lebanon, israel = claims(nlp, text)
    assert lebanon.content.text.endswith("threatened the truce")
    assert israel.speaker_name == "Israel (government)"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Weidel dismissed the proposal as desperate.", True),
        ("The Kremlin dismissed the peace plan as a provocation.", True),
        ("The House rejected the amendment 210-215.", False),
    ],
)
def test_a_motion_dismissed_as_something_is_a_judgement(
    nlp: Language, text: str, found: bool
) -> None:
    assert bool(claims(nlp, text)) is found


def test_them_rejected_after_a_claim_answers_it(nlp: Language) -> None:
    text = "Some lawyers claimed that judges had been threatened. The ministry rejected them."
    found, answers = responses(nlp, text)
    assert [(r.kind, r.claims) for r in answers] == [("denied", (found[0].id,))]
    assert responses(nlp, "Police arrested two men. A judge denied them bail.")[1] == []


@pytest.mark.parametrize("body", ["Army officers", "Party officials"])
def test_a_body_word_opening_a_paragraph_is_no_name(nlp: Language, body: str) -> None:
    text = f"Wuest spoke.\n\n{body} said five people died."
    assert only(claims(nlp, text), "said").speaker_name == body


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Two judges resigned on Friday after President Asif Ali Zardari signed the "
            "amendment, saying the changes had gutted the court.",
            "Two judges",
        ),
        (
            "Sanchez spoke on Monday, two days after Ayuso accused him, saying he had done "
            "nothing wrong.",
            "Sanchez",
        ),
    ],
)
def test_a_participle_after_a_clause_of_time_is_the_main_subjects(
    nlp: Language, text: str, speaker: str
) -> None:
    assert only(claims(nlp, text), "saying").speaker_name == speaker


def test_the_reporters_noun_after_a_closing_cue_is_not_what_was_said(nlp: Language) -> None:
    text = "Talks stalled, diplomats said, a setback that leaves Kyiv short of cash."
    (claim,) = claims(nlp, text)
    assert claim.content.text == "Talks stalled"


def test_an_accusation_of_planning_keeps_what_was_planned(nlp: Language) -> None:
    (claim,) = claims(nlp, "Peskov accused Kyiv of planning to buy weapons.")
    assert claim.content.text == "Kyiv of planning to buy weapons"


def test_quoted_as_saying_with_a_quoted_phrase_is_one_claim(nlp: Language) -> None:
    text = 'Russia would respond "in the harshest way," Peskov was quoted as saying.'
    (claim,) = claims(nlp, text)
    assert claim.content.text.startswith("Russia would respond")


def test_something_another_disputed_answers_what_was_said(nlp: Language) -> None:
    text = (
        "Lebanese officials said Hamas had yet to hand over any arms, something a Hamas "
        "official disputed."
    )
    found, answers = responses(nlp, text)
    assert [(r.kind, r.claims) for r in answers] == [("disputed", (found[0].id,))]
    assert found[0].content.text == "Hamas had yet to hand over any arms"


@pytest.mark.parametrize(
    "text",
    [
        "One of them, a shopkeeper who gave his name only as Abu Khaled, said ambulances "
        "were slow.",
        "A shopkeeper, who gave his name only as Abu Khaled, said ambulances were slow.",
    ],
)
def test_a_name_given_only_as_is_the_speakers(nlp: Language, text: str) -> None:
    (claim,) = claims(nlp, text)
    assert claim.speaker_name == "Abu Khaled"


def test_a_count_in_round_words_is_the_count_doubted(nlp: Language) -> None:
    text = (
        '"We are democrats," Brandner said, adding that the party had lost "thousands of '
        'members." That figure could not be independently verified.'
    )
    assert ["unverified" in c.flags for c in claims(nlp, text)] == [False, True]


@pytest.mark.parametrize(
    "text",
    [
        "Belgium has softened its stance, Peskov, who spoke to reporters, said.",
        "Belgium has softened its stance, Dmitry Peskov, who spoke to reporters, said.",
    ],
)
def test_a_closing_source_with_a_relative_clause(nlp: Language, text: str) -> None:
    (claim,) = claims(nlp, text)
    assert claim.speaker_name == "Dmitry Peskov"
    assert claim.content.text == "Belgium has softened its stance"


@pytest.mark.parametrize(
    "setting",
    ["at his weekly briefing", "in remarks to reporters on Thursday", "at a news conference"],
)
def test_where_the_words_were_given_ends_what_was_said(nlp: Language, setting: str) -> None:
    text = f"Jaiswal said the case was political, {setting}."
    (claim,) = claims(nlp, text)
    assert claim.content.text == "the case was political"


def test_a_name_ending_in_an_abbreviated_title_ends_its_sentence(nlp: Language) -> None:
    text = "Paetongtarn said she had called Hun Sen. Thailand's army said troops were ready."
    first, second = claims(nlp, text)
    assert first.content.text.startswith("she had called Hun Sen")
    assert second.source is not None
    assert second.source.text == "Thailand's army"
    (claim,) = claims(nlp, "Republican Sen. Lindsey Graham said the bill would pass.")
    assert claim.speaker_name == "Lindsey Graham"


@pytest.mark.parametrize("later", ["The spokesperson", "The spokesman"])
def test_spokespeople_by_any_word_are_one_role(nlp: Language, later: str) -> None:
    text = f"Police spokeswoman Amina Hassan said two people died. {later} said more were hurt."
    assert [c.speaker_name for c in claims(nlp, text)] == ["Amina Hassan", "Amina Hassan"]


@pytest.mark.parametrize(
    ("text", "denial"),
    [
        ('Jaiswal said New Delhi had "no role whatsoever" in the matter.', True),
        ("A spokesman said Cambodia had no role.", True),
        ("He said the role of the envoy was to listen.", False),
    ],
)
def test_no_role_said_at_a_clauses_end_is_a_denial(nlp: Language, text: str, denial: bool) -> None:
    (claim,) = claims(nlp, text)
    assert ("denial" in claim.flags) is denial


def test_a_bodys_name_the_tagger_cut_at_and(nlp: Language) -> None:
    text = "The Danish Security and Intelligence Service said the drones came from the sea."
    (claim,) = claims(nlp, text)
    assert claim.speaker_name == "Danish Security and Intelligence Service"


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("Frederiksen said she could not rule out Russian involvement.", True),
        ("Frederiksen said she could not exclude that Russia was behind it.", True),
        ("Police said they could not reach the town.", False),
    ],
)
def test_not_ruling_out_holds_it_possible(nlp: Language, text: str, hedged: bool) -> None:
    (claim,) = claims(nlp, text)
    assert ("hedged" in claim.flags) is hedged


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Frederiksen, whose government has accused Russia of hybrid attacks, said the "
            "drones came from a ship.",
            "Frederiksen's government",
        ),
        (
            "Denmark, whose intelligence service has warned of sabotage, said the drones "
            "came from a ship.",
            "Denmark's intelligence service",
        ),
    ],
)
def test_whose_body_is_the_named_ones(nlp: Language, text: str, speaker: str) -> None:
    assert claims(nlp, text)[0].speaker_name == speaker


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        (
            "The ministry said the plan, which critics say could fail, was approved.",
            [False, True],
        ),
        (
            "Officials said a court issued a warrant after prosecutors argued she could "
            "destroy evidence.",
            [False, True],
        ),
    ],
)
def test_a_doubt_inside_anothers_words_hedges_only_theirs(
    nlp: Language, text: str, flags: list[bool]
) -> None:
    assert ["hedged" in c.flags for c in claims(nlp, text)] == flags


def test_telling_the_truth_is_no_claim(nlp: Language) -> None:
    text = "It was possible, he said, that the captain was telling the truth."
    (claim,) = claims(nlp, text)
    assert claim.cue.text == "said"
    assert "hedged" in claim.flags


@pytest.mark.parametrize(
    "text",
    [
        "Abdelatty said Ethiopia had broken its promises. His Ethiopian counterpart, Gedion "
        "Timothewos, rejected that.",
        "Sisi accused Ethiopia of stealing water. His Ethiopian counterpart denied the accusation.",
    ],
)
def test_ones_counterpart_answers_them(nlp: Language, text: str) -> None:
    found, answers = responses(nlp, text)
    assert [(r.kind, r.claims) for r in answers] == [("denied", (found[0].id,))]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The party did not respond to police claims that its activists were paid.", "police"),
        (
            "The party dismissed government allegations that it was funded from abroad.",
            "government",
        ),
    ],
)
def test_a_claim_noun_named_by_a_bodys_word(nlp: Language, text: str, speaker: str) -> None:
    found, answers = responses(nlp, text)
    owned = next(c for c in found if c.speaker_name == speaker)
    assert [r.claims for r in answers] == [(owned.id,)]


# Forms found in wire copy on the Zaporizhzhia plant, Imamoglu's trial, the Takaichi row,
# the West Bank, the Chagos treaty, Michoacan, Uganda's campaign and Scarborough Shoal.


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('Police said Joaquin "El Chapo" Guzman had escaped.', "indirect"),
        ('Police said the leader, known as "The Engineer," had fled.', "indirect"),
        ('He said the so-called "special operation" would go on.', "mixed"),
        ('He said Joaquin "El Chapo" Guzman "will never walk free."', "mixed"),
    ],
)
def test_a_quoted_nickname_quotes_no_words(nlp: Language, text: str, kind: str) -> None:
    (claim,) = claims(nlp, text)
    assert claim.kind == kind


@pytest.mark.parametrize(
    ("text", "denial"),
    [
        ("The cartel said in a letter that it was not involved.", True),
        ("The cartel said it was innocent.", True),
        ("He told the court he was innocent of the charges.", True),
        ("Police said people who were not involved in the riot were freed.", False),
        ("He said innocent civilians had died.", False),
    ],
)
def test_a_denial_said_in_a_medium_or_of_innocence(nlp: Language, text: str, denial: bool) -> None:
    (claim,) = claims(nlp, text)
    assert ("denial" in claim.flags) is denial


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Gunmen Attack Village, Officials Say", "Officials", "Gunmen Attack Village"),
        (
            "Drones Strike Refinery, Ukrainian Army Says",
            "Ukraine (military)",
            "Drones Strike Refinery",
        ),
        ("Rebels Kill Teacher, Family Says", "Family", "Rebels Kill Teacher"),
    ],
)
def test_a_title_closed_by_its_source_and_cue(
    nlp: Language, text: str, speaker: str, content: str
) -> None:
    (claim,) = claims(nlp, text)
    assert (claim.speaker_name, claim.content.text) == (speaker, content)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The army has detained four suspects, according to its spokesman.", "army"),
        ("Oxfam has counted 40 attacks this year, according to its figures.", "Oxfam"),
    ],
)
def test_according_to_its_spokesman_or_record_is_the_body(
    nlp: Language, text: str, speaker: str
) -> None:
    cited = only(claims(nlp, text), "according to")
    assert cited.speaker_name == speaker


def test_a_states_spokesman_does_not_speak_for_its_news_agency(nlp: Language) -> None:
    text = (
        "Xinhua said the coast guard drove the boats away. A Chinese spokesman said the "
        "boats had left on their own."
    )
    assert claims(nlp, text)[1].speaker_name == "Chinese spokesman"


@pytest.mark.parametrize(
    "text",
    [
        "One cutter blasted its siren as it came near.",
        "Coast guard ships warned off the fishing boats.",
        "The navy warned the trawlers away from the reef with loudspeakers.",
        "The islands, which Tokyo calls the Senkakus, lie to the east.",
    ],
)
def test_deeds_and_other_names_are_no_claims(nlp: Language, text: str) -> None:
    assert claims(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ('"This is our home," said Marie Talate outside the court.', "Marie Talate"),
        ('"We will go back," said Mr Ramsamy in Port Louis.', "Mr Ramsamy"),
        ('"We will go back," said Ana Ruiz of the Red Cross.', "Ana Ruiz of the Red Cross"),
    ],
)
def test_where_a_name_after_its_cue_spoke_is_no_part_of_it(
    nlp: Language, text: str, source: str
) -> None:
    (claim,) = claims(nlp, text)
    assert claim.source is not None
    assert claim.source.text == source


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'The spokesman said that "Tokyo must take back its words," speaking at a '
            "regular briefing.",
            "Tokyo must take back its words",
        ),
        (
            'The consul wrote that "the hand must be cut off," in a post he later deleted.',
            "the hand must be cut off",
        ),
    ],
)
def test_a_quotation_closed_on_a_comma_ends_before_the_reporters_words(
    nlp: Language, text: str, content: str
) -> None:
    (claim,) = claims(nlp, text)
    assert claim.content.text == content


def test_not_responding_to_questions_is_the_speakers_silence(nlp: Language) -> None:
    text = (
        "Ma said Tokyo had provoked Beijing. Ono said Tokyo was calm and did not respond "
        "to questions."
    )
    found, answers = responses(nlp, text)
    assert found[1].content.text == "Tokyo was calm"
    assert [(r.kind, r.party_name) for r in answers] == [("no_response", "Ono")]


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ('"He is stronger than they think," she said.', [False]),
        ("The minister said Tokyo was preparing for possible retaliation.", [False]),
        ("The minister said a possible strike could come soon.", [True]),
        ("The group said the trial appeared unfair and urged Ankara to free him.", [True, False]),
    ],
)
def test_what_no_doubt_hedges(nlp: Language, text: str, hedged: list[bool]) -> None:
    assert ["hedged" in c.flags for c in claims(nlp, text)] == hedged


def test_an_allegation_distances_as_alleging_does(nlp: Language) -> None:
    text = "Okello's allegation that he was beaten was rejected by the army."
    (claim,) = claims(nlp, text)
    assert "distanced" in claim.flags


@pytest.mark.parametrize(
    ("text", "unverified"),
    [
        (
            "Okello said his client was beaten in a cell. Police said they were looking into "
            "it. His account could not be independently verified.",
            [True, False],
        ),
        (
            "Ruiz said the ship sprayed his boat. Cruz said his engine flooded. Their "
            "accounts could not be independently verified.",
            [True, True],
        ),
        (
            "Ruiz said the ship sprayed his boat. A deckhand who asked not to be named said "
            "his engine flooded. His account could not be independently verified.",
            [False, True],
        ),
    ],
)
def test_whose_accounts_the_outlet_could_not_verify(
    nlp: Language, text: str, unverified: list[bool]
) -> None:
    assert ["unverified" in c.flags for c in claims(nlp, text)] == unverified


def test_a_disputed_account_is_answered(nlp: Language) -> None:
    text = "Chea said Thai troops fired first. His account was disputed by the Thai army."
    found, answers = responses(nlp, text)
    assert [(r.kind, r.claims) for r in answers] == [("disputed", (found[0].id,))]


def test_the_speakers_judgement_at_the_end_is_a_claim_of_its_own(nlp: Language) -> None:
    text = "The lawyer said his clients faced a military court, which he described as illegal."
    first, second = claims(nlp, text)
    assert first.content.text == "his clients faced a military court"
    assert second.cue.text == "described"


def test_a_common_word_capitalised_at_a_sentence_start_is_no_name(nlp: Language) -> None:
    text = "Settler leaders denied the attacks were organized. Residents blamed settler youths."
    assert claims(nlp, text)[0].speaker_name == "Settler leaders"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Police said the rifle had been used before, indicating the gang was involved.",
            "the rifle had been used before",
        ),
        (
            "Fighting went on, with Russia saying it had taken the island and Ukraine "
            "saying its troops still held it.",
            "it had taken the island",
        ),
    ],
)
def test_the_first_words_end_before_a_second_cue(nlp: Language, text: str, content: str) -> None:
    assert claims(nlp, text)[0].content.text == content


def test_the_second_party_of_a_with_phrase_speaks(nlp: Language) -> None:
    text = (
        "Fighting went on, with Russia saying it had taken the island and Ukraine saying "
        "its troops still held it."
    )
    assert [c.speaker_name for c in claims(nlp, text)] == [
        "Russia (government)",
        "Ukraine (government)",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels seized boxes of files, some of which mentioned payments.",
        "The minister denied telling police to free the suspect.",
        "Machado said the ban showed that the president was afraid.",
    ],
)
def test_no_claim_of_its_own(nlp: Language, text: str) -> None:
    assert len(claims(nlp, text)) <= 1
    assert all(c.cue.text not in {"mentioned", "telling", "showed"} for c in claims(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Gen Carl Brenner said the figures were good. The general said more troops were needed.",
        "Col Anna Weber said morale was low. The colonel said more troops were needed.",
    ],
)
def test_a_rank_written_short_without_a_full_stop(nlp: Language, text: str) -> None:
    first, second = claims(nlp, text)
    assert second.speaker_name == first.speaker_name


def test_an_aside_between_the_accused_and_the_accusation(nlp: Language) -> None:
    text = "Israel accused Hezbollah, without providing evidence, of smuggling weapons."
    (claim,) = claims(nlp, text)
    assert claim.content.text.endswith("of smuggling weapons")
    assert "unsupported" in claim.flags


def test_a_chipmaker_is_the_company_named(nlp: Language) -> None:
    text = "Siemens said the order was unlawful. The chipmaker said it would appeal."
    assert claims(nlp, text)[1].speaker_name == "Siemens"


@pytest.mark.parametrize(
    "text",
    [
        "Critics say the draft is unfair. The ministry dismissed those concerns.",
        "The Post reported that Zhang took bribes. Zhang denied the story.",
    ],
)
def test_concerns_and_stories_are_denied(nlp: Language, text: str) -> None:
    found, answers = responses(nlp, text)
    assert [(r.kind, r.claims) for r in answers] == [("denied", (found[0].id,))]


@pytest.mark.parametrize(
    ("text", "unsupported"),
    [
        ("Perera said the toll would rise. Officials did not give a figure.", False),
        ("Police said 40 died. Police gave no evidence.", True),
        ("Lukashenko said Kyiv had plans. The Belarusian leader did not provide evidence.", True),
    ],
)
def test_anothers_silence_is_no_lack_of_evidence(
    nlp: Language, text: str, unsupported: bool
) -> None:
    assert ("unsupported" in claims(nlp, text)[0].flags) is unsupported


def test_a_participle_in_the_words_a_closing_cue_reports(nlp: Language) -> None:
    text = "Villagers refused to leave, saying the army had not warned them, police said."
    assert only(claims(nlp, text), "saying").speaker_name == "Villagers"


def test_a_people_before_a_group_word(nlp: Language) -> None:
    text = "The ministry said aid was sent. Tamil lawmakers said the floods had been ignored."
    assert claims(nlp, text)[1].speaker_name == "Tamil lawmakers"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The ruling, said a senior official, was final.", "senior official"),
        ("The ruling, said Ana Perez, was final.", "Ana Perez"),
    ],
)
def test_a_cue_and_source_set_off_inside_the_clause(nlp: Language, text: str, speaker: str) -> None:
    (claim,) = claims(nlp, text)
    assert claim.speaker_name == speaker
    assert claim.content.text.startswith("The ruling")


def test_called_on_read_as_a_particle_keeps_whom(nlp: Language) -> None:
    text = (
        "Hoff said the bloc was watching closely and called on all parties to guarantee "
        "the safety of flights."
    )
    called = only(claims(nlp, text), "called on")
    assert called.content.text == "all parties to guarantee the safety of flights"


def test_two_bodies_one_read_as_a_modifier_of_the_other(nlp: Language) -> None:
    text = "Amnesty International and Human Rights Watch said the trial was unfair."
    (claim,) = claims(nlp, text)
    assert claim.speaker_name == "Amnesty International and Human Rights Watch"


def test_a_given_name_joined_by_a_hyphen_in_small_letters(nlp: Language) -> None:
    text = "Prime Minister Kim Min-seok said the talks failed. Kim said more would follow."
    assert [c.speaker_name for c in claims(nlp, text)] == ["Kim Min-seok", "Kim Min-seok"]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Kim said Yoon gave the order, a claim his lawyers did not dispute on Tuesday.", []),
        ("Smith said tariffs hurt sales. He dismissed concerns about new tariffs.", []),
    ],
)
def test_no_answer_to_a_claim(nlp: Language, text: str, kinds: list[str]) -> None:
    _found, answers = responses(nlp, text)
    assert [r.kind for r in answers] == kinds


@pytest.mark.parametrize(
    ("text", "flag", "present"),
    [
        ("Officials said the crisis may last months.", "hedged", True),
        (
            "Prosecutors say he signed a new order to make it appear that rules were followed.",
            "hedged",
            False,
        ),
        ("Lee has said he will not interfere in the case.", "denial", False),
        ("Peskov said Moscow had not interfered.", "denial", True),
        (
            "The government alleged that the men had trained abroad. Officials did not "
            "provide evidence to support that claim.",
            "unsupported",
            True,
        ),
    ],
)
def test_flags_of_modals_shows_and_promises(
    nlp: Language, text: str, flag: str, present: bool
) -> None:
    assert (flag in claims(nlp, text)[0].flags) is present


def test_who_one_identifies_oneself_as_is_no_claim(nlp: Language) -> None:
    text = "A man who identified himself as a veterans leader told VOA the judges were pressured."
    (claim,) = claims(nlp, text)
    assert claim.cue.text == "told VOA"


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Washington accuses Iran of arming the rebels, which it denies.", "Iran (government)"),
        ("Amnesty accused the police of torture, which they deny.", "police"),
        ("Kyiv accused Moscow of shelling the plant, a charge it denies.", "Russia (government)"),
    ],
)
def test_the_accused_denies_by_a_pronoun(nlp: Language, text: str, party: str) -> None:
    found, answers = responses(nlp, text)
    assert [(r.kind, r.party_name, r.claims) for r in answers] == [
        ("denied", party, (found[0].id,))
    ]


def test_a_claim_another_said_was_false_is_denied(nlp: Language) -> None:
    text = "Rebels said troops killed 11 civilians, a claim the army said was false."
    found, answers = responses(nlp, text)
    assert [(r.kind, r.party_name, r.claims) for r in answers] == [
        ("denied", "army", (found[0].id,))
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Acme Shipping said the tanker left the port of Fujairah. The company said the "
            "crew were safe.",
            "Acme Shipping",
        ),
        (
            "Ali Rezaei said the ship was seized. The captain said the crew were safe. He "
            "said the boats came at dawn.",
            "captain",
        ),
        (
            "The Syrian Observatory for Human Rights said nine fighters died. The monitor "
            "said the toll could rise.",
            "Syrian Observatory for Human Rights",
        ),
        (
            "The foreign ministry in Ankara said the fighters had crossed.",
            "Turkey (foreign ministry)",
        ),
        ("Ensemble pour le Gabon said soldiers had scared voters.", "Ensemble pour le Gabon"),
        (
            "A spokesman for the prime minister, Benjamin Netanyahu, said the talks had ended.",
            "spokesman for the prime minister, Benjamin Netanyahu",
        ),
        (
            "A spokesman for the president, Bat-Erdene Tumurbaatar, said the law was vetoed.",
            "Bat-Erdene Tumurbaatar",
        ),
    ],
)
def test_who_the_last_speaker_is(nlp: Language, text: str, speaker: str) -> None:
    assert claims(nlp, text)[-1].speaker_name == speaker


def test_what_others_think_set_aside_is_no_doubt(nlp: Language) -> None:
    text = '"Gabon is moving forward, whatever the nostalgics think," the spokesman said.'
    (claim,) = claims(nlp, text)
    assert "hedged" not in claim.flags


@pytest.mark.parametrize(
    "text",
    [
        "The party said three of its officials were arrested. Police confirmed the arrests.",
        "The agency said a boat had sunk off Aceh. Indonesian officials confirmed the sinking.",
    ],
)
def test_confirming_the_deed_a_claim_told(nlp: Language, text: str) -> None:
    found, answers = responses(nlp, text)
    assert [(r.kind, r.claims) for r in answers] == [("confirmed", (found[0].id,))]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "TEHRAN, Nov 20 (Reuters) - The foreign ministry said the crew were safe.",
            "Iran (foreign ministry)",
        ),
        (
            "TEHRAN, Nov 20 (Reuters) - Britain's foreign ministry said the ship broke rules. "
            "The foreign ministry said the crew were safe.",
            "United Kingdom (foreign ministry)",
        ),
        ("The foreign ministry said the crew were safe.", "foreign ministry"),
    ],
)
def test_a_bare_ministry_is_the_datelines_states(nlp: Language, text: str, speaker: str) -> None:
    assert claims(nlp, text)[-1].speaker_name == speaker


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("Osmani said the question of whether Serbs could vote was settled.", False),
        ("Kurti said the court will decide if the session could go on.", False),
        ("He said the deal could collapse if the talks fail.", True),
    ],
)
def test_a_modal_in_a_question_is_no_doubt(nlp: Language, text: str, hedged: bool) -> None:
    (claim,) = claims(nlp, text)
    assert ("hedged" in claim.flags) is hedged


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The army rejected rebel claims that it had lost the town.", "rebel"),
        ("The government dismissed opposition allegations that the vote was rigged.", "opposition"),
    ],
)
def test_a_sides_claims_named_by_its_word(nlp: Language, text: str, speaker: str) -> None:
    found, answers = responses(nlp, text)
    owned = next(c for c in found if c.speaker_name == speaker)
    assert [r.claims for r in answers] == [(owned.id,)]


def test_words_end_before_another_partys_joined_by_while(nlp: Language) -> None:
    text = "The ministry said the crew were safe while the EU urged restraint."
    first, second = claims(nlp, text)
    assert first.content.text == "the crew were safe"
    assert second.speaker_name == "European Union"


def test_a_given_name_the_tagger_does_not_know(nlp: Language) -> None:
    text = "Pascal Affi N'Guessan said turnout was low. N'Guessan said he would appeal."
    assert [c.speaker_name for c in claims(nlp, text)] == ["Pascal Affi N'Guessan"] * 2


@pytest.mark.parametrize(
    ("text", "source", "cue", "content"),
    [
        (
            "Russia disputes claims that its troops shelled the plant.",
            "Russia",
            "disputes",
            "its troops shelled the plant",
        ),
        (
            "The rebels dispute reports that the town has fallen.",
            "The rebels",
            "dispute",
            "the town has fallen",
        ),
    ],
)
def test_a_denial_read_as_a_noun_before_a_claim_noun_read_as_a_verb(
    nlp: Language, text: str, source: str, cue: str, content: str
) -> None:
    (claim,) = claims(nlp, text)
    assert claim.source is not None
    assert (claim.source.text, claim.cue.text, claim.content.text) == (source, cue, content)


def test_rejecting_the_numbers_answers_them(nlp: Language) -> None:
    text = "Brown said 11 million people had voted. The opposition rejected the numbers."
    found, answers = responses(nlp, text)
    assert [(r.kind, r.claims) for r in answers] == [("denied", (found[0].id,))]


def test_the_who_is_the_world_health_organization(nlp: Language) -> None:
    assert [c.speaker_name for c in claims(nlp, "WHO said clinics in Gaza were closing.")] == [
        "World Health Organization"
    ]
    (claim,) = claims(nlp, "The WHO said clinics might close.")
    assert claim.source is not None
    assert claim.source.text == "The WHO"


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("The minister said teachers could no longer travel to classes.", False),
        ("The minister said teachers could travel to classes soon.", True),
    ],
)
def test_could_no_longer_is_unable(nlp: Language, text: str, hedged: bool) -> None:
    (claim,) = claims(nlp, text)
    assert ("hedged" in claim.flags) is hedged


def test_a_source_is_a_person_a_pronoun_may_stand_for(nlp: Language) -> None:
    text = (
        "Minister Ali Traore said the roads were safe. A security source said gunmen "
        'stopped the bus. "They took everyone," he said.'
    )
    assert claims(nlp, text)[-1].speaker_name == "security source"


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "Iran said the crew were free to call their families. But relatives said they "
            "had not heard from them.",
            ["disputed"],
        ),
        ("The minister said the dam held. But he added that repairs were needed.", []),
        (
            "Chakwera said he respected the outcome. But a senior official in Chakwera's "
            "party said the party had documented irregularities.",
            [],
        ),
        ('"It is permanent," she said. "But it lasts only as long as you follow the rules."', []),
    ],
)
def test_a_sentence_opened_by_but_sets_another_party_against(
    nlp: Language, text: str, kinds: list[str]
) -> None:
    found, answers = responses(nlp, text)
    assert [(r.kind, r.claims) for r in answers] == [(k, (found[0].id,)) for k in kinds]


def test_no_answer_to_the_plan_a_named_one_told(nlp: Language) -> None:
    text = (
        "Thiam said he would challenge the result in court. The U.S. urged calm, a "
        "spokesperson said. The ruling party did not respond to Mr Thiam's plan."
    )
    found, answers = responses(nlp, text)
    assert [(r.kind, r.claims) for r in answers] == [("no_response", (found[0].id,))]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Gunmen seize fuel trucks near Kayes: sources",
            "sources",
            "Gunmen seize fuel trucks near Kayes",
        ),
        (
            "Mali junta: fuel convoys will reach Kayes",
            "Mali junta",
            "fuel convoys will reach Kayes",
        ),
        (
            "Crew of Seized Tanker Unharmed, Iran Says; Washington Demands Release",
            "Iran (government)",
            "Crew of Seized Tanker Unharmed",
        ),
    ],
)
def test_titles_that_name_their_source_after_or_before_a_colon_or_a_comma(
    nlp: Language, text: str, speaker: str, content: str
) -> None:
    first = claims(nlp, text)[0]
    assert (first.speaker_name, first.content.text) == (speaker, content)


def test_he_after_a_quotation_of_several_sentences_is_the_one_named_before_it(
    nlp: Language,
) -> None:
    text = (
        "Okafor said the bridge would reopen. Governor Ada Nwosu toured the site on "
        'Monday. "The repairs are done. Traffic can resume at dawn," she said.'
    )
    assert [c.speaker_name for c in claims(nlp, text)] == ["Okafor", "Ada Nwosu"]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Ranchi, June 3 (PTI) Police arrested four men on Tuesday, officials said.",
            "officials",
            "Police arrested four men on Tuesday",
        ),
        (
            "Gaya, Oct 9 (IANS) Rights activists alleged that the raid was staged.",
            "Rights activists",
            "the raid was staged",
        ),
    ],
)
def test_a_dateline_with_its_agency_in_brackets_and_no_dash(
    nlp: Language, text: str, speaker: str, content: str
) -> None:
    first = claims(nlp, text)[0]
    assert (first.speaker_name, first.content.text) == (speaker, content)


@pytest.mark.parametrize(
    "text",
    [
        "The strike, Zakharova told reporters, was staged.",
        "The blast, Zakharova wrote on Telegram, was staged.",
    ],
)
def test_a_cue_set_off_inside_a_clause_read_as_a_relative_clause(nlp: Language, text: str) -> None:
    found = claims(nlp, text)
    assert [(c.speaker_name, c.content.text) for c in found] == [
        ("Maria Zakharova", text.rstrip("."))
    ]


def test_a_participle_set_off_after_a_noun_is_no_cue(nlp: Language) -> None:
    text = "A second witness, a nurse identified only as Grace, said the shelling went on."
    assert [c.cue.text for c in claims(nlp, text)] == ["said"]


def test_accused_with_evidence_denied_set_off_keeps_what_of(nlp: Language) -> None:
    claim = only(
        claims(nlp, "Lavrov accused Kyiv, without evidence, of shelling the dam."), "accused"
    )
    assert claim.content.text == "Kyiv, without evidence, of shelling the dam"
    assert "unsupported" in claim.flags


def test_the_group_is_the_organisation_that_spoke_after_one_left_unnamed(
    nlp: Language,
) -> None:
    text = (
        "An aid group called for a ceasefire. Oxfam said convoys had been stopped at "
        "the border. The group said 30 trucks were waiting."
    )
    assert [c.speaker_name for c in claims(nlp, text)][-1] == "Oxfam"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A rights group said on Monday that detainees were beaten. In its report, "
            "Human Rights Watch said guards used batons.",
            "Human Rights Watch",
        ),
        (
            "A rights group said on Monday that detainees were beaten. The Interior "
            "Ministry said no one was harmed.",
            "rights group",
        ),
    ],
)
def test_a_lead_that_describes_an_organisation_it_names_as_the_next_to_speak(
    nlp: Language, text: str, speaker: str
) -> None:
    assert claims(nlp, text)[0].speaker_name == speaker


def test_a_name_told_of_in_the_passive_is_not_the_description_before_it(
    nlp: Language,
) -> None:
    text = "The commander said the post was held. Ivan Petrenko was wounded. He said he was fine."
    assert claims(nlp, text)[0].speaker_name == "commander"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Kachin Independence Army said it seized a post. The army said it had "
            "repelled the assault.",
            "army",
        ),
        (
            "The Ghanaian Army said it arrested six men. The army said none was hurt.",
            "Ghana (military)",
        ),
    ],
)
def test_the_army_is_a_states_not_an_armed_group_named_army(
    nlp: Language, text: str, speaker: str
) -> None:
    assert [c.speaker_name for c in claims(nlp, text)][-1] == speaker


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (
            'Sokolov told reporters that troops had taken the ridge. "We hold it," '
            "Sokolov said. He added that three soldiers were hurt. The claims could not "
            "be independently verified.",
            [True, True, True],
        ),
        (
            "The rebels said the army fired first. The army said its men fired in "
            "self-defence. The conflicting accounts could not be independently verified.",
            [True, True],
        ),
        (
            "The fisherman is missing, his brother said. Coast guard officials denied that "
            "he was detained. The claims could not be independently verified.",
            [True, True],
        ),
        (
            "Police said a guard was killed. Reports that looters had entered the museum "
            "could not be independently confirmed.",
            [False],
        ),
        (
            "Police said two rebels died. The message, whose origin could not be "
            "independently verified, said the group would fight on.",
            [False, True],
        ),
    ],
)
def test_which_claims_an_outlets_doubt_refers_to(
    nlp: Language, text: str, flagged: list[bool]
) -> None:
    assert ["unverified" in c.flags for c in claims(nlp, text)] == flagged


@pytest.mark.parametrize(
    ("text", "distanced"),
    [
        ("Islamic State claimed the bombing of the checkpoint.", False),
        ("The rebels claimed the town was theirs.", True),
    ],
)
def test_claiming_a_deed_as_ones_own_does_not_distance(
    nlp: Language, text: str, distanced: bool
) -> None:
    assert ("distanced" in claims(nlp, text)[0].flags) is distanced


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Police said two rebels died. The letter said the group would fight on.",
            "letter",
        ),
        (
            "The ministry said a suspect was held. A statement issued by the interior "
            "ministry said he was a foreigner.",
            "interior ministry",
        ),
        ("A statement from the rebels said the convoy had been attacked.", "rebels"),
        (
            "The agency said it was investigating. According to a statement on its "
            "website, inspectors seized records.",
            "agency",
        ),
    ],
)
def test_whose_a_document_is(nlp: Language, text: str, speaker: str) -> None:
    assert claims(nlp, text)[-1].speaker_name == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Hamas has ruled Gaza since 2007. Its officials have denied holding the "
            "hostages in tunnels.",
            "Hamas",
        ),
        ("The ministry opened an inquiry. Its spokesman said the fees were illegal.", "ministry"),
    ],
)
def test_a_bodys_own_officials_and_spokesman_are_the_body(
    nlp: Language, text: str, speaker: str
) -> None:
    assert claims(nlp, text)[-1].speaker_name == speaker


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        (
            "The ministry said in a statement that the video was fake and urged viewers "
            "to delete it.",
            [("said", "ministry"), ("urged", "ministry")],
        ),
        (
            "The police said in a statement that two guards died and blamed the gang.",
            [("said", "police"), ("blamed", "police")],
        ),
    ],
)
def test_the_speakers_own_act_after_a_reported_state(
    nlp: Language, text: str, acts: list[tuple[str, str]]
) -> None:
    assert [(c.cue.text, c.speaker_name) for c in claims(nlp, text)] == acts


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'Dlamini met both sides. Asked about sanctions, she said, "All options are on '
            'the table."',
            "All options are on the table.",
        ),
        (
            'The curfew, she added, "will stay in place until Friday."',
            'The curfew, she added, "will stay in place until Friday."',
        ),
    ],
)
def test_a_quotation_after_a_cue_the_parser_set_inside_a_sentence(
    nlp: Language, text: str, content: str
) -> None:
    assert claims(nlp, text)[0].content.text == content


def test_according_to_after_a_comma_inside_the_closing_quote_mark(nlp: Language) -> None:
    text = 'Rahimi said the crossings would "stay open," according to state television.'
    assert only(claims(nlp, text), "said").content.text == 'the crossings would "stay open,"'


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The group, the largest rights body in Kenya, said the vote was fair.", "group"),
        ("Superintendent of Police Sunil Rao said the rebels fired first.", "Sunil Rao"),
        ("Treasurer Anna Lee said the budget was sound.", "Anna Lee"),
    ],
)
def test_a_name_without_the_description_or_office_written_with_it(
    nlp: Language, text: str, speaker: str
) -> None:
    assert claims(nlp, text)[0].speaker_name == speaker


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        (
            "The navy said the trawler rammed its boat. The claim could not immediately be "
            "verified.",
            "unverified",
        ),
        (
            "The navy said the trawler rammed its boat. It did not immediately provide evidence.",
            "unsupported",
        ),
    ],
)
def test_an_adverb_before_the_verb_of_a_doubt(nlp: Language, text: str, flag: str) -> None:
    assert flag in claims(nlp, text)[0].flags


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (
            "Villagers said bandits abducted 20 farmers. The governor said he had sent "
            "police. The abduction could not be independently verified.",
            [True, False],
        ),
        (
            "The militia said two children were killed by a drone. The army said it struck "
            "only fighters. The children's deaths could not be independently verified.",
            [True, False],
        ),
    ],
)
def test_a_doubt_that_names_the_deed_is_of_the_claim_that_told_of_it(
    nlp: Language, text: str, flagged: list[bool]
) -> None:
    assert ["unverified" in c.flags for c in claims(nlp, text)] == flagged


def test_deaths_doubted_are_those_told_of_as_dying(nlp: Language) -> None:
    text = (
        "The mayor claimed that the capital was cutting off the gas. Officials said two "
        "pensioners had died of the cold. The deaths could not be independently verified."
    )
    assert ["unverified" in c.flags for c in claims(nlp, text)] == [False, True]


# ---------------------------------------------------------------- forms found in wire copy
# on the Essequibo, Abyei, Casamance, Transnistria, Haiti, Abkhazia, Sierra Leone and
# Ukraine's children


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Three guards died, the ministry said, the latest in a series of raids on the prison.",
            "Three guards died",
        ),
        (
            "Two medics were hurt, the agency said, in the most serious attack on aid "
            "workers this year.",
            "Two medics were hurt",
        ),
        # (a phrase that may be the speaker's stays: when the army will withdraw)
        ("The army will withdraw, he said, after the elections.", None),
    ],
)
def test_the_reporters_rank_after_a_cue_with_its_comma(
    nlp: Language, text: str, content: str | None
) -> None:
    assert claims(nlp, text)[0].content.text == (content or text.rstrip("."))


@pytest.mark.parametrize(
    "text",
    [
        "Okafor told journalists Tuesday the convoy was safe.",
        "The governor said in a statement on Friday the convoy was safe.",
        "The governor told a news conference in Lagos on Friday the convoy was safe.",
    ],
)
def test_when_it_was_said_after_the_cues_own_words(nlp: Language, text: str) -> None:
    assert claims(nlp, text)[0].content.text == "the convoy was safe"


def test_a_clause_read_as_said_with_an_object_is_what_was_said(nlp: Language) -> None:
    assert claims(nlp, "Villagers said the buses left at night.")[0].content.text == (
        "the buses left at night"
    )


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The governor said the census was complete and thanked the volunteers.",
            "the census was complete",
        ),
        (
            "The minister said the harbour was calm and offered to mediate.",
            "the harbour was calm",
        ),
        # (a thing that can do it: what was said)
        (
            "The governor said the shell hit a school and killed two pupils.",
            "the shell hit a school and killed two pupils",
        ),
    ],
)
def test_an_act_no_thing_said_of_could_do_is_the_speakers(
    nlp: Language, text: str, content: str
) -> None:
    assert claims(nlp, text)[0].content.text == content


def test_a_short_quoted_sentence_holds_no_speaker(nlp: Language) -> None:
    text = '"We will rebuild," Okafor said. "Putin must pay." He added that aid had come.'
    assert [c.speaker_name for c in claims(nlp, text)] == ["Okafor"] * 3


def test_he_is_the_main_clauses_subject_not_a_later_clauses(nlp: Language) -> None:
    text = "Ruto spoke after Museveni had left. He said the talks went well."
    assert claims(nlp, text)[0].speaker_name == "William Ruto"


def test_what_one_called_in_a_clause_read_as_the_nouns(nlp: Language) -> None:
    found = claims(nlp, "The court freed the general, a decision that Moscow called a grave error.")
    assert [(c.speaker_name, c.content.text) for c in found] == [
        ("Russia (government)", "a grave error")
    ]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Former President Grace Otieno denied the charges. The former leader said the "
            "case was political.",
            ["Grace Otieno", "Grace Otieno"],
        ),
        (
            "Former President Grace Otieno denied the charges. The ex-president said the "
            "case was political.",
            ["Grace Otieno", "Grace Otieno"],
        ),
        (
            "President Grace Otieno spoke on Monday. The rebel leader said the case was political.",
            ["rebel leader"],
        ),
        (
            "MONUSCO said its troops had deployed. The mission said two peacekeepers were hurt.",
            ["MONUSCO", "MONUSCO"],
        ),
        (
            "Amnesty International researcher Grace Otieno said prisoners were beaten. The "
            "group said the guards must be tried.",
            ["Grace Otieno", "Amnesty International"],
        ),
        (
            "DAKAR, Senegal (AFP) - Twelve people died, according to an AFP tally.",
            ["Agence France-Presse"],
        ),
        ("Prefect Grace Otieno said the road was open.", ["Grace Otieno"]),
        ("Defendant Grace Otieno told the court she was innocent.", ["Grace Otieno"]),
        ("The Trump campaign said the poll was fake.", ["Trump campaign"]),
        (
            "Gunmen killed three officers, a police spokesman said. The spokesman, John "
            "Okello, said the patrol came under fire.",
            ["John Okello", "John Okello"],
        ),
    ],
)
def test_who_a_description_or_title_stands_for(
    nlp: Language, text: str, speakers: list[str]
) -> None:
    assert [c.speaker_name for c in claims(nlp, text)] == speakers


def test_a_councillor_is_a_person_he_may_be(nlp: Language) -> None:
    text = (
        "Mayor Bello said aid arrived. A local councillor said the food was sold. He said "
        "nothing reached the camp."
    )
    assert claims(nlp, text)[-1].speaker_name == "local councillor"


def test_the_reason_for_anonymity_is_not_what_a_doubt_is_of(nlp: Language) -> None:
    text = (
        "A police officer said the cash had vanished. He spoke on condition of anonymity, "
        "citing safety concerns. The claim could not be independently verified."
    )
    assert [("unverified" in c.flags) for c in claims(nlp, text)] == [True, False]


def test_another_partys_doubt_is_no_flag_of_the_outlets(nlp: Language) -> None:
    text = "The army said it shelled the depot, which the U.N. could not verify."
    assert "unverified" not in claims(nlp, text)[0].flags


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Gunmen shot dead two guards on Friday, police said, and the militia denied any role.",
            "Gunmen shot dead two guards on Friday",
        ),
        (
            "The minister said the suspects would be tried, state television reported.",
            "the suspects would be tried",
        ),
        (
            "The governor claimed the strike was planned abroad but did not present evidence.",
            "the strike was planned abroad",
        ),
        (
            "The governor alleged that the strike was planned abroad, but failed to provide "
            "evidence.",
            "the strike was planned abroad",
        ),
    ],
)
def test_what_was_said_ends_before_another_cue_or_the_speakers_own_act(
    nlp: Language, text: str, content: str
) -> None:
    found = claims(nlp, text)
    said = [c for c in found if c.cue.text in {"said", "claimed", "alleged"}]
    assert said[0].content.text == content


def test_one_who_relays_the_claim_is_not_who_goes_on(nlp: Language) -> None:
    text = (
        "The minister said the spies would be tried, al-Masirah reported. He added that the "
        "trial would be public."
    )
    assert claims(nlp, text)[-1].speaker_name != "al-Masirah"


def test_not_giving_evidence_joined_to_the_claim_flags_it(nlp: Language) -> None:
    text = (
        "The governor alleged that the strike was planned abroad, but failed to provide evidence."
    )
    assert "unsupported" in claims(nlp, text)[0].flags


def test_a_claims_owner_names_whose_claims_are_doubted(nlp: Language) -> None:
    text = (
        "Okafor said two workers died. The ministry said all targets were hit. Its claims "
        "could not be independently verified."
    )
    assert [("unverified" in c.flags) for c in claims(nlp, text)] == [False, True]


def test_a_lead_group_is_not_the_outlet_that_could_not_confirm(nlp: Language) -> None:
    text = (
        "A rights group said soldiers killed at least 25 civilians. VOA could not "
        "independently confirm the toll."
    )
    assert claims(nlp, text)[0].speaker_name == "rights group"


@pytest.mark.parametrize(
    "text",
    [
        "Residents said the shelling killed civilians.",
        "The ministry said the raid targeted militants.",
    ],
)
def test_a_clause_read_as_one_noun_phrase_after_said(nlp: Language, text: str) -> None:
    assert claims(nlp, text)[0].content.text == text.split(" said ")[1].rstrip(".")


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Zaw Min Tun, the junta spokesman, said the base held. Kyaw Zaw, an NUG "
            "spokesman, said the base fell. The junta spokesman said the rebels were lying.",
            ["Zaw Min Tun", "Kyaw Zaw", "Zaw Min Tun"],
        ),
        ("A spokesperson for the Kremlin said there was nothing to add.", ["Russia (government)"]),
        (
            "Myanmar's military said it had retaken the town. A spokesman for the military "
            "said the rebels fled.",
            ["Myanmar (military)", "Myanmar (military)"],
        ),
    ],
)
def test_a_spokesperson_by_the_side_or_body_named_with_them(
    nlp: Language, text: str, speakers: list[str]
) -> None:
    assert [c.speaker_name for c in claims(nlp, text)] == speakers


@pytest.mark.parametrize(
    "text",
    [
        '"How can we talk while our people are jailed?" Okafor asked. "Abuja wants war."',
        '"This is a disgrace!" Okafor said. "Nobody will accept it."',
    ],
)
def test_a_quotation_goes_on_after_one_closed_by_a_question_or_exclamation(
    nlp: Language, text: str
) -> None:
    found = claims(nlp, text)
    assert [(c.speaker_name, c.kind) for c in found] == [("Okafor", "direct")] * 2


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Analysts warn Asmara could attack the port.", "Asmara could attack the port"),
        ("Aid groups warn millions could go hungry.", "millions could go hungry"),
        # (whom it was told to: not what was said)
        ("He told reporters the army would respond.", "the army would respond"),
    ],
)
def test_a_subject_read_as_the_cues_object_before_a_modal(
    nlp: Language, text: str, content: str
) -> None:
    assert claims(nlp, text)[0].content.text == content


def test_a_short_name_given_with_or_after_according_to_is_no_part_of_what_was_said(
    nlp: Language,
) -> None:
    text = "According to the Kachin Independence Army, or KIA, the soldiers fled."
    assert claims(nlp, text)[0].content.text == "the soldiers fled"


def test_claiming_a_count_of_attacks_claims_them_as_ones_own(nlp: Language) -> None:
    text = "The militia has claimed dozens of attacks on police this year."
    assert "distanced" not in claims(nlp, text)[0].flags


@pytest.mark.parametrize(
    "text",
    [
        '"We are afraid," a farmer identified only as Abeba told VOA.',
        '"We are afraid," a farmer who gave his name as Abeba told VOA.',
    ],
)
def test_a_quotation_of_one_named_only_as_the_description_gives(nlp: Language, text: str) -> None:
    assert [(c.speaker_name, c.content.text) for c in claims(nlp, text)] == [
        ("Abeba", "We are afraid")
    ]


def test_a_family_name_written_first_tells_no_gender(nlp: Language) -> None:
    text = (
        "Zaw Min Tun said the army held the base. Wang Lan, a spokeswoman for the rebels, "
        "said the base had fallen. She added that soldiers had fled."
    )
    assert [c.speaker_name for c in claims(nlp, text)][-1] == "Wang Lan"


@pytest.mark.parametrize(
    "text",
    [
        "Ahmed Ben Salah, a farmer, said the men were beaten. Ben Salah said they were left "
        "in the desert.",
        "Hassan Ben Ali, a lawyer, said the trial was unfair. Ben Ali said he would appeal.",
    ],
)
def test_a_surname_of_two_words_is_the_person_named_in_full_before(
    nlp: Language, text: str
) -> None:
    found = claims(nlp, text)
    assert found[1].speaker_name == found[0].speaker_name == text.split(",")[0]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('The mayor spoke on Tuesday. "The governor has abandoned us," he said.', "mayor"),
        ('"My son is innocent," she said.', "she"),
        ("Her son, she said, is a mechanic.", "she"),
    ],
)
def test_a_pronoun_is_no_one_in_the_words_it_says(nlp: Language, text: str, speaker: str) -> None:
    assert claims(nlp, text)[0].speaker_name == speaker


def test_what_a_speaker_did_not_give_after_a_closing_cue_is_no_part_of_the_claim(
    nlp: Language,
) -> None:
    text = "The drone killed two herders, a local official said, but did not give their names."
    found, resp = responses(nlp, text)
    assert [c.content.text for c in found] == ["The drone killed two herders"]
    assert resp == []


def test_a_participle_after_a_closing_cue_is_its_speakers_next_claim(nlp: Language) -> None:
    text = (
        "Armed men kidnapped a priest on Friday, the Diocese of Kumbo said, blaming "
        "separatist fighters."
    )
    assert [(c.speaker_name, c.cue.text, c.content.text) for c in claims(nlp, text)] == [
        ("Diocese", "said", "Armed men kidnapped a priest on Friday"),
        ("Diocese", "blaming", "separatist fighters"),
    ]


def test_a_relative_clause_after_a_noun_of_saying_is_no_claim(nlp: Language) -> None:
    assert claims(nlp, "The militia made demands that the government could not meet.") == []


def test_not_saying_what_evidence_one_had_is_no_evidence(nlp: Language) -> None:
    text = "Okafor said the army was arming the militia. He did not say what evidence he had."
    assert "unsupported" in claims(nlp, text)[0].flags


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Iraq's foreign ministry summoned the Turkish envoy. The ministry said the "
            "strike violated Iraqi sovereignty.",
            "Iraq (foreign ministry)",
        ),
        (
            "China's defence ministry held drills. The Chinese ministry said they were routine.",
            "China (defence ministry)",
        ),
        # (qualified otherwise: another ministry, or another state's)
        (
            "Iraq's foreign ministry summoned the envoy. The interior ministry said two "
            "guards were hurt.",
            "interior ministry",
        ),
        (
            "China's defence ministry held drills. The Japanese ministry said they were a threat.",
            "Japanese ministry",
        ),
    ],
)
def test_a_states_body_named_by_the_reporter_is_who_the_description_is(
    nlp: Language, text: str, speaker: str
) -> None:
    assert claims(nlp, text)[-1].speaker_name == speaker


@pytest.mark.parametrize(
    ("text", "denial"),
    [
        ("The militia said it was not behind the attack on the convoy.", True),
        ('"The Front has no connection to the bombing," the group said.', True),
        # (of others, no denial: what the speaker says of another's ties)
        ("Police said the victims had no connection to the gang.", False),
    ],
)
def test_a_party_not_behind_a_deed_or_with_no_ties_to_it_denies(
    nlp: Language, text: str, denial: bool
) -> None:
    assert ("denial" in claims(nlp, text)[0].flags) is denial


def test_either_sides_account_is_of_the_last_two_speakers(nlp: Language) -> None:
    text = (
        "Both sides said they wanted talks. The army said the post was intact. The rebels "
        "said their drones hit it. The agency could not verify either side's account."
    )
    assert [("unverified" in c.flags) for c in claims(nlp, text)] == [False, True, True]


def test_an_outlet_unable_to_determine_what_was_claimed_could_not_verify_it(
    nlp: Language,
) -> None:
    text = (
        "The army said the rebels fired the shell. Reuters was unable to independently "
        "determine who fired it."
    )
    assert "unverified" in claims(nlp, text)[0].flags


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "At least 40 priests have been expelled, according to a count by researcher "
            "Marta Lopez.",
            "Marta Lopez",
        ),
        (
            "At least 12 people died, according to a tally by the Associated Press.",
            "Associated Press",
        ),
    ],
)
def test_a_count_by_someone_speaks_for_who_made_it(nlp: Language, text: str, speaker: str) -> None:
    assert claims(nlp, text)[0].speaker_name == speaker


def test_they_after_people_the_reporter_made_the_subject_is_those_people(nlp: Language) -> None:
    text = (
        "The government said the priests had left willingly. Relatives told a different "
        "story. They said the priests were taken by police."
    )
    assert [c.speaker_name for c in claims(nlp, text)] == ["government", "Relatives"]


def test_they_is_not_people_told_of_in_the_claim_before(nlp: Language) -> None:
    text = (
        "Officials said 20 protesters were arrested. They said the protesters had attacked police."
    )
    assert [c.speaker_name for c in claims(nlp, text)] == ["Officials", "Officials"]


def test_the_official_is_the_unnamed_one_who_spoke_for_a_body_last(nlp: Language) -> None:
    text = (
        "Hamas official Basem Naim vowed revenge. A Lebanese government official said Beirut "
        "wanted calm. The official said Lebanon had no interest in war."
    )
    assert claims(nlp, text)[-1].speaker_name == "Lebanon (government)"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Hezbollah fired rockets at Israel, while the Lebanese group said it had also "
            "launched drones.",
            "Hezbollah",
        ),
        (
            "Hezbollah said it hit a base. The Iran-backed group said the raid was a warning.",
            "Hezbollah",
        ),
        # (of another state, or by what kind of body it is: not the armed group)
        (
            "Hamas said it fired rockets. The Lebanese group said it was not involved.",
            "Lebanese group",
        ),
        (
            "Hezbollah said it hit a base. Amnesty International said civilians died. The "
            "London-based group said the strike was unlawful.",
            "Amnesty International",
        ),
    ],
)
def test_a_group_named_by_its_state_or_backer_is_the_armed_group_named_last(
    nlp: Language, text: str, speaker: str
) -> None:
    assert claims(nlp, text)[-1].speaker_name == speaker


@pytest.mark.parametrize(
    ("text", "denial"),
    [
        ("The army said its troops did not target civilians.", True),
        ("Tajikistan said Tajik forces had not crossed into Kyrgyz territory.", True),
        ("Police said officers did not fire on the students.", True),
        ("Police said officers had not used excessive force.", True),
        ('"We never started any violence," he said.', True),
        ("Police said protesters did not attack the station.", False),
        # (another side's forces: a claim about them, no denial of the speaker's)
        ("Kyrgyzstan said Tajik troops had not fired first.", False),
    ],
)
def test_a_sides_forces_not_doing_a_wrong_is_its_own_denial(
    nlp: Language, text: str, denial: bool
) -> None:
    assert ("denial" in claims(nlp, text)[0].flags) is denial


@pytest.mark.parametrize(
    "text",
    [
        'President Ferdinand Marcos Jr. said the navy would stay. "We will not yield," Marcos '
        "said.",
        "Martin Luther King III said the march was peaceful. King said police had been restrained.",
    ],
)
def test_a_surname_is_the_person_named_in_full_with_a_generation_after_it(
    nlp: Language, text: str
) -> None:
    first, second = claims(nlp, text)
    assert second.speaker_name == first.speaker_name == first.source.text.removeprefix("President ")


@pytest.mark.parametrize(
    "withheld",
    ["He did not release any video or other evidence.", "He gave no source for the claim."],
)
def test_no_pictures_or_source_released_is_no_evidence(nlp: Language, withheld: str) -> None:
    text = f"The spokesman said the patrol boat rammed a fishing vessel. {withheld}"
    assert "unsupported" in claims(nlp, text)[0].flags


def test_some_after_a_group_spoke_is_some_of_that_group(nlp: Language) -> None:
    text = "Analysts say the risk is growing. Some warn that a collision could kill crews."
    assert [c.speaker_name for c in claims(nlp, text)] == ["Analysts", "some analysts"]


def test_data_from_a_body_speaks_for_it(nlp: Language) -> None:
    text = (
        "Chinese ships were present on 300 days, according to ship-tracking data from the "
        "Maritime Initiative."
    )
    assert claims(nlp, text)[0].speaker_name == "Maritime Initiative"


def test_a_description_names_the_body_named_with_its_word(nlp: Language) -> None:
    text = (
        "Exiled opposition groups alleged that the army started the fighting. The Group 24 "
        "movement said that commanders had received orders. The group gave no source for "
        "the claim."
    )
    assert [("unsupported" in c.flags) for c in claims(nlp, text)] == [False, True]


def test_a_figure_others_questioned_set_off_after_a_count_is_an_answer_no_claim(
    nlp: Language,
) -> None:
    found, resp = responses(
        nlp, "The army put its toll at 41, a figure rights groups have questioned."
    )
    assert [c.speaker_name for c in found] == ["army"]
    assert [(r.party_name, r.kind) for r in resp] == [("rights groups", "disputed")]


def test_a_report_described_as_biased_is_denied(nlp: Language) -> None:
    text = (
        "Human Rights Watch said troops killed civilians. Tashiev described the findings as biased."
    )
    found, resp = responses(nlp, text)
    assert "denial" in found[1].flags
    assert [(r.kind, r.claims) for r in resp] == [("denied", (found[0].id,))]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("An official with the Defense Ministry said troops had arrived.", "Defense Ministry"),
        ("An official at Human Rights Watch said 12 people died.", "Human Rights Watch"),
        # (a state's: one of its officials, as written)
        ("An official from Russia said 12 people died.", "official from Russia"),
    ],
)
def test_an_official_with_a_body_speaks_for_it(nlp: Language, text: str, speaker: str) -> None:
    assert claims(nlp, text)[0].speaker_name == speaker


@pytest.mark.parametrize(
    ("officer", "speaker"),
    [("he", "Carmen Trujillo"), ("she", "police officer")],
)
def test_an_unnamed_speakers_own_pronoun_tells_their_gender(
    nlp: Language, officer: str, speaker: str
) -> None:
    text = (
        "Carmen Trujillo said her farm was looted. A police officer said "
        f'{officer} could not confirm the reports. "We will stay," she said.'
    )
    assert claims(nlp, text)[-1].speaker_name == speaker


def test_he_offered_no_evidence_reaches_past_a_sentence_that_claims_nothing(
    nlp: Language,
) -> None:
    text = (
        "Petro said the rebels work with smugglers. He did not elaborate. He offered no evidence."
    )
    assert "unsupported" in claims(nlp, text)[0].flags


def test_a_un_body_named_with_united_nations_written_out_is_the_listed_body(
    nlp: Language,
) -> None:
    text = (
        "The United Nations Office for the Coordination of Humanitarian Affairs said food "
        "was short."
    )
    assert claims(nlp, text)[0].speaker_name == "OCHA"


def test_a_qualified_description_is_not_a_body_named_without_the_qualifier(nlp: Language) -> None:
    text = "The Regional Aid Office said food was short. The presidential office said aid was sent."
    assert claims(nlp, text)[-1].speaker_name == "presidential office"


@pytest.mark.parametrize(
    ("dateline", "speaker"),
    [
        ("DHAKA, BANGLADESH —", "Bangladesh (government)"),
        ("JUBA, SOUTH SUDAN —", "South Sudan (government)"),
        ("DHAKA, Bangladesh —", "Bangladesh (government)"),
    ],
)
def test_a_dateline_in_capitals_names_the_state_the_government_is(
    nlp: Language, dateline: str, speaker: str
) -> None:
    text = f"{dateline} The government said an inquiry was not needed."
    assert claims(nlp, text)[0].speaker_name == speaker


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "The minister said the state had seized the mine, accusing the company of theft.",
            "the state had seized the mine",
        ),
        # (after what people did, the words may be theirs: left whole)
        (
            "Police said soldiers beat them, calling them traitors.",
            "soldiers beat them, calling them traitors",
        ),
    ],
)
def test_a_speakers_own_accusation_after_a_comma_ends_what_was_said(
    nlp: Language, text: str, said: str
) -> None:
    assert only(claims(nlp, text), "said").content.text == said


def test_an_allegation_the_outlet_could_not_verify_is_its_doubt_not_a_claim(
    nlp: Language,
) -> None:
    text = (
        "Local websites said the mayor was questioned, an allegation that AFP was unable to verify."
    )
    assert [(c.speaker_name, c.flags) for c in claims(nlp, text)] == [
        ("Local websites", ("unverified",))
    ]


def test_ombudsperson_is_a_title_not_part_of_the_name(nlp: Language) -> None:
    text = (
        "The ombudsman's office said five leaders were killed. Ombudsperson Iris Marin said "
        "the warnings were ignored."
    )
    assert claims(nlp, text)[-1].speaker_name == "Iris Marin"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The UN mission in Libya said it regretted the decision.", "UNSMIL"),
        (
            "The UN Support Mission in Libya said talks would resume. The mission added that "
            "both sides had agreed.",
            "UNSMIL",
        ),
        ("The U.N. peacekeeping mission in South Sudan said it was concerned.", "UNMISS"),
        ("The U.N. peacekeeping force, UNIFIL, said it was concerned.", "UNIFIL"),
    ],
)
def test_a_un_mission_is_its_own_body_not_the_un(nlp: Language, text: str, speaker: str) -> None:
    assert claims(nlp, text)[-1].speaker_name == speaker


def test_the_office_of_the_un_high_commissioner_is_its_body(nlp: Language) -> None:
    text = "The Office of the U.N. High Commissioner for Human Rights said hundreds were killed."
    assert claims(nlp, text)[0].speaker_name == "OHCHR"


def test_a_date_closing_the_sources_relative_clause_is_not_the_speaker(nlp: Language) -> None:
    text = "Students who have protested since March said the minister must resign."
    assert claims(nlp, text)[0].speaker_name == "Students"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ethiopia's federal government rejected the report.", "Ethiopia (government)"),
        (
            "Ethiopia's government said it killed 300 fighters. The federal government said no "
            "civilians died.",
            "Ethiopia (government)",
        ),
        (
            "Somalia's government said the vote was illegal. The regional government said it "
            "was fair.",
            "regional government",
        ),
    ],
)
def test_a_federal_government_is_the_states(nlp: Language, text: str, speaker: str) -> None:
    assert claims(nlp, text)[-1].speaker_name == speaker


def test_reminding_someone_that_is_a_claim(nlp: Language) -> None:
    (claim,) = claims(nlp, "Abok reminded all parties that ambulances are protected.")
    assert (claim.cue.text, claim.content.text) == ("reminded", "ambulances are protected")


def test_field_marshal_is_a_rank_not_part_of_the_name(nlp: Language) -> None:
    text = "Army chief Field Marshal Birhanu Jula said the strikes were aimed at bandits."
    assert claims(nlp, text)[0].speaker_name == "Birhanu Jula"


def test_the_statement_is_theirs_who_said_it_in_a_statement(nlp: Language) -> None:
    text = (
        "The Centre, a think tank, said it had found a vehicle. The students said in a "
        'statement that the incident was dangerous. "We will not let this go," the statement '
        "said."
    )
    assert claims(nlp, text)[-1].speaker_name == "students"


def test_a_un_body_named_with_united_nations_and_a_common_noun(nlp: Language) -> None:
    text = "The United Nations refugee agency said it was preparing to help them."
    assert claims(nlp, text)[0].speaker_name == "UNHCR"


def test_the_spokeswoman_is_not_a_spokesman_named_before(nlp: Language) -> None:
    text = (
        "Spokeswoman Shushan Stepanyan said the attack failed. Spokesman Vagif Dargahli said "
        "Armenia was to blame. The spokeswoman said no villages were shelled."
    )
    assert claims(nlp, text)[-1].speaker_name == "Shushan Stepanyan"


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ('"Our men did not harm any civilian," the army spokesman said.', "denial"),
        (
            "Activists say 100 children have died. The health department said the claim was "
            "not based on facts.",
            "denial",
        ),
        (
            "Activists say 100 children have died. They did not provide records to support "
            "the figure.",
            "unsupported",
        ),
    ],
)
def test_more_wordings_of_denial_and_of_no_evidence(nlp: Language, text: str, flag: str) -> None:
    assert any(flag in c.flags for c in claims(nlp, text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Mali's transitional government has insisted the Russians are instructors.",
            "Mali (government)",
        ),
        ("The Africa Corps said its instructors had left.", "Africa Corps"),
    ],
)
def test_a_transitional_government_and_the_africa_corps(
    nlp: Language, text: str, speaker: str
) -> None:
    assert claims(nlp, text)[0].speaker_name == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Barrister Muhammad Ali Saif said the truce was holding.",
        "Allama Muhammad Ali Saif said the truce was holding.",
    ],
)
def test_a_south_asian_honorific_is_no_part_of_the_name(nlp: Language, text: str) -> None:
    assert claims(nlp, text)[0].speaker_name == "Muhammad Ali Saif"


@pytest.mark.parametrize(
    ("headline", "speaker", "content"),
    [
        ("Witnesses Say Soldiers Executed Villagers", "Witnesses", "Soldiers Executed Villagers"),
        ("Rebels Say Drone Strike Killed Civilians", "Rebels", "Drone Strike Killed Civilians"),
        ("Gaza Doctors Say Hospitals Are Full", "Gaza Doctors", "Hospitals Are Full"),
    ],
)
def test_a_title_case_headline_with_a_plural_subject(
    nlp: Language, headline: str, speaker: str, content: str
) -> None:
    text = f"{headline}\n\nSoldiers killed 12 men in the village, witnesses said."
    first = claims(nlp, text)[0]
    assert (first.speaker_name, first.cue.text, first.content.text) == (speaker, "Say", content)


@pytest.mark.parametrize(
    "text",
    [
        "The ambassador said his country was not party to the conflict.",
        "Rwanda says it has no troops in Bukavu.",
    ],
)
def test_not_party_to_a_conflict_and_no_troops_there_deny(nlp: Language, text: str) -> None:
    assert "denial" in claims(nlp, text)[0].flags


def test_its_ministry_is_the_states_not_a_group_based_there(nlp: Language) -> None:
    text = (
        "Rwanda has denied arming the M23. Its foreign ministry blamed Kinshasa for the fighting."
    )
    assert claims(nlp, text)[-1].speaker_name == "Rwanda (foreign ministry)"


@pytest.mark.parametrize(
    "rank", ["in one of the deadliest attacks this year", "in one of several attacks this week"]
)
def test_a_rank_among_others_after_a_closing_cue_is_the_reporters(nlp: Language, rank: str) -> None:
    text = f"Gunmen killed 42 people on Thursday, police said, {rank}."
    assert claims(nlp, text)[0].content.text == "Gunmen killed 42 people on Thursday"


def test_how_many_of_those_counted_were_who_stays_in_what_was_said(nlp: Language) -> None:
    text = "The party said more than 120 people had been killed, many of them women."
    assert claims(nlp, text)[0].content.text.endswith("many of them women")


@pytest.mark.parametrize(
    ("between", "speaker"),
    [
        ("A young man standing nearby was more blunt.", "young man"),
        # (a woman is no `he`; a description of one named before is that one)
        ("A young woman standing nearby was more blunt.", "Ali Musa"),
        ("The colonel spoke at a briefing.", "Ali Musa"),
    ],
)
def test_he_after_one_new_to_the_story_made_the_subject(
    nlp: Language, between: str, speaker: str
) -> None:
    text = (
        f"Colonel Ali Musa said the border would stay open. {between} "
        '"There will be no peace," he said.'
    )
    assert claims(nlp, text)[-1].speaker_name == speaker


def test_rejecting_someones_position_denies_their_claim(nlp: Language) -> None:
    text = "Zourabichvili said the election was rigged. The ruling party rejected her position."
    found, resp = responses(nlp, text)
    assert [(r.kind, r.claims) for r in resp] == [("denied", (found[0].id,))]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Georgia's Public Defender, Levan Ioseliani, said protesters were beaten.",
            "Levan Ioseliani",
        ),
        (
            "The Prosecutor General, Giorgi Gvarakidze, said the case was closed.",
            "Giorgi Gvarakidze",
        ),
    ],
)
def test_an_office_set_off_by_the_name_of_its_holder_is_the_holder(
    nlp: Language, text: str, speaker: str
) -> None:
    assert claims(nlp, text)[0].speaker_name == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Sultan of Sokoto Muhammadu Abubakar said the council was saddened.",
            "Muhammadu Abubakar",
        ),
        ("Archbishop of Canterbury Justin Welby said the council was saddened.", "Justin Welby"),
        ("Emir of Kano Muhammadu Sanusi said the council was saddened.", "Muhammadu Sanusi"),
    ],
)
def test_a_title_of_a_place_is_no_part_of_the_holders_name(
    nlp: Language, text: str, speaker: str
) -> None:
    assert claims(nlp, text)[0].speaker_name == speaker


@pytest.mark.parametrize(
    "text",
    [
        'Zakharova called Western reports of technology transfers "a fabrication."',
        '"Claims that the operation is over do not correspond to reality," the General Staff said.',
    ],
)
def test_more_ways_of_calling_a_claim_untrue(nlp: Language, text: str) -> None:
    assert "denial" in claims(nlp, text)[0].flags


def test_photographs_show_as_photos_do(nlp: Language) -> None:
    (claim,) = claims(nlp, "Photographs showed broken stones near the temple.")
    assert claim.speaker_name == "Photographs"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Burkina Faso's junta said the town was safe.", "Burkina Faso (military)"),
        ("The Malian junta said the town was safe.", "Mali (military)"),
        # (bare, no state named: left as written)
        ("The junta said the town was safe.", "junta"),
    ],
)
def test_a_states_junta_is_its_military(nlp: Language, text: str, speaker: str) -> None:
    assert claims(nlp, text)[0].speaker_name == speaker


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "Nine people died in the blast, according to residents, nurses and officials.",
            "residents, nurses and officials",
            "Nine people died in the blast",
        ),
        (
            "According to police, two officers and a driver died.",
            "police",
            "two officers and a driver died",
        ),
    ],
)
def test_according_to_a_list_of_sources_takes_the_whole_list(
    nlp: Language, text: str, source: str, content: str
) -> None:
    (found,) = claims(nlp, text)
    assert found.source is not None
    assert (found.source.text, found.content.text) == (source, content)


@pytest.mark.parametrize(
    "tail",
    [
        "hours before he was due to resign",
        "before he met the king",
        "and the speaker declared a state of emergency",
        "hours before he was due to resign, and the speaker declared a state of emergency",
    ],
)
def test_a_time_clause_after_a_closing_cue_is_the_reporters(nlp: Language, tail: str) -> None:
    text = f"The prime minister had agreed to step down, a government source said, {tail}."
    (found,) = claims(nlp, text)
    assert found.content.text == "The prime minister had agreed to step down"


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("The monitor said it had not been able to confirm any deaths.", False),
        ("The monitor said 12 people died. Reporters have not been able to confirm it.", True),
    ],
)
def test_a_speaker_unable_to_confirm_is_its_own_doubt(
    nlp: Language, text: str, flagged: bool
) -> None:
    assert ("unverified" in claims(nlp, text)[0].flags) is flagged


def test_reportedly_ends_before_the_reporters_doubt(nlp: Language) -> None:
    text = "Two union leaders have reportedly been detained, though police would not confirm it."
    found, resp = responses(nlp, text)
    assert found[0].content.text == "Two union leaders have reportedly been detained"
    assert [(r.kind, r.claims) for r in resp] == [("declined_comment", (found[0].id,))]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The lawyer told reporters outside the court that she had not been allowed to "
            "see her client.",
            "she had not been allowed to see her client",
        ),
        ("The lawyer said that was wrong.", "that was wrong"),
    ],
)
def test_that_read_as_an_object_opens_no_content(nlp: Language, text: str, content: str) -> None:
    assert claims(nlp, text)[0].content.text == content


def test_what_read_as_the_subjects_determiner_opens_a_free_relative(nlp: Language) -> None:
    text = "A reporter saw patients with what nurses described as gunshot wounds."
    assert source_and_content(claims(nlp, text), "described") == ("nurses", "as gunshot wounds")


@pytest.mark.parametrize("note", ["made no reference to the carrier", "made no mention of it"])
def test_making_no_mention_is_the_speakers_silence(nlp: Language, note: str) -> None:
    text = f"The command said its forces had destroyed two launchers but {note}."
    assert claims(nlp, text)[0].content.text == "its forces had destroyed two launchers"


@pytest.mark.parametrize(
    ("said", "hedged"),
    [
        ("the rebels still had weapons they could use against ships", False),
        ("the rebels still had weapons which they could use against ships", False),
        ("the rebels could use weapons against ships", True),
    ],
)
def test_a_modal_in_a_relative_clause_of_an_object_hedges_nothing(
    nlp: Language, said: str, hedged: bool
) -> None:
    assert ("hedged" in claims(nlp, f"The admiral said {said}.")[0].flags) is hedged


@pytest.mark.parametrize(
    ("title", "claimed"),
    [
        ("Opposition Party Calls Off March After Arrests", False),
        ("Opposition Party Calls For Fresh Vote After Arrests", True),
    ],
)
def test_a_headlines_phrasal_call_is_a_deed(nlp: Language, title: str, claimed: bool) -> None:
    text = f"{title}\n\nThe party said it would march again next week."
    assert any(c.cue.text == "Calls" for c in claims(nlp, text)) is claimed


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "A spokesman for the militia, who spoke on condition of anonymity, said the "
            "convoy had been turned back.",
            "A spokesman for the militia",
        ),
        (
            '"We have nothing left," said a teacher, who asked that her name not be used.',
            "a teacher",
        ),
        (
            "Protest organizers, many of them students, say the tax would raise bread prices.",
            "Protest organizers",
        ),
    ],
)
def test_how_a_source_stayed_unnamed_or_who_they_are_is_no_part_of_it(
    nlp: Language, text: str, source: str
) -> None:
    (found,) = claims(nlp, text)
    assert found.source is not None
    assert found.source.text == source


def test_the_agency_is_the_body_named_as_an_according_to_source(nlp: Language) -> None:
    text = (
        "According to UNICEF, two million children are hungry. The agency said the figure "
        "was rising."
    )
    found = claims(nlp, text)
    assert [c.speaker_name for c in found] == ["UNICEF", "UNICEF"]


def test_they_after_a_crowd_made_the_subject_is_that_crowd(nlp: Language) -> None:
    text = (
        "Farmers' unions condemned the arrest. Thousands of women marched in the capital on "
        "Sunday. They said the government was punishing their villages."
    )
    assert claims(nlp, text)[-1].speaker_name == "women"


def test_said_only_that_with_a_quoted_ending_reports_the_clause(nlp: Language) -> None:
    text = 'The spokesman said only that the inquiry was "proceeding fairly."'
    (found,) = claims(nlp, text)
    assert found.content.text == 'the inquiry was "proceeding fairly."'


@pytest.mark.parametrize(
    ("said", "denial"),
    [
        ("it had not blocked food for civilians", True),
        ("its fighters did not loot the hospital", True),
        ("it does not hold political prisoners", True),
        ("it does not hold talks with the rebels", False),
        ("it had never had any relationship with the cartel", True),
        ("the victims had no ties to the gang", False),
    ],
)
def test_more_wrongs_a_party_says_it_did_not_do(nlp: Language, said: str, denial: bool) -> None:
    assert ("denial" in claims(nlp, f"The militia said {said}.")[0].flags) is denial


def test_a_police_service_denies_for_its_officers(nlp: Language) -> None:
    text = "The National Police Service said officers did not target medics."
    assert "denial" in claims(nlp, text)[0].flags


def test_a_clause_joined_to_a_closing_cue_is_the_reporters(nlp: Language) -> None:
    text = (
        "Protesters set fire to the homes of lawmakers, police said, and the army imposed a curfew."
    )
    (found,) = claims(nlp, text)
    assert found.content.text == "Protesters set fire to the homes of lawmakers"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Insurers may raise premiums, brokers in London said, asking not to be named.",
            "Insurers may raise premiums",
        ),
        (
            "The strike killed three sailors, the navy said, the first deaths since the "
            "blockade began.",
            "The strike killed three sailors",
        ),
        (
            "The attack, he said, had achieved a direct hit, though he offered no evidence.",
            "The attack, he said, had achieved a direct hit",
        ),
        (
            "The strike, the spokesman said, killed 12 sailors, a claim that could not be "
            "verified.",
            "The strike, the spokesman said, killed 12 sailors",
        ),
    ],
)
def test_the_reporters_words_after_a_cue_inside_or_closing_a_clause_are_not_said(
    nlp: Language, text: str, content: str
) -> None:
    (found,) = claims(nlp, text)
    assert found.content.text == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Kwak said in a broadcast that Kim had ordered him to block the chamber.",
            "Kim had ordered him to block the chamber",
        ),
        ("Kwak said in a video that he had posted on Monday.", None),
    ],
)
def test_a_clause_read_as_a_relative_of_the_medium_is_what_was_said(
    nlp: Language, text: str, content: str | None
) -> None:
    assert [c.content.text for c in claims(nlp, text)] == ([content] if content else [])


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The president said he would not sign the bill, a day after at least 22 people "
            "were killed, according to a rights group.",
            "at least 22 people were killed",
        ),
        (
            "The attack came days after strikes killed 16 people, according to the ministry.",
            "strikes killed 16 people",
        ),
        (
            "Troops withdrew after rebels shelled the base, according to the army.",
            "Troops withdrew after rebels shelled the base",
        ),
    ],
)
def test_according_to_after_a_clause_of_time_vouches_for_that_clause(
    nlp: Language, text: str, content: str
) -> None:
    assert only(claims(nlp, text), "according to").content.text == content


@pytest.mark.parametrize(
    ("said", "denial"),
    [("his agents had not used force", True), ("his son did not attack anyone", False)],
)
def test_a_commanders_own_men_did_no_wrong(nlp: Language, said: str, denial: bool) -> None:
    assert ("denial" in claims(nlp, f"The commander said {said}.")[0].flags) is denial


@pytest.mark.parametrize(
    ("text", "government"),
    [
        (
            "CARACAS, VENEZUELA — Rights groups said 1,600 people remained jailed. Brazil and "
            "Mexico sent their ambassadors. The government rejected the figure.",
            "Venezuela (government)",
        ),
        (
            "CARACAS, VENEZUELA — Gonzalez, whom the United States recognizes as the winner, "
            "said he had been threatened. The government denied it.",
            "Venezuela (government)",
        ),
        (
            "CARACAS, VENEZUELA — Brazil's government said it was worried. The government "
            "added that talks must resume.",
            "Brazil (government)",
        ),
    ],
)
def test_the_government_is_a_state_named_as_a_party_not_in_passing(
    nlp: Language, text: str, government: str
) -> None:
    assert claims(nlp, text)[-1].speaker_name == government


def test_a_that_clause_hung_on_citing_is_the_cues(nlp: Language) -> None:
    text = "The agency reported, citing unnamed officials, that the talks had collapsed."
    (found,) = claims(nlp, text)
    assert (found.cue.text, found.content.text) == ("reported", "the talks had collapsed")


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        ("The mission urged the public not to share unverified videos.", ()),
        (
            "The gang said it would fight. Reporters could not authenticate the recording.",
            ("unverified",),
        ),
        # (a concern voiced is no doubt of what it fears, as the VOA gold reads it)
        ("The office expressed concern that residents were among the dead.", ()),
    ],
)
def test_more_words_of_doubt_and_worry(nlp: Language, text: str, flags: tuple[str, ...]) -> None:
    assert claims(nlp, text)[0].flags == flags


@pytest.mark.parametrize("owner", ["The nurse's", "Amina's"])
def test_a_persons_account_doubted_is_all_they_told_in_a_row(nlp: Language, owner: str) -> None:
    speaker = "A nurse" if owner.startswith("The") else "Amina"
    again = "the nurse" if owner.startswith("The") else "Amina"
    text = (
        f'{speaker} said the hospital received 30 wounded. "We have no anesthesia left," '
        f"{again} said. {owner} account could not be independently verified."
    )
    assert [c.flags for c in claims(nlp, text)] == [("unverified",), ("unverified",)]


@pytest.mark.parametrize(
    ("named", "speaker"),
    [
        ("The UN said it was horrified.", "rights group"),
        ("Amnesty International said it was horrified.", "Amnesty International"),
    ],
)
def test_a_lead_group_is_no_body_of_states(nlp: Language, named: str, speaker: str) -> None:
    text = f"A rights group said 184 people were killed. {named}"
    assert claims(nlp, text)[0].speaker_name == speaker


def test_the_dateline_after_a_headline_names_the_government_far_down(nlp: Language) -> None:
    filler = " ".join(
        f"Witnesses said checkpoint {n} was closed on the road into the capital." for n in range(40)
    )
    text = (
        "Maduro Sworn In Amid Protests\n\nCARACAS, VENEZUELA — Nicolas Maduro was sworn in "
        f"on Friday. {filler} Canada said it would join the sanctions. Rights groups said the "
        "vote was rigged. The government rejected both reports."
    )
    assert claims(nlp, text)[-1].speaker_name == "Venezuela (government)"


@pytest.mark.parametrize(
    "text",
    [
        "Officials said, citing intelligence, that the envoy had arrived in Moscow.",
        "News agencies reported, citing a Kremlin source, that the envoy had arrived in Moscow.",
    ],
)
def test_whom_a_report_cites_before_its_that_clause_is_whence(nlp: Language, text: str) -> None:
    (found,) = claims(nlp, text)
    assert found.content.text == "the envoy had arrived in Moscow"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The US urged Serbia to pull back its troops, a week after a deadly attack in Kosovo.",
            "Serbia to pull back its troops",
        ),
        (
            'The president vowed to "fight to the end," days after a vote to remove him.',
            'to "fight to the end,"',
        ),
        (
            "The presidents said they would settle the border, two years after fighting there "
            "killed about 100 people.",
            "they would settle the border",
        ),
    ],
)
def test_the_reporters_tie_to_another_event_after_what_was_said(
    nlp: Language, text: str, content: str
) -> None:
    assert claims(nlp, text)[0].content.text == content


@pytest.mark.parametrize(
    ("said", "denial"),
    [
        ("no officers had taken part in the attack", True),
        ("its officers had not taken part in the raid", True),
        ("no civilians were killed", False),
    ],
)
def test_none_of_its_own_did_the_wrong(nlp: Language, said: str, denial: bool) -> None:
    assert ("denial" in claims(nlp, f"Police said {said}.")[0].flags) is denial


def test_he_after_an_inmate_who_spoke_is_the_inmate(nlp: Language) -> None:
    text = "An inmate said a soldier had stepped on his neck. He said the guards were cruel."
    assert [c.speaker_name for c in claims(nlp, text)] == ["inmate", "inmate"]


def test_when_a_source_held_office_is_no_part_of_it(nlp: Language) -> None:
    text = "Officials at the time blamed the violence on a dispute among gangs."
    (found,) = claims(nlp, text)
    assert found.source is not None
    assert found.source.text == "Officials"


@pytest.mark.parametrize(
    ("tail", "content"),
    [
        ("one of the deadliest attacks in years", "Forty soldiers were killed"),
        (
            "one of several attacks this week",
            "Forty soldiers were killed, police said, one of several attacks this week",
        ),
    ],
)
def test_one_of_the_deadliest_after_a_closing_cue_is_the_reporters_rank(
    nlp: Language, tail: str, content: str
) -> None:
    (found,) = claims(nlp, f"Forty soldiers were killed, police said, {tail}.")
    assert found.content.text == content


def test_a_surname_given_names_the_one_described(nlp: Language) -> None:
    text = '"We have lived with this for years," said a shop owner who gave only her surname, Chen.'
    assert claims(nlp, text)[0].speaker_name == "Chen"


def test_he_after_a_congressman_who_spoke_is_the_congressman(nlp: Language) -> None:
    text = (
        "The congressman said he would meet President Lai Ching-te. He said the arms backlog "
        "had grown."
    )
    assert [c.speaker_name for c in claims(nlp, text)] == ["congressman", "congressman"]
