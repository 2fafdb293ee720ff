"""``jinlin worker``'s ledger sealer (``jinlin.service.sealing``): credits scanned on PostgreSQL
are written at once and sealed a moment later, in batches, without a row lost."""

import threading
import time

import pytest
from django.core.management import call_command

from jinlin.service import sealing, services
from jinlin.service.models import ServiceRecord
from tests.test_ledger_chains import _ready_to_credit

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def _until(condition, seconds=10.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def test_the_workers_sealer_seals_what_was_credited_since(cast, settings):
    settings.LEDGER_SEAL_SECONDS = 0.1
    ready = [
        _ready_to_credit(cast, community, name, phone)
        for community, name, phone in [
            (cast.community, "甲", "13500000001"),
            (cast.community3, "乙", "13500000002"),
            (cast.community, "丙", "13500000003"),
        ]
    ]
    stop = threading.Event()
    thread = sealing.start(stop)
    assert thread is not None
    try:
        for token, member in ready:
            assert services.scan_record(token=token, member=member)["kind"] == "credit"
        assert _until(lambda: not ServiceRecord.objects.filter(hash__isnull=True).exists())
    finally:
        stop.set()
        thread.join(5)
    assert not thread.is_alive()
    chains = sorted(ServiceRecord.objects.values_list("chain", "seq"))
    assert chains == sorted(
        [(cast.community.pk, 1), (cast.community.pk, 2), (cast.community3.pk, 1)]
    )
    call_command("verify_ledger", anchor_file="")


def test_no_sealer_without_a_period(settings):
    settings.LEDGER_SEAL_SECONDS = 0
    assert sealing.start() is None


def test_a_round_that_fails_is_logged_and_the_next_seals(cast, monkeypatch, caplog):
    token, member = _ready_to_credit(cast, cast.community, "甲", "13500000001")
    services.scan_record(token=token, member=member)
    real = services.ledger_seal

    def gone():
        from django.db import OperationalError

        raise OperationalError("the database went away")

    monkeypatch.setattr(services, "ledger_seal", gone)
    assert sealing.seal_round() == 0
    assert "the round failed" in caplog.text
    assert ServiceRecord.objects.filter(hash__isnull=True).count() == 1  # still there
    monkeypatch.setattr(services, "ledger_seal", real)
    assert sealing.seal_round() == 1
    assert ServiceRecord.objects.get().seq == 1
