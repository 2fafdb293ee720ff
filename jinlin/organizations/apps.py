from django.apps import AppConfig


class OrganizationsConfig(AppConfig):
    name = "jinlin.organizations"
    label = "organizations"

    def ready(self) -> None:
        from jinlin.core.urlconverters import register_object_kind

        register_object_kind("org", "organizations.Organization", organizations=("",))
        register_object_kind(
            "partnership", "organizations.Partnership", organizations=("community", "unit")
        )
