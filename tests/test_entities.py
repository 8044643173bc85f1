"""The entities component: knowledge-base actors, offices at the article date, coreference."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language
from spacy.tokens import Doc

from claimwire.nlp import extensions as ext
from claimwire.nlp.entities import entity_at
from claimwire.records import Entity
from pipeline_support import run


def by_name(doc: Doc) -> dict[str, Entity]:
    return {e.name: e for e in ext.entities(doc)}


def test_one_entity_per_person_across_name_forms(nlp: Language) -> None:
    doc = run(
        nlp,
        "Belarusian leader Alexander Lukashenko spoke to reporters in Minsk. "
        "Mr Lukashenko said the talks had failed. Later, Lukashenko repeated the charge.",
    )
    people = by_name(doc)
    luka = people["Alexander Lukashenko"]
    assert luka.kind == "person"
    assert luka.country == "BLR"
    assert luka.kb_id == "person:alexander-lukashenko"
    assert len(luka.mentions) == 3
    for m in luka.mentions:
        assert doc.text[m.start : m.end] == m.text


def test_an_acronym_of_a_body_named_in_full_is_that_body(nlp: Language) -> None:
    doc = run(
        nlp,
        "The army said it had retaken the town from the Myanmar National Democratic "
        "Alliance Army. The MNDAA said its fighters still held it.",
    )
    body = by_name(doc)["Myanmar National Democratic Alliance Army"]
    assert [m.text for m in body.mentions][-1] == "MNDAA"
    assert "MNDAA" not in by_name(doc)
    # letters that are not its initials name something else
    doc = run(nlp, "The Arakan Army fought on. The MNDAA said its fighters held the town.")
    assert "MNDAA" in by_name(doc)


def test_role_description_resolves_at_article_date(nlp: Language) -> None:
    text = "The American president said the sanctions would stay."
    before = by_name(run(nlp, text, dt.date(2023, 5, 1)))
    after = by_name(run(nlp, text, dt.date(2025, 5, 1)))
    assert "Joe Biden" in before
    assert "Donald Trump" in after


def test_a_surname_two_people_share_is_the_one_in_office_on_the_day(nlp: Language) -> None:
    text = "President Aoun said the army would deploy to the border."
    assert "Joseph Aoun" in by_name(run(nlp, text, dt.date(2026, 3, 1)))
    assert "Michel Aoun" in by_name(run(nlp, text, dt.date(2020, 3, 1)))


def test_another_states_body_of_a_known_name_is_not_the_known_one(nlp: Language) -> None:
    names = by_name(run(nlp, "The Philippine National Security Council said ships collided."))
    assert "United States (National Security Council)" not in names
    assert "Philippine National Security Council" in names
    names = by_name(run(nlp, "The U.S. National Security Council said ships collided."))
    assert "United States (National Security Council)" in names


def test_a_role_of_the_state_a_seat_stands_for(nlp: Language) -> None:
    text = "The Kremlin leader said the offensive would go on."
    assert "Vladimir Putin" in by_name(run(nlp, text, dt.date(2024, 5, 1)))


def test_capital_as_actor_but_not_as_place(nlp: Language) -> None:
    doc = run(nlp, "Moscow said the drones were shot down. Two drones fell near Moscow on Sunday.")
    gov = by_name(doc)["Russia (government)"]
    assert [m.text for m in gov.mentions] == ["Moscow"]
    assert gov.mentions[0].start == 0
    assert gov.country == "RUS"


def test_the_state_of_a_dateline_is_the_government_the_story_names(nlp: Language) -> None:
    text = (
        "MANAGUA, Nicaragua — Police arrested two priests, a researcher said. The "
        "government did not respond to a request for comment."
    )
    doc = run(nlp, text)
    assert [m.text for m in by_name(doc)["Nicaragua (government)"].mentions] == ["Nicaragua"]
    (silence,) = ext.responses(doc)
    assert silence.party_name == "Nicaragua (government)"


def test_a_state_set_before_a_state_body_names_its_government(nlp: Language) -> None:
    text = (
        "Guinea-Bissau has seen nine coups since 1974. In neighboring Benin, the government "
        "said it had foiled an attempted coup."
    )
    (claim,) = ext.claims(run(nlp, text))
    assert claim.speaker_name == "Benin (government)"
    # (a place set first before another subject is a place)
    doc = run(nlp, "In Benin, rebels said they had taken a town.")
    assert "Benin (government)" not in by_name(doc)


def test_its_ministry_takes_the_last_state(nlp: Language) -> None:
    doc = run(nlp, "Russia did not comment, but its defence ministry said two drones were downed.")
    ministry = by_name(doc)["Russia (defence ministry)"]
    assert ministry.kind == "ministry"
    assert ministry.mentions[0].text == "its defence ministry"


def test_surname_prefers_the_person_of_the_article(nlp: Language) -> None:
    # `Bennett` alone is also an Israeli prime minister in the knowledge base.
    doc = run(
        nlp,
        "The U.N. expert Richard Bennett visited the region in May. "
        "Bennett said he had been denied entry.",
    )
    names = by_name(doc)
    assert "Naftali Bennett" not in names
    assert len(names["Richard Bennett"].mentions) == 2


def test_a_known_surname_after_another_given_name_is_a_namesake(nlp: Language) -> None:
    # `Bush` alone is George W. Bush in the knowledge base; Jeb Bush is someone else.
    names = by_name(run(nlp, "Jeb Bush said the plan was bad."))
    assert "George W. Bush" not in names
    assert names["Jeb Bush"].kb_id is None
    # Another spelling of the known person's given name is still that person.
    names = by_name(run(nlp, "Volodimir Zelensky said the town was taken."))
    assert names["Volodymyr Zelenskyy"].kb_id == "person:volodymyr-zelenskyy"
    assert "George W. Bush" in by_name(run(nlp, "George Bush said the plan was bad."))
    # A middle initial stands between the given name and the surname.
    assert "Vladimir Putin" in by_name(run(nlp, "Vladimir K. Putin said the plan was bad."))
    assert "George W. Bush" not in by_name(run(nlp, "Jeb E. Bush said the plan was bad."))


def test_a_known_surname_after_a_common_given_name_the_tagger_missed(nlp: Language) -> None:
    for text, name in [
        ("Layla Assad, a nurse, said the hospital was full.", "Bashar al-Assad"),
        ("Sami Ben Ali, a teacher, said rockets had struck.", "Zine El Abidine Ben Ali"),
    ]:
        assert name not in by_name(run(nlp, text))
    # (the known person's own given name, or none, is that person; so is a hyphened
    # given name's last part)
    assert "Bashar al-Assad" in by_name(run(nlp, "Assad said the war was over."))
    text = "Abdul-Malik al-Houthi said the group would escalate."
    assert "Abdul-Malik al-Houthi" in by_name(run(nlp, text))
    # (nor is the last of two surnames joined the known person's)
    text = "Carla Bruni-Sarkozy was charged with witness tampering, a charge she denies."
    assert "Nicolas Sarkozy" not in by_name(run(nlp, text))


def test_names_the_tagger_cut_are_made_whole(nlp: Language) -> None:
    text = "Former commander Kwak Jong-geun testified that he received the order."
    assert "Kwak Jong-geun" in by_name(run(nlp, text))
    text = "Bishop Wilfred Anagbe of Makurdi said priests were being killed."
    assert "Wilfred Anagbe" in by_name(run(nlp, text))


def test_a_common_word_capitalised_at_a_sentences_start_is_no_name(nlp: Language) -> None:
    names = by_name(run(nlp, "Party officials said its members had been jailed."))
    assert "Party" not in names
    names = by_name(run(nlp, "Exit polls showed Lee winning 51.7 percent of the vote."))
    assert "Exit" not in names


def test_a_body_named_after_a_known_actor_is_another_actor(nlp: Language) -> None:
    names = by_name(run(nlp, "The U.N. Office on Drugs and Crime said seizures had risen."))
    assert "U.N. Office on Drugs and Crime" in names
    assert "United Nations" not in names


def test_entity_at_finds_mentions_inside_a_span(nlp: Language) -> None:
    text = "Ukrainian President Volodymyr Zelenskyy said the town was taken."
    doc = run(nlp, text)
    start = text.index("Volodymyr")
    found = entity_at(doc, start, start + len("Volodymyr Zelenskyy"))
    assert found is not None
    assert found.name == "Volodymyr Zelenskyy"
    assert entity_at(doc, text.index("town"), text.index("town") + 4) is None


def test_unknown_people_take_the_country_of_their_title(nlp: Language) -> None:
    doc = run(
        nlp,
        "A Nigerian analyst, Kabiru Adamu, disagreed. French diplomat Anne Dupont said the "
        "vote was fair. Russia, Ukraine and Jane Smith sent letters.",
    )
    names = by_name(doc)
    assert names["Kabiru Adamu"].country == "NGA"
    assert names["Anne Dupont"].country == "FRA"
    assert names["Jane Smith"].country is None


def _linked(nlp: Language, text: str, tagged: list[tuple[str, str]]) -> Doc:
    """``text`` run up to the named-entity tagger, given the names ``tagged`` instead
    (each fragment's first occurrence after the one before, with its label), and then
    linked by the entities component."""
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == "ner":
            break
        doc = proc(doc)
    spans, at = [], 0
    for fragment, label in tagged:
        at = text.index(fragment, at)
        span = doc.char_span(at, at + len(fragment), label=label)
        assert span is not None, fragment
        spans.append(span)
        at += len(fragment)
    doc.ents = spans
    return nlp.get_pipe("claimwire_entities")(doc)


def test_a_surname_the_tagger_took_with_its_owner_is_the_person(nlp: Language) -> None:
    # The model tags `Oxford's Okafor` as one organisation; the name after the
    # possessive is the surname of a person the article names in full.
    doc = _linked(
        nlp,
        "Ngozi Okafor, who directs an Oxford institute, spoke first. "
        '"It will take time," Oxford\'s Okafor said.',
        [("Ngozi Okafor", "PERSON"), ("Oxford's Okafor", "ORG")],
    )
    okafor = by_name(doc)["Ngozi Okafor"]
    assert [m.text for m in okafor.mentions] == ["Ngozi Okafor", "Okafor"]
    assert "Oxford's Okafor" not in by_name(doc)


def test_one_word_tagged_a_place_elsewhere_is_no_person(nlp: Language) -> None:
    # The model tags `Brexit` a person in one place and a place in another: it is
    # neither, and no pronoun should find it.
    doc = _linked(
        nlp,
        "Brexit split the party. During the Brexit talks he held firm.",
        [("Brexit", "GPE"), ("Brexit", "PERSON")],
    )
    assert "Brexit" not in by_name(doc)


def test_a_former_holder_of_an_office_is_not_who_holds_it_now(nlp: Language) -> None:
    now = by_name(run(nlp, "The French foreign minister said the plan was flawed."))
    former = by_name(run(nlp, "The former French foreign minister said the plan was flawed."))
    assert "Stephane Sejourne" in now
    assert "Stephane Sejourne" not in former


def test_a_longer_name_that_ends_with_a_known_one_is_another_body(nlp: Language) -> None:
    doc = run(nlp, "The Ta'ang National Liberation Army said it had captured the town.")
    assert "Ta'ang National Liberation Army" in by_name(doc)
    assert "National Liberation Army (ELN)" not in by_name(doc)
    # words that only say which one it is leave the known actor the head of the name
    doc = run(nlp, "Sudan's Rapid Support Forces said they held the city.")
    assert "Rapid Support Forces" in by_name(doc)


def test_a_name_the_knowledge_base_does_not_know_by_its_first_word(nlp: Language) -> None:
    doc = run(nlp, "Spokesperson Liu Dejun said the ship had intruded. Liu said it was legal.")
    assert len(by_name(doc)["Liu Dejun"].mentions) == 2


def test_a_name_in_common_words_written_as_the_head_of_another_name(nlp: Language) -> None:
    # `the alliance` stands for NATO, but not as the head of `The Alliance of Democracies`
    doc = run(
        nlp,
        "The Alliance of Democracies met in Copenhagen. NATO officials attended. The "
        "alliance said it would respond.",
    )
    names = by_name(doc)
    assert [m.text for m in names["Alliance of Democracies"].mentions] == [
        "The Alliance of Democracies"
    ]
    assert [m.text for m in names["NATO"].mentions] == ["NATO", "The alliance"]


def test_a_name_with_its_short_form_in_brackets_left_open_by_the_tagger(nlp: Language) -> None:
    doc = run(
        nlp,
        "The Military Intelligence Service (MIVD) said hackers breached the network. The "
        "MIVD said it had expelled them.",
    )
    names = by_name(doc)
    assert "Military Intelligence Service" in names
    assert not any("(" in name for name in names)


def test_an_office_in_a_persons_title_is_no_body_of_its_own(nlp: Language) -> None:
    doc = run(
        nlp,
        "A spokesman for Defense Secretary Pete Hegseth said the strikes were lawful. "
        "Senate Majority Leader Chuck Schumer said they were not.",
    )
    names = by_name(doc)
    assert "Pete Hegseth" in names
    assert "Chuck Schumer" in names
    assert "Defense" not in names
    assert "Senate" not in names


def test_a_given_name_cut_at_its_hyphen_is_made_whole(nlp: Language) -> None:
    names = by_name(run(nlp, "Jan-Albert Hootsen said most killings remain unsolved."))
    assert "Jan-Albert Hootsen" in names


def test_a_name_after_mr_or_ms_is_a_person(nlp: Language) -> None:
    names = by_name(run(nlp, "Ms Ganguly said civilians must be protected."))
    assert names["Ganguly"].kind == "person"


def test_a_given_name_no_list_knows_before_a_known_surname_is_a_namesake(
    nlp: Language,
) -> None:
    names = by_name(run(nlp, "Hazem Qassem said the road was closed."))
    assert "Naim Qassem" not in names
    names = by_name(run(nlp, "Abdelrahim Dagalo said the city had fallen."))
    assert "Mohamed Hamdan Dagalo" not in names
    # (but the person's own names, however spelt, and titles before them)
    names = by_name(run(nlp, "President Vladimir Putin met Mohamed Hamdan Dagalo."))
    assert {"Vladimir Putin", "Mohamed Hamdan Dagalo"} <= set(names)


def test_the_alliance_is_nato_only_once_nato_is_named(nlp: Language) -> None:
    text = "The opposition front called a boycott. The alliance said turnout was low."
    assert "NATO" not in by_name(run(nlp, text))
    assert "NATO" in by_name(run(nlp, "NATO met on Monday. The alliance said it was ready."))
