"""The quantity extractor: numbers, bounds, units, counted nouns and categories.

Categories depend on the parse, so those tests build Docs by hand; number and
unit reading is tested on a blank pipeline; names and pronouns end to end.
"""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from claimwire.nlp import extensions as ext
from claimwire.nlp._numbers import parse_number, word_number
from claimwire.nlp.dates import DateResolver
from claimwire.nlp.quantities import QuantityExtractor
from claimwire.records import Quantity

PUBLISHED = dt.date(2024, 8, 15)


@pytest.fixture(scope="module")
def blank() -> Language:
    return spacy.blank("en")


def run(doc: Doc) -> list[Quantity]:
    doc._.cw_published = PUBLISHED
    vocab_nlp = spacy.blank("en")
    doc = DateResolver(vocab_nlp, "claimwire_dates")(doc)
    return ext.quantities(QuantityExtractor(vocab_nlp, "claimwire_quantities")(doc))


def parsed(rows: list[tuple[str, int, str, str, str, str]]) -> Doc:
    """A Doc from (word, head, dep, tag, pos, lemma) rows."""
    words, heads, deps, tags, pos, lemmas = (list(col) for col in zip(*rows, strict=True))
    return Doc(
        spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos,
        lemmas=lemmas,
    )  # fmt: skip


def test_numbers_in_words_and_digits() -> None:
    assert parse_number("120,000") == 120_000
    assert parse_number("1.2 million") == 1_200_000
    assert parse_number("9bn") == 9e9
    assert word_number("two dozen") == 24
    assert word_number("two hundred and fifty") == 250
    assert word_number("forty-five") == 45
    assert parse_number("many") is None


def test_prisoners_taken_with_a_lower_bound() -> None:
    doc = parsed([
        ("Ukraine", 2, "nsubj", "NNP", "PROPN", "Ukraine"),
        ("has", 2, "aux", "VBZ", "AUX", "have"),
        ("taken", 2, "ROOT", "VBN", "VERB", "take"),
        ("more", 5, "amod", "JJR", "ADJ", "more"),
        ("than", 5, "quantmod", "IN", "ADP", "than"),
        ("100", 7, "nummod", "CD", "NUM", "100"),
        ("Russian", 7, "amod", "JJ", "ADJ", "russian"),
        ("soldiers", 8, "compound", "NNS", "NOUN", "soldier"),
        ("prisoner", 2, "dobj", "NN", "NOUN", "prisoner"),
        (".", 2, "punct", ".", "PUNCT", "."),
    ])  # fmt: skip
    (q,) = run(doc)
    assert q.span.text == "more than 100 Russian soldiers"
    assert (q.value, q.qualifier, q.unit, q.category) == (100, "more_than", "person", "prisoners")
    assert q.counted == "Russian soldiers"
    assert q.id == "q1"
    assert q.claim is None


def test_people_ordered_to_evacuate_are_evacuees() -> None:
    doc = parsed([
        ("More", 2, "amod", "JJR", "ADJ", "more"),
        ("than", 2, "quantmod", "IN", "ADP", "than"),
        ("120,000", 3, "nummod", "CD", "NUM", "120,000"),
        ("people", 5, "nsubjpass", "NNS", "NOUN", "people"),
        ("were", 5, "auxpass", "VBD", "AUX", "be"),
        ("ordered", 5, "ROOT", "VBN", "VERB", "order"),
        ("to", 7, "aux", "TO", "PART", "to"),
        ("evacuate", 5, "xcomp", "VB", "VERB", "evacuate"),
        (".", 5, "punct", ".", "PUNCT", "."),
    ])  # fmt: skip
    (q,) = run(doc)
    assert (q.value, q.qualifier, q.unit, q.category) == (
        120_000,
        "more_than",
        "person",
        "evacuees",
    )


def test_a_bare_count_of_the_killed_counts_people() -> None:
    doc = parsed([
        ("The", 1, "det", "DT", "DET", "the"),
        ("strike", 2, "nsubj", "NN", "NOUN", "strike"),
        ("killed", 2, "ROOT", "VBD", "VERB", "kill"),
        ("at", 4, "advmod", "RB", "ADV", "at"),
        ("least", 5, "advmod", "JJS", "ADJ", "least"),
        ("12", 2, "dobj", "CD", "NUM", "12"),
        (".", 2, "punct", ".", "PUNCT", "."),
    ])  # fmt: skip
    (q,) = run(doc)
    assert (q.span.text, q.value, q.qualifier) == ("at least 12", 12, "at_least")
    assert (q.unit, q.category) == ("person", "killed")


def test_population_and_fraction_of_territory() -> None:
    doc = parsed([
        ("It", 1, "nsubj", "PRP", "PRON", "it"),
        ("had", 1, "ROOT", "VBD", "VERB", "have"),
        ("a", 3, "det", "DT", "DET", "a"),
        ("population", 1, "dobj", "NN", "NOUN", "population"),
        ("of", 3, "prep", "IN", "ADP", "of"),
        ("around", 6, "quantmod", "IN", "ADP", "around"),
        ("5,000", 7, "nummod", "CD", "NUM", "5,000"),
        ("people", 4, "pobj", "NNS", "NOUN", "people"),
        ("and", 1, "cc", "CC", "CCONJ", "and"),
        ("lost", 1, "conj", "VBD", "VERB", "lose"),
        ("a", 11, "det", "DT", "DET", "a"),
        ("fifth", 9, "dobj", "NN", "NOUN", "fifth"),
        ("of", 11, "prep", "IN", "ADP", "of"),
        ("its", 14, "poss", "PRP$", "PRON", "its"),
        ("territory", 12, "pobj", "NN", "NOUN", "territory"),
        (".", 1, "punct", ".", "PUNCT", "."),
    ])  # fmt: skip
    population, fraction = run(doc)
    assert (population.span.text, population.value, population.qualifier) == (
        "around 5,000 people",
        5000,
        "about",
    )
    assert (population.unit, population.category) == ("person", "population")
    assert fraction.span.text == "a fifth of its territory"
    assert (fraction.value, fraction.unit, fraction.category) == (0.2, "fraction", "area")


@pytest.mark.parametrize(
    ("text", "span", "value", "upper", "qualifier", "unit"),
    [
        ("Troops advanced 35km (22 miles) into the region.", "35km", 35, None, "exact", "km"),
        ("Between 1,500 and 3,000 fled.", "Between 1,500 and 3,000", 1500, 3000, "range", None),
        ("It lies 10-15 km away.", "10-15 km", 10, 15, "range", "km"),
        ("The aid package is worth $9bn.", "$9bn", 9e9, None, "exact", "USD"),
        ("Britain pledged £40m in aid.", "£40m", 40e6, None, "exact", "GBP"),
        ("It costs about €3.5 billion.", "about €3.5 billion", 3.5e9, None, "about", "EUR"),
        ("Prices rose by up to 30% overnight.", "up to 30%", 30, None, "at_most", "percent"),
        ("The ceasefire lasted nearly 48 hours.", "nearly 48 hours", 48, None, "about", "hour"),
        ("The war lasted more than a decade.", "more than a decade", 10, None, "more_than", "year"),
        ("It is 2.5 square kilometres wide.", "2.5 square kilometres", 2.5, None, "exact", "km2"),
    ],
)
def test_values_bounds_and_units(blank, text, span, value, upper, qualifier, unit) -> None:
    (q,) = run(blank(text))
    assert q.span.text == span
    assert (q.value, q.upper, q.qualifier, q.unit) == (pytest.approx(value), upper, qualifier, unit)


def test_measures_get_their_category(blank) -> None:
    distance, money = run(blank("A column 35km long cost $12m to stop."))
    assert (distance.category, money.category) == ("distance", "money")


def test_vague_counts_take_acleds_lower_bound(blank) -> None:
    (q,) = run(blank("Hundreds of protesters gathered."))
    assert (q.value, q.qualifier) == (100, "at_least")
    assert q.span.text.startswith("Hundreds")
    (q,) = run(blank("Tens of thousands marched."))
    assert (q.value, q.qualifier) == (10_000, "at_least")


def test_dates_clock_times_and_ordinals_are_not_quantities(blank) -> None:
    assert run(blank("The incursion began on 6 August 2024 at 5 p.m.")) == []
    assert run(blank("The 22nd brigade moved at 10:30.")) == []


def test_numbers_inside_names_and_pronoun_one_are_not_quantities(nlp: Language) -> None:
    doc = nlp.make_doc(
        "It was the first such incursion since World War Two. No one saw the Apollo 11 "
        "capsule. One of the victims was a child. The G20 summit opened."
    )
    doc._.cw_published = PUBLISHED
    found = [q.span.text for q in ext.quantities(nlp(doc))]
    assert found == []


def test_end_to_end_conversion_pair_is_one_quantity(nlp: Language) -> None:
    doc = nlp.make_doc("Kyiv said its forces had advanced 35km (22 miles) into Russia.")
    doc._.cw_published = PUBLISHED
    (q,) = ext.quantities(nlp(doc))
    assert (q.span.text, q.value, q.unit, q.category) == ("35km", 35, "km", "distance")


def test_names_glued_to_numbers_scores_and_rates(blank) -> None:
    assert run(blank("The network offers 5G coverage and a 3D map.")) == []
    assert run(blank("The match ended 2-2 after extra time.")) == []
    (q,) = run(blank("Brent traded at $58 per barrel."))
    assert (q.value, q.unit, q.category) == (58, "USD per barrel", "money")


def test_a_change_then_a_level_is_not_a_range_but_a_close_pair_is(blank) -> None:
    change, level = run(blank("Shares rose by 6.5% to 164p."))
    assert (change.value, change.unit, level.value, level.unit) == (6.5, "percent", 164, "pence")
    (q,) = run(blank("Temperatures fell by 1 to 1.5 degrees Celsius."))
    assert (q.value, q.upper, q.qualifier, q.unit) == (1, 1.5, "range", "celsius")


def test_ages_in_years_with_open_bounds(blank) -> None:
    (q,) = run(blank("Only men over the age of 21 were called up."))
    assert (q.value, q.unit) == (21, "year")
    (q,) = run(blank("Girls aged 12 and older were barred."))
    assert (q.span.text, q.value, q.qualifier, q.unit) == ("12 and older", 12, "at_least", "year")
    (q,) = run(blank("A 30-year-old driver was held."))
    assert (q.value, q.unit) == (30, "year")


def test_folds_and_times(blank) -> None:
    fold, times = run(blank("Deaths rose almost tenfold; he visited 10 times."))
    assert (fold.value, fold.qualifier, fold.unit) == (10, "about", "fold")
    assert (times.value, times.unit) == (10, "occurrence")


def test_people_freed_were_hostages_but_freed_prisoners_stay_prisoners() -> None:
    doc = parsed([
        ("Troops", 1, "nsubj", "NNS", "NOUN", "troop"),
        ("rescued", 1, "ROOT", "VBD", "VERB", "rescue"),
        ("190", 3, "nummod", "CD", "NUM", "190"),
        ("passengers", 1, "dobj", "NNS", "NOUN", "passenger"),
        ("and", 1, "cc", "CC", "CCONJ", "and"),
        ("freed", 1, "conj", "VBD", "VERB", "free"),
        ("12", 7, "nummod", "CD", "NUM", "12"),
        ("prisoners", 5, "dobj", "NNS", "NOUN", "prisoner"),
        (".", 1, "punct", ".", "PUNCT", "."),
    ])  # fmt: skip
    passengers, prisoners = run(doc)
    assert (passengers.value, passengers.category) == (190, "hostages")
    assert (prisoners.value, prisoners.category) == (12, "prisoners")


# ---------------------------------------------------------------- NewsQuant phenomena


@pytest.mark.parametrize(
    ("text", "span", "value", "upper", "qualifier", "unit"),
    [
        ("Shares were offered between $30 and $34 per share.", "between $30 and $34 per share",
         30, 34, "range", "USD per share"),
        ("Its 0-to-100-km/h time is quick.", "0-to-100-km/h", 0, 100, "range", "km/h"),
        ("The vent sits at a depth of ~2.5km.", "~2.5km", 2.5, None, "about", "km"),
        ("The gas sold at $3.10 per mmBtu.", "$3.10 per mmBtu", 3.1, None, "exact",
         "USD per mmbtu"),
        ("He was fined PS2.5m last year.", "PS2.5m", 2.5e6, None, "exact", "GBP"),
        ("It was 25C in Kyiv at noon.", "25C", 25, None, "exact", "celsius"),
    ],
)  # fmt: skip
def test_ranges_rates_tilde_and_folded_pounds(blank, text, span, value, upper, qualifier, unit):
    (q,) = run(blank(text))
    assert q.span.text == span
    assert (q.value, q.upper, q.qualifier, q.unit) == (pytest.approx(value), upper, qualifier, unit)


def test_fractions_keep_their_exact_value(blank) -> None:
    (q,) = run(blank("A third of the residents fled."))
    assert (q.value, q.unit) == (1 / 3, "fraction")


def test_years_of_eras_and_date_ranges_and_index_names_are_not_quantities(blank) -> None:
    assert run(blank("The fort was held between A.D. 900 and 1150 by the Franks.")) == []
    assert run(blank("The city was founded in 300 BC by traders.")) == []
    assert run(blank("The PS5 console sold out.")) == []
    found = run(blank("The FTSE 100 fell 1.2% while the s&p 500 was flat."))
    assert [q.span.text for q in found] == ["1.2%"]


def test_a_second_year_after_a_date_is_a_date(blank) -> None:
    doc = blank("The insurgency lasted from 2014 to 2022 in the east.")
    assert [q.span.text for q in run(doc)] == []


def test_an_age_after_a_name_is_in_years(nlp: Language) -> None:
    doc = nlp.make_doc("John Smith, 44, was detained at the border on Tuesday.")
    doc._.cw_published = PUBLISHED
    (q,) = ext.quantities(nlp(doc))
    assert (q.span.text, q.value, q.unit) == ("44", 44, "year")


def test_a_bare_number_shares_the_unit_of_its_like_neighbour(nlp: Language) -> None:
    doc = nlp.make_doc(
        "The strike destroyed 40 homes in Kharkiv and 12 in Izium. The army said it "
        "killed 12 soldiers and wounded 30. His fortune of 1.3 billion ($1.7bn) grew."
    )
    doc._.cw_published = PUBLISHED
    found = {q.span.text: q for q in ext.quantities(nlp(doc))}
    assert (found["12"].unit, found["12"].counted) == ("home", None)
    assert (found["30"].unit, found["30"].category) == ("person", "wounded")
    assert found["1.3 billion"].unit is None  # a restatement in brackets lends nothing
    assert found["$1.7bn"].unit == "USD"


def test_a_number_before_a_compound_counts_the_first_noun(nlp: Language) -> None:
    doc = nlp.make_doc("The commission published a 12 page report on the siege.")
    doc._.cw_published = PUBLISHED
    (q,) = ext.quantities(nlp(doc))
    assert (q.value, q.unit, q.counted) == (12, "page", "page")


# ---------------------------------------------------------------- the CQE adapter


def test_records_become_cqe_tags_with_newsquant_conventions(nlp: Language) -> None:
    from benchmarks.quantities import tags_from_quantities

    def tags(text: str) -> list[tuple[object, str, str]]:
        doc = nlp(text)
        return [(t.value, t.unit, t.change) for t in tags_from_quantities(doc, ext.quantities(doc))]

    # a vague plural is the decade it opens, exact
    assert tags("Dozens of villagers fled.") == [((12.0, 120.0), "villager", "=")]
    # a rise word before an exact number is `up`; a level after `to` is not a change
    assert tags("Profit rose 12% to $4 billion.") == [
        (12.0, "percentage", "up"),
        (4e9, "dollar", "="),
    ]
    # a qualifier wins over the rise word; a restatement repeats the change
    assert tags("The index lost 90 points, or 1.5%.") == [
        (90.0, "point", "down"),
        (1.5, "percentage", "down"),
    ]
    assert tags("Output was up about 7% in May.")[0][2] == "~"
    # fractions are NewsQuant's `% <counted>`
    assert tags("A quarter of those polled agreed.") == [(0.25, "% -", "=")]


def test_the_cqe_script_counting_lets_a_prediction_match_twice_on_value() -> None:
    from benchmarks.quantities import Tag, score_newsquant, score_newsquant_as_cqe_script

    rows = [
        {
            "text": "x",
            "quantities": [
                {"value": "5", "normalized_unit": "mile", "change": "="},
                {"value": "5", "normalized_unit": "kilometre", "change": "="},
            ],
        }
    ]

    def system(text: str) -> list[Tag]:
        return [Tag(5.0, "foot")]

    strict = score_newsquant(rows, system)
    script = score_newsquant_as_cqe_script(rows, system)
    assert strict["value_r"] == 0.5  # one prediction, one match
    # the script counts two value hits for one prediction: P 2/1, R 2/2, F1 4/3
    assert script["value_f1"] == pytest.approx(4 / 3)
    assert script["value_f1"] > strict["value_f1"]


@pytest.mark.parametrize(
    ("text", "value", "qualifier", "unit"),
    [
        ("Several hundred villagers were evacuated.", 100, "at_least", "person"),
        ("A few thousand troops crossed the river.", 1000, "at_least", "person"),
        ("Half a million people fled the city.", 500_000, "exact", "person"),
        ("A quarter of a million people marched.", 250_000, "exact", "person"),
        ("The budget grew to Rs 40 crore.", 4e8, "exact", "INR"),
    ],
)
def test_scales_with_several_half_a_and_crore(nlp: Language, text, value, qualifier, unit):
    doc = nlp.make_doc(text)
    doc._.cw_published = PUBLISHED
    (q,) = ext.quantities(nlp(doc))
    assert (q.value, q.qualifier, q.unit) == (value, qualifier, unit)


def test_a_borrowed_unit_brings_its_category_but_a_level_after_a_change_does_not(
    nlp: Language,
) -> None:
    doc = nlp.make_doc("The fund lost $2bn, while its rival lost 1.5bn. The index rose 3% to 12.")
    doc._.cw_published = PUBLISHED
    found = {q.span.text: q for q in ext.quantities(nlp(doc))}
    assert (found["1.5bn"].unit, found["1.5bn"].category) == ("USD", "money")
    assert found["12"].unit is None


def test_a_bare_m_is_metres_unless_a_plural_noun_follows(blank) -> None:
    metres, millions = run(blank("She ran the 800m final while 4m viewers watched."))
    assert (metres.value, metres.unit) == (800, "m")
    assert millions.value == 4e6


def test_ages_between_commas_and_durations_that_lend_nothing(nlp: Language) -> None:
    doc = nlp.make_doc(
        "Mr Okonjo, 61, was released. The survey scored plus 6, the best in five years, "
        "and plus 9 for the next quarter."
    )
    doc._.cw_published = PUBLISHED
    found = {q.span.text: q for q in ext.quantities(nlp(doc))}
    assert found["61"].unit == "year"
    assert found["6"].unit is None
    assert found["9"].unit is None


def test_scaled_decimals_are_exact(blank) -> None:
    (q,) = run(blank("Spending grew from £5.5bn to £8.2bn."))
    assert (q.value, q.upper) == (5_500_000_000, 8_200_000_000)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The bank cut rates by 50bps on Friday.", 50, "basis point"),
        ("The phone has a 48MP camera.", 48, "megapixel"),
        ("Tickets cost R$120 at the gate.", 120, "BRL"),
        ("A meal costs S$15 downtown.", 15, "SGD"),
    ],
)
def test_basis_points_megapixels_and_more_dollar_signs(blank, text, value, unit) -> None:
    (q,) = run(blank(text))
    assert (q.value, q.unit) == (value, unit)


def test_slash_fractions_and_slashed_names(blank) -> None:
    mile, vote = run(blank("The trail is 1/4 mile long and she won 3/4 of the vote."))
    assert (mile.value, mile.unit) == (0.25, "mile")
    assert (vote.value, vote.unit) == (0.75, "fraction")
    assert run(blank("The desk is staffed 24/7 by volunteers.")) == []
    (q,) = run(blank("Add 75ml of water."))
    assert (q.value, q.unit) == (75, "millilitre")
