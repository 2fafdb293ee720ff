"""Back office: read-only lists of rounds and problems; the state machine runs on the
oversight pages and the API, where its rules live."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from jinlin.members.admin_site import ReadOnlyAdmin
from jinlin.oversight import access
from jinlin.oversight.models import Problem, Round


@admin.register(Round)
class RoundAdmin(ReadOnlyAdmin):
    list_display = ("date", "title", "organization", "kind")
    list_filter = ("kind",)

    def scoped_queryset(self, request: HttpRequest) -> Any:
        return access.rounds_visible(request.user).select_related("organization")


@admin.register(Problem)
class ProblemAdmin(ReadOnlyAdmin):
    list_display = ("title", "organization", "source", "severity", "deadline", "status")
    list_filter = ("status", "source", "severity")
    search_fields = ("title", "organization__name")

    def scoped_queryset(self, request: HttpRequest) -> Any:
        return access.problems_visible(request.user).select_related("organization")
