"""长辈版 (#19 §4): a member switches it on from any page and keeps it on every device; the
page says so to the stylesheet (``<html class="elder">``) and the API reads and sets it."""

from __future__ import annotations

import pytest

from jinlin.members.models import Member
from tests.api import api_as
from tests.conftest import client_for

pytestmark = pytest.mark.django_db


def test_the_switch_is_remembered_on_the_member_and_returns_to_the_page(cast):
    mine = client_for(cast.member_user)
    page = mine.get("/me/hours/", HTTP_ACCEPT_LANGUAGE="zh-hans").content.decode()
    assert 'class="elder-switch"' in page and 'aria-pressed="false"' in page
    assert '<html lang="zh-hans">' in page
    # Switched on: back to the page it was pressed on, and on from every device after.
    done = mine.post("/account/elder-mode/", {"on": "1", "next": "/me/hours/"})
    assert done.status_code == 302 and done["Location"] == "/me/hours/"
    assert Member.objects.get(pk=cast.member.pk).elder_mode
    other_device = client_for(cast.member_user)
    page = other_device.get("/needs/").content.decode()
    assert 'class="elder"' in page and 'aria-pressed="true"' in page
    # Another site as `next` is not followed; switched off again.
    away = mine.post("/account/elder-mode/", {"on": "0", "next": "https://evil.example/"})
    assert away["Location"] == "/" and not Member.objects.get(pk=cast.member.pk).elder_mode
    assert mine.get("/account/elder-mode/").status_code == 405


def test_a_resident_without_an_account_keeps_it_in_the_browser(cast, client):
    page = client.get("/requests/new/").content.decode()
    assert 'class="elder-switch"' in page and 'class="elder"' not in page
    done = client.post("/account/elder-mode/", {"on": "1", "next": "/requests/new/"})
    assert done["Location"] == "/requests/new/"
    assert done.cookies["jinlin_elder"].value == "1" and done.cookies["jinlin_elder"]["httponly"]
    assert 'class="elder"' in client.get("/requests/new/").content.decode()
    client.post("/account/elder-mode/", {"on": "0"})
    assert 'class="elder"' not in client.get("/requests/new/").content.decode()
    # The cookie means nothing once signed in: a member's record decides.
    client.cookies["jinlin_elder"] = "1"
    client.force_login(cast.member_user)
    assert 'class="elder"' not in client.get("/needs/").content.decode()


def test_an_account_without_a_member_has_no_switch(cast):
    admin = client_for(cast.community_admin)
    assert 'class="elder-switch"' not in admin.get("/").content.decode()
    assert admin.post("/account/elder-mode/", {"on": "1"}).status_code == 403


def test_the_api_reads_and_sets_it(cast):
    api = api_as(cast.member_user.username)
    assert api.get("/me").json()["elder_mode"] is False
    set_on = api.post("/me/preferences", {"elder_mode": True})
    assert set_on.status_code == 200 and set_on.json()["elder_mode"] is True
    assert Member.objects.get(pk=cast.member.pk).elder_mode
    assert api.post("/me/preferences", {"elder_mode": "perhaps"}).status_code in (400, 422)
    admin = api_as(cast.community_admin.username)
    assert admin.post("/me/preferences", {"elder_mode": True}).status_code == 403


def test_the_page_frame_reads_it_with_the_member_not_in_a_query_of_its_own(cast):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    Member.objects.filter(pk=cast.member.pk).update(elder_mode=True)
    mine = client_for(cast.member_user)
    with CaptureQueriesContext(connection) as seen:
        page = mine.get("/needs/").content.decode()
    assert 'class="elder"' in page
    sqls = [q["sql"] for q in seen.captured_queries]
    # The scope reads the member's id with the choice; nothing asks for it apart.
    assert any('"members_member"."elder_mode"' in s.split(" FROM ")[0] and
               '"members_member"."id"' in s.split(" FROM ")[0] for s in sqls)  # fmt: skip
    assert not [s for s in sqls if "elder_mode" in s.partition(" WHERE ")[2]], sqls
