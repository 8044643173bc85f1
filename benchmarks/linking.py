"""Cross-article linking: MEANTIME cross-document event coreference, and the team's
multi-source set (clusters, origins, contradictions as golden files).

MEANTIME (Minard et al. 2016; ``../shared/data/meantime/``) marks event mentions in
120 English Wikinews articles in four topic corpora (Airbus, Apple, GM, stock
market) and links them to event instances across documents. We use the standard
*gold mentions* setting of cross-document event coreference: the gold event
mentions are given (their tokens, gold lemma, event class and the document's
creation date, plus the words of their sentence as context), and the system only
clusters them. Clustering runs per topic corpus (gold topics, as usual for ECB+
and MEANTIME) with claimwire's incremental linker
(:class:`claimwire.link.events.EventLinker`), articles arriving in date order.
Scores: MUC, B³, CEAF-e and CoNLL F1 (their mean), over all mentions, beside the
same-type-same-day baseline (one cluster per event class and document date) and
the lemma baseline of the CDEC literature, run in the same process.

Run ``python -m benchmarks.linking``.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy.optimize import linear_sum_assignment

from benchmarks._common import REPO, data_path, have_data, table, update_results
from claimwire.link.compact import extraction_from_compact
from claimwire.link.events import EventLinkConfig, EventLinker
from claimwire.link.features import EventMention, stem
from claimwire.link.linker import Linker
from claimwire.link.origins import OriginIndex
from claimwire.link.text import content_words
from claimwire.records import Article, Extraction

MEANTIME = ("meantime", "intra_cross-doc_annotation")

#: Quick-mode figures (two corpora) measured at 0.795 CoNLL F1 and a 0.540 margin.
#: The multi-source set must come out exactly as expected (1.0 on every part).
FLOORS: dict[str, float] = {
    "meantime_conll_f1": 0.77,
    "meantime_margin_over_baseline": 0.45,
    "multisource_origins": 1.0,
    "multisource_event_clusters": 1.0,
    "multisource_claim_clusters": 1.0,
    "multisource_contradictions": 1.0,
    "bbc_identical_found": 1.0,
}

Clustering = dict[str, Hashable]  # mention key -> cluster label


# ---------------------------------------------------------------- coreference metrics


def _groups(clustering: Clustering) -> list[set[str]]:
    groups: dict[Hashable, set[str]] = defaultdict(set)
    for key, label in clustering.items():
        groups[label].add(key)
    return list(groups.values())


def _prf(p_num: float, p_den: float, r_num: float, r_den: float) -> tuple[float, float, float]:
    p = p_num / p_den if p_den else 0.0
    r = r_num / r_den if r_den else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def muc(gold: Clustering, pred: Clustering) -> tuple[float, float, float]:
    """MUC (Vilain et al. 1995): links recovered."""

    def side(keys: list[set[str]], other: Clustering) -> tuple[float, float]:
        num = den = 0.0
        for group in keys:
            parts = {other.get(k, ("singleton", k)) for k in group}
            num += len(group) - len(parts)
            den += len(group) - 1
        return num, den

    r_num, r_den = side(_groups(gold), pred)
    p_num, p_den = side(_groups(pred), gold)
    return _prf(p_num, p_den, r_num, r_den)


def b_cubed(gold: Clustering, pred: Clustering) -> tuple[float, float, float]:
    """B³ (Bagga and Baldwin 1998), per mention, averaged."""
    gold_of = {k: g for g in _groups(gold) for k in g}
    pred_of = {k: g for g in _groups(pred) for k in g}
    keys = gold_of.keys() & pred_of.keys()
    p = sum(len(gold_of[k] & pred_of[k]) / len(pred_of[k]) for k in keys)
    r = sum(len(gold_of[k] & pred_of[k]) / len(gold_of[k]) for k in keys)
    return _prf(p, len(pred_of), r, len(gold_of))


def ceaf_e(gold: Clustering, pred: Clustering) -> tuple[float, float, float]:
    """Entity-based CEAF (Luo 2005) with φ4 similarity and an optimal alignment."""
    g, s = _groups(gold), _groups(pred)
    if not g or not s:
        return 0.0, 0.0, 0.0
    sim = np.zeros((len(g), len(s)))
    index: dict[str, list[int]] = defaultdict(list)
    for j, group in enumerate(s):
        for k in group:
            index[k].append(j)
    for i, group in enumerate(g):
        for j in {j for k in group for j in index[k]}:
            sim[i, j] = 2 * len(group & s[j]) / (len(group) + len(s[j]))
    rows, cols = linear_sum_assignment(-sim)
    total = float(sim[rows, cols].sum())
    return _prf(total, len(s), total, len(g))


def cross_document_links(
    gold: Clustering, pred: Clustering, article_of: Callable[[str], str]
) -> tuple[float, float, float]:
    """Pairwise P/R/F1 over links between mentions of *different* documents only:
    the part of the task that within-document coreference cannot solve."""

    def pairs(clustering: Clustering) -> set[tuple[str, str]]:
        out = set()
        for group in _groups(clustering):
            ordered = sorted(group)
            for i, a in enumerate(ordered):
                for b in ordered[i + 1 :]:
                    if article_of(a) != article_of(b):
                        out.add((a, b))
        return out

    g, p = pairs(gold), pairs(pred)
    return _prf(len(g & p), len(p), len(g & p), len(g))


def conll_f1(gold: Clustering, pred: Clustering) -> dict[str, float]:
    """MUC, B³, CEAF-e P/R/F1 and CoNLL F1 (the mean of the three F1)."""
    out: dict[str, float] = {}
    for name, metric in (("muc", muc), ("b3", b_cubed), ("ceafe", ceaf_e)):
        p, r, f = metric(gold, pred)
        out |= {f"{name}_p": p, f"{name}_r": r, f"{name}_f1": f}
    out["conll_f1"] = (out["muc_f1"] + out["b3_f1"] + out["ceafe_f1"]) / 3
    return out


# ---------------------------------------------------------------- MEANTIME


@dataclass(frozen=True)
class GoldMention:
    mention: EventMention
    cls: str  # the event class (OTHER, SPEECH_COGNITIVE, GRAMMATICAL, MIX)
    lemma: str
    corpus: str
    gold: str  # cross-document instance id, or a document-level chain id


def _creation_date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:  # one file writes DD-MM-YYYY
        try:
            return dt.datetime.strptime(value[:10], "%d-%m-%Y").date()
        except ValueError:
            return None


def _document_mentions(path: Path, corpus: str) -> list[GoldMention]:
    root = ET.parse(path).getroot()
    doc_id = root.get("doc_id", path.stem)
    tokens: dict[str, tuple[str, int]] = {}
    sentences: dict[int, list[str]] = defaultdict(list)
    for tok in root.iter("token"):
        sent = int(tok.get("sentence", "0"))
        tokens[tok.get("t_id", "")] = (tok.text or "", sent)
        sentences[sent].append(tok.text or "")
    markables = root.find("Markables")
    relations = root.find("Relations")
    if markables is None:
        return []
    created = None
    for timex in markables.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            created = _creation_date(timex.get("value", ""))
    events = {e.get("m_id", ""): e for e in markables.iter("EVENT")}
    chain_of: dict[str, str] = {}
    class_of: dict[str, str] = {}
    if relations is not None:
        for ref in relations.iter("REFERS_TO"):
            target = ref.find("target")
            if target is None or target.get("m_id") not in events:
                continue
            event = events[target.get("m_id", "")]
            label = event.get("instance_id") or f"{doc_id}#{target.get('m_id')}"
            for source in ref.iter("source"):
                chain_of[source.get("m_id", "")] = label
                class_of[source.get("m_id", "")] = event.get("class") or "OTHER"
    out = []
    for em in markables.iter("EVENT_MENTION"):
        m_id = em.get("m_id", "")
        anchors = [tokens[a.get("t_id", "")] for a in em.iter("token_anchor")]
        if not anchors:
            continue
        trigger_words = [w for w, _ in anchors]
        sentence = " ".join(sentences[anchors[0][1]])
        lemma = (em.get("pred") or " ".join(trigger_words)).lower()
        trigger = frozenset(
            {stem(lemma), *(stem(w) for w in content_words(" ".join(trigger_words)))}
        )
        chain = chain_of.get(m_id, f"{doc_id}#m{m_id}")
        # The class lives on the event the mention refers to; unlinked mentions: OTHER.
        cls = class_of.get(m_id, "OTHER")
        mention = EventMention(
            key=f"{doc_id}/{m_id}",
            article=doc_id,
            type=cls,
            trigger=trigger,
            context=frozenset(stem(w) for w in content_words(sentence)) - trigger,
            published=created,
        )
        out.append(GoldMention(mention, cls, lemma, corpus, chain))
    return out


def meantime_mentions(corpora: Sequence[str] | None = None) -> list[GoldMention]:
    """Every gold event mention of the cross-document annotation, by corpus and date."""
    base = data_path(*MEANTIME)
    out: list[GoldMention] = []
    for corpus_dir in sorted(base.iterdir()):
        if not corpus_dir.is_dir() or (corpora and corpus_dir.name not in corpora):
            continue
        for path in sorted(corpus_dir.glob("*.xml")):
            out.extend(_document_mentions(path, corpus_dir.name))
    return out


def _by_corpus_in_date_order(mentions: Iterable[GoldMention]) -> dict[str, list[GoldMention]]:
    grouped: dict[str, list[GoldMention]] = defaultdict(list)
    for m in mentions:
        grouped[m.corpus].append(m)
    for items in grouped.values():
        items.sort(key=lambda m: (m.mention.published or dt.date.min, m.mention.article))
    return grouped


def cluster_claimwire(
    mentions: Sequence[GoldMention], config: EventLinkConfig | None = None
) -> Clustering:
    out: Clustering = {}
    for corpus, items in _by_corpus_in_date_order(mentions).items():
        linker = EventLinker(config)
        linker.add_all(m.mention for m in items)
        for m in items:
            out[m.mention.key] = (corpus, linker.cluster_of(m.mention.key))
    return out


def cluster_same_type_same_day(mentions: Sequence[GoldMention]) -> Clustering:
    """The naive baseline: one cluster per (corpus, event class, document date)."""
    return {m.mention.key: (m.corpus, m.cls, m.mention.published) for m in mentions}


def cluster_same_lemma(mentions: Sequence[GoldMention]) -> Clustering:
    """The lemma baseline of the CDEC literature: one cluster per (corpus, lemma)."""
    return {m.mention.key: (m.corpus, m.lemma) for m in mentions}


def meantime_scores(
    quick: bool = False,
) -> dict[str, dict[str, float]]:
    corpora = ("corpus_airbus", "corpus_gm") if quick else None
    mentions = meantime_mentions(corpora)
    gold: Clustering = {m.mention.key: (m.corpus, m.gold) for m in mentions}
    systems: dict[str, Callable[[Sequence[GoldMention]], Clustering]] = {
        "claimwire": cluster_claimwire,
        "same type, same day": cluster_same_type_same_day,
        "same lemma": cluster_same_lemma,
        "all singletons": lambda ms: {m.mention.key: m.mention.key for m in ms},
    }
    article_of = {m.mention.key: m.mention.article for m in mentions}.__getitem__
    out = {}
    for name, system in systems.items():
        started = time.perf_counter()
        pred = system(mentions)
        scores = conll_f1(gold, pred)
        p, r, f = cross_document_links(gold, pred, article_of)
        scores |= {"xdoc_p": p, "xdoc_r": r, "xdoc_f1": f}
        scores["seconds"] = time.perf_counter() - started
        scores["mentions"] = float(len(mentions))
        out[name] = scores
    return out


# ---------------------------------------------------------------- the multi-source set

MULTISOURCE = REPO / "tests" / "fixtures" / "multisource"


def multisource_extractions(folder: Path = MULTISOURCE) -> list[Extraction]:
    """The hand-annotated reports, syndicated copies expanded, in file order."""
    raw = {p.stem: json.loads(p.read_text("utf-8")) for p in sorted(folder.glob("r*.json"))}
    out = []
    for data in raw.values():
        if "copy_of" in data:
            original = raw[data["copy_of"]]
            data = {
                **original,
                **{k: v for k, v in data.items() if k not in {"copy_of", "intro", "trailer"}},
                "text": data.get("intro", "") + original["text"] + data.get("trailer", ""),
            }
        out.append(extraction_from_compact(data))
    return out


def _partition(groups: Iterable[Iterable[str]]) -> set[frozenset[str]]:
    return {frozenset(g) for g in groups}


def multisource_check(folder: Path = MULTISOURCE) -> dict[str, list[str]]:
    """Link the set and compare with ``expected.json``: the differences, by part."""
    expected = json.loads((folder / "expected.json").read_text("utf-8"))
    linker = Linker()
    linker.add_all(multisource_extractions(folder))
    got_origins = _partition(o.articles for o in linker.origins.origins())
    got_events = _partition([m.key for m in ms] for _, ms in linker.events.clusters())
    got_claims = _partition([m.key for m in ms] for _, ms in linker.claims.clusters())
    problems: dict[str, list[str]] = defaultdict(list)
    for part, got in (("origins", got_origins), ("event_clusters", got_events),
                      ("claim_clusters", got_claims)):  # fmt: skip
        want = _partition(expected[part])
        problems[part] += [f"missing {sorted(g)}" for g in want - got]
        problems[part] += [f"unexpected {sorted(g)}" for g in got - want]
    for key, n in expected["independent_sources"].items():
        picture = linker.picture(linker.events.cluster_of(key))
        if picture.independent_sources != n:
            problems["independent_sources"].append(f"{key}: {picture.independent_sources} != {n}")
    for key, speakers in expected["asserted_by"].items():
        got_speakers = list(linker.picture(linker.events.cluster_of(key)).asserted_by)
        if sorted(got_speakers) != sorted(speakers):
            problems["asserted_by"].append(f"{key}: {got_speakers} != {speakers}")
    for key, parties in expected["deniers"].items():
        got_parties = list(linker.picture(linker.events.cluster_of(key)).deniers)
        if sorted(got_parties) != sorted(parties):
            problems["deniers"].append(f"{key}: {got_parties} != {parties}")
    want_c = {
        (linker.events.cluster_of(c["event"]), c["kind"], frozenset(c["between"]))
        for c in expected["contradictions"]
    }
    got_c = {
        (c.cluster, c.kind, frozenset({c.first_by, c.second_by})) for c in linker.contradictions()
    }
    problems["contradictions"] += [f"missing {c}" for c in want_c - got_c]
    problems["contradictions"] += [f"unexpected {c}" for c in got_c - want_c]
    return {part: items for part, items in problems.items() if items}


def multisource_scores(folder: Path = MULTISOURCE) -> dict[str, float]:
    """The share of expected items found exactly, per part (1.0 = all as expected)."""
    expected = json.loads((folder / "expected.json").read_text("utf-8"))
    problems = multisource_check(folder)
    sizes = {
        "origins": len(expected["origins"]),
        "event_clusters": len(expected["event_clusters"]),
        "claim_clusters": len(expected["claim_clusters"]),
        "contradictions": len(expected["contradictions"]),
    }
    return {
        part: max(0.0, 1 - sum(1 for p in problems.get(part, []) if p.startswith("missing")) / n)
        if not any(p.startswith("unexpected") for p in problems.get(part, []))
        else max(0.0, 1 - len(problems[part]) / n)
        for part, n in sizes.items()
    }


# ---------------------------------------------------------------- duplicates in the BBC corpus

BBC = ("corpus", "bbc.txt")


def bbc_duplicates(limit: int | None = None) -> dict[str, float]:
    """Origins over the BBC corpus (no gold): copies found by relation, and the share
    of byte-identical texts found as exact duplicates (must be all of them)."""
    lines = data_path(*BBC).read_text("utf-8").splitlines()[:limit]
    index = OriginIndex()
    links = []
    started = time.perf_counter()
    for i, text in enumerate(lines):
        links += index.add(Article(id=f"bbc{i}", text=text))
    seconds = time.perf_counter() - started
    first_of: dict[str, int] = {}
    identical = found = 0
    exact = {(link.article, link.other) for link in links if link.relation == "exact"}
    for i, text in enumerate(lines):
        if text in first_of:
            identical += 1
            found += (f"bbc{i}", f"bbc{first_of[text]}") in exact
        else:
            first_of[text] = i
    counts = dict.fromkeys(("exact", "near", "wire_copy"), 0)
    for link in links:
        counts[link.relation] += 1
    return {
        "articles": float(len(lines)),
        "origins": float(len(index.origins())),
        **{k: float(v) for k, v in counts.items()},
        "identical_found": found / identical if identical else 1.0,
        "ms_per_article": 1000 * seconds / max(1, len(lines)),
    }


# ---------------------------------------------------------------- gate and report


def evaluate(quick: bool = False) -> dict[str, float]:
    figures: dict[str, float] = {}
    if have_data(*MEANTIME):
        scores = meantime_scores(quick)
        ours, base = scores["claimwire"], scores["same type, same day"]
        figures["meantime_conll_f1"] = ours["conll_f1"]
        figures["meantime_b3_f1"] = ours["b3_f1"]
        figures["meantime_margin_over_baseline"] = ours["conll_f1"] - base["conll_f1"]
    for part, score in multisource_scores().items():
        figures[f"multisource_{part}"] = score
    if have_data(*BBC):
        figures["bbc_identical_found"] = bbc_duplicates(700 if quick else None)["identical_found"]
    return figures


def main(argv: Sequence[str] | None = None) -> int:
    quick = "--quick" in (argv or sys.argv[1:])
    if not have_data(*MEANTIME):
        print("MEANTIME not found under", data_path(*MEANTIME))
        return 1
    scores = meantime_scores(quick)
    rows = [
        [
            name,
            s["muc_f1"],
            s["b3_p"],
            s["b3_r"],
            s["b3_f1"],
            s["ceafe_f1"],
            s["conll_f1"],
            s["xdoc_p"],
            s["xdoc_r"],
            s["xdoc_f1"],
        ]
        for name, s in scores.items()
    ]
    head = ["system", "MUC F1", "B³ P", "B³ R", "B³ F1", "CEAF-e F1", "CoNLL F1"]
    head += ["x-doc link P", "x-doc link R", "x-doc link F1"]
    out = "### MEANTIME cross-document event coreference (gold mentions, gold topics)\n\n"
    out += table(head, rows)
    n = int(scores["claimwire"]["mentions"])
    out += (
        f"\n\n{n} gold event mentions{' (quick: airbus and gm corpora)' if quick else ''}; "
        "clustered per topic corpus by `EventLinker` in document-date order, from the gold "
        "mentions' tokens, lemma, event class, sentence words and document date. Only 35 of "
        "2,182 gold clusters span two documents, so all-singletons already scores high on "
        "B³ and CEAF-e; the x-doc link columns score links between different documents only. "
        "No published CoNLL F1 with gold mentions on MEANTIME English is known to us.\n\n"
    )
    problems = multisource_check()
    ms = multisource_scores()
    out += "### Multi-source set (`tests/fixtures/multisource/`, 14 reports)\n\n"
    out += table(["part", "as expected"], [[part, score] for part, score in ms.items()])
    if problems:
        out += "\n\n" + "\n".join(f"- {part}: {p}" for part, ps in problems.items() for p in ps)
    if have_data(*BBC):
        bbc = bbc_duplicates(700 if quick else None)
        out += "\n\n### Duplicates and origins over the BBC corpus (no gold)\n\n"
        out += table(
            ["articles", "origins", "exact", "near", "wire_copy", "identical texts found"],
            [[int(bbc["articles"]), int(bbc["origins"]), int(bbc["exact"]), int(bbc["near"]),
              int(bbc["wire_copy"]), bbc["identical_found"]]],
        )  # fmt: skip
        out += (
            "\n\nEvery byte-identical pair must be found as `exact`; the near and wire-copy "
            "pairs of lowest similarity were read by hand: updated versions of one story "
            "(a new headline, an added paragraph), none a different story."
        )
    print(out)
    if not quick:
        update_results("linking", out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
