from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from jinlin.members.admin_site import ScopedAdmin
from jinlin.roster.models import ImportJob


@admin.register(ImportJob)
class ImportJobAdmin(ScopedAdmin):
    list_display = ("filename", "status", "created_by", "created_at", "issue_count")
    list_filter = ("status",)
    readonly_fields = (
        "filename",
        "status",
        "created_by",
        "created_at",
        "finished_at",
        "issue_count",
        "issues",
        "summary",
    )
    exclude = ("stored_path",)

    def scoped_queryset(self, request: HttpRequest) -> Any:
        if request.user.is_superuser:
            return ImportJob.objects.all()
        return ImportJob.objects.filter(created_by_id=request.user.pk)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
