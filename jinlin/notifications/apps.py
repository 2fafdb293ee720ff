from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    name = "jinlin.notifications"
    label = "notifications"

    def ready(self) -> None:
        import datetime as dt

        from jinlin.core.schedule import Job, scheduled

        def remind(now: dt.datetime) -> dict[str, int]:
            from jinlin.notifications.reminders import reminders_send

            return reminders_send(now)

        scheduled(Job("reminders", remind, every=dt.timedelta(minutes=5)))
