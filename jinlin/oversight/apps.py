from django.apps import AppConfig


class OversightConfig(AppConfig):
    name = "jinlin.oversight"
    label = "oversight"
