from django.apps import AppConfig


class NeedsConfig(AppConfig):
    name = "jinlin.needs"
    label = "needs"
