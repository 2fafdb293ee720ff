"""Certificates as 民政部令第67号 has them issued: the member applies for a period, the
community that recorded the hours (谁记录谁证明) issues the certificate or refuses with reasons,
free of charge; issued certificates stand in the community's register (exportable) and on a
公示 list (names masked) its members read for at least ``CERTIFICATE_PUBLICITY_DAYS`` (7).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import QuerySet
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from jinlin.cloudmap.indicators import Period
from jinlin.core.errors import Conflict, InvalidInput, NotFound
from jinlin.members import access
from jinlin.members.models import Member, Registration, RoleAssignment
from jinlin.notifications.models import Notification
from jinlin.notifications.services import notify
from jinlin.organizations.models import Organization
from jinlin.reports.models import Certificate, CertificateApplication

Status = CertificateApplication.Status


def _hours_in(member: Member, issuer: Organization, period: Period) -> Any:
    from django.db.models import Sum

    from jinlin.cloudmap import figures as fig

    return fig._ledger(issuer, period).filter(member=member).aggregate(h=Sum("hours"))["h"]


def hours_applied_for(applications: list[CertificateApplication]) -> dict[int, Any]:
    """Each application's hours (``_hours_in``: what its community recorded of the member in
    its period), one grouped query per issuer and period rather than one per application."""
    from collections import defaultdict

    from django.db.models import Sum

    from jinlin.cloudmap import figures as fig

    asked: dict[tuple[Any, Any, Any], list[CertificateApplication]] = defaultdict(list)
    for application in applications:
        if application.issuer is not None:
            key = (application.issuer, application.start, application.end)
            asked[key].append(application)
    out: dict[int, Any] = {}
    for (issuer, start, end), group in asked.items():
        hours = dict(
            fig._ledger(issuer, Period(start, end))
            .filter(member_id__in={a.member_id for a in group})
            .order_by().values_list("member_id").annotate(h=Sum("hours"))
        )  # fmt: skip
        for application in group:
            out[application.pk] = hours.get(application.member_id)
    return out


def certificate_apply(*, member: Member, period: Period, purpose: str = "") -> Any:
    """A member's application: refused at once when the community recorded no hours of theirs
    in the period (there is nothing to certify), or when the same period is already asked."""
    from jinlin.audit.services import audit
    from jinlin.reports.certificates import _issuer

    if period.end < period.start:
        raise InvalidInput(_("The period ends before it starts."),
                           fields={"to": _("Before the start.")})  # fmt: skip
    purpose = (purpose or "").strip()
    if len(purpose) > 100:
        raise InvalidInput(_("At most %(n)d characters.") % {"n": 100},
                           fields={"purpose": _("Too long.")})  # fmt: skip
    issuer = _issuer(member, period)
    hours = _hours_in(member, issuer, period) if issuer is not None else None
    if issuer is None or not hours or hours <= 0:
        raise InvalidInput(
            _("No hours were recorded for you in this period: there is nothing to certify."),
            fields={"from": _("Nothing to certify.")},
        )
    with transaction.atomic():
        Member.objects.select_for_update().filter(pk=member.pk).first()  # one at a time
        if CertificateApplication.objects.filter(
            member=member, start=period.start, end=period.end, status=Status.APPLIED
        ).exists():
            raise Conflict(_("You have already applied for this period; wait for the answer."),
                           code="already_applied")  # fmt: skip
        application = CertificateApplication.objects.create(
            member=member, issuer=issuer, start=period.start, end=period.end, purpose=purpose
        )
        notify(
            user_ids=RoleAssignment.objects.filter(
                role=RoleAssignment.Role.COMMUNITY_ADMIN, organization=issuer
            ).values_list("user_id", flat=True),
            kind=Notification.Kind.OTHER,
            message=gettext_noop(
                "%(name)s applies for a volunteer service certificate (%(start)s – %(end)s)."
            ),
            params={"name": member.name, "start": str(period.start), "end": str(period.end)},
            url=reverse("certificate-applications"),
        )
        audit("certificate_apply", f"{member.volunteer_no} {period.start}–{period.end}")
    return application


def applications_visible(user: Any) -> QuerySet[CertificateApplication]:
    """The applications a community admin answers: those to communities they administer."""
    scope = access.scope_of(user)
    if scope.superuser:
        return CertificateApplication.objects.all()
    return CertificateApplication.objects.filter(issuer_id__in=scope.community_admin_ids)


def application_decide(
    *, application: CertificateApplication, by: Any, decision: str, reason: str = ""
) -> CertificateApplication:
    """Issue the certificate (the hours as the ledger has them now) or refuse with reasons; the
    member is told either way. Answered once."""
    from jinlin.audit.services import audit
    from jinlin.reports.certificates import certificate_issue

    if not applications_visible(by).filter(pk=application.pk).exists():
        raise NotFound(_("No such application."))
    reason = (reason or "").strip()
    if decision not in ("issue", "refuse"):
        raise InvalidInput(_("Issue or refuse."), fields={"decision": _("Issue or refuse.")})
    if decision == "refuse" and not reason:
        raise InvalidInput(_("Say why the certificate is refused."),
                           fields={"reason": _("Required.")})  # fmt: skip
    if len(reason) > 300:
        raise InvalidInput(_("At most %(n)d characters.") % {"n": 300},
                           fields={"reason": _("Too long.")})  # fmt: skip
    with transaction.atomic():
        locked = CertificateApplication.objects.select_for_update().get(pk=application.pk)
        if locked.status != Status.APPLIED:
            raise Conflict(_("This application has been answered already."),
                           code="already_answered")  # fmt: skip
        period = Period(locked.start, locked.end)
        if decision == "issue":
            locked.certificate = certificate_issue(
                member=locked.member, period=period, by=by, issuer=locked.issuer
            )
            locked.status = Status.ISSUED
            message = gettext_noop(
                "Your volunteer service certificate %(number)s (%(start)s – %(end)s) is issued."
            )
        else:
            locked.status, locked.reason = Status.REFUSED, reason
            message = gettext_noop(
                "Your application for a certificate (%(start)s – %(end)s) was refused: "
                "%(reason)s"
            )
        locked.decided_by, locked.decided_at = by, timezone.now()
        locked.save(update_fields=["status", "reason", "certificate", "decided_by", "decided_at"])
        notify(
            user_ids=[locked.member.user_id],
            kind=Notification.Kind.OTHER,
            message=message,
            params={"number": locked.certificate.number if locked.certificate else "",
                    "start": str(locked.start), "end": str(locked.end), "reason": reason},
            url=reverse("my-certificates"),
        )  # fmt: skip
        audit("certificate_" + decision, f"{locked.member.volunteer_no} "
              f"{locked.start}–{locked.end}")  # fmt: skip
    return locked


def register(user: Any) -> QuerySet[Certificate]:
    """The certificates issued by the communities (and above) the user administers."""
    scope = access.scope_of(user)
    if scope.superuser:
        return Certificate.objects.all()
    paths = scope.paths(access.ADMIN_ROLES)
    if not paths:
        return Certificate.objects.none()
    from django.db.models import Q

    q = Q(pk__in=[])
    for path in paths:
        q |= Q(issuer__path__startswith=path)
    return Certificate.objects.filter(q)


def publicity(user: Any) -> QuerySet[Certificate]:
    """公示: certificates issued in the last CERTIFICATE_PUBLICITY_DAYS by the communities the
    user belongs to (registered with or living in) or administers."""
    scope = access.scope_of(user)
    since = timezone.now() - dt.timedelta(days=settings.CERTIFICATE_PUBLICITY_DAYS)
    community_ids: set[int] = set(scope.community_admin_ids)
    if scope.member_id is not None:
        community_ids |= set(
            Registration.objects.filter(
                member_id=scope.member_id, status=Registration.Status.CONFIRMED
            ).values_list("community_id", flat=True)
        )
        home = Member.objects.filter(pk=scope.member_id).values_list("community_id", flat=True)
        community_ids |= {c for c in home if c is not None}
    return Certificate.objects.filter(
        issuer_id__in=community_ids, issued_at__gte=since
    ).select_related("member", "issuer")


def waiting(user: Any) -> Any:
    """The worklist: applications the community admin has not answered."""
    from django.utils.translation import ngettext

    from jinlin.core.worklist import Work

    if not access.scope_of(user).community_admin_ids:
        return
    n = applications_visible(user).filter(status=Status.APPLIED).count()
    yield Work(
        "certificate_applications",
        n,
        ngettext(
            "%(n)d member applies for a volunteer service certificate.",
            "%(n)d members apply for volunteer service certificates.",
            n,
        )
        % {"n": n},
        reverse("certificate-applications"),
    )
