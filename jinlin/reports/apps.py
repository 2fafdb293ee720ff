from django.apps import AppConfig


class ReportsConfig(AppConfig):
    name = "jinlin.reports"
    label = "reports"
