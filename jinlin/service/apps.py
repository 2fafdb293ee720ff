from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ServiceConfig(AppConfig):
    verbose_name = _("Service records")
    name = "jinlin.service"
    label = "service"

    def ready(self) -> None:
        from jinlin.core.urlconverters import register_choice, register_object_kind

        register_object_kind(
            "report", "service.ServiceReport", organizations=("community",), member="member"
        )
        register_object_kind(
            "record", "service.ServiceRecord", organizations=("need__community",), member="member"
        )
        register_object_kind(
            "dispute", "service.Dispute", organizations=("community",), member="member"
        )
        register_choice("claim_decision", "accept", "reject", "absent", "reverse", "proxy")

        from django.db.models.signals import post_migrate

        post_migrate.connect(_record_key, sender=self)

        # The scan's and the credit's database functions, written by ``migrate``.
        from jinlin.core import dbfunctions
        from jinlin.service.fastpath import CREDIT_WIN, SCAN

        dbfunctions.register(SCAN)
        dbfunctions.register(CREDIT_WIN)

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

        from jinlin.core.health import register_gauge

        def ledger_rows() -> list[tuple[str, float]]:
            from django.db.models import Sum

            from jinlin.service.models import LedgerHead

            rows = LedgerHead.objects.aggregate(rows=Sum("seq"))["rows"]
            return [("", rows or 0)]

        register_gauge("jinlin_ledger_rows", "Sealed rows in the service ledger.", ledger_rows)

        def ledger_waiting() -> list[tuple[str, float]]:
            from jinlin.service.models import ServiceRecord

            return [("", ServiceRecord.objects.filter(hash__isnull=True).count())]

        register_gauge(
            "jinlin_ledger_unsealed_rows",
            "Ledger rows credited and waiting for the worker's sealer (a few at most; more, "
            "and growing, when no worker runs).",
            ledger_waiting,
        )


def _record_key(**kwargs: object) -> None:
    """After migrating: the current ledger key's check value, so that a later start with a
    wrong LEDGER_KEY is reported as such (verify_ledger)."""
    from jinlin.service.services import ledger_key_record

    ledger_key_record()
