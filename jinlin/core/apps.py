from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps


class CoreConfig(AppConfig):
    name = "jinlin.core"
    label = "core"
    default = True


class JinlinAdminConfig(admin_apps.AdminConfig):
    default = False
    default_site = "jinlin.core.admin_site.JinlinAdminSite"
