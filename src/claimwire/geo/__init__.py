"""Gazetteer and place resolution.

:func:`open_gazetteer` gives the index at ``Settings.gazetteer_path``, building the
embedded default there on first use; ``claimwire gazetteer import`` replaces it
with one made from full GeoNames dumps (see ``docs/geo.md``).
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from claimwire.geo.build import build_embedded, ensure_gazetteer, import_dumps, is_current
from claimwire.geo.gazetteer import Candidate, Gazetteer, GazetteerEntry
from claimwire.geo.names import name_key

__all__ = [
    "Candidate",
    "Gazetteer",
    "GazetteerEntry",
    "build_embedded",
    "ensure_gazetteer",
    "import_dumps",
    "is_current",
    "name_key",
    "open_gazetteer",
]

_open: dict[Path, tuple[float, Gazetteer]] = {}
_open_lock = threading.Lock()


def open_gazetteer(path: Path | str | None = None) -> Gazetteer:
    """The gazetteer at ``path`` (default: ``Settings.from_env().gazetteer_path``),
    built first if missing; one shared instance per file, reopened when replaced."""
    if path is None:
        from claimwire.settings import Settings

        path = Settings.from_env().gazetteer_path
    target = Path(path).expanduser().resolve()
    with _open_lock:
        ensure_gazetteer(target)
        mtime = os.stat(target).st_mtime
        cached = _open.get(target)
        if cached is not None and cached[0] == mtime:
            return cached[1]
        gazetteer = Gazetteer(target)
        _open[target] = (mtime, gazetteer)
        return gazetteer
