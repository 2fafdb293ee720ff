"""The figures the articles print: each equals its list, hand-counted on a small district, for
the district, its street and its community; scope."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

import pytest

from jinlin.cloudmap import figures as fig
from jinlin.cloudmap.indicators import Period
from tests.test_cloudmap_indicators import district  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db


def test_figures_by_hand(district):  # noqa: F811
    cast = district
    period = Period.last_weeks(4)
    values = {f.key: v for f, v in fig.overview(cast.district, period)}
    assert values["members_registered"] == 2
    assert values["other_party_registered"] == values["volunteers_registered"] == 0
    # The need on now, where 王五's hours were credited; the one three days ago had a place
    # taken but nobody credited: claimed is not held.
    assert values["activities"] == 1
    assert values["credits"] == 1 and values["members_served"] == 1
    assert values["volunteers_served"] == 0
    assert values["hours"] == Decimal("1.5")
    assert values["outcome_truckloads"] == 2 and "outcome_leaflets" not in values
    assert values["households_paired"] == 1 and values["visits"] == 0
    assert (values["entrances"], values["captained"]) == (2, 1)
    assert values["round_problems"] == 2  # 岑东社区's and 大社社区's
    assert values["self_problems"] == 1
    assert values["round_overdue"] == 0
    community2 = {f.key: v for f, v in fig.overview(cast.community2, period)}
    assert community2["round_problems"] == 1 and community2["members_registered"] == 0


def test_every_figure_equals_its_list(district, as_user):  # noqa: F811
    cast = district
    client = as_user(cast.district_admin)
    page = client.get(f"/cloudmap/o/{cast.district.pk}/").content.decode()
    shown = dict(re.findall(r'id="figure-([a-z_]+)" href="[^"]+"><div class="value">([^<]+)', page))
    assert {"members_registered", "hours", "outcome_truckloads", "captained"} <= set(shown)
    for key, value in shown.items():
        listing = client.get(f"/cloudmap/o/{cast.district.pk}/f/{key}/").content.decode()
        listed = re.search(r'id="figure-value"><div class="value">([^<]+)', listing).group(1)
        assert listed == value, key
        figure = fig.all_figures()[key]
        rows = len(re.findall(r"<tr>", listing.split('id="figure-rows"')[1])) - 1
        if not figure.total:
            assert rows == int(value) or (rows == 1 and value == "0"), key
    # Drill down: the district lists its streets, a street its communities.
    assert f"/cloudmap/o/{cast.street.pk}/" in page
    street = client.get(f"/cloudmap/o/{cast.street.pk}/").content.decode()
    assert f"/cloudmap/o/{cast.community.pk}/" in street


def test_scope_of_the_figures(district, as_user):  # noqa: F811
    cast = district
    mine = as_user(cast.community_admin)
    assert mine.get(f"/cloudmap/o/{cast.community.pk}/").status_code == 200
    assert mine.get(f"/cloudmap/o/{cast.community2.pk}/").status_code == 404
    assert mine.get(f"/cloudmap/o/{cast.district.pk}/f/hours/").status_code == 404
    assert as_user(cast.member_user).get(f"/cloudmap/o/{cast.community.pk}/").status_code == 403


def test_the_ledgers_running_sums_equal_the_ledger(district):  # noqa: F811
    """LedgerDay is kept by ledger_append: after credits, a reported service approved and a
    reversal of each, it equals the sums recomputed from the rows."""
    import datetime as dt

    from django.utils import timezone

    from jinlin.members.models import Member
    from jinlin.service import services as service_services
    from jinlin.service.models import LedgerDay, ServiceRecord

    cast = district
    member = Member.objects.get(name="王五")
    report = service_services.report_submit(
        member=member,
        date=timezone.localdate() - dt.timedelta(days=1),
        hours=2,
        content="清理单车棚",
    )
    report = service_services.report_approve(report=report, by=cast.community_admin)
    for record in ServiceRecord.objects.filter(kind="credit"):
        service_services.record_reverse(record=record, reason="录错", by=cast.community_admin)
    running = sorted(LedgerDay.objects.values_list("community_id", "day", "credits", "hours"))
    assert running and sum(r[3] for r in running) == 0  # every credit reversed
    service_services.ledger_days_rebuild()
    assert (
        sorted(LedgerDay.objects.values_list("community_id", "day", "credits", "hours")) == running
    )
    # The figures agree with their lists after reversals too.
    period = Period.last_weeks(4)
    values = {f.key: v for f, v in fig.overview(cast.district, period)}
    every = fig.all_figures()
    assert values["hours"] == fig.value_of(every["hours"], cast.district, period) == 0
    # A reversed credit is not a time served (人次): none stand.
    assert values["credits"] == fig.value_of(every["credits"], cast.district, period) == 0


def test_a_standing_credit_looks_for_its_reversal_among_rows_that_reverse_something():
    """The NOT EXISTS of a standing credit names ``reverses IS NOT NULL``: PostgreSQL then
    finds the few reversals by their unique index, where without it it hashed every row of
    the ledger for each figure (a tenth of a city's month of credits grouped: 620 → 400 ms)."""
    from jinlin.cloudmap.figures import standing_credits
    from jinlin.service.models import ServiceRecord

    sql = str(standing_credits(ServiceRecord.objects.all()).query)
    assert "NOT EXISTS" in sql and '"reverses_id" IS NOT NULL' in sql


def test_problem_lists_in_their_order(district):  # noqa: F811
    """Problems found in the period are listed newest first, those closed last closed first,
    the overdue by deadline (each list read in its index's order, as far as its page)."""
    import datetime as dt

    from django.utils import timezone

    from jinlin.oversight.models import Problem
    from tests.oversight_helpers import problem

    cast = district
    now, today = timezone.now(), timezone.localdate()
    made = [problem(cast, title=f"问题{i}", deadline=today + dt.timedelta(days=9 - i))
            for i in range(4)]  # fmt: skip
    days_ago = zip(made, (3, 1, 5, 2), strict=True)
    found = {p.pk: now - dt.timedelta(days=days) for p, days in days_ago}
    for pk, at in found.items():
        Problem.objects.filter(pk=pk).update(created_at=at)
    closed = {made[0].pk: now - dt.timedelta(hours=1), made[2].pk: now - dt.timedelta(hours=5)}
    for pk, at in closed.items():
        Problem.objects.filter(pk=pk).update(status=Problem.Status.CLOSED, closed_at=at)
    overdue = problem(cast, title="逾期", deadline=today - dt.timedelta(days=2))
    earlier = problem(cast, title="更早逾期", deadline=today - dt.timedelta(days=4))
    period, figures = Period.last_weeks(4), fig.all_figures()

    def listed(key: str, among: Any) -> list[int]:
        return [row.pk for row in figures[key].rows(cast.district, period) if row.pk in among]

    newest_first = sorted(found, key=found.__getitem__, reverse=True)
    assert newest_first != list(found)  # not the order they were made in
    assert listed("round_problems", found) == newest_first
    assert listed("round_closed", found) == [made[0].pk, made[2].pk]  # by deadline: 2, 0
    assert listed("round_overdue", {overdue.pk, earlier.pk}) == [earlier.pk, overdue.pk]
    # The list shows when each was found, its days written as its times are.
    columns = [str(label) for label, _path in figures["round_problems"].columns]
    assert "Found on" in columns or "发现日期" in columns
    row = figures["round_problems"].rows(cast.district, period).first()
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", fig.cell(row, "created_at"))
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", fig.cell(row, "deadline"))
