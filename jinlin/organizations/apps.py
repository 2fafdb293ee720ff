from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrganizationsConfig(AppConfig):
    verbose_name = _("Organizations")
    name = "jinlin.organizations"
    label = "organizations"

    def ready(self) -> None:
        from jinlin.core.urlconverters import register_object_kind
        from jinlin.organizations.media import register_uploads

        register_uploads()

        register_object_kind("org", "organizations.Organization", organizations=("",))
        register_object_kind(
            "partnership", "organizations.Partnership", organizations=("community", "unit")
        )
