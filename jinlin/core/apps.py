from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps


class CoreConfig(AppConfig):
    name = "jinlin.core"
    label = "core"
    default = True

    def ready(self) -> None:
        from jinlin.core import checks  # noqa: F401  (registers the deployment checks)


class JinlinAdminConfig(admin_apps.AdminConfig):
    default = False
    default_site = "jinlin.core.admin_site.JinlinAdminSite"
