"""Rewrite the examples' golden files (``NAME.expected.json``) from the current
pipeline. Run after a deliberate change, then review the diff:

    make golden            # or: PYTHONPATH=src python tests/regenerate_golden.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from claimwire.ingest import read_path
from claimwire.ingest.demo import examples_dir
from claimwire.pipeline import Extractor
from claimwire.records import Article
from claimwire.serialize import extraction_to_dict
from claimwire.settings import Settings

EXPECTED_SUFFIX = ".expected.json"


def golden_text(data: dict[str, object]) -> str:
    """The canonical text of a golden file (stable key order, UTF-8, final newline)."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def expected_path(example: Path) -> Path:
    return example.with_name(example.stem + EXPECTED_SUFFIX)


def main() -> int:
    folder = examples_dir()
    extractor = Extractor(Settings.from_env())
    changed = 0
    for example in sorted(folder.glob("*.txt")):
        (article,) = read_path(example)
        if not isinstance(article, Article):
            print(f"error: {article}", file=sys.stderr)
            return 1
        text = golden_text(extraction_to_dict(extractor.extract(article)))
        target = expected_path(example)
        if not target.exists() or target.read_text("utf-8") != text:
            target.write_text(text, "utf-8")
            changed += 1
            print(f"wrote {target}")
    print(f"{changed} golden file(s) changed; review them with `git diff`")
    return 0


if __name__ == "__main__":
    sys.exit(main())
