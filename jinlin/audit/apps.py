from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AuditConfig(AppConfig):
    verbose_name = _("Audit log")
    name = "jinlin.audit"
    label = "audit"

    def ready(self) -> None:
        import datetime as dt

        from django.utils import timezone

        from jinlin.audit import signals  # noqa: F401  (sign-in, sign-out, failures)
        from jinlin.core.schedule import Job, scheduled

        def retention(now: dt.datetime) -> str:
            from jinlin.audit.retention import retention_run

            return ", ".join(f"{k} {v}" for k, v in retention_run(now).items())

        scheduled(Job("retention", retention, at=dt.time(4, 15)))

        from jinlin.core.health import register_gauge

        def failures() -> list[tuple[str, float]]:
            from jinlin.audit.models import AuditEvent

            since = timezone.now() - dt.timedelta(minutes=15)
            return [("", AuditEvent.objects.filter(action="sign_in_failed", at__gte=since).count())]

        register_gauge("jinlin_signin_failures_15m", "Failed sign-ins in the last 15 minutes.",
                       failures)  # fmt: skip
