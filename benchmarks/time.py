"""Date resolution: TempEval-3, Recognizers-Text date specs, and the dev gold.

``python -m benchmarks.time`` runs claimwire's date resolver and, on the same
inputs, ``dateparser.search_dates`` (RELATIVE_BASE = the reference date,
PREFER_DATES_FROM = past) as the peer baseline, and writes the ``time`` section
of RESULTS.md.

TempEval-3 (TBAQ-cleaned: TimeBank + AQUAINT, 256 documents with creation times)
is scored as the TE3 scorer does: a system TIMEX3 matches a gold one when their
spans overlap (relaxed match, one to one); *value accuracy* is the share of
matched pairs whose normalised value is equal; *value F1* counts as correct only
matched pairs with the right value, against all system and all gold timexes.
Two views:

- ``all types``: every gold TIMEX3 (DATE, TIME, DURATION, SET) against every
  expression our finder recognises, valued as TimeML reads it
  (:attr:`claimwire.nlp._time.Resolved.timex`). Durations (``P3D``), sets
  (``P1W``), vague references (``PRESENT_REF``), vague stretches (``in recent
  weeks``: ``PXW``), decades (``199``), centuries (``19``), seasons (``1998-WI``),
  half years (``1989-H2``) and parts of days (``1998-02-06TNI``) are recognised and
  valued so that they are not taken for dates; claimwire reports only dates. Where
  TimeML reads words otherwise than claimwire does, the TimeML reading is scored:
  ``two days after the raid`` is a ``DateMention`` counted from the last date
  mentioned, but TimeML's DURATION ``P2D`` here.
- ``DATE``: gold DATE timexes against the ``DateMention`` records claimwire
  reports, each valued by :func:`record_timex` from its ``value`` and
  ``precision`` alone (docs/annotation.md, section 4): day, month, quarter and
  year values are TimeML values already; a week interval becomes its ISO week.
  Unresolved records (``in the coming days``, decades, seasons) count as wrong
  values. Records overlapping a gold timex of another type are left out.

Recognizers-Text: the English DateTime spec cases whose results are dates or date
ranges (and the cases with no result, as negatives), resolved against each case's
reference date; a prediction is right when it covers the same days as one of the
spec's resolutions (or its timex string is equal).

Dev gold: the seed and the VOA gold dates, lenient span match (GOLD_FORMAT.md),
right when value and precision agree.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import sys
import time
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language

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
from claimwire.nlp.dates import time_expressions

#: CI fails when a figure falls below these (quick mode figures, a bit under).
FLOORS: dict[str, float] = {
    "te3_value_f1": 0.77,
    "te3_relaxed_f1": 0.91,
    "te3_date_value_f1": 0.73,
    "recognizers_date_value_acc": 0.38,
    "dev_dates_f1": 0.93,
    "seed_dates_right": 1.0,
}

PUBLISHED_HEIDELTIME = "HeidelTime, TE3 platinum test: value F1 77.61, relaxed F1 90.30"


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    value: str | None
    type: str  # DATE, TIME, DURATION, SET


@dataclass(frozen=True)
class TimeDoc:
    name: str
    text: str
    dct: dt.date
    gold: tuple[Timex, ...]


# ---------------------------------------------------------------- TempEval-3

_TAG = re.compile(r"<(/?)([A-Z0-9]+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def read_tml(path: Path) -> TimeDoc:
    raw = path.read_text("utf-8")
    dct_value = re.search(r'<DCT>.*?value="(\d{4}-\d{2}-\d{2})', raw, re.S)
    if dct_value is None:
        raise ValueError(f"{path.name}: no creation time")
    body = raw[raw.index("<TEXT>") + len("<TEXT>") : raw.index("</TEXT>")]
    text_parts: list[str] = []
    length = 0
    gold: list[Timex] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    pos = 0
    for tag in _TAG.finditer(body):
        chunk = html.unescape(body[pos : tag.start()])
        text_parts.append(chunk)
        length += len(chunk)
        pos = tag.end()
        closing, name, attrs = tag.groups()
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, dict(_ATTR.findall(attrs)))
        elif open_timex is not None:
            start, attributes = open_timex
            gold.append(Timex(start, length, attributes.get("value"), attributes.get("type", "")))
            open_timex = None
    text_parts.append(html.unescape(body[pos:]))
    return TimeDoc(
        path.stem, "".join(text_parts), dt.date.fromisoformat(dct_value.group(1)), tuple(gold)
    )


def tempeval_docs(quick: bool = False) -> list[TimeDoc]:
    root = data_path("time", "tempeval3-training", "TBAQ-cleaned")
    paths = sorted(root.glob("AQUAINT/*.tml")) + sorted(root.glob("TimeBank/*.tml"))
    if quick:
        paths = paths[::4]
    return [read_tml(p) for p in paths]


@dataclass
class Counts:
    sys: int = 0
    gold: int = 0
    matched: int = 0
    value_right: int = 0

    def add(self, other: Counts) -> None:
        self.sys += other.sys
        self.gold += other.gold
        self.matched += other.matched
        self.value_right += other.value_right

    def figures(self) -> dict[str, float]:
        _, _, f1 = prf(self.matched, self.sys, self.gold)
        p, r, vf1 = prf(self.value_right, self.sys, self.gold)
        return {
            "relaxed_f1": f1,
            "value_acc": self.value_right / self.matched if self.matched else 0.0,
            "value_f1": vf1,
            "value_p": p,
            "value_r": r,
        }


def score(pred: list[Timex], gold: list[Timex], same: Callable[[Timex, Timex], bool]) -> Counts:
    """Relaxed one-to-one matching in text order (the TE3 scorer's rule)."""
    counts = Counts(sys=len(pred), gold=len(gold))
    used: set[int] = set()
    for g in gold:
        for i, p in enumerate(pred):
            if i not in used and p.start < g.end and g.start < p.end:
                used.add(i)
                counts.matched += 1
                counts.value_right += same(p, g)
                break
    return counts


def _same_value(p: Timex, g: Timex) -> bool:
    return p.value is not None and g.value is not None and p.value == g.value


def ours_on(nlp: Language, text: str, reference: dt.date) -> list[Timex]:
    """Every expression the resolver recognises, with its TimeML reading."""
    return ours_both(nlp, text, reference)[0]


def ours_both(nlp: Language, text: str, reference: dt.date) -> tuple[list[Timex], list[Timex]]:
    """(every expression with its TimeML reading, the ``DateMention`` records
    claimwire reports, valued by :func:`record_timex`)."""
    doc = nlp.make_doc(text)
    doc._.cw_published = reference
    doc = nlp(doc)
    every = [
        Timex(e.start, e.end, e.resolved.timex, e.resolved.timex_type)
        for e in time_expressions(doc)
    ]
    reported = [
        Timex(m.span.start, m.span.end, record_timex(m.value, m.precision), "DATE")
        for m in ext.dates(doc)
    ]
    return every, reported


def record_timex(value: str | None, precision: str | None) -> str | None:
    """The TIMEX3 value of a ``DateMention`` record (docs/annotation.md, section 4).

    Day, month, quarter and year values are already TimeML values (``2024-08-14``,
    ``2024-08``, ``2024-Q3``, ``2024``); a week is the interval of its Monday and
    Sunday (``2024-08-05/2024-08-11``), which TimeML writes as the ISO week
    (``2024-W32``), and a weekend interval (Saturday/Sunday) as ``2024-W32-WE``.
    An unresolved record has no value. What the record keeps only in its reason
    (the part of the day, a clock time, a half year) is lost here.
    """
    if value is None:
        return None
    if precision != "week":
        return value
    first, _, last = value.partition("/")
    start = dt.date.fromisoformat(first)
    year, week, _ = start.isocalendar()
    weekend = (
        bool(last)
        and start.weekday() == 5
        and dt.date.fromisoformat(last) == start + dt.timedelta(days=1)
    )
    return f"{year}-W{week:02d}{'-WE' if weekend else ''}"


def dateparser_on(text: str, reference: dt.date) -> list[Timex]:
    """dateparser's search_dates, valued at the precision its matched text shows."""
    from dateparser.search import search_dates  # type: ignore[import-untyped]

    base = dt.datetime(reference.year, reference.month, reference.day, 12)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = search_dates(
            text,
            languages=["en"],
            settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"},
        )
    out: list[Timex] = []
    pos = 0
    for surface, when in found or []:
        at = text.find(surface, pos)
        if at < 0:
            continue
        pos = at + len(surface)
        out.append(Timex(at, pos, _precision_value(surface, when), "DATE"))
    return out


_MONTH_WORD = re.compile(
    r"(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|\bmonth\b"
)


def _precision_value(surface: str, when: dt.datetime) -> str:
    """dateparser always returns a datetime; read the precision off the words."""
    lower = surface.lower()
    has_day = bool(
        re.search(r"\b\d{1,2}(st|nd|rd|th)?\b(?!\d)", lower)
        and not re.fullmatch(r"\s*\d{4}\s*", lower)
    ) or bool(
        re.search(
            r"(mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tomorrow|day|ago|night",
            lower,
        )
    )
    if has_day:
        return when.date().isoformat()
    if _MONTH_WORD.search(lower):
        return f"{when.year:04d}-{when.month:02d}"
    if "week" in lower:
        year, week, _ = when.isocalendar()
        return f"{year}-W{week:02d}"
    return f"{when.year:04d}"


def run_tempeval(
    docs: Iterable[TimeDoc],
    system: Callable[[str, dt.date], list[Timex] | tuple[list[Timex], list[Timex]]],
) -> dict[str, Counts]:
    """Both views; ``system`` gives one list of timexes, or (every expression, the
    dates it reports) when the DATE view scores a narrower output."""
    totals = {"all": Counts(), "DATE": Counts()}
    for doc in docs:
        output = system(doc.text, doc.dct)
        pred, reported = output if isinstance(output, tuple) else (output, output)
        totals["all"].add(score(pred, list(doc.gold), _same_value))
        dates = [g for g in doc.gold if g.type == "DATE"]
        others = [g for g in doc.gold if g.type != "DATE"]
        pred_dates = [
            p
            for p in reported
            if p.type == "DATE"
            and not any(p.start < o.end and o.start < p.end for o in others)
            and not (p.value or "").startswith("P")
        ]
        totals["DATE"].add(score(pred_dates, dates, _same_value))
    return totals


# ---------------------------------------------------------------- Recognizers-Text


@dataclass(frozen=True)
class SpecCase:
    text: str
    reference: dt.date
    results: tuple[tuple[int, int, tuple[dict[str, str], ...]], ...]


def recognizers_cases() -> list[SpecCase]:
    path = data_path("time", "recognizers-text-specs", "Specs", "DateTime", "English")
    rows = json.loads((path / "DateTimeModel.json").read_text("utf-8-sig"))
    cases: list[SpecCase] = []
    for row in rows:
        results = row.get("Results", [])
        kinds = {r.get("TypeName") for r in results}
        if not kinds <= {"datetimeV2.date", "datetimeV2.daterange"}:
            continue
        ref = (row.get("Context") or {}).get("ReferenceDateTime", "2016-11-07T00:00:00")
        cases.append(
            SpecCase(
                row["Input"],
                dt.date.fromisoformat(ref[:10]),
                tuple(
                    (r["Start"], r["End"] + 1, tuple(r["Resolution"]["values"])) for r in results
                ),
            )
        )
    return cases


def _days(value: str | None) -> tuple[dt.date, dt.date] | None:
    """The days a value covers, as [start, end) — for our TimeML values."""
    if not value:
        return None
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            day = dt.date.fromisoformat(value)
            return day, day + dt.timedelta(days=1)
        if re.fullmatch(r"\d{4}-\d{2}", value):
            y, m = map(int, value.split("-"))
            return dt.date(y, m, 1), dt.date(y + m // 12, m % 12 + 1, 1)
        if re.fullmatch(r"\d{4}", value):
            return dt.date(int(value), 1, 1), dt.date(int(value) + 1, 1, 1)
        week = re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", value)
        if week:
            monday = dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
            if week.group(3):
                return monday + dt.timedelta(days=5), monday + dt.timedelta(days=7)
            return monday, monday + dt.timedelta(days=7)
        quarter = re.fullmatch(r"(\d{4})-Q([1-4])", value)
        if quarter:
            y, q = int(quarter.group(1)), int(quarter.group(2))
            start = dt.date(y, 3 * q - 2, 1)
            return start, dt.date(y + (q == 4), (3 * q) % 12 + 1, 1)
    except ValueError:
        return None
    return None


def _spec_days(resolution: dict[str, str]) -> tuple[dt.date, dt.date] | None:
    try:
        if "value" in resolution:
            day = dt.date.fromisoformat(resolution["value"][:10])
            return day, day + dt.timedelta(days=1)
        if "start" in resolution and "end" in resolution:
            return (
                dt.date.fromisoformat(resolution["start"][:10]),
                dt.date.fromisoformat(resolution["end"][:10]),
            )
    except ValueError:
        return None
    return None


def run_recognizers(
    cases: list[SpecCase], system: Callable[[str, dt.date], list[Timex]]
) -> dict[str, float]:
    n_gold = n_pred = found = right = 0
    for case in cases:
        pred = [p for p in system(case.text, case.reference) if not (p.value or "").startswith("P")]
        pred = [p for p in pred if p.type in {"DATE", "TIME"}]
        n_pred += len(pred)
        n_gold += len(case.results)
        used: set[int] = set()
        for start, end, resolutions in case.results:
            for i, p in enumerate(pred):
                if i in used or not (p.start < end and start < p.end):
                    continue
                used.add(i)
                found += 1
                ours = _days(p.value)
                right += any(
                    (ours is not None and ours == _spec_days(r)) or r.get("timex") == p.value
                    for r in resolutions
                )
                break
    _, _, f1 = prf(found, n_pred, n_gold)
    _, _, vf1 = prf(right, n_pred, n_gold)
    return {
        "span_f1": f1,
        "value_acc": right / found if found else 0.0,
        "value_f1": vf1,
        "gold": float(n_gold),
    }


# ---------------------------------------------------------------- dev gold


def run_dev(nlp: Language) -> dict[str, float]:
    n_gold = n_pred = right = 0
    seed_right = seed_total = 0
    for article in dev_gold():
        reference = dt.date.fromisoformat(article.article.published or "1970-01-01")
        doc = nlp.make_doc(article.article.text)
        doc._.cw_published = reference
        doc = nlp(doc)
        pred = [e for e in time_expressions(doc) if e.resolved.kind == "date"]
        n_pred += len(pred)
        used: set[int] = set()
        for gold in article.gold.get("dates", []):
            n_gold += 1
            at = article.locate(gold["text"], gold.get("context"))
            hit = False
            for i, p in enumerate(pred):
                if i in used or at is None or not span_match((p.start, p.end), at):
                    continue
                used.add(i)
                hit = (p.resolved.value, p.resolved.precision) == (
                    gold["value"],
                    gold["precision"],
                )
                break
            right += hit
            if article.id.startswith("seed"):
                seed_total += 1
                seed_right += hit
    precision, recall, f1 = prf(right, n_pred, n_gold)
    return {
        "dev_dates_p": precision,
        "dev_dates_r": recall,
        "dev_dates_f1": f1,
        "seed_dates_right": seed_right / seed_total if seed_total else 0.0,
        "dev_gold": float(n_gold),
    }


# ---------------------------------------------------------------- entry points


def build_nlp() -> Language:
    nlp = load_model()
    nlp.add_pipe("claimwire_dates")
    return nlp


def evaluate(quick: bool = False) -> dict[str, float]:
    """Our figures (no baseline): the CI gate calls this with ``quick=True``."""
    nlp = build_nlp()
    figures: dict[str, float] = {}
    if have_data("time", "tempeval3-training"):
        te3 = run_tempeval(tempeval_docs(quick), lambda t, d: ours_both(nlp, t, d))
        for view, counts in te3.items():
            prefix = "te3" if view == "all" else "te3_date"
            for key, value in counts.figures().items():
                figures[f"{prefix}_{key}"] = value
    if have_data("time", "recognizers-text-specs"):
        rec = run_recognizers(recognizers_cases(), lambda t, d: ours_on(nlp, t, d))
        figures.update({f"recognizers_date_{k}": v for k, v in rec.items() if k != "gold"})
    if have_data("seed") or have_data("voa", "gold"):
        figures.update({k: v for k, v in run_dev(nlp).items() if k != "dev_gold"})
    return figures


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    quick = "--quick" in argv
    nlp = build_nlp()
    started = time.perf_counter()
    docs = tempeval_docs(quick)
    ours = run_tempeval(docs, lambda t, d: ours_both(nlp, t, d))
    ours_seconds = time.perf_counter() - started
    started = time.perf_counter()
    peer = run_tempeval(docs, dateparser_on)
    peer_seconds = time.perf_counter() - started
    cases = recognizers_cases()
    rec_ours = run_recognizers(cases, lambda t, d: ours_on(nlp, t, d))
    rec_peer = run_recognizers(cases, dateparser_on)
    dev = run_dev(nlp)
    n_gold = sum(len(d.gold) for d in docs)
    n_date = sum(1 for d in docs for g in d.gold if g.type == "DATE")

    rows = []
    for label, view in (("all types", "all"), ("DATE", "DATE")):
        o, p = ours[view].figures(), peer[view].figures()
        rows.append([f"TE3 {label}: relaxed F1", o["relaxed_f1"], p["relaxed_f1"]])
        rows.append([f"TE3 {label}: value accuracy", o["value_acc"], p["value_acc"]])
        rows.append([f"TE3 {label}: value F1", o["value_f1"], p["value_f1"]])
    rows.append(["Recognizers date specs: span F1", rec_ours["span_f1"], rec_peer["span_f1"]])
    rows.append(
        ["Recognizers date specs: value accuracy", rec_ours["value_acc"], rec_peer["value_acc"]]
    )
    rows.append(["Recognizers date specs: value F1", rec_ours["value_f1"], rec_peer["value_f1"]])
    rows.append(["dev gold dates: value+precision F1", dev["dev_dates_f1"], "—"])
    rows.append(["seed dates right", dev["seed_dates_right"], "—"])
    body = "\n".join(
        [
            "## Dates (`python -m benchmarks.time`)",
            "",
            f"TempEval-3 TBAQ-cleaned ({len(docs)} documents, {n_gold} gold TIMEX3, {n_date} "
            f"of type DATE){' — quick subset' if quick else ''}; Recognizers-Text English "
            f"date and date-range specs ({int(rec_ours['gold'])} expected results); dev gold "
            f"= seed + VOA gold ({int(dev['dev_gold'])} dates). Peer baseline: dateparser "
            "1.5 `search_dates` (RELATIVE_BASE = creation time, PREFER_DATES_FROM = past) on "
            "the same texts, valued at the precision its matched words show.",
            "",
            table(["figure", "claimwire", "dateparser"], rows),
            "",
            f"Published: {PUBLISHED_HEIDELTIME} (a different split: the TE3 platinum test; "
            "these figures are on the TE3 training data, which claimwire was developed "
            "against).",
            "",
            "Scoring (TE3 definitions): relaxed match = overlapping spans, one to one; value "
            "accuracy = right values among matched; value F1 = P/R with right values as "
            "hits. *All types* scores every TIMEX3 (DATE, TIME, DURATION, SET) against every "
            "expression the resolver recognises, valued as TimeML reads it: durations, sets, "
            "vague references and stretches, decades, centuries, half years and parts of "
            "days get TimeML values (`P3D`, `P1W`, `PRESENT_REF`, `PXW`, `199`, `1989-H2`, "
            "`1998-02-06TNI`); only dates become `DateMention`s, and `two days after the "
            "raid` (a date counted from the last date mentioned) is TimeML's DURATION `P2D` "
            "here. *DATE* scores gold DATE timexes against the `DateMention` records "
            "claimwire reports, each valued from its `value` and `precision` alone "
            "(`record_timex`: a week interval becomes its ISO week `2024-W32`, an "
            "unresolved record has no value), leaving out records that overlap a gold "
            "timex of another type.",
            "",
            f"Time on TE3: claimwire {ours_seconds:.1f} s (spaCy parse included), "
            f"dateparser {peer_seconds:.1f} s, one run on this machine.",
        ]
    )
    gate = evaluate(quick=True)
    body += "\n\n" + _gate_table(gate, "every 4th TE3 document, all Recognizers cases, dev gold")
    print(body)
    if not quick:
        update_results("time", body)
    for line in check_floors(gate, FLOORS):
        print("BELOW FLOOR:", line)
    return 0


def _gate_table(figures: dict[str, float], scope: str) -> str:
    rows = [[name, figures.get(name, float("nan")), floor] for name, floor in FLOORS.items()]
    return f"CI gate (`evaluate(quick=True)`: {scope}):\n\n" + table(
        ["figure", "quick run", "floor"], rows
    )


def _print_errors(limit: int = 60) -> None:  # pragma: no cover - a development aid
    nlp = build_nlp()
    shown = 0
    for doc in tempeval_docs():
        pred = ours_on(nlp, doc.text, doc.dct)
        for g in doc.gold:
            hit = next((p for p in pred if p.start < g.end and g.start < p.end), None)
            if hit is None or hit.value != g.value:
                got = (doc.text[hit.start : hit.end], hit.value) if hit else None
                print(doc.name, doc.dct, g.type, repr(doc.text[g.start : g.end]), g.value, got)
                shown += 1
        if shown > limit:
            return


if __name__ == "__main__":
    if "--errors" in sys.argv:
        _print_errors(int(sys.argv[-1]) if sys.argv[-1].isdigit() else 60)
        raise SystemExit(0)
    raise SystemExit(main())
