from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "jinlin.demo"
    label = "demo"
