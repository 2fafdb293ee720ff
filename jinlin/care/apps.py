from django.apps import AppConfig


class CareConfig(AppConfig):
    name = "jinlin.care"
    label = "care"
