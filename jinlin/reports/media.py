"""Who may open a unit's quarterly feedback sheet: its admins and those above it."""

from __future__ import annotations

from typing import Any

from jinlin.core.media import register_media


def _sheet(user: Any, sheet: Any) -> bool:
    from jinlin.reports.services import can_read_feedback

    return can_read_feedback(user, sheet.unit)


def _export(user: Any, export: Any) -> bool:
    from jinlin.reports.exports import can_read_export

    return can_read_export(user, export)


def register_uploads() -> None:
    register_media("feedback/", "reports.FeedbackSheet", ("xlsx", "pdf"), readable=_sheet)
    register_media("exports/", "reports.Export", "file", readable=_export)
