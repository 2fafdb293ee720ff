from __future__ import annotations

from django.contrib import admin

from jinlin.members.admin_site import CommunityReadOnlyAdmin
from jinlin.reports.models import Evaluation, FeedbackSheet


@admin.register(Evaluation)
class EvaluationAdmin(CommunityReadOnlyAdmin):
    list_display = ("year", "community", "member", "unit", "grade", "comment")
    list_filter = ("year", "grade")
    search_fields = ("member__name", "unit__name", "community__name")


@admin.register(FeedbackSheet)
class FeedbackSheetAdmin(CommunityReadOnlyAdmin):
    scope_field = "unit"
    list_display = ("unit", "quarter", "rows", "generated_at")
    list_filter = ("quarter",)
