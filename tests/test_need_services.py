import datetime as dt

import pytest
from django.utils import timezone
from django.utils.translation import override

from jinlin.core.errors import Conflict, InvalidInput, NotAllowed
from jinlin.needs import services
from jinlin.needs.models import Claim, Need
from jinlin.notifications.models import Notification
from tests.needs_helpers import confirm_registration, new_member, publish


@pytest.fixture(autouse=True)
def _english():
    with override("en"):
        yield


@pytest.fixture
def members(cast):
    return [new_member(cast, f"队员{i}", f"1370000000{i}") for i in range(5)]


def test_a_community_admin_publishes(cast):
    need = publish(cast)
    assert (need.status, need.slots, need.confirmed_count) == ("published", 2, 0)
    assert need.longitude == cast.community.longitude


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"title": ""}, "title"),
        ({"slots": 0}, "slots"),
        ({"slots": "many"}, "slots"),
        ({"place": " "}, "place"),
        ({"mode": "lottery"}, "mode"),
        ({"metrics": ["smiles"]}, "metrics"),
        ({"grace_minutes": -5}, "grace_minutes"),
        (
            {"starts_at": timezone.now(), "ends_at": timezone.now() - dt.timedelta(hours=1)},
            "ends_at",
        ),
        ({"starts_at": dt.datetime(2030, 1, 1, 9)}, "starts_at"),  # noqa: DTZ001 - naive on purpose
    ],
)
def test_bad_fields_are_named_and_nothing_is_written(cast, overrides, field):
    with pytest.raises(InvalidInput) as info:
        publish(cast, **overrides)
    assert field in info.value.fields
    assert not Need.objects.exists()


def test_only_the_communitys_admin_publishes(cast):
    with pytest.raises(NotAllowed):
        services.need_publish(
            community=cast.community,
            by=cast.community2_admin,
            title="x",
            category="clean_home",
            place="x",
            starts_at=timezone.now(),
            ends_at=timezone.now() + dt.timedelta(hours=1),
            slots=1,
            mode="open",
            unit=None,
            metrics=[],
            grace_minutes=0,
        )


def test_an_order_goes_to_a_partner_unit_whose_admins_are_told(cast):
    with pytest.raises(InvalidInput) as info:
        publish(cast, mode="order", unit=cast.unit2)
    assert "unit" in info.value.fields
    with pytest.raises(InvalidInput):
        publish(cast, mode="order", unit=None)
    need = publish(cast, mode="order", unit=cast.unit)
    assert Notification.objects.filter(user=cast.unit_admin, kind="dispatched").exists()
    assert need.unit == cast.unit


def test_registered_members_claim_until_full_then_wait(cast, members):
    need = publish(cast, slots=2)
    statuses = [services.claim_create(need=need, member=m).status for m in members[:4]]
    assert statuses == ["confirmed", "confirmed", "waitlisted", "waitlisted"]
    need.refresh_from_db()
    assert (need.confirmed_count, need.waitlisted_count) == (2, 2)


def test_a_second_claim_by_the_same_member_is_refused(cast, members):
    need = publish(cast)
    services.claim_create(need=need, member=members[0])
    with pytest.raises(Conflict) as info:
        services.claim_create(need=need, member=members[0])
    assert info.value.code == "already_claimed"


def test_who_may_claim_an_open_need(cast, members):
    need = publish(cast)
    unregistered = new_member(cast, "未报到", "13600000001", registered=False)
    # Members of a partner unit may claim without registering (城管局 is partnered with 岑东).
    assert services.claim_create(need=need, member=unregistered).status == "confirmed"
    with pytest.raises(NotAllowed) as info:
        services.claim_create(need=need, member=cast.other_member)  # 教育局, lives in 孙厝
    assert info.value.code == "not_eligible"
    confirm_registration(cast.other_member, cast.community)
    assert services.claim_create(need=need, member=cast.other_member).status == "confirmed"


def test_members_claim_only_for_themselves(cast, members):
    need = publish(cast)
    with pytest.raises(NotAllowed):
        services.claim_create(need=need, member=members[0], by=cast.member_user)


def test_overlapping_confirmed_claims_are_refused_naming_the_other(cast, members):
    first = publish(cast, title="早班劝导")
    second = publish(cast, title="交通劝导")
    services.claim_create(need=first, member=members[0])
    with pytest.raises(Conflict) as info:
        services.claim_create(need=second, member=members[0])
    assert info.value.code == "time_overlap" and "早班劝导" in info.value.message
    later = publish(
        cast, title="下午", starts_at=first.ends_at, ends_at=first.ends_at + dt.timedelta(hours=1)
    )
    assert services.claim_create(need=later, member=members[0]).status == "confirmed"


def test_cancelling_promotes_the_earliest_waitlisted(cast, members):
    need = publish(cast, slots=1)
    first = services.claim_create(need=need, member=members[0])
    second = services.claim_create(need=need, member=members[1])
    services.claim_create(need=need, member=members[2])
    services.claim_cancel(claim=first, by=members[0].user)
    second.refresh_from_db()
    need.refresh_from_db()
    assert second.status == "confirmed"
    assert (need.confirmed_count, need.waitlisted_count) == (1, 1)
    assert Notification.objects.filter(user=members[1].user, kind="promoted").exists()
    with pytest.raises(Conflict):
        services.claim_cancel(claim=first)


def test_promotion_skips_members_busy_elsewhere(cast, members):
    need = publish(cast, slots=1)
    other = publish(cast, title="同时段")
    holder = services.claim_create(need=need, member=members[0])
    busy = services.claim_create(need=need, member=members[1])
    services.claim_create(need=other, member=members[1])
    free = services.claim_create(need=need, member=members[2])
    services.claim_cancel(claim=holder)
    busy.refresh_from_db()
    free.refresh_from_db()
    assert (busy.status, free.status) == ("waitlisted", "confirmed")


def test_nobody_else_cancels_a_claim(cast, members):
    claim = services.claim_create(need=publish(cast), member=members[0])
    with pytest.raises(NotAllowed):
        services.claim_cancel(claim=claim, by=members[1].user)
    with pytest.raises(NotAllowed):
        services.claim_cancel(claim=claim, by=cast.community2_admin)
    services.claim_cancel(claim=claim, by=cast.community_admin)
    assert Notification.objects.filter(user=members[0].user, kind="claim_cancelled").exists()


def test_lowering_slots_sends_the_latest_confirmed_back_with_notice(cast, members):
    need = publish(
        cast,
        slots=3,
        starts_at=timezone.now() + dt.timedelta(hours=1),
        ends_at=timezone.now() + dt.timedelta(hours=3),
    )
    claims = [services.claim_create(need=need, member=m) for m in members[:4]]
    services.need_set_slots(need=need, slots=1, by=cast.community_admin)
    for claim in claims:
        claim.refresh_from_db()
    assert [c.status for c in claims] == ["confirmed", "waitlisted", "waitlisted", "waitlisted"]
    assert Notification.objects.filter(kind="demoted").count() == 2
    services.need_set_slots(need=need, slots=2, by=cast.community_admin)
    claims[1].refresh_from_db()
    assert claims[1].status == "confirmed"  # demoted claims keep their place at the head


def test_a_started_need_cannot_be_edited(cast):
    need = publish(cast)
    with pytest.raises(Conflict) as info:
        services.need_update(need=need, title="新标题", by=cast.community_admin)
    assert info.value.code == "already_started"


def test_editing_times_notifies_holders(cast, members):
    start = timezone.now() + dt.timedelta(days=1)
    need = publish(cast, starts_at=start, ends_at=start + dt.timedelta(hours=2))
    services.claim_create(need=need, member=members[0])
    services.need_update(
        need=need,
        by=cast.community_admin,
        starts_at=start + dt.timedelta(hours=1),
        ends_at=start + dt.timedelta(hours=3),
    )
    assert Notification.objects.filter(user=members[0].user, kind="need_changed").exists()


def test_cancelling_a_need_cancels_claims_with_the_reason(cast, members):
    need = publish(cast, slots=1)
    services.claim_create(need=need, member=members[0])
    services.claim_create(need=need, member=members[1])
    with pytest.raises(InvalidInput):
        services.need_cancel(need=need, reason="", by=cast.community_admin)
    services.need_cancel(need=need, reason="台风预警", by=cast.community_admin)
    assert set(Claim.objects.values_list("status", flat=True)) == {"cancelled"}
    note = Notification.objects.get(user=members[1].user, kind="need_cancelled")
    assert "台风预警" in note.text
    with pytest.raises(Conflict):
        services.claim_create(need=need, member=members[2])


def test_the_unit_admin_dispatches_all_or_nothing(cast, members):
    need = publish(cast, mode="order", unit=cast.unit, slots=3)
    with pytest.raises(NotAllowed):
        services.claim_create(need=need, member=members[0])
    with pytest.raises(NotAllowed):
        services.claims_dispatch(need=need, members=members[:2], by=cast.community_admin)
    with pytest.raises(Conflict) as info:
        services.claims_dispatch(need=need, members=members[:4], by=cast.unit_admin)
    assert info.value.code == "too_many"
    with pytest.raises(InvalidInput):
        services.claims_dispatch(
            need=need, members=[members[0], cast.other_member], by=cast.unit_admin
        )
    assert not Claim.objects.exists()
    claims = services.claims_dispatch(need=need, members=members[:3], by=cast.unit_admin)
    assert [c.status for c in claims] == ["confirmed"] * 3
    assert Notification.objects.filter(user=members[0].user, kind="dispatched").exists()
    with pytest.raises(Conflict):
        services.claims_dispatch(need=need, members=[members[3]], by=cast.unit_admin)


def test_an_ended_need_refuses_claims_and_closes(cast, members):
    need = publish(
        cast,
        starts_at=timezone.now() - dt.timedelta(hours=3),
        ends_at=timezone.now() - dt.timedelta(hours=1),
    )
    with pytest.raises(Conflict) as info:
        services.claim_create(need=need, member=members[0])
    assert info.value.code == "ended"
    assert services.need_close(need=need, by=cast.community_admin).status == "closed"


def test_the_nightly_job_closes_ended_needs_and_records_no_shows(cast):
    import io

    from django.core.management import call_command

    from jinlin.service import services as service_services

    need = publish(cast)
    came = new_member(cast, "王五", "13700137000")
    stayed_away = new_member(cast, "赵六", "13700137001")
    services.claim_create(need=need, member=came)
    services.claim_create(need=need, member=stayed_away)
    token, _expires = service_services.site_code_issue(need=need)
    service_services.scan_record(token=token, member=came)
    recent = publish(cast, title="刚结束")
    week_ago = timezone.now() - dt.timedelta(days=8)
    Need.objects.filter(pk=need.pk).update(
        starts_at=week_ago - dt.timedelta(hours=2), ends_at=week_ago
    )
    yesterday = timezone.now() - dt.timedelta(days=1)
    Need.objects.filter(pk=recent.pk).update(
        starts_at=yesterday - dt.timedelta(hours=2), ends_at=yesterday
    )
    out = io.StringIO()
    call_command("close_ended_needs", stdout=out)
    assert "1 need(s) closed, 1 no-show(s)" in out.getvalue()
    statuses = dict(need.claims.values_list("member__name", "status"))
    assert statuses == {"王五": "confirmed", "赵六": "absent"}  # the one who came awaits acceptance
    assert Need.objects.get(pk=need.pk).status == "closed"
    assert Need.objects.get(pk=recent.pk).status == "published"
