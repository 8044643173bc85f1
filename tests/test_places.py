"""The places component: recognition, parts, resolution and metonymy."""

from __future__ import annotations

import pytest
from benchmarks._common import km_between, seed_gold
from spacy.language import Language
from spacy.tokens import Doc

from claimwire.nlp import extensions as ext
from claimwire.nlp.places import metonyms, place_at
from claimwire.records import Place


def _run(nlp: Language, text: str) -> Doc:
    return nlp(text)


def _places(doc: Doc) -> dict[str, Place]:
    return {m.text: p for p in ext.places(doc) for m in p.mentions}


# ------------------------------------------------------------------ end to end


def test_region_phrase_with_direction_is_the_oblast_with_a_part(nlp: Language) -> None:
    doc = _run(nlp, "Evacuations were ordered in western Kursk region on Tuesday.")
    place = _places(doc)["Kursk region"]
    assert (place.level, place.country, place.part) == ("admin1", "RUS", "west")
    assert km_between(place.lat, place.lon, 51.75, 36.0) < 50


def test_transliteration_variants_resolve_to_ukrainian_cities(nlp: Language) -> None:
    doc = _run(nlp, "Overnight shelling hit homes in Kharkov and Zaporozhye, the governor said.")
    places = _places(doc)
    assert places["Kharkov"].country == "UKR"
    assert km_between(places["Kharkov"].lat, places["Kharkov"].lon, 49.99, 36.23) < 30
    assert places["Zaporozhye"].country == "UKR"


def test_small_town_with_its_region_resolves_in_that_country(nlp: Language) -> None:
    doc = _run(nlp, "Troops entered Sudzha, a town in the Kursk region, on Tuesday.")
    sudzha = _places(doc)["Sudzha"]
    assert sudzha.country == "RUS"
    assert km_between(sudzha.lat, sudzha.lon, 51.19, 35.27) < 10


def test_direction_of_a_place(nlp: Language) -> None:
    doc = _run(nlp, "The village lies north of Bakhmut, near the front line.")
    assert _places(doc)["Bakhmut"].part == "north"


def test_names_that_contain_a_direction_stay_whole(nlp: Language) -> None:
    doc = _run(nlp, "Aid arrived in South Africa and North Korea last month.")
    places = _places(doc)
    assert places["South Africa"].country == "ZAF"
    assert places["South Africa"].part is None
    assert places["North Korea"].country == "PRK"


def test_common_words_are_not_places(nlp: Language) -> None:
    doc = _run(nlp, "Mary said the bar was full. Of the guests, few stayed.")
    assert ext.places(doc) == []


def test_demonyms_are_not_places(nlp: Language) -> None:
    doc = _run(nlp, "Russian and Ukrainian officials met in Istanbul.")
    assert set(_places(doc)) == {"Istanbul"}


def test_a_name_that_starts_with_a_demonym_is_a_place(nlp: Language) -> None:
    doc = _run(
        nlp,
        "Water stopped flowing to the Crimean peninsula, and Russian ships left the Arabian Sea.",
    )
    places = _places(doc)
    assert set(places) == {"Crimean peninsula", "Arabian Sea"}
    assert (places["Crimean peninsula"].country, places["Crimean peninsula"].level) == (
        "UKR",
        "admin1",
    )
    assert places["Arabian Sea"].level == "feature"


def test_capital_as_speaker_is_a_metonym(nlp: Language) -> None:
    doc = _run(nlp, "Kyiv says its forces have advanced 10 km into Russia.")
    assert "Kyiv" not in _places(doc)
    assert _places(doc)["Russia"].country == "RUS"
    assert [(m.span.text, m.country) for m in metonyms(doc)] == [("Kyiv", "UKR")]


def test_one_record_per_place_and_part_with_all_mentions(nlp: Language) -> None:
    doc = _run(nlp, "Strikes hit Odesa on Monday. In Odesa, the port was damaged.")
    records = [p for p in ext.places(doc) if p.name.startswith("Odes")]
    assert len(records) == 1
    assert [m.text for m in records[0].mentions] == ["Odesa", "Odesa"]
    assert records[0].id == "p1"


def test_place_at_finds_the_place_mentioned_there(nlp: Language) -> None:
    text = "Drones struck a depot near Belgorod overnight."
    doc = _run(nlp, text)
    start = text.index("Belgorod")
    place = place_at(doc, start, start + 3)
    assert place is not None
    assert place.country == "RUS"
    assert place.part == "near"
    assert place_at(doc, 0, 6) is None


# ------------------------------------------------------------------ metonymy on built parses


def _doc(
    nlp: Language, words: list[str], heads: list[int], deps: list[str], **kw: list[str]
) -> Doc:
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, **kw)  # type: ignore[arg-type]
    return nlp.get_pipe("claimwire_places")(doc)


def test_subject_of_a_verb_is_a_metonym(nlp: Language) -> None:
    doc = _doc(
        nlp,
        ["Moscow", "has", "rejected", "the", "plan", "."],
        [2, 2, 2, 4, 2, 2],
        ["nsubj", "aux", "ROOT", "det", "dobj", "punct"],
        pos=["PROPN", "AUX", "VERB", "DET", "NOUN", "PUNCT"],
        lemmas=["Moscow", "have", "reject", "the", "plan", "."],
        ents=["B-GPE", "O", "O", "O", "O", "O"],
    )
    assert ext.places(doc) == []
    assert [m.span.text for m in metonyms(doc)] == ["Moscow"]


def test_subject_of_a_copula_with_a_noun_is_a_place(nlp: Language) -> None:
    doc = _doc(
        nlp,
        ["Sudzha", "is", "the", "main", "town", "."],
        [1, 1, 4, 4, 1, 1],
        ["nsubj", "ROOT", "det", "amod", "attr", "punct"],
        pos=["PROPN", "AUX", "DET", "ADJ", "NOUN", "PUNCT"],
        lemmas=["Sudzha", "be", "the", "main", "town", "."],
        ents=["B-GPE", "O", "O", "O", "O", "O"],
    )
    assert [p.country for p in ext.places(doc)] == ["RUS"]


def test_possessor_of_a_title_is_a_metonym_but_of_a_region_a_place(nlp: Language) -> None:
    words = ["Ukraine", "'s", "President", "visited", "Russia", "'s", "Kursk", "region", "."]
    doc = _doc(
        nlp,
        words,
        [2, 0, 3, 3, 7, 4, 7, 3, 3],
        ["poss", "case", "nsubj", "ROOT", "poss", "case", "compound", "dobj", "punct"],
        pos=["PROPN", "PART", "PROPN", "VERB", "PROPN", "PART", "PROPN", "NOUN", "PUNCT"],
        tags=["NNP", "POS", "NNP", "VBD", "NNP", "POS", "NNP", "NN", "."],
        lemmas=["Ukraine", "'s", "President", "visit", "Russia", "'s", "Kursk", "region", "."],
        ents=["B-GPE", "O", "O", "O", "B-GPE", "O", "B-GPE", "I-GPE", "O"],
    )
    assert {(p.name, p.level) for p in ext.places(doc)} == {
        ("Russia", "country"),
        ("Kursk Oblast", "admin1"),
    }
    assert [m.span.text for m in metonyms(doc)] == ["Ukraine"]


def test_addressee_of_an_appeal_is_a_metonym(nlp: Language) -> None:
    doc = _doc(
        nlp,
        ["He", "urged", "Ukraine", "and", "Russia", "to", "negotiate", "."],
        [1, 1, 1, 2, 2, 6, 1, 1],
        ["nsubj", "ROOT", "dobj", "cc", "conj", "aux", "xcomp", "punct"],
        pos=["PRON", "VERB", "PROPN", "CCONJ", "PROPN", "PART", "VERB", "PUNCT"],
        lemmas=["he", "urge", "Ukraine", "and", "Russia", "to", "negotiate", "."],
        ents=["O", "O", "B-GPE", "O", "B-GPE", "O", "O", "O"],
    )
    assert ext.places(doc) == []
    assert [m.span.text for m in metonyms(doc)] == ["Ukraine", "Russia"]


def test_object_of_an_attack_is_a_place(nlp: Language) -> None:
    doc = _doc(
        nlp,
        ["Kyiv", "could", "attack", "Belarus", "."],
        [2, 2, 2, 2, 2],
        ["nsubj", "aux", "ROOT", "dobj", "punct"],
        pos=["PROPN", "AUX", "VERB", "PROPN", "PUNCT"],
        lemmas=["Kyiv", "could", "attack", "Belarus", "."],
        ents=["B-PERSON", "O", "O", "B-GPE", "O"],
    )
    assert [(p.name, p.country) for p in ext.places(doc)] == [("Belarus", "BLR")]
    assert [m.span.text for m in metonyms(doc)] == ["Kyiv"]


# ------------------------------------------------------------------ the seed


@pytest.mark.skipif(not list(seed_gold()), reason="shared evaluation data not present")
def test_seed_places_and_metonyms(nlp: Language) -> None:
    (item,) = seed_gold()
    doc = nlp(item.article.text)
    predicted = [(m.start, m.end, p) for p in ext.places(doc) for m in p.mentions]
    for gold in item.gold["places"]:
        at = item.locate(gold["text"], gold.get("context"))
        assert at is not None
        match = [p for s, e, p in predicted if s < at[1] and at[0] < e]
        assert match, gold
        assert km_between(match[0].lat, match[0].lon, gold["lat"], gold["lon"]) < 161, gold
        assert match[0].part == gold.get("part"), gold
    names = {doc.text[s:e] for s, e, _ in predicted}
    assert not names & set(item.gold["metonyms"])


def test_party_to_an_agreement_is_a_metonym_but_a_venue_is_a_place(nlp: Language) -> None:
    doc = _doc(
        nlp,
        ["They", "signed", "an", "agreement", "with", "Cairo", "in", "Ankara", "."],
        [1, 1, 3, 1, 3, 4, 1, 6, 1],
        ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "prep", "pobj", "punct"],
        pos=["PRON", "VERB", "DET", "NOUN", "ADP", "PROPN", "ADP", "PROPN", "PUNCT"],
        lemmas=["they", "sign", "an", "agreement", "with", "Cairo", "in", "Ankara", "."],
        ents=["O", "O", "O", "O", "O", "B-GPE", "O", "B-GPE", "O"],
    )
    assert [(p.name, p.country) for p in ext.places(doc)] == [("Ankara", "TUR")]
    assert [m.span.text for m in metonyms(doc)] == ["Cairo"]


def test_alternate_name_of_a_city_does_not_rescue_an_organisation(nlp: Language) -> None:
    doc = _run(nlp, "A statement from the White House said talks would resume.")
    assert "White House" not in _places(doc)


def test_front_line_phrasing(nlp: Language) -> None:
    doc = _run(nlp, "South of Krasnohorivka, Donetsk Oblast, troops repelled an assault.")
    places = _places(doc)
    assert places["Krasnohorivka"].country == "UKR"
    assert places["Krasnohorivka"].part == "south"
    assert (places["Donetsk Oblast"].level, places["Donetsk Oblast"].country) == ("admin1", "UKR")


def test_country_rejecting_is_an_actor(nlp: Language) -> None:
    doc = _run(nlp, "Pakistan rejects the accusation, and Islamabad has said so before.")
    assert ext.places(doc) == []
    assert {m.country for m in metonyms(doc)} == {"PAK"}


def test_a_country_as_party_to_an_agreement_is_still_a_place(nlp: Language) -> None:
    doc = _doc(
        nlp,
        ["They", "signed", "an", "agreement", "with", "Egypt", "."],
        [1, 1, 3, 1, 3, 4, 1],
        ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
        pos=["PRON", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
        lemmas=["they", "sign", "an", "agreement", "with", "Egypt", "."],
        ents=["O", "O", "O", "O", "O", "B-GPE", "O"],
    )
    assert [(p.name, p.country) for p in ext.places(doc)] == [("Egypt", "EGY")]


# ------------------------------------------------------------------ lists, datelines, features


def test_a_list_of_states_reads_each_member_as_a_state(nlp: Language) -> None:
    doc = _run(nlp, "Cases were confirmed in Oregon, Nevada, Missouri and Louisiana this week.")
    places = _places(doc)
    for name in ("Oregon", "Nevada", "Missouri", "Louisiana"):
        assert (places[name].level, places[name].country) == ("admin1", "USA"), name


def test_state_abbreviation_after_a_town(nlp: Language) -> None:
    doc = _run(nlp, "The fire broke out in a warehouse in Raleigh, N.C., late on Friday.")
    places = _places(doc)
    assert (places["N.C."].name, places["N.C."].level) == ("North Carolina", "admin1")
    assert km_between(places["Raleigh"].lat, places["Raleigh"].lon, 35.78, -78.64) < 30


def test_abbreviation_words_without_a_comma_are_not_states(nlp: Language) -> None:
    doc = _run(nlp, "Miss Lee and her sister moved to Boston last year.")
    assert set(_places(doc)) == {"Boston"}


def test_towns_listed_beside_a_place_are_places(nlp: Language) -> None:
    doc = _run(nlp, "The grocer closed its shops in Zilina, Nitra, Presov and Kosice in May.")
    places = _places(doc)
    assert {"Nitra", "Presov", "Kosice"} <= set(places)
    assert all(places[n].country == "SVK" for n in ("Nitra", "Presov", "Kosice"))


def test_dateline_in_capitals_is_a_place(nlp: Language) -> None:
    doc = _run(nlp, "COLUMBUS, Ohio (AP) — Two men were charged on Monday after a robbery.")
    columbus = _places(doc)["COLUMBUS"]
    assert km_between(columbus.lat, columbus.lon, 39.96, -83.0) < 30


def test_town_followed_by_its_region_is_a_place(nlp: Language) -> None:
    doc = _run(nlp, "Hundreds of migrants rested in Matias Romero, Oaxaca State, on Wednesday.")
    place = _places(doc)["Matias Romero"]
    assert place.country == "MEX"


def test_mixed_case_acronym_is_no_town(nlp: Language) -> None:
    doc = _run(nlp, "The MoD confirmed the death of a soldier on Thursday.")
    assert "MoD" not in _places(doc)


def test_the_eu_is_a_party_unless_something_is_in_it(nlp: Language) -> None:
    doc = _run(nlp, "EU ministers agreed on the plan. Prices rose sharply in the EU last year.")
    places = _places(doc)
    assert "EU" in places
    assert [m.start for p in ext.places(doc) for m in p.mentions if m.text == "EU"] == [
        doc.text.rindex("EU")
    ]
    assert any(m.span.text == "EU" for m in metonyms(doc))


def test_rivers_islands_and_ranges_are_features(nlp: Language) -> None:
    doc = _run(
        nlp,
        "Farmers along the Cauvery want more water. Tourists left Oahu and Maui early, "
        "and snow closed passes in the Himalayas.",
    )
    places = _places(doc)
    assert places["Cauvery"].country == "IND"
    assert places["Oahu"].country == places["Maui"].country == "USA"
    assert km_between(places["Himalayas"].lat, places["Himalayas"].lon, 28.0, 84.0) < 300


def test_british_county_named_bare(nlp: Language) -> None:
    doc = _run(nlp, "Police in Suffolk arrested a man in Ipswich after the crash.")
    suffolk = _places(doc)["Suffolk"]
    assert (suffolk.country, suffolk.level) == ("GBR", "admin2")


def test_a_big_city_keeps_its_name_beside_a_region_with_a_namesake(nlp: Language) -> None:
    doc = _run(nlp, "Fans drove from Dayton, Ohio, to watch the final in Louisville on Sunday.")
    louisville = _places(doc)["Louisville"]
    assert km_between(louisville.lat, louisville.lon, 38.25, -85.76) < 30  # Kentucky's


def test_university_named_after_a_state_is_no_state(nlp: Language) -> None:
    doc = _run(nlp, "Ohio State beat Michigan State 70-65 in the final on Saturday.")
    assert "Ohio State" not in _places(doc)


def test_a_street_is_placed_in_the_articles_town(nlp: Language) -> None:
    doc = _run(
        nlp,
        "Firefighters were called to a house in Winnipeg late on Friday. "
        "The blaze started in the 400 block of Assiniboine Avenue, officials said.",
    )
    street = _places(doc)["Assiniboine Avenue"]
    assert street.name == "Winnipeg"
    assert street == _places(doc)["Winnipeg"]


def test_streets_standing_for_a_trade_or_no_town_are_no_places(nlp: Language) -> None:
    doc = _run(nlp, "Shares fell on Wall Street. Protesters gathered on Station Road.")
    assert ext.places(doc) == []


def test_dotted_abbreviation_of_a_capital_is_a_place(nlp: Language) -> None:
    doc = _run(nlp, "Housing costs in D.C. have risen faster than anywhere else, she said.")
    dc = _places(doc)["D.C."]
    assert km_between(dc.lat, dc.lon, 38.9, -77.04) < 30


def test_a_body_named_after_its_town_names_that_town(nlp: Language) -> None:
    doc = _run(
        nlp,
        "A spokesman for the Beverly Hills Police Department said the driver was held.",
    )
    named = {m.name: m for m in metonyms(doc)}
    # Recognised and resolved, but the body is no place: kept with the metonyms.
    assert "Beverly Hills" in named
    assert named["Beverly Hills"].country == "USA"
    assert "Beverly Hills" not in _places(doc)


def test_a_small_town_or_a_county_opening_a_name_is_not_taken(nlp: Language) -> None:
    doc = _run(nlp, "The Allendale Woman's Club held its spring fashion show on Friday.")
    assert "Allendale" not in {m.name for m in metonyms(doc)}
    assert "Allendale" not in _places(doc)


def test_where_a_person_is_from(nlp: Language) -> None:
    doc = _run(nlp, "Police named the victim as Sarah Collins, of Hayes, who was 34.")
    place = _places(doc)["Hayes"]
    assert place.country == "GBR"
    doc = _run(nlp, "Married teachers David and Jodi Mahler of Bellmore won the prize.")
    assert _places(doc)["Bellmore"].country == "USA"


def test_a_club_named_after_its_town_names_that_town(nlp: Language) -> None:
    doc = _run(nlp, "Last night's 2-0 defeat of Bolton Wanderers lifted Fulham to fourth.")
    named = {m.name: m for m in metonyms(doc)}
    assert named["Bolton"].country == "GBR"
    assert "Bolton" not in _places(doc)


def test_a_name_once_a_place_is_a_place_where_nothing_labels_it(nlp: Language) -> None:
    doc = _run(
        nlp,
        "Shelling hit the town of Douma overnight, the observatory said. "
        "Douma is surrounded by government troops and has no power.",
    )
    place = _places(doc)["Douma"]
    assert place.country == "SYR"
    assert len(place.mentions) == 2


def test_major_airports_are_places_not_namesake_towns(nlp: Language) -> None:
    doc = _run(
        nlp,
        "The plane was grounded at Heathrow on Sunday. Passengers bound for Schiphol "
        "were rebooked.",
    )
    places = _places(doc)
    assert places["Heathrow"].country == "GBR"
    assert km_between(places["Heathrow"].lat, places["Heathrow"].lon, 51.47, -0.45) < 10
    assert places["Schiphol"].country == "NLD"


def test_a_towns_own_buildings_are_placed_in_that_town(nlp: Language) -> None:
    doc = _run(
        nlp,
        "Teachers in Oklahoma City walked out on Monday. Thousands rallied at the state "
        "Capitol, and the mayor met union leaders at City Hall.",
    )
    sites = {
        m.text: p
        for p in ext.places(doc)
        for m in p.mentions
        if "Hall" in m.text or "Capitol" in m.text
    }
    assert set(sites) == {"Capitol", "City Hall"}
    for place in sites.values():
        assert km_between(place.lat, place.lon, 35.47, -97.52) < 30


def test_a_longer_name_starting_like_a_civic_building_is_no_site(nlp: Language) -> None:
    doc = _run(nlp, "In Los Angeles, Capitol Records released the album on Friday.")
    assert not any("Capitol" in m.text for p in ext.places(doc) for m in p.mentions)


def test_a_street_is_placed_in_the_town_whose_police_report_it(nlp: Language) -> None:
    doc = _run(
        nlp,
        "Winnipeg police were called to the 300 block of Carlton Avenue on Friday. "
        "Two men were taken to hospital.",
    )
    place = _places(doc)["Carlton Avenue"]
    assert km_between(place.lat, place.lon, 49.9, -97.14) < 30


def test_a_street_opening_a_sentence_is_a_site(nlp: Language) -> None:
    doc = _run(
        nlp,
        "The parade began in New Orleans at noon. Magazine Street was closed for hours, "
        "officials said.",
    )
    place = _places(doc)["Magazine Street"]
    assert km_between(place.lat, place.lon, 29.95, -90.07) < 30


def test_us_counties_resolve_in_their_state(nlp: Language) -> None:
    doc = _run(
        nlp,
        "Wildfires forced evacuations across California on Monday. In Orange County, "
        "crews held the fire north of the freeway.",
    )
    place = _places(doc)["Orange County"]
    assert (place.level, place.country) == ("admin2", "USA")
    # Placed at the town of its name in its state: Orange, California.
    assert km_between(place.lat, place.lon, 33.79, -117.85) < 30
    doc = _run(nlp, "A New Jersey man who bought the ticket in Morris County has come forward.")
    place = _places(doc)["Morris County"]
    assert km_between(place.lat, place.lon, 40.86, -74.54) < 161


def test_a_body_named_after_a_county_names_that_county(nlp: Language) -> None:
    doc = _run(
        nlp,
        "Three inmates escaped on Sunday, according to the Walker County Sheriff's Office "
        "in Georgia.",
    )
    named = {m.name: m for m in metonyms(doc)}
    assert named["Walker County"].country == "USA"
    assert "Walker County" not in _places(doc)


def test_a_place_entity_cut_short_of_a_longer_name_takes_the_whole_name(nlp: Language) -> None:
    doc = _run(nlp, "The lottery is sold in 45 states and the U.S. Virgin Islands.")
    place = _places(doc)["U.S. Virgin Islands"]
    assert (place.level, place.country) == ("country", "VIR")
    assert "U.S." not in _places(doc)


def test_a_county_is_the_one_in_the_state_of_the_towns_named(nlp: Language) -> None:
    doc = _run(
        nlp,
        "The chase ended in Chattanooga late on Friday. Both men were taken to the "
        "Hamilton County jail.",
    )
    place = _places(doc)["Hamilton County"]
    assert place.level == "admin2"
    # Tennessee's Hamilton County, not Ohio's or Indiana's.
    assert km_between(place.lat, place.lon, 35.05, -85.31) < 200


def test_norwegian_counties_and_zimbabwean_provinces_are_first_level_regions(
    nlp: Language,
) -> None:
    doc = _run(nlp, "Poultry must be kept indoors in Rogaland, Vestfold and Telemark.")
    places = _places(doc)
    for name in ("Rogaland", "Vestfold", "Telemark"):
        assert (places[name].level, places[name].country) == ("admin1", "NOR")
    doc = _run(nlp, "Cholera cases rose in Mashonaland West and Manicaland this week.")
    places = _places(doc)
    assert places["Mashonaland West"].country == "ZWE"
    assert km_between(places["Manicaland"].lat, places["Manicaland"].lon, -18.9, 32.6) < 161


def test_a_town_followed_by_in_and_its_region_is_looked_for_there(nlp: Language) -> None:
    doc = _run(nlp, "The virus may have spread to Warwick in Queensland, officials said.")
    place = _places(doc)["Warwick"]
    assert place.country == "AUS"
