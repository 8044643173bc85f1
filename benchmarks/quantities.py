"""Quantities: NewsQuant (the CQE paper's news set) and the dev gold.

``python -m benchmarks.quantities`` runs claimwire's quantity extractor and, on the
same inputs, quantulum3 as the peer baseline, and writes the ``quantities``
section of RESULTS.md.

NewsQuant (dev half, 295 sentences; rows ``{text, quantities: [{value, change,
unit, normalized_unit, referred_concepts}]}``, ranges written ``low-high``) is
scored as the CQE paper defines its figures: per sentence, each gold quantity is
matched to at most one predicted quantity with the same value (numpy's
``isclose``, the CQE scorer's test; ranges: both bounds); *value* F1 counts those
matches, *value+unit* those whose normalised unit is also equal (lower case, as
the scorer compares), *value+change* those whose change (``=``, ``~``, ``>``,
``<``, ``up``, ``down``) is also equal; precision is over all predictions, recall
over all gold. CQE's own script (``evaluate_models.py``) counts more loosely (a
prediction whose unit differs is not used up and can match a second gold value;
change hits are counted per value match): :func:`score_newsquant_as_cqe_script`
reimplements that counting, reported beside; the one-to-one figures are the
headline and the gated ones (on the dev half both countings agree). As CQE's
scorer does, gold ranges are averaged for quantulum3, whose parse gives one number.

The adapter, written once here because claimwire's records have no change field
and name units their own way: units get NewsQuant's normalised names
(``percent`` → ``percentage``, ``USD`` → ``dollar``, an age → ``year of age``, a
fraction → ``% <counted>``, a counted noun phrase → its lemmas without
determiners and participles, no unit → ``-``); a vague plural (``dozens``,
``millions of``, ``tens of thousands``), at least N in the record, is NewsQuant's
range [N, 10N) with change ``=``; the change is the qualifier's (``about`` →
``~``, ``more_than``/``at_least`` → ``>``, ``less_than``/``at_most`` → ``<``)
or, for an exact number, a rise/fall word just before it (``up 19 cents``,
``rose 0.3%``, never ``rose to``), or the change it restates (``lost 190
points, or 0.6%``).

Dev gold: the seed and the VOA gold quantities, lenient span match
(GOLD_FORMAT.md): value, then value + qualifier + unit + category all right.
quantulum3 is scored on value alone there (it has no qualifier or category).

``cqe`` (PyPI, 2.0.3) is not run: it needs torch, spacy-transformers and a
transformer model downloaded at run time (``spacy_download``), and pins
protobuf and typing_extensions in ways that conflict with this environment.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import time
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from benchmarks._common import (
    check_floors,
    data_path,
    dev_gold,
    have_data,
    prf,
    span_match,
    table,
    update_results,
)
from claimwire.nlp import extensions as ext
from claimwire.nlp import load_model
from claimwire.nlp._numbers_units import UNITS
from claimwire.nlp.quantities import find_quantities
from claimwire.records import Quantity

#: CI fails when a figure falls below these (a bit under what was measured).
FLOORS: dict[str, float] = {
    "newsquant_value_f1": 0.92,
    "newsquant_value_unit_f1": 0.865,
    "newsquant_value_change_f1": 0.865,
    "dev_value_f1": 0.92,
    "dev_all_right": 0.835,
    "seed_quantities_right": 1.0,
}

PUBLISHED = "CQE on NewsQuant (whole set): value F1 91.9, value+unit 85.5; quantulum3 73.1 / 47.1"

#: claimwire unit → NewsQuant's normalised unit name.
NORMALISED_UNITS = {
    "percent": "percentage", "USD": "dollar", "EUR": "euro", "GBP": "pound sterling",
    "CNY": "chinese yuan", "JPY": "japanese yen", "INR": "indian rupee", "RUB": "russian ruble",
    "CHF": "swiss franc", "CAD": "canadian dollar", "AUD": "australian dollar",
    "HKD": "hong kong dollar", "NZD": "new zealand dollar", "UAH": "ukrainian hryvnia",
    "cent": "cent", "pence": "penny", "km": "kilometre", "m": "metre", "cm": "centimetre",
    "mm": "millimetre", "km2": "square kilometre", "mi2": "square mile", "ha": "hectare",
    "tonne": "metric ton", "kg": "kilogram", "g": "gram", "lb": "pound-mass",
    "mph": "mile per hour", "km/h": "kilometre per hour", "kilowatt-hour": "kilowatt hour",
    "rpm": "revolutions per minute", "occurrence": "count", "fraction": "-", "DKK": "danish krone",
    "SEK": "swedish krona", "NOK": "norwegian krone", "TRY": "turkish lira", "ILS": "shekel",
    "MYR": "malaysian ringgit", "NGN": "nigerian naira", "PKR": "pakistani rupee",
    "BRL": "brazilian real", "SGD": "singapore dollar", "TWD": "new taiwan dollar",
    "MXN": "mexican peso", "pound-foot": "foot pound-force", "mmbtu": "mega british thermal unit",
    "kwh": "kilowatt hour", "mwh": "megawatt hour", "megawatt-hour": "megawatt hour",
}  # fmt: skip
#: Units that measure (as opposed to counted nouns), with their rates (`USD per barrel`).
_MEASURE_UNITS = frozenset(unit for unit, _ in UNITS.values()) | {"fraction"}
#: What may stand between a rise/fall word and the number it changes by: `up nearly
#: 57%`, `rose under 4%`; never `to` (`rose to $7.36 billion` is the new level).
_CHANGE_GAP = (
    r"\s+(?:by\s+)?(?:(?:about|around|nearly|almost|some|roughly|just|under|over|more\s+than|"
    r"less\s+than|another|a\s+further)\s+)?\S*$"
)
_UP = re.compile(
    r"(?i)\b(?:up(?!\s+to\b)|rose|rise|rises|rising|increased?|increases|increasing|gained?|"
    r"gains|grew|grow|grows|climbed?|climbs|jumped?|jumps|surged?|surges|soared?|soars|added|"
    r"advanced?|advances|higher|raised?|boost(?:ed)?)" + _CHANGE_GAP
)
_DOWN = re.compile(
    r"(?i)\b(?:down|fell|fall|falls|falling|dropped|drops?|declined?|declines|lost|loses|lose|"
    r"cut|cuts|lower|decreased?|decreases|slipped|slips?|shed|sheds|slid|slumped?|plunged?|"
    r"plummet(?:ed|ing|s)?|tumbled?|sank|reduced?|retreated?|eased)" + _CHANGE_GAP
)
#: A restatement of a change: `lost 190 points, or 0.6%`.
_OR_RESTATED = re.compile(r"\s*,?\s*or\s*$")
#: Vague plurals: NewsQuant writes `dozens`/`millions of` as the decade they open,
#: [12, 120), [1e6, 1e7); claimwire's records keep ACLED's lower bound.
_VAGUE_WORDS = re.compile(
    r"(?i)\b(?:tens|hundreds)\s+of\s+(?:thousands|millions)|\b(?:dozens|scores|hundreds|"
    r"thousands|millions|billions)\b"
)
_CHANGE_OF = {
    "about": "~", "more_than": ">", "at_least": ">", "less_than": "<", "at_most": "<",
    "exact": "=", "range": "=",
}  # fmt: skip


@dataclass(frozen=True)
class Tag:
    """One quantity as the CQE scorer sees it."""

    value: float | tuple[float, float]
    unit: str
    change: str = "="


# ---------------------------------------------------------------- adapters


def tags_from_quantities(doc: Doc, quantities: Iterable[Quantity]) -> list[Tag]:
    """claimwire's records as CQE tags: the value (a range for vague plurals), the
    unit under NewsQuant's name, and the change: the qualifier's, or for an exact
    number a rise/fall word before it (`rose 0.3%`), or the change it restates
    (`lost 190 points, or 0.6%`)."""
    text = doc.text
    tags: list[Tag] = []
    previous: tuple[Quantity, Tag] | None = None
    for q in quantities:
        value: float | tuple[float, float] = (q.value, q.upper) if q.upper is not None else q.value
        change = _CHANGE_OF[q.qualifier]
        if q.qualifier == "at_least" and _VAGUE_WORDS.search(q.span.text):
            value, change = (q.value, 10 * q.value), "="
        lead = text[max(0, q.span.start - 40) : q.span.start + 1]
        if change != "=":
            pass  # `up about 19 per cent` is `~`, `lost more than 60%` is `>` in NewsQuant
        elif _UP.search(lead):
            change = "up"
        elif _DOWN.search(lead):
            change = "down"
        elif previous and _OR_RESTATED.fullmatch(text[previous[0].span.end : q.span.start]):
            change = previous[1].change
        tag = Tag(value, _normalised_unit(doc, q), change)
        tags.append(tag)
        previous = (q, tag)
    return tags


def _normalised_unit(doc: Doc, q: Quantity) -> str:
    """NewsQuant's unit name: a measure's normalised name, or for counts the counted
    noun phrase lemmatised (`four different bosses` → `different boss`)."""
    base, _, per = (q.unit or "").partition(" per ")
    if base == "year" and (
        re.search(r"(?i)\bold\b|-old\b|\bage", q.span.text)
        or not re.search(r"(?i)year|decade|centur", q.span.text)  # `aged 35`, `Hague, 44,`
    ):
        return "year of age"  # claimwire writes ages in years, NewsQuant as `year of age`
    if base == "fraction":  # NewsQuant: `a third of those` → `% -`, `one of four X` → `% X`
        counted = _counted_lemmas(doc, q)
        return f"% {counted or '-'}"
    if base in _MEASURE_UNITS:
        name = NORMALISED_UNITS.get(base, base.lower())
        per = NORMALISED_UNITS.get(per.lower(), per)
        return f"{name} per {per}" if per else name
    counted = _counted_lemmas(doc, q)
    if counted:
        return counted
    if q.unit is None or q.unit == "person":
        return "-"
    return NORMALISED_UNITS.get(q.unit, q.unit.lower())


def _counted_lemmas(doc: Doc, q: Quantity) -> str:
    """The counted noun phrase as NewsQuant names units: lemmas of its content words,
    without determiners, numbers, participles (`charging stations` → `station`) and
    `more`/`other`, glued as the text glues them (`first-team player`)."""
    if not q.counted:
        return ""
    span = doc.char_span(q.span.end - len(q.counted), q.span.end, alignment_mode="expand")
    if span is None:
        return ""
    kept = [
        t
        for t in span
        if (
            t.pos_ not in {"DET", "PUNCT", "NUM", "PRON", "ADP", "CCONJ", "PART"}
            or (t.text == "-" and not t.whitespace_ and t.i > 0 and not t.nbor(-1).whitespace_)
        )
        and not (t.tag_ in {"VBG", "VBN"} and t.i < span.end - 1)
        and t.lower_ not in {"more", "other", "additional", "further", "extra"}
    ]
    words = "".join(
        _lemma(t) + (t.whitespace_ if i < len(kept) - 1 else "") for i, t in enumerate(kept)
    )
    return words.strip()


def _lemma(token: Any) -> str:
    lemma = str(token.lemma_).lower()
    if token.tag_ == "NNPS" and lemma.endswith("s"):
        lemma = lemma[:-1]  # `World Cups`: the tagger leaves proper plurals as they are
    return lemma


_QUANTULUM_UNITS = {
    "dimensionless": "-", "unk": "-", "per cent": "percentage", "dollar dollar": "dollar",
    "united states dollar": "dollar", "tonne": "metric ton", "degree angle": "degree",
    "degree celsius": "celsius", "degree fahrenheit": "fahrenheit", "yard yard": "yard",
}  # fmt: skip


def _quantulum_parser() -> Any:
    """quantulum3's parser, without its unit classifier: the pickled classifier that
    ships with quantulum3 0.10 cannot be loaded by the installed scikit-learn, so
    units are disambiguated by its built-in no-classifier rules."""
    from quantulum3 import classifier, parser

    classifier.USE_CLF = False
    return parser


def quantulum_tags(text: str) -> list[Tag]:
    """quantulum3's parse, with the unit renaming the CQE evaluation applies to it."""
    parser = _quantulum_parser()

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = parser.parse(text)
    tags = []
    for q in found:
        name = q.unit.name.lower()
        tags.append(Tag(float(q.value), _QUANTULUM_UNITS.get(name, name)))
    return tags


# ---------------------------------------------------------------- NewsQuant


def _gold_tag(row: dict[str, Any], average_ranges: bool = False) -> Tag:
    """A NewsQuant gold quantity; ranges are written `low-high`. CQE's scorer averages
    them for quantulum3, whose parse gives one number for a range."""
    raw = str(row["value"])
    value: float | tuple[float, float]
    if "-" in raw[1:] and "E" not in raw and not raw.startswith("-"):
        low, high = raw.split("-", 1)
        value = (float(low) + float(high)) / 2 if average_ranges else (float(low), float(high))
    else:
        value = float(raw)
    return Tag(value, str(row["normalized_unit"]).lower(), str(row["change"]))


def _close(gold: float, pred: float) -> bool:
    """numpy's ``isclose(gold, pred)`` (rtol 1e-5, atol 1e-8), the CQE scorer's test."""
    return abs(gold - pred) <= 1e-8 + 1e-5 * abs(pred)


def _same_value(gold: float | tuple[float, float], pred: float | tuple[float, float]) -> bool:
    if isinstance(gold, tuple) and isinstance(pred, tuple):
        return _close(gold[0], pred[0]) and _close(gold[1], pred[1])
    if isinstance(gold, tuple) or isinstance(pred, tuple):
        return False
    return _close(gold, pred)


def score_newsquant(
    rows: list[dict[str, Any]], system: Callable[[str], list[Tag]], average_ranges: bool = False
) -> dict[str, float]:
    n_gold = n_pred = value = value_unit = value_change = 0
    for row in rows:
        gold = [_gold_tag(q, average_ranges) for q in row["quantities"]]
        pred = system(row["text"])
        n_gold += len(gold)
        n_pred += len(pred)
        free = list(pred)
        for g in gold:
            candidates = [p for p in free if _same_value(g.value, p.value)]
            if not candidates:
                continue
            best = next((p for p in candidates if p.unit == g.unit), candidates[0])
            free.remove(best)
            value += 1
            value_unit += best.unit == g.unit
            value_change += best.change == g.change
    figures: dict[str, float] = {}
    for name, hits in (
        ("value", value),
        ("value_unit", value_unit),
        ("value_change", value_change),
    ):
        p, r, f1 = prf(hits, n_pred, n_gold)
        figures.update({f"{name}_p": p, f"{name}_r": r, f"{name}_f1": f1})
    figures["gold"] = float(n_gold)
    return figures


def score_newsquant_as_cqe_script(
    rows: list[dict[str, Any]], system: Callable[[str], list[Tag]], average_ranges: bool = False
) -> dict[str, float]:
    """The counting of CQE's own scorer (``evaluate_models.py`` in satya77/CQE_Evaluation),
    reimplemented: gold and predictions sorted by unit; for each gold quantity, every
    prediction with its value counts a value hit (at most as many as the sentence has
    gold) and a change hit when the change agrees, until one with the same unit too is
    found, which counts a unit hit and is used up. A prediction whose unit differs is
    not used up, so it can match several gold quantities, and precision can pass 1."""
    n_gold = n_pred = value = value_unit = value_change = 0
    for row in rows:
        gold = sorted(
            (_gold_tag(q, average_ranges) for q in row["quantities"]), key=lambda t: t.unit
        )
        free = sorted(system(row["text"]), key=lambda t: t.unit)
        n_gold += len(gold)
        n_pred += len(free)
        left = len(gold)
        for g in gold:
            for p in list(free):
                if not _same_value(g.value, p.value):
                    continue
                if left > 0:
                    value += 1
                    left -= 1
                value_change += p.change == g.change
                if p.unit == g.unit:
                    value_unit += 1
                    free.remove(p)
                    break
    return {
        f"{name}_f1": prf(hits, n_pred, n_gold)[2]
        for name, hits in (("value", value), ("value_unit", value_unit),
                           ("value_change", value_change))
    }  # fmt: skip


def newsquant_rows(quick: bool = False) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = json.loads(
        data_path("quantities", "newsquant-dev.json").read_text("utf-8")
    )
    return rows


# ---------------------------------------------------------------- Recognizers-Text

_SPEC_MODELS = ("CurrencyModel", "DimensionModel", "TemperatureModel", "AgeModel")


def spec_cases() -> list[tuple[str, list[float]]]:
    """Recognizers-Text's English number-with-unit spec cases (the models the .NET
    reference supports): each input with the values of the results it expects."""
    cases: list[tuple[str, list[float]]] = []
    base = data_path("time", "recognizers-text-specs", "Specs", "NumberWithUnit", "English")
    for model in _SPEC_MODELS:
        path = base / f"{model}.json"
        if not path.exists():
            continue
        for case in json.loads(path.read_text("utf-8-sig")):
            if "dotnet" in str(case.get("NotSupported", "")).lower():
                continue
            if case.get("NotSupportedByDesign"):
                continue
            values = []
            for result in case.get("Results", []):
                try:
                    values.append(float(result["Resolution"]["value"]))
                except (KeyError, TypeError, ValueError):
                    continue
            if values:
                cases.append((str(case["Input"]), values))
    return cases


def spec_value_recall(
    cases: list[tuple[str, list[float]]], system: Callable[[str], list[float]]
) -> float:
    """Share of the expected values found among a system's values for the same input
    (the specs list only their own model's results, so there is no precision)."""
    found = total = 0
    for text, values in cases:
        predicted = list(system(text))
        for value in values:
            total += 1
            hit = next((p for p in predicted if _close(value, p)), None)
            if hit is not None:
                predicted.remove(hit)
                found += 1
    return found / total if total else 0.0


# ---------------------------------------------------------------- dev gold


def run_dev(
    nlp: Language, quantulum: bool = False
) -> tuple[dict[str, float], dict[str, float] | None]:
    n_gold = n_pred = value_right = all_right = seed_total = seed_right = 0
    q_pred = q_right = 0
    for article in dev_gold():
        doc = nlp.make_doc(article.article.text)
        doc._.cw_published = dt.date.fromisoformat(article.article.published or "1970-01-01")
        doc = nlp(doc)
        pred = list(ext.quantities(doc))
        n_pred += len(pred)
        peer = _quantulum_spans(article.article.text) if quantulum else []
        q_pred += len(peer)
        used: set[str] = set()
        peer_used: set[int] = set()
        for gold in article.gold.get("quantities", []):
            n_gold += 1
            at = article.locate(gold["text"], gold.get("context"))
            if at is None:
                continue
            hit = next(
                (
                    q
                    for q in pred
                    if q.id not in used and span_match((q.span.start, q.span.end), at)
                ),
                None,
            )
            good_value = good_all = False
            if hit is not None:
                used.add(hit.id)
                # the gold writes fractions to three decimals (`one-third` 0.333)
                value = round(hit.value, 3) if hit.unit == "fraction" else hit.value
                good_value = _same_value(float(gold["value"]), value)
                good_all = good_value and (hit.qualifier, hit.unit, hit.category) == (
                    gold["qualifier"],
                    gold["unit"],
                    gold["category"],
                )
            value_right += good_value
            all_right += good_all
            if article.id.startswith("seed"):
                seed_total += 1
                seed_right += good_all
            for i, (start, end, v) in enumerate(peer):
                if i not in peer_used and span_match((start, end), at):
                    peer_used.add(i)
                    q_right += _same_value(float(gold["value"]), v)
                    break
    _, _, f1 = prf(value_right, n_pred, n_gold)
    ours = {
        "dev_value_f1": f1,
        "dev_all_right": all_right / n_gold if n_gold else 0.0,
        "seed_quantities_right": seed_right / seed_total if seed_total else 0.0,
        "dev_gold": float(n_gold),
        "dev_pred": float(n_pred),
    }
    theirs = None
    if quantulum:
        theirs = {"dev_value_f1": prf(q_right, q_pred, n_gold)[2], "dev_pred": float(q_pred)}
    return ours, theirs


def _quantulum_spans(text: str) -> list[tuple[int, int, float]]:
    parser = _quantulum_parser()

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return [(q.span[0], q.span[1], float(q.value)) for q in parser.parse(text)]


# ---------------------------------------------------------------- entry points


def build_nlp() -> Language:
    nlp = load_model()
    nlp.add_pipe("claimwire_dates")
    nlp.add_pipe("claimwire_quantities")
    return nlp


def ours(nlp: Language) -> Callable[[str], list[Tag]]:
    def system(text: str) -> list[Tag]:
        doc = nlp(text)
        return tags_from_quantities(doc, ext.quantities(doc))

    return system


def _extractor_share(nlp: Language, texts: list[str]) -> float:
    """The extractor's time as a share of the parse before it (a ratio of one run)."""
    with nlp.select_pipes(disable=["claimwire_quantities"]):
        started = time.perf_counter()
        docs = list(nlp.pipe(texts))
        parse = time.perf_counter() - started
    started = time.perf_counter()
    for doc in docs:
        find_quantities(doc)
    return (time.perf_counter() - started) / parse


def evaluate(quick: bool = False) -> dict[str, float]:
    """Our figures (no baseline): the CI gate calls this with ``quick=True``."""
    nlp = build_nlp()
    figures: dict[str, float] = {}
    if have_data("quantities", "newsquant-dev.json"):
        news = score_newsquant(newsquant_rows(quick), ours(nlp))
        figures.update({f"newsquant_{k}": v for k, v in news.items() if k != "gold"})
    if have_data("seed") or have_data("voa", "gold"):
        dev, _ = run_dev(nlp)
        figures.update({k: v for k, v in dev.items() if k not in {"dev_gold", "dev_pred"}})
    return figures


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    nlp = build_nlp()
    rows = newsquant_rows()
    started = time.perf_counter()
    news_ours = score_newsquant(rows, ours(nlp))
    ours_seconds = time.perf_counter() - started
    started = time.perf_counter()
    news_peer = score_newsquant(rows, quantulum_tags, average_ranges=True)
    peer_seconds = time.perf_counter() - started
    share = _extractor_share(nlp, [row["text"] for row in rows])
    script_ours = score_newsquant_as_cqe_script(rows, ours(nlp))
    cases = spec_cases()
    spec_ours = spec_value_recall(cases, lambda text: [q.value for q in ext.quantities(nlp(text))])
    spec_peer = spec_value_recall(cases, lambda text: [v for _, _, v in _quantulum_spans(text)])
    script_peer = score_newsquant_as_cqe_script(rows, quantulum_tags, average_ranges=True)
    dev_ours, dev_peer = run_dev(nlp, quantulum=True)
    assert dev_peer is not None
    table_rows = [
        [f"NewsQuant {name}: {part}", news_ours[f"{key}_{suffix}"], news_peer[f"{key}_{suffix}"]]
        for key, name in (("value", "value"), ("value_unit", "value+unit"),
                          ("value_change", "value+change"))
        for part, suffix in (("P", "p"), ("R", "r"), ("F1", "f1"))
    ]  # fmt: skip
    table_rows += [
        [f"NewsQuant {name} F1, counted as CQE's script counts", script_ours[key],
         script_peer[key]]
        for key, name in (("value_f1", "value"), ("value_unit_f1", "value+unit"),
                          ("value_change_f1", "value+change"))
    ]  # fmt: skip
    table_rows += [
        [f"Recognizers-Text number-with-unit specs ({len(cases)} cases): value recall",
         spec_ours, spec_peer],
    ]  # fmt: skip
    table_rows += [
        ["dev gold: value F1", dev_ours["dev_value_f1"], dev_peer["dev_value_f1"]],
        ["dev gold: value+qualifier+unit+category right", dev_ours["dev_all_right"], "—"],
        ["seed quantities right (with categories)", dev_ours["seed_quantities_right"], "—"],
    ]
    body = "\n".join(
        [
            "## Quantities (`python -m benchmarks.quantities`)",
            "",
            f"NewsQuant dev half ({len(rows)} sentences, {int(news_ours['gold'])} gold "
            f"quantities) scored as the CQE paper defines value, value+unit and value+change "
            f"F1 (one-to-one matches by value per sentence); dev gold = seed + VOA gold "
            f"({int(dev_ours['dev_gold'])} quantities, lenient spans). Peer baseline: "
            "quantulum3 0.10 on the same texts, with the unit renaming the CQE evaluation "
            "applies to it, and its no-classifier unit disambiguation (its pickled classifier "
            "does not load under the installed scikit-learn); quantulum3 has no notion of "
            "change, so each of its quantities counts as `=`, and as in CQE's scorer its "
            "gold ranges are averaged. CQE's own scorer counts more loosely than one-to-one "
            "(a prediction with another unit is not used up); the rows so counted are given "
            "beside. The Recognizers-Text row: Microsoft's English currency, dimension, "
            "temperature and age spec cases that its .NET reference supports, the share of "
            "expected values found by value (the specs list one model's results, so there "
            "is no precision).",
            "",
            table(["figure", "claimwire", "quantulum3"], table_rows),
            "",
            f"Published: {PUBLISHED}. `cqe` itself was not run: it needs torch, "
            "spacy-transformers and a model downloaded at run time.",
            "",
            "Known differences of convention that cost NewsQuant points by design "
            "(docs/annotation.md §5; counts from the error analysis of the dev half, 39 of "
            "347 gold quantities missed, 10 predictions unmatched): `one` that singles out "
            "or names one thing (`one of the best speakers`, `one proposal`, `an Old "
            "Ballpark`) is not a count for claimwire, as in the VOA gold (15 missed); a "
            "measure restated in brackets (`87 mph (140 km/h)`, `$US113 trillion ($161 "
            "trillion)`) is one quantity, the first (13 missed); `nine days later` is a "
            "date (2); numbers in names (`5G`) and scores (`2-0`) are not quantities (3); "
            "`fell from $2,415 to $2,315` is two values where NewsQuant writes one falling "
            "range (2 missed, 4 unmatched); `more than a decade` is a duration claimwire "
            "counts and NewsQuant does not (2 unmatched). `millions of X` stays at least "
            "1,000,000 (ACLED) in the records; the adapter writes NewsQuant's range "
            "1e6–1e7.",
            "",
            f"Time on NewsQuant: claimwire {ours_seconds:.1f} s (spaCy parse included), "
            f"quantulum3 {peer_seconds:.1f} s, one run on this machine; the quantity "
            f"extractor itself takes {share:.1%} of the time spaCy's parse and the date "
            "resolver take on the same texts.",
        ]
    )
    gate = evaluate(quick=True)
    gate_rows = [[name, gate.get(name, float("nan")), floor] for name, floor in FLOORS.items()]
    body += "\n\nCI gate (`evaluate(quick=True)`: the same data):\n\n" + table(
        ["figure", "quick run", "floor"], gate_rows
    )
    print(body)
    update_results("quantities", body)
    for line in check_floors(gate, FLOORS):
        print("BELOW FLOOR:", line)
    return 0


def _print_errors() -> None:  # pragma: no cover - a development aid
    nlp = build_nlp()
    system = ours(nlp)
    for row in newsquant_rows():
        gold = [_gold_tag(q) for q in row["quantities"]]
        pred = system(row["text"])
        gold_keys = sorted((str(g.value), g.unit, g.change) for g in gold)
        pred_keys = sorted((str(p.value), p.unit, p.change) for p in pred)
        if gold_keys != pred_keys:
            print(row["text"][:160])
            print("   gold", gold_keys)
            print("   ours", pred_keys)


if __name__ == "__main__":
    if "--errors" in sys.argv:
        _print_errors()
        raise SystemExit(0)
    raise SystemExit(main())
