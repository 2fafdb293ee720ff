"""The member's phone pages: my registration, register, withdraw."""

from jinlin.members.models import Registration


def test_the_member_home_offers_registration_with_their_community(cast, as_user):
    response = as_user(cast.member_user).get("/me/registration/")
    page = response.content.decode()
    assert response.status_code == 200
    assert 'name="community"' in page
    assert f'value="{cast.community.pk}" selected' in page


def test_a_member_registers_from_the_page(cast, as_user):
    client = as_user(cast.member_user)
    # Without agreeing to the privacy notice nothing is registered.
    refused = client.post(
        "/me/registration/", {"street": cast.street.pk, "community": cast.community.pk}
    )
    assert refused.status_code == 400 and not Registration.objects.exists()
    response = client.post(
        "/me/registration/",
        {"street": cast.street.pk, "community": cast.community.pk, "consent": "on"},
    )
    assert response.status_code == 302
    from django.conf import settings

    consent = cast.member.consents.get(purpose="notice")
    assert consent.notice_version == settings.PRIVACY_NOTICE_VERSION
    r = Registration.objects.get(member=cast.member)
    assert (r.community, r.status) == (cast.community, "pending")
    page = client.get("/me/registration/").content.decode()
    assert "岑东社区" in page and "current-registration" in page


def test_a_missing_community_gets_a_message_and_writes_nothing(cast, as_user):
    response = as_user(cast.member_user).post(
        "/me/registration/", {"community": "", "consent": "on"}
    )
    assert response.status_code == 200
    assert "field-error" in response.content.decode()
    assert not Registration.objects.exists()
    assert not cast.member.consents.exists()  # the consent stands only with the registration


def test_the_community_select_follows_the_street(cast, as_user):
    response = as_user(cast.member_user).get(
        f"/me/registration/communities/?street={cast.street2.pk}"
    )
    page = response.content.decode()
    assert "孙厝社区" in page and "岑东社区" not in page


def test_a_member_sees_a_decline_reason_and_withdraws(cast, as_user):
    from jinlin.members import services

    r = services.registration_create_for_member(member=cast.member, community=cast.community)
    services.registration_decline(registration=r, reason="请核实住址", by=cast.community_admin)
    client = as_user(cast.member_user)
    assert "请核实住址" in client.get("/me/registration/").content.decode()
    r2 = services.registration_create_for_member(member=cast.member, community=cast.community)
    response = client.post(f"/registrations/{r2.pk}/withdraw/")
    assert response.status_code == 302
    r2.refresh_from_db()
    assert r2.status == "withdrawn"


def test_someone_without_a_member_record_is_told_so(cast, as_user):
    response = as_user(cast.outsider).get("/")
    assert response.status_code == 200
    response = as_user(cast.outsider).get("/me/registration/")
    assert response.status_code == 403


def test_account_page_shows_the_member_and_masks_the_id(cast, as_user):
    cast.member.id_number = "11010519491231002X"
    cast.member.save()
    page = as_user(cast.member_user).get("/account/").content.decode()
    assert "**************002X" in page and "11010519491231002X" not in page
