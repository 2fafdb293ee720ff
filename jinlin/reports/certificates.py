"""志愿服务证明: numbered certificates of a member's hours, issued by the organization that
recorded them (谁记录谁证明, 民政部令第67号), verifiable by number and code on a public page.

The code is an HMAC (under LEDGER_KEY) of everything the certificate states; a changed number
finds nothing, a changed code or a certificate whose figures were altered in the database
does not verify.
"""

from __future__ import annotations

import base64
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.core.files.storage import default_storage
from django.db import transaction
from django.db.models import Count, Sum
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from jinlin.cloudmap import figures as fig
from jinlin.cloudmap.indicators import Period
from jinlin.core.errors import InvalidInput
from jinlin.core.personal import mask_id_number_on_paper
from jinlin.core.security import same_secret
from jinlin.core.templatetags.jinlin import person
from jinlin.core.uploads import detect_type
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


def service_content(credits: Any, limit: int = 300) -> str:
    """服务内容: the activities of these credits, those with the most hours first, each with
    its count when more than one (``敬老助餐（3次）、垃圾分类督导``), cut at an activity's end
    with 等 to fit ``limit``. In the site's language: the certificate is a paper of the
    district's, whoever presses the button."""
    rows = (
        credits.order_by().values("activity_name")
        .annotate(h=Sum("hours"), n=Count("pk")).order_by("-h", "activity_name")
    )  # fmt: skip
    with translation.override(settings.LANGUAGE_CODE):
        comma, etc = pgettext("list separator", ", "), _("etc.")
        parts = [
            row["activity_name"] + (_(" (%(n)d times)") % {"n": row["n"]} if row["n"] > 1 else "")
            for row in rows[:30]
        ]
    text = comma.join(parts)
    if len(text) <= limit:
        return text
    room = limit - len(etc)
    cut = text.rfind(comma, 0, room + 1)
    return (text[:cut] if cut > 0 else text[: room - 1] + "…") + etc


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
    # Hours: the net of every row (a correction's reversal takes its row's hours back);
    # services (次): the credits that stand, as the figures count 人次 — not the reversals.
    hours = (rows.aggregate(h=Sum("hours"))["h"] or Decimal(0)).quantize(Decimal("0.01"))
    credits = fig.standing_credits(rows)
    if hours <= 0:
        raise InvalidInput(
            _("No hours were recorded for this member in the period."),
            fields={"member": _("Nothing to certify.")},
        )
    signed_in = by is not None and getattr(by, "is_authenticated", False)
    with transaction.atomic():
        cert = Certificate.objects.create(
            number="",
            code="",
            member=member,
            issuer=issuer,
            start=period.start,
            end=period.end,
            hours=hours,
            records=credits.count(),
            content=service_content(credits),
            issuer_head=issuer.head,
            handler=person(by)[:100] if signed_in else "",
            contact_phone=issuer.contact_phone,
            seal=str(issuer.seal.name or ""),
            issued_by=by if signed_in else None,
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
         "stamp": seal_image(cert.seal), "id_number": mask_id_number_on_paper(
             cert.member.id_number), "dense": _long(cert)},
    )  # fmt: skip
    return html_to_pdf(html)


def _long(cert: Certificate) -> bool:
    """Whether the paper's words need the smaller type to stay on one page (a long name
    printed three times, a full 服务内容)."""
    words = (len(cert.member.name) + 3 * len(cert.issuer.name) + len(cert.content)
             + len(cert.issuer_head) + len(cert.handler))  # fmt: skip
    return words > 240


def seal_image(name: str) -> str:
    """The stored seal as a ``data:`` address the PDF embeds (nothing fetched while printing),
    or "" when there is none or its file is gone."""
    if not name:
        return ""
    try:
        with default_storage.open(name, "rb") as handle:
            data = handle.read()
    except OSError:
        return ""
    kind = detect_type(data[:12])
    if kind is None:
        return ""
    return f"data:image/{kind};base64,{base64.b64encode(data).decode('ascii')}"
