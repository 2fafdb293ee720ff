"""居民点单 → 社区下单 → 党员接单 → 验收 → rating, and the one-time codes behind it."""

import datetime as dt

import pytest
from django.utils import timezone
from django.utils.translation import override

from jinlin.core import sms
from jinlin.core.errors import Conflict, InvalidInput, NotAllowed, Throttled
from jinlin.needs.models import Need
from jinlin.notifications.models import Notification
from jinlin.residents import services
from jinlin.residents.models import PhoneCode, Rating, ResidentRequest
from tests.needs_helpers import new_member
from tests.standing_helpers import served_need, submit

Status = ResidentRequest.Status


@pytest.fixture(autouse=True)
def _english():
    with override("en"):
        yield


def test_a_code_is_sent_kept_hashed_and_used_once(db):
    code = services.phone_code_send(phone="136 1111 2222")
    assert sms.outbox[-1][0] == "13611112222" and code in sms.outbox[-1][1]
    entry = PhoneCode.objects.get()
    assert code not in entry.code_hash
    assert services.phone_code_verify(phone="13611112222", code=code) == "13611112222"
    with pytest.raises(InvalidInput) as info:
        services.phone_code_verify(phone="13611112222", code=code)
    assert "code" in info.value.fields


def test_codes_are_throttled_and_guesses_limited(db):
    code = services.phone_code_send(phone="13611112222")
    with pytest.raises(Throttled):
        services.phone_code_send(phone="13611112222")
    wrong = "000000" if code != "000000" else "111111"
    for _attempt in range(services.CODE_ATTEMPTS):
        with pytest.raises(InvalidInput):
            services.phone_code_verify(phone="13611112222", code=wrong)
    with pytest.raises(Throttled):
        services.phone_code_verify(phone="13611112222", code=code)


def test_a_bad_phone_is_refused_before_any_code(db):
    with pytest.raises(InvalidInput) as info:
        services.phone_code_send(phone="12345")
    assert "phone" in info.value.fields
    assert not PhoneCode.objects.exists()


def test_an_expired_code_is_refused(db, monkeypatch):
    code = services.phone_code_send(phone="13611112222")
    later = timezone.now() + dt.timedelta(minutes=11)
    monkeypatch.setattr(timezone, "now", lambda: later)
    with pytest.raises(InvalidInput):
        services.phone_code_verify(phone="13611112222", code=code)


def test_a_request_names_every_bad_field_and_saves_nothing(cast):
    with pytest.raises(InvalidInput) as info:
        submit(
            cast,
            title="",
            place=" ",
            name="",
            phone="999",
            wanted_on=timezone.localdate() - dt.timedelta(days=1),
        )
    assert set(info.value.fields) == {"title", "place", "name", "phone", "wanted_on"}
    assert not ResidentRequest.objects.exists()


def test_the_community_is_told_and_accepting_publishes_a_prefilled_need(cast):
    item = submit(cast, wanted_on=timezone.localdate() + dt.timedelta(days=2))
    assert Notification.objects.filter(user=cast.community_admin).exists()
    need = services.request_accept(request=item, by=cast.community_admin)
    item.refresh_from_db()
    assert item.status == Status.ACCEPTED and item.need == need
    assert (need.title, need.place, need.community) == (item.title, item.place, cast.community)
    assert timezone.localtime(need.starts_at).date() == item.wanted_on
    assert need.status == Need.Status.PUBLISHED
    with pytest.raises(Conflict):
        services.request_accept(request=item, by=cast.community_admin)


def test_only_the_requests_own_community_handles_it(cast):
    item = submit(cast)
    for outsider in (cast.community2_admin, cast.unit_admin, cast.member_user):
        with pytest.raises(NotAllowed):
            services.request_accept(request=item, by=outsider)
        with pytest.raises(NotAllowed):
            services.request_decline(request=item, reason="不", by=outsider)
    assert ResidentRequest.objects.get().status == Status.SUBMITTED
    assert not Need.objects.exists()


def test_decline_needs_a_reason_the_resident_sees(cast):
    item = submit(cast)
    with pytest.raises(InvalidInput):
        services.request_decline(request=item, reason=" ", by=cast.community_admin)
    services.request_decline(request=item, reason="属物业维修范围", by=cast.community_admin)
    item.refresh_from_db()
    assert (item.status, item.decline_reason) == (Status.DECLINED, "属物业维修范围")


def test_a_merged_request_follows_the_need_of_the_other(cast):
    first, second = submit(cast), submit(cast, phone="13611113333", name="林伯")
    need = services.request_accept(request=first, by=cast.community_admin)
    services.request_merge(request=second, into=first, by=cast.community_admin)
    second.refresh_from_db()
    assert second.status == Status.MERGED and second.effective_need() == need
    other = submit(cast, community=cast.community2)
    third = submit(cast)
    with pytest.raises(InvalidInput):
        services.request_merge(request=third, into=other, by=cast.community_admin)


def test_rating_waits_for_verified_work_and_shows_on_need_and_member(cast):
    from jinlin.needs import services as need_services
    from jinlin.service import services as service_services

    member = new_member(cast, "王五", "13700137000")
    item = submit(cast)
    now = timezone.now()
    need = services.request_accept(
        request=item,
        by=cast.community_admin,
        starts_at=now - dt.timedelta(minutes=10),
        ends_at=now + dt.timedelta(hours=2),
    )
    claim = need_services.claim_create(need=need, member=member)
    token, _expires = service_services.site_code_issue(need=need, by=cast.community_admin)
    service_services.scan_record(token=token, member=member)
    with pytest.raises(Conflict) as info:
        services.request_rate(request=item, stars=5)
    assert info.value.code == "not_served"  # signed in, not yet inspected
    service_services.claim_accept(claim=claim, hours="1", outcomes={}, by=cast.community_admin)
    service_services.scan_record(token=token, member=member)
    item.refresh_from_db()
    with pytest.raises(InvalidInput):
        services.request_rate(request=item, stars=6)
    rating = services.request_rate(request=item, stars="4", comment="很及时")
    assert (rating.stars, rating.need) == (4, need)
    with pytest.raises(Conflict):
        services.request_rate(request=item, stars=5)
    assert services.member_ratings([member.pk]) == {member.pk: (4.0, 1)}
    assert Rating.objects.filter(need=need).count() == 1


def test_ratings_count_only_for_members_whose_work_was_credited(cast):
    worker = new_member(cast, "王五", "13700137000")
    idle = new_member(cast, "赵六", "13700137001")
    need, _claim = served_need(cast, worker)
    from jinlin.needs import services as need_services

    need_services.claim_create(need=need, member=idle)  # claimed, never verified
    item = submit(cast)
    ResidentRequest.objects.filter(pk=item.pk).update(status=Status.ACCEPTED, need=need)
    item.refresh_from_db()
    services.request_rate(request=item, stars=5)
    assert services.member_ratings([worker.pk, idle.pk]) == {worker.pk: (5.0, 1)}


def test_a_resident_without_an_account_is_told_by_text_message(cast):
    item = submit(cast, phone="13611114444")
    services.request_decline(request=item, reason="属物业维修范围", by=cast.community_admin)
    phone, text = sms.outbox[-1]
    assert phone == "13611114444" and "属物业维修范围" in text and "未受理" in text


def test_codes_are_limited_per_client_address_too(db, settings):
    from jinlin.residents.services import CODES_PER_CLIENT

    for n in range(CODES_PER_CLIENT):
        services.phone_code_send(phone=f"136{n:08d}", client="203.0.113.9")
    with pytest.raises(Throttled):
        services.phone_code_send(phone="13799999999", client="203.0.113.9")
    services.phone_code_send(phone="13799999999", client="198.51.100.7")  # another client


def test_the_log_never_shows_a_code_outside_debug(db, settings, caplog):
    settings.DEBUG = False
    settings.SMS_BACKEND = "jinlin.core.sms.LogBackend"
    code = services.phone_code_send(phone="13611112222")
    logged = " ".join(r.getMessage() for r in caplog.records if r.name == "jinlin.sms")
    assert logged and code not in logged and "******" in logged
