from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "jinlin.core"
    label = "core"
    default = True

    def ready(self) -> None:
        from jinlin.core import checks  # noqa: F401  (registers the deployment checks)
