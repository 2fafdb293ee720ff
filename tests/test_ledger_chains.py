"""The ledger is a chain per community: credits of different communities never wait for each
other, every chain verifies on its own, and a daily anchor seals every chain's head at once.
The rows written before the chains were split (chain 0) still verify, and so do their
anchors."""

import datetime as dt
import threading

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import OperationalError, connection, transaction
from django.utils import timezone

from jinlin.needs import services as need_services
from jinlin.service import services
from jinlin.service.models import (
    LedgerAnchor,
    LedgerHead,
    ServiceRecord,
    anchor_mac,
    heads_digest,
    record_message,
    seal,
)
from tests.needs_helpers import confirm_registration, new_member, publish

ZERO = "0" * 64


def _ready_to_credit(cast, community, name, phone):
    """A member of ``community`` signed in on its need and accepted: the next scan credits."""
    need = publish(cast, slots=1, community=community, title=f"{community.name}的服务")
    member = new_member(cast, name, phone, registered=False)
    confirm_registration(member, community)
    claim = need_services.claim_create(need=need, member=member)
    token, _ = services.site_code_issue(need=need)
    services.scan_record(token=token, member=member)
    admin = cast.community_admin if community == cast.community else cast.community3_admin
    services.claim_accept(claim=claim, hours=1, by=admin)
    return token, member


def _credit(cast, community, name, phone):
    """A credit scanned, and sealed as ``jinlin worker``'s sealer seals it a moment later."""
    token, member = _ready_to_credit(cast, community, name, phone)
    result = services.scan_record(token=token, member=member)
    services.ledger_seal()
    return result


def _raw(statement, params=()):
    with transaction.atomic(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET LOCAL session_replication_role = replica")
        cursor.execute(statement, params)


def _row_before_chains(cast, created_at):
    """A credit as the code of one chain wrote it (chain 0, sealed with its seq alone), not
    yet saved."""
    need = publish(cast, slots=1)
    member = new_member(cast, "老账", "13500000009")
    old = ServiceRecord(
        chain=0, seq=1, prev_hash=ZERO, member=member, kind="credit", source="need",
        need=need, hours=2, points=20, activity_name="老活动", activity_date=need.day,
        place="老地方", served="岑东社区", content="清理", lead="老王", recorder="老王",
        created_at=created_at,
    )  # fmt: skip
    seal(old)
    return old


def test_each_community_keeps_its_own_chain_and_one_anchor_seals_them_all(cast, capsys):
    _credit(cast, cast.community, "甲", "13500000001")
    _credit(cast, cast.community3, "乙", "13500000002")
    _credit(cast, cast.community, "丙", "13500000003")
    rows = list(ServiceRecord.objects.order_by("id"))
    assert [(r.chain, r.seq) for r in rows] == [
        (cast.community.pk, 1),
        (cast.community3.pk, 1),
        (cast.community.pk, 2),
    ]
    # Each chain starts from nothing and links only its own rows.
    assert rows[0].prev_hash == rows[1].prev_hash == ZERO
    assert rows[2].prev_hash == rows[0].hash
    heads = dict(LedgerHead.objects.values_list("chain", "last_hash"))
    assert heads == {cast.community.pk: rows[2].hash, cast.community3.pk: rows[1].hash}
    call_command("verify_ledger", anchor_file="")
    assert "ledger intact: 3 rows" in capsys.readouterr().out

    anchor = services.ledger_anchor()
    assert anchor.heads == [
        [cast.community.pk, 2, rows[2].hash],
        [cast.community3.pk, 1, rows[1].hash],
    ]
    assert (anchor.seq, anchor.head_hash) == (3, heads_digest(anchor.heads))
    call_command("anchor_ledger")  # the day's anchor, as the nightly job prints it
    assert f"3:{anchor.head_hash} (3 rows in 2 chains)" in capsys.readouterr().out
    call_command("verify_ledger", anchor_file="", anchor=[f"3:{anchor.head_hash}"])
    assert "1 outside anchors matched" in capsys.readouterr().out
    # A digest the district never printed does not match.
    with pytest.raises(CommandError, match="differs from the anchor kept outside"):
        call_command("verify_ledger", anchor_file="", anchor=[f"3:{'ab' * 32}"])


def test_a_community_row_is_sealed_with_its_chain(cast):
    """Moving a row to another chain (or renumbering it) breaks its seal."""
    _credit(cast, cast.community, "甲", "13500000001")
    row = ServiceRecord.objects.get()
    assert record_message(row).split(b"\x1f")[1] == f"{cast.community.pk}/1".encode()
    _raw(
        f"UPDATE {ServiceRecord._meta.db_table} SET chain = %s WHERE id = %s",
        [cast.community3.pk, row.pk],
    )
    LedgerHead.objects.filter(chain=cast.community.pk).update(chain=cast.community3.pk)
    with pytest.raises(CommandError, match="contents were altered"):
        call_command("verify_ledger", anchor_file="")


def test_a_chain_cut_short_or_an_anchor_rewritten_is_caught(cast):
    _credit(cast, cast.community, "甲", "13500000001")
    _credit(cast, cast.community, "丙", "13500000003")
    _credit(cast, cast.community3, "乙", "13500000002")
    anchor = services.ledger_anchor()
    first = ServiceRecord.objects.get(chain=cast.community.pk, seq=1)
    # Someone with the database removes the community's newest row and fixes its head and
    # the day sums: the chain alone looks whole, the anchor does not.
    _raw(f"DELETE FROM {ServiceRecord._meta.db_table} WHERE chain = %s AND seq = 2",
         [cast.community.pk])  # fmt: skip
    LedgerHead.objects.filter(chain=cast.community.pk).update(seq=1, last_hash=first.hash)
    services.ledger_days_rebuild()
    with pytest.raises(CommandError, match=rf"up to #{cast.community.pk}/2\) are gone"):
        call_command("verify_ledger", anchor_file="")
    # …and rewriting the anchor's heads to match breaks its digest (its seal names it).
    heads = [[cast.community.pk, 1, first.hash], anchor.heads[1]]
    LedgerAnchor.objects.filter(pk=anchor.pk).update(heads=heads, seq=2)
    with pytest.raises(CommandError, match=f"the anchor of {anchor.day} was altered"):
        call_command("verify_ledger", anchor_file="")


def test_the_ledger_before_chains_still_verifies_with_its_anchors(cast, capsys):
    """Rows written as one chain (chain 0, sealed with their seq alone) and an anchor of that
    time, then credits in community chains: all verify, old and new anchors alike."""
    old = _row_before_chains(cast, timezone.now() - dt.timedelta(days=30))
    assert record_message(old).split(b"\x1f")[1] == b"1"  # the old form: no chain
    old.save(force_insert=True)
    # The head as the code of one chain wrote it, without the column: chain 0.
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO service_ledgerhead (seq, last_hash) VALUES (1, %s)", [old.hash]
        )
    assert LedgerHead.objects.get().chain == 0
    services.ledger_days_rebuild()
    before = LedgerAnchor(
        day=timezone.localdate() - dt.timedelta(days=20), seq=1, head_hash=old.hash, key_id="k1"
    )
    before.mac = anchor_mac(before)
    before.save()

    _credit(cast, cast.community, "甲", "13500000001")
    call_command("verify_ledger", anchor_file="", anchor=[f"1:{old.hash}"])
    assert "ledger intact: 2 rows" in capsys.readouterr().out
    now = services.ledger_anchor()
    assert [c for c, _s, _h in now.heads] == [0, cast.community.pk]
    call_command("verify_ledger", anchor_file="", anchor=[f"2:{now.head_hash}"])
    # The old anchor still guards the old chain.
    _raw(f"UPDATE {ServiceRecord._meta.db_table} SET hours = 9 WHERE id = %s", [old.pk])
    with pytest.raises(CommandError, match="row #1 "):
        call_command("verify_ledger", anchor_file="")


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_a_credit_waits_for_no_chain_and_is_sealed_in_its_turn(cast):
    """While one community's chain is locked (a seal or another append in flight there),
    credits in that community and in another go through at once, their rows waiting for
    their seal; the chain released, the sealer seals them each in its chain, in the order
    they were written, and every chain verifies."""
    assert connection.vendor == "postgresql"
    _credit(cast, cast.community, "甲", "13500000001")  # the community's chain has a head
    elsewhere = _ready_to_credit(cast, cast.community3, "乙", "13500000002")
    here = _ready_to_credit(cast, cast.community, "丙", "13500000003")
    locked, release = threading.Event(), threading.Event()

    def hold_the_chain():
        from django.db import connection as own

        with transaction.atomic(), own.cursor() as cursor:
            cursor.execute(
                "SELECT seq FROM service_ledgerhead WHERE chain = %s FOR UPDATE",
                [cast.community.pk],
            )
            locked.set()
            release.wait(20)
        own.close()

    holder = threading.Thread(target=hold_the_chain)
    holder.start()
    try:
        assert locked.wait(10)
        with connection.cursor() as cursor:
            cursor.execute("SET lock_timeout = '300ms'")
        assert services.scan_record(token=elsewhere[0], member=elsewhere[1])["kind"] == "credit"
        assert services.scan_record(token=here[0], member=here[1])["kind"] == "credit"
        waiting = ServiceRecord.objects.filter(hash__isnull=True)
        assert sorted(waiting.values_list("chain", "seq")) == sorted(
            [(cast.community.pk, None), (cast.community3.pk, None)]
        )
        # The sealer waits for the locked chain, as an append there would.
        with pytest.raises(OperationalError, match="lock timeout"):
            services.ledger_seal()
    finally:
        release.set()
        holder.join()
        with connection.cursor() as cursor:
            cursor.execute("SET lock_timeout = 0")
    assert services.ledger_seal() == 2
    rows = list(ServiceRecord.objects.order_by("id").values_list("chain", "seq"))
    assert rows == [(cast.community.pk, 1), (cast.community3.pk, 1), (cast.community.pk, 2)]
    assert services.ledger_seal() == 0
    call_command("verify_ledger", anchor_file="")


def test_the_figures_read_a_community_s_rows_from_its_chain_and_from_chain_0(cast):
    """A community's figures count its rows written before the split (chain 0, found by their
    need) and its chain's rows (found by the chain), and no other community's."""
    from jinlin.cloudmap import figures
    from jinlin.cloudmap.indicators import Period

    old = _row_before_chains(cast, timezone.now())
    old.save(force_insert=True)
    _credit(cast, cast.community, "甲", "13500000001")
    _credit(cast, cast.community3, "乙", "13500000002")
    assert sorted(ServiceRecord.objects.values_list("chain", flat=True)) == sorted(
        [0, cast.community.pk, cast.community3.pk]
    )
    days = ServiceRecord.objects.values_list("activity_date", flat=True)
    period = Period(min(days), max(days))
    counted = {
        org.name: sorted(figures.ledger_rows(org, period).values_list("chain", flat=True))
        for org in (cast.community, cast.community2, cast.community3, cast.street, cast.district)
    }
    assert counted == {
        "岑东社区": sorted([0, cast.community.pk]),
        "大社社区": [],
        "孙厝社区": [cast.community3.pk],
        "集美街道": sorted([0, cast.community.pk]),
        "集美区": sorted([0, cast.community.pk, cast.community3.pk]),
    }
