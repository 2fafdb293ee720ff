"""Who may open acceptance photos and service-report photos: the member whose work it is,
and those who read the community's records."""

from __future__ import annotations

from typing import Any

from jinlin.core.media import register_media
from jinlin.members import access


def _reads(user: Any, community: Any, member_id: int | None) -> bool:
    scope = access.scope_of(user)
    if member_id is not None and scope.member_id == member_id:
        return True
    return scope.covers(community, access.READ_ROLES)


def _acceptance(user: Any, attendance: Any) -> bool:
    claim = attendance.claim
    return _reads(user, claim.need.community, claim.member_id)


def _report(user: Any, report: Any) -> bool:
    return _reads(user, report.community, report.member_id)


def register_uploads() -> None:
    register_media("acceptance/", "service.Attendance", "photo", readable=_acceptance)
    register_media("reports/", "service.ServiceReport", "photo", readable=_report)
