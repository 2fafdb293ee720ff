"""What every test of the project (``tests/`` and each app's ``tests``) is given."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def _streams_stopped() -> Iterator[None]:
    """After each test, a stream its code left open is stopped before the database is
    emptied: a failed test's traceback keeps the stream alive, and its open transaction made
    the next test's TRUNCATE wait for ever (``jinlin.core.sql.stop_streams``)."""
    yield
    from jinlin.core.sql import stop_streams

    stop_streams()
