from __future__ import annotations

import datetime as dt
from typing import Any

from django.utils import timezone

from jinlin.oversight import services


def problem(
    cast: Any,
    *,
    org: Any = None,
    deadline: dt.date | None = None,
    source: str = "round",
    title: str = "楼道堆放杂物",
) -> Any:
    return services.problem_create(
        organization=org or cast.community,
        title=title,
        source=source,
        severity="high",
        deadline=deadline or timezone.localdate() + dt.timedelta(days=7),
        by=cast.supervisor if source == "round" else cast.community_admin,
    )


def round_for(cast: Any) -> Any:
    return services.round_create(
        organization=cast.district,
        date=timezone.localdate(),
        title="周末联合督导",
        group=[cast.supervisor],
        places=[cast.community],
        by=cast.supervisor,
    )
