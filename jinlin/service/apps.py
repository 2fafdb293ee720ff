from django.apps import AppConfig


class ServiceConfig(AppConfig):
    name = "jinlin.service"
    label = "service"
