"""Paragraph breaks as sentence boundaries, set before the parser runs.

The small English model's parser decides sentence boundaries itself, and it often
runs a paragraph into the next when the first ends in a quote mark (`...in hand.''`
then `''There was ...,'' he added.`): the second paragraph's cue then hangs on the
first one's verb. A paragraph never goes on into the next, so this component marks
the first word after a blank line, or after a line break that follows the end of a
sentence, as a sentence start; the parser keeps the boundaries it is given.

Text whose whitespace was normalised (a feed's or a scraper's article body) has lost
those line breaks, and a section heading runs into the next sentence: `... in 1991.
Rising costs Since the war began, aid groups say, ...`, `... in May. 'It reflects
their fear' Amina Rahimi told VOA ...`. The parser then makes the heading part of
that sentence's subject or of a claim's content. This component also marks where
such a heading ends: after a sentence's end, a run of a few words with no
punctuation whose lower-case word is followed by a capitalised function word (`Both`,
`While`, `The`, `Since`), or a short quotation with nothing after its closing mark
but a name. And it ends a sentence after the platform X (`... wrote on X. He said`),
whose full stop the tokenizer keeps with the letter, as after an initial, and after
an abbreviation before a quotation that opens with a capital (`... at 3 a.m. "The
windows fell in," said X`), and it keeps a quoted exclamation with the cue after it
(`"Ruto must go!" protesters chanted`).

A dateline (`GOMA, Democratic Republic of Congo (AP) — Rebels entered ...`) is marked
off as a sentence of its own: the parser otherwise makes the city the subject of the
story's first verb, and the first clause an apposition to it.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from claimwire.nlp._lexicon import DASHES
from claimwire.nlp.actors import default_kb

__all__ = ["PARAGRAPHS", "dateline_end", "mark_paragraphs"]

#: The name the component is registered under; ``load_model`` puts it before the parser.
PARAGRAPHS = "claimwire_paragraphs"

#: Tokens that end a sentence, so that a line break after them ends a paragraph
#: (a single line break elsewhere may be a wrapped line).
_SENTENCE_ENDS = frozenset((".", "!", "?", "\u201d", "\u2019", '"', "''", ")"))
#: Quotation marks that open a quoted heading.
_OPENING_QUOTES = frozenset(("'", '"', "\u2018", "\u201c"))
_QUOTES = _OPENING_QUOTES | frozenset(("\u2019", "\u201d"))
#: Tags of the function words that can open a sentence after a heading (`Both`, `While`,
#: `The`, `Despite`, `Revoking`); a noun or an adjective may be part of a name instead
#: (`the charity Doctors Without Borders`, `the ICE hotline`, `Afghan officials`).
_SENTENCE_OPENERS = frozenset(
    ("DT", "PDT", "IN", "CC", "PRP", "PRP$", "RB", "WRB", "WDT", "WP", "EX", "VBG")
)
#: Tags of words that cannot end a heading: they want a word after them (`in The Hague`).
_NOT_LAST = frozenset(("IN", "TO", "DT", "CC", "PRP$", "POS"))
#: Present-tense verbs: in a heading only as a noun the tagger misread (`Rebel surges`).
_PRESENT = frozenset(("VBZ", "VBP"))
#: The most words a heading has.
_HEADING_WORDS = 8
#: The most words a dateline has, its dash included.
DATELINE_WORDS = 16


@Language.component(PARAGRAPHS)
def mark_paragraphs(doc: Doc) -> Doc:
    """Mark the first token of each paragraph as a sentence start."""
    for i in range(1, len(doc) - 1):
        token = doc[i]
        if not token.is_space or "\n" not in token.text:
            continue
        blank_line = token.text.count("\n") >= 2
        if blank_line or doc[i - 1].text in _SENTENCE_ENDS:
            following = doc[i + 1]
            if not following.is_space:
                following.is_sent_start = True
    for i in range(1, len(doc) - 2):
        if doc[i - 1].text in _SENTENCE_ENDS and not doc[i - 1].is_space:
            end = _glued_heading_end(doc, i)
            if end is not None:
                doc[end].is_sent_start = True
    for i in range(1, len(doc) - 1):
        if (
            _platform_x_ends_sentence(doc, i)
            or _abbreviation_ends_sentence(doc, i)
            or _time_of_day_ends_sentence(doc, i)
            or _state_abbreviation_ends_sentence(doc, i)
            or (_name_ending_as_a_title(doc, i) and doc[i + 1].is_title)
        ):
            doc[i + 1].is_sent_start = True
    for i in range(2, len(doc)):
        if _exclamation_goes_on(doc, i) or _after_a_title(doc, i):
            doc[i].is_sent_start = False
    for i in range(len(doc) - 1):
        if i == 0 or (doc[i - 1].is_space and "\n" in doc[i - 1].text):
            end = dateline_end(doc, i)
            if end is not None:
                _lead_sentence(doc, end)
    return doc


#: Abbreviated ranks and titles, whose full stop the parser may take for a sentence's
#: end (`spokesman Capt. | Nadav Shoshani said`).
_TITLE_ABBREVIATIONS = frozenset(
    (
        *("capt.", "col.", "lt.", "gen.", "sgt.", "maj.", "brig.", "adm.", "cmdr.", "cpl."),
        *("pvt.", "supt.", "gov.", "sen.", "rep.", "dr.", "mr.", "mrs.", "ms.", "prof."),
        *("rev.", "lt.-col.", "lt.-gen.", "maj.-gen.", "brig.-gen.", "atty.", "amb."),
    )
)


def _after_a_title(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a name right after an abbreviated title (`Capt. Nadav`)."""
    return (
        doc[i - 1].lower_ in _TITLE_ABBREVIATIONS
        and doc[i].is_title
        and not _name_ending_as_a_title(doc, i - 1)
    )


def _name_ending_as_a_title(doc: Doc, i: int) -> bool:
    """Whether token ``i``, an abbreviated title with its full stop, ends a known
    person's name instead (`had called Hun Sen. Thailand's army said ...`)."""
    return (
        i > 0
        and doc[i].lower_ in _TITLE_ABBREVIATIONS
        and doc[i - 1].is_title
        and default_kb().find_name(f"{doc[i - 1].text} {doc[i].text[:-1]}") is not None
    )


def _lead_sentence(doc: Doc, first: int) -> None:
    """Mark the sentence after a dateline, from ``first`` to its full stop, which the
    parser would otherwise cut after the first word (`YEREVAN, Armenia — Armenia | and
    Azerbaijan have agreed ...`)."""
    doc[first].is_sent_start = True
    for i in range(first + 1, len(doc)):
        if doc[i].is_sent_start or doc[i - 1].text in {".", "!", "?"}:
            return
        doc[i].is_sent_start = False


def dateline_end(doc: Doc, first: int) -> int | None:
    """The first word after a dateline that opens at ``first``: a place in capitals,
    then a dash among the next few words with no verb before it (`KYIV, Ukraine (AP) —`,
    `ORLANDO, Fla. (Reuters) -`, `KABUL/WASHINGTON —`), then a capitalised word; or a
    place in title case with the agency in brackets (`Tripoli (AFP) -`), also with no
    dash after a date (`Raipur, May 21 (PTI) Security forces ...`)."""
    place = doc[first]
    # (a short first word only before another in capitals: `LA PAZ`, `EL ALTO`)
    long_enough = len(place.text) >= 3 or (
        place.is_upper
        and first + 1 < len(doc)
        and doc[first + 1].is_upper
        and doc[first + 1].is_alpha
    )
    if not (place.is_alpha and long_enough and (place.is_upper or place.is_title)):
        return None
    agency = False
    for i in range(first + 1, min(len(doc) - 1, first + DATELINE_WORDS)):
        token = doc[i]
        if token.text == ")" and doc[i - 2].text == "(" and doc[i - 1].text[:1].isupper():
            agency = True
            # `Raipur, May 21 (PTI) Security forces ...`, `... (PTI): Police ...`: the
            # agency in brackets, no dash, then the story's first word
            following = doc[i + 1]
            if following.text == ":" and i + 2 < len(doc):
                following = doc[i + 2]
            if (
                following.text[:1].isupper()
                and following.is_alpha
                and any(t.like_num for t in doc[first + 1 : i - 2])
            ):
                return following.i
        if token.text in DASHES and doc[i - 1].whitespace_:
            following = doc[i + 1]
            dateline = place.is_upper or agency or _titled_dateline(doc, first, i)
            # (a capitalised word, or a quotation that opens with one)
            if following.text in _OPENING_QUOTES and i + 2 < len(doc):
                following = doc[i + 2]
            return i + 1 if dateline and following.text[:1].isupper() and i > first else None
        if token.tag_.startswith(("VB", "MD")) or token.is_space:
            return None
    return None


def _titled_dateline(doc: Doc, first: int, dash: int) -> bool:
    """`Bangui, Central African Republic – Rebels ...`: a dateline in title case, names
    and commas only before its dash, and no dash after it that would close an aside
    (`Zelensky – Ukraine's president – said`)."""
    if not all(t.text == "," or (t.is_title and t.tag_.startswith("NN")) for t in doc[first:dash]):
        return False
    for token in doc[dash + 1 :]:
        if token.text in {".", "!", "?"} or "\n" in token.text:
            return True
        if token.text in DASHES and doc[token.i - 1].whitespace_:
            return False  # (a spaced dash; not `nuclear-armed`)
    return True


def _exclamation_goes_on(doc: Doc, i: int) -> bool:
    """`"Ruto must go!" protesters chanted`: a quotation that ends in an exclamation mark,
    then a word in lower case, is one sentence with its cue, which the parser cuts after
    the quote mark (after a question it finds the cue as a sentence of its own)."""
    return (
        doc[i - 1].text in _QUOTES | {"''"}
        and doc[i - 2].text == "!"
        and doc[i].text[:1].islower()
        and doc[i].is_alpha
        and not doc[i].is_sent_start
    )


def _abbreviation_ends_sentence(doc: Doc, i: int) -> bool:
    """`Sirens sounded at 3 a.m. "The windows fell in," said X`: a word whose full stop the
    tokenizer keeps (`a.m.`, `Jr.`), then a quotation that opens with a capital, is a
    sentence's end, which the parser misses."""
    if i + 2 >= len(doc):
        return False
    token, mark, first = doc[i], doc[i + 1], doc[i + 2]
    return (
        len(token.text) > 2
        and token.text.endswith(".")
        and bool(token.whitespace_)
        and mark.text in _OPENING_QUOTES
        and not mark.whitespace_
        and first.text[:1].isupper()
    )


#: Words a time of day goes on with, in its sentence: `9 p.m. Tuesday`, `3 a.m. GMT`.
_TIME_GOES_ON = frozenset(
    (
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        *("january", "february", "march", "april", "may", "june", "july", "august"),
        *("september", "october", "november", "december", "gmt", "utc", "et", "est", "edt"),
        *("pt", "pst", "pdt", "cet", "cest", "bst", "ist", "local", "eastern", "pacific"),
    )
)


def _time_of_day_ends_sentence(doc: Doc, i: int) -> bool:
    """`The blast came at 9 p.m. Two people died`: a time of day whose full stop the
    tokenizer keeps, then a word with a capital that does not go on with it, is a
    sentence's end, which the parser misses."""
    if i + 1 >= len(doc) or doc[i].lower_ not in {"a.m.", "p.m."} or not doc[i].whitespace_:
        return False
    first = doc[i + 1]
    return (
        first.text[:1].isupper()
        and first.is_alpha
        and first.lower_ not in _TIME_GOES_ON
        # (`9 p.m. Moscow time`)
        and not (i + 2 < len(doc) and doc[i + 2].lower_ == "time")
    )


#: States' names written short, whose full stop the tokenizer keeps: `lived in the U.S.`
_STATE_ABBREVIATIONS = frozenset(("U.S.", "U.K."))
#: Words a state's short name stands before as part of a name: `the U.S. Army said`.
_STATE_INSTITUTIONS = frozenset(
    (
        *("army", "navy", "military", "embassy", "government", "treasury", "congress"),
        *("senate", "house", "state", "justice", "defense", "department", "mission"),
        *("consulate", "forces", "troops", "officials", "envoy", "ambassador", "marines"),
        *("president", "secretary", "attorney", "court", "border", "customs", "coast"),
        *("central", "special", "southern", "northern", "homeland"),
    )
)


def _state_abbreviation_ends_sentence(doc: Doc, i: int) -> bool:
    """`The men had lived in the U.S. Smith said ...`: a state's short name after a
    preposition ends its sentence where a new one opens after it, with a word that
    opens sentences or a name and its verb (not `in the U.S. Senate said`)."""
    if i < 2 or i + 2 >= len(doc) or doc[i].text not in _STATE_ABBREVIATIONS:
        return False
    if doc[i - 1].lower_ != "the" or doc[i - 2].tag_ not in {"IN", "RP"}:
        return False
    following = doc[i + 1]
    if not following.is_title or not doc[i].whitespace_:
        return False
    if following.tag_ in _SENTENCE_OPENERS:
        return True
    # (a name of one or two words, then its verb)
    verb = i + 2 if doc[i + 2].tag_ != "NNP" else i + 3
    return (
        following.tag_ == "NNP"
        and following.lower_ not in _STATE_INSTITUTIONS
        and doc[i + 2].lower_ not in _STATE_INSTITUTIONS
        and verb < len(doc)
        and doc[verb].tag_ in {"VBD", "VBZ", "MD"}
    )


def _platform_x_ends_sentence(doc: Doc, i: int) -> bool:
    """`... Rubio wrote on X. He thanked ...`: the tokenizer keeps `X.` whole, as it
    would an initial (or, told to split it, the tagger reads the stop as a name's), so
    the parser runs the two sentences together."""
    following = doc[i + 1]
    kept_whole = doc[i].text == "X." and doc[i - 1].lower_ == "on"
    split = i > 1 and doc[i].text == "." and doc[i - 1].text == "X" and doc[i - 2].lower_ == "on"
    return (
        (kept_whole or split)
        and following.text[:1].isupper()
        and (following.tag_ in _SENTENCE_OPENERS or following.tag_ == "NNP")
    )


def _glued_heading_end(doc: Doc, start: int) -> int | None:
    """Where a heading that starts at ``start`` and runs into the next sentence ends
    (the index of that sentence's first word), if one does."""
    last = min(len(doc) - 1, start + _HEADING_WORDS + 2)
    if doc[start].text in _OPENING_QUOTES and not doc[start].whitespace_:
        # `'It reflects their fear' Amina Rahimi told VOA`: marks that hug the
        # words they enclose, and a name after them.
        for i in range(start + 1, last):
            token = doc[i]
            if token.text in _QUOTES:
                hugs = not doc[i - 1].whitespace_ and i - start >= 3
                if hugs and doc[i + 1].tag_ in {"NNP", "NNPS"}:
                    return i + 1
                return None
            if token.is_punct or token.is_space:
                return None
        return None
    if not (doc[start].is_alpha and doc[start].text[:1].isupper()):
        return None
    for i in range(start + 1, min(last, start + _HEADING_WORDS + 1)):
        token = doc[i]
        if token.is_punct or token.is_space or token.like_num or token.tag_ in {"VBD", "MD"}:
            return None  # `Officials also attacked The Times`: a sentence
        before = doc[i - 1]
        if i - 1 > start and doc[i - 2].tag_ in _PRESENT:
            return None  # `He fears God as best he knows Him`, `X writes in his book Going`
        if before.tag_ in _PRESENT and (
            token.tag_ not in {"IN", "DT"} or doc[i + 1].tag_ in {"NNP", "NNPS"}
        ):
            # `sources tell The Washington Post`; a heading the tagger misread (`Rebel
            # surges`) still ends before `Since the war` or `While aid`.
            continue
        if (
            token.text[:1].isupper()
            and token.tag_ in _SENTENCE_OPENERS
            and not token.text.isupper()
            and token.text != "I"
            and before.is_alpha
            and before.text.islower()
            and before.tag_ not in _NOT_LAST
        ):
            return i
    return None
