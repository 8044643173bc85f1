"""Events: triggers, types, frames, actors and modality.

Parse-dependent rules are tested on hand-built ``Doc`` objects so that they do
not depend on the statistical model; a few end-to-end checks use the pipeline.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from claimwire.nlp import extensions as ext
from claimwire.nlp.countries import country_by_code, lookup_country
from claimwire.nlp.events import _parse_lexicon, find_events, load_lexicon, plover_event_type
from claimwire.pipeline import Extractor
from claimwire.records import Article, DateMention, Entity, Event, Place, Quantity, Span

Tok = tuple[str, int, str, str, str, str]  # word, head, dep, pos, lemma, tag
VOCAB = spacy.blank("en").vocab  # with the English lexical attributes (`lower_`...)


def make_doc(rows: list[Tok]) -> Doc:
    words = [r[0] for r in rows]
    doc = Doc(
        VOCAB,
        words=words,
        spaces=[True] * (len(words) - 1) + [False],
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        pos=[r[3] for r in rows],
        lemmas=[r[4] for r in rows],
        tags=[r[5] for r in rows],
        sent_starts=[True] + [False] * (len(words) - 1),
    )
    return doc


def span_of(doc: Doc, text: str) -> Span:
    start = doc.text.index(text)
    return Span(start, start + len(text), text)


# "Russian forces shelled Kharkiv on Monday ."
SHELLED = [
    ("Russian", 1, "amod", "ADJ", "russian", "JJ"),
    ("forces", 2, "nsubj", "NOUN", "force", "NNS"),
    ("shelled", 2, "ROOT", "VERB", "shell", "VBD"),
    ("Kharkiv", 2, "dobj", "PROPN", "Kharkiv", "NNP"),
    ("on", 2, "prep", "ADP", "on", "IN"),
    ("Monday", 4, "pobj", "PROPN", "Monday", "NNP"),
    (".", 2, "punct", "PUNCT", ".", "."),
]


def test_verb_trigger_typed_with_subject_as_actor_and_own_date_and_place() -> None:
    doc = make_doc(SHELLED)
    ext.places(doc).append(
        Place("p1", "Kharkiv", 49.99, 36.23, "UKR", "city", mentions=(span_of(doc, "Kharkiv"),))
    )
    ext.dates(doc).append(DateMention(span_of(doc, "on Monday"), "2024-05-13", "day"))
    (event,) = find_events(doc)
    assert (event.id, event.type, event.mode) == ("e1", "ASSAULT", "heavy-weapons")
    assert event.trigger.text == "shelled"
    assert [(a.code, a.sector) for a in event.actors] == [("RUS", "military")]
    assert event.place == "p1"
    assert [r.code for r in event.recipients] == ["UKR"]  # the struck town's state
    assert event.date is not None
    assert event.date.value == "2024-05-13"
    assert event.modality == "actual"


def test_passive_voice_takes_actor_from_by_phrase() -> None:
    # "Two journalists were detained by Iranian police ."
    doc = make_doc(
        [
            ("Two", 1, "nummod", "NUM", "two", "CD"),
            ("journalists", 3, "nsubjpass", "NOUN", "journalist", "NNS"),
            ("were", 3, "auxpass", "AUX", "be", "VBD"),
            ("detained", 3, "ROOT", "VERB", "detain", "VBN"),
            ("by", 3, "agent", "ADP", "by", "IN"),
            ("Iranian", 6, "amod", "ADJ", "iranian", "JJ"),
            ("police", 4, "pobj", "NOUN", "police", "NNS"),
            (".", 3, "punct", "PUNCT", ".", "."),
        ]
    )
    ext.quantities(doc).append(Quantity("q1", span_of(doc, "Two"), 2.0, category="arrested"))
    (event,) = find_events(doc)
    assert (event.type, event.mode) == ("COERCE", "arrest")
    assert [(a.code, a.sector) for a in event.actors] == [("IRN", "police")]
    assert [r.name for r in event.recipients] == ["Two journalists"]
    assert event.quantities == ("q1",)


def test_light_verb_phrase_wins_over_the_bare_lemma() -> None:
    # "Ukraine took 40 soldiers prisoner ."
    doc = make_doc(
        [
            ("Ukraine", 1, "nsubj", "PROPN", "Ukraine", "NNP"),
            ("took", 1, "ROOT", "VERB", "take", "VBD"),
            ("40", 3, "nummod", "NUM", "40", "CD"),
            ("soldiers", 4, "compound", "NOUN", "soldier", "NNS"),
            ("prisoner", 1, "dobj", "NOUN", "prisoner", "NN"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    (event,) = find_events(doc)
    assert (event.type, event.mode) == ("COERCE", "arrest")
    assert event.trigger.text == "took 40 soldiers prisoner"
    assert [a.code for a in event.actors] == ["UKR"]
    assert [r.sector for r in event.recipients] == ["military"]


def test_nominal_trigger_with_possessive_actor_and_of_recipient() -> None:
    # "Russia 's invasion of Ukraine began in 2022 ."
    doc = make_doc(
        [
            ("Russia", 2, "poss", "PROPN", "Russia", "NNP"),
            ("'s", 0, "case", "PART", "'s", "POS"),
            ("invasion", 5, "nsubj", "NOUN", "invasion", "NN"),
            ("of", 2, "prep", "ADP", "of", "IN"),
            ("Ukraine", 3, "pobj", "PROPN", "Ukraine", "NNP"),
            ("began", 5, "ROOT", "VERB", "begin", "VBD"),
            ("in", 5, "prep", "ADP", "in", "IN"),
            ("2022", 6, "pobj", "NUM", "2022", "CD"),
            (".", 5, "punct", "PUNCT", ".", "."),
        ]
    )
    (event,) = find_events(doc)
    assert event.type == "ASSAULT"
    assert event.trigger.text == "invasion"
    assert [a.code for a in event.actors] == ["RUS"]
    assert [r.code for r in event.recipients] == ["UKR"]


def test_statement_event_with_coordinated_recipients_and_hypothetical_complement() -> None:
    # "Belarus urged Ukraine and Russia to negotiate ."
    doc = make_doc(
        [
            ("Belarus", 1, "nsubj", "PROPN", "Belarus", "NNP"),
            ("urged", 1, "ROOT", "VERB", "urge", "VBD"),
            ("Ukraine", 1, "dobj", "PROPN", "Ukraine", "NNP"),
            ("and", 2, "cc", "CCONJ", "and", "CC"),
            ("Russia", 2, "conj", "PROPN", "Russia", "NNP"),
            ("to", 6, "aux", "PART", "to", "TO"),
            ("negotiate", 1, "xcomp", "VERB", "negotiate", "VB"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    request, consult = find_events(doc)
    assert (request.type, request.modality) == ("REQUEST", "actual")
    assert [a.code for a in request.actors] == ["BLR"]
    assert [r.code for r in request.recipients] == ["UKR", "RUS"]
    # Those urged are the ones who would negotiate; it has not happened.
    assert consult.type == "CONSULT"
    assert [a.code for a in consult.actors] == ["UKR", "RUS"]
    assert consult.modality == "hypothetical"


@pytest.mark.parametrize(
    ("aux", "modality"),
    [("will", "intended"), ("could", "hypothetical"), ("did", "actual")],
)
def test_modality_from_auxiliaries(aux: str, modality: str) -> None:
    # "Turkey <aux> recall its ambassador ."
    doc = make_doc(
        [
            ("Turkey", 2, "nsubj", "PROPN", "Turkey", "NNP"),
            (aux, 2, "aux", "AUX", aux, "MD"),
            ("recall", 2, "ROOT", "VERB", "recall", "VB"),
            ("its", 4, "poss", "PRON", "its", "PRP$"),
            ("ambassador", 2, "dobj", "NOUN", "ambassador", "NN"),
            (".", 2, "punct", "PUNCT", ".", "."),
        ]
    )
    (event,) = find_events(doc)
    assert (event.type, event.mode) == ("SANCTION", "withdraw")
    assert event.modality == modality


def test_negation_and_failed_to() -> None:
    # "Israel did not withdraw and failed to release hostages ."
    doc = make_doc(
        [
            ("Israel", 3, "nsubj", "PROPN", "Israel", "NNP"),
            ("did", 3, "aux", "AUX", "do", "VBD"),
            ("not", 3, "neg", "PART", "not", "RB"),
            ("withdraw", 3, "ROOT", "VERB", "withdraw", "VB"),
            ("and", 3, "cc", "CCONJ", "and", "CC"),
            ("failed", 3, "conj", "VERB", "fail", "VBD"),
            ("to", 7, "aux", "PART", "to", "TO"),
            ("release", 5, "xcomp", "VERB", "release", "VB"),
            ("hostages", 7, "dobj", "NOUN", "hostage", "NNS"),
            (".", 3, "punct", "PUNCT", ".", "."),
        ]
    )
    withdraw, release = find_events(doc)
    assert (withdraw.type, withdraw.modality) == ("RETREAT", "negated")
    assert (release.type, release.mode, release.modality) == ("RETREAT", "release", "negated")
    assert [a.code for a in release.actors] == ["ISR"]


def test_entity_records_give_persons_their_state() -> None:
    # "Erdogan condemned Israel ."
    doc = make_doc(
        [
            ("Erdogan", 1, "nsubj", "PROPN", "Erdogan", "NNP"),
            ("condemned", 1, "ROOT", "VERB", "condemn", "VBD"),
            ("Israel", 1, "dobj", "PROPN", "Israel", "NNP"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    ext.entities(doc).append(
        Entity(
            "ent1",
            "Recep Tayyip Erdogan",
            "person",
            country="TUR",
            mentions=(span_of(doc, "Erdogan"),),
        )
    )
    (event,) = find_events(doc)
    assert (event.type, event.mode) == ("ACCUSE", "disapprove")
    (actor,) = event.actors
    assert (actor.name, actor.code, actor.entity) == ("Recep Tayyip Erdogan", "TUR", "ent1")


def test_object_condition_selects_the_type() -> None:
    lexicon = load_lexicon()
    seize = lexicon[("seize", "V")]
    assert seize[0].obj
    assert seize[0].type == "COERCE"
    assert seize[-1].type == "ASSAULT"
    assert not seize[-1].obj
    # "Police seized the assets" vs "Rebels seized the town".
    for obj, lemma, expected in (("assets", "asset", "COERCE"), ("town", "town", "ASSAULT")):
        doc = make_doc(
            [
                ("Rebels", 1, "nsubj", "NOUN", "rebel", "NNS"),
                ("seized", 1, "ROOT", "VERB", "seize", "VBD"),
                ("the", 3, "det", "DET", "the", "DT"),
                (obj, 1, "dobj", "NOUN", lemma, "NNS"),
            ]
        )
        (event,) = find_events(doc)
        assert event.type == expected
        assert [a.sector for a in event.actors] == ["rebels"]


def test_lexicon_rejects_unknown_conditions() -> None:
    with pytest.raises(ValueError, match="unknown trigger condition"):
        _parse_lexicon("attack\tV\tASSAULT\t\tobject=x\n")
    rules = _parse_lexicon("# comment\ncall on\tV\tREQUEST\n")
    assert rules[("call", "V")][0].second == "on"


def test_country_table_names_demonyms_and_capitals() -> None:
    assert lookup_country("the United States's") is not None
    match = lookup_country("Ukrainian")
    assert match is not None
    assert (match.country.code, match.how) == ("UKR", "demonym")
    match = lookup_country("Moscow")
    assert match is not None
    assert (match.country.code, match.how) == ("RUS", "capital")
    assert lookup_country("us") is None  # a pronoun
    assert lookup_country("Atlantis") is None
    country = country_by_code("blr")
    assert country is not None
    assert country.name == "Belarus"


# ---------------------------------------------------------------- end to end


def test_pipeline_codes_events_in_a_written_report(extractor: Extractor) -> None:
    text = (
        "Ethiopian troops captured the town of Humera on Tuesday, officials said. "
        "The African Union urged both sides to hold talks. "
        "Eritrea threatened to close its border and said it would deploy more soldiers."
    )
    x = extractor.extract(Article(id="t1", text=text, published="2024-03-07"))
    by_type = {e.type: e for e in x.events}
    capture = by_type["ASSAULT"]
    assert capture.trigger.text == "captured"
    assert [a.code for a in capture.actors] == ["ETH"]
    request = by_type["REQUEST"]
    assert [a.name for a in request.actors] == ["African Union"]
    assert request.actors[0].sector == "igo"
    threat = by_type["THREATEN"]
    assert [a.code for a in threat.actors] == ["ERI"]
    mobilize = by_type["MOBILIZE"]
    assert mobilize.modality == "intended"
    assert [a.code for a in mobilize.actors] == ["ERI"]  # `it` is Eritrea, the speaker
    assert [e.id for e in x.events] == [f"e{n}" for n in range(1, len(x.events) + 1)]


def test_component_is_in_the_pipeline(nlp: Language) -> None:
    assert nlp.pipe_names[-1] == "claimwire_events"
    doc = nlp("Protesters rallied in the capital.")
    assert [e.type for e in ext.events(doc)] == ["PROTEST"]


def test_events_inside_claims_are_linked_to_them(extractor: Extractor) -> None:
    text = (
        "The army said its units had repelled an attack near the border on Monday. "
        "Rebels later seized two villages, residents said. "
        "Police arrested twelve protesters in the capital."
    )
    x = extractor.extract(Article(id="t2", text=text, published="2024-05-08"))
    assert x.events
    for event in x.events:
        holders = [c for c in x.claims if c.content.contains(event.trigger)]
        if holders:
            innermost = min(holders, key=lambda c: c.content.end - c.content.start)
            assert event.claim == innermost.id
        else:
            assert event.claim is None
    arrest = next(e for e in x.events if e.type == "COERCE")
    assert arrest.claim is None  # the reporter narrates it


def test_reported_obligation_is_a_request_by_the_speaker() -> None:
    # "Britain said Libya must hand over the suspects ."
    doc = make_doc(
        [
            ("Britain", 1, "nsubj", "PROPN", "Britain", "NNP"),
            ("said", 1, "ROOT", "VERB", "say", "VBD"),
            ("Libya", 4, "nsubj", "PROPN", "Libya", "NNP"),
            ("must", 4, "aux", "AUX", "must", "MD"),
            ("hand", 1, "ccomp", "VERB", "hand", "VB"),
            ("over", 4, "prt", "ADP", "over", "RP"),
            ("the", 7, "det", "DET", "the", "DT"),
            ("suspects", 4, "dobj", "NOUN", "suspect", "NNS"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    (event,) = find_events(doc)
    assert (event.type, event.trigger.text, event.modality) == ("REQUEST", "must hand", "actual")
    assert [a.code for a in event.actors] == ["GBR"]
    assert [r.code for r in event.recipients] == ["LBY"]


def test_plover_convention_for_announced_acts() -> None:
    trigger = Span(0, 4, "give")
    assert plover_event_type(Event("e1", "AID", trigger, modality="intended")) == "AGREE"
    assert plover_event_type(Event("e1", "SANCTION", trigger, modality="intended")) == "THREATEN"
    assert plover_event_type(Event("e1", "AGREE", trigger, modality="negated")) == "REJECT"
    assert plover_event_type(Event("e1", "ASSAULT", trigger)) == "ASSAULT"


def test_bare_group_noun_refers_to_the_articles_armed_group() -> None:
    # "The group attacked a convoy ."
    doc = make_doc(
        [
            ("The", 1, "det", "DET", "the", "DT"),
            ("group", 2, "nsubj", "NOUN", "group", "NN"),
            ("attacked", 2, "ROOT", "VERB", "attack", "VBD"),
            ("a", 4, "det", "DET", "a", "DT"),
            ("convoy", 2, "dobj", "NOUN", "convoy", "NN"),
            (".", 2, "punct", "PUNCT", ".", "."),
        ]
    )
    rebels = Entity(
        "ent1", "Free Hills Front", "group", mentions=(Span(0, 1, "x"), Span(2, 3, "y"))
    )
    ext.entities(doc).append(rebels)
    (event,) = find_events(doc)
    assert [(a.name, a.entity, a.sector) for a in event.actors] == [
        ("Free Hills Front", "ent1", "rebels")
    ]


def test_quantities_stay_in_their_own_clause() -> None:
    # "Russia bolstered defences as 900 people were ordered to evacuate ."
    doc = make_doc(
        [
            ("Russia", 1, "nsubj", "PROPN", "Russia", "NNP"),
            ("bolstered", 1, "ROOT", "VERB", "bolster", "VBD"),
            ("defences", 1, "dobj", "NOUN", "defence", "NNS"),
            ("as", 7, "mark", "SCONJ", "as", "IN"),
            ("900", 5, "nummod", "NUM", "900", "CD"),
            ("people", 7, "nsubjpass", "NOUN", "people", "NNS"),
            ("were", 7, "auxpass", "AUX", "be", "VBD"),
            ("ordered", 1, "advcl", "VERB", "order", "VBN"),
            ("to", 9, "aux", "PART", "to", "TO"),
            ("evacuate", 7, "xcomp", "VERB", "evacuate", "VB"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    ext.quantities(doc).append(Quantity("q1", span_of(doc, "900 people"), 900.0))
    mobilize, evacuate = find_events(doc)
    assert mobilize.type == "MOBILIZE"
    assert mobilize.quantities == ()
    assert (evacuate.type, evacuate.quantities) == ("COERCE", ("q1",))
    assert [r.name for r in evacuate.recipients] == ["900 people"]


def test_pronouns_around_titled_people_do_not_send_the_coder_in_circles(
    extractor: Extractor,
) -> None:
    # Resolving a person's state can resolve a pronoun, which asks for the
    # article's context while that context is still being built.
    text = (
        "The former finance chief at US telecoms firm Nortex has admitted before a Boston "
        "court that he used to lie to fellow board members. Speaking at the trial of his "
        "former boss Bernard Ebbers, Scott Sullivan said he lied to the board to cover up the "
        "losses in Nortex's accounts."
    )
    extraction = extractor.extract(Article(id="trial", text=text, published="2005-02-10"))
    assert any(c.speaker_name.endswith("Sullivan") for c in extraction.claims)


def test_pronouns_in_titles_do_not_loop(nlp: Language) -> None:
    # A possessive in a title sends resolution to the speaker, whose title sends it back.
    text = (
        "President Ana Reyes said her foreign minister Luis Ortega would visit Lima. "
        "Ortega said his president had ordered troops to withdraw from the border."
    )
    doc = nlp(text)
    events = ext.events(doc)
    assert {e.type for e in events} >= {"CONSULT", "RETREAT"}
    assert "cw_events_context" not in doc.user_data  # no working state left behind


# ---------------------------------------------------------------- actors by phenomenon

# "Opposition leaders agreed to postpone the rally in Baku ."
POSTPONE = [
    ("Opposition", 1, "compound", "NOUN", "opposition", "NN"),
    ("leaders", 2, "nsubj", "NOUN", "leader", "NNS"),
    ("agreed", 2, "ROOT", "VERB", "agree", "VBD"),
    ("to", 4, "aux", "PART", "to", "TO"),
    ("postpone", 2, "xcomp", "VERB", "postpone", "VB"),
    ("the", 6, "det", "DET", "the", "DT"),
    ("rally", 4, "dobj", "NOUN", "rally", "NN"),
    ("in", 6, "prep", "ADP", "in", "IN"),
    ("Baku", 7, "pobj", "PROPN", "Baku", "NNP"),
    (".", 2, "punct", "PUNCT", ".", "."),
]


def test_actor_of_no_known_state_belongs_to_the_one_state_the_article_names() -> None:
    doc = make_doc(POSTPONE)
    ext.places(doc).append(
        Place("p1", "Baku", 40.38, 49.89, "AZE", "city", mentions=(span_of(doc, "Baku"),))
    )
    agree = next(e for e in find_events(doc) if e.type == "AGREE")
    assert [(a.name, a.code) for a in agree.actors] == [("Opposition leaders", "AZE")]


def test_actor_of_no_known_state_is_not_given_the_state_it_acts_on() -> None:
    # "Hackers defaced Danish websites ."
    doc = make_doc(
        [
            ("Hackers", 1, "nsubj", "NOUN", "hacker", "NNS"),
            ("defaced", 1, "ROOT", "VERB", "deface", "VBD"),
            ("Danish", 3, "amod", "ADJ", "danish", "JJ"),
            ("websites", 1, "dobj", "NOUN", "website", "NNS"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    (event,) = find_events(doc)
    assert event.type == "COERCE"
    assert [r.code for r in event.recipients] == ["DNK"]
    assert all(a.code is None for a in event.actors)


def test_two_states_named_leave_an_unplaced_actor_without_one() -> None:
    doc = make_doc(POSTPONE)
    for name, code, lat, lon in (("Baku", "AZE", 40.38, 49.89), ("Tbilisi", "GEO", 41.7, 44.8)):
        mention = span_of(doc, "Baku") if name == "Baku" else Span(0, 0, "")
        ext.places(doc).append(Place(f"p{code}", name, lat, lon, code, "city", mentions=(mention,)))
    agree = next(e for e in find_events(doc) if e.type == "AGREE")
    assert [a.code for a in agree.actors] == [None]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Security Council agreed to extend the mission.", None),
        ("Maria Lopez, the United Nations relief coordinator, demanded that the roads open.", None),
        ("The International Labour Organization demanded that the factories reopen.", None),
    ],
)
def test_international_bodies_and_their_officials_are_igo_actors(
    nlp: Language, text: str, name: str | None
) -> None:
    doc = nlp(text)
    event = ext.events(doc)[0]
    assert [a.sector for a in event.actors] == ["igo"]
    assert all(a.code is None for a in event.actors)


def test_an_ethnic_minority_belongs_to_the_state_it_lives_in(nlp: Language) -> None:
    doc = nlp("About 300 ethnic Hungarians demonstrated in Romania on Sunday.")
    (event,) = (e for e in ext.events(doc) if e.type == "PROTEST")
    assert [(a.code, a.sector) for a in event.actors] == [("ROU", "civilians")]
    doc = nlp("Hungarians demonstrated in Romania on Sunday.")
    (event,) = (e for e in ext.events(doc) if e.type == "PROTEST")
    assert [a.code for a in event.actors] == ["HUN"]  # not a minority: their own state


def test_a_named_region_gives_its_state_not_its_modifiers(nlp: Language) -> None:
    doc = nlp("Palestinians of the Israeli-occupied West Bank protested on Monday.")
    (event,) = ext.events(doc)
    assert [a.code for a in event.actors] == ["PSE"]


def test_plover_codes_an_agentless_event_to_the_state_where_it_happened() -> None:
    from claimwire.nlp.events import plover_actors
    from claimwire.records import Actor

    basra = Place("p1", "Basra", 30.5, 47.8, "IRQ", "city")
    blast = Event("e1", "ASSAULT", Span(0, 5, "blast"), place="p1")
    assert [(a.code, a.name) for a in plover_actors(blast, [basra])] == [("IRQ", "Iraq")]
    named = replace_actors(blast, (Actor("Rebels", sector="rebels"),))
    assert plover_actors(named, [basra]) == named.actors  # a named actor stays
    assert plover_actors(Event("e2", "ASSAULT", Span(0, 5, "blast")), [basra]) == ()


def replace_actors(event: Event, actors: tuple[object, ...]) -> Event:
    from dataclasses import replace

    return replace(event, actors=actors)  # type: ignore[arg-type]


def test_place_reached_through_nested_phrases_is_the_events(nlp: Language) -> None:
    doc = nlp("Three soldiers were killed outside the city of Basra on Sunday.")
    (event,) = (e for e in ext.events(doc) if e.type == "ASSAULT")
    place = next(p for p in ext.places(doc) if p.id == event.place)
    assert place.country == "IRQ"


# ---------------------------------------------------------------- claim link


def test_a_speakers_own_demand_is_narrated_and_a_reported_act_is_claimed(
    extractor: Extractor,
) -> None:
    text = (
        '"I urge both sides to return to the table," Anna Berg told reporters on Monday. '
        '"Their gunmen attacked our convoy near the border," she said.'
    )
    x = extractor.extract(Article(id="t3", text=text, published="2024-05-08"))
    request = next(e for e in x.events if e.type == "REQUEST")
    assert any(c.content.contains(request.trigger) for c in x.claims)
    assert request.claim is None  # the urging is done by saying it: the reporter narrates it
    assert [a.name for a in request.actors] == ["Anna Berg"]  # `I` is the speaker
    attack = next(e for e in x.events if e.type == "ASSAULT")
    assert attack.claim is not None  # what she reports happened is her claim
    assert next(c for c in x.claims if c.id == attack.claim).speaker_name == "Anna Berg"


# ---------------------------------------------------------------- precision


@pytest.mark.parametrize(
    "text",
    [
        "Officials described the raid as an attack on the state.",
        "Analysts say the buildup poses a threat to the region.",
        "The ministry said the decision was a threat to peace.",
        "There is a consensus among experts that the partnership will last.",
        "The ministry did not respond to a request for comment.",
    ],
)
def test_characterising_and_relation_nouns_are_no_events(nlp: Language, text: str) -> None:
    doc = nlp(text)
    nouns = {"attack", "threat", "consensus", "partnership", "request"}
    assert not [e for e in ext.events(doc) if e.trigger.text in nouns]


def test_forming_a_relation_is_an_event(nlp: Language) -> None:
    doc = nlp("The two states forged an alliance in March.")
    assert [e.type for e in ext.events(doc)] == ["COOPERATE"]


def test_a_definite_later_mention_is_the_same_event(nlp: Language) -> None:
    doc = nlp("Rebels ambushed a convoy near the border on Monday. The attack left six dead.")
    assert [e.trigger.text for e in ext.events(doc) if e.type == "ASSAULT"] == ["ambushed"]
    doc = nlp("Rebels ambushed a convoy on Monday. The attack on the airport came later.")
    assert len([e for e in ext.events(doc) if e.type == "ASSAULT"]) == 2  # described anew


def test_the_one_state_an_act_is_aimed_at_is_not_its_actors(nlp: Language) -> None:
    doc = nlp("Senator Ann Holt threatened further action against Russia on Monday.")
    (event,) = (e for e in ext.events(doc) if e.type == "THREATEN")
    assert [a.code for a in event.actors] == [None]
    doc = nlp("Opposition leaders agreed on Monday to postpone the march in Baku.")
    agree = next(e for e in ext.events(doc) if e.type == "AGREE")
    assert [a.code for a in agree.actors] == ["AZE"]  # where it happens: their state


def test_a_mediation_between_two_parties_is_the_mediators(nlp: Language) -> None:
    doc = nlp("Norway's envoy launched a mediation effort between Sudan and South Sudan.")
    (event,) = (e for e in ext.events(doc) if e.type == "CONSULT")
    assert [a.code for a in event.actors] == ["NOR"]
    assert sorted(r.code or "" for r in event.recipients) == ["SDN", "SSD"]


def test_the_one_quoted_as_saying_is_the_speaker(nlp: Language) -> None:
    doc = nlp("King Hassan of Morocco was quoted as saying he would host a meeting.")
    host = next(e for e in ext.events(doc) if e.trigger.text == "host")
    assert [a.code for a in host.actors] == ["MAR"]


def test_a_former_leader_is_coded_to_the_state_he_led(nlp: Language) -> None:
    doc = nlp("President Abdelaziz Bouteflika threatened to impose a curfew.")
    event = next(e for e in ext.events(doc) if e.type == "THREATEN")
    assert [a.code for a in event.actors] == ["DZA"]


def test_a_suspension_of_links_is_a_sanction(nlp: Language) -> None:
    doc = nlp("Italy announced a suspension of air links with Serbia.")
    assert [e.type for e in ext.events(doc)] == ["SANCTION"]


def test_a_must_in_a_quote_is_the_speakers_demand(extractor: Extractor) -> None:
    text = (
        '"If the rebels are serious, then they must stop shelling the villages and return '
        'to the talks," Omar Diallo told reporters.'
    )
    x = extractor.extract(Article(id="t4", text=text, published="2024-05-08"))
    (request,) = (e for e in x.events if e.type == "REQUEST")
    assert request.trigger.text.startswith("must")
    assert [a.name for a in request.actors] == ["Omar Diallo"]
    assert request.claim is None  # demanded by saying it
    x = extractor.extract(Article(id="t5", text='"We must be ready," Omar Diallo said.'))
    assert not [e for e in x.events if e.type == "REQUEST"]  # a resolve, not a demand


def test_an_event_a_speaker_reacts_to_is_not_theirs_but_one_announced_is(
    extractor: Extractor,
) -> None:
    text = (
        "The minister condemned the bombing of the market in Gao. "
        "The army chief announced the deployment of two battalions to the north."
    )
    x = extractor.extract(Article(id="t6", text=text, published="2024-05-08"))
    bombing = next(e for e in x.events if e.trigger.text == "bombing")
    assert any(c.content.contains(bombing.trigger) for c in x.claims)
    assert bombing.claim is None  # condemned: the reporter narrates the bombing
    deployment = next(e for e in x.events if e.trigger.text == "deployment")
    assert deployment.claim is not None  # announced: the chief asserts it
