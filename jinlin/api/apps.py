from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    verbose_name = _("API tokens")
    name = "jinlin.api"
    label = "api"

    def ready(self) -> None:
        from jinlin.api import signals  # noqa: F401  (keeps the token cache true)
        from jinlin.api.security import TOKEN
        from jinlin.core import dbfunctions

        dbfunctions.register(TOKEN)  # a cold token's read, written by ``migrate``
        from jinlin.core.urlconverters import register_object_kind

        register_object_kind("token", "api.ApiToken", organizations=(), user="user")

        import datetime as dt

        from jinlin.core.schedule import Job, scheduled

        def forget(now: dt.datetime) -> str:
            from jinlin.api.idempotency import forget_old

            return f"{forget_old(now)} keys let go"

        scheduled(Job("idempotency_keys", forget, at=dt.time(4, 30)))
