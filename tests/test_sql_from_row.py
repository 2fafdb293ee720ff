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
