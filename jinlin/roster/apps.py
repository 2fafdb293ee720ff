from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RosterConfig(AppConfig):
    verbose_name = _("Roster imports")
    name = "jinlin.roster"
    label = "roster"

    def ready(self) -> None:
        from jinlin.core.health import register_gauge

        def imports_waiting() -> list[tuple[str, float]]:
            from jinlin.roster.models import ImportJob

            busy = [ImportJob.Status.CHECKING, ImportJob.Status.IMPORTING]
            return [("", ImportJob.objects.filter(status__in=busy).count())]

        register_gauge("jinlin_imports_waiting", "Roster imports being checked or imported.",
                       imports_waiting)  # fmt: skip

        from jinlin.core.urlconverters import UUID_REGEX, register_object_kind

        register_object_kind(
            "import_job", "roster.ImportJob", organizations=(), user="created_by", regex=UUID_REGEX
        )

        from jinlin.roster.sheets import MEMBER_SHEET, ORG_SHEET
        from jinlin.roster.workbook import register_sheet

        register_sheet(ORG_SHEET)
        register_sheet(MEMBER_SHEET)

        from jinlin.core.jobs import on_lost
        from jinlin.roster.services import job_lost

        on_lost("jinlin.roster.tasks.roster_job", job_lost)
