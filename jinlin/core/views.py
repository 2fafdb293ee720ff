from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from jinlin.members import selectors
from jinlin.members.access import scope_of


@login_required
def home(request: HttpRequest) -> HttpResponse:
    """Members land on their phone home; admins and supervisors on their overview."""
    scope = scope_of(request.user)
    if scope.can_read_tree:
        return render(
            request,
            "core/admin_home.html",
            {"overview": selectors.overview_for(request.user)},
        )
    if scope.member_id:
        return redirect("my-registration")
    return render(request, "core/no_role.html")
