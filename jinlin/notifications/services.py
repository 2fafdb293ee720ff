"""Sending notices to people's bells.

Callers pass an English message marked with ``gettext_noop`` and its parameters; the text is
translated when shown, so each reader sees it in their own language.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.db.models import QuerySet
from django.utils import timezone

from jinlin.core.sql import insert_row
from jinlin.notifications.models import Notification


def notify(
    *,
    user_ids: Iterable[int | None],
    kind: str,
    message: str,
    params: dict[str, Any] | None = None,
    url: str = "",
) -> int:
    """Queue one notice per user (None entries, people without accounts, are skipped)."""
    rows = [
        Notification(user_id=user_id, kind=kind, message=message, params=params or {}, url=url)
        for user_id in dict.fromkeys(user_ids)
        if user_id is not None
    ]
    if len(rows) == 1:  # the common case, on every claim and credit: fixed SQL
        insert_row(rows[0])
    else:
        Notification.objects.bulk_create(rows)
    return len(rows)


def notifications_mark_read(*, user: Any, ids: list[int] | None = None) -> int:
    rows: QuerySet[Notification] = Notification.objects.filter(user=user, read_at__isnull=True)
    if ids is not None:
        rows = rows.filter(pk__in=ids)
    return rows.update(read_at=timezone.now())


def unread_count(user: Any) -> int:
    if not user.is_authenticated:
        return 0
    return Notification.objects.filter(user=user, read_at__isnull=True).count()
