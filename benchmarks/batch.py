"""Batch throughput: `claimwire batch` on Dask against bare spaCy, and scaling.

Run as ``python -m benchmarks.batch [--articles N]``. In one run, on the same
texts (BBC corpus lines, else VOA stories):

- bare spaCy ``nlp.pipe`` with the same model, in this process (the ceiling);
- ``claimwire batch`` with one local worker, then with two, through the whole
  path (JSONL shards → Dask → full pipeline → Parquet), start-up included;
- the same texts as HTML pages in a WARC.gz file built here, one worker, to
  exercise the WARC path;
- peak resident memory of a worker process.

Speeds are reported as ratios measured in this one run, since the machine is
noisy. Targets (issue 9): full pipeline ≥ 0.6 of bare spaCy, ≥ 1.7x from one to
two workers, peak worker memory < 1.5 GB.
"""

from __future__ import annotations

import argparse
import html
import io
import json
import tempfile
import time
from pathlib import Path

from benchmarks._common import check_floors, data_path, table, update_results
from claimwire.batch.runner import run_batch
from claimwire.nlp import load_model
from claimwire.pipeline import Extractor
from claimwire.records import Article
from claimwire.settings import Settings

FLOORS = {
    "full_vs_spacy_ratio": 0.45,
    "scaling_1_to_2": 1.3,
    "warc_articles_ratio": 0.95,
}


def corpus(limit: int) -> list[str]:
    """Up to ``limit`` article texts: the BBC corpus, topped up with VOA stories."""
    texts: list[str] = []
    bbc = data_path("corpus", "bbc.txt")
    if bbc.exists():
        with bbc.open(encoding="utf-8") as f:
            texts += [line.strip() for line in f if len(line.split()) > 50]
    voa = data_path("voa", "voa_stories.jsonl")
    if voa.exists():
        with voa.open(encoding="utf-8") as f:
            texts += [json.loads(line)["text"] for line in f]
    return texts[:limit]


def write_jsonl(texts: list[str], path: Path) -> None:
    with path.open("w", encoding="utf-8") as f:
        for i, text in enumerate(texts):
            row = {"id": f"b{i}", "text": text, "published": "2024-01-15"}
            f.write(json.dumps(row) + "\n")


def write_warc(texts: list[str], path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as f:
        writer = WARCWriter(f, gzip=True)
        for i, text in enumerate(texts):
            paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in text.split(". ") if p)
            page = (
                f"<html><head><title>Story {i}</title></head><body><nav>Home | World</nav>"
                f"<article><h1>Story {i}</h1>{paragraphs}</article>"
                "<footer>Copyright</footer></body></html>"
            ).encode()
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                f"https://news.example.org/story/{i}",
                "response",
                payload=io.BytesIO(page),
                length=len(page),
                http_headers=headers,
            )
            writer.write_record(record)


def bare_spacy(texts: list[str], settings: Settings) -> float:
    nlp = load_model(settings.model)
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=settings.batch_size):
        pass
    return time.perf_counter() - started


def timed_batch(
    inputs: list[Path], out: Path, workers: int, settings: Settings
) -> tuple[float, int, float]:
    started = time.perf_counter()
    summary = run_batch(inputs, out, workers=workers, settings=settings, shard_size=50)
    return time.perf_counter() - started, summary.articles, summary.peak_worker_rss_mb


def evaluate(quick: bool = False, articles: int | None = None) -> dict[str, float]:
    n = articles or (120 if quick else 1000)
    texts = corpus(n)
    if not texts:
        return {}
    words = sum(len(t.split()) for t in texts)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        settings = Settings.from_env()
        # The gazetteer is built once per machine, on first use: not part of a batch.
        Extractor(settings).extract(Article(id="warm-up", text=texts[0]))
        jsonl, warc = root / "in.jsonl", root / "in.warc.gz"
        write_jsonl(texts, jsonl)
        write_warc(texts, warc)
        spacy_s = bare_spacy(texts, settings)
        one_s, one_n, one_rss = timed_batch([jsonl], root / "out1", 1, settings)
        two_s, two_n, two_rss = timed_batch([jsonl], root / "out2", 2, settings)
        warc_s, warc_n, _ = timed_batch([warc], root / "outw", 1, settings)
    figures = {
        "articles": float(len(texts)),
        "words": float(words),
        "spacy_words_per_s": words / spacy_s,
        "batch1_words_per_s": words / one_s,
        "batch2_words_per_s": words / two_s,
        "full_vs_spacy_ratio": spacy_s / one_s,
        "scaling_1_to_2": one_s / two_s,
        "peak_worker_rss_mb": max(one_rss, two_rss),
        "warc_articles_ratio": warc_n / len(texts),
        "warc_words_per_s": words / warc_s,
        "lost_articles": float(len(texts) - min(one_n, two_n)),
    }
    return figures


def report(figures: dict[str, float]) -> str:
    rows = [
        [
            "bare spaCy nlp.pipe (1 process)",
            f"{figures['spacy_words_per_s']:.0f}",
            "1.00",
            "ceiling",
        ],
        [
            "claimwire batch, 1 worker",
            f"{figures['batch1_words_per_s']:.0f}",
            f"{figures['full_vs_spacy_ratio']:.2f}",
            "target ≥ 0.6",
        ],
        [
            "claimwire batch, 2 workers",
            f"{figures['batch2_words_per_s']:.0f}",
            f"{figures['batch2_words_per_s'] / figures['spacy_words_per_s']:.2f}",
            f"speed-up {figures['scaling_1_to_2']:.2f}x (target ≥ 1.7x)",
        ],
        [
            "claimwire batch on WARC.gz, 1 worker",
            f"{figures['warc_words_per_s']:.0f}",
            f"{figures['warc_words_per_s'] / figures['spacy_words_per_s']:.2f}",
            f"{figures['warc_articles_ratio']:.0%} of pages extracted",
        ],
    ]
    return "\n".join(
        [
            f"### Batch (`python -m benchmarks.batch`)\n\n"
            f"{int(figures['articles'])} articles, {int(figures['words'])} words, one run; "
            "start-up (Dask cluster, model load per worker) included.\n",
            table(["run", "words/s", "vs bare spaCy", "note"], rows),
            f"\nPeak resident memory per worker: {figures['peak_worker_rss_mb']:.0f} MB "
            "(target < 1500 MB). Articles lost between runs: "
            f"{int(figures['lost_articles'])}. Peers: NGEC runs an LLM per document "
            "(3.9 s/document on CPU, published); PETRARCH parsed 2-5 sentences/s.",
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=None)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    figures = evaluate(quick=args.quick, articles=args.articles)
    if not figures:
        raise SystemExit("no evaluation data found (../shared/data)")
    text = report(figures)
    print(text)
    update_results("batch", text)
    failed = check_floors(figures, FLOORS)
    if failed:
        raise SystemExit("below floor: " + "; ".join(failed))


if __name__ == "__main__":
    main()
