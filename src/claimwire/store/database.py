"""One way to run SQL on SQLite and PostgreSQL.

Every module that talks to the store (the store itself, migrations, ``link``)
writes its SQL once, with ``?`` placeholders, and runs it through a
:class:`Database`: a lock-guarded connection with explicit write transactions.
Where the dialects truly differ, branch on :attr:`Database.dialect`.

- SQLite: WAL journal, foreign keys on, a busy timeout, and ``BEGIN IMMEDIATE``
  for writes, so that two writers queue instead of failing half-way.
- PostgreSQL (psycopg 3): autocommit outside :meth:`Database.transaction`,
  ``?`` turned into ``%s`` (and a literal ``%`` into ``%%``) when parameters
  are given. Use ``jsonb_exists()`` rather than the ``?`` operator.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
import threading
from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, Literal

from claimwire.errors import StoreError

__all__ = ["Database", "Dialect", "PostgresDatabase", "SqliteDatabase", "Tx", "connect"]

Dialect = Literal["sqlite", "postgresql"]
Params = Sequence[Any]
Row = dict[str, Any]

_SAVEPOINT_NAME = re.compile(r"^[a-z_][a-z0-9_]*$")


def is_postgres_url(url: str) -> bool:
    return url.startswith(("postgresql://", "postgres://"))


def connect(url: str, *, timeout: float = 30.0) -> Database:
    """Open ``url``: a ``postgresql://`` URL, else the path of an SQLite file."""
    if is_postgres_url(url):
        return PostgresDatabase(url, timeout=timeout)
    return SqliteDatabase(url, timeout=timeout)


class Tx(ABC):
    """An open transaction (or an autocommit session): run statements in it."""

    dialect: Dialect

    @abstractmethod
    def execute(self, sql: str, params: Params = ()) -> int:
        """Run one statement; return the number of rows it changed."""

    @abstractmethod
    def executemany(self, sql: str, rows: Sequence[Params]) -> None:
        """Run one statement once per parameter row."""

    @abstractmethod
    def query(self, sql: str, params: Params = ()) -> list[Row]:
        """Run a query; rows as dicts keyed by column name."""

    def query_one(self, sql: str, params: Params = ()) -> Row | None:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    def scalar(self, sql: str, params: Params = ()) -> Any:
        row = self.query_one(sql, params)
        return None if row is None else next(iter(row.values()))

    @contextlib.contextmanager
    def savepoint(self, name: str = "cw_sp") -> Iterator[None]:
        """Undo only what runs inside the block when it raises."""
        if not _SAVEPOINT_NAME.match(name):
            raise ValueError(f"bad savepoint name {name!r}")
        self.execute(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            self.execute(f"ROLLBACK TO SAVEPOINT {name}")
            self.execute(f"RELEASE SAVEPOINT {name}")
            raise
        self.execute(f"RELEASE SAVEPOINT {name}")


class Database(Tx):
    """A connection to one store. Thread-safe: one statement or transaction at a time."""

    url: str
    #: Runs statements on the connection; outside a transaction each commits alone.
    _tx: Tx

    def __init__(self) -> None:
        self._lock = threading.RLock()

    def execute(self, sql: str, params: Params = ()) -> int:
        with self._lock:
            return self._tx.execute(sql, params)

    def executemany(self, sql: str, rows: Sequence[Params]) -> None:
        with self._lock:
            self._tx.executemany(sql, rows)

    def query(self, sql: str, params: Params = ()) -> list[Row]:
        with self._lock:
            return self._tx.query(sql, params)

    @abstractmethod
    def transaction(self) -> contextlib.AbstractContextManager[Tx]:
        """A write transaction: committed when the block ends, rolled back if it raises
        (KeyboardInterrupt included), so that nothing is ever half-written."""

    @abstractmethod
    def table_exists(self, name: str) -> bool: ...

    @abstractmethod
    def close(self) -> None: ...

    def describe(self) -> str:
        """The URL without a password, for messages."""
        return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", self.url)


# ---------------------------------------------------------------- SQLite


class _SqliteTx(Tx):
    dialect: Dialect = "sqlite"

    def __init__(self, conn: sqlite3.Connection, owner: SqliteDatabase) -> None:
        self._conn = conn
        self._owner = owner

    def execute(self, sql: str, params: Params = ()) -> int:
        with self._owner._errors():
            return self._conn.execute(sql, tuple(params)).rowcount

    def executemany(self, sql: str, rows: Sequence[Params]) -> None:
        if rows:
            with self._owner._errors():
                self._conn.executemany(sql, rows)

    def query(self, sql: str, params: Params = ()) -> list[Row]:
        with self._owner._errors():
            cur = self._conn.execute(sql, tuple(params))
            names = [d[0] for d in cur.description or ()]
            return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


class SqliteDatabase(Database):
    dialect: Dialect = "sqlite"

    def __init__(self, path: str, *, timeout: float = 30.0) -> None:
        super().__init__()
        self.url = path
        self.timeout = timeout
        if path != ":memory:":
            parent = Path(path).expanduser().resolve().parent
            if not parent.is_dir():
                raise StoreError(f"cannot open database {path}: folder {parent} does not exist")
        try:
            # Autocommit mode: transactions are opened explicitly (BEGIN IMMEDIATE).
            self._conn = sqlite3.connect(
                path, timeout=timeout, isolation_level=None, check_same_thread=False
            )
            self._conn.execute("PRAGMA foreign_keys = ON")
            self._conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            mode = self._conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode not in {"wal", "memory"}:
                raise StoreError(f"cannot open database {path}: WAL journal unavailable")
            self._conn.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.DatabaseError as exc:
            raise StoreError(_sqlite_message(exc, path, timeout)) from None
        self._tx = _SqliteTx(self._conn, self)
        self._in_tx = False
        _register_functions(self._conn)

    @contextlib.contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.OperationalError as exc:
            raise StoreError(_sqlite_message(exc, self.url, self.timeout)) from exc
        except sqlite3.DatabaseError as exc:
            if "not a database" in str(exc):
                raise StoreError(_sqlite_message(exc, self.url, self.timeout)) from None
            raise

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Tx]:
        with self._lock:
            if self._in_tx:
                raise StoreError("a store transaction is already open on this connection")
            with self._errors():
                self._conn.execute("BEGIN IMMEDIATE")
            self._in_tx = True
            try:
                yield self._tx
            except BaseException:
                self._conn.rollback()
                raise
            else:
                with self._errors():
                    self._conn.execute("COMMIT")
            finally:
                self._in_tx = False

    def table_exists(self, name: str) -> bool:
        return bool(
            self.query("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [name])
        )

    def close(self) -> None:
        with self._lock:
            self._conn.close()


def _sqlite_message(exc: sqlite3.DatabaseError, path: str, timeout: float) -> str:
    text = str(exc)
    if "locked" in text or "busy" in text:
        return (
            f"database {path} stayed locked by another writer for more than {timeout:g} s; "
            "try again when the other ingest has finished"
        )
    if "not a database" in text:
        return f"{path} is not a claimwire database (not an SQLite file)"
    if "unable to open" in text:
        return f"cannot open database {path}: {text}"
    if "readonly" in text:
        return f"cannot write database {path}: it is read-only"
    return f"database {path}: {text}"


def _km(lat1: float | None, lon1: float | None, lat2: float, lon2: float) -> float | None:
    import math

    if lat1 is None or lon1 is None:
        return None
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def _register_functions(conn: sqlite3.Connection) -> None:
    # km(lat1, lon1, lat2, lon2): great-circle distance; PostgreSQL gets the same
    # function from the first migration.
    conn.create_function("km", 4, _km, deterministic=True)


# ---------------------------------------------------------------- PostgreSQL


def _pg_sql(sql: str, params: Params) -> tuple[str, Params | None]:
    if not params:
        return sql, None
    return sql.replace("%", "%%").replace("?", "%s"), tuple(params)


class _PostgresTx(Tx):
    dialect: Dialect = "postgresql"

    def __init__(self, conn: Any, owner: PostgresDatabase) -> None:
        self._conn = conn
        self._owner = owner

    def execute(self, sql: str, params: Params = ()) -> int:
        query, args = _pg_sql(sql, params)
        with self._owner._errors(), self._conn.cursor() as cur:
            cur.execute(query, args)
            return int(cur.rowcount)

    def executemany(self, sql: str, rows: Sequence[Params]) -> None:
        if not rows:
            return
        query, _ = _pg_sql(sql, rows[0])
        with self._owner._errors(), self._conn.cursor() as cur:
            cur.executemany(query, [tuple(r) for r in rows])

    def query(self, sql: str, params: Params = ()) -> list[Row]:
        from psycopg.rows import dict_row

        query, args = _pg_sql(sql, params)
        with self._owner._errors(), self._conn.cursor(row_factory=dict_row) as cur:
            cur.execute(query, args)
            return list(cur.fetchall())


class PostgresDatabase(Database):
    dialect: Dialect = "postgresql"

    def __init__(self, url: str, *, timeout: float = 30.0) -> None:
        super().__init__()
        import psycopg

        self.url = url
        self.timeout = timeout
        try:
            self._conn = psycopg.connect(url, autocommit=True, connect_timeout=int(timeout))
            # Writers wait for each other's row locks at most this long.
            self._conn.execute(f"SET lock_timeout = '{int(timeout * 1000)}ms'")
        except psycopg.Error as exc:
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise StoreError(f"cannot open database {self.describe()}: {first}") from None
        self._tx = _PostgresTx(self._conn, self)
        self._in_tx = False

    @contextlib.contextmanager
    def _errors(self) -> Iterator[None]:
        import psycopg
        from psycopg import errors

        try:
            yield
        except errors.LockNotAvailable as exc:
            raise StoreError(
                f"database {self.describe()} stayed locked by another writer for more than "
                f"{self.timeout:g} s; try again when the other ingest has finished"
            ) from exc
        except psycopg.OperationalError as exc:
            raise StoreError(f"database {self.describe()}: {exc}") from exc

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Tx]:
        with self._lock:
            if self._in_tx:
                raise StoreError("a store transaction is already open on this connection")
            self._in_tx = True
            try:
                with self._errors(), self._conn.transaction():
                    yield self._tx
            finally:
                self._in_tx = False

    def table_exists(self, name: str) -> bool:
        # In the first schema of the search path: where unqualified names go.
        return bool(self.scalar("SELECT to_regclass(?) IS NOT NULL AS present", [name]))

    def close(self) -> None:
        with self._lock:
            self._conn.close()
