from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CareConfig(AppConfig):
    verbose_name = _("Care and service points")
    name = "jinlin.care"
    label = "care"

    def ready(self) -> None:
        from jinlin.core.urlconverters import register_object_kind

        register_object_kind(
            "community",
            "organizations.Organization",
            organizations=("",),
            limit={"kind": "community"},
        )
        register_object_kind("team", "care.Team", organizations=("organization",))
        register_object_kind(
            "entrance", "care.Entrance", organizations=("building__community",), member="captain"
        )
        register_object_kind(
            "household", "care.Household", organizations=("community",), member="pairings__member"
        )
        register_object_kind(
            "pairing", "care.Pairing", organizations=("household__community",), member="member"
        )
        register_object_kind(
            "visit",
            "care.Visit",
            organizations=("pairing__household__community",),
            member="pairing__member",
        )

        from jinlin.care import work
        from jinlin.core.worklist import register

        register(work.waiting)

        from jinlin.care.media import register_uploads

        register_uploads()

        from jinlin.care.importing import BUILDING_SHEET, HOUSEHOLD_SHEET, CarePart
        from jinlin.roster.parts import register_part
        from jinlin.roster.workbook import register_sheet

        register_sheet(BUILDING_SHEET)
        register_sheet(HOUSEHOLD_SHEET)
        register_part(CarePart())
