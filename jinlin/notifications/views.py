from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from jinlin.core.http import paginate
from jinlin.notifications.models import Notification
from jinlin.notifications.services import notifications_mark_read


@login_required
def notification_list(request: HttpRequest) -> HttpResponse:
    rows = Notification.objects.filter(user_id=int(request.user.pk or 0))
    page = paginate(request, rows, per_page=30)
    response = render(request, "notifications/list.html", {"page": page})
    # Seen is read: the bell empties once the list has been shown.
    notifications_mark_read(user=request.user, ids=[n.pk for n in page.object_list])
    return response


@login_required
@require_POST
def notification_read_all(request: HttpRequest) -> HttpResponse:
    notifications_mark_read(user=request.user)
    return redirect("notifications")
