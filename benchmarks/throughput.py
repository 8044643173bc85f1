"""Throughput: the full claimwire pipeline against bare spaCy, in one run.

Both run the same model on the same cleaned texts (VOA stories and the BBC
corpus, one article per line, when ``../shared/data`` is there; else the bundled
examples). Batches alternate which of the two goes first, and the figure is the
ratio of CPU times, so that a busy machine slows both alike. A third pass runs
the full pipeline component by component to give each one's share of the time
(issues 3 and 6 cap attribution at 15% and events at 20% of it).

    python -m benchmarks.throughput [--quick]
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Iterator
from itertools import islice
from typing import Any

from benchmarks._common import data_path, table, update_results
from claimwire.errors import InputError
from claimwire.ingest import article_from_text, read_path
from claimwire.ingest.demo import examples_dir
from claimwire.nlp import load_model
from claimwire.nlp.assemble import assemble
from claimwire.pipeline import Extractor, parse_published
from claimwire.records import Article
from claimwire.settings import Settings

#: The issue-2 bar: the whole pipeline runs at least half as fast as bare spaCy.
#: The headroom figures are budget left under the time-share caps of issues 3 and 6
#: (attribution at most 15%, events at most 20% of pipeline time); 0 is the cap.
FLOORS: dict[str, float] = {
    "throughput_ratio": 0.5,
    "attribution_share_headroom": 0.0,
    "events_share_headroom": 0.0,
}
SHARE_CAPS = {"claimwire_attribution": 0.15, "claimwire_events": 0.20}
BATCH = 16


def load_articles(quick: bool) -> tuple[list[Article], str, float]:
    """The texts to time, cleaned by ingest, a line saying what they are, and the
    CPU seconds ingest took."""
    started = time.process_time()
    articles: list[Article] = []
    parts: list[str] = []
    voa = data_path("voa", "voa_stories.jsonl")
    if voa.exists():
        with voa.open(encoding="utf-8") as f:
            rows = [json.loads(line) for line in f if line.strip()]
        rows = rows[:20] if quick else rows
        for row in rows:
            articles.append(
                article_from_text(row["text"], id=row["id"], published=row["published"][:10])
            )
        parts.append(f"{len(rows)} VOA stories")
    bbc = data_path("corpus", "bbc.txt")
    if bbc.exists():
        with bbc.open(encoding="utf-8", errors="replace") as f:
            lines = [line for line in islice(f, 40 if quick else 600) if line.strip()]
        for line in lines:
            try:
                articles.append(article_from_text(line))
            except InputError:
                continue
        parts.append(f"{len(lines)} BBC articles")
    if not articles:
        articles = [a for a in read_path(examples_dir()) if isinstance(a, Article)]
        parts.append(f"{len(articles)} bundled examples")
    return articles, " + ".join(parts), time.process_time() - started


def _chunks(items: list[Article], size: int) -> Iterator[list[Article]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _docs(extractor: Extractor, articles: list[Article]) -> list[Any]:
    docs = []
    for article in articles:
        doc = extractor.nlp.make_doc(article.text)
        doc._.cw_published = parse_published(article.published)
        docs.append(doc)
    return docs


def measure(quick: bool = False) -> dict[str, Any]:
    settings = Settings.from_env()
    articles, described, ingest_cpu = load_articles(quick)
    extractor = Extractor(settings)
    bare = load_model(settings.model)
    words = sum(len(a.text.split()) for a in articles)

    # Warm both up (lazy tables, first-call caches) on a few texts.
    list(extractor.extract_many(articles[:4]))
    list(bare.pipe(a.text for a in articles[:4]))

    bare_cpu = full_cpu = 0.0
    bare_wall = full_wall = 0.0
    for i, chunk in enumerate(_chunks(articles, BATCH)):
        order = ("bare", "full") if i % 2 == 0 else ("full", "bare")
        for which in order:
            c0, w0 = time.process_time(), time.perf_counter()
            if which == "bare":
                for _ in bare.pipe((a.text for a in chunk), batch_size=BATCH):
                    pass
                bare_cpu += time.process_time() - c0
                bare_wall += time.perf_counter() - w0
            else:
                for _ in extractor.extract_many(chunk):
                    pass
                full_cpu += time.process_time() - c0
                full_wall += time.perf_counter() - w0

    # Component by component, as nlp.pipe runs them, plus assembling the records.
    shares: dict[str, float] = {}
    for chunk in _chunks(articles, BATCH):
        c0 = time.process_time()
        docs = _docs(extractor, chunk)
        shares["tokenizer"] = shares.get("tokenizer", 0.0) + time.process_time() - c0
        for name, proc in extractor.nlp.pipeline:
            c0 = time.process_time()
            if hasattr(proc, "pipe"):
                docs = list(proc.pipe(docs, batch_size=BATCH))
            else:
                docs = [proc(doc) for doc in docs]
            shares[name] = shares.get(name, 0.0) + time.process_time() - c0
        c0 = time.process_time()
        for doc, article in zip(docs, chunk, strict=True):
            assemble(doc, article)
        shares["assemble"] = shares.get("assemble", 0.0) + time.process_time() - c0
    total = sum(shares.values()) or 1.0
    return {
        "described": described,
        "ingest_cpu": ingest_cpu,
        "articles": len(articles),
        "words": words,
        "model": bare.meta.get("name", "?"),
        "bare_cpu": bare_cpu,
        "full_cpu": full_cpu,
        "bare_wall": bare_wall,
        "full_wall": full_wall,
        "shares": {name: t / total for name, t in shares.items()},
    }


def figures(result: dict[str, Any]) -> dict[str, float]:
    shares = result["shares"]
    out = {
        "throughput_ratio": result["bare_cpu"] / max(result["full_cpu"], 1e-9),
        # For information: the same with ingest (decoding, cleaning, language) counted.
        "throughput_ratio_with_ingest": result["bare_cpu"]
        / max(result["full_cpu"] + result["ingest_cpu"], 1e-9),
    }
    for name, cap in SHARE_CAPS.items():
        short = name.removeprefix("claimwire_")
        out[f"{short}_share"] = shares.get(name, 0.0)
        out[f"{short}_share_headroom"] = cap - shares.get(name, 0.0)
    return out


def evaluate(quick: bool = False) -> dict[str, float]:
    return figures(measure(quick))


def report(result: dict[str, Any]) -> str:
    n, w = result["articles"], result["words"]
    figs = figures(result)

    def row(name: str, cpu: float, wall: float) -> list[Any]:
        return [name, f"{n / cpu:.1f}", f"{w / cpu:,.0f}", f"{w / wall:,.0f}"]

    rows = [
        row(f"bare spaCy ({result['model']})", result["bare_cpu"], result["bare_wall"]),
        row("claimwire full pipeline", result["full_cpu"], result["full_wall"]),
    ]
    body = [
        f"Texts: {result['described']} ({n} articles, {w:,} words), cleaned by ingest first; "
        f"batches of {BATCH}, alternating which runs first.",
        "",
        table(["pipeline", "articles/s (CPU)", "words/s (CPU)", "words/s (wall)"], rows),
        "",
        f"**Throughput ratio (full / bare, CPU time): {figs['throughput_ratio']:.3f}** "
        f"(floor {FLOORS['throughput_ratio']}); counting ingest (decoding, cleaning, "
        f"language check) too: {figs['throughput_ratio_with_ingest']:.3f}.",
        "",
        "Share of pipeline time per component (one pass, component by component):",
        "",
        table(
            ["component", "share", "cap"],
            [
                [name, f"{share:.1%}", f"{SHARE_CAPS[name]:.0%}" if name in SHARE_CAPS else ""]
                for name, share in result["shares"].items()
            ],
        ),
    ]
    return "\n".join(body)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer texts (CI gate size)")
    args = parser.parse_args()
    result = measure(args.quick)
    text = report(result)
    print(text)
    update_results("throughput", text)


if __name__ == "__main__":
    main()
