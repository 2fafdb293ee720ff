from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from jinlin.members import access as member_access
from jinlin.members.admin_site import CommunityReadOnlyAdmin, ScopedAdmin
from jinlin.service.models import ServiceRecord, ServiceReport


@admin.register(ServiceRecord)
class ServiceRecordAdmin(ScopedAdmin):
    """The ledger, read-only: corrections are reversing rows, made on the need's roster."""

    list_display = (
        "ledger_position", "member", "activity_name", "activity_date", "hours", "kind", "recorder"
    )
    list_filter = ("kind", "source")
    search_fields = ("member__name", "activity_name")
    readonly_fields = [f.name for f in ServiceRecord._meta.fields]

    @admin.display(description=_("place in the ledger (chain/row)"), ordering="id")
    def ledger_position(self, record: ServiceRecord) -> str:
        return record.position

    def scoped_queryset(self, request: HttpRequest) -> Any:
        return ServiceRecord.objects.filter(
            member__in=member_access.members_visible(request.user)
        ).select_related("member")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(ServiceReport)
class ServiceReportAdmin(CommunityReadOnlyAdmin):
    """Reports are reviewed on the community's page, where approval writes the ledger."""

    list_display = ("member", "community", "date", "hours", "content", "status")
    list_filter = ("status",)
    search_fields = ("member__name", "content")
