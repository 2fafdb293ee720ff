"""Keeping personal data no longer than its purpose needs (个人信息保护法 art. 19): a daily job
removes what has served its time. Each period is a setting; README lists them.

- household access logs (who opened a household's full record) after ``RETAIN_ACCESS_LOG_DAYS``;
- residents' one-time phone codes after ``RETAIN_PHONE_CODE_DAYS``;
- uploaded roster files after ``RETAIN_ROSTER_FILE_DAYS`` (the import's result stays);
- photos of acceptance, service reports, visits, residents' requests and fulfilled wishes after
  ``RETAIN_PHOTO_DAYS`` (the records stay, without their photo). A supervisor's finding keeps
  its photos: they are the evidence of a rectification, kept as the supervision record is.

The service ledger is never touched: it is the volunteer's record, kept as 民政部令第67号 asks.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from django.conf import settings
from django.utils import timezone

# (app.Model, photo field, the date that starts its clock)
PHOTOS = [
    ("service.Attendance", "photo", "decided_at"),
    ("service.ServiceReport", "photo", "decided_at"),
    ("care.Visit", "photo", "created_at"),
    ("residents.ResidentRequest", "photo", "created_at"),
    ("residents.Wish", "fulfilled_photo", "fulfilled_at"),
]


def retention_run(now: dt.datetime | None = None) -> dict[str, int]:
    from django.apps import apps

    from jinlin.care.models import HouseholdAccess
    from jinlin.residents.models import PhoneCode
    from jinlin.roster.models import ImportJob

    now = now or timezone.now()

    def before(days: int) -> dt.datetime:
        return now - dt.timedelta(days=days)

    done = {
        "access_logs": HouseholdAccess.objects.filter(
            at__lt=before(settings.RETAIN_ACCESS_LOG_DAYS)
        ).delete()[0],
        "phone_codes": PhoneCode.objects.filter(
            created_at__lt=before(settings.RETAIN_PHONE_CODE_DAYS)
        ).delete()[0],
    }
    rosters = 0
    for job in ImportJob.objects.filter(
        created_at__lt=before(settings.RETAIN_ROSTER_FILE_DAYS)
    ).exclude(stored_path=""):
        Path(job.stored_path).unlink(missing_ok=True)
        ImportJob.objects.filter(pk=job.pk).update(stored_path="")
        rosters += 1
    done["roster_files"] = rosters
    photos = 0
    for label, field, clock in PHOTOS:
        model = apps.get_model(label)
        old = model.objects.filter(**{f"{clock}__lt": before(settings.RETAIN_PHOTO_DAYS)}).exclude(
            **{field: ""}
        )
        for row in old.only("pk", field):
            getattr(row, field).delete(save=False)
            model.objects.filter(pk=row.pk).update(**{field: ""})
            photos += 1
    done["photos"] = photos
    return done
