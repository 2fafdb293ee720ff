"""志愿服务证明: numbered certificates of a member's hours, issued by the organization that
recorded them (谁记录谁证明, 民政部令第67号), verifiable by number and code on a public page.

The code is an HMAC (under LEDGER_KEY) of everything the certificate states; a changed number
finds nothing, a changed code or a certificate whose figures were altered in the database
does not verify.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.db import transaction
from django.db.models import Count, Sum
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _

from jinlin.cloudmap import figures as fig
from jinlin.cloudmap.indicators import Period
from jinlin.core.errors import InvalidInput
from jinlin.core.security import same_secret
from jinlin.members.models import Member, Registration
from jinlin.organizations.models import Organization
from jinlin.reports.models import Certificate


def _code(cert: Certificate) -> str:
    from jinlin.reports.verification import code_of

    return code_of(cert.number, cert.member_id, cert.issuer_id, cert.start, cert.end, cert.hours)


def _issuer(member: Member, period: Period) -> Organization | None:
    """The community that recorded most of the member's hours in the period, else the one the
    member is registered with."""
    from jinlin.service.models import ServiceRecord

    rows = (
        ServiceRecord.objects.filter(
            member=member, activity_date__gte=period.start, activity_date__lte=period.end,
            need__isnull=False,
        )
        .values("need__community")
        .annotate(h=Sum("hours"))
        .order_by("-h")
    )  # fmt: skip
    top = rows.first()
    if top and top["h"] and top["h"] > 0:
        return Organization.objects.get(pk=top["need__community"])
    registration = member.registrations.filter(status=Registration.Status.CONFIRMED).first()
    return registration.community if registration else None


def certificate_issue(
    *, member: Member, period: Period, by: Any = None, issuer: Organization | None = None
) -> Certificate:
    """Issue the certificate of the member's hours in the period, in the name of ``issuer``
    (default: the community that recorded most of them). Members apply for one instead
    (``jinlin.reports.applications``); this is what the community's answer calls."""
    issuer = issuer or _issuer(member, period)
    if issuer is None:
        raise InvalidInput(
            _("No hours were recorded for this member in the period."),
            fields={"member": _("Nothing to certify.")},
        )
    rows = fig._ledger(issuer, period).filter(member=member)
    totals = rows.aggregate(h=Sum("hours"), n=Count("pk"))
    hours = (totals["h"] or Decimal(0)).quantize(Decimal("0.01"))
    if hours <= 0:
        raise InvalidInput(
            _("No hours were recorded for this member in the period."),
            fields={"member": _("Nothing to certify.")},
        )
    with transaction.atomic():
        cert = Certificate.objects.create(
            number="",
            code="",
            member=member,
            issuer=issuer,
            start=period.start,
            end=period.end,
            hours=hours,
            records=totals["n"] or 0,
            issued_by=by if by is not None and getattr(by, "is_authenticated", False) else None,
        )
        cert.number = f"JL{timezone.localdate().year}{cert.pk:07d}"
        cert.code = _code(cert)
        cert.save(update_fields=["number", "code"])
    return cert


def certificate_verify(number: str, code: str) -> Certificate | None:
    """The certificate, if the number exists and the code is its own; else None."""
    cert = (
        Certificate.objects.select_related("member", "issuer")
        .filter(number=(number or "").strip().upper())
        .first()
    )
    if cert is None:
        return None
    expected = _code(cert)
    given = (code or "").strip().upper()
    if not (same_secret(expected, given) and same_secret(cert.code, expected)):
        return None
    return cert


def certificate_pdf(cert: Certificate, request: Any = None) -> bytes:
    """The certificate as a PDF, with its number, code and the QR code of the check page at
    the site's public address (SITE_URL)."""
    from jinlin.core.site import site_base
    from jinlin.reports.services import html_to_pdf
    from jinlin.reports.verification import seal

    html = render_to_string(
        "reports/certificate.html",
        {"c": cert, "seal": seal(cert.number, cert.code, site_base(request)),
         "today": timezone.localdate()},
    )  # fmt: skip
    return html_to_pdf(html)
