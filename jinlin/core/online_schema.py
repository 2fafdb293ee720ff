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

# A step: given the schema editor and the model (as the migration state has it after the
# change, or before it when undoing), change the database.
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
            f"{__name__}.Online",
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


def index(name: str, columns: Sequence[str], *, unique: bool = False,
          where: str = "") -> Step:  # fmt: skip
    """Build the index concurrently (``where``: a partial index's condition, as SQL)."""

    def step(schema_editor: Any, model: Any) -> None:
        q = schema_editor.quote_name
        if _index_valid(schema_editor, name) is False:
            _run(schema_editor, f"DROP INDEX CONCURRENTLY IF EXISTS {q(name)}")
        _run(
            schema_editor,
            f"CREATE {'UNIQUE ' if unique else ''}INDEX CONCURRENTLY IF NOT EXISTS {q(name)} "
            f"ON {q(model._meta.db_table)} ({', '.join(q(c) for c in columns)})"
            + (f" WHERE {where}" if where else ""),
        )

    return step


def unique(name: str, columns: Sequence[str]) -> Step:
    """A unique constraint: its index built concurrently, then attached to the table under a
    lock held only for that moment."""
    build = index(name, columns, unique=True)

    def step(schema_editor: Any, model: Any) -> None:
        if _has_constraint(schema_editor, model, name):
            return
        build(schema_editor, model)
        q = schema_editor.quote_name
        _run(
            schema_editor,
            f"ALTER TABLE {q(model._meta.db_table)} ADD CONSTRAINT {q(name)} "
            f"UNIQUE USING INDEX {q(name)}",
        )

    return step


def check(name: str) -> Step:
    """The model's check constraint ``name``: added NOT VALID (new rows are held to it at
    once), then validated while the table stays open."""

    def step(schema_editor: Any, model: Any) -> None:
        (constraint,) = [c for c in model._meta.constraints if c.name == name]
        q = schema_editor.quote_name
        if not _has_constraint(schema_editor, model, name):
            _run(schema_editor, str(constraint.create_sql(model, schema_editor)) + " NOT VALID")
        _run(schema_editor, f"ALTER TABLE {q(model._meta.db_table)} VALIDATE CONSTRAINT {q(name)}")

    return step


def drop_index(name: str) -> Step:
    def step(schema_editor: Any, model: Any) -> None:
        _run(schema_editor, f"DROP INDEX CONCURRENTLY IF EXISTS {schema_editor.quote_name(name)}")

    return step


def drop_constraint(name: str) -> Step:
    def step(schema_editor: Any, model: Any) -> None:
        table = schema_editor.quote_name(model._meta.db_table)
        name_q = schema_editor.quote_name(name)
        _run(schema_editor, f"ALTER TABLE {table} DROP CONSTRAINT IF EXISTS {name_q}")

    return step


def field_index_name(schema_editor: Any, model: Any, column: str) -> str:
    """The name Django gives a field's own index (``db_index``)."""
    return str(schema_editor._create_index_name(model._meta.db_table, [column]))


def field_index(column: str) -> Step:
    def step(schema_editor: Any, model: Any) -> None:
        index(field_index_name(schema_editor, model, column), [column])(schema_editor, model)

    return step


def drop_field_index(column: str) -> Step:
    def step(schema_editor: Any, model: Any) -> None:
        drop_index(field_index_name(schema_editor, model, column))(schema_editor, model)

    return step
