"""`jinlin load_city`: a city loaded with COPY holds what its scale says, its tree and its
ledger hold together (every chain verifies, the day sums agree), and the application goes on
writing after it (the id sequences moved past the loaded rows)."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.db.models import F, Sum

from jinlin.care.models import Household, Pairing
from jinlin.members.models import Member, Registration
from jinlin.needs.models import Claim, Need
from jinlin.organizations.models import Organization
from jinlin.organizations.selectors import tree_mark
from jinlin.oversight.models import Problem
from jinlin.service.models import Attendance, LedgerDay, LedgerHead, ServiceRecord


def test_load_city_refuses_sqlite_and_a_wrong_scale(db):
    if connection.vendor != "postgresql":
        with pytest.raises(CommandError, match="PostgreSQL's COPY"):
            call_command("load_city", scale=0.001)
    with pytest.raises(CommandError, match="--scale 0: give a share"):
        call_command("load_city", scale=0)


@pytest.mark.postgres
def test_a_small_city_is_loaded_whole(cast, capsys):
    assert connection.vendor == "postgresql"
    members_before = Member.objects.count()
    mark_before = tree_mark()
    call_command("load_city", scale=0.002)  # 6 communities, 20 units, 2,000 members …
    assert tree_mark() != mark_before  # its triggers were off: the load moved the mark itself
    communities = Organization.objects.filter(kind="community")
    assert communities.count() == 6  # the cast's 3 and 3 in a new street
    assert Organization.objects.filter(kind="unit").count() == 2 + 20
    # Every organization sits where its parent's path says.
    for org in Organization.objects.select_related("parent"):
        parent_path = org.parent.path if org.parent else "/"
        assert org.path == f"{parent_path}{org.pk}/", org
        assert org.depth == (org.parent.depth + 1 if org.parent else 0), org
    assert Member.objects.count() == members_before + 2_000
    registered = Registration.objects.filter(status="confirmed", member__phone__startswith="162")
    assert 1_500 < registered.count() < 1_900  # 85 % of them, registered where they live
    assert not registered.exclude(community_id__in=communities).exists()

    assert ServiceRecord.objects.count() == 20_000
    assert Attendance.objects.filter(credited_at__isnull=False).count() == 20_000
    assert Claim.objects.count() == 20_000
    # The city's needs are all past and closed; their claims are marked so.
    assert Claim.objects.filter(need__status="closed", need_closed=True).count() == 20_000
    assert not Need.objects.exclude(confirmed_count__lte=F("slots")).exists()
    # Each community's rows form its chain; its head names the last.
    for head in LedgerHead.objects.all():
        last = ServiceRecord.objects.filter(chain=head.chain).order_by("-seq").first()
        assert (last.seq, last.hash) == (head.seq, head.last_hash)
        assert ServiceRecord.objects.filter(chain=head.chain).count() == head.seq
    assert LedgerDay.objects.aggregate(n=Sum("credits"))["n"] == 20_000
    call_command("verify_ledger", anchor_file="")
    assert "ledger intact: 20000 rows" in capsys.readouterr().out
    with pytest.raises(CommandError, match="A city is already loaded"):
        call_command("load_city", scale=0.002)

    assert Problem.objects.count() == 200
    assert Pairing.objects.count() == Household.objects.count() == 100
    # The application writes after the load: no id is taken twice.
    Member.objects.create(name="新来的", phone="13912345678", community=communities.first())
    Organization.objects.create(
        name="新社区", kind="community", subkind="community", parent=communities.first().parent
    )



@pytest.mark.postgres
def test_a_row_naming_a_row_that_does_not_exist_is_found_and_refused(cast):
    """The city is loaded without a foreign-key trigger a row (as the database's owner); the
    keys are checked after by one anti-join each, and a dangling one stops the load."""
    from django.db import transaction

    from jinlin.demo.city import LOADED, check_keys, dangling_keys
    from tests.needs_helpers import publish

    assert dangling_keys(LOADED) == []
    need = publish(cast, slots=1)
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL session_replication_role = replica")
            cursor.execute(
                "INSERT INTO needs_claim (need_id, member_id, status, created_at) "
                "SELECT %s, 987654321, 'confirmed', now()",
                [need.pk],
            )
        assert dangling_keys([Claim]) == ["needs_claim.member_id: 1 rows"]
        with pytest.raises(CommandError, match=r"needs_claim\.member_id: 1 rows"):
            check_keys((Need, Claim), lambda *a: None)
        transaction.set_rollback(True)


@pytest.mark.postgres
def test_a_loaded_citys_tables_are_settled_as_a_database_in_use(transactional_db):
    """After its transaction the load VACUUMs what it wrote (``settle``): its pages are
    marked all-visible, as a database in use has them, not read back and written by the
    first page that reads them."""
    from jinlin.demo.city import settle

    Organization.objects.create(name="一区", kind="district", subkind="district")

    def vacuumed() -> tuple[int, int]:  # asked for (autovacuum counts apart)
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_stat_clear_snapshot()")
            cursor.execute(
                "SELECT vacuum_count, analyze_count FROM pg_stat_user_tables WHERE relname = %s",
                [Organization._meta.db_table],
            )
            return cursor.fetchone()

    def visible() -> int:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT relallvisible FROM pg_class WHERE relname = %s",
                [Organization._meta.db_table],
            )
            return int(cursor.fetchone()[0])

    before = vacuumed()
    settle([Organization])
    assert vacuumed() == (before[0] + 1, before[1] + 1)
    assert visible() >= 1
