from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OversightConfig(AppConfig):
    verbose_name = _("Supervision and rectification")
    name = "jinlin.oversight"
    label = "oversight"

    def ready(self) -> None:
        from jinlin.core.urlconverters import register_choice, register_object_kind

        register_object_kind("problem", "oversight.Problem", organizations=("organization",))
        register_object_kind("round", "oversight.Round", organizations=("organization", "places"))
        register_choice(
            "problem_action", "start", "submit", "verify", "reopen", "close-unfixed", "measure"
        )
        register_choice("article_format", "html", "md")

        from jinlin.core.worklist import register
        from jinlin.oversight import work

        register(work.waiting)

        from jinlin.oversight.media import register_uploads

        register_uploads()

        import datetime as dt

        from jinlin.core.schedule import Job, scheduled

        def escalate(now: dt.datetime) -> str:
            from jinlin.oversight.services import problems_escalate

            return f"{problems_escalate()} escalated"

        scheduled(Job("escalate_overdue", escalate, at=dt.time(6, 0)))
