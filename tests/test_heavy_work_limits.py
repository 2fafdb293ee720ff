"""Heavy work per person is bounded (#20 item 11): the same file asked twice is one file, a
person has at most EXPORTS_AT_ONCE on the queue and EXPORTS_PER_DAY a day."""

import datetime as dt

import pytest
from django.utils.translation import override

from jinlin.cloudmap.indicators import Period
from jinlin.core.errors import Throttled
from jinlin.reports.exports import export_request
from jinlin.reports.models import Export
from tests.api import api_as

pytestmark = pytest.mark.django_db


def _ask(cast, weeks, user=None):
    end = dt.date(2026, 11, 30)
    return export_request(
        kind=Export.KIND_LEDGER, organization=cast.street, by=user or cast.street_admin,
        period=Period(end - dt.timedelta(weeks=weeks), end), language="zh-hans",
    )  # fmt: skip


def test_the_same_file_asked_twice_is_one(cast):
    assert _ask(cast, 4) == _ask(cast, 4)
    assert Export.objects.count() == 1


def test_a_person_has_only_so_many_files_on_the_queue(cast, settings):
    settings.EXPORTS_AT_ONCE = 3
    for weeks in (1, 2, 3):
        _ask(cast, weeks)
    with override("en"), pytest.raises(Throttled, match="already have 3 files"):
        _ask(cast, 4)
    _ask(cast, 4, user=cast.district_admin)  # another person is not held
    Export.objects.filter(requested_by=cast.street_admin).update(status=Export.Status.DONE)
    _ask(cast, 4)  # once they are made, there is room again


def test_a_person_asks_for_only_so_many_files_a_day(cast, settings):
    settings.EXPORTS_AT_ONCE, settings.EXPORTS_PER_DAY = 10, 2
    _ask(cast, 1)
    _ask(cast, 2)
    with override("en"), pytest.raises(Throttled, match="asked for 2 files today"):
        _ask(cast, 3)


def test_the_api_answers_429(cast, settings):
    settings.EXPORTS_AT_ONCE, settings.EXPORTS_PER_DAY = 10, 1
    api = api_as("street")
    body = {"kind": "ledger", "organization": cast.street.pk,
            "period_from": "2026-11-01", "period_to": "2026-11-30"}  # fmt: skip
    assert api.post("/exports", body).status_code == 202
    body["period_from"] = "2026-10-01"
    refused = api.post("/exports", body)
    assert refused.status_code == 429 and refused.json()["error"]
