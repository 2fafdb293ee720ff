from django.apps import AppConfig


class OrganizationsConfig(AppConfig):
    name = "jinlin.organizations"
    label = "organizations"
