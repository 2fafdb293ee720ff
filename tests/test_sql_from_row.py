"""``core.sql.from_row`` and ``hot_cursor``: a hand-written statement's row becomes the model
instance the ORM would have made (dates, booleans and decimals converted on either database),
and columns out of the model's order are refused rather than put in the wrong fields."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model

from jinlin.core.sql import from_row, hot_cursor

pytestmark = pytest.mark.django_db


def test_a_row_becomes_the_instance_the_orm_makes(cast):
    user_model = get_user_model()
    names = ("id", "password", "last_login", "is_superuser", "username", "date_joined")
    with hot_cursor() as cursor:
        cursor.execute(
            "SELECT id, password, last_login, is_superuser, username, date_joined "
            "FROM auth_user WHERE id = %s",
            [cast.member.user_id],
        )
        row = cursor.fetchone()
    made = from_row(user_model, names, row)
    orm = user_model.objects.get(pk=cast.member.user_id)
    assert (made.pk, made.password, made.username) == (orm.pk, orm.password, orm.username)
    assert made.date_joined == orm.date_joined and made.date_joined.tzinfo is not None
    assert made.is_superuser is False and made.last_login == orm.last_login
    assert made.get_deferred_fields() == {"first_name", "last_name", "email", "is_staff",
                                          "is_active"}  # fmt: skip


def test_columns_out_of_the_models_order_are_refused(cast):
    with pytest.raises(ValueError, match="order"):
        from_row(get_user_model(), ("username", "id"), ("someone", 1))


@pytest.mark.filterwarnings("ignore:DateTimeField .* received a naive datetime:RuntimeWarning")
def test_insert_parts_sends_what_save_would(cast):
    """Plain values of plain fields are sent as they are; every value equals what Django's
    ``get_db_prep_save`` gives (a credit's row, a notice with JSON, a claim with choices)."""
    import datetime as dt
    from decimal import Decimal

    from django.db import connection
    from django.utils import timezone

    from jinlin.core.sql import insert_parts
    from jinlin.needs.models import Claim
    from jinlin.notifications.models import Notification
    from jinlin.service.models import ServiceRecord

    now = timezone.now()
    rows = [
        ServiceRecord(chain=3, seq=7, member_id=cast.member.pk, kind="credit", source="need",
                      hours=Decimal("1.50"), points=Decimal("15.00"), activity_name="清理",
                      activity_date=dt.date(2026, 12, 5), place="岑东", served="岑东社区",
                      content="洁净家园", lead="张", recorder="张", created_at=now,
                      prev_hash="0" * 64, hash="f" * 64, key_id="k1"),
        Notification(user_id=cast.member.user_id, kind="credited", message="m",
                     params={"hours": "1.5"}, url="/me/hours/"),
        Claim(need_id=1, member_id=cast.member.pk, status=Claim.Status.CONFIRMED,
              created_at=now, confirmed_at=now),
        # A naive time is not sent as it is: Django makes it aware in the site's zone.
        Claim(need_id=1, member_id=cast.member.pk, status=Claim.Status.CONFIRMED,
              created_at=dt.datetime(2026, 12, 5, 9, 30), confirmed_at=None),  # noqa: DTZ001
    ]  # fmt: skip
    for row in rows:
        _statement, values = insert_parts(row)
        fields = [f for f in type(row)._meta.concrete_fields if not f.primary_key]
        expected = [f.get_db_prep_save(f.pre_save(row, True), connection) for f in fields]
        assert len(values) == len(expected)
        for field, value, wanted in zip(fields, values, expected, strict=True):
            assert type(value) is type(wanted), field.name
            assert str(value) == str(wanted), field.name
