"""One check for every paper Jinlin issues: the 志愿服务证明 (JL…), the service card (FK…) and
the 报到证 (BD…). Each carries its number and a code — an HMAC under LEDGER_KEY of what it
states — and a QR code to the public check page, which shows what the genuine paper says
(name masked); a changed number or code, or a paper whose facts no longer hold, fails.

The card and the slip are not stored: their codes are computed from the records they print
(the member's hours as of the day the card was printed; the confirmed registration), so a
check recomputes them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.db.models import Sum
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from jinlin.core.personal import mask_name
from jinlin.core.security import same_secret


@dataclass(frozen=True)
class Verified:
    kind: str  # certificate, card, slip
    label: Any
    number: str
    name: str  # masked
    issuer: str
    start: dt.date | None = None
    end: dt.date | None = None
    hours: Decimal | None = None
    content: str = ""  # a certificate's 服务内容, as printed


KINDS = {
    "certificate": _("Volunteer service certificate"),
    "card": _("Service card"),
    "slip": _("Registration slip (报到证)"),
}


def code_of(*parts: Any) -> str:
    text = "|".join(str(p) for p in parts)
    digest = hmac.new(settings.LEDGER_KEY.encode(), text.encode(), hashlib.sha256).hexdigest()
    return digest[:12].upper()


def check_url(number: str, code: str, base: str = "") -> str:
    return f"{base}{reverse('certificate-verify')}?{urlencode({'number': number, 'code': code})}"


def seal(number: str, code: str, base: str = "") -> dict[str, str]:
    """What a paper prints to be checked: number, code, the check page and its QR code (at
    the site's public address, SITE_URL, unless ``base`` says otherwise)."""
    from jinlin.core.qr import qr_svg
    from jinlin.core.site import site_base

    base = base or site_base()
    url = check_url(number, code, base)
    return {"number": number, "code": code, "check_page": base + reverse("certificate-verify"),
            "qr": qr_svg(url)}  # fmt: skip


# 服务卡 ----------------------------------------------------------------------------------------


def card_hours(member_id: int, day: dt.date) -> Decimal:
    """The member's net hours in the ledger up to the end of ``day``."""
    from jinlin.service.models import ServiceRecord

    until = timezone.make_aware(dt.datetime.combine(day + dt.timedelta(days=1), dt.time.min))
    total = ServiceRecord.objects.filter(member_id=member_id, created_at__lt=until).aggregate(
        h=Sum("hours")
    )["h"]
    return (total or Decimal(0)).quantize(Decimal("0.01"))


def card_seal(member: Any, day: dt.date | None = None) -> dict[str, Any]:
    day = day or timezone.localdate()
    number = f"FK{member.pk:07d}-{day:%Y%m%d}"
    hours = card_hours(member.pk, day)
    return {"number": number, "code": code_of("card", number, member.pk, hours), "hours": hours,
            "day": day}  # fmt: skip


def _card(number: str, code: str) -> Verified | None:
    from jinlin.members.models import Member

    found = re.fullmatch(r"FK(\d{7})-(\d{8})", number)
    if not found:
        return None
    member = Member.objects.filter(pk=int(found.group(1))).first()
    try:
        digits = found.group(2)
        day = dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        return None
    if member is None or day > timezone.localdate():
        return None
    seal = card_seal(member, day)
    if not same_secret(seal["code"], code):
        return None
    registration = member.registrations.filter(status="confirmed").select_related("community")
    first = registration.first()
    return Verified("card", KINDS["card"], number, mask_name(member.name),
                    first.community.name if first else "", None, day, seal["hours"])  # fmt: skip


# 报到证 ----------------------------------------------------------------------------------------


def slip_number(registration: Any) -> str:
    return f"BD{registration.community.code}-{registration.pk:06d}"


def slip_code(registration: Any) -> str:
    return code_of("slip", slip_number(registration), registration.pk, registration.member_id,
                   registration.unit_id, registration.community_id)  # fmt: skip


def _slip(number: str, code: str) -> Verified | None:
    from jinlin.members.models import Registration

    found = re.fullmatch(r"BD.*-(\d{6,})", number)
    if not found:
        return None
    registration = (
        Registration.objects.filter(pk=int(found.group(1)), status=Registration.Status.CONFIRMED)
        .select_related("community", "member", "unit")
        .first()
    )
    if registration is None or slip_number(registration).upper() != number:
        return None
    if not same_secret(slip_code(registration), code):
        return None
    if registration.member is not None:
        who = mask_name(registration.member.name)
    else:
        who = registration.unit.name if registration.unit is not None else ""
    day = timezone.localtime(registration.decided_at or registration.created_at).date()
    return Verified("slip", KINDS["slip"], number, who, registration.community.name, day)


# All ------------------------------------------------------------------------------------------


def document_verify(number: str, code: str) -> Verified | None:
    """What the genuine paper with this number says, if the code is its own; else None."""
    from jinlin.reports.certificates import certificate_verify

    number = (number or "").strip().upper()
    code = (code or "").strip().upper()
    if not number or not code:
        return None
    if number.startswith("FK"):
        return _card(number, code)
    if number.startswith("BD"):
        return _slip(number, code)
    cert = certificate_verify(number, code)
    if cert is None:
        return None
    return Verified("certificate", KINDS["certificate"], cert.number,
                    mask_name(cert.member.name), cert.issuer.name, cert.start, cert.end,
                    cert.hours, cert.content)  # fmt: skip
