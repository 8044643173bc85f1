"""Helpers shared by the benchmark scripts: data paths, gold files, span matching,
and writing one's own section of ``benchmarks/RESULTS.md``.

The matching rules are those of ``shared/spec/GOLD_FORMAT.md``.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimwire.records import Article, Span

REPO = Path(__file__).resolve().parent.parent
#: The evaluation data, beside the checkout (``../shared/data``) unless set.
DATA = Path(os.environ.get("CLAIMWIRE_DATA", REPO.parent / "shared" / "data"))
RESULTS = REPO / "benchmarks" / "RESULTS.md"


def data_path(*parts: str) -> Path:
    return DATA.joinpath(*parts)


def have_data(*parts: str) -> bool:
    return data_path(*parts).exists()


# ---------------------------------------------------------------- gold files


@dataclass(frozen=True)
class GoldArticle:
    """A text with its gold annotations (GOLD_FORMAT.md)."""

    id: str
    article: Article
    gold: dict[str, Any]

    def locate(self, text: str | None, context: str | None = None) -> tuple[int, int] | None:
        """Offsets of a gold span, pinned by ``context`` when given."""
        return locate(self.article.text, text, context)


def locate(doc: str, text: str | None, context: str | None = None) -> tuple[int, int] | None:
    if not text:
        return None
    base = 0
    if context:
        at = doc.find(context)
        if at < 0:
            return None
        base = at
        doc = context
    at = doc.find(text)
    return (base + at, base + at + len(text)) if at >= 0 else None


def seed_gold() -> Iterator[GoldArticle]:
    """The seed report (``seed/sudzha.txt``) with its gold."""
    txt = data_path("seed", "sudzha.txt")
    if not txt.exists():
        return
    gold = json.loads(data_path("seed", "sudzha.gold.json").read_text("utf-8"))
    yield GoldArticle(
        id=gold.get("id", "seed"),
        article=Article(
            id=gold.get("id", "seed"),
            text=txt.read_text("utf-8"),
            published=gold["published"],
            source=gold.get("source"),
        ),
        gold=gold,
    )


def voa_gold() -> Iterator[GoldArticle]:
    """The VOA stories that have a gold file (``voa/gold/ID.gold.json``)."""
    stories = data_path("voa", "voa_stories.jsonl")
    gold_dir = data_path("voa", "gold")
    if not stories.exists() or not gold_dir.exists():
        return
    with stories.open(encoding="utf-8") as f:
        rows = {row["id"]: row for row in map(json.loads, f)}
    for path in sorted(gold_dir.glob("*.gold.json")):
        gold = json.loads(path.read_text("utf-8"))
        story_id = path.name.removesuffix(".gold.json")
        row = rows[story_id]
        yield GoldArticle(
            id=story_id,
            article=Article(
                id=story_id,
                text=row["text"],
                title=row.get("title"),
                url=row.get("url"),
                source="VOA",
                published=gold.get("published") or row["published"][:10],
            ),
            gold=gold,
        )


def dev_gold() -> list[GoldArticle]:
    """VOA dev gold plus the seed: the article-level development set."""
    return [*voa_gold(), *seed_gold()]


# ---------------------------------------------------------------- matching

_WORD = re.compile(r"\w+", re.UNICODE)


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def content_match(pred: str, gold: str) -> bool:
    """Lenient content match: shares at least half of the gold span's words, and the
    prediction is at most three times as long as what they share."""
    gold_words, pred_words = _words(gold), _words(pred)
    if not gold_words or not pred_words:
        return False
    pool = list(pred_words)
    shared = 0
    for w in gold_words:
        if w in pool:
            pool.remove(w)
            shared += 1
    return shared * 2 >= len(gold_words) and len(pred_words) <= 3 * max(shared, 1)


def span_match(pred: tuple[int, int], gold: tuple[int, int]) -> bool:
    """Lenient span match: overlap, and the prediction at most 3x the gold length."""
    overlap = min(pred[1], gold[1]) - max(pred[0], gold[0])
    return overlap > 0 and (pred[1] - pred[0]) <= 3 * (gold[1] - gold[0])


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


# ---------------------------------------------------------------- output


def table(headers: list[str], rows: list[list[Any]]) -> str:
    """A Markdown table (also readable when printed)."""

    def cell(v: Any) -> str:
        return f"{v:.3f}" if isinstance(v, float) else str(v)

    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def update_results(section: str, body: str, results: Path = RESULTS) -> None:
    """Replace the text between ``<!-- begin:SECTION -->`` and ``<!-- end:SECTION -->``
    in RESULTS.md (appending the section if it is new), leaving the rest alone."""
    begin, end = f"<!-- begin:{section} -->", f"<!-- end:{section} -->"
    text = results.read_text("utf-8") if results.exists() else "# Benchmark results\n"
    block = f"{begin}\n{body.strip()}\n{end}"
    if begin in text and end in text:
        head, rest = text.split(begin, 1)
        _, tail = rest.split(end, 1)
        text = head + block + tail
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    results.write_text(text, "utf-8")


def check_floors(figures: dict[str, float], floors: dict[str, float]) -> list[str]:
    """The figures that fell below their recorded floor, as readable lines."""
    return [
        f"{name}: {figures.get(name, float('nan')):.3f} < floor {floor:.3f}"
        for name, floor in floors.items()
        if not figures.get(name, float("-inf")) >= floor
    ]


class SpanText:
    """A text built piece by piece, handing out the :class:`Span` of each piece:
    generated extractions with valid offsets (benchmarks/api.py, store tests)."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0

    def add(self, piece: str) -> Span:
        start = self.length
        self.parts.append(piece)
        self.length += len(piece)
        return Span(start, self.length, piece)

    def __str__(self) -> str:
        return "".join(self.parts)
