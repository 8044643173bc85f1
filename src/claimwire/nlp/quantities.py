"""Finds numbers that count or measure something, with bounds, unit and category.

One scan of the text finds number cores (digits, words, ``a dozen``, ``a fifth``,
vague ``hundreds``); around each the extractor reads the qualifier before it
(``more than``, ``up to``...), a currency sign or a unit, a range (``150 to 200``,
``between 1,500 and 3,000``), and through the parse the noun it counts and the
words that say what happened to those counted, which decide the category.

Not quantities: dates and clock times (the date resolver's mentions are
skipped), ordinals (``22nd``), numbers inside names (``World War Two``,
``Apollo 11``, ``G20``, ``Section 427``), ``one`` as a pronoun (``no one``). A
measure given twice, ``35km (22 miles)``, is one quantity: the first.
Vague counts take ACLED's reading: ``dozens`` → 12, ``hundreds`` → 100,
``thousands`` → 1000, each ``at_least``, and the span keeps the words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Token

from claimwire.nlp import extensions as ext
from claimwire.nlp._numbers import FRACTIONS, SCALES, VAGUE_COUNTS, parse_number, word_number
from claimwire.nlp._numbers_units import (
    CATEGORY_CUES,
    CURRENCY_PREFIXES,
    NOUN_CATEGORIES,
    PERSON_NOUNS,
    UNITS,
    words_of,
)
from claimwire.records import Qualifier, Quantity
from claimwire.records import Span as TextSpan

__all__ = ["QuantityExtractor", "find_quantities"]

_WORDNUM = (
    "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    "eighty|ninety"
)
_SCALE = "hundred|thousand|million|billion|trillion|dozen"
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
    rf"|\b(?:(?P<fn>a|one|two|three|four|five|seven|nine)[\s-]+)(?P<fd>{_FRACTION})"
    rf"(?=\s+(?:of|the)\b)|\b(?P<half>half)(?=\s+of\b)"
    rf"|\b(?P<a>an?)\s+(?P<asc>dozen|hundred|thousand|million|billion)\b"
    rf"|\b(?P<w>(?:{_WORDNUM})(?:[\s-]+(?:and\s+)?(?:{_WORDNUM}|{_SCALE}))*)\b"
    rf"|\b(?P<au>an?)(?=\s+(?:year|decade|month|week|day|hour|century|mile|kilomet)\b)"
    r")"
)
_CORE = re.compile(_CORE_PATTERN.replace("LOOKBEHIND", r"(?(cur)|(?<![\w.,/:-]))"), re.IGNORECASE)
#: The second number of a range (`10-15`), which follows a hyphen.
_CORE_AFTER_DASH = re.compile(_CORE_PATTERN.replace("LOOKBEHIND", ""), re.IGNORECASE)
_UNIT_FORMS = sorted(UNITS, key=len, reverse=True)
_UNIT = re.compile(
    r"(?P<gap>\s*-\s*|\s+|)(?P<u>"
    + "|".join(re.escape(f) for f in _UNIT_FORMS)
    + r")(?![A-Za-z0-9])",
    re.IGNORECASE,
)
#: Units that count only glued to the number (`5t`, `100m`), never after a space.
_GLUED_ONLY = frozenset({"m", "t", "l", "c", "f", "p", "g", "w", "mi", "ha", "pc", "in.", "°", "k"})
_HYPHEN_WORDS = re.compile(r"-(?P<w>man|strong|member|person|seat|nation|country)\b", re.I)
_RATE = re.compile(
    r"\s*(?:a|an|per|/)\s*(?P<per>barrel|gallon|litre|liter|month|year|day|week|hour|minute|"
    r"second|gram|share|ton|tonne|kilogram|kg|head|person|capita|kilowatt-hour|kwh|square\s+foot"
    r"|square\s+metre|square\s+meter)\b(?!\s+(?:earlier|ago|later|before|after|of)\b)",
    re.IGNORECASE,
)
_AGE_BEFORE = re.compile(r"(?i)\b(?:aged?|ages|age\s+of)\s+$")
_CHANGE_BEFORE = re.compile(
    r"(?i)\b(?:rose|rise[sn]?|fell|fall(?:s|en)?|increased?|decreased?|grew|grown|gained?|lost|"
    r"climbed?|dropped|jumped?|slipped|declined?|up|down|by)\s+$"
)
_RANGE_SEP = re.compile(r"\s*(?P<sep>-|–|—|to|and)\s*", re.IGNORECASE)
_SUFFIX = re.compile(r"\s*(?P<s>or\s+more|or\s+so|-?plus\b|\+|-odd\b)", re.IGNORECASE)
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
    "not more than": "at_most",
}  # fmt: skip
_SUFFIX_QUALIFIERS: dict[str, Qualifier] = {"ormore": "at_least", "orso": "about", "-odd": "about"}
_QUALIFIER_BEFORE = re.compile(
    r"\b(?P<q>"
    + "|".join(q.replace(" ", r"\s+") for q in sorted(_QUALIFIERS, key=len, reverse=True))
    + r"|between|from)\s+$",
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
        if any(s < match.end() and match.start() < e for s, e in blocked):
            continue  # a date (`2018 to 3.9 million` starts with one)
        pos = max(pos, item.core_end)
        if any(s < item.core_end and item.start < e for s, e in blocked):
            continue
        head = _number_token(doc, match)
        if head is None or not _is_quantity(match, head):
            continue
        found.append((item, head))
    found = _merge_conversions(found, text)
    quantities: list[Quantity] = []
    for item, token in found:
        quantity = _finish(doc, text, item, token, len(quantities) + 1)
        if _counts_something(item, quantity, text):
            quantities.append(quantity)
    return quantities


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
    if g["dig"]:
        value = float(g["dig"].replace(",", ""))
        tail = text[end : end + 1]
        glued = _UNIT.match(text, end) if tail.isalpha() else None
        if tail.isalpha() and (
            glued is None
            or (
                len(glued.group("u")) == 1
                and glued.group("u").isupper()
                and glued.group("u") != "W"
            )
        ):
            return None  # `22nd`, `5G`, `1990s`, `3D`
        if _CLOCK_AFTER.match(text[end : end + 8]):
            return None
        scale = g["sc"] or g["sc2"]
        if scale:
            scale = scale.lower()
            if scale == "m" and not g["cur"] and not re.match(r"\s+[a-z]", text[end : end + 3]):
                # `100m` alone is metres; `$9m`, `9m people` are millions
                value, end, scale = value, end - 1, None
            if scale:
                value *= SCALES[scale]
    elif g["vague"]:
        value = VAGUE_COUNTS[" ".join(g["vague"].lower().split())]
        qualifier = "at_least"
    elif g["fd"] or g["half"]:
        numerator = word_number(g["fn"]) if g["fn"] else 1.0
        value = round((numerator or 1.0) * FRACTIONS[(g["fd"] or g["half"]).lower()], 3)
        unit, dimension = "fraction", "ratio"
    elif g["asc"]:
        value = SCALES[g["asc"].lower()]
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
    lead = " ".join(before.group("q").lower().split()) if before else ""
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
                    return None
    suffix = _SUFFIX.match(text, end)
    if suffix and qualifier == "exact":
        word = suffix.group("s").lower().replace(" ", "")
        qualifier = _SUFFIX_QUALIFIERS.get(word, "more_than")
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
        unit, dimension = "year of age", "age"
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
        and not (len(form) == 1 and form.isupper() and form != "W")  # `5G`, `3D`: names
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
    for group in ("dig", "vague", "fd", "half", "asc", "w", "au"):
        if match.group(group):
            span = doc.char_span(match.start(group), match.end(group), alignment_mode="expand")
            return span[-1] if span is not None and len(span) else None
    return None


def _is_quantity(match: re.Match[str], token: Token) -> bool:
    if token.ent_type_ in _NAME_LABELS and not match.group("cur") and _in_named_entity(token):
        return False
    doc = token.doc
    first = doc[token.i - (len(match.group(0).split()) - 1)] if match.group("w") else token
    prev = doc[first.i - 1] if first.i > 0 else None
    if (
        prev is not None
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


def _finish(doc: Doc, text: str, item: _Found, token: Token | None, n: int) -> Quantity:
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
    if item.dimension not in {None, "count", "ratio"} or item.unit in {"times", "fold"}:
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
    if counts_people and token is not None and _after_place_possessive(token, item.start):
        return "population"  # `Syria's nearly 24 million people`
    if counts_people and near & _POPULATION_HOSTS:
        return "population"
    return "other"


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


def number_value(text: str) -> float | None:
    """Public for tests and benchmarks: ``parse_number`` on a phrase."""
    return parse_number(text)


@Language.factory("claimwire_quantities")
def make_quantities(nlp: Language, name: str) -> QuantityExtractor:
    return QuantityExtractor(nlp, name)
