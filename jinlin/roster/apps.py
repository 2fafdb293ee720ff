from django.apps import AppConfig


class RosterConfig(AppConfig):
    name = "jinlin.roster"
    label = "roster"
