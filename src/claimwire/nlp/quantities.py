"""Finds numbers that count or measure something, with bounds, unit and category.

One scan of the text finds number cores (digits, words, ``a dozen``, ``a fifth``,
vague ``hundreds``); around each the extractor reads the qualifier before it
(``more than``, ``up to``...), a currency sign or a unit, a range (``150 to 200``,
``between 1,500 and 3,000``), and through the parse the noun it counts and the
words that say what happened to those counted, which decide the category.

Not quantities: dates and clock times (the date resolver's mentions are
skipped), years of an era or a date range (``A.D. 1000 and 1260``), ordinals
(``22nd``), numbers inside names (``World War Two``, ``Apollo 11``, ``G20``,
``Section 427``, ``S&P 500``), ``one`` as a pronoun (``no one``) or singling out
(``one of the victims``, ``one proposal``). A measure given twice, ``35km (22
miles)``, is one quantity: the first.
Vague counts take ACLED's reading: ``dozens`` → 12, ``hundreds`` → 100,
``thousands`` → 1000, ``several hundred`` → 100, each ``at_least``, and the span
keeps the words.

A bare number beside a like one (within a factor of ten, in the same sentence)
borrows its unit: ``40 homes in Kharkiv and 12 in Izium`` counts homes twice;
``rose by 2 percent ... fell by 1``. A whole number right after a person's name
is an age (``John Smith, 44, said``). Currency written ``PS`` before a scaled or
decimal number (``PS2.7m``) is the pound sign as ASCII folding writes it.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from decimal import Decimal

from spacy.language import Language
from spacy.tokens import Doc, Token

from claimwire.nlp import extensions as ext
from claimwire.nlp._numbers import FRACTIONS, SCALES, VAGUE_COUNTS, word_number
from claimwire.nlp._numbers_units import (
    CATEGORY_CUES,
    CURRENCY_PREFIXES,
    NOUN_CATEGORIES,
    PERSON_NOUNS,
    UNITS,
    words_of,
)
from claimwire.nlp._ranges import Ranges
from claimwire.records import Qualifier, Quantity
from claimwire.records import Span as TextSpan

__all__ = ["QuantityExtractor", "find_quantities"]

_WORDNUM = (
    "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    "eighty|ninety"
)
_SCALE = "hundred|thousand|million|billion|trillion|dozen|lakh|crore"
_CURRENCY = "|".join(
    (r"\b" if c[0].isalpha() else "") + re.escape(c)
    for c in sorted(CURRENCY_PREFIXES, key=len, reverse=True)
)
_FRACTION = "|".join(sorted(FRACTIONS, key=len, reverse=True))
_VAGUE = "|".join(v.replace(" ", r"\s+") for v in sorted(VAGUE_COUNTS, key=len, reverse=True))

_CORE_PATTERN = (
    rf"(?:(?-i:(?P<cur>{_CURRENCY}))\s?)?(?:"
    rf"LOOKBEHIND(?P<dig>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    rf"(?:\s*(?P<sc>{_SCALE})\b|(?P<sc2>bn|mn|tn|m|k)(?![A-Za-z]))?"
    rf"|\b(?P<vague>{_VAGUE})\b"
    rf"|\b(?P<halfa>half|a\s+quarter|quarter|three[\s-]quarters)(?:\s+of)?[\s-]+(?:an?[\s-]+)?"
    rf"(?P<hsc>dozen|hundred|thousand|million|billion)\b"
    rf"|\b(?:(?P<fn>a|one|two|three|four|five|seven|nine)[\s-]+)(?P<fd>{_FRACTION})"
    rf"(?=\s+(?:of|the)\b)|\b(?P<half>half)(?=\s+of\b)"
    rf"|\b(?P<a>an?)\s+(?P<asc>dozen|hundred|thousand|million|billion)\b"
    rf"|\b(?P<few>several|a\s+few)\s+(?P<fsc>hundred|thousand|million|billion)\b"
    rf"|\b(?P<fold>two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand)fold\b"
    rf"|\b(?P<w>(?:{_WORDNUM})(?:[\s-]+(?:and\s+)?(?:{_WORDNUM}|{_SCALE}))*)\b"
    rf"|\b(?P<au>an?)(?=\s+(?:year|decade|month|week|day|hour|century|mile|kilomet)\b)"
    r")"
)
_CORE = re.compile(_CORE_PATTERN.replace("LOOKBEHIND", r"(?(cur)|(?<![\w.,/:-]))"), re.IGNORECASE)
#: The second number of a range (`10-15`), which follows a hyphen.
_CORE_AFTER_DASH = re.compile(_CORE_PATTERN.replace("LOOKBEHIND", ""), re.IGNORECASE)
_UNIT_FORMS = sorted(UNITS, key=len, reverse=True)
#: A unit's dimension (`km` → length), for units a number borrows from its neighbour.
_DIMENSION_OF = dict(UNITS.values()) | dict.fromkeys(CURRENCY_PREFIXES.values(), "money")
_UNIT = re.compile(
    r"(?P<gap>\s*-\s*|\s+|)(?P<u>"
    + "|".join(re.escape(f) for f in _UNIT_FORMS)
    + r")(?![A-Za-z0-9])",
    re.IGNORECASE,
)
#: Units that count only glued to the number (`5t`, `100m`), never after a space.
_GLUED_ONLY = frozenset(
    {"m", "t", "l", "c", "f", "p", "g", "w", "mi", "ha", "pc", "in.", "°", "k", "mp", "bp"}
)
#: One capital glued to a number that is a unit, not a name (`5G`, `3D`): watts, and
#: temperatures of up to three digits (`25C`, `77F`).
_GLUED_CAPITAL_UNIT = re.compile(r"W.*|[CF]\d{1,3}")
_HYPHEN_WORDS = re.compile(r"-(?P<w>man|strong|member|person|seat|nation|country)\b", re.I)
_RATE = re.compile(
    r"\s*(?:a|an|per|/)\s*(?P<per>barrel|gallon|litre|liter|month|year|day|week|hour|minute|"
    r"second|gram|share|ton|tonne|kilogram|kg|head|person|capita|kilowatt-hour|kwh|square\s+foot"
    r"|square\s+metre|square\s+meter|mmbtu|ounce|bushel|megawatt-hour|mwh)\b"
    r"(?!\s+(?:earlier|ago|later|before|after|of)\b)",
    re.IGNORECASE,
)
_AGE_BEFORE = re.compile(r"(?i)\b(?:aged?|ages|age\s+of)\s+$")
_CHANGE_BEFORE = re.compile(
    r"(?i)\b(?:rose|rise[sn]?|fell|fall(?:s|en)?|increased?|decreased?|grew|grown|gained?|lost|"
    r"climbed?|dropped|jumped?|slipped|declined?|up|down|by)\s+$"
)
#: What follows a bare `9m` that counts millions: people, or a plural noun.
_MILLIONS_OF = re.compile(
    r"\s+(?:more\s+|new\s+|extra\s+)?(?:people\b|(?!(?:is|was|as|has|this|its|his|thus|plus|"
    r"across|less|unless|us|yes)\b)[a-z]+s\b)"
)
#: The denominator of a fraction written with a slash (`1/4 mile`), not of a date.
_SLASH_FRACTION = re.compile(r"/(?P<den>[234568]|10|16)(?![\d/])")
_RANGE_SEP = re.compile(r"\s*(?P<sep>-to-|-|–|—|to|and)\s*", re.IGNORECASE)
_SUFFIX = re.compile(
    r"\s*(?P<s>or\s+more|or\s+so|-?plus\b|\+|-odd\b|(?:and|or)\s+(?:older|above|over)\b|"
    r"(?:and|or)\s+(?:younger|under|below|less|fewer)\b)",
    re.IGNORECASE,
)
_QUALIFIERS: dict[str, Qualifier] = {
    "more than": "more_than", "over": "more_than", "upwards of": "more_than",
    "in excess of": "more_than", "just over": "more_than", "well over": "more_than",
    "above": "more_than", "exceeding": "more_than", "beyond": "more_than",
    "less than": "less_than", "fewer than": "less_than", "under": "less_than",
    "below": "less_than", "just under": "less_than",
    "about": "about", "around": "about", "some": "about", "nearly": "about",
    "almost": "about", "roughly": "about", "approximately": "about", "close to": "about",
    "an estimated": "about", "estimated": "about", "circa": "about", "nearly all": "about",
    "an approximate": "about", "up to about": "at_most", "up to around": "at_most",
    "at least": "at_least", "a minimum of": "at_least", "no fewer than": "at_least",
    "no less than": "at_least", "not less than": "at_least",
    "up to": "at_most", "at most": "at_most", "as many as": "at_most",
    "no more than": "at_most", "a maximum of": "at_most", "as much as": "at_most",
    "not more than": "at_most", "~": "about",
}  # fmt: skip
_SUFFIX_QUALIFIERS: dict[str, Qualifier] = {
    "ormore": "at_least", "orso": "about", "-odd": "about", "andolder": "at_least",
    "orolder": "at_least", "andabove": "at_least", "orabove": "at_least", "andover": "at_least",
    "orover": "at_least", "andyounger": "at_most", "oryounger": "at_most", "andunder": "at_most",
    "orunder": "at_most", "andbelow": "at_most", "orbelow": "at_most", "orless": "at_most",
    "orfewer": "at_most", "andless": "at_most", "andfewer": "at_most",
}  # fmt: skip
_QUALIFIER_BEFORE = re.compile(
    r"\b(?P<q>"
    + "|".join(
        q.replace(" ", r"\s+") for q in sorted(_QUALIFIERS, key=len, reverse=True) if q[0].isalpha()
    )
    + r"|between|from)\s+$|(?P<tilde>~)\s*$",
    re.IGNORECASE,
)
_CLOCK_AFTER = re.compile(r"^(?::\d\d|\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|UTC|hrs\b|o'clock))", re.I)
_MONEY_CUES = words_of(
    "cost pay paid worth fine price spend spent budget fund aid loan salary raise deal sum"
)
#: Entity labels of names that a number can be part of.
_NAME_LABELS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "LAW", "FAC", "EVENT", "PERSON"})
_TIME_UNITS = {"decade": ("year", 10.0), "century": ("year", 100.0)}
_CATEGORY_BY_DIMENSION = {"length": "distance", "area": "area", "money": "money"}
_AREA_NOUNS = words_of("territory land area country region surface sea")
_MONEY_NOUNS = words_of("gdp budget spending revenue economy income output budgets expenditure")
_POPULATION_HOSTS = words_of("population country nation city town village home state region island")


@dataclass(slots=True)
class _Found:
    start: int
    end: int
    value: float
    upper: float | None
    qualifier: Qualifier
    unit: str | None
    dimension: str | None
    core_end: int
    words: str = ""  # the number when written in words (`two`, `one`), else empty


class QuantityExtractor:
    """Finds numbers that count or measure something, with bounds, unit and category."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        ext.quantities(doc).extend(find_quantities(doc))
        return doc


def find_quantities(doc: Doc) -> list[Quantity]:
    """The quantities of ``doc``, ids ``q1``.. in text order (dates already found)."""
    text = doc.text
    blocked = sorted((d.span.start, d.span.end) for d in ext.dates(doc))
    dated = Ranges((start, end, None) for start, end in blocked)
    found: list[tuple[_Found, Token | None]] = []
    pos = 0
    while True:
        match = _CORE.search(text, pos)
        if match is None:
            break
        pos = match.end()
        item = _read(match, text)
        if item is None:
            continue
        if dated.overlaps(match.start(), match.end()):
            continue  # a date (`2018 to 3.9 million` starts with one)
        pos = max(pos, item.core_end)
        if dated.overlaps(item.start, item.core_end):
            continue
        if _ends_date_range(text, item.start, blocked) or _is_era_year(text, item):
            continue  # `1990 to 2000`, `between A.D. 1000 and 1260`: years
        head = _number_token(doc, match)
        if head is None or not _is_quantity(match, head, item):
            continue
        if item.unit is None and item.qualifier == "exact" and _age_apposition(head):
            item.unit, item.dimension = "year", "age"  # `Nick Hague, 44, has spent`
        found.append((item, head))
    found = _merge_conversions(found, text)
    kept: list[tuple[_Found, Token | None]] = []
    quantities: list[Quantity] = []
    for item, token in found:
        quantity = _finish(doc, text, item, token, len(quantities) + 1)
        if _counts_something(item, quantity, text):
            kept.append((item, token))
            quantities.append(quantity)
    bare = [
        item.unit is None and q.counted is None
        for (item, _), q in zip(kept, quantities, strict=True)
    ]
    for i, unit in _elided_units(doc, quantities, bare).items():
        item, token = kept[i]
        quantities[i] = _finish(doc, text, item, token, i + 1, elided_unit=unit)
    return quantities


_RANGE_GAP = re.compile(r"\s*(?:-|–|—|to|and|until|till)\s*$", re.IGNORECASE)


def _ends_date_range(text: str, start: int, blocked: list[tuple[int, int]]) -> bool:
    if not re.match(r"(?:1\d|20)\d\d(?![\d.,])", text[start : start + 5]):
        return False
    return any(e <= start and _RANGE_GAP.fullmatch(text[e:start]) is not None for _, e in blocked)


_ERA = r"(?:A\.D\.|AD|B\.C\.E?|BCE?|C\.E\.|CE)"
_ERA_BEFORE = re.compile(rf"\b{_ERA}\s*(?:\d{{1,4}}\s*(?:-|–|to|and)\s*)?$")
_ERA_AFTER = re.compile(rf"\s*{_ERA}(?![A-Za-z])")


def _is_era_year(text: str, item: _Found) -> bool:
    """`A.D. 1000 and 1260`, `300 BC`: years of an era, not quantities."""
    if item.unit is not None:
        return False
    return bool(
        _ERA_BEFORE.search(text[max(0, item.start - 16) : item.start])
        or _ERA_AFTER.match(text, item.end)
    )


def _age_apposition(token: Token) -> bool:
    """A whole number right after a person's name and before a verb or comma is an age:
    `Nick Hague, 44, has spent`, `Ms Rosa 37 said`; between commas after any proper
    noun too (`Mr Davies, 60, said`), as the tagger does not always see a person."""
    if not token.like_num or not token.text.isdigit() or not 1 <= int(token.text) <= 110:
        return False
    doc = token.doc
    i = token.i - 1
    comma_before = i >= 0 and doc[i].text == ","
    if comma_before:
        i -= 1
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if i < 0 or nxt is None or doc[i + 1].ent_iob_ == "I":
        return False
    if doc[i].ent_type_ == "PERSON":
        return nxt.text in {",", ")"} or nxt.pos_ in {"VERB", "AUX"}
    return (
        comma_before
        and nxt.text == ","
        and doc[i].pos_ == "PROPN"
        and doc[i].text[:1].isupper()
        and doc[i].ent_type_ not in {"GPE", "LOC", "ORG", "NORP"}
    )


_BARE_NUMBER = re.compile(rf"\d[\d.,]*(?:\s*(?:{_SCALE}|bn|mn|m|k))?", re.IGNORECASE)
#: How far apart two numbers of one list can be (`435 homes by sale and 187 by tender`).
_ELLIPSIS_TOKENS = 14
#: How many quantities either side are looked at (keeps long documents linear).
_ELLIPSIS_NEIGHBOURS = 6


_DURATION = re.compile(
    r"(?i)\b(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|century|centuries)"
    r"\b(?!\s*-?\s*old)"
)


def _level_after_change(text: str, change: Quantity, gap: str) -> bool:
    """`rose 3% to 12`: the number after `to` is a level, not a percentage; but `from
    5% to 4` is one."""
    if change.unit != "percent" or gap.strip().lower() != "to":
        return False
    return not re.search(r"(?i)\bfrom\s+$", text[max(0, change.span.start - 6) : change.span.start])


def _elided_units(doc: Doc, quantities: list[Quantity], bare: list[bool]) -> dict[int, str]:
    """A bare number beside a like number with a unit shares its unit: `435 homes by
    open sale and 187 by tender`, `rose by 2 percent ... fell by 1`, `16,369.03, up 58.06
    points`. Like means within a factor of ten of each other, in the same sentence,
    the nearest first; a level followed by `up`/`down` and a change takes the change's."""
    units: dict[int, str] = {}
    if len(quantities) < 2:
        return units
    text = doc.text
    tokens = [doc.char_span(q.span.start, q.span.end, alignment_mode="expand") for q in quantities]
    sentences = doc.has_annotation("SENT_START")
    for i, q in enumerate(quantities):
        span_i = tokens[i]
        if not bare[i] or span_i is None:
            continue
        if not _BARE_NUMBER.fullmatch(q.span.text):
            continue
        best: tuple[int, Quantity] | None = None
        for j in range(
            max(0, i - _ELLIPSIS_NEIGHBOURS), min(len(quantities), i + _ELLIPSIS_NEIGHBOURS + 1)
        ):
            other, span = quantities[j], tokens[j]
            if j == i or bare[j] or other.unit in {None, "fraction"} or span is None:
                continue
            if _DURATION.search(other.span.text):
                continue  # `plus 8 ... for seven years`: a duration lends no unit
            if sentences and span.sent.start != span_i.sent.start:
                continue
            distance = span_i.start - span.end if j < i else span.start - span_i.end
            if distance < 0 or distance > _ELLIPSIS_TOKENS:
                continue
            gap = text[min(q.span.end, other.span.end) : max(q.span.start, other.span.start)]
            if "(" in gap or ")" in gap:
                continue  # `1.356 billion ($1.762bn)`: a restatement in another unit
            if _level_after_change(text, other, gap) and j < i:
                continue  # `rose 3% to 12`: a change, then a level
            change_after = j == i + 1 and re.fullmatch(r"[\s,]*(?:up|down)\s*", gap)
            low, high = sorted((abs(q.value), abs(other.value)))
            if not change_after and not (low > 0 and high <= 10 * low):
                continue
            if best is None or distance < best[0]:
                best = (distance, other)
        if best is not None and best[1].unit is not None:
            units[i] = best[1].unit
    return units


def _counts_something(item: _Found, quantity: Quantity, text: str) -> bool:
    """Numbers in words must count or measure something visible: `the two` of a
    story, `one` as in `one argument`, `one of the victims` single out, not count."""
    if not item.words:
        return True
    if item.words == "one":
        if re.match(r"\s+of\b", text[item.core_end : item.core_end + 4]):
            return False
        return (
            quantity.qualifier != "exact"
            or item.dimension not in {None, "count"}
            or quantity.category != "other"
            or quantity.unit == "person"  # `one man`, `one soldier`
        )
    return quantity.counted is not None or quantity.unit is not None or quantity.category != "other"


def _read(match: re.Match[str], text: str) -> _Found | None:
    g = match.groupdict()
    start, end = match.start(), match.end()
    qualifier: Qualifier = "exact"
    unit: str | None = None
    dimension: str | None = None
    value: float | None
    if g["cur"] and not (g["dig"]):
        return None
    if g["cur"] == "PS" and not (g["sc"] or g["sc2"] or re.search(r"[.,]", g["dig"])):
        return None  # `PS5` names a console; `PS2.7m`, `PS6m` are ASCII-folded pounds
    if g["dig"]:
        value = float(g["dig"].replace(",", ""))
        slash = _SLASH_FRACTION.match(text, end)
        if slash and not (g["sc"] or g["sc2"]) and value < int(slash.group("den")):
            value /= int(slash.group("den"))  # `1/4 mile`, `3/4 of the vote`
            end = slash.end()
            if re.match(r"\s+of\b", text[end : end + 4]):
                unit, dimension = "fraction", "ratio"
        elif re.match(r"/\d", text[end : end + 2]):
            return None  # `24/7`, `9/11`: a name or a date, not a count
        tail = text[end : end + 1]
        glued = _UNIT.match(text, end) if tail.isalpha() else None
        if tail.isalpha() and (
            glued is None
            or (
                len(glued.group("u")) == 1
                and glued.group("u").isupper()
                and not _GLUED_CAPITAL_UNIT.fullmatch(glued.group("u") + g["dig"].split(".")[0])
            )
        ):
            return None  # `22nd`, `5G`, `1990s`, `3D`
        if _CLOCK_AFTER.match(text[end : end + 8]):
            return None
        scale = g["sc"] or g["sc2"]
        if scale:
            scale = scale.lower()
            if scale == "m" and not g["cur"] and not _MILLIONS_OF.match(text, end):
                # `100m`, `the 400m mark` are metres; `$9m`, `9m people` are millions
                value, end, scale = value, end - 1, None
            if scale:  # in decimal, so that `£8.2bn` is 8200000000, not 8199999999.999999
                value = float(Decimal(g["dig"].replace(",", "")) * Decimal(SCALES[scale]))
    elif g["vague"]:
        value = VAGUE_COUNTS[" ".join(g["vague"].lower().split())]
        qualifier = "at_least"
    elif g["fd"] or g["half"]:
        numerator = word_number(g["fn"]) if g["fn"] else 1.0
        value = (numerator or 1.0) * FRACTIONS[(g["fd"] or g["half"]).lower()]
        unit, dimension = "fraction", "ratio"
    elif g["asc"]:
        value = SCALES[g["asc"].lower()]
    elif g["hsc"]:  # `half a million`, `a quarter of a million`
        part = g["halfa"].lower()
        share = 0.5 if part == "half" else 0.75 if part.startswith("three") else 0.25
        value = SCALES[g["hsc"].lower()] * share
    elif g["fsc"]:
        value, qualifier = SCALES[g["fsc"].lower()], "at_least"  # `several hundred`
    elif g["fold"]:
        value = word_number(g["fold"]) or 0.0
        unit, dimension = "fold", "count"
    elif g["au"]:
        value = 1.0
    else:
        value = word_number(g["w"])
    if value is None:
        return None
    if g["cur"]:
        unit, dimension = CURRENCY_PREFIXES[g["cur"]], "money"
    core_end = end
    upper: float | None = None
    if unit is None:
        unit, dimension, end = _unit_after(text, end, g["dig"] is not None)
    # a range: `150 to 200`, `10-15 km`, `between 1,500 and 3,000`
    before = _QUALIFIER_BEFORE.search(text[max(0, start - 30) : start])
    lead = " ".join((before.group("q") or before.group("tilde")).lower().split()) if before else ""
    sep = _RANGE_SEP.match(text, end)
    after_change = bool(
        sep
        and sep.group("sep").lower() == "to"
        and _CHANGE_BEFORE.search(text[max(0, start - 14) : start])
    )
    if sep and (sep.group("sep").lower() != "and" or lead == "between"):
        second = _CORE_AFTER_DASH.match(text, sep.end())
        if (
            second is not None
            and (second.group("dig") or second.group("w"))
            and (g["cur"] or not second.group("cur"))
        ):
            other = _read(second, text)
            if other is not None and other.value <= value and sep.group("sep") in "-–":
                return None  # `2-2`, `3-1`: a score
            if after_change and other is not None and other.value > 2 * value:
                other = None  # `rose by 6.5% to 164p`: a change, then a level
            if other is not None and other.value > value and other.qualifier == "exact":
                upper = other.value
                qualifier = "range"
                end = other.end
                core_end = other.core_end
                if unit is None:
                    unit, dimension = other.unit, other.dimension
                elif other.unit and other.unit != unit:
                    if other.unit.partition(" per ")[0] != unit:
                        return None
                    unit = other.unit  # `between $62 and $68 per share`
    suffix = _SUFFIX.match(text, end)
    if suffix and qualifier == "exact":
        word = suffix.group("s").lower().replace(" ", "")
        qualifier = _SUFFIX_QUALIFIERS.get(word, "more_than")
        end = suffix.end()
    lead_at = max(0, start - 30) + (before.start() if before else 0)
    if before and lead == "over" and not _over_is_qualifier(text, lead_at, unit):
        before = None
    if before and qualifier == "range" and lead in {"between", "from"}:
        start = lead_at
    if before and qualifier == "exact" and lead not in {"between", "from"}:
        qualifier = _QUALIFIERS[lead]
        start = start - len(text[max(0, start - 30) : start]) + before.start()
    elif before and qualifier == "at_least" and lead in _QUALIFIERS:
        start = start - len(text[max(0, start - 30) : start]) + before.start()
        qualifier = _QUALIFIERS[lead]
    if g["au"] and qualifier == "exact":
        return None  # `a day`, `a century`: an article, unless `more than a decade`
    rate = _RATE.match(text, end)
    if rate and unit is not None and dimension in {"money", "ratio", "count"}:
        unit = f"{unit} per {rate.group('per').lower()}"
        end = rate.end()
    if unit is None and _AGE_BEFORE.search(text[max(0, start - 12) : start]):
        unit, dimension = "year", "age"
    if unit in _TIME_UNITS:
        unit, factor = _TIME_UNITS[unit]
        value *= factor
        upper = upper * factor if upper is not None else None
    words = (g["w"] or "").lower()
    return _Found(start, end, value, upper, qualifier, unit, dimension, core_end, words)


_OVER_TIME_LEAD = re.compile(r"(?i)\b(?:for|in|of|after|since|been|lasted|took|taken|than)\s+$")
_TIME_DIMENSIONS = frozenset({"time", "age"})


def _over_is_qualifier(text: str, over_at: int, unit: str | None) -> bool:
    """`over 100 people` counts more than 100; `sovereignty over 90%` and `spending over
    four years` use `over` as a preposition."""
    over_at = max(0, over_at)
    lead = text[max(0, over_at - 12) : over_at]
    if unit is not None and UNITS.get(unit, ("", ""))[1] in _TIME_DIMENSIONS:
        return bool(_OVER_TIME_LEAD.search(lead))
    word = re.search(r"(\w+)\s*$", lead)
    return not (word and word.group(1).lower() in _OVER_PREP_AFTER)


_OVER_PREP_AFTER = words_of(
    "sovereignty control authority power jurisdiction claim claims influence rule dispute "
    "fight battle talks"
)


def _unit_after(text: str, end: int, digits: bool) -> tuple[str | None, str | None, int]:
    match = _UNIT.match(text, end)
    form = match.group("u") if match else ""
    if (
        match
        and not (form.lower() in _GLUED_ONLY and match.group("gap"))
        and not (len(form) == 1 and form.isupper() and form not in "WCF")  # `5G`, `3D`: names
    ):
        unit, dimension = UNITS[match.group("u").lower()]
        if unit == "GBP?":
            window = text[max(0, end - 80) : end + 40].lower()
            money = "£" in window or any(cue in window for cue in _MONEY_CUES)
            unit, dimension = ("GBP", "money") if money else ("lb", "mass")
        return unit, dimension, match.end()
    hyphen = _HYPHEN_WORDS.match(text, end)
    if hyphen:
        return "person", "count", hyphen.end()
    return None, None, end


def _number_token(doc: Doc, match: re.Match[str]) -> Token | None:
    """The token holding the number (its last word, for `two hundred`)."""
    for group in ("dig", "vague", "fd", "half", "asc", "hsc", "fsc", "fold", "w", "au"):
        if match.group(group):
            span = doc.char_span(match.start(group), match.end(group), alignment_mode="expand")
            return span[-1] if span is not None and len(span) else None
    return None


def _is_quantity(match: re.Match[str], token: Token, item: _Found) -> bool:
    measured = item.dimension not in {None, "count", "ratio"}
    if token.ent_type_ in _NAME_LABELS and not match.group("cur") and _in_named_entity(token):
        return False
    doc = token.doc
    first = doc[token.i - (len(match.group(0).split()) - 1)] if match.group("w") else token
    prev = doc[first.i - 1] if first.i > 0 else None
    if prev is not None and prev.lower_ in _INDEX_NAMES and not match.group("cur"):
        return False  # `S&P 500`, `FTSE 100`, `Fortune 500`, lower-cased too
    if (
        not measured
        and prev is not None
        and not prev.is_sent_start
        and prev.pos_ in {"PROPN", "NOUN", "ADJ", "X"}
        and any(c.isupper() for c in prev.text)
        and prev.ent_type_ not in {"MONEY", "CARDINAL", "QUANTITY", "PERCENT", "NORP"}
        and prev.lower_.rstrip(".") not in _MONTH_WORDS
        and not match.group("cur")
    ):
        return False  # `Apollo 11`, `World War Two`, `Row 21`, `iPhone 11`, `S P 500`
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if (
        nxt is not None
        and not (token.dep_ == "nummod" and token.head.tag_ in {"NNS", "NNPS"})
        and nxt.pos_ == "PROPN"
        and nxt.text[:1].isupper()
        and nxt.ent_type_ not in {"NORP", "GPE"}
        and nxt.lower_ not in UNITS
        and not match.group("cur")
        and not match.group("vague")
    ):
        return False  # `787 Dreamliner`, `11 Pro`
    digits = match.group("dig") or ""
    if (
        re.fullmatch(r"(?:1[89]|20)\d\d", digits)
        and not match.group("cur")
        and not (token.dep_ == "nummod" and token.head.tag_ in {"NNS", "NNPS"})
        and not _UNIT.match(match.string, match.end("dig"))
    ):
        return False  # a year the date resolver left alone (`Citycarver 2019 review`)
    if match.group("w") and match.start("w") > 0 and match.string[match.start("w") - 1] == "-":
        return False  # `production-four-door`
    word = (match.group("w") or "").lower()
    # a capitalised number word inside a sentence names something: `the Group of Seven`
    return not (word and first.text[:1].isupper() and not first.is_sent_start)


#: Names of share indices and rankings that end in a number.
_INDEX_NAMES = words_of("s&p sp ftse nikkei dax fortune russell stoxx kospi sensex nifty asx")
_MONTH_WORDS = words_of(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday "
    "saturday sunday"
)


def _in_named_entity(token: Token) -> bool:
    """Whether the entity around ``token`` has a name word besides numbers (`Apollo 11`,
    not an entity the tagger made of a number alone, such as `5kW`)."""
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            return any(t.is_alpha and t.text[:1].isupper() and not t.like_num for t in ent)
    return False


def _merge_conversions(
    found: list[tuple[_Found, Token | None]], text: str
) -> list[tuple[_Found, Token | None]]:
    """`35km (22 miles)`: the measure in brackets restates the one before it."""
    kept: list[tuple[_Found, Token | None]] = []
    for item, token in found:
        if kept:
            last = kept[-1][0]
            between = text[last.end : item.start]
            if (
                re.fullmatch(r"\s*\(\s*(?:about\s+|some\s+|or\s+)?", between)
                and last.dimension is not None
                and last.dimension == item.dimension
                and last.dimension not in {"count", "ratio"}
            ):
                continue
        kept.append((item, token))
    return kept


def _finish(
    doc: Doc, text: str, item: _Found, token: Token | None, n: int, elided_unit: str | None = None
) -> Quantity:
    if elided_unit is not None:  # `$2bn ... 1.5bn`: the borrowed unit brings its dimension
        dimension = _DIMENSION_OF.get(elided_unit.partition(" per ")[0])
        item = dataclasses.replace(item, unit=elided_unit, dimension=dimension)
    counted_span = _counted(doc, item, token) if token is not None else None
    unit = item.unit
    counted: str | None = None
    end = item.end
    head: Token | None = None
    if counted_span is not None:
        head, c_start, c_end = counted_span
        counted = text[c_start:c_end]
        if item.dimension in {None, "count", "ratio"}:
            end = max(end, c_end)
        if unit is None and head.pos_ != "PRON":
            unit = "person" if _is_person(head) else head.lemma_.lower()
    category = _category(doc, item, token, head, unit)
    if unit is None and category in _PERSON_CATEGORIES:
        unit = "person"
    return Quantity(
        id=f"q{n}",
        span=TextSpan(item.start, end, text[item.start : end]),
        value=item.value,
        upper=item.upper,
        qualifier=item.qualifier,
        unit=unit,
        category=category,
        counted=counted,
    )


_PERSON_CATEGORIES = words_of(
    "killed wounded captured prisoners evacuees displaced refugees arrested hostages troops "
    "fighters population"
)
_NOUN_POS = frozenset({"NOUN", "PROPN"})


def _counted(doc: Doc, item: _Found, token: Token) -> tuple[Token, int, int] | None:
    """The counted noun phrase: (its head, start, end) in the text."""
    if item.dimension not in {None, "count", "ratio"} or item.unit in {"occurrence", "fold"}:
        return None
    # the first token that ends after the quantity (Doc.text is rebuilt on each access)
    first = next((t for t in doc[token.i :] if t.idx + len(t) > item.end), None)
    while first is not None and first.is_punct and first.i + 1 < len(doc) and first.is_quote:
        first = doc[first.i + 1]
    if first is None:
        return None
    if first.lower_ == "of":
        pobj = next((c for c in first.children if c.dep_ == "pobj"), None)
        if pobj is None and first.i + 1 < len(doc):
            pobj = doc[first.i + 1]
        if pobj is None or pobj.pos_ not in _NOUN_POS | {"PRON", "ADJ"}:
            return None
        right = max([pobj.i, *(c.i for c in pobj.conjuncts if c.i - pobj.i < 8)])
        return pobj, doc[first.i + 1].idx, doc[right].idx + len(doc[right])
    head = token.head
    if (
        token.dep_ in {"nummod", "quantmod", "amod", "compound"}
        and head.pos_ in _NOUN_POS
        and head.i > token.i
        and head.i - token.i <= 6
        and head.i >= first.i
    ):
        if item.value > 1 and head.tag_ == "NN" and first.tag_ == "NN" and first.dep_ == "compound":
            return first, first.idx, first.idx + len(first)  # `a 12 page document`: pages
        return head, first.idx, head.idx + len(head)
    for t in doc[first.i : min(first.i + 4, len(doc))]:
        if (t.pos_ in _NOUN_POS and t.tag_ in {"NNS", "NNPS"}) or t.ent_type_ == "NORP":
            return t, first.idx, t.idx + len(t)
        if t.pos_ not in {"ADJ", "NUM", "PROPN", "NOUN"}:
            break
    return None


def _is_person(head: Token) -> bool:
    lemma = head.lemma_.lower()
    if lemma in PERSON_NOUNS or head.lower_ in PERSON_NOUNS:
        return True
    if head.ent_type_ == "NORP":
        return True
    return head.lower_.endswith(("ians", "ists", "ians", "eers"))


def _category(
    doc: Doc, item: _Found, token: Token | None, head: Token | None, unit: str | None
) -> str:
    if item.dimension in _CATEGORY_BY_DIMENSION:
        return _CATEGORY_BY_DIMENSION[item.dimension]
    near, far = _context_lemmas(token, head) if token is not None else (set(), set())
    if item.dimension == "ratio":
        of_words = set()
        if head is not None:
            of_words = {t.lemma_.lower() for t in head.subtree if t.i - head.i < 6}
            of_words |= {head.lemma_.lower()}
        if (near | of_words) & {"population", "people", "inhabitant"}:
            return "population"
        if (near | of_words) & _AREA_NOUNS:
            return "area"
        if (near | of_words) & _MONEY_NOUNS:
            return "money"
    if item.dimension not in {None, "count", "ratio"}:
        return "other"
    counts_people = unit in {None, "person"} or (head is not None and _is_person(head))
    if counts_people or item.dimension == "ratio":
        for lemmas in (near, far):
            for category, cues in CATEGORY_CUES:
                if lemmas & cues:
                    return category
    if head is not None:
        by_noun = NOUN_CATEGORIES.get(head.lemma_.lower())
        if by_noun:
            return by_noun
        if counts_people and any(c.dep_ == "poss" and c.ent_type_ == "GPE" for c in head.children):
            return "population"  # `Syria's 24 million people`
    if counts_people and (near | far) & _FREED:
        return "hostages"  # `rescued 190 passengers`, `freed dozens of women`
    if counts_people and token is not None and doc.has_annotation("SENT_START"):
        # a state the whole sentence is about: `hijacked ... carrying 450 people`
        sentence = {t.lemma_.lower() for t in token.sent}
        for category, cues in CATEGORY_CUES:
            if category in _SENTENCE_CATEGORIES and sentence & cues:
                return category
    if counts_people and token is not None and _after_place_possessive(token, item.start):
        return "population"  # `Syria's nearly 24 million people`
    if counts_people and near & _POPULATION_HOSTS:
        return "population"
    return "other"


#: Freeing people implies they were held; weaker than what the counted noun says
#: (`freed 90 prisoners` stays prisoners).
_FREED = words_of("rescue free release liberate")
#: Categories a sentence's words can give a count of people that has no cue of its own
#: (not killed or wounded: those are said of particular numbers).
_SENTENCE_CATEGORIES = frozenset({"hostages", "evacuees", "refugees", "displaced"})


def _after_place_possessive(token: Token, start: int) -> bool:
    doc, i = token.doc, token.i
    while i > 0 and doc[i - 1].idx >= start:
        i -= 1
    return i >= 2 and doc[i - 1].lower_ in {"'s", "’s"} and doc[i - 2].ent_type_ == "GPE"


_VERB_CHILD_DEPS = frozenset(
    {"oprd", "xcomp", "acomp", "attr", "npadvmod", "prt", "agent", "dobj", "nsubj", "nsubjpass"}
)


def _context_lemmas(token: Token, head: Token | None) -> tuple[set[str], set[str]]:
    """Lemmas that say what happened to what is counted, near and far: near are the
    noun and its modifiers, the words above the number up to the first verb and
    that verb's complements and subject; far is the verb it is coordinated with
    (`killing one and injuring four`: `injuring` decides for `four`)."""
    words: list[Token] = []
    far: list[Token] = []
    if head is not None:
        words.append(head)
        words.extend(c for c in head.children if c.dep_ in {"amod", "compound", "acl", "relcl"})
    current = token
    for _ in range(5):
        if current.head is current:
            break
        current = current.head
        words.append(current)
        if current.pos_ in {"VERB", "AUX"}:
            words.extend(c for c in current.children if c.dep_ in _VERB_CHILD_DEPS)
            for c in current.children:
                if c.dep_ == "xcomp":
                    words.extend(c.children)
            if current.dep_ in {"conj", "xcomp", "advcl"} and current.head.pos_ == "VERB":
                far.append(current.head)
            break
    near = {w.lemma_.lower() for w in words} | {w.lower_ for w in words}
    if near & {"death", "toll"}:
        near.add("kill")
    return near, {w.lemma_.lower() for w in far}


@Language.factory("claimwire_quantities")
def make_quantities(nlp: Language, name: str) -> QuantityExtractor:
    return QuantityExtractor(nlp, name)
