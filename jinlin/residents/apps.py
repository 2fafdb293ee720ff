from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ResidentsConfig(AppConfig):
    verbose_name = _("Residents requests and wishes")
    name = "jinlin.residents"
    label = "residents"

    def ready(self) -> None:
        from jinlin.core.urlconverters import register_choice, register_object_kind

        register_object_kind("request", "residents.ResidentRequest", organizations=("community",))
        register_object_kind(
            "tracking_token",
            "residents.ResidentRequest",
            organizations=("community",),
            field="tracking_token",
            regex="[A-Za-z0-9_-]{8,64}",
            capability=True,
        )
        register_object_kind("wish", "residents.Wish", organizations=("community",))
        register_choice("wish_action", "claim", "fulfil", "confirm", "withdraw")

        from jinlin.core.worklist import register
        from jinlin.residents import work

        register(work.waiting)

        from jinlin.residents.media import register_uploads

        register_uploads()
