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
