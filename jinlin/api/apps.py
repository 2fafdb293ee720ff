from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    verbose_name = _("API tokens")
    name = "jinlin.api"
    label = "api"

    def ready(self) -> None:
        from jinlin.core.urlconverters import register_object_kind

        register_object_kind("token", "api.ApiToken", organizations=(), user="user")
