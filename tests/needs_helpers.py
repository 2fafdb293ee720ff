"""Helpers to publish needs and put members on them, through the real services."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.utils import timezone

from jinlin.members import services as member_services
from jinlin.needs import services as need_services


def confirm_registration(member: Any, community: Any, admin: Any = None) -> None:
    registration = member_services.registration_create_for_member(
        member=member, community=community
    )
    member_services.registration_confirm(registration=registration, by=admin)


def publish(cast: Any, **overrides: Any) -> Any:
    now = timezone.now()
    fields: dict[str, Any] = {
        "title": "清理楼道杂物",
        "category": "clean_home",
        "place": "岑东小区 3 号楼",
        "starts_at": now - dt.timedelta(minutes=10),
        "ends_at": now + dt.timedelta(hours=2),
        "slots": 2,
        "mode": "open",
        "unit": None,
        "metrics": ["truckloads", "households"],
        "grace_minutes": 30,
    }
    fields.update(overrides)
    community = fields.pop("community", cast.community)
    return need_services.need_publish(
        community=community,
        by=cast.community_admin if community == cast.community else None,
        **fields,
    )


def new_member(cast: Any, name: str, phone: str, *, registered: bool = True) -> Any:
    member = member_services.member_create(
        name=name, phone=phone, branch=cast.branch, community=cast.community
    )
    user, _password = member_services.member_account_issue(member=member)
    member.refresh_from_db()
    if registered:
        confirm_registration(member, cast.community)
    return member


def register_unit(unit: Any, *communities: Any) -> None:
    """单位报到 with each community, confirmed (the partnership made first when missing)."""
    from jinlin.organizations import services as org_services
    from jinlin.organizations.models import Partnership

    for community in communities:
        if not Partnership.objects.filter(unit=unit, community=community).exists():
            org_services.partnership_create(unit=unit, community=community)
        registration = member_services.registration_create_for_unit(
            unit=unit, community=community
        )
        member_services.registration_confirm(registration=registration)
