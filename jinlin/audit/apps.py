from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AuditConfig(AppConfig):
    verbose_name = _("Audit log")
    name = "jinlin.audit"
    label = "audit"

    def ready(self) -> None:
        from jinlin.audit import signals  # noqa: F401  (sign-in, sign-out, failures)
