"""Versioned, transactional schema migrations, per component.

Each component that keeps tables in the store owns a numbered list of
:class:`Migration` objects in a module named in :data:`MIGRATION_MODULES`
(``claimwire.store.schema`` for the store's own tables; ``claimwire.link.schema``
for linking's, when it exists) as a module-level ``MIGRATIONS`` list. The
``schema_version`` table records, per component, every version applied.

A migration runs inside one transaction together with its ``schema_version``
row (both SQLite and PostgreSQL have transactional DDL), so a failed upgrade
leaves the previous version intact. Concurrent upgrades serialise: SQLite by
``BEGIN IMMEDIATE``, PostgreSQL by an advisory lock.

To add a migration: append ``Migration(N + 1, "what it does", sqlite=[...],
postgresql=[...])`` to the component's list. Never edit one that has shipped.
``sql=[...]`` serves both dialects when the statements are the same; the tokens
``{SERIAL}``, ``{INT}`` and ``{REAL}`` expand to each dialect's types.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from claimwire.errors import StoreError
from claimwire.store.database import Database, Dialect, Tx

__all__ = [
    "MIGRATION_MODULES",
    "Migration",
    "SchemaStatus",
    "all_migrations",
    "pending",
    "schema_status",
    "upgrade",
]

#: Modules whose ``MIGRATIONS`` list is applied, component name first.
MIGRATION_MODULES: tuple[tuple[str, str], ...] = (
    ("store", "claimwire.store.schema"),
    ("link", "claimwire.link.schema"),
)

_TYPES: dict[Dialect, dict[str, str]] = {
    "sqlite": {"SERIAL": "INTEGER PRIMARY KEY", "INT": "INTEGER", "REAL": "REAL"},
    "postgresql": {"SERIAL": "BIGSERIAL PRIMARY KEY", "INT": "BIGINT", "REAL": "DOUBLE PRECISION"},
}

_ADVISORY_KEY = 0x636C61696D  # "claim": serialises PostgreSQL migrations


@dataclass(frozen=True)
class Migration:
    """One step of a component's schema. Statements run in order, in one transaction."""

    version: int
    name: str
    sql: Sequence[str] = ()
    sqlite: Sequence[str] = ()
    postgresql: Sequence[str] = ()
    #: Optional data step run after the statements, in the same transaction.
    apply: Callable[[Tx], None] | None = field(default=None, compare=False)

    def statements(self, dialect: Dialect) -> list[str]:
        specific = self.sqlite if dialect == "sqlite" else self.postgresql
        types = _TYPES[dialect]
        return [
            s.replace("{SERIAL}", types["SERIAL"])
            .replace("{INT}", types["INT"])
            .replace("{REAL}", types["REAL"])
            for s in (*self.sql, *specific)
        ]


@dataclass(frozen=True)
class SchemaStatus:
    """Per component: the version in the database and the latest this code knows."""

    current: dict[str, int]
    latest: dict[str, int]

    @property
    def is_new(self) -> bool:
        return not self.current

    @property
    def newer(self) -> list[str]:
        """Components the database has at a version this code does not know."""
        return sorted(c for c, v in self.current.items() if v > self.latest.get(c, 0))

    @property
    def behind(self) -> list[str]:
        return sorted(c for c, v in self.latest.items() if self.current.get(c, 0) < v)


def all_migrations() -> dict[str, list[Migration]]:
    """Every component's migrations, checked to be numbered 1, 2, 3, ..."""
    found: dict[str, list[Migration]] = {}
    for component, module_name in MIGRATION_MODULES:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:
                continue  # that component keeps no tables (yet)
            raise
        migrations = list(getattr(module, "MIGRATIONS", ()))
        versions = [m.version for m in migrations]
        if versions != list(range(1, len(versions) + 1)):
            raise StoreError(f"{module_name}: migrations must be numbered 1..N, got {versions}")
        found[component] = migrations
    return found


_VERSION_TABLE = (
    "CREATE TABLE IF NOT EXISTS schema_version ("
    " component TEXT NOT NULL,"
    " version INTEGER NOT NULL,"
    " name TEXT NOT NULL,"
    " applied_at TEXT NOT NULL,"
    " PRIMARY KEY (component, version))"
)


def _current(db: Tx) -> dict[str, int]:
    rows = db.query("SELECT component, MAX(version) AS v FROM schema_version GROUP BY component")
    return {r["component"]: int(r["v"]) for r in rows}


def schema_status(db: Database) -> SchemaStatus:
    """Where the database stands; raises StoreError when it is not claimwire's."""
    latest = {c: len(ms) for c, ms in all_migrations().items()}
    # Tables first, the version table after: another process creating the schema
    # commits both at once, so one that has just appeared between the two reads
    # (`articles` seen, `schema_version` not yet) is no foreign database.
    has_tables = db.table_exists("articles") or (db.dialect == "sqlite" and _sqlite_has_tables(db))
    if not db.table_exists("schema_version"):
        if has_tables:
            raise StoreError(
                f"{db.describe()} is not a claimwire database "
                "(it has tables but no schema_version table)"
            )
        return SchemaStatus({}, latest)
    return SchemaStatus(_current(db), latest)


def _sqlite_has_tables(db: Database) -> bool:
    return bool(db.query("SELECT 1 FROM sqlite_master WHERE type = 'table' LIMIT 1"))


def pending(db: Database) -> list[tuple[str, Migration]]:
    status = schema_status(db)
    return [
        (component, m)
        for component, migrations in all_migrations().items()
        for m in migrations
        if m.version > status.current.get(component, 0)
    ]


def check_not_newer(status: SchemaStatus, db: Database) -> None:
    if status.newer:
        detail = ", ".join(
            f"{c} v{status.current[c]} (this claimwire knows v{status.latest.get(c, 0)})"
            for c in status.newer
        )
        raise StoreError(
            f"{db.describe()} was written by a newer claimwire: schema {detail}; "
            "upgrade claimwire to use it"
        )


def upgrade(db: Database) -> list[str]:
    """Apply every pending migration, each in its own transaction; return what ran.

    A new database gets every step in one transaction instead, so that another
    process opening it at the same moment sees either nothing (and waits for the
    lock, then finds the work done) or the whole schema, never half of it.
    """
    status = schema_status(db)
    check_not_newer(status, db)
    if status.is_new:
        return _create(db)
    applied: list[str] = []
    for component, migration in pending(db):
        try:
            ran = _apply(db, component, migration)
        except Exception as exc:  # the transaction rolled back: the old schema stands
            raise StoreError(
                f"{db.describe()}: migration {component} {migration.version}"
                f" ({migration.name}) failed and was rolled back: {exc}"
            ) from exc
        if ran:
            applied.append(f"{component} {migration.version}: {migration.name}")
    return applied


def _create(db: Database) -> list[str]:
    applied: list[str] = []
    try:
        with db.transaction() as tx:
            current = _lock(tx)
            for component, steps in all_migrations().items():
                for migration in steps:
                    # Re-read under the lock: another process may have created it.
                    if current.get(component, 0) < migration.version:
                        _run(tx, component, migration)
                        applied.append(f"{component} {migration.version}: {migration.name}")
    except Exception as exc:  # the transaction rolled back: the database is still empty
        raise StoreError(
            f"{db.describe()}: creating the schema failed and was rolled back: {exc}"
        ) from exc
    return applied


def _apply(db: Database, component: str, migration: Migration) -> bool:
    with db.transaction() as tx:
        # Re-read under the lock: another process may have just applied it.
        if _lock(tx).get(component, 0) >= migration.version:
            return False
        _run(tx, component, migration)
    return True


def _lock(tx: Tx) -> dict[str, int]:
    """Serialise with other upgrades (SQLite: the write transaction already does);
    the versions applied, read under the lock."""
    if tx.dialect == "postgresql":
        tx.execute("SELECT pg_advisory_xact_lock(?)", [_ADVISORY_KEY])
    tx.execute(_VERSION_TABLE)
    return _current(tx)


def _run(tx: Tx, component: str, migration: Migration) -> None:
    for statement in migration.statements(tx.dialect):
        tx.execute(statement)
    if migration.apply is not None:
        migration.apply(tx)
    tx.execute(
        "INSERT INTO schema_version (component, version, name, applied_at) VALUES (?, ?, ?, ?)",
        [
            component,
            migration.version,
            migration.name,
            dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        ],
    )
