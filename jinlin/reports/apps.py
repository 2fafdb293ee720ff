from django.apps import AppConfig


class ReportsConfig(AppConfig):
    name = "jinlin.reports"
    label = "reports"

    def ready(self) -> None:
        from jinlin.reports.media import register_uploads

        register_uploads()
