from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from jinlin.core.errors import ServiceError
from jinlin.core.http import paginate
from jinlin.core.personal import mask_phone
from jinlin.core.sms import available
from jinlin.members import access
from jinlin.members.models import Member
from jinlin.members.services import member_sms_reminders_set
from jinlin.notifications.models import Notification
from jinlin.notifications.services import notifications_mark_read


@login_required
def notification_list(request: HttpRequest) -> HttpResponse:
    rows = Notification.objects.filter(user_id=int(request.user.pk or 0))
    page = paginate(request, rows, per_page=30)
    member_id = access.member_id_of(request.user)
    member = Member.objects.filter(pk=member_id).first() if member_id else None
    masked = mask_phone(member.phone) if member and member.phone else ""
    response = render(
        request,
        "notifications/list.html",
        {"page": page, "member": member, "masked_phone": masked, "sms_available": available()},
    )
    # Seen is read: the bell empties once the list has been shown.
    notifications_mark_read(user=request.user, ids=[n.pk for n in page.object_list])
    return response


@login_required
@require_POST
def notification_read_all(request: HttpRequest) -> HttpResponse:
    notifications_mark_read(user=request.user)
    return redirect("notifications")


@login_required
@require_POST
def notification_sms(request: HttpRequest) -> HttpResponse:
    """A member turns reminders by text message on or off."""
    member_id = access.member_id_of(request.user)
    member = Member.objects.filter(pk=member_id).first() if member_id else None
    if member is None:
        messages.error(request, _("Your account is not linked to a member record."))
        return redirect("notifications")
    try:
        member_sms_reminders_set(member=member, on=request.POST.get("sms_reminders") == "on")
    except ServiceError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request,
            _("Reminders will also come by text message.")
            if member.sms_reminders
            else _("Reminders will come only to the bell."),
        )
    return redirect("notifications")
