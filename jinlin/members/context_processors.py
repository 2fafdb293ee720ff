"""What every page needs to draw its frame: the navigation this user is entitled to."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from jinlin.members.access import scope_of
from jinlin.members.models import RoleAssignment
from jinlin.notifications.services import unread_count

Role = RoleAssignment.Role


def navigation(request: HttpRequest) -> dict[str, Any]:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        # A resident without an account keeps 长辈版 in this browser.
        from jinlin.members.views import ELDER_COOKIE

        cookie = request.COOKIES.get(ELDER_COOKIE) == "1"
        return {"nav_items": [], "scope": None, "elder": cookie, "elder_switch": True}
    scope = scope_of(user)
    items: list[tuple[str, Any]] = [("home", _("Home"))]
    if scope.member_id and not scope.can_read_tree:
        items += [
            ("need-list", _("Needs")),
            ("my-claims", _("My claims")),
            ("my-hours", _("My hours")),
        ]
    if scope.can_read_tree:
        items.append(("need-manage", _("Needs")))
        items.append(("care-home", _("Care")))
        items.append(("oversight-board", _("Oversight")))
        items += [("org-tree", _("Organizations")), ("member-list", _("Members"))]
        items.append(("registration-list", _("Registrations")))
        items.append(("registration-stats", _("Figures")))
        if scope.superuser or scope.roles - {Role.UNIT_ADMIN}:
            items.append(("cloudmap", _("Cloud map")))
            items.append(("campaign-list", _("Campaigns")))
            items.append(("rating-rules", _("Star ratings")))
    if scope.has_role(Role.UNIT_ADMIN):
        items.append(("unit-registration", _("Unit registration")))
        items.append(("unit-feedback", _("Quarterly feedback")))
    if scope.is_admin:
        items.append(("roster-upload", _("Import")))
    path = request.path
    urls = [(reverse(name), label) for name, label in items]
    # The deepest matching item is the active one: /registrations/figures/ is 报到统计 only.
    matches = [url for url, _label in urls if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"url": url, "label": label, "active": url == current} for url, label in urls]
    # Read with the member's id by ``scope_of``: no query of its own on every page.
    elder = bool(scope.member_id) and scope.elder_mode
    return {
        "nav_items": nav,
        "scope": scope,
        "elder": elder,
        "elder_switch": bool(scope.member_id),
        "show_admin_link": scope.is_admin,
        "unread_count": unread_count(user),
    }
