"""People's rights over their data (个人信息保护法): everything Jinlin holds about a person,
handed to them (art. 45), and their account ended on request (art. 47).

Ending an account anonymises the person — name, phone, ID number, gender, photos — ends
sign-in and every token, withdraws their registrations and gives up their future places,
while the service ledger keeps its rows and totals under the volunteer number (the rows name
the member by id, so the chain still verifies).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy

from jinlin.core.errors import InvalidInput, NotAllowed
from jinlin.members import access
from jinlin.members.models import Member, Registration


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return timezone.localtime(value).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


def _rows(queryset: Any, fields: list[str]) -> list[dict[str, Any]]:
    return [{k: _plain(v) for k, v in row.items()} for row in queryset.values(*fields)]


RECORD_FIELDS = ["chain", "seq", "kind", "activity_name", "activity_date", "place", "content",
                 "hours", "recorder", "reason", "created_at"]  # fmt: skip


def member_data(member: Member) -> dict[str, Any]:
    """Everything held about the member, by kind: profile, registrations, claims, service
    records, certificates, disputes, notifications, consents."""
    from jinlin.audit.services import audit

    audit("personal_data_read", f"my data {member.volunteer_no}")
    from jinlin.members.models import FileEntry
    from jinlin.needs.models import Claim
    from jinlin.notifications.models import Notification
    from jinlin.reports.models import Certificate, CertificateApplication
    from jinlin.service.models import Dispute, ServiceRecord

    profile = {
        "volunteer_no": member.volunteer_no,
        "name": member.name,
        "gender": member.get_gender_display(),
        "phone": member.phone or "",
        "id_number": member.id_number or "",
        "party_member": member.is_party_member,
        "in_service": member.in_service,
        "branch": member.branch.name if member.branch else "",
        "community": member.community.name if member.community else "",
        "skills": member.skills,
        "sms_reminders": member.sms_reminders,
        "elder_mode": member.elder_mode,
        "username": member.user.get_username() if member.user else "",
        "created_at": _plain(member.created_at),
    }
    return {
        "profile": profile,
        "registrations": _rows(
            Registration.objects.filter(member=member).order_by("created_at"),
            ["id", "community__name", "status", "created_at", "decided_at"],
        ),
        "claims": _rows(
            Claim.objects.filter(member=member).order_by("created_at"),
            ["id", "need__title", "need__starts_at", "status", "created_at"],
        ),
        "service_records": _rows(
            ServiceRecord.objects.filter(member=member).order_by("id"),
            RECORD_FIELDS,
        ),
        "certificates": _rows(
            Certificate.objects.filter(member=member).order_by("issued_at"),
            ["number", "issuer__name", "start", "end", "hours", "issued_at"],
        ),
        "disputes": _rows(
            Dispute.objects.filter(member=member).order_by("created_at"),
            ["id", "date", "reason", "hours", "status", "answer", "created_at"],
        ),
        "notifications": [
            # As held (the message in the site's source language, its values apart) and as
            # read (``text``: in the reader's language, its values in place).
            {**row, "text": Notification(message=row["message"], params=row["params"]).text}
            for row in _rows(
                Notification.objects.filter(user_id=member.user_id).order_by("created_at")
                if member.user_id
                else Notification.objects.none(),
                ["kind", "message", "params", "created_at", "read_at"],
            )
        ],
        "consents": consents_of(member),
        "certificate_applications": _rows(
            CertificateApplication.objects.filter(member=member).order_by("applied_at"),
            APPLICATION_FIELDS,
        ),
        "file_entries": _rows(
            FileEntry.objects.filter(member=member).order_by("date"),
            FILE_FIELDS,
        ),
    }


def consents_of(member: Member) -> list[dict[str, Any]]:
    from jinlin.members.models import Consent

    return _rows(
        Consent.objects.filter(member=member).order_by("given_at"),
        ["purpose", "notice_version", "given_at", "withdrawn_at"],
    )


APPLICATION_FIELDS = ["issuer__name", "start", "end", "purpose", "status", "reason",
                      "applied_at", "decided_at"]  # fmt: skip
FILE_FIELDS = ["kind", "title", "by_whom", "date", "hours", "handling", "handled_at",
               "organization__name", "recorded_at"]  # fmt: skip

# The workbook's sheets, in the reader's language (the Chinese as clerks name them).
SECTION_TITLES = {
    "registrations": pgettext_lazy("sheet", "Registrations"),
    "claims": pgettext_lazy("sheet", "Claims"),
    "service_records": pgettext_lazy("sheet", "Service records"),
    "certificates": pgettext_lazy("sheet", "Volunteer service certificates"),
    "disputes": pgettext_lazy("sheet", "Disputes"),
    "notifications": pgettext_lazy("sheet", "Notices"),
    "consents": pgettext_lazy("sheet", "Consents"),
    "certificate_applications": pgettext_lazy("sheet", "Certificate applications"),
    "file_entries": pgettext_lazy("sheet", "Volunteer file"),
}


def member_data_xlsx(member: Member) -> bytes:
    """The same, as a workbook: a sheet per kind."""
    from jinlin.audit.services import audit
    from jinlin.core import xlsx

    audit("export_download", f"my data {member.volunteer_no}")
    data = member_data(member)
    book = xlsx.Book()
    sheet = book.sheet(_("Profile"), title=_("What Jinlin holds about %(name)s") %
                       {"name": member.name}, header=[_("Item"), _("Value")], widths=[18, 40],
                       landscape=False)  # fmt: skip
    for key, value in data["profile"].items():
        label, field = _column(Member, key)
        sheet.append([label, _cell(field, value)])
    for key, lazy_title in SECTION_TITLES.items():
        title = str(lazy_title)
        rows = data[key]
        model = apps.get_model(SECTION_MODELS[key])
        columns = [_column(model, name) for name in rows[0]] if rows else []
        sheet = book.sheet(title, title=title,
                           header=[label for label, _f in columns] or ["—"])  # fmt: skip
        for row in rows:
            cells = zip(columns, row.values(), strict=True)
            sheet.append([_cell(field, value) for (_label, field), value in cells])
    return book.to_bytes()


# The workbook is read by the person, not a program: each column named as the pages name it
# (the field's own name, in the reader's language), codes as their labels, times as a clerk
# writes them. The JSON of ``GET /api/v1/me/data`` keeps the codes and ISO times.
SECTION_MODELS = {
    "registrations": "members.Registration", "claims": "needs.Claim",
    "service_records": "service.ServiceRecord", "certificates": "reports.Certificate",
    "disputes": "service.Dispute", "notifications": "notifications.Notification",
    "consents": "members.Consent", "certificate_applications": "reports.CertificateApplication",
    "file_entries": "members.FileEntry",
}  # fmt: skip
# Columns that are no field of their model, or a field without a name of its own.
OTHER_COLUMNS = {
    "text": gettext_lazy("Notice"), "username": gettext_lazy("username"),
    "volunteer_no": gettext_lazy("Volunteer number"), "party_member": gettext_lazy("Party member"),
    "chain": gettext_lazy("Ledger chain"), "seq": gettext_lazy("Number in its chain"),
    "kind": gettext_lazy("Kind"), "message": gettext_lazy("Message as held"),
    "params": gettext_lazy("Values of the message"), "created_at": gettext_lazy("When"),
    "read_at": gettext_lazy("Read at"),
}  # fmt: skip


def _column(model: Any, key: str) -> tuple[str, Any]:
    """A column's heading and the field its values come from (None when it is no field)."""
    from django.core.exceptions import FieldDoesNotExist

    first, *rest = key.split("__")
    try:
        field = model._meta.get_field(first)
    except FieldDoesNotExist:
        return str(OTHER_COLUMNS.get(key, key)), None
    if not rest:
        named = getattr(field, "verbose_name", key)
        if named == first.replace("_", " "):  # Django's default: the field has no name
            named = OTHER_COLUMNS.get(key, key)
        return str(named), field
    target = field.related_model._meta.get_field(rest[-1])
    if rest[-1] in ("name", "title"):  # the community's name is the community
        return str(field.verbose_name), target
    return f"{field.verbose_name}·{target.verbose_name}", target


def _cell(field: Any, value: Any) -> Any:
    """A value as the person reads it."""
    import json

    from django.db import models

    if value is None:
        return ""
    if field is not None and getattr(field, "flatchoices", None):
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(field, models.DateTimeField) and isinstance(value, str):
        return dt.datetime.fromisoformat(value).strftime("%Y-%m-%d %H:%M")
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return value


def member_erase(*, member: Member, by: Any, password: str | None = None) -> Member:
    """End the account and anonymise the person. The person themself confirms with their
    password; a community admin who manages them may do it on the person's request."""
    from jinlin.api.models import ApiToken
    from jinlin.needs.models import Claim
    from jinlin.needs.services import claim_cancel
    from jinlin.notifications.models import Notification

    own = member.user_id is not None and by is not None and by.pk == member.user_id
    if own:
        if not password or not member.user or not member.user.check_password(password):
            raise InvalidInput(_("Your password is not right."),
                               fields={"password": _("Not right.")})  # fmt: skip
    elif not access.scope_of(by).holds(access.Role.COMMUNITY_ADMIN, member.community_id or 0):
        raise NotAllowed(_("Only the person, or their community's admins on request, end an "
                           "account."))  # fmt: skip
    now = timezone.now()
    for claim in Claim.objects.filter(
        member=member, status__in=Claim.ACTIVE, need__starts_at__gt=now
    ).select_related("need"):
        claim_cancel(claim=claim)
    with transaction.atomic():
        Registration.objects.filter(member=member, status__in=Registration.ACTIVE).update(
            status=Registration.Status.WITHDRAWN
        )
        user = member.user
        if user is not None:
            ApiToken.objects.filter(user=user).delete()
            Notification.objects.filter(user=user).delete()
            user.username = f"deleted-{member.pk}"
            user.first_name = user.last_name = user.email = ""
            user.is_active = False
            user.set_unusable_password()
            user.save()
            from django.contrib.sessions.models import Session

            for session in Session.objects.filter(expire_date__gt=now):
                if session.get_decoded().get("_auth_user_id") == str(user.pk):
                    session.delete()
        _erase_photos(member)
        Member.objects.filter(pk=member.pk).update(
            name=_("Deleted %(no)s") % {"no": member.volunteer_no},
            phone=None, id_number=None, gender="", skills=[], sms_reminders=False,
        )  # fmt: skip
    from jinlin.audit.services import audit

    audit("account_delete", f"{member.volunteer_no}" + ("" if own else " (by the community)"))
    member.refresh_from_db()
    return member


def _erase_photos(member: Member) -> None:
    """Photos of the person's own work and visits (a supervisor's findings are not theirs)."""
    from jinlin.care.models import Visit
    from jinlin.service.models import Attendance, ServiceReport

    for model, lookup, field in (
        (Attendance, "claim__member", "photo"),
        (ServiceReport, "member", "photo"),
        (Visit, "pairing__member", "photo"),
    ):
        for row in model.objects.filter(**{lookup: member}).exclude(**{field: ""}):
            getattr(row, field).delete(save=False)
            model.objects.filter(pk=row.pk).update(**{field: ""})


User = get_user_model()


def consent_give(*, member: Member, purpose: str) -> Any:
    """Consent to a purpose under the current notice (a standing one is kept)."""
    from django.conf import settings

    from jinlin.members.models import Consent

    if purpose not in Consent.Purpose.values:
        raise InvalidInput(_("Not a purpose."), fields={"purpose": _("Not a choice.")})
    standing = Consent.objects.filter(member=member, purpose=purpose, withdrawn_at__isnull=True)
    current = standing.filter(notice_version=settings.PRIVACY_NOTICE_VERSION).first()
    if current is not None:
        return current
    with transaction.atomic():
        standing.update(withdrawn_at=timezone.now())  # consent to an older notice ends
        return Consent.objects.create(
            member=member, purpose=purpose, notice_version=settings.PRIVACY_NOTICE_VERSION
        )


def consent_withdraw(*, member: Member, purpose: str) -> int:
    """Withdraw a consent; withdrawing the one to keep the ID number removes the number."""
    from jinlin.members.models import Consent

    if purpose not in Consent.Purpose.values:
        raise InvalidInput(_("Not a purpose."), fields={"purpose": _("Not a choice.")})
    with transaction.atomic():
        done = Consent.objects.filter(
            member=member, purpose=purpose, withdrawn_at__isnull=True
        ).update(withdrawn_at=timezone.now())
        if purpose == Consent.Purpose.ID_NUMBER:
            Member.objects.filter(pk=member.pk).update(id_number=None)
    return done


def has_consented(member: Member, purpose: str) -> bool:
    from django.conf import settings

    from jinlin.members.models import Consent

    return Consent.objects.filter(
        member=member, purpose=purpose, withdrawn_at__isnull=True,
        notice_version=settings.PRIVACY_NOTICE_VERSION,
    ).exists()  # fmt: skip
