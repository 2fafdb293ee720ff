"""Parts of the roster import that other apps add: their sheets are read with the roster's,
checked with its checker (same issues, same organizations, same members of the file) and
written in the same transaction. Care adds buildings and households (jinlin/care/importing.py)."""

from __future__ import annotations

from typing import Any, Protocol


class ImportPart(Protocol):
    key: str

    def check(self, checker: Any) -> Any:
        """Check the part's sheets with the roster's checker; return what to write."""

    def write(self, plan: Any, today: Any) -> dict[str, int]:
        """Write what ``check`` returned; return counts by name (entrances, households …)."""

    def counts(self, plan: Any) -> dict[str, int]:
        """What would be written, by name, for the preview."""


PARTS: dict[str, ImportPart] = {}


def register_part(part: ImportPart) -> None:
    PARTS.setdefault(part.key, part)
