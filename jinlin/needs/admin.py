from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from jinlin.members.admin_site import ScopedAdmin
from jinlin.needs import access
from jinlin.needs.models import Claim, Need


@admin.register(Need)
class NeedAdmin(ScopedAdmin):
    """Read in the back office; needs are published and changed on the needs pages, where
    the slot and notice rules run."""

    list_display = ("title", "community", "starts_at", "slots", "confirmed_count", "status")
    list_filter = ("status", "mode", "category")
    search_fields = ("title", "place", "community__name")
    date_hierarchy = "starts_at"

    def scoped_queryset(self, request: HttpRequest) -> Any:
        return access.needs_visible(request.user).select_related("community")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Claim)
class ClaimAdmin(ScopedAdmin):
    list_display = ("member", "need", "status", "created_at")
    list_filter = ("status",)
    search_fields = ("member__name", "need__title")

    def scoped_queryset(self, request: HttpRequest) -> Any:
        return access.claims_visible(request.user).select_related("member", "need")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
