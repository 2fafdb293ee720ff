"""`?page=N&page_size=M` → `{"count": n, "results": [...]}`, as API.md fixes it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.db.models import QuerySet
from django.utils.translation import gettext as _

from jinlin.core.errors import InvalidInput

MAX_PAGE_SIZE = 200


def page_of(
    queryset: QuerySet[Any],
    *,
    page: int,
    page_size: int,
    serialize: Callable[[Any], dict[str, Any]],
) -> dict[str, Any]:
    if page < 1:
        raise InvalidInput(_("Pages start at 1."), fields={"page": _("At least 1.")})
    if not 1 <= page_size <= MAX_PAGE_SIZE:
        raise InvalidInput(
            _("page_size is between 1 and %(max)d.") % {"max": MAX_PAGE_SIZE},
            fields={"page_size": _("Between 1 and %(max)d.") % {"max": MAX_PAGE_SIZE}},
        )
    start = (page - 1) * page_size
    count = queryset.count()
    rows = list(queryset[start : start + page_size]) if start < count else []
    return {"count": count, "results": [serialize(row) for row in rows]}
