from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    verbose_name = _("Notifications")
    name = "jinlin.notifications"
    label = "notifications"

    def ready(self) -> None:
        import datetime as dt

        from jinlin.core.schedule import Job, scheduled

        def remind(now: dt.datetime) -> dict[str, int]:
            from jinlin.notifications.reminders import reminders_send

            return reminders_send(now)

        scheduled(Job("reminders", remind, every=dt.timedelta(minutes=5)))
