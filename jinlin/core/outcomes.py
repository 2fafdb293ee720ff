"""The outcomes a piece of work may count (车, 起, 份, 户 …), as labels for the pages: the app
that defines them registers them here, so core shows them without knowing that app."""

from __future__ import annotations

from typing import Any

_LABELS: dict[str, tuple[Any, Any]] = {}


def register_outcomes(labels: dict[str, tuple[Any, Any]]) -> None:
    """``{"truckloads": (label, unit), …}``, lazily translated."""
    _LABELS.update(labels)


def outcome_label(key: str) -> tuple[Any, Any]:
    return _LABELS.get(key, (key, ""))
