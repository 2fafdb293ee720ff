from django.apps import AppConfig


class ServiceConfig(AppConfig):
    name = "jinlin.service"
    label = "service"

    def ready(self) -> None:
        from jinlin.core.urlconverters import register_choice, register_object_kind

        register_object_kind(
            "report", "service.ServiceReport", organizations=("community",), member="member"
        )
        register_choice("claim_decision", "accept", "reject", "absent", "reverse")

        from jinlin.core.worklist import register
        from jinlin.service import work

        register(work.waiting)

        from jinlin.service.media import register_uploads

        register_uploads()
