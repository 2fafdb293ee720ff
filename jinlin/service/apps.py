from django.apps import AppConfig


class ServiceConfig(AppConfig):
    name = "jinlin.service"
    label = "service"

    def ready(self) -> None:
        from jinlin.core.urlconverters import register_choice, register_object_kind

        register_object_kind(
            "report", "service.ServiceReport", organizations=("community",), member="member"
        )
        register_choice("claim_decision", "accept", "reject", "absent", "reverse", "proxy")

        from jinlin.core.worklist import register
        from jinlin.service import work

        register(work.waiting)

        from jinlin.service.media import register_uploads

        register_uploads()

        import datetime as dt

        from jinlin.core.schedule import Job, scheduled

        def anchor(now: dt.datetime) -> str:
            from jinlin.service.services import ledger_anchor

            return f"anchor #{ledger_anchor().seq}"

        scheduled(Job("anchor_ledger", anchor, at=dt.time(0, 10)))
