"""先验收后扫码 and the append-only, hash-chained ledger."""

import datetime as dt
import re
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection, transaction
from django.utils import timezone
from django.utils.translation import override

from jinlin.core.errors import Conflict, InvalidInput, NotAllowed
from jinlin.needs import services as need_services
from jinlin.service import selectors, services
from jinlin.service.models import ServiceRecord
from tests.needs_helpers import new_member, publish


@pytest.fixture(autouse=True)
def _english():
    with override("en"):
        yield


@pytest.fixture
def setup(cast):
    need = publish(cast)
    member = new_member(cast, "王五", "13700137000")
    claim = need_services.claim_create(need=need, member=member)
    token, _expires = services.site_code_issue(need=need, by=cast.community_admin)
    return need, member, claim, token


def test_the_whole_flow_credits_once(cast, setup):
    need, member, claim, token = setup
    assert services.scan_record(token=token, member=member)["kind"] == "sign_in"
    with pytest.raises(Conflict) as info:
        services.scan_record(token=token, member=member)
    assert info.value.code == "awaiting_acceptance"
    services.claim_accept(
        claim=claim, hours="1.5", outcomes={"truckloads": 3}, note="干净", by=cast.community_admin
    )
    result = services.scan_record(token=token, member=member)
    assert result == {"claim": claim.pk, "kind": "credit", "hours": 1.5}
    with pytest.raises(Conflict) as info:
        services.scan_record(token=token, member=member)
    assert info.value.code == "already_credited"
    record = ServiceRecord.objects.get()
    assert (record.hours, record.activity_name, record.served) == (
        Decimal("1.50"),
        need.title,
        "岑东社区",
    )
    assert "3" in record.content and record.lead == "community"
    assert selectors.member_totals(member)["hours"] == Decimal("1.50")
    assert selectors.need_outcomes(need) == {"truckloads": 3}
    # The notices write the hours as the pages do: 1.5, not 1.50.
    from jinlin.notifications.models import Notification

    notices = Notification.objects.filter(user=member.user, kind__in=["accepted", "credited"])
    assert sorted(n.params["hours"] for n in notices) == ["1.5", "1.5"]


def test_credits_scanned_from_english_phones_are_written_in_the_sites_language(cast, setup):
    """What a credit writes once and for good — its 服务内容, its 服务评价, its notice's link —
    is the site's (zh-hans) whatever the phone's language, for every credit alike (the
    content and the plain 验收通过 are remembered after the first)."""
    from django.urls import reverse

    from jinlin.notifications.models import Notification

    need, member, claim, token = setup
    other = new_member(cast, "赵六", "13600136000")
    other_claim = need_services.claim_create(need=need, member=other)
    for who, their_claim in ((member, claim), (other, other_claim)):
        services.scan_record(token=token, member=who)
        services.claim_accept(
            claim=their_claim, hours="2", outcomes={"truckloads": 3}, by=cast.community_admin
        )
        assert services.scan_record(token=token, member=who)["kind"] == "credit"
    with override("zh-hans"):
        label = need.category_label
    assert label != need.category_label  # the phone's (English) label is another
    rows = list(ServiceRecord.objects.order_by("id").values_list("content", "evaluation"))
    assert rows == [(f"{label}；清理垃圾杂物 3 车", "验收通过")] * 2
    links = Notification.objects.filter(kind="credited").values_list("url", flat=True)
    assert list(links) == [reverse("my-hours")] * 2


def test_what_a_credit_writes_follows_the_sites_language_when_it_changes(settings):
    """Remembered per site language: a site switched to English writes English from then on."""
    first = services.category_content("clean_home", {"truckloads": 3})
    assert "清理垃圾杂物 3 车" in first and services.record_evaluation("") == "验收通过"
    settings.LANGUAGE_CODE = "en"
    english = services.category_content("clean_home", {"truckloads": 3})
    assert "Rubbish cleared 3 truckloads" in english
    assert services.record_evaluation("") == "Accepted"
    assert services.record_evaluation("做得好") == "做得好"


def test_a_rejection_is_final_and_says_why(cast, setup):
    need, member, claim, token = setup
    services.scan_record(token=token, member=member)
    with pytest.raises(InvalidInput):
        services.claim_reject(claim=claim, reason=" ", by=cast.community_admin)
    services.claim_reject(claim=claim, reason="未按要求完成", by=cast.community_admin)
    with pytest.raises(Conflict) as info:
        services.scan_record(token=token, member=member)
    assert info.value.code == "rejected" and "未按要求完成" in info.value.message
    assert not ServiceRecord.objects.exists()


def test_codes_that_are_altered_expired_or_of_another_need(cast, setup, monkeypatch, settings):
    need, member, claim, token = setup
    from django.core import signing

    # A code signed with the site's key and salt but without its timestamp is no code.
    untimed = signing.Signer(salt=services.SITE_CODE_SALT).sign(f"{need.pk}.1")
    badly_timed = signing.Signer(salt=services.SITE_CODE_SALT).sign(f"{need.pk}.1:not-b62!")
    for bad in (token[:-2] + "xx", "garbage", "", untimed, badly_timed):
        with pytest.raises(InvalidInput) as info:
            services.scan_record(token=bad, member=member)
        assert info.value.code == "invalid_code"
    other = publish(
        cast, title="别的需求", starts_at=need.ends_at, ends_at=need.ends_at + dt.timedelta(hours=1)
    )
    with pytest.raises(InvalidInput) as info:
        services.scan_record(token=token, member=member, need_id=other.pk)
    assert info.value.code == "invalid_code"
    real_time = dt.datetime.now(dt.UTC).timestamp()
    monkeypatch.setattr("time.time", lambda: real_time + settings.SITE_CODE_TTL_SECONDS + 5)
    with pytest.raises(InvalidInput) as info:
        services.scan_record(token=token, member=member)
    assert info.value.code == "invalid_code"
    assert not ServiceRecord.objects.exists()


def test_a_poster_code_lasts_for_the_window(cast, setup, monkeypatch, settings):
    need, member, claim, _token = setup
    poster, expires = services.site_code_issue(need=need, poster=True)
    assert expires == need.ends_at + need.grace
    real_time = dt.datetime.now(dt.UTC).timestamp()
    monkeypatch.setattr("time.time", lambda: real_time + settings.SITE_CODE_TTL_SECONDS + 5)
    assert services.scan_record(token=poster, member=member)["kind"] == "sign_in"
    monkeypatch.setattr("time.time", lambda: expires.timestamp() + 1)
    with pytest.raises(InvalidInput):
        services.scan_record(token=poster, member=member)


def test_no_claim_and_waitlisted_members_are_refused(cast, setup):
    need, member, claim, token = setup
    stranger = new_member(cast, "赵六", "13600136000")
    with pytest.raises(Conflict) as info:
        services.scan_record(token=token, member=stranger)
    assert info.value.code == "no_claim"


def test_sign_in_only_inside_the_window_with_grace(cast):
    start = timezone.now() + dt.timedelta(hours=2)
    need = publish(cast, starts_at=start, ends_at=start + dt.timedelta(hours=1))
    member = new_member(cast, "王五", "13700137000")
    need_services.claim_create(need=need, member=member)
    token, _ = services.site_code_issue(need=need)
    with pytest.raises(Conflict) as info:
        services.scan_record(token=token, member=member)
    assert info.value.code == "outside_window"


def test_only_the_needs_community_admin_accepts(cast, setup):
    need, member, claim, token = setup
    services.scan_record(token=token, member=member)
    for outsider in (cast.community2_admin, cast.street_admin, member.user, cast.unit_admin):
        with pytest.raises(NotAllowed):
            services.claim_accept(claim=claim, hours=1, by=outsider)


@pytest.mark.parametrize(
    ("hours", "outcomes", "field"),
    [
        (-1, None, "hours"),
        (0, None, "hours"),
        ("abc", None, "hours"),
        (2.5, None, "hours"),  # longer than the 2h10m window
        (1, {"smiles": 1}, "outcomes"),
        (1, {"truckloads": -2}, "outcomes"),
        (1, {"truckloads": 1.5}, "outcomes"),
    ],
)
def test_bad_acceptance_is_refused_and_writes_nothing(cast, setup, hours, outcomes, field):
    need, member, claim, token = setup
    services.scan_record(token=token, member=member)
    with pytest.raises(InvalidInput) as info:
        services.claim_accept(claim=claim, hours=hours, outcomes=outcomes, by=cast.community_admin)
    assert field in info.value.fields
    claim.attendance.refresh_from_db()
    assert claim.attendance.decision == ""


def test_acceptance_needs_a_sign_in_and_absence_needs_none(cast, setup):
    need, member, claim, token = setup
    with pytest.raises(Conflict) as info:
        services.claim_accept(claim=claim, hours=1, by=cast.community_admin)
    assert info.value.code == "not_signed_in"
    services.claim_mark_absent(claim=claim, by=cast.community_admin)
    claim.refresh_from_db()
    assert claim.status == "absent"
    with pytest.raises(Conflict) as info:
        services.scan_record(token=token, member=member)
    assert info.value.code == "absent"


def test_the_ledger_refuses_updates_and_deletes(cast, setup):
    need, member, claim, token = setup
    services.scan_record(token=token, member=member)
    services.claim_accept(claim=claim, hours=1, by=cast.community_admin)
    services.scan_record(token=token, member=member)
    record = ServiceRecord.objects.get()
    record.hours = Decimal(100)
    with pytest.raises(PermissionError):
        record.save()
    with pytest.raises(PermissionError):
        record.delete()
    with pytest.raises(PermissionError):
        ServiceRecord.objects.filter(pk=record.pk).update(hours=100)
    with pytest.raises(PermissionError):
        ServiceRecord.objects.all().delete()


def test_a_reversal_corrects_with_a_reason_and_who(cast, setup):
    need, member, claim, token = setup
    services.scan_record(token=token, member=member)
    services.claim_accept(claim=claim, hours=2, by=cast.community_admin)
    services.scan_record(token=token, member=member)
    record = ServiceRecord.objects.get()
    with pytest.raises(NotAllowed):
        services.record_reverse(record=record, reason="录入错误", by=cast.community2_admin)
    reversal = services.record_reverse(record=record, reason="录入错误", by=cast.community_admin)
    assert (reversal.hours, reversal.reverses, reversal.recorded_by) == (
        Decimal("-2.00"),
        record,
        cast.community_admin,
    )
    assert selectors.member_totals(member)["hours"] == 0
    with pytest.raises(Conflict):
        services.record_reverse(record=record, reason="again", by=cast.community_admin)


def _credit_many(cast, n):
    need = publish(cast, slots=n)
    token, _ = services.site_code_issue(need=need)
    for i in range(n):
        member = new_member(cast, f"队员{i}", f"1350000{i:04d}")
        claim = need_services.claim_create(need=need, member=member)
        services.scan_record(token=token, member=member)
        services.claim_accept(claim=claim, hours=1, by=cast.community_admin)
        services.scan_record(token=token, member=member)
    services.ledger_seal()  # as ``jinlin worker``'s sealer does a moment later


def test_verify_ledger_finds_the_first_altered_row(cast, capsys):
    _credit_many(cast, 4)
    call_command("verify_ledger")
    assert "4 rows" in capsys.readouterr().out
    target = ServiceRecord.objects.order_by("seq")[2]
    table = ServiceRecord._meta.db_table
    with transaction.atomic(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # As a superuser with direct database access would: bypass the trigger.
            cursor.execute("SET LOCAL session_replication_role = replica")
        cursor.execute(f"UPDATE {table} SET hours = 9 WHERE id = %s", [target.pk])
    with pytest.raises(CommandError, match=f"row {target.position} "):
        call_command("verify_ledger")


@pytest.mark.postgres
def test_postgres_itself_refuses_to_change_the_ledger(cast):
    from django.db import DatabaseError

    assert connection.vendor == "postgresql"
    _credit_many(cast, 1)
    table = ServiceRecord._meta.db_table
    for sql in (f"UPDATE {table} SET hours = 9", f"DELETE FROM {table}"):
        with (
            pytest.raises(DatabaseError, match="append-only"),
            transaction.atomic(),
            connection.cursor() as cursor,
        ):
            cursor.execute(sql)
    assert ServiceRecord.objects.count() == 1


@pytest.mark.postgres
def test_a_row_waiting_for_its_seal_can_only_be_sealed(cast):
    """A credit scanned on PostgreSQL is written at once and sealed a moment later; meanwhile
    the database refuses to change or delete it, and to seal it with anything else changed."""
    from django.db import DatabaseError

    need = publish(cast, slots=1)
    token, _ = services.site_code_issue(need=need)
    member = new_member(cast, "等封", "13500000077")
    claim = need_services.claim_create(need=need, member=member)
    services.scan_record(token=token, member=member)
    services.claim_accept(claim=claim, hours=1, by=cast.community_admin)
    assert services.scan_record(token=token, member=member)["kind"] == "credit"
    row = ServiceRecord.objects.get()
    assert (row.seq, row.hash, row.prev_hash) == (None, None, "")
    assert row.hours == Decimal("1.00") and row.position == f"#{need.community_id}/…"
    table = ServiceRecord._meta.db_table
    for sql in (
        f"UPDATE {table} SET hours = 9",
        f"DELETE FROM {table}",
        f"UPDATE {table} SET seq = 1, hash = 'x', hours = 9",  # a "seal" that alters the row
        f"UPDATE {table} SET hash = 'x'",  # a hash without a place in the chain
    ):
        with (
            pytest.raises(DatabaseError, match="append-only"),
            transaction.atomic(),
            connection.cursor() as cursor,
        ):
            cursor.execute(sql)
    assert services.ledger_seal() == 1
    row.refresh_from_db()
    assert row.seq == 1 and row.hash and row.prev_hash == "0" * 64
    with (
        pytest.raises(DatabaseError, match="append-only"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute(f"UPDATE {table} SET hash = 'y'")  # sealed is sealed
    assert services.ledger_verify() == (1, None, "")


def _rewrite(rows, seal_with):
    """What the audit did: change a row, then recompute every later hash and the head."""
    table = ServiceRecord._meta.db_table
    previous = "0" * 64
    with transaction.atomic(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET LOCAL session_replication_role = replica")
        for row in rows:
            row.prev_hash = previous
            row.hash = seal_with(row)
            cursor.execute(
                f"UPDATE {table} SET hours = %s, prev_hash = %s, hash = %s WHERE id = %s",
                [row.hours, row.prev_hash, row.hash, row.pk],
            )
            previous = row.hash
        cursor.execute(
            "UPDATE service_ledgerhead SET last_hash = %s WHERE chain = %s",
            [previous, rows[0].chain],
        )


def test_recomputing_the_chain_without_the_key_is_caught(cast):
    """1.5 h changed to 99 h on a row and every later hash recomputed (plain SHA-256, or
    HMAC with a guessed key): verify_ledger names the changed row."""
    import hashlib
    import hmac

    from jinlin.service.models import record_message

    _credit_many(cast, 4)
    rows = list(ServiceRecord.objects.order_by("seq"))
    rows[1].hours = Decimal("99")
    for seal_with in (
        lambda r: hashlib.sha256(record_message(r)).hexdigest(),
        lambda r: hmac.new(b"guessed", record_message(r), hashlib.sha256).hexdigest(),
    ):
        _rewrite(rows, seal_with)
        with pytest.raises(CommandError, match=f"row {rows[0].position} |row {rows[1].position} "):
            call_command("verify_ledger")


def test_anchors_hold_even_against_the_key(cast, settings, capsys):
    """Whoever holds the key and the database can re-seal rows; an anchor the district printed
    shows it."""
    from jinlin.service.models import LedgerAnchor, heads_digest, record_hash

    _credit_many(cast, 3)
    anchor = services.ledger_anchor()
    assert services.ledger_anchor() == anchor  # once a day
    head = ServiceRecord.objects.get(seq=3)
    assert anchor.heads == [[cast.community.pk, 3, head.hash]]  # the community's chain
    assert (anchor.seq, anchor.head_hash) == (3, heads_digest(anchor.heads))
    call_command("verify_ledger", anchor=[f"{anchor.seq}:{anchor.head_hash}"])
    assert "1 outside anchors matched" in capsys.readouterr().out
    rows = list(ServiceRecord.objects.order_by("seq"))
    rows[0].hours = Decimal("99")
    _rewrite(rows, record_hash)  # with the real key
    services.ledger_days_rebuild()  # the running sums recomputed too, to agree with the rows
    with pytest.raises(CommandError, match=rf"row {head.position} .*differs from the anchor"):
        call_command("verify_ledger")
    # …and with the anchor row deleted too, the printed copy still shows it.
    LedgerAnchor.objects.all().delete()
    call_command("verify_ledger")
    with pytest.raises(CommandError, match="anchor kept outside the database"):
        call_command("verify_ledger", anchor=[f"{anchor.seq}:{anchor.head_hash}"])


def test_a_rotated_key_still_verifies_the_old_rows(cast, settings):
    _credit_many(cast, 2)
    old_key, old_id = settings.LEDGER_KEY, settings.LEDGER_KEY_ID
    settings.LEDGER_KEY, settings.LEDGER_KEY_ID = "a-new-key-from-the-vault", "k2"
    settings.LEDGER_OLD_KEYS = {old_id: old_key}
    later = publish(cast, slots=1, title="新钥匙之后")
    token, _ = services.site_code_issue(need=later)
    member = new_member(cast, "新人", "13500009999")
    claim = need_services.claim_create(need=later, member=member)
    services.scan_record(token=token, member=member)
    services.claim_accept(claim=claim, hours=1, by=cast.community_admin)
    services.scan_record(token=token, member=member)
    services.ledger_seal()  # sealed with the key of the day it is sealed
    assert list(ServiceRecord.objects.order_by("seq").values_list("key_id", flat=True)) == [
        old_id,
        old_id,
        "k2",
    ]
    call_command("verify_ledger")
    settings.LEDGER_OLD_KEYS = {}  # the old key lost: its rows can no longer be trusted
    with pytest.raises(CommandError, match="key this server does not have"):
        call_command("verify_ledger")


def _raw(sql):
    with transaction.atomic(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET LOCAL session_replication_role = replica")
        cursor.execute(sql)


def test_upgrading_seals_an_intact_ledger_and_refuses_a_broken_one(cast):
    """The migration to the keyed ledger checks the old SHA-256 chain, then seals it."""
    import hashlib
    import importlib
    from types import SimpleNamespace

    from django.db.migrations.executor import MigrationExecutor

    migration = importlib.import_module("jinlin.service.migrations.0004_keyed_ledger")
    # The models as the migration sees them (plain managers, as in a real upgrade).
    loader = MigrationExecutor(connection).loader
    apps = loader.project_state(("service", "0004_keyed_ledger")).apps
    editor = SimpleNamespace(connection=connection, execute=_raw)
    if connection.vendor == "postgresql":
        # A real upgrade runs in a transaction of its own; here, fire the test's pending
        # foreign-key checks so the table can be altered.
        _raw("SET CONSTRAINTS ALL IMMEDIATE")
    table = ServiceRecord._meta.db_table

    def to_legacy():
        # The ledger of those days: one chain (chain 0), no key.
        _raw(f"UPDATE {table} SET chain = 0")
        _raw("UPDATE service_ledgerhead SET chain = 0, id = 1")  # its one head was row 1
        rows = list(ServiceRecord.objects.order_by("seq"))
        for row in rows:
            row.key_id = ""
        _rewrite(rows, lambda r: hashlib.sha256(migration._fields(r, False)).hexdigest())
        _raw(f"UPDATE {table} SET key_id = ''")

    _credit_many(cast, 3)
    to_legacy()
    migration.seal_existing(apps, editor)
    call_command("verify_ledger")
    assert set(ServiceRecord.objects.values_list("key_id", flat=True)) == {"k1"}
    # A ledger already broken is not sealed over.
    to_legacy()
    _raw(f"UPDATE {table} SET hours = 9 WHERE seq = 2")
    with pytest.raises(RuntimeError, match="broken at row #2"):
        migration.seal_existing(apps, editor)


def test_the_district_prints_and_exports_the_anchors(cast, as_user):
    import io

    from openpyxl import load_workbook

    from jinlin.service.models import heads_digest

    _credit_many(cast, 2)
    district = as_user(cast.district_admin)
    assert district.post("/ledger/anchors/").status_code == 302
    page = district.get("/ledger/anchors/").content.decode()
    digest = heads_digest([[cast.community.pk, 2, ServiceRecord.objects.get(seq=2).hash]])
    assert digest in page
    assert re.search(r'<td class="num">2</td><td class="num">1</td><td><code[^>]*>' + digest, page)
    # An anchor from before the chains seals chain 0 alone: one chain.
    from jinlin.service.models import LedgerAnchor

    LedgerAnchor.objects.create(day="2026-01-05", seq=7, head_hash="a" * 64, key_id="k1")
    sheet = load_workbook(io.BytesIO(district.get("/ledger/anchors/?format=xlsx").content)).active
    rows = [[c.value for c in row][1:4] for row in sheet.iter_rows(min_row=3)]
    assert rows == [[2, 1, digest], [7, 1, "a" * 64]]
    assert as_user(cast.supervisor).get("/ledger/anchors/").status_code == 200
    assert as_user(cast.supervisor).post("/ledger/anchors/").status_code == 403
    assert as_user(cast.community_admin).get("/ledger/anchors/").status_code == 403


def test_a_wrong_key_is_told_from_an_altered_row(cast, settings):
    """Started with another LEDGER_KEY (a restore on a new server without the old key): the
    check says the key is wrong, not that row 1 was altered."""
    _credit_many(cast, 2)
    call_command("verify_ledger")
    settings.LEDGER_KEY = "not-the-key-the-ledger-was-sealed-with"
    with pytest.raises(CommandError, match="is not the key the ledger was sealed with") as told:
        call_command("verify_ledger")
    assert "altered" not in str(told.value)


# Running sums and anchors outside the database (#20 item 6) -------------------------------


def test_running_day_sums_are_checked_against_the_rows(cast):
    """500 hours added to a community's day sum (what pages and figures read): named."""
    from jinlin.service.models import LedgerDay

    _credit_many(cast, 2)
    call_command("verify_ledger")
    day = LedgerDay.objects.get()
    _raw(f"UPDATE {LedgerDay._meta.db_table} SET hours = hours + 500 WHERE id = {day.pk}")
    with pytest.raises(CommandError, match=f"day sums of community {cast.community.pk} on "
                                           f"{day.day} say 502.00 hours"):  # fmt: skip
        call_command("verify_ledger")


def test_anchors_are_kept_in_a_file_and_sent_to_the_district(cast, settings, tmp_path, capsys):
    """Each day's anchor goes to a file outside the database and to the district admins'
    bells; deleting the newest rows with their anchor row (and fixing the head and the sums)
    is caught from the file, and a day without any anchor is named."""
    from jinlin.notifications.models import Notification
    from jinlin.service.models import LedgerAnchor, LedgerHead

    settings.LEDGER_ANCHOR_FILE = str(tmp_path / "anchors.txt")
    today = timezone.localdate()
    _credit_many(cast, 2)
    services.ledger_anchor(day=today - dt.timedelta(days=3))
    services.ledger_anchor(day=today - dt.timedelta(days=2))
    need = publish(cast, slots=1, title="后来的服务")
    token, _ = services.site_code_issue(need=need)
    member = new_member(cast, "后来人", "13500008888")
    claim = need_services.claim_create(need=need, member=member)
    services.scan_record(token=token, member=member)
    services.claim_accept(claim=claim, hours=1, by=cast.community_admin)
    services.scan_record(token=token, member=member)
    newest = services.ledger_anchor(day=today)
    lines = (tmp_path / "anchors.txt").read_text().splitlines()
    assert len(lines) == 3 and lines[-1].startswith(f"{today} 3:{newest.head_hash}")
    told = Notification.objects.filter(user=cast.district_admin, kind="other")
    assert told.count() == 3
    assert told.order_by("pk").last().params["anchor"] == f"3:{newest.head_hash}"
    call_command("verify_ledger")
    out = capsys.readouterr()
    assert "anchor file" in out.out and f"no anchor of {today - dt.timedelta(days=1)}" in out.err
    # A database attacker removes the newest row, today's anchor row, and fixes head and sums.
    second = ServiceRecord.objects.get(seq=2)
    table = ServiceRecord._meta.db_table
    _raw(f"DELETE FROM {table} WHERE seq = 3")
    LedgerAnchor.objects.filter(day=today).delete()
    LedgerHead.objects.filter(chain=cast.community.pk).update(seq=2, last_hash=second.hash)
    services.ledger_days_rebuild()
    call_command("verify_ledger", anchor_file="")  # the database alone looks intact …
    with pytest.raises(CommandError, match="ledger differs from the anchor of"):
        call_command("verify_ledger")  # … the file outside it does not


def test_only_a_credit_names_a_claim_and_no_two_rows_the_same(cast):
    """The database holds the rule the claim's one index stands for: a claim is credited once,
    and a reversal names the row it reverses, never a claim (so the unique index on the claim
    is the old "one credit per claim")."""
    from django.db import IntegrityError

    _credit_many(cast, 1)
    credit = ServiceRecord.objects.get()
    assert credit.claim_id is not None
    for kind, hours, reverses in ((ServiceRecord.Kind.CREDIT, 1, None),
                                  (ServiceRecord.Kind.REVERSAL, -1, credit)):  # fmt: skip
        with pytest.raises(IntegrityError), transaction.atomic():
            services.ledger_append(
                community_id=credit.chain or None, member_id=credit.member_id, kind=kind,
                source=credit.source, claim_id=credit.claim_id, need_id=credit.need_id,
                hours=hours, activity_name="再记一次", activity_date=credit.activity_date,
                place=credit.place, served=credit.served, content=credit.content,
                lead=credit.lead, recorder=credit.recorder, reverses=reverses,
            )  # fmt: skip
    assert ServiceRecord.objects.count() == 1
    reversal = services.record_reverse(record=credit, reason="录错了", by=cast.community_admin)
    assert reversal.claim_id is None and ServiceRecord.objects.count() == 2


def test_an_account_that_recorded_ledger_rows_is_not_deleted(cast):
    """Who recorded a row stays with it: deleting that account in the back office is refused
    and names the rows (the ledger would refuse to forget its recorder anyway), and nothing
    is deleted."""
    from django.contrib.auth import get_user_model
    from django.db.models import ProtectedError

    _credit_many(cast, 1)
    recorder = cast.community_admin
    assert ServiceRecord.objects.get().recorded_by_id == recorder.pk
    with pytest.raises(ProtectedError) as refused:
        recorder.delete()
    assert any(isinstance(o, ServiceRecord) for o in refused.value.protected_objects)
    assert get_user_model().objects.filter(pk=recorder.pk).exists()
    assert ServiceRecord.objects.count() == 1
