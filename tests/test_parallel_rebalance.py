"""A proposal approved by many requests at once (two admins, a double tap) on PostgreSQL:
exactly one approval, its partnerships and orders created once."""

import pytest
from django.db import connection

from jinlin.api.security import token_issue
from jinlin.cloudmap import services
from jinlin.needs.models import Need
from jinlin.organizations.models import Partnership
from tests.parallel import call, in_parallel
from tests.test_cloudmap_rebalance import short_district  # noqa: F401  (fixture)

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _on_postgres():
    assert connection.vendor == "postgresql", "run this tier with DATABASE_URL=postgres://…"


def test_20_simultaneous_approvals_create_the_plan_once(short_district, live_server):  # noqa: F811
    cast = short_district
    proposal = services.proposal_create(district=cast.district, weeks=2)
    partnerships_before = Partnership.objects.count()
    token = token_issue(user=cast.district_admin)[0]
    path = f"/api/v1/rebalance/proposals/{proposal.pk}/approve"
    results = in_parallel(
        [(lambda: call(live_server.url, "POST", path, None, token)) for _ in range(20)],
        workers=20,
    )
    assert sorted(s for s, _b in results) == [200] + [409] * 19, results[:3]
    assert Partnership.objects.count() == partnerships_before + 1
    assert Need.objects.filter(mode="order", unit=cast.unit).count() == 2
