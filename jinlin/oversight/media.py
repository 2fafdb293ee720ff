"""Who may open a finding's photos and a rectification's evidence: those who see the
finding or the problem."""

from __future__ import annotations

from typing import Any

from jinlin.core.media import register_media
from jinlin.oversight.access import findings_visible, problems_visible


def _finding_photo(user: Any, photo: Any) -> bool:
    return findings_visible(user).filter(pk=photo.finding_id).exists()


def _evidence(user: Any, event: Any) -> bool:
    return problems_visible(user).filter(pk=event.problem_id).exists()


def register_uploads() -> None:
    register_media("findings/", "oversight.FindingPhoto", "file", readable=_finding_photo)
    register_media("evidence/", "oversight.ProblemEvent", "photo", readable=_evidence)
