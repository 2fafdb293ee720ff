"""A community admin messages everyone holding a need (#19 §5): bells of the confirmed and the
waitlisted, a text message to those who chose it; only the need's admins; bounded per hour."""

from __future__ import annotations

import pytest
from django.test import TestCase

from jinlin.core import sms
from jinlin.core.errors import NotAllowed, Throttled
from jinlin.needs import services
from jinlin.notifications.models import Notification
from tests.api import api_as
from tests.needs_helpers import new_member, publish

pytestmark = pytest.mark.django_db


def test_everyone_holding_the_need_is_told(cast, as_user):
    need = publish(cast, slots=1)
    services.claim_create(need=need, member=cast.member)
    waiting = new_member(cast, "王五", "13700137000")
    waiting.sms_reminders = True
    waiting.save(update_fields=["sms_reminders"])
    services.claim_create(need=need, member=waiting)
    outsider = new_member(cast, "赵六", "13600136000")
    before = len(sms.outbox)
    with TestCase.captureOnCommitCallbacks(execute=True):
        page = as_user(cast.community_admin).post(
            f"/needs/{need.pk}/message/", {"text": "改在北门集合\u3000"}, follow=True
        )
    assert page.status_code == 200
    told = Notification.objects.filter(kind="need_changed")
    assert set(told.values_list("user_id", flat=True)) == {cast.member_user.pk, waiting.user_id}
    assert "改在北门集合" in told.first().text and need.title in told.first().text
    assert not told.filter(user_id=outsider.user_id).exists()
    assert sms.outbox[before:] == [(waiting.phone, sms.outbox[-1][1])]
    assert "改在北门集合" in sms.outbox[-1][1]
    detail = as_user(cast.community_admin).get(f"/needs/{need.pk}/").content.decode()
    assert "改在北门集合" in detail


def test_only_the_needs_admins_and_not_too_often(cast):
    need = publish(cast, slots=3)
    with pytest.raises(NotAllowed):
        services.need_message(need=need, text="x", by=cast.community2_admin)
    for n in range(services.MESSAGES_PER_HOUR):
        services.need_message(need=need, text=f"第{n}条", by=cast.community_admin)
    with pytest.raises(Throttled):
        services.need_message(need=need, text="又一条", by=cast.community_admin)


def test_through_the_api(cast):
    need = publish(cast, slots=2)
    services.claim_create(need=need, member=cast.member)
    api = api_as("community")
    sent = api.post(f"/needs/{need.pk}/messages", {"text": "带好手套"})
    assert sent.status_code == 201 and sent.json()["recipients"] == 1
    assert api.post(f"/needs/{need.pk}/messages", {"text": ""}).status_code in (400, 422)
    assert api_as("member").post(f"/needs/{need.pk}/messages", {"text": "x"}).status_code == 403
