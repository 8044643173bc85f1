"""Batch throughput: `claimwire batch` on Dask against bare spaCy, and scaling.

Run as ``python -m benchmarks.batch [--quick] [--articles N] [--rounds R]``
(about 20 minutes on a quiet 2-core machine; ``--quick``, 120 articles and one
round, about a minute, does not write RESULTS.md). On the same texts (BBC
corpus lines, else VOA stories) it times:

- bare spaCy ``nlp.pipe`` with the same model, in this process (the ceiling;
  loading the model is timed apart and not counted);
- ``claimwire batch`` with one local worker, then with two, through the whole
  path (JSONL shards → Dask → ingest and full pipeline → Parquet), start-up
  included;
- (not in quick mode) the batch's own shards run one after the other in this
  process by the worker's function, no Dask, model loaded before: the work a
  worker does, so that the rest of its gap to bare spaCy is Dask and the process;
- bare spaCy again in two processes sharing the texts, timed once both have
  their model: the speed-up that the machine, as busy as it is at that moment,
  lets a second core give. On a shared machine it is well under 2x, and the
  batch cannot do better; ``steady_scaling_vs_machine`` is the batch's
  steady-state speed-up as a fraction of it;
- once, after the rounds, the texts (200 of them; quick: 30) as HTML pages in a
  WARC.gz file built here, one worker, to exercise the WARC path;
- the peak resident memory of a worker process.

**Rounds.** One run of each is at the mercy of whatever else the machine does,
so they are repeated ``--rounds`` times (3; quick mode 1), interleaved (spaCy,
in-process shards, 1 worker, spaCy in 2 processes, 2 workers, spaCy, ...: each
batch run right after its bare reference) so that a slow spell hits all alike. Each
figure is the median over rounds with its range (min–max). A ratio (pipeline
vs spaCy, 2 vs 1 workers) is the median of the per-round ratios, not the ratio
of medians: the two sides of a per-round ratio were timed a minute or two
apart, under about the same load, so drift between rounds cancels out, where a
ratio of medians may pair a spaCy run from a quiet spell with a batch run from
a busy one.

**CPU time.** Wall-clock ratios follow the machine's load, CPU time per word
much less: the *CPU vs spaCy* column sets bare spaCy's CPU seconds (this
process) against the workers' on the corpus shards (``ShardResult.cpu_seconds``,
every thread of the worker process) or the in-process shards'. It is the
steadiest figure on a shared machine, and the gate's firmest.

**Start-up and steady state.** Each batch run is given, before the corpus, one
short article of our own per worker, in its own file (one shard each). Dask
runs shards in the order they were submitted, one per idle worker, so each
worker's first shard is such an article and pays for the worker's start-up
(unpickling, importing claimwire, building the pipeline). The client's clock,
through ``run_batch``'s ``on_result`` hook, splits the wall time into:

- start-up: from the call until every worker has returned its short article
  (cluster and worker processes started, model loaded); the slowest worker's
  own time for that shard is reported as the model-load part of it;
- steady state: from then until the last corpus shard came back; the corpus
  words over this time are the steady-state words/s (less the shards a worker
  finished while another was still starting, if any);
- close: shutting the cluster down.

Corpus shards hold 1/20 of the corpus each (at least 10 articles), so two
workers share the work evenly until the last shard. Targets (issue 9): full
pipeline, start-up included, ≥ 0.6 of bare spaCy with 1 worker, ≥ 1.7x from
one to two workers, peak worker memory < 1.5 GB. The floors (``FLOORS``) are
for quick mode, which the CI gate runs (tests/test_gate_batch.py), where
start-up weighs far more than over 1,000 articles.
"""

from __future__ import annotations

import argparse
import dataclasses
import html
import io
import json
import multiprocessing
import shutil
import statistics
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks._common import check_floors, data_path, table, update_results
from claimwire.batch.runner import run_batch
from claimwire.batch.shards import plan_shards
from claimwire.batch.worker import ShardResult, run_shard
from claimwire.nlp import load_model
from claimwire.pipeline import Extractor
from claimwire.records import Article
from claimwire.settings import Settings

#: For quick mode (120 articles, one round), a bit under what it measured on a
#: 2-core machine shared with other work (load 2.5-8): full_vs_spacy_ratio
#: 0.42-0.89, steady 0.50-1.13, CPU 0.56-0.64, steady_scaling_vs_machine
#: 0.73-1.24. Wall-clock ratios from one round swing with the load (their floors
#: are loose); the CPU ratio hardly does. The plain speed-up from 1 to 2 workers
#: has no floor: it needs both cores free, which neither a shared machine nor CI
#: (``pytest -n 2`` runs other tests beside this one) gives (it measured
#: 0.88-1.53 here); the floor is on it as a fraction of bare spaCy's own speed-up
#: from a second process, measured in the same round.
FLOORS = {
    "full_vs_spacy_ratio": 0.3,
    "steady_vs_spacy_ratio": 0.35,
    "cpu_vs_spacy_ratio": 0.45,
    "steady_scaling_vs_machine": 0.5,
    "warc_articles_ratio": 0.95,
}

#: The corpus is cut into this many shards (fewer for a small corpus, so that a
#: shard holds at least ``MIN_SHARD`` articles), an even number so that two
#: workers share the work evenly until the last one.
SHARDS = 20
MIN_SHARD = 10

#: Each worker's first shard: a short article of our own, so that its start-up
#: (model load) is over before the corpus begins. Names, a date and a quote, so
#: that every component has something to do.
STARTUP_TEXT = (
    "Officials in Kyiv said on Monday that talks with Poland on grain transit "
    'would resume next week. "We expect an agreement before the harvest," the '
    "deputy minister told reporters in Warsaw."
)
STARTUP_PREFIX = "start-up-"


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


def write_jsonl(texts: list[str], path: Path, prefix: str = "b") -> None:
    with path.open("w", encoding="utf-8") as f:
        for i, text in enumerate(texts):
            row = {"id": f"{prefix}{i}", "text": text, "published": "2024-01-15"}
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


def private_gazetteer(settings: Settings, root: Path) -> Settings:
    """``settings`` with a copy of the gazetteer under ``root``. Checkouts of other
    versions on the same machine rebuild the shared one (it is rebuilt when the
    code that makes it changes), which a worker would then wait for mid-run."""
    shared, private = settings.gazetteer_path, root / "gazetteer.sqlite"
    if shared.exists():
        shutil.copyfile(shared, private)  # rebuilt at the warm-up if not current
    return dataclasses.replace(settings, gazetteer=private)


def startup_files(root: Path, workers: int) -> list[Path]:
    """One file per worker, each one short article: one shard each."""
    paths = []
    for i in range(workers):
        path = root / f"{STARTUP_PREFIX}{i}.jsonl"
        write_jsonl([STARTUP_TEXT], path, prefix=f"{STARTUP_PREFIX}{i}-")
        paths.append(path)
    return paths


def bare_spacy(texts: list[str], settings: Settings) -> tuple[float, float, float]:
    """Seconds to load the model, then to run ``nlp.pipe`` over ``texts``, and the
    CPU seconds that took."""
    started = time.perf_counter()
    nlp = load_model(settings.model)
    loaded, cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=settings.batch_size):
        pass
    return loaded - started, time.perf_counter() - loaded, time.process_time() - cpu


def _spacy_part(
    model: str | None, texts: list[str], batch_size: int, ready: Any, spans: Any
) -> None:
    nlp = load_model(model)
    ready.wait()  # every process has its model: start together
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    spans.put((started, time.perf_counter()))


def bare_spacy_parallel(texts: list[str], settings: Settings, processes: int = 2) -> float:
    """Seconds for ``processes`` bare spaCy processes to share ``texts`` (every other
    text each), from the moment all have loaded the model until the last is done:
    how much faster this machine lets spaCy run on two cores, right now."""
    context = multiprocessing.get_context("spawn")  # no fork of a process with threads
    ready, spans = context.Barrier(processes), context.Queue()
    workers = [
        context.Process(
            target=_spacy_part,
            args=(settings.model, texts[i::processes], settings.batch_size, ready, spans),
        )
        for i in range(processes)
    ]
    for worker in workers:
        worker.start()
    # time.perf_counter is CLOCK_MONOTONIC on Linux: the same clock in every process
    done: list[tuple[float, float]] = [spans.get(timeout=600) for _ in workers]
    for worker in workers:
        worker.join()
    return max(end for _, end in done) - min(start for start, _ in done)


def shards_in_process(
    inputs: list[Path], out: Path, shard_size: int, warm_up: Path, settings: Settings
) -> tuple[float, float]:
    """Seconds (and CPU seconds) to run the batch's shards one after the other in
    this process, no Dask: a worker's own work (ingest, pipeline, Parquet)."""
    for shard in plan_shards([warm_up], shard_size=1):  # loads the worker's pipeline
        run_shard(shard, str(out / "warm-up"), settings)
    shards = plan_shards(inputs, shard_size=shard_size)
    started, cpu = time.perf_counter(), time.process_time()
    for shard in shards:
        run_shard(shard, str(out), settings)
    return time.perf_counter() - started, time.process_time() - cpu


@dataclass(slots=True)
class BatchRun:
    """One ``run_batch`` call, its wall time split by the client's clock."""

    seconds: float = 0.0  # the whole call
    startup: float = 0.0  # until every worker returned its start-up article
    model_load: float = 0.0  # the slowest worker's own time for that shard
    steady: float = 0.0  # from then until the last corpus shard came back
    articles: int = 0  # corpus articles extracted
    early: int = 0  # of which by a worker while another was still starting
    cpu: float = 0.0  # the workers' CPU seconds on corpus shards, all added up
    peak_rss_mb: float = 0.0
    startup_results: list[ShardResult] = field(default_factory=list)

    @property
    def close(self) -> float:
        return self.seconds - self.startup - self.steady

    def steady_words_per_s(self, words: int) -> float:
        """Corpus words per second of steady state, leaving out the articles a
        worker did before the last one had started (about the same length)."""
        return words * (1 - self.early / self.articles) / self.steady


def timed_batch(
    inputs: list[Path],
    startup: list[Path],
    out: Path,
    workers: int,
    shard_size: int,
    settings: Settings,
) -> BatchRun:
    run = BatchRun()
    last = 0.0

    def on_result(result: ShardResult) -> None:
        nonlocal last
        now = time.perf_counter() - started
        if result.label.startswith(STARTUP_PREFIX):
            run.startup_results.append(result)
            if len(run.startup_results) == len(startup):
                run.startup = now
        else:
            last = now
            run.articles += result.articles
            run.cpu += result.cpu_seconds
            if len(run.startup_results) < len(startup):
                run.early += result.articles

    started = time.perf_counter()
    summary = run_batch(
        [*startup, *inputs],
        out,
        workers=workers,
        settings=settings,
        shard_size=shard_size,
        on_result=on_result,
    )
    run.seconds = time.perf_counter() - started
    if len(run.startup_results) != len(startup):
        raise RuntimeError(f"{len(run.startup_results)} of {len(startup)} start-up shards ran")
    run.steady = last - run.startup
    run.model_load = max(r.seconds for r in run.startup_results)
    run.peak_rss_mb = summary.peak_worker_rss_mb
    return run


def _spread(figures: dict[str, float], name: str, values: list[float]) -> None:
    """``name`` (the median), ``name_min`` and ``name_max``."""
    figures[name] = statistics.median(values)
    figures[f"{name}_min"] = min(values)
    figures[f"{name}_max"] = max(values)


def evaluate(
    quick: bool = False, articles: int | None = None, rounds: int | None = None
) -> dict[str, float]:
    n = articles or (120 if quick else 1000)
    rounds = rounds or (1 if quick else 3)
    in_process = not quick  # a fifth run per round: too long for the CI gate
    texts = corpus(n)
    if not texts:
        return {}
    words = sum(len(t.split()) for t in texts)
    shard_size = max(MIN_SHARD, -(-len(texts) // SHARDS))
    warc_texts = texts[: 30 if quick else 200]
    spacy_s: list[float] = []
    spacy2_s: list[float] = []
    spacy_load_s: list[float] = []
    in_process_s: list[float] = []
    spacy_cpu: list[float] = []
    in_process_cpu: list[float] = []
    runs: dict[int, list[BatchRun]] = {1: [], 2: []}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        settings = private_gazetteer(Settings.from_env(), root)
        # The gazetteer is built on first use, not by a batch: here, before timing.
        Extractor(settings).extract(Article(id="warm-up", text=texts[0]))
        jsonl, warc = root / "in.jsonl", root / "in.warc.gz"
        write_jsonl(texts, jsonl)
        write_warc(warc_texts, warc)
        startup = startup_files(root, 2)
        for r in range(rounds):
            load_s, pipe_s, cpu_s = bare_spacy(texts, settings)
            spacy_load_s.append(load_s)
            spacy_s.append(pipe_s)
            spacy_cpu.append(cpu_s)
            if in_process:
                wall_s, cpu_s = shards_in_process(
                    [jsonl], root / f"out-{r}-0", shard_size, startup[0], settings
                )
                in_process_s.append(wall_s)
                in_process_cpu.append(cpu_s)
            runs[1].append(
                timed_batch([jsonl], startup[:1], root / f"out-{r}-1", 1, shard_size, settings)
            )
            spacy2_s.append(bare_spacy_parallel(texts, settings))
            runs[2].append(
                timed_batch([jsonl], startup, root / f"out-{r}-2", 2, shard_size, settings)
            )
        warc_run = timed_batch([warc], startup[:1], root / "out-warc", 1, shard_size, settings)
    one, two = runs[1], runs[2]
    figures: dict[str, float] = {
        "articles": float(len(texts)),
        "words": float(words),
        "rounds": float(rounds),
        "shard_size": float(shard_size),
        "spacy_mid_s": statistics.median(spacy_s),
    }
    _spread(figures, "spacy_words_per_s", [words / s for s in spacy_s])
    _spread(figures, "spacy_load_s", spacy_load_s)
    if in_process_s:
        _spread(figures, "in_process_words_per_s", [words / s for s in in_process_s])
        _spread(
            figures,
            "in_process_vs_spacy_ratio",
            [a / b for a, b in zip(spacy_s, in_process_s, strict=True)],
        )
        figures["in_process_mid_s"] = statistics.median(in_process_s)
        _spread(
            figures,
            "in_process_cpu_vs_spacy_ratio",
            [a / b for a, b in zip(spacy_cpu, in_process_cpu, strict=True)],
        )
    _spread(figures, "spacy2_words_per_s", [words / s for s in spacy2_s])
    _spread(
        figures, "machine_scaling_1_to_2", [a / b for a, b in zip(spacy_s, spacy2_s, strict=True)]
    )
    for w, label in ((1, "batch1"), (2, "batch2")):
        done = runs[w]
        _spread(figures, f"{label}_words_per_s", [words / b.seconds for b in done])
        _spread(figures, f"{label}_steady_words_per_s", [b.steady_words_per_s(words) for b in done])
        _spread(figures, f"{label}_startup_s", [b.startup for b in done])
        _spread(figures, f"{label}_model_load_s", [b.model_load for b in done])
        _spread(figures, f"{label}_close_s", [b.close for b in done])
        # The run of median length, whose parts add up to its whole.
        mid = sorted(done, key=lambda b: b.seconds)[len(done) // 2]
        figures |= {
            f"{label}_mid_s": mid.seconds,
            f"{label}_mid_startup_s": mid.startup,
            f"{label}_mid_steady_s": mid.steady,
            f"{label}_mid_close_s": mid.close,
        }
        # per-round ratios against that round's bare spaCy (see the module docstring)
        _spread(
            figures,
            f"{label}_cpu_vs_spacy_ratio",
            [s / b.cpu for s, b in zip(spacy_cpu, done, strict=True)],
        )
        _spread(
            figures,
            f"{label}_vs_spacy_ratio",
            [s / b.seconds for s, b in zip(spacy_s, done, strict=True)],
        )
        _spread(
            figures,
            f"{label}_steady_vs_spacy_ratio",
            [b.steady_words_per_s(words) * s / words for s, b in zip(spacy_s, done, strict=True)],
        )
    _spread(
        figures, "scaling_1_to_2", [a.seconds / b.seconds for a, b in zip(one, two, strict=True)]
    )
    steady_scaling = [
        b.steady_words_per_s(words) / a.steady_words_per_s(words)
        for a, b in zip(one, two, strict=True)
    ]
    _spread(figures, "steady_scaling_1_to_2", steady_scaling)
    # Per round: the batch's steady-state speed-up over the one bare spaCy got from a
    # second process minutes before, on the machine as loaded as it then was.
    _spread(
        figures,
        "steady_scaling_vs_machine",
        [b / (a / c) for a, b, c in zip(spacy_s, steady_scaling, spacy2_s, strict=True)],
    )
    warc_words = sum(len(t.split()) for t in warc_texts)
    figures |= {
        # the gate's names for the headline figures
        "full_vs_spacy_ratio": figures["batch1_vs_spacy_ratio"],
        "steady_vs_spacy_ratio": figures["batch1_steady_vs_spacy_ratio"],
        "cpu_vs_spacy_ratio": figures["batch1_cpu_vs_spacy_ratio"],
        "peak_worker_rss_mb": max(b.peak_rss_mb for b in [*one, *two, warc_run]),
        "warc_pages": float(len(warc_texts)),
        "warc_articles_ratio": warc_run.articles / len(warc_texts),
        "warc_words_per_s": warc_words / warc_run.seconds,
        "warc_steady_words_per_s": warc_run.steady_words_per_s(warc_words),
        "warc_startup_s": warc_run.startup,
        "lost_articles": float(len(texts) - min(b.articles for b in [*one, *two])),
    }
    return figures


def _cell(figures: dict[str, float], name: str, fmt: str = ",.0f", unit: str = "") -> str:
    """The median of ``name`` with its range, when there was more than one round."""
    median = format(figures[name], fmt) + unit
    lo, hi = figures.get(f"{name}_min"), figures.get(f"{name}_max")
    if figures["rounds"] < 2 or lo is None or hi is None:
        return median
    return f"{median} ({format(lo, fmt)}–{format(hi, fmt)})"


def _parts(figures: dict[str, float], label: str) -> str:
    """A run's start-up + steady state + close = whole, in seconds."""
    parts = (figures[f"{label}_mid_{part}_s"] for part in ("startup", "steady", "close"))
    return " + ".join(f"{p:.1f}" for p in parts) + f" = {figures[f'{label}_mid_s']:.1f}"


def report(figures: dict[str, float]) -> str:
    f = figures
    rounds = int(f["rounds"])
    rows = [
        [
            "bare spaCy nlp.pipe (1 process)",
            _cell(f, "spacy_words_per_s"),
            "1.00",
            _cell(f, "spacy_load_s", ".1f") + ": model load, not counted",
            _cell(f, "spacy_words_per_s"),
            "1.00",
            "1.00",
        ]
    ]
    if "in_process_words_per_s" in f:
        rows.append(
            [
                "the same shards in this process, no Dask",
                _cell(f, "in_process_words_per_s"),
                _cell(f, "in_process_vs_spacy_ratio", ".2f"),
                "not counted",
                _cell(f, "in_process_words_per_s"),
                _cell(f, "in_process_vs_spacy_ratio", ".2f"),
                _cell(f, "in_process_cpu_vs_spacy_ratio", ".2f"),
            ]
        )
    for w, label in ((1, "batch1"), (2, "batch2")):
        if w == 2:
            rows.append(
                [
                    "bare spaCy nlp.pipe, 2 processes",
                    _cell(f, "spacy2_words_per_s"),
                    _cell(f, "machine_scaling_1_to_2", ".2f"),
                    "not counted",
                    _cell(f, "spacy2_words_per_s"),
                    _cell(f, "machine_scaling_1_to_2", ".2f"),
                    "",
                ]
            )
        rows.append(
            [
                f"claimwire batch, {w} worker{'s' if w > 1 else ''}",
                _cell(f, f"{label}_words_per_s"),
                _cell(f, f"{label}_vs_spacy_ratio", ".2f"),
                _cell(f, f"{label}_startup_s", ".1f"),
                _cell(f, f"{label}_steady_words_per_s"),
                _cell(f, f"{label}_steady_vs_spacy_ratio", ".2f"),
                _cell(f, f"{label}_cpu_vs_spacy_ratio", ".2f"),
            ]
        )
    header = (
        f"### Batch (`python -m benchmarks.batch`)\n\n"
        f"{int(f['articles'])} articles, {int(f['words']):,} words, in shards of "
        f"{int(f['shard_size'])}; "
        + (
            f"{rounds} rounds, interleaved (in each, in the table's order); "
            "median (min–max) over rounds, ratios the median of the per-round ratios.\n"
            if rounds > 1
            else "one round (no spread).\n"
        )
        + "Overall: the whole `run_batch` call (cluster start-up, model load per worker, "
        "close). Start-up: until every worker has loaded its model and returned a short "
        "first article; steady state: from then until the last shard came back. "
        "CPU vs spaCy: bare spaCy's CPU seconds over those of the run (for a batch, "
        "its workers' on the corpus shards): what the work costs, however busy the "
        "machine.\n"
    )
    notes = (
        f"\nSpeed-up from 1 to 2 workers: **{_cell(f, 'scaling_1_to_2', '.2f', 'x')}** "
        f"overall, {_cell(f, 'steady_scaling_1_to_2', '.2f', 'x')} in steady state "
        "(target ≥ 1.7x); bare spaCy got "
        f"{_cell(f, 'machine_scaling_1_to_2', '.2f', 'x')} from a second process in the "
        "same rounds, so the batch's steady state reached "
        f"{_cell(f, 'steady_scaling_vs_machine', '.2f')} of the speed-up the machine "
        "allowed. 1 worker vs bare spaCy overall: "
        f"**{_cell(f, 'batch1_vs_spacy_ratio', '.2f')}** (target ≥ 0.6).\n\n"
        "Where the time goes, in seconds (for each, the run of median length): "
        f"bare spaCy {f['spacy_mid_s']:.1f}; "
        + (
            f"the same shards in this process {f['in_process_mid_s']:.1f}; "
            if "in_process_mid_s" in f
            else ""
        )
        + f"1 worker {_parts(f, 'batch1')}; "
        f"2 workers {_parts(f, 'batch2')}. The worker's own model load (with its short "
        f"first article) is {_cell(f, 'batch1_model_load_s', '.1f', ' s')} of the start-up "
        f"with 1 worker, {_cell(f, 'batch2_model_load_s', '.1f', ' s')} with 2 (the "
        "slower one); the rest is starting the scheduler and the worker processes. "
        "A worker's shard runs ingest (cleaning, language check), the pipeline and "
        "writes Parquet; the row *in this process, no Dask* times that work alone "
        "(full mode only), so the rest of the steady-state gap is Dask and the worker "
        "process. The Throughput section has the pipeline alone.\n\n"
        f"WARC.gz path, once, 1 worker: {int(f['warc_pages'])} pages, "
        f"{f['warc_articles_ratio']:.0%} extracted, {f['warc_words_per_s']:,.0f} words/s "
        f"overall, {f['warc_steady_words_per_s']:,.0f} in steady state.\n\n"
        f"Peak resident memory per worker: {f['peak_worker_rss_mb']:.0f} MB "
        "(target < 1500 MB). Articles lost in any run: "
        f"{int(f['lost_articles'])}. Peers: NGEC runs an LLM per document "
        "(3.9 s/document on CPU, published); PETRARCH parsed 2-5 sentences/s."
    )
    return "\n".join(
        [
            header,
            table(
                [
                    "run",
                    "words/s overall",
                    "vs bare spaCy",
                    "start-up s",
                    "words/s steady",
                    "steady vs spaCy",
                    "CPU vs spaCy",
                ],
                rows,
            ),
            notes,
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=None)
    parser.add_argument("--rounds", type=int, default=None, help="3 (quick: 1)")
    parser.add_argument("--quick", action="store_true", help="120 articles, one round")
    args = parser.parse_args()
    figures = evaluate(quick=args.quick, articles=args.articles, rounds=args.rounds)
    if not figures:
        raise SystemExit("no evaluation data found (../shared/data)")
    text = report(figures)
    print(text)
    if not args.quick:  # RESULTS.md holds the full run's figures
        update_results("batch", text)
    failed = check_floors(figures, FLOORS)
    if failed:
        raise SystemExit("below floor: " + "; ".join(failed))


if __name__ == "__main__":
    main()
