"""Store benchmark: full-text search speed at scale, and a lossless BBC ingest.

1. **Search at 10^5 articles** (issue 7: "search answers in under 100 ms"):
   generated articles (word frequencies drawn from the BBC corpus when present,
   three claims, places and events each) are stored through ``save_many``; then
   queries of several kinds (common, mid-frequency and rare words, two words,
   a phrase, OR) are timed through ``Store.search``, beside a naive baseline
   in the same run: a ``LIKE`` scan over the article texts.
2. **BBC ingest** (``../shared/data/corpus/bbc.txt``, 2,225 lines): the
   extractions of the full pipeline are stored into SQLite (and PostgreSQL when
   ``CLAIMWIRE_TEST_POSTGRES`` is set), checked record by record, then stored
   again: nothing may be lost and the second pass may add nothing.

``python -m benchmarks.store`` (full: 10^5 articles, whole BBC corpus) or
``--quick`` (3,000 articles, 40 BBC articles). The pipeline's BBC extractions
are cached under the cache dir, keyed by a digest of the claimwire sources.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import statistics
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from benchmarks._common import REPO, data_path, table, update_results
from claimwire.errors import InputError
from claimwire.records import (
    Actor,
    Article,
    Claim,
    Entity,
    Event,
    Extraction,
    Place,
    Span,
)
from claimwire.serialize import extraction_from_dict, extraction_to_dict
from claimwire.settings import Settings
from claimwire.store import Store, open_store

#: Figures the CI gate holds: lossless BBC ingest, and FTS at least this many
#: times faster than a LIKE scan in the same run (quick mode, 3,000 articles).
FLOORS: dict[str, float] = {
    "bbc_sqlite_complete": 1.0,
    "bbc_sqlite_reingest_clean": 1.0,
    "bbc_sqlite_exact": 1.0,
    "search_speedup_vs_like": 1.5,
}

TARGET_MS = 100.0

_WORD = re.compile(r"[A-Za-z][a-z]{2,}")

_PLACES = [
    ("Kyiv", 50.45, 30.52, "UKR"), ("Kharkiv", 49.99, 36.23, "UKR"),
    ("Sudzha", 51.19, 35.27, "RUS"), ("Kursk", 51.73, 36.19, "RUS"),
    ("Gaza", 31.50, 34.47, "PSE"), ("Khartoum", 15.50, 32.56, "SDN"),
    ("Goma", -1.68, 29.23, "COD"), ("Aleppo", 36.20, 37.16, "SYR"),
    ("Mosul", 36.34, 43.13, "IRQ"), ("Kabul", 34.53, 69.17, "AFG"),
    ("Tripoli", 32.89, 13.19, "LBY"), ("Sanaa", 15.35, 44.21, "YEM"),
    ("Bamako", 12.65, -8.00, "MLI"), ("Minsk", 53.90, 27.57, "BLR"),
    ("Belgrade", 44.80, 20.47, "SRB"), ("Tbilisi", 41.69, 44.83, "GEO"),
]  # fmt: skip
_SPEAKERS = [
    "the defence ministry", "a military spokesman", "the foreign minister",
    "regional officials", "the president", "a United Nations envoy",
    "local residents", "the prime minister", "rebel commanders", "police",
]  # fmt: skip
_TYPES = ["ASSAULT", "ACCUSE", "REQUEST", "THREATEN", "AID", "CONSULT", "PROTEST"]


# ---------------------------------------------------------------- generated data


def _vocabulary() -> tuple[list[str], list[int]]:
    """Words and cumulative weights; BBC frequencies when the corpus is present."""
    path = data_path("corpus", "bbc.txt")
    counts: Counter[str] = Counter()
    if path.exists():
        counts.update(w.lower() for w in _WORD.findall(path.read_text("utf-8")))
    else:
        rng = random.Random(7)
        letters = "abcdefghijklmnoprstuvw"
        for rank in range(1, 20_001):
            word = "".join(rng.choice(letters) for _ in range(rng.randint(4, 9)))
            counts[word] += int(1_000_000 / rank)
    words = [w for w, _ in counts.most_common(30_000)]
    cumulative: list[int] = []
    total = 0
    for w in words:
        total += counts[w]
        cumulative.append(total)
    return words, cumulative


class _Text:
    """Sentences joined by spaces; ``add`` returns where a sentence starts."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.offset = 0

    def add(self, sentence: str) -> int:
        at = self.offset
        self.parts.append(sentence)
        self.offset += len(sentence) + 1
        return at


def _generated(n: int, seed: int = 1) -> Iterator[Extraction]:
    rng = random.Random(seed)
    words, cumulative = _vocabulary()

    def clause(k: int) -> str:
        return " ".join(rng.choices(words, cum_weights=cumulative, k=k))

    start = 738_000  # a proleptic ordinal: days run over about three years
    for i in range(n):
        body = _Text()
        add = body.add
        claims: list[Claim] = []
        places: list[Place] = []
        events: list[Event] = []

        for s in range(12):
            if s % 4 == 1:
                speaker = rng.choice(_SPEAKERS)
                content = clause(rng.randint(10, 18))
                at = add(f"{speaker.capitalize()} said {content}.")
                cue = Span(at + len(speaker) + 1, at + len(speaker) + 5, "said")
                c_start = cue.end + 1
                claims.append(
                    Claim(
                        f"c{len(claims) + 1}",
                        None,
                        speaker,
                        Span(at, at + len(speaker), speaker.capitalize()),
                        cue,
                        Span(c_start, c_start + len(content), content),
                        "indirect",
                    )
                )
            elif s % 4 == 2:
                name, lat, lon, country = rng.choice(_PLACES)
                head = f"Fighting was reported near {name} as "
                at = add(f"{head}{clause(rng.randint(8, 14))}.")
                mention = Span(at + len(head) - len(name) - 4, at + len(head) - 4, name)
                pid = f"p{len(places) + 1}"
                places.append(Place(pid, name, lat, lon, country, "city", None, None, (mention,)))
                trigger = Span(at, at + 8, "Fighting")
                events.append(
                    Event(
                        f"e{len(events) + 1}",
                        rng.choice(_TYPES),
                        trigger,
                        actors=(Actor(country, country),),
                        place=pid,
                    )
                )
            else:
                add(clause(rng.randint(12, 24)).capitalize() + ".")
        text = " ".join(body.parts)
        day = _ordinal_day(start + rng.randint(0, 1000))
        yield Extraction(
            article=Article(
                id=f"gen{i:06d}",
                text=text,
                title=clause(7).capitalize(),
                source=f"Wire {i % 40}",
                published=day,
            ),
            entities=(Entity("ent1", "Generated Person", "person", None),),
            claims=tuple(claims),
            events=tuple(events),
            places=tuple(places),
        )


def _ordinal_day(ordinal: int) -> str:
    import datetime as dt

    return dt.date.fromordinal(ordinal).isoformat()


def _queries(rng: random.Random) -> dict[str, list[str]]:
    words, _ = _vocabulary()
    content = [w for w in words if len(w) > 3]

    def pick(lo: int, hi: int, k: int) -> list[str]:
        return rng.sample(content[lo:hi], k)

    return {
        "common word (rank 20-200)": pick(20, 200, 10),
        "mid word (rank 500-5k)": pick(500, 5000, 10),
        "rare word (rank 10k-25k)": pick(10_000, 25_000, 10),
        "two words": [" ".join(pick(100, 3000, 2)) for _ in range(10)],
        "phrase": ['"' + " ".join(pick(0, 300, 2)) + '"' for _ in range(10)],
        "A OR B": [" OR ".join(pick(1000, 8000, 2)) for _ in range(10)],
        "place name": [p[0] for p in _PLACES[:10]],
    }


def _time_ms(fn: Any, *args: Any) -> tuple[float, Any]:
    t0 = time.perf_counter()
    result = fn(*args)
    return (time.perf_counter() - t0) * 1000, result


def search_benchmark(store: Store, n: int, rng: random.Random) -> dict[str, Any]:
    t0 = time.perf_counter()
    stats = store.save_many(_generated(n), batch_size=500)
    load_s = time.perf_counter() - t0
    assert stats.new == n, stats
    if store.dialect == "sqlite":
        store.db.execute("INSERT INTO articles_fts (articles_fts) VALUES ('optimize')")
        store.db.execute("INSERT INTO claims_fts (claims_fts) VALUES ('optimize')")
        store.db.execute("ANALYZE")
    else:
        store.db.execute("ANALYZE")
    rows: list[list[Any]] = []
    all_ms: list[float] = []
    like_ms: list[float] = []
    fts_for_like: list[float] = []
    for kind, queries in _queries(rng).items():
        times = []
        for q in queries:
            store.search(q, 20)  # warm the cache for this term, as a live server would be
            ms, _ = _time_ms(store.search, q, 20)
            times.append(ms)
        all_ms += times
        rows.append([kind, len(queries), statistics.median(times), max(times)])
    # Naive baseline: a LIKE scan over the texts (newest first, stopping at 20), on
    # single words: quick for common words, a full scan for rare ones.
    single = _queries(random.Random(5))
    for q in [*single["common word (rank 20-200)"][:4], *single["mid word (rank 500-5k)"][:4],
              *single["rare word (rank 10k-25k)"][:4]]:  # fmt: skip
        ms_like, _ = _time_ms(
            store.db.query,
            "SELECT id FROM articles WHERE lower(text) LIKE ? ORDER BY seq DESC LIMIT 20",
            [f"%{q}%"],
        )
        ms_fts, _ = _time_ms(store.search, q, 20)
        like_ms.append(ms_like)
        fts_for_like.append(ms_fts)
    return {
        "articles": n,
        "load_s": load_s,
        "load_per_s": n / load_s,
        "rows": rows,
        "p50": statistics.median(all_ms),
        "p95": sorted(all_ms)[int(0.95 * (len(all_ms) - 1))],
        "max": max(all_ms),
        # Means: the time to answer the same 12 queries, rare ones (full scans) included.
        "like_ms": statistics.fmean(like_ms),
        "like_max": max(like_ms),
        "fts_ms": statistics.fmean(fts_for_like),
    }


# ---------------------------------------------------------------- BBC ingest


def _sources_digest() -> str:
    """A digest of the sources that shape an extraction (not the store, API, ...)."""
    root = REPO / "src" / "claimwire"
    h = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        top = path.relative_to(root).parts[0]
        if path.is_file() and top not in _NOT_EXTRACTION and "__pycache__" not in path.parts:
            h.update(str(path.relative_to(root)).encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:12]


_NOT_EXTRACTION = {"store", "api", "link", "batch", "cli.py"}


def bbc_extractions(limit: int | None) -> tuple[int, list[str], list[Extraction]]:
    """(lines read, input errors, extractions) of the BBC corpus through the full
    pipeline; cached per version of the sources."""
    from claimwire.ingest import article_from_text

    path = data_path("corpus", "bbc.txt")
    lines = path.read_text("utf-8").splitlines()
    if limit is not None:
        lines = lines[:limit]
    settings = Settings.from_env()
    cache = settings.cache_dir / "bench" / f"bbc-{len(lines)}-{_sources_digest()}.jsonl"
    errors: list[str] = []
    articles: list[Article] = []
    for number, line in enumerate(lines, 1):
        try:
            articles.append(article_from_text(line, source="BBC"))
        except InputError as exc:
            errors.append(f"line {number}: {exc}")
    if cache.exists():
        with cache.open(encoding="utf-8") as f:
            extractions = [extraction_from_dict(json.loads(row)) for row in f]
        return len(lines), errors, extractions
    from claimwire.pipeline import Extractor

    extractions = list(Extractor(settings).extract_many(articles))
    cache.parent.mkdir(parents=True, exist_ok=True)
    tmp = cache.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as f:
        for x in extractions:
            f.write(json.dumps(extraction_to_dict(x), ensure_ascii=False) + "\n")
    tmp.replace(cache)
    return len(lines), errors, extractions


_COUNTED = {
    "entities": lambda x: len(x.entities),
    "claims": lambda x: len(x.claims),
    "events": lambda x: len(x.events),
    "places": lambda x: len(x.places),
    "dates": lambda x: len(x.dates),
    "quantities": lambda x: len(x.quantities),
}


def bbc_check(store: Store, extractions: list[Extraction]) -> dict[str, Any]:
    distinct = {x.article.id: x for x in extractions}
    t0 = time.perf_counter()
    first = store.save_many(extractions)
    first_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    second = store.save_many(extractions)
    second_s = time.perf_counter() - t0
    exact = sum(store.get_extraction(i) == x for i, x in distinct.items())
    records_ok = all(
        store.count(t) == sum(f(x) for x in distinct.values()) for t, f in _COUNTED.items()
    )
    stored = store.count("articles")
    return {
        "distinct": len(distinct),
        "stored": stored,
        "new": first.new,
        "failed": len(first.failed or ()) + len(second.failed or ()),
        "second_new": second.new + second.updated,
        "exact": exact,
        "records_ok": records_ok,
        "first_s": first_s,
        "second_s": second_s,
        "complete": float(stored == len(distinct) and records_ok and not first.failed),
        "reingest_clean": float(second.new + second.updated == 0 and not second.failed),
        "exact_ratio": exact / max(1, len(distinct)),
    }


# ---------------------------------------------------------------- running


def _backends(workdir: Path, *, postgres: bool) -> Iterator[tuple[str, str]]:
    yield "sqlite", str(workdir / f"bench-{uuid.uuid4().hex[:8]}.db")
    base = os.environ.get("CLAIMWIRE_BENCH_POSTGRES") or os.environ.get("CLAIMWIRE_TEST_POSTGRES")
    if base and postgres:
        import psycopg

        schema = f"cw_bench_{uuid.uuid4().hex[:10]}"
        with psycopg.connect(base, autocommit=True) as conn:
            conn.execute(f"CREATE SCHEMA {schema}")
        try:
            from urllib.parse import quote

            sep = "&" if "?" in base else "?"
            yield "postgresql", f"{base}{sep}options={quote(f'-csearch_path={schema}')}"
        finally:
            with psycopg.connect(base, autocommit=True) as conn:
                conn.execute(f"DROP SCHEMA {schema} CASCADE")


def evaluate(quick: bool = False) -> dict[str, float]:
    """The gate's figures; quick: SQLite only, 3,000 generated and 40 BBC articles."""
    figures, _ = run(
        quick=quick, search_n=3_000 if quick else 100_000, write=False, postgres=not quick
    )
    return figures


def run(
    *, quick: bool, search_n: int, write: bool, postgres: bool = True
) -> tuple[dict[str, float], str]:
    figures: dict[str, float] = {}
    sections: list[str] = []
    have_bbc = data_path("corpus", "bbc.txt").exists()
    lines, errors, extractions = bbc_extractions(40 if quick else None) if have_bbc else (0, [], [])
    with tempfile.TemporaryDirectory(prefix="claimwire-bench-") as tmp:
        bbc_rows = []
        search_rows = []
        search_detail = ""
        for backend, url in _backends(Path(tmp), postgres=postgres):
            if extractions:
                with open_store(url) as store:
                    result = bbc_check(store, extractions)
                figures[f"bbc_{backend}_complete"] = result["complete"]
                figures[f"bbc_{backend}_reingest_clean"] = result["reingest_clean"]
                figures[f"bbc_{backend}_exact"] = result["exact_ratio"]
                bbc_rows.append(
                    [
                        backend, lines, len(errors), result["distinct"], result["stored"],
                        result["failed"], result["second_new"],
                        f"{result['exact']}/{result['distinct']}",
                        "yes" if result["records_ok"] else "NO",
                        f"{result['first_s']:.1f} s", f"{result['second_s']:.1f} s",
                    ]
                )  # fmt: skip
            if backend == "postgresql":
                # A fresh schema for the search data: drop the BBC rows first.
                with open_store(url) as store, store.db.transaction() as tx:
                    tx.execute("DELETE FROM articles")
            else:
                url = str(Path(tmp) / "search.db")
            with open_store(url) as store:
                s = search_benchmark(store, search_n, random.Random(11))
            figures[f"search_{backend}_p95_ms"] = s["p95"]
            if backend == "sqlite":
                figures["search_speedup_vs_like"] = s["like_ms"] / max(s["fts_ms"], 1e-6)
            search_rows.append(
                [
                    backend, s["articles"], f"{s['load_per_s']:.0f}/s", f"{s['p50']:.1f}",
                    f"{s['p95']:.1f}", f"{s['max']:.1f}", f"{s['like_ms']:.1f}",
                    f"{s['like_max']:.1f}", f"{s['fts_ms']:.1f}",
                    f"{s['like_ms'] / max(s['fts_ms'], 1e-6):.0f}x",
                ]
            )  # fmt: skip
            search_detail += (
                f"\n{backend}, {s['articles']:,} articles, by kind of query "
                "(10 queries each, ms):\n\n"
                + table(
                    ["query kind", "n", "median ms", "max ms"],
                    [[r[0], r[1], f"{r[2]:.1f}", f"{r[3]:.1f}"] for r in s["rows"]],
                )
                + "\n"
            )
    if bbc_rows:
        sections.append(
            "BBC corpus (`corpus/bbc.txt`) through the full pipeline, then stored twice "
            "(`save_many`); ids are content hashes, so the corpus's duplicate texts are "
            "one article each:\n\n"
            + table(
                [
                    "backend", "lines", "input errors", "distinct articles", "stored",
                    "failed", "added by 2nd pass", "exact round trip", "record counts",
                    "1st pass", "2nd pass",
                ],
                bbc_rows,
            )
        )  # fmt: skip
    sections.append(
        f"Full-text search (`Store.search`, top 20 of articles and claims) over generated "
        f"articles (BBC word frequencies, 12 sentences, 3 claims, 3 places and events "
        f"each); target {TARGET_MS:.0f} ms. Naive baseline in the same run: a `LIKE` "
        "scan of the texts, newest first, stopping at 20 matches, against `Store.search`, "
        "on the same 12 single-word queries (4 common, 4 mid-frequency, 4 rare): mean "
        "and worst time.\n\n"
        + table(
            [
                "backend", "articles", "load", "median ms", "p95 ms", "max ms",
                "LIKE mean ms", "LIKE max ms", "search mean ms (same queries)", "speed-up",
            ],
            search_rows,
        )
        + "\n"
        + search_detail
    )  # fmt: skip
    body = "\n\n".join(sections)
    if write:
        update_results(
            "store",
            "## Store (`python -m benchmarks.store`)\n\n"
            + body
            + "\n\nMachine: 2 shared cores; timings are wall-clock in one run.",
        )
    return figures, body


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="3,000 articles, 40 BBC articles")
    parser.add_argument("--articles", type=int, default=None, help="generated articles")
    parser.add_argument("--no-write", action="store_true", help="leave RESULTS.md alone")
    args = parser.parse_args()
    n = args.articles or (3_000 if args.quick else 100_000)
    figures, body = run(quick=args.quick, search_n=n, write=not args.no_write)
    print(body)
    print()
    for name, value in sorted(figures.items()):
        print(f"{name}: {value:.3f}")


if __name__ == "__main__":
    main()
