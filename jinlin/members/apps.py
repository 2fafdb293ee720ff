from django.apps import AppConfig


class MembersConfig(AppConfig):
    name = "jinlin.members"
    label = "members"
