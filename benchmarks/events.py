"""Events benchmark: PLOVER typing and actors, and event recall on the dev gold.

Two data sets:

- The PLOVER gold standard records (``plover/PLOVER_GSR_CAMEO.txt``): one coded
  sentence each. We run the pipeline on the sentence, take the event highest in
  the parse as the sentence's event, and score its type (accuracy and macro F1
  over the types in the gold) and its actors (one of our actor codes equals one of
  the gold source codes, under PLOVER's conventions: ``plover_actors`` codes an
  event with no named actor to the state where it happened). The records use
  PLOVER 0.5 names for four categories,
  mapped to the current ones: DEMAND→REQUEST, DISAPPROVE→ACCUSE,
  INVESTIGATE→ACCUSE, FIGHT→ASSAULT.
- The VOA dev gold plus the seed (``benchmarks._common.dev_gold()``): event recall
  by trigger (lenient span match), type accuracy and actor match among the events
  found, claim link accuracy (the event's claimant against the gold
  ``asserted_by``) and precision (our events that match a gold trigger).

The baseline, run in the same process, is a naive lexicon lookup: the first word
of the sentence whose lemma is in the trigger lexicon gives the type (no frames,
no conditions), the first country named gives the actor.

``python -m benchmarks.events`` prints the table and updates RESULTS.md.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from benchmarks._common import (
    check_floors,
    content_match,
    data_path,
    dev_gold,
    have_data,
    km_between,
    span_match,
    table,
    update_results,
)
from claimwire.nlp import extensions as ext
from claimwire.nlp.countries import lookup_country
from claimwire.nlp.events import load_lexicon, plover_actors, plover_event_type
from claimwire.pipeline import Extractor, build_nlp
from claimwire.records import Actor, Event, Extraction

#: CI floors, a little under the figures measured (see RESULTS.md, section events).
FLOORS: dict[str, float] = {
    "plover_type_accuracy": 0.79,
    "plover_macro_f1": 0.76,
    "plover_actor_match": 0.74,
    "dev_event_recall": 0.81,
    "dev_type_accuracy": 0.90,
    "dev_actor_match": 0.48,
    "dev_claim_link_accuracy": 0.89,
    "dev_date_accuracy": 0.79,
    "dev_modality_accuracy": 0.89,
    "dev_place_accuracy": 0.77,
    "dev_event_precision": 0.57,
}

OLD_TYPES = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
}
#: Published reference: POLECAT's released event-type classifiers (macro F1, own test set).
PEER_MACRO_F1 = 0.52


# ---------------------------------------------------------------- PLOVER gold records


@dataclass(frozen=True)
class PloverRecord:
    id: str
    text: str
    type: str
    sources: frozenset[str]


def plover_records() -> list[PloverRecord]:
    path = data_path("plover", "PLOVER_GSR_CAMEO.txt")
    records: list[PloverRecord] = []
    for row in json.loads(path.read_text("utf-8")):
        if row.get("event") == "DOCUMENT" or not row.get("text"):
            continue
        sources = row.get("source") or []
        codes = frozenset(
            s["code"].strip().upper()
            for s in sources
            if isinstance(s, dict) and isinstance(s.get("code"), str) and s["code"].strip()
        )
        event = row["event"]
        records.append(PloverRecord(row["id"], row["text"], OLD_TYPES.get(event, event), codes))
    return records


def _depth(doc: Doc, event: Event) -> int:
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return 99
    token, depth = span.root, 0
    while token.head is not token and depth < 50:
        token, depth = token.head, depth + 1
    return depth


def main_event(doc: Doc) -> Event | None:
    """The sentence's event: the trigger highest in the parse, then the first."""
    events = ext.events(doc)
    if not events:
        return None
    return min(events, key=lambda e: (_depth(doc, e), e.trigger.start))


def _codes(actors: Iterable[Actor]) -> set[str]:
    sectors = {"igo": "IGO", "ngo": "NGO"}
    return {a.code or sectors.get(a.sector or "", "") for a in actors} - {""}


def naive_event(doc: Doc) -> tuple[str | None, set[str]]:
    """Baseline: first lexicon lemma gives the type, first country the actor."""
    lexicon = load_lexicon()
    etype: str | None = None
    for token in doc:
        lemma = token.lemma_.lower()
        rules = lexicon.get((lemma, "V")) or lexicon.get((lemma, "N"))
        if rules:
            etype = rules[-1].type  # the unconditioned reading
            break
    codes: set[str] = set()
    for token in doc:
        match = lookup_country(token.text)
        if match is not None and match.how in ("name", "alias", "demonym"):
            codes.add(match.country.code)
            break
    return etype, codes


def macro_f1(pairs: list[tuple[str, str | None]]) -> float:
    labels = sorted({g for g, _ in pairs})
    scores: list[float] = []
    for label in labels:
        tp = sum(1 for g, p in pairs if g == label and p == label)
        fp = sum(1 for g, p in pairs if g != label and p == label)
        fn = sum(1 for g, p in pairs if g == label and p != label)
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(scores) if scores else 0.0


def evaluate_plover(nlp: Language, records: list[PloverRecord]) -> dict[str, float]:
    ours: list[tuple[str, str | None]] = []
    base: list[tuple[str, str | None]] = []
    actor_hits = base_actor_hits = actor_total = 0
    docs = nlp.pipe(r.text for r in records)
    for record, doc in zip(records, docs, strict=True):
        event = main_event(doc)
        ours.append((record.type, plover_event_type(event) if event else None))
        base_type, base_codes = naive_event(doc)
        base.append((record.type, base_type))
        if record.sources:
            actor_total += 1
            if event is not None and _codes(plover_actors(event, ext.places(doc))) & record.sources:
                actor_hits += 1
            if base_codes & record.sources:
                base_actor_hits += 1
    n = len(records)
    return {
        "plover_records": float(n),
        "plover_type_accuracy": sum(g == p for g, p in ours) / n,
        "plover_macro_f1": macro_f1(ours),
        "plover_actor_match": actor_hits / actor_total if actor_total else 0.0,
        "plover_coverage": sum(p is not None for _, p in ours) / n,
        "baseline_plover_type_accuracy": sum(g == p for g, p in base) / n,
        "baseline_plover_macro_f1": macro_f1(base),
        "baseline_plover_actor_match": base_actor_hits / actor_total if actor_total else 0.0,
    }


# ---------------------------------------------------------------- dev gold (VOA + seed)


def _actor_matches(pred: Iterable[Actor], gold: Iterable[str]) -> bool:
    gold = list(gold)
    for actor in pred:
        for g in gold:
            if actor.code and actor.code == g:
                return True
            if content_match(actor.name, g) or (
                actor.code is None and content_match(g, actor.name)
            ):
                return True
    return False


def _place_matches(pred: Any, gold: dict[str, Any] | None, gold_has_place: bool) -> bool:
    """Both none, or our place within 161 km of the gold one (GOLD_FORMAT.md)."""
    if pred is None or not gold_has_place:
        return pred is None and not gold_has_place
    if gold is None:
        return False  # the gold names a place its place list does not resolve
    return km_between(pred.lat, pred.lon, gold["lat"], gold["lon"]) <= 161


def _speaker_matches(pred: str | None, gold: str | None) -> bool:
    if pred is None or gold is None:
        return pred is None and gold is None
    return content_match(pred, gold) or content_match(gold, pred)


def evaluate_dev(extractions: list[tuple[Any, Extraction]]) -> dict[str, float]:
    n_gold = found = typed = actor_total = actor_hits = claim_hits = 0
    dated = modal = placed = 0
    base_found = base_typed = 0
    n_pred = matched_pred = 0
    lexicon = load_lexicon()
    for gold_article, extraction in extractions:
        text = gold_article.article.text
        speakers = {c.id: c.speaker_name for c in extraction.claims}
        places = {p.id: p for p in extraction.places}
        gold_places = {p["text"].lower(): p for p in gold_article.gold.get("places", [])}
        events = extraction.events
        n_pred += len(events)
        used: set[str] = set()
        for gold in gold_article.gold.get("events", []):
            where = gold_article.locate(gold["trigger"], gold.get("context"))
            if where is None:
                continue
            n_gold += 1
            hits = [e for e in events if span_match((e.trigger.start, e.trigger.end), where)]
            base_type = _naive_span_type(text, where, lexicon)
            if base_type is not None:
                base_found += 1
                base_typed += base_type == gold["type"]
            if not hits:
                continue
            event = min(hits, key=lambda e: abs(e.trigger.start - where[0]))
            used.update(e.id for e in hits)
            found += 1
            typed += event.type == gold["type"]
            if gold.get("actors"):
                actor_total += 1
                actor_hits += _actor_matches(event.actors, gold["actors"])
            gold_date = gold.get("date") or None
            ours = (event.date.value, event.date.precision) if event.date else None
            theirs = (gold_date["value"], gold_date["precision"]) if gold_date else None
            dated += ours == theirs
            modal += event.modality == gold.get("modality", "actual")
            placed += _place_matches(
                places.get(event.place) if event.place else None,
                gold_places.get((gold.get("place") or "").lower()) if gold.get("place") else None,
                bool(gold.get("place")),
            )
            claimant = speakers.get(event.claim) if event.claim else None
            claim_hits += _speaker_matches(claimant, gold.get("asserted_by"))
        matched_pred += len(used)
    return {
        "dev_gold_events": float(n_gold),
        "dev_event_recall": found / n_gold if n_gold else 0.0,
        "dev_event_precision": matched_pred / n_pred if n_pred else 0.0,
        "dev_type_accuracy": typed / found if found else 0.0,
        "dev_actor_match": actor_hits / actor_total if actor_total else 0.0,
        "dev_claim_link_accuracy": claim_hits / found if found else 0.0,
        "dev_date_accuracy": dated / found if found else 0.0,
        "dev_modality_accuracy": modal / found if found else 0.0,
        "dev_place_accuracy": placed / found if found else 0.0,
        "baseline_dev_event_recall": base_found / n_gold if n_gold else 0.0,
        "baseline_dev_type_accuracy": base_typed / base_found if base_found else 0.0,
    }


def _naive_span_type(text: str, where: tuple[int, int], lexicon: Any) -> str | None:
    """Baseline on the dev gold: a gold trigger is found when one of its words, as
    written or without a final -s/-ed/-ing, is a lexicon lemma."""
    for word in text[where[0] : where[1]].lower().split():
        word = word.strip(".,;:!?\"'“”‘’()")
        for form in (word, word.removesuffix("s"), word.removesuffix("ed"), word[:-3] + "e"):
            rules = lexicon.get((form, "V")) or lexicon.get((form, "N"))
            if rules:
                return str(rules[-1].type)
    return None


# ---------------------------------------------------------------- timing


def events_time_share(nlp: Language, texts: list[str], repeat: int = 2) -> float:
    """Time the events component takes, as a share of the rest of the pipeline.

    The pipeline runs once without it; the component then runs on those docs, so
    the two figures come from the same process and the same texts."""
    base = events = float("inf")
    component = nlp.get_pipe("claimwire_events")
    for _ in range(repeat):
        start = time.perf_counter()
        with nlp.select_pipes(disable=["claimwire_events"]):
            docs = list(nlp.pipe(texts))
        base = min(base, time.perf_counter() - start)
        start = time.perf_counter()
        for doc in docs:
            component(doc)
        events = min(events, time.perf_counter() - start)
    return events / base


# ---------------------------------------------------------------- entry points


def evaluate(quick: bool = False) -> dict[str, float]:
    """Every figure; ``quick`` times one pass instead of the best of two."""
    extractor = Extractor(nlp=build_nlp())
    figures: dict[str, float] = {}
    if have_data("plover", "PLOVER_GSR_CAMEO.txt"):
        figures.update(evaluate_plover(extractor.nlp, plover_records()))
    gold = dev_gold()
    if gold:
        extractions = list(zip(gold, extractor.extract_many(g.article for g in gold), strict=True))
        figures.update(evaluate_dev(extractions))
        texts = [g.article.text for g in gold]
        figures["events_time_share"] = events_time_share(
            extractor.nlp, texts, repeat=1 if quick else 2
        )
    return figures


def report(figures: dict[str, float]) -> str:
    f = figures
    rows = [
        [
            "PLOVER GSR: type accuracy",
            f.get("plover_type_accuracy", 0.0),
            f.get("baseline_plover_type_accuracy", 0.0),
            "none published",
        ],
        [
            "PLOVER GSR: type macro F1",
            f.get("plover_macro_f1", 0.0),
            f.get("baseline_plover_macro_f1", 0.0),
            f"{PEER_MACRO_F1:.2f} (POLECAT classifiers, own test set)",
        ],
        [
            "PLOVER GSR: actor (source) code match",
            f.get("plover_actor_match", 0.0),
            f.get("baseline_plover_actor_match", 0.0),
            "none published",
        ],
        [
            "dev: event recall (trigger)",
            f.get("dev_event_recall", 0.0),
            f.get("baseline_dev_event_recall", 0.0),
            "none",
        ],
        [
            "dev: type accuracy among found",
            f.get("dev_type_accuracy", 0.0),
            f.get("baseline_dev_type_accuracy", 0.0),
            "none",
        ],
        ["dev: actor match among found", f.get("dev_actor_match", 0.0), "", "none"],
        ["dev: claim link accuracy", f.get("dev_claim_link_accuracy", 0.0), "", "none"],
        ["dev: date accuracy among found", f.get("dev_date_accuracy", 0.0), "", "none"],
        ["dev: modality accuracy among found", f.get("dev_modality_accuracy", 0.0), "", "none"],
        ["dev: place accuracy among found", f.get("dev_place_accuracy", 0.0), "", "none"],
        ["dev: event precision (trigger)", f.get("dev_event_precision", 0.0), "", "none"],
        ["events' share of pipeline time", f.get("events_time_share", 0.0), "", "target <= 0.20"],
    ]
    body = table(["measure", "claimwire", "naive lexicon baseline", "best peer"], rows)
    counts = (
        f"\n\n{int(f.get('plover_records', 0))} PLOVER gold records "
        f"(coverage: an event found in {f.get('plover_coverage', 0.0):.3f} of them); "
        f"{int(f.get('dev_gold_events', 0))} gold events in the VOA dev stories and the seed."
    )
    return body + counts


def main() -> None:
    figures = evaluate()
    text = report(figures)
    print(text)
    failed = check_floors(figures, FLOORS)
    update_results(
        "events",
        "## Events (`python -m benchmarks.events`)\n\n"
        + text
        + "\n\nThe PLOVER event is the trigger highest in the parse, coded with PLOVER's "
        "conventions (an announced act is AGREE or THREATEN, `plover_event_type`; an event "
        "with no named actor is coded to the state where it happened, `plover_actors`); the "
        "baseline takes the first lexicon lemma and the first country named. An actor of no "
        "known state in a text that names one state only is that state's (unless the event "
        "acts on it); officials of international bodies are IGO; `ethnic X` belong to the "
        "state they live in. Dev precision counts our events that overlap a gold trigger; "
        "the gold marks the events its annotators judged newsworthy, so it is a lower bound "
        "(characterising nouns, relations, requests for comment and repeated definite "
        "mentions are not coded). Claim link: a demand the speaker makes by saying it (`I "
        "urge`, `X must`) and an event named by the object of a reaction (`condemned the "
        "invasion`) are narrated, as the gold has them. Actor match counts a code or a "
        "leniently matching name. Remaining PLOVER actor misses: people outside the actor "
        "knowledge base in texts naming no or several states, parser errors that lose the "
        "subject, and gold codes that follow the story rather than the sentence. Times on "
        "the shared 2-core machine, CPU only.",
    )
    if failed:
        print("\nbelow floor:\n" + "\n".join(failed))
    print("\n" + json.dumps({k: round(v, 4) for k, v in sorted(figures.items())}))


if __name__ == "__main__":
    main()
