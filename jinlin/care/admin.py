"""Back office for the care structures: lists to look things up in. They are changed on the
care pages, through the services that hold their rules (a team's leader is one of its members,
a captain lives in or is registered with the community, everything stays in the admin's own
communities). Households, pairings and visits are deliberately not here: their personal data
is shown only through the care pages, which mask it and log every full view."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from jinlin.care.models import (
    Building,
    Entrance,
    Grid,
    HouseholdAccess,
    ServicePoint,
    Team,
    Zone,
)
from jinlin.members import access
from jinlin.members.admin_site import ReadOnlyAdmin, ScopedAdmin


class _CommunityScoped(ReadOnlyAdmin):
    scope_field = "community"

    def scoped_queryset(self, request: HttpRequest) -> Any:
        scope = access.scope_of(request.user)
        return self.model.objects.filter(scope.org_q(self.scope_field, access.READ_ROLES))


class EntranceInline(admin.TabularInline):
    model = Entrance
    extra = 0
    fields = ("name", "captain")
    readonly_fields = ("name", "captain")

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Building)
class BuildingAdmin(_CommunityScoped):
    list_display = ("__str__", "community", "address")
    search_fields = ("name", "compound", "community__name")
    raw_id_fields = ("community",)
    inlines = [EntranceInline]


@admin.register(Team)
class TeamAdmin(_CommunityScoped):
    scope_field = "organization"
    list_display = ("name", "kind", "organization", "leader")
    list_filter = ("kind",)
    search_fields = ("name", "organization__name")
    raw_id_fields = ("organization", "leader", "members")


@admin.register(Zone)
class ZoneAdmin(_CommunityScoped):
    list_display = ("name", "kind", "community", "organization", "member")
    list_filter = ("kind",)
    raw_id_fields = ("community", "organization", "member")


@admin.register(Grid)
class GridAdmin(_CommunityScoped):
    list_display = ("name", "community", "parent", "leader", "area")
    search_fields = ("name", "community__name")
    raw_id_fields = ("community", "parent", "leader")


@admin.register(ServicePoint)
class ServicePointAdmin(_CommunityScoped):
    list_display = ("name", "kind", "community", "opening_hours")
    list_filter = ("kind",)
    search_fields = ("name", "address")
    raw_id_fields = ("community",)


@admin.register(HouseholdAccess)
class HouseholdAccessAdmin(ScopedAdmin):
    list_display = ("at", "user", "household", "via")

    def scoped_queryset(self, request: HttpRequest) -> Any:
        scope = access.scope_of(request.user)
        roles = frozenset({access.Role.DISTRICT_ADMIN})
        return HouseholdAccess.objects.filter(scope.org_q("household__community", roles))

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
