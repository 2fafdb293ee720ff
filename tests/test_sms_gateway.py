"""Without a text-message gateway (SMS_BACKEND unset, DEBUG off) a resident is told that no
code can be sent, instead of waiting for one that never comes; the API answers 503."""

from __future__ import annotations

import pytest
from django.test import Client, override_settings

from jinlin.residents.models import PhoneCode
from tests.api import ApiClient

pytestmark = pytest.mark.django_db


@override_settings(SMS_BACKEND="", DEBUG=False)
def test_without_a_gateway_the_resident_is_told_and_nothing_is_written(cast):
    page = Client().get("/requests/new/", HTTP_ACCEPT_LANGUAGE="zh-hans").content.decode()
    assert 'id="no-sms"' in page and "本站尚未接入短信网关" in page
    assert 'value="send_code"' not in page
    answer = ApiClient().post("/phone-codes", {"phone": "13800138000"})
    assert answer.status_code == 503
    assert answer.json()["error"]["code"] == "sms_unavailable"
    posted = Client().post("/requests/new/", {"action": "send_code", "phone": "13800138000"})
    assert posted.status_code == 400 and "本站尚未接入短信网关" in posted.content.decode()
    assert PhoneCode.objects.count() == 0


@override_settings(SMS_BACKEND="", DEBUG=False)
def test_without_a_gateway_the_reminder_setting_says_so(cast, as_user):
    page = as_user(cast.member_user).get("/notifications/", HTTP_ACCEPT_LANGUAGE="zh-hans")
    text = page.content.decode()
    assert 'id="no-sms"' in text and 'name="sms_reminders"' in text
    assert "disabled" in text.split('name="sms_reminders"')[1].split(">")[0]


def test_with_a_gateway_the_code_is_sent(cast):
    from jinlin.core import sms

    before = len(sms.outbox)
    assert ApiClient().post("/phone-codes", {"phone": "13800138000"}).status_code == 202
    assert len(sms.outbox) == before + 1
