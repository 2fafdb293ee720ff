from django.apps import AppConfig


class ResidentsConfig(AppConfig):
    name = "jinlin.residents"
    label = "residents"
