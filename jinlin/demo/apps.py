from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    verbose_name = _("Demo district")
    name = "jinlin.demo"
    label = "demo"
