from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    verbose_name = _("Reports")
    name = "jinlin.reports"
    label = "reports"

    def ready(self) -> None:
        from jinlin.reports.media import register_uploads

        register_uploads()

        from jinlin.core.worklist import register
        from jinlin.reports.applications import waiting

        register(waiting)

        from jinlin.core.jobs import on_lost
        from jinlin.core.urlconverters import UUID_REGEX, register_object_kind
        from jinlin.reports.exports import export_lost

        on_lost("jinlin.reports.tasks.export_job", export_lost)
        register_object_kind(
            "export", "reports.Export", organizations=("organization",), regex=UUID_REGEX
        )
        register_object_kind(
            "rating_rule", "reports.RatingRule", organizations=("organization",), above=True,
            below=True,
        )  # fmt: skip
        register_object_kind(
            "certificate", "reports.Certificate", organizations=("issuer",), member="member",
            field="number", regex=r"JL\d{4,20}",
        )  # fmt: skip

        import datetime as dt

        from jinlin.core.schedule import Job, scheduled

        def quarterly(now: dt.datetime) -> str:
            from django.utils import timezone

            from jinlin.reports.services import feedback_quarter_due

            return f"{feedback_quarter_due(timezone.localdate(now))} sheets"

        scheduled(Job("quarterly_feedback", quarterly, at=dt.time(2, 0)))

        from jinlin.core.health import register_gauge

        def exports_waiting() -> list[tuple[str, float]]:
            from jinlin.reports.models import Export

            busy = [Export.Status.QUEUED, Export.Status.RUNNING]
            return [("", Export.objects.filter(status__in=busy).count())]

        register_gauge("jinlin_exports_waiting", "台账 and briefings queued or being made.",
                       exports_waiting)  # fmt: skip
