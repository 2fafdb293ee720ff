from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NeedsConfig(AppConfig):
    verbose_name = _("Needs and claims")
    name = "jinlin.needs"
    label = "needs"

    def ready(self) -> None:
        from jinlin.core.urlconverters import register_object_kind

        register_object_kind("need", "needs.Need", organizations=("community", "unit"))
        register_object_kind(
            "claim", "needs.Claim", organizations=("need__community",), member="member"
        )
        register_object_kind(
            "calendar_secret",
            "needs.CalendarFeed",
            organizations=("member__community",),
            member="member",
            field="secret",
            regex="[A-Za-z0-9_-]{20,64}",
            capability=True,
        )

        from jinlin.core.outcomes import register_outcomes
        from jinlin.needs.models import METRICS

        register_outcomes(METRICS)

        import datetime as dt

        from jinlin.core.schedule import Job, scheduled

        def close_ended(now: dt.datetime) -> str:
            from jinlin.needs.services import needs_close_ended

            closed, absent = needs_close_ended()
            return f"{closed} closed, {absent} absent"

        scheduled(Job("close_ended_needs", close_ended, at=dt.time(3, 0)))

        from jinlin.core.worklist import register
        from jinlin.needs import work

        register(work.waiting)

        from jinlin.core import dbfunctions
        from jinlin.needs.fastpath import CLAIMING, CLAIMING_MANY

        dbfunctions.register(CLAIMING)  # the claim's database function, written by migrate
        dbfunctions.register(CLAIMING_MANY)  # claims in batches: calls CLAIMING
