"""The date resolver: patterns, resolution against the publication date, tense.

Rules that depend on the parse are tested on Docs built by hand; the others on
a blank English pipeline (no parse, so the tense is unknown).
"""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.tokens import Doc

from claimwire.nlp import extensions as ext
from claimwire.nlp._time import TimeFinder, resolve
from claimwire.nlp.dates import DateResolver, clause_tense, date_for_token, time_expressions
from claimwire.records import DateMention

THURSDAY = dt.date(2024, 8, 15)  # the seed's publication date


@pytest.fixture(scope="module")
def blank() -> spacy.language.Language:
    return spacy.blank("en")


def run(doc: Doc, published: dt.date | None = THURSDAY) -> list[DateMention]:
    doc._.cw_published = published
    resolver = DateResolver(spacy.blank("en"), "claimwire_dates")
    return ext.dates(resolver(doc))


def dates_of(blank: spacy.language.Language, text: str, published: dt.date | None = THURSDAY):
    return [(d.span.text, d.value, d.precision) for d in run(blank(text), published)]


def parsed(
    words: list[str],
    heads: list[int],
    deps: list[str],
    tags: list[str],
    pos: list[str],
    lemmas: list[str] | None = None,
) -> Doc:
    vocab = spacy.blank("en").vocab
    return Doc(
        vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos,
        lemmas=lemmas or [w.lower() for w in words],
    )  # fmt: skip


def said_on_wednesday() -> Doc:
    # "Zelenskyy said on Wednesday that troops advanced ."
    return parsed(
        ["Zelenskyy", "said", "on", "Wednesday", "that", "troops", "advanced", "."],
        [1, 1, 1, 2, 6, 6, 1, 1],
        ["nsubj", "ROOT", "prep", "pobj", "mark", "nsubj", "ccomp", "punct"],
        ["NNP", "VBD", "IN", "NNP", "IN", "NNS", "VBD", "."],
        ["PROPN", "VERB", "ADP", "PROPN", "SCONJ", "NOUN", "VERB", "PUNCT"],
        ["Zelenskyy", "say", "on", "Wednesday", "that", "troop", "advance", "."],
    )


def will_meet_on_friday() -> Doc:
    return parsed(
        ["Leaders", "will", "meet", "on", "Friday", "."],
        [2, 2, 2, 2, 3, 2],
        ["nsubj", "aux", "ROOT", "prep", "pobj", "punct"],
        ["NNS", "MD", "VB", "IN", "NNP", "."],
        ["NOUN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"],
        ["leader", "will", "meet", "on", "Friday", "."],
    )


def test_past_weekday_is_the_latest_such_day_on_or_before_publication() -> None:
    (mention,) = run(said_on_wednesday())
    assert (mention.span.text, mention.value, mention.precision) == (
        "on Wednesday",
        "2024-08-14",
        "day",
    )
    assert mention.reason


def test_future_weekday_is_the_next_such_day() -> None:
    doc = will_meet_on_friday()
    assert clause_tense(doc[4:5]) == "future"
    (mention,) = run(doc)
    assert mention.value == "2024-08-16"


def test_weekday_of_the_publication_day_is_that_day(blank) -> None:
    assert dates_of(blank, "Its defence ministry said earlier on Thursday that it held.") == [
        ("earlier on Thursday", "2024-08-15", "day")
    ]


def test_last_and_next_weekday_are_strictly_before_and_after(blank) -> None:
    assert dates_of(blank, "It began last Thursday and ends next Thursday.") == [
        ("last Thursday", "2024-08-08", "day"),
        ("next Thursday", "2024-08-22", "day"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shelling resumed yesterday.", ("yesterday", "2024-08-14", "day")),
        ("Talks open today.", ("today", "2024-08-15", "day")),
        ("Troops crossed the border last week.", ("last week", "2024-08-05/2024-08-11", "week")),
        ("Prices rose last month.", ("last month", "2024-07", "month")),
        ("The bill passed earlier this year.", ("earlier this year", "2024", "year")),
        ("The incursion started on 6 August.", ("6 August", "2024-08-06", "day")),
        ("The war began in February 2022.", ("February 2022", "2022-02", "month")),
        ("Fighting intensified in late March.", ("late March", "2024-03", "month")),
        ("The order is dated 2023-11-02.", ("2023-11-02", "2023-11-02", "day")),
        ("The order is dated 11/2/2023.", ("11/2/2023", "2023-11-02", "day")),
        (
            "Exports fell in the third quarter of 2023.",
            ("third quarter of 2023", "2023-Q3", "quarter"),
        ),
        ("He was elected in 1998.", ("1998", "1998", "year")),
        ("The ceasefire of Sept. 14 held.", ("Sept. 14", "2024-09-14", "day")),
        ("The deal was signed on March 3, 2021.", ("March 3, 2021", "2021-03-03", "day")),
        ("Rockets fell two days ago.", ("two days ago", "2024-08-13", "day")),
        ("It happened last September.", ("last September", "2023-09", "month")),
    ],
)
def test_expressions_resolve_with_their_precision(blank, text, expected) -> None:
    found = dates_of(blank, text)
    assert len(found) == 1, found
    span, value, precision = found[0]
    assert expected[0] in span
    assert (value, precision) == expected[1:]


def test_the_weekend_before_publication(blank) -> None:
    assert dates_of(blank, "Protests spread over the weekend.")[0][1:] == (
        "2024-08-10/2024-08-11",
        "week",
    )


def test_since_marks_an_anchor(blank) -> None:
    (mention,) = run(blank("Forces advanced 35km since last week."))
    assert mention.anchor
    assert mention.value == "2024-08-05/2024-08-11"


def test_relative_offsets_count_from_the_last_date_mentioned(blank) -> None:
    found = dates_of(blank, "The truce began on March 8. Two days later it collapsed.")
    assert found == [("March 8", "2024-03-08", "day"), ("Two days later", "2024-03-10", "day")]


@pytest.mark.parametrize(
    "text",
    [
        "After three days of clashes the town fell.",
        "The unit fought for two weeks.",
        "They agreed a 24-hour ceasefire.",
        "The 30-year-old soldier was freed.",
        "It was the worst attack since World War Two.",
        "More than 2,000 troops arrived.",
        "The project cost $2020 in total.",
        "Inflation hit 2010% at its peak.",
    ],
)
def test_durations_ages_names_and_counts_are_not_dates(blank, text) -> None:
    assert dates_of(blank, text) == []


def test_a_year_that_counts_people_is_not_a_date() -> None:
    doc = parsed(
        ["About", "2000", "people", "fled", "."],
        [1, 2, 3, 3, 3],
        ["advmod", "nummod", "nsubj", "ROOT", "punct"],
        ["RB", "CD", "NNS", "VBD", "."],
        ["ADV", "NUM", "NOUN", "VERB", "PUNCT"],
    )
    assert run(doc) == []


def test_without_publication_date_relative_dates_stay_unresolved(blank) -> None:
    found = dates_of(blank, "He spoke on Tuesday about the war that began in February 2022.", None)
    assert found == [("on Tuesday", None, None), ("February 2022", "2022-02", "month")]


def test_vague_stretches_are_found_but_left_unresolved(blank) -> None:
    assert dates_of(blank, "More aid will arrive in the coming days.") == [
        ("in the coming days", None, None)
    ]


def test_date_for_token_finds_the_date_of_a_verb() -> None:
    doc = said_on_wednesday()
    run(doc)
    mention = date_for_token(doc, doc[1])
    assert mention is not None
    assert mention.value == "2024-08-14"
    assert date_for_token(doc, doc[6]) is None  # `advanced` has no date of its own


def test_finder_and_resolve_work_on_plain_strings() -> None:
    (match,) = TimeFinder().scan("The strike came on Wednesday.")
    resolved = resolve(match, THURSDAY, "past")
    assert resolved is not None
    assert (resolved.value, resolved.precision, resolved.timex) == (
        "2024-08-14",
        "day",
        "2024-08-14",
    )
    (duration,) = TimeFinder().scan("They marched for three days.")
    assert resolve(duration, THURSDAY) is not None
    assert resolve(duration, THURSDAY).kind == "duration"  # type: ignore[union-attr]


def test_a_clock_time_joins_its_day(blank) -> None:
    found = dates_of(blank, "The vote closes at 9 a.m. Tuesday.")
    assert found == [("9 a.m. Tuesday", "2024-08-13", "day")]


def test_year_offsets_in_quarterly_reporting_stay_quarters(blank) -> None:
    found = dates_of(blank, "Profit rose in the third quarter of 2024 from a year earlier.")
    assert found == [
        ("the third quarter of 2024", "2024-Q3", "quarter"),
        ("a year earlier", "2023-Q3", "quarter"),
    ]


# ---------------------------------------------------------------- TimeML readings
# The TempEval benchmark scores the TIMEX3 value of every expression found; these
# check that value per phenomenon, beside what claimwire reports (or not).


def timexes(blank, text: str, published: dt.date | None = THURSDAY):
    doc = blank(text)
    doc._.cw_published = published
    return [(e.text, e.resolved.timex, e.resolved.timex_type) for e in time_expressions(doc)]


def test_an_offset_from_an_event_is_a_date_here_and_a_duration_in_timeml(blank) -> None:
    text = "The convoy arrived on 2 August. Two days after the raid it left again."
    assert dates_of(blank, text)[1] == ("Two days after", "2024-07-31", "day")
    assert timexes(blank, text)[1] == ("Two days after", "P2D", "DURATION")


def test_hours_later_stay_on_the_day_mentioned(blank) -> None:
    text = "Shelling began on 3 August. An hour later the power failed."
    assert dates_of(blank, text)[1] == ("An hour later", "2024-08-03", "day")
    assert timexes(blank, text)[1][1:] == ("PT1H", "DURATION")


def test_vague_stretches_are_vague_durations_in_timeml(blank) -> None:
    assert timexes(blank, "Attacks grew in recent weeks.") == [
        ("in recent weeks", "PXW", "DURATION")
    ]
    # `for years` is no date at all
    assert dates_of(blank, "The region was neglected for years.") == []
    assert timexes(blank, "The region was neglected for years.") == [("years", "PXY", "DURATION")]


def test_a_part_of_the_day_keeps_the_day_and_adds_the_timeml_part(blank) -> None:
    assert dates_of(blank, "Rockets hit the port on Tuesday night.") == [
        ("on Tuesday night", "2024-08-13", "day")
    ]
    assert timexes(blank, "Rockets hit the port on Tuesday night.")[0][1] == "2024-08-13TNI"
    assert timexes(blank, "Talks resume on Friday morning.", THURSDAY)[0][1] == "2024-08-09TMO"


def test_last_month_name_is_the_latest_such_month(blank) -> None:
    october = dt.date(2024, 10, 20)
    assert dates_of(blank, "The plan was approved last April.", october) == [
        ("last April", "2024-04", "month")
    ]
    assert dates_of(blank, "The plan was approved last November.", october) == [
        ("last November", "2023-11", "month")
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Aid could arrive as soon as Tuesday.", "2024-08-20"),
        ("The new tariff applies effective September 1.", "2024-09-01"),
        ("The curfew holds until September 10.", "2024-09-10"),
        # too far ahead to be meant: the latest one before
        ("The curfew held until August 10.", "2024-08-10"),
    ],
)
def test_words_that_look_ahead_pick_the_coming_day_when_it_is_near(blank, text, value) -> None:
    (found,) = dates_of(blank, text)
    assert found[1] == value


def test_a_past_verb_keeps_a_weekday_after_until_in_the_past() -> None:
    # "The ship stayed until Tuesday ."
    doc = parsed(
        ["The", "ship", "stayed", "until", "Tuesday", "."],
        [1, 2, 2, 2, 3, 2],
        ["det", "nsubj", "ROOT", "prep", "pobj", "punct"],
        ["DT", "NN", "VBD", "IN", "NNP", "."],
        ["DET", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"],
        ["the", "ship", "stay", "until", "Tuesday", "."],
    )
    (mention,) = run(doc)
    assert mention.value == "2024-08-13"


def test_a_scheduling_verb_looks_ahead() -> None:
    # "Officials scheduled the vote for December ."
    doc = parsed(
        ["Officials", "scheduled", "the", "vote", "for", "December", "."],
        [1, 1, 3, 1, 1, 4, 1],
        ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
        ["NNS", "VBD", "DT", "NN", "IN", "NNP", "."],
        ["NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
        ["official", "schedule", "the", "vote", "for", "December", "."],
    )
    assert clause_tense(doc[5:6]) == "conditional"
    (mention,) = run(doc)
    assert mention.value == "2024-12"


def test_a_noun_named_by_its_month_happened_but_a_noun_with_a_month_may_be_ahead() -> None:
    # "They recalled the December uprising ."
    uprising = parsed(
        ["They", "recalled", "the", "December", "uprising", "."],
        [1, 1, 4, 4, 1, 1],
        ["nsubj", "ROOT", "det", "compound", "dobj", "punct"],
        ["PRP", "VBD", "DT", "NNP", "NN", "."],
        ["PRON", "VERB", "DET", "PROPN", "NOUN", "PUNCT"],
    )
    assert run(uprising)[0].value == "2023-12"
    # "a mission in December" (no verb to tell): the nearest December, ahead
    mission = parsed(
        ["A", "mission", "in", "December", "."],
        [1, 1, 1, 2, 1],
        ["det", "ROOT", "prep", "pobj", "punct"],
        ["DT", "NN", "IN", "NNP", "."],
        ["DET", "NOUN", "ADP", "PROPN", "PUNCT"],
    )
    assert run(mission)[0].value == "2024-12"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Output fell in the 2023 third quarter.", ("2023 third quarter", "2023-Q3", "quarter")),
        ("It beat last year's third quarter.", ("last year's third quarter", "2023-Q3", "quarter")),
        ("It lost money in the 2023 quarter.", ("the 2023 quarter", "2023-Q2", "quarter")),
        ("Sales grew in the second half of 2023.", ("second half of 2023", "2023", "year")),
        ("Prices peaked in nineteen ninety-six.", ("nineteen ninety-six", "1996", "year")),
        ("It was planned for the year two thousand.", ("year two thousand", "2000", "year")),
        ("The truce collapsed at Christmas.", ("Christmas", "2023-12-25", "day")),
        ("Pilgrims gathered at Easter.", ("Easter", "2024-03-31", "day")),
        ("The deal should close by year-end.", ("year-end", "2024", "year")),
        (
            "Hearings open the week of August 5.",
            ("week of August 5", "2024-08-05/2024-08-11", "week"),
        ),
        ("The post fell in July last year.", ("July last year", "2023-07", "month")),
        ("They meet this upcoming Thursday.", ("upcoming Thursday", "2024-08-22", "day")),
    ],
)
def test_further_expressions_resolve(blank, text, expected) -> None:
    found = dates_of(blank, text)
    assert len(found) == 1, found
    assert expected[0] in found[0][0]
    assert found[0][1:] == expected[1:]


def test_half_years_centuries_and_the_report_year_have_timeml_values(blank) -> None:
    assert timexes(blank, "Sales grew in the second half of 2023.")[0][1] == "2023-H2"
    assert timexes(blank, "The worst war of the 20th century.") == [
        ("the 20th century", "19", "DATE")
    ]
    assert dates_of(blank, "The worst war of the 20th century.") == []
    assert timexes(blank, "Sales for the full year rose.") == [("the full year", "2024", "DATE")]
    assert dates_of(blank, "Sales for the full year rose.") == []
    assert timexes(blank, "Net income for the year ended June 30 fell.")[0][1:] == (
        "P1Y",
        "DURATION",
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The siege lasted 2 1/2 years.", "P2Y6M"),
        ("The talks lasted an hour and a half.", "PT1H30M"),
        ("Shelling over the last twenty four hours eased.", "PT24H"),
        ("Losses mounted over the past two quarters.", "P2Q"),
    ],
)
def test_durations_with_halves_compound_numbers_and_quarters(blank, text, value) -> None:
    ((_, timex, kind),) = timexes(blank, text)
    assert (timex, kind) == (value, "DURATION")


def test_a_rate_is_not_a_duration(blank) -> None:
    assert timexes(blank, "The programme costs $500 million a year.") == []
    assert timexes(blank, "The ceasefire held for a year.")[0][1] == "P1Y"


def test_year_ago_counts_from_the_quarter_reported_not_the_compared_one(blank) -> None:
    text = (
        "Revenue in the third quarter of 2024 beat the year-ago third quarter, "
        "and a year earlier margins were thinner."
    )
    assert [f[1] for f in dates_of(blank, text)] == ["2024-Q3", "2023-Q3", "2023-Q3"]


def test_the_timeml_value_of_a_record_follows_from_its_value_and_precision(blank) -> None:
    from benchmarks.time import record_timex

    text = (
        "Troops left last week, returned over the weekend, and will vote in the third "
        "quarter of 2025, not in March 2024 or on 9 August or in 2023."
    )
    doc = blank(text)
    doc._.cw_published = THURSDAY
    expressions = time_expressions(doc)
    records = run(blank(text))
    assert len(records) == len(expressions) == 6
    for record, expression in zip(records, expressions, strict=True):
        assert record_timex(record.value, record.precision) == expression.resolved.timex
    assert record_timex("2024-08-05/2024-08-11", "week") == "2024-W32"
    assert record_timex("2024-08-10/2024-08-11", "week") == "2024-W32-WE"
    assert record_timex(None, None) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Troops stay for two more weeks.", "P2W"),
        ("Shares fell for eight trading days.", "P8D"),
        ("It ended a decades-long feud.", "PXY"),
        ("They held a day-long meeting.", "P1D"),
    ],
)
def test_durations_with_modifiers_and_long_adjectives(blank, text, value) -> None:
    ((_, timex, kind),) = timexes(blank, text)
    assert (timex, kind) == (value, "DURATION")
    assert dates_of(blank, text) == []


def test_a_second_attack_is_an_ordinal_not_a_duration() -> None:
    # "A second attack followed ."
    doc = parsed(
        ["A", "second", "attack", "followed", "."],
        [2, 2, 3, 3, 3],
        ["det", "amod", "nsubj", "ROOT", "punct"],
        ["DT", "JJ", "NN", "VBD", "."],
        ["DET", "ADJ", "NOUN", "VERB", "PUNCT"],
    )
    doc._.cw_published = THURSDAY
    assert time_expressions(doc) == []


def test_a_24_hour_clock_time_with_its_zone_joins_its_day(blank) -> None:
    text = "The strike hit at 18:00 GMT on Tuesday."
    assert dates_of(blank, text) == [("18:00 GMT on Tuesday", "2024-08-13", "day")]
    assert timexes(blank, text)[0][1] == "2024-08-13T18:00"


def test_the_day_in_running_reports_is_the_last_day_mentioned(blank) -> None:
    text = "Markets opened on 5 August and fell later in the day."
    assert dates_of(blank, text)[1] == ("later in the day", "2024-08-05", "day")
    # `the day before` is a relative day, not this phrase
    assert dates_of(blank, "Markets fell on 5 August, the day before the vote.")[1][1] == (
        "2024-08-04"
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Stocks slid for the past five trading days.", "P5D"),
        ("The economy shrank for two consecutive quarters.", "P2Q"),
    ],
)
def test_spans_with_modifiers_and_plural_quarters(blank, text, value) -> None:
    ((_, timex, kind),) = timexes(blank, text)
    assert (timex, kind) == (value, "DURATION")


def test_a_year_after_a_spaced_comma_stays_with_its_day(blank) -> None:
    assert dates_of(blank, "It was founded on December 31 , 1994.") == [
        ("December 31 , 1994", "1994-12-31", "day")
    ]


def test_a_quarter_ahead_without_a_past_verb_is_this_years(blank) -> None:
    assert dates_of(blank, "The plant closes during the fourth quarter.") == [
        ("the fourth quarter", "2024-Q4", "quarter")
    ]
    assert dates_of(blank, "Sales for the entire year rose.") == []
    assert timexes(blank, "Sales for the entire year rose.")[0][1] == "2024"
