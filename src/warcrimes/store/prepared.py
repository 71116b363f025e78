"""Read statements run straight on the driver's cursor, compiled once per dialect: the incident page's
reads, run on every build.

SQLAlchemy's execution around a statement it has already compiled and cached (an execution context,
result metadata, a `Row` per row) cost ~25-30 µs of CPU a statement, more than SQLite took to run it
(cProfile of the incident page's build, 100,000 incidents; docs/web.md "Fifth pass"). A `Prepared`
statement keeps what that machinery works out per execution: the SQL text in the dialect's
parameter style, the order of its parameters, and each column's result processor (the same
`TypeEngine` processors SQLAlchemy applies: JSON decoded, SQLite's datetime strings parsed, a
`TypeDecorator`'s own conversion), and returns plain named tuples. It runs on the session's own
connection, so inside the caller's transaction. An expanding `IN` list is written out per execution
by SQLAlchemy's `construct_expanded_state`.
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.sql.compiler import SQLCompiler


@dataclass(frozen=True)
class _Compiled:
    sql: str
    #: names of the parameters in the order of a positional (`?`) style, None for a named style
    positions: tuple[str, ...] | None
    compiled: SQLCompiler
    #: an `IN` list whose length is known only with the parameters: the text is made per execution
    expanding: bool

    def bound(self, parameters: dict[str, Any]) -> tuple[str, Any]:
        """The SQL text and the driver's parameters (a tuple for `?`, a dict for named), bind processors applied."""
        values: dict[str, Any]
        processors: Mapping[str, Callable[[Any], Any]]
        if self.expanding:  # SQLAlchemy's public way to write out an IN list for its values
            state = self.compiled.construct_expanded_state(parameters)
            sql, values, processors, positions = (state.statement, dict(state.parameters), state.processors,
                                                   state.positiontup)
        else:
            sql, values, positions = self.sql, dict(self.compiled.construct_params(parameters)), self.positions
            processors = self.compiled._bind_processors  # type: ignore[assignment]  # noqa: SLF001 (what SQLAlchemy applies)
        for key, process in processors.items():
            if key in values:
                values[key] = process(values[key])
        return sql, (values if positions is None else tuple(values[k] for k in positions))


class Prepared:
    """One read statement (`select(...)` with `bindparam`s), compiled on first use per dialect."""

    def __init__(self, statement: Select[Any], name: str) -> None:
        self.statement = statement
        self.row: Any = namedtuple(name, [column.key for column in statement.selected_columns])  # type: ignore[misc]
        self._compiled: dict[str, _Compiled] = {}
        #: result processors per (dialect, the driver's column types): found on the first execution
        self._processors: dict[tuple[str, tuple[Any, ...]], list[Callable[[Any], Any] | None]] = {}

    def rows(self, connection: Connection, **parameters: Any) -> list[Any]:
        """The statement's rows for `parameters`, on `connection` (in its transaction)."""
        dialect = connection.dialect
        sql, bound = self.text_for(dialect, parameters)
        cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        try:
            cursor.execute(sql, bound)
            found = cursor.fetchall()
            kinds = tuple(column[1] for column in cursor.description)
        finally:
            cursor.close()
        return self.rows_of(dialect, found, kinds)

    def rows_of(self, dialect: Dialect, found: Sequence[Any], kinds: tuple[Any, ...]) -> list[Any]:
        """The driver's rows `found` (with the column types it described) as named tuples, converted."""
        processors = self._processors.get((dialect.name, kinds)) or self._result_processors(dialect, kinds)
        make = self.row._make
        if not any(processors):
            return [make(r) for r in found]
        return [make([value if process is None else process(value)
                      for value, process in zip(r, processors, strict=True)]) for r in found]

    def text_for(self, dialect: Dialect, parameters: dict[str, Any]) -> tuple[str, Any]:
        """The SQL text and the driver's parameters for `parameters` on `dialect`."""
        return (self._compiled.get(dialect.name) or self._compile(dialect)).bound(parameters)

    def _compile(self, dialect: Dialect) -> _Compiled:
        compiled = self.statement.compile(dialect=dialect)
        assert isinstance(compiled, SQLCompiler)
        positions = tuple(compiled.positiontup) if compiled.positional and compiled.positiontup is not None else None
        expanding = bool(compiled.literal_execute_params) or any(b.expanding for b in compiled.binds.values())
        made = _Compiled(compiled.string, positions, compiled, expanding)
        self._compiled[dialect.name] = made
        return made

    def _result_processors(self, dialect: Dialect, kinds: tuple[Any, ...]) -> list[Callable[[Any], Any] | None]:
        columns = (self._compiled.get(dialect.name) or self._compile(dialect)).compiled._result_columns  # noqa: SLF001 (what CursorResult reads too)
        processors: list[Callable[[Any], Any] | None] = [
            entry.type._cached_result_processor(dialect, kind)  # noqa: SLF001
            for entry, kind in zip(columns, kinds, strict=True)]
        self._processors[(dialect.name, kinds)] = processors
        return processors


def read_together(connection: Connection, *reads: tuple[Prepared, dict[str, Any]],
                  whole: bool = False) -> list[list[Any]]:
    """The rows of several statements, in order. On PostgreSQL they are sent together and answered in
    one round trip (psycopg's pipeline mode) instead of one round trip each: under load every round
    trip also waits for the server process to be scheduled on the shared cores.

    `whole`: the caller's transaction reads nothing before these, and nothing it reads after them needs
    to share their snapshot. On PostgreSQL, when the connection has no transaction open yet, they are
    then a read-only transaction of their own at REPEATABLE READ (one snapshot for every statement, as
    a page needs), its BEGIN and COMMIT sent in the same pipeline: psycopg would send its own BEGIN
    and wait for its answer first, and the COMMIT after, a round trip each. What the caller reads
    after them runs in a new transaction (psycopg begins one as usual)."""
    driver: Any = connection.connection.driver_connection
    if connection.dialect.name != "postgresql" or not _pipelines():
        return [prepared.rows(connection, **parameters) for prepared, parameters in reads]
    from psycopg.pq import TransactionStatus

    texts = [prepared.text_for(connection.dialect, parameters) for prepared, parameters in reads]
    own = whole and driver.pgconn.transaction_status == TransactionStatus.IDLE
    cursors = [driver.cursor() for _ in texts]
    if own:
        driver.autocommit = True  # psycopg sends no BEGIN of its own: ours goes in the pipeline
    try:
        with driver.pipeline():  # leaving it sends one Sync and reads every answer: one round trip
            if own:
                driver.execute(_BEGIN_READ)
            for cursor, (sql, bound) in zip(cursors, texts, strict=True):
                cursor.execute(sql, bound)
            if own:
                driver.execute(_COMMIT)
        answers = [(cursor.fetchall(), tuple(column[1] for column in cursor.description)) for cursor in cursors]
    finally:
        for cursor in cursors:
            cursor.close()
        if own:
            _end_own(driver)
    return [prepared.rows_of(connection.dialect, found, kinds)
            for (prepared, _), (found, kinds) in zip(reads, answers, strict=True)]


_BEGIN_READ = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"
_COMMIT = "COMMIT"


def _end_own(driver: Any) -> None:
    """The connection back as the caller had it: no transaction left open (a failed statement leaves
    ours aborted), psycopg beginning transactions again."""
    from psycopg.pq import TransactionStatus

    if not driver.closed and driver.pgconn.transaction_status != TransactionStatus.IDLE:
        driver.execute("ROLLBACK")
    driver.autocommit = False


def _pipelines() -> bool:
    """Whether psycopg's libpq can send statements in a pipeline (libpq 14 or later)."""
    import psycopg

    return bool(psycopg.Pipeline.is_supported())
