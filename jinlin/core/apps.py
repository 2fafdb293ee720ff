from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop
from django_tasks_db.apps import TasksAppConfig


class CoreConfig(AppConfig):
    verbose_name = _("System")
    name = "jinlin.core"
    label = "core"
    default = True

    def ready(self) -> None:
        import datetime as dt

        from jinlin.core import checks  # noqa: F401  (registers the deployment checks)
        from jinlin.core.counters import remove_expired
        from jinlin.core.schedule import Job, scheduled

        scheduled(Job("expired_counts", lambda _now: remove_expired(), at=dt.time(4, 0)))

        from django.db.models.signals import post_migrate

        from jinlin.core import dbfunctions
        from jinlin.core.health import register_after_migrate

        # The hot paths' database functions (each app registers its own when ready).
        post_migrate.connect(dbfunctions.install, sender=self)
        register_after_migrate(dbfunctions.missing)


class TasksConfig(TasksAppConfig):
    """The queue's own app (django-tasks' database backend), named for the back office in the
    reader's language."""

    verbose_name = _("Background tasks")  # type: ignore[assignment]


# Words of the queue's own models that its package leaves untranslated, for our catalog.
THIRD_PARTY_WORDS = (gettext_noop("Task Result"), gettext_noop("Task Results"))
