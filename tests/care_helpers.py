"""Care fixtures built through the real services."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.utils import timezone

from jinlin.care import services
from tests.needs_helpers import confirm_registration


def household(cast: Any, name: str = "王秀英", **overrides: Any) -> Any:
    fields = {
        "head_name": name,
        "address": "岑东小区3号楼1单元101室",
        "phone": "13912345678",
        "size": 1,
        "tags": ["elderly_alone"],
    }
    fields.update(overrides)
    community = fields.pop("community", cast.community)
    return services.household_save(community=community, **fields)


def pairing(
    cast: Any, home: Any, member: Any = None, *, days_ago: int = 60, cadence: int = 30
) -> Any:
    member = member or cast.member
    if not services.member_in_community(member, home.community):
        confirm_registration(member, home.community)
    return services.pairing_create(
        member=member,
        household=home,
        cadence_days=cadence,
        started_on=timezone.localdate() - dt.timedelta(days=days_ago),
    )
