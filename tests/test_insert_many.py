"""``core.sql.insert_many``: the roster import's writer on SQLite. Rows get the keys it says,
the fields they do not name take their defaults exactly as ``save()`` gives them, and a field
the model lacks is refused before anything is written."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import transaction
from django.utils import timezone

from jinlin.core.sql import insert_many
from jinlin.members.models import Member, Registration

pytestmark = pytest.mark.django_db


def test_rows_get_their_keys_and_the_defaults(cast):
    from django.db import connection

    if connection.vendor != "sqlite":  # the PostgreSQL run: refused, the ORM is the way there
        with pytest.raises(NotImplementedError):
            insert_many(Member, [{"name": "甲"}])
        return
    before = Member.objects.count()
    at = timezone.now() - dt.timedelta(days=1)
    with transaction.atomic():
        keys = insert_many(Member, [
            {"name": "甲", "phone": "13900000001", "branch_id": cast.branch.pk, "created_at": at},
            {"name": "乙", "phone": "13900000002", "community_id": cast.community.pk},
        ])  # fmt: skip
        insert_many(Registration, [
            {"kind": "member", "member_id": keys[0], "community_id": cast.community.pk,
             "status": "confirmed"},
        ])  # fmt: skip
    assert Member.objects.count() == before + 2 and keys[1] == keys[0] + 1
    first, second = Member.objects.get(pk=keys[0]), Member.objects.get(pk=keys[1])
    assert (first.name, first.phone, first.branch_id) == ("甲", "13900000001", cast.branch.pk)
    assert first.created_at == at and second.created_at > at  # given, or the default (now)
    saved = Member.objects.create(name="丙", community=cast.community)  # as save() gives it
    for field in ("skills", "sms_reminders", "elder_mode", "is_party_member", "in_service",
                  "gender", "id_number", "user_id"):  # fmt: skip
        assert getattr(second, field) == getattr(saved, field), field
    registration = Registration.objects.get(member_id=keys[0])
    assert registration.status == "confirmed" and registration.created_at is not None
    assert Member.objects.filter(pk__gt=saved.pk).count() == 0  # keys continue after them


def test_an_unknown_field_is_refused_and_nothing_written(cast):
    from django.db import connection

    before = Member.objects.count()
    with pytest.raises(ValueError if connection.vendor == "sqlite" else NotImplementedError):
        insert_many(Member, [{"name": "丁", "nickname": "x"}])
    assert Member.objects.count() == before
