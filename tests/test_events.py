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
