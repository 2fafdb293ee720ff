"""Who may open an organization's electronic seal: those who may manage the organization (the
seal prints on its certificates; nobody else needs the picture)."""

from __future__ import annotations

from typing import Any

from jinlin.core.media import register_media


def _seal(user: Any, organization: Any) -> bool:
    from jinlin.members.access import can_manage_organization

    return can_manage_organization(user, organization)


def register_uploads() -> None:
    register_media("seals/", "organizations.Organization", "seal", readable=_seal)
