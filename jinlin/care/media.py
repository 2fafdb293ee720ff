"""Who may open the photos of care: a visit's photo is the household's personal data."""

from __future__ import annotations

from typing import Any

from jinlin.care.access import can_see_household_full
from jinlin.core.media import register_media


def _visit_photo(user: Any, visit: Any) -> bool:
    return can_see_household_full(user, visit.pairing.household)


def register_uploads() -> None:
    register_media("visits/", "care.Visit", "photo", readable=_visit_photo)
