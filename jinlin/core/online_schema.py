"""Schema changes of a big table that do not stop its reads and writes on PostgreSQL.

Django's own operations build an index under a lock that holds every write to the table until
the build is done, and check a new constraint under a lock that holds reads too: on a city's
ledger (ten million rows) that would stop credits, and the figures, for as long as a rolling
upgrade's ``jinlin migrate`` takes. ``Online`` applies Django's operations to the migration
state (and to the schema on SQLite, where one process writes at a time) and, on PostgreSQL,
runs steps instead that keep the table open: indexes built and dropped ``CONCURRENTLY``, a
unique constraint attached to its ready index, a check added ``NOT VALID`` and validated
after. A migration using it is ``atomic = False`` (a concurrent build cannot run in a
transaction); every step can run again, so a migration stopped half-way is simply run again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from django.db.migrations.operations.base import Operation
from django.db.migrations.operations.special import SeparateDatabaseAndState
from django.utils.deconstruct import deconstructible

# A step: given the schema editor and the model (as the migration state has it after the
# change, or before it when undoing), change the database. The steps below are
# deconstructible, so Django's migration writer can write an ``Online`` (a squash).
Step = Callable[[Any, Any], None]


class Online(SeparateDatabaseAndState):
    """``operations`` for the state (and SQLite's schema); ``forwards`` and ``backwards``,
    the steps PostgreSQL runs instead."""

    def __init__(
        self,
        operations: Sequence[Operation],
        forwards: Sequence[Step],
        backwards: Sequence[Step],
        model_name: str,
    ) -> None:
        super().__init__(database_operations=list(operations), state_operations=list(operations))
        self.forwards, self.backwards, self.model_name = list(forwards), list(backwards), model_name

    def deconstruct(self) -> tuple[str, list[Any], dict[str, Any]]:
        return (
            "Online",  # the writer puts the module before it
            [],
            {"operations": self.state_operations, "forwards": self.forwards,
             "backwards": self.backwards, "model_name": self.model_name},
        )  # fmt: skip

    def database_forwards(self, app_label: str, schema_editor: Any, from_state: Any,
                          to_state: Any) -> None:  # fmt: skip
        if schema_editor.connection.vendor != "postgresql":
            return super().database_forwards(app_label, schema_editor, from_state, to_state)
        model = to_state.apps.get_model(app_label, self.model_name)
        for step in self.forwards:
            step(schema_editor, model)

    def database_backwards(self, app_label: str, schema_editor: Any, from_state: Any,
                           to_state: Any) -> None:  # fmt: skip
        if schema_editor.connection.vendor != "postgresql":
            return super().database_backwards(app_label, schema_editor, from_state, to_state)
        model = to_state.apps.get_model(app_label, self.model_name)
        for step in self.backwards:
            step(schema_editor, model)

    def describe(self) -> str:
        return "; ".join(o.describe() for o in self.state_operations) + " (online)"


def _run(schema_editor: Any, sql: str) -> None:
    schema_editor.execute(sql, params=None)


def _index_valid(schema_editor: Any, name: str) -> bool | None:
    """Whether the index is ready (None: there is none). A concurrent build that failed
    leaves an invalid index behind, which is dropped and built again."""
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(
            "SELECT i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
            "WHERE c.relname = %s AND pg_table_is_visible(c.oid)",
            [name],
        )
        row = cursor.fetchone()
    return None if row is None else bool(row[0])


def _has_constraint(schema_editor: Any, model: Any, name: str) -> bool:
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(
            "SELECT 1 FROM pg_constraint WHERE conrelid = %s::regclass AND conname = %s",
            [model._meta.db_table, name],
        )
        return cursor.fetchone() is not None


@deconstructible(path=f"{__name__}.Index")
class Index:
    """Build the index concurrently (``where``: a partial index's condition, as SQL)."""

    def __init__(self, name: str, columns: Sequence[str], unique: bool = False,
                 where: str = "") -> None:  # fmt: skip
        self.name, self.columns, self.unique, self.where = name, list(columns), unique, where

    def __call__(self, schema_editor: Any, model: Any) -> None:
        q = schema_editor.quote_name
        if _index_valid(schema_editor, self.name) is False:
            _run(schema_editor, f"DROP INDEX CONCURRENTLY IF EXISTS {q(self.name)}")
        _run(
            schema_editor,
            f"CREATE {'UNIQUE ' if self.unique else ''}INDEX CONCURRENTLY IF NOT EXISTS "
            f"{q(self.name)} ON {q(model._meta.db_table)} "
            f"({', '.join(q(c) for c in self.columns)})"
            + (f" WHERE {self.where}" if self.where else ""),
        )


@deconstructible(path=f"{__name__}.Unique")
class Unique:
    """A unique constraint: its index built concurrently, then attached to the table under a
    lock held only for that moment."""

    def __init__(self, name: str, columns: Sequence[str]) -> None:
        self.name, self.columns = name, list(columns)

    def __call__(self, schema_editor: Any, model: Any) -> None:
        if _has_constraint(schema_editor, model, self.name):
            return
        Index(self.name, self.columns, unique=True)(schema_editor, model)
        q = schema_editor.quote_name
        _run(
            schema_editor,
            f"ALTER TABLE {q(model._meta.db_table)} ADD CONSTRAINT {q(self.name)} "
            f"UNIQUE USING INDEX {q(self.name)}",
        )


@deconstructible(path=f"{__name__}.Check")
class Check:
    """The model's check constraint ``name``: added NOT VALID (new rows are held to it at
    once), then validated while the table stays open."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, schema_editor: Any, model: Any) -> None:
        (constraint,) = [c for c in model._meta.constraints if c.name == self.name]
        q = schema_editor.quote_name
        if not _has_constraint(schema_editor, model, self.name):
            _run(schema_editor, str(constraint.create_sql(model, schema_editor)) + " NOT VALID")
        table = q(model._meta.db_table)
        _run(schema_editor, f"ALTER TABLE {table} VALIDATE CONSTRAINT {q(self.name)}")


@deconstructible(path=f"{__name__}.DropIndex")
class DropIndex:
    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, schema_editor: Any, model: Any) -> None:
        name = schema_editor.quote_name(self.name)
        _run(schema_editor, f"DROP INDEX CONCURRENTLY IF EXISTS {name}")


@deconstructible(path=f"{__name__}.DropConstraint")
class DropConstraint:
    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, schema_editor: Any, model: Any) -> None:
        table = schema_editor.quote_name(model._meta.db_table)
        name = schema_editor.quote_name(self.name)
        _run(schema_editor, f"ALTER TABLE {table} DROP CONSTRAINT IF EXISTS {name}")


def field_index_name(schema_editor: Any, model: Any, column: str) -> str:
    """The name Django gives a field's own index (``db_index``)."""
    return str(schema_editor._create_index_name(model._meta.db_table, [column]))


@deconstructible(path=f"{__name__}.FieldIndex")
class FieldIndex:
    """A field's own index (``db_index``), by the name Django gives it."""

    def __init__(self, column: str) -> None:
        self.column = column

    def __call__(self, schema_editor: Any, model: Any) -> None:
        name = field_index_name(schema_editor, model, self.column)
        Index(name, [self.column])(schema_editor, model)


@deconstructible(path=f"{__name__}.DropFieldIndex")
class DropFieldIndex:
    def __init__(self, column: str) -> None:
        self.column = column

    def __call__(self, schema_editor: Any, model: Any) -> None:
        DropIndex(field_index_name(schema_editor, model, self.column))(schema_editor, model)
