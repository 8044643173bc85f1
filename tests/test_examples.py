"""The bundled examples: the pipeline's output equals each golden file.

A failure shows the difference. If the change is deliberate, regenerate with
``make golden`` (``PYTHONPATH=src python tests/regenerate_golden.py``) and review
the diff; the hand-written facts in ``tests/test_examples_facts.py`` keep the
golden files honest.
"""

from __future__ import annotations

import difflib
import json
from pathlib import Path

import jsonschema
import pytest

from claimwire import Article, Extractor, extraction_to_dict
from claimwire.ingest import read_path
from claimwire.ingest.demo import examples_dir, iter_examples
from claimwire.serialize import json_schema

EXAMPLES = sorted(iter_examples())
REGENERATE = "make golden  (or: PYTHONPATH=src python tests/regenerate_golden.py)"


def _golden_text(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def test_there_are_at_least_five_examples_each_complete() -> None:
    assert len(EXAMPLES) >= 5
    for example in EXAMPLES:
        for suffix in (".meta.json", ".expected.json", ".facts.json"):
            assert example.with_name(example.stem + suffix).is_file(), f"{example.stem}{suffix}"


def test_examples_ship_inside_the_package() -> None:
    assert examples_dir().parts[-3:] == ("claimwire", "data", "examples")


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_output_equals_golden_file(example: Path, extractor: Extractor) -> None:
    (article,) = read_path(example)
    assert isinstance(article, Article), article
    data = extraction_to_dict(extractor.extract(article))
    jsonschema.validate(data, json_schema())
    golden = example.with_name(example.stem + ".expected.json")
    want = golden.read_text("utf-8")
    got = _golden_text(data)
    if got != want:
        diff = "".join(
            difflib.unified_diff(
                want.splitlines(keepends=True),
                got.splitlines(keepends=True),
                fromfile=f"{golden.name} (golden)",
                tofile=f"{golden.name} (now)",
                n=2,
            )
        )
        pytest.fail(
            f"{example.stem}: output differs from its golden file.\n{diff}\n"
            f"If the change is deliberate: {REGENERATE}, then review `git diff`.",
            pytrace=False,
        )


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_golden_spans_point_into_the_text(example: Path) -> None:
    data = json.loads(example.with_name(example.stem + ".expected.json").read_text("utf-8"))
    text = data["article"]["text"]

    def spans(node: object) -> list[dict[str, object]]:
        if isinstance(node, dict):
            own = [node] if set(node) == {"start", "end", "text"} else []
            return own + [s for v in node.values() for s in spans(v)]
        if isinstance(node, list):
            return [s for v in node for s in spans(v)]
        return []

    for span in spans({k: v for k, v in data.items() if k != "article"}):
        assert text[span["start"] : span["end"]] == span["text"]  # type: ignore[misc]
