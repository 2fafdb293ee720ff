"""Retention (#19 §2, 个人信息保护法 art. 19): the daily job removes household access logs,
one-time codes, uploaded roster files and old photos after their configured periods; the
records and the ledger stay."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from jinlin.core.schedule import jobs
from jinlin.residents import services as resident_services
from jinlin.residents.models import PhoneCode
from jinlin.roster.models import ImportJob
from jinlin.roster.services import job_create
from jinlin.service.models import Attendance, ServiceRecord
from tests.test_media import _accepted_with_photo, _jpeg_with_gps

pytestmark = pytest.mark.django_db


def test_what_served_its_time_is_removed_and_the_record_stays(cast, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    attendance = _accepted_with_photo(cast, SimpleUploadedFile("a.jpg", _jpeg_with_gps()))
    photo = attendance.photo.path
    resident_services.phone_code_send(phone="13611112222")
    files = Path(__file__).resolve().parent / "files"
    job = job_create(upload=SimpleUploadedFile("r.xlsx", (files / "clerk_title_row.xlsx")
                                               .read_bytes()), by=cast.district_admin,
                     language="zh-hans")  # fmt: skip
    roster = ImportJob.objects.get(pk=job.pk).stored_path
    long_ago = timezone.now() - dt.timedelta(days=800)
    Attendance.objects.filter(pk=attendance.pk).update(decided_at=long_ago)
    PhoneCode.objects.update(created_at=long_ago)
    ImportJob.objects.update(created_at=long_ago)
    records = ServiceRecord.objects.count()
    jobs()["retention"].run(timezone.now())
    attendance.refresh_from_db()
    assert not attendance.photo and not os.path.exists(photo)
    assert not PhoneCode.objects.exists()
    assert ImportJob.objects.get(pk=job.pk).stored_path == ""
    assert not os.path.exists(roster)
    assert ServiceRecord.objects.count() == records  # the ledger is never touched


def test_what_is_recent_stays(cast, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    attendance = _accepted_with_photo(cast, SimpleUploadedFile("a.jpg", _jpeg_with_gps()))
    resident_services.phone_code_send(phone="13611112222")
    jobs()["retention"].run(timezone.now())
    attendance.refresh_from_db()
    assert attendance.photo and PhoneCode.objects.exists()
