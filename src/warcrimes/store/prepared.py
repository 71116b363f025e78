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

import datetime as dt
import json
import re
from collections import namedtuple
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnClause, Integer, Label, Select, func, literal_column, null, select, union_all
from sqlalchemy.dialects.postgresql import aggregate_order_by
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import _label_reference
from sqlalchemy.sql.util import ClauseAdapter
from sqlalchemy.sql.visitors import iterate


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
        #: PostgreSQL: the statement as `json_agg` of its rows in its own order (`read_together`)
        self._aggregate: _Compiled | None = None
        #: result processors per (dialect, the driver's column types): found on the first execution
        self._processors: dict[tuple[str, tuple[Any, ...]], list[Callable[[Any], Any] | None]] = {}
        #: PostgreSQL: the columns' type oids, and per time zone the (column, from JSON, processor) to apply
        #: to a row of a JSON document (`read_together`)
        self._kinds: tuple[int, ...] | None = None
        self._steps: dict[Any, list[tuple[int, Callable[[Any], Any] | None, Callable[[Any], Any] | None]]] = {}

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

    def shape(self, connection: Connection, parameters: dict[str, Any]) -> tuple[int, ...]:
        """The PostgreSQL type oids of the statement's columns, learnt on first use by running it for no
        rows; a type a JSON document cannot carry exactly (numeric, arrays...) is refused."""
        if self._kinds is None:
            sql, bound = self.text_for(connection.dialect, parameters)
            cursor: Any = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
            try:
                cursor.execute(f"SELECT * FROM ({sql}) AS t LIMIT 0", bound)
                kinds = tuple(column[1] for column in cursor.description)
            finally:
                cursor.close()
            unknown = [k for k in kinds if k not in _FROM_JSON and k not in _TIMESTAMPS and k not in _AS_JSON_GIVES]
            if unknown:
                raise TypeError(f"{self.row.__name__}: columns of PostgreSQL types {unknown} cannot be read as JSON")
            self._kinds = kinds
            return kinds
        return self._kinds

    def rows_of_document(self, rows: Sequence[dict[str, Any]], dialect: Dialect, zone: Any) -> list[Any]:
        """The rows of a JSON document (`read_together`), each a JSON object of the columns in order, as
        named tuples holding what psycopg and the columns' processors give reading the statement alone."""
        steps = self._steps.get(zone) or self._document_steps(dialect, zone)
        make, width = self.row._make, len(self.row._fields)
        made = []
        for row in rows:
            values = list(row.values())
            if len(values) != width:
                raise ValueError(f"{self.row.__name__}: two columns share a name; read it alone")
            for i, convert, process in steps:
                value = values[i]
                if value is not None and convert is not None:
                    value = convert(value)
                values[i] = value if process is None else process(value)
            made.append(make(values))
        return made

    def _document_steps(self, dialect: Dialect, zone: Any) -> list[tuple[int, Callable[[Any], Any] | None,
                                                                          Callable[[Any], Any] | None]]:
        assert self._kinds is not None
        processors = self._processors.get((dialect.name, self._kinds)) or self._result_processors(dialect, self._kinds)
        timestamp = _json_timestamp(zone)
        steps = []
        for i, (kind, process) in enumerate(zip(self._kinds, processors, strict=True)):
            convert = timestamp if kind in _TIMESTAMPS else _FROM_JSON.get(kind)
            if convert is not None or process is not None:
                steps.append((i, convert, process))
        self._steps[zone] = steps
        return steps

    def aggregate_text_for(self, dialect: Dialect, parameters: dict[str, Any]) -> tuple[str, Any]:
        """PostgreSQL: the SQL text and parameters of one value, the JSON array of the statement's rows (each a
        JSON object of its columns) in the statement's order, or NULL for no rows."""
        return (self._aggregate or self._compile_aggregate(dialect)).bound(parameters)

    def _compile_aggregate(self, dialect: Dialect) -> _Compiled:
        """`json_agg(t ORDER BY ...)` over the statement as subquery `t`: the order an aggregate gives to the
        rows of a sorted subquery is not guaranteed (PostgreSQL's manual says "usually"); the order written
        in the aggregate is. The statement's ORDER BY terms must be selected columns (they are written
        over `t`); the subquery keeps its own ORDER BY only when a LIMIT or OFFSET needs it."""
        statement = self.statement
        limited = statement._limit_clause is not None or statement._offset_clause is not None  # noqa: SLF001
        rows = (statement if limited else statement.order_by(None)).subquery("t")
        adapter = ClauseAdapter(rows)
        order = [adapter.traverse(term) for term in statement._order_by_clauses]  # noqa: SLF001
        foreign = [column for term in order for column in iterate(term)
                   if isinstance(column, ColumnClause) and column.table is not None and column.table is not rows]
        if foreign:
            raise TypeError(f"{self.row.__name__}: ORDER BY a column it does not select ({foreign[0]}) "
                            "cannot be read as JSON")
        whole_row = rows.table_valued()
        aggregate = func.json_agg(aggregate_order_by(whole_row, *order) if order else whole_row)
        compiled = select(aggregate).select_from(rows).compile(dialect=dialect)
        assert isinstance(compiled, SQLCompiler)
        expanding = bool(compiled.literal_execute_params) or any(b.expanding for b in compiled.binds.values())
        self._aggregate = _Compiled(compiled.string, None, compiled, expanding)
        return self._aggregate

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


class ConnectionLost(Exception):  # noqa: N818 (the driver's error is the cause; this says what to do)
    """The connection's server process ended before it answered (restarted, terminated, a network cut):
    the connection is thrown away (invalidated) and nothing was read; `Store.read` reads again."""


def read_together(connection: Connection, *reads: tuple[Prepared, dict[str, Any]],
                  whole: bool = False) -> list[list[Any]]:
    """The rows of several statements, in order. On PostgreSQL they are ONE statement answering one JSON
    document (`_document`): one round trip, one statement for the server to run and one value for
    psycopg to load, instead of a statement, a result and a column description each (the pipeline
    this replaced cost the incident page ~0.5 ms more of the web process's CPU than SQLite's reads,
    docs/web.md "Eighth pass"). Its rows are converted back to what psycopg and SQLAlchemy give
    reading each statement alone (`tests/test_prepared.py`). On SQLite they are ONE compound statement
    (`_Compound`: one `execute`, and one snapshot), or each read alone when the compound cannot carry
    them. Statements sharing a parameter name must give it the same value.

    `whole`: the caller's transaction reads nothing before these, and nothing it reads after them needs
    to share their snapshot. On PostgreSQL, when the connection has no transaction open yet, the one
    statement then runs outside any (one statement sees one snapshot): psycopg would otherwise send
    its own BEGIN and wait for its answer first, and a COMMIT after, a round trip each. What the
    caller reads after it runs in a new transaction (psycopg begins one as usual)."""
    if connection.dialect.name == "sqlite":
        return _read_together_sqlite(connection, reads)
    if connection.dialect.name != "postgresql":
        return [prepared.rows(connection, **parameters) for prepared, parameters in reads]
    from psycopg.pq import TransactionStatus

    driver: Any = connection.connection.driver_connection
    for prepared, parameters in reads:
        prepared.shape(connection, parameters)
    sql, bound = _document([prepared.aggregate_text_for(connection.dialect, parameters)
                            for prepared, parameters in reads])
    own = whole and driver.pgconn.transaction_status == TransactionStatus.IDLE
    if own:
        driver.autocommit = True
    cursor = driver.cursor()
    try:  # prepared on its first run on a connection: psycopg's default waits for the fifth, and the
        # server plans every run in full until then (~1 ms of its CPU each; docs/web.md "Tenth pass")
        cursor.execute(sql, bound, prepare=True)
        found = cursor.fetchone()
    except Exception as exc:
        if not driver.broken:
            raise
        connection.invalidate(exc)  # not handed out again: the pool opens a new one in its place
        raise ConnectionLost(f"the PostgreSQL connection was lost before the statement was answered: {exc}") from exc
    finally:
        cursor.close()
        if own and not driver.closed:
            driver.autocommit = False
    assert found is not None
    timezone = driver.info.timezone
    return [prepared.rows_of_document(rows or (), connection.dialect, timezone)
            for (prepared, _), rows in zip(reads, json.loads(found[0]), strict=True)]


def _read_together_sqlite(connection: Connection, reads: Sequence[tuple[Prepared, dict[str, Any]]]) -> list[list[Any]]:
    """SQLite: the statements as ONE compound statement (`_Compound`), its rows handed back to each
    statement in its own order and converted as its own rows would be. Statements the compound cannot
    carry (`_Compound.of`), or a parameter given two values, are read apart, each statement as before."""
    dialect = connection.dialect
    statements = tuple(prepared for prepared, _ in reads)
    if statements in _COMPOUNDS:
        compound = _COMPOUNDS[statements]
    else:
        compound = _COMPOUNDS[statements] = _Compound.of(statements, dialect)
    merged: dict[str, Any] = {}
    for _, parameters in reads:
        for name, value in parameters.items():
            known = merged.setdefault(name, value)
            if known is not value and known != value:
                compound = None
    if compound is None:
        return [prepared.rows(connection, **parameters) for prepared, parameters in reads]
    sql, bound = compound.compiled.bound(merged)
    cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(sql, bound)
        found = cursor.fetchall()
    finally:
        cursor.close()
    parts: list[list[Any]] = [[] for _ in statements]
    ends = compound.ends
    for row in found:
        part = row[0]
        parts[part].append(row[1:ends[part]])
    for rows, keys in zip(parts, compound.keys, strict=True):
        if keys and len(rows) > 1:
            rows.sort(key=lambda row: tuple((0, 0) if row[i] is None else (1, row[i]) for i in keys))
    return [prepared.rows_of(dialect, rows, compound.kinds[place])
            for place, (prepared, rows) in enumerate(zip(statements, parts, strict=True))]


@dataclass(frozen=True)
class _Compound:
    """Several SELECTs as one SQLite statement, `UNION ALL` of one arm each: its statement's place, then
    its columns, padded with NULLs to the widest. SQLite keeps each value's own storage class through a
    compound (a float, a blob, text as stored), so the driver gives the values it gives reading the
    statement alone. Each statement's ORDER BY is applied to its rows in Python: an ORDER BY on the
    compound (or a window numbering each arm's rows) made SQLite build a temporary b-tree per arm, five
    times the CPU of the seven statements run apart; an ORDER BY inside an arm is not kept by SQL's
    compound (SQLite 3.41 and later may drop it). So only ascending integer columns the statement selects
    are taken as its ORDER BY (NULLs first, as SQLite sorts them); another order is read apart. One
    `execute`, one parameter binding and one result for the incident page's seven statements
    (docs/web.md "Thirteenth pass")."""

    compiled: _Compiled
    #: per statement, where its columns end in a row of the compound
    ends: tuple[int, ...]
    #: per statement, the places of its ORDER BY columns in its rows
    keys: tuple[tuple[int, ...], ...]
    #: per statement, what the driver describes as its columns' types reading it alone (None each on SQLite)
    kinds: tuple[tuple[None, ...], ...]

    @staticmethod
    def of(statements: tuple[Prepared, ...], dialect: Dialect) -> _Compound | None:
        """The compound of `statements`, or None when one of them has a LIMIT or OFFSET or an ORDER BY
        other than ascending integer columns it selects."""
        keys = []
        for prepared in statements:
            statement = prepared.statement
            if statement._limit_clause is not None or statement._offset_clause is not None:  # noqa: SLF001
                return None
            columns = list(statement.selected_columns)
            places = []
            for term in statement._order_by_clauses:  # noqa: SLF001
                if isinstance(term, _label_reference):  # ORDER BY a label it selects
                    term = term.element
                place = next((i for i, column in enumerate(columns) if column is term), None)
                if place is None or not isinstance(term.type, Integer):
                    return None
                places.append(place)
            keys.append(tuple(places))
        width = max(len(p.statement.selected_columns) for p in statements)
        arms: list[Any] = []
        for place, prepared in enumerate(statements):
            columns = list(prepared.statement.selected_columns)
            named = [(column.element if isinstance(column, Label) else column).label(f"c{i}")
                     for i, column in enumerate(columns)]
            named += [null().label(f"c{i}") for i in range(len(columns), width)]
            arms.append(prepared.statement.order_by(None).with_only_columns(
                literal_column(str(place)).label("part"), *named, maintain_column_froms=True))
        compiled = union_all(*arms).compile(dialect=dialect)
        assert isinstance(compiled, SQLCompiler)
        positions = tuple(compiled.positiontup) if compiled.positional and compiled.positiontup is not None else None
        expanding = bool(compiled.literal_execute_params) or any(b.expanding for b in compiled.binds.values())
        return _Compound(_Compiled(compiled.string, positions, compiled, expanding),
                         tuple(1 + len(p.statement.selected_columns) for p in statements), tuple(keys),
                         tuple((None,) * len(p.statement.selected_columns) for p in statements))


#: the compound statement of each sequence of statements read together on SQLite (None: read them apart)
_COMPOUNDS: dict[tuple[Prepared, ...], _Compound | None] = {}


def _document(texts: list[tuple[str, Any]]) -> tuple[str, dict[str, Any]]:
    """One statement answering each of `texts` (`Prepared.aggregate_text_for`: SQL in psycopg's named style
    answering one JSON array, and its parameters) as a JSON array of those arrays. Each statement's
    parameters are renamed after its place, so two statements may give one name different values.

    An integer parameter is sent as int8 whatever its size: psycopg sends a Python int as int2, int4 or
    int8 by its value and keys its prepared statements by the parameters' types, so an incident id below
    32,768 and one above made two prepared statements of the one document on every connection, each
    planned afresh for its first runs (docs/web.md "Tenth pass"). The statement casts each parameter to
    its column's type (`%(r0_incident)s::INTEGER`), so the value compared is the same."""
    from psycopg.types.numeric import Int8

    parts: list[str] = []
    bound: dict[str, Any] = {}
    for place, (sql, parameters) in enumerate(texts):
        parts.append(f"({_renamed(sql, place)})")
        bound.update((f"r{place}_{name}", Int8(value) if type(value) is int and _INT8[0] <= value <= _INT8[1]
                      else value) for name, value in parameters.items())
    return f"SELECT json_build_array({', '.join(parts)})::text", bound


_INT8 = (-(2**63), 2**63 - 1)


#: a `%(name)s` placeholder, or a `%%` (a literal percent sign, matched first so its `%` starts no placeholder)
_PLACEHOLDER = re.compile(r"%%|%\((\w+)\)s")


@lru_cache(maxsize=256)
def _renamed(sql: str, place: int) -> str:
    return _PLACEHOLDER.sub(lambda m: m[0] if m[1] is None else f"%(r{place}_{m[1]})s", sql)


def _json_timestamp(zone: Any) -> Callable[[Any], Any]:
    def load(value: Any) -> Any:
        moment = dt.datetime.fromisoformat(value)
        return moment if moment.tzinfo is None else moment.astimezone(zone)
    return load


def _bytes(value: Any) -> bytes:
    return bytes.fromhex(value[2:])  # bytea as JSON: "\\x" and hex digits (bytea_output hex, the default)


#: How a column's JSON value (by PostgreSQL type oid) becomes the value psycopg loads from the column:
#: the oids below, and those of `_AS_JSON_GIVES` as they are. Any other type cannot be read in a document.
_FROM_JSON: dict[int, Callable[[Any], Any]] = {
    700: float, 701: float,  # a whole float8 is written "1", and NaN as the string "NaN"
    1082: dt.date.fromisoformat, 17: _bytes}
_TIMESTAMPS = frozenset({1114, 1184})
_AS_JSON_GIVES = frozenset({16, 20, 21, 23, 25, 1043, 114, 3802})  # bool, integers, text, varchar, json, jsonb
