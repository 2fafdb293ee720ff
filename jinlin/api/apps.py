from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "jinlin.api"
    label = "api"
