"""Admin pages: registrations to confirm, members, the tree, figures."""

from jinlin.members import services
from jinlin.members.models import Member, Registration
from jinlin.organizations.models import Organization, Partnership


def _pending(cast):
    return services.registration_create_for_member(member=cast.member, community=cast.community)


def test_the_community_admin_sees_pending_registrations_with_buttons(cast, as_user):
    r = _pending(cast)
    page = as_user(cast.community_admin).get("/registrations/").content.decode()
    assert "张三" in page and f"/registrations/{r.pk}/confirm/" in page


def test_the_street_admin_sees_them_without_deciding(cast, as_user):
    r = _pending(cast)
    page = as_user(cast.street_admin).get("/registrations/").content.decode()
    assert "张三" in page and f"/registrations/{r.pk}/confirm/" not in page


def test_confirm_by_htmx_swaps_the_row(cast, as_user):
    r = _pending(cast)
    response = as_user(cast.community_admin).post(
        f"/registrations/{r.pk}/confirm/", HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 200
    assert f'id="registration-{r.pk}"' in response.content.decode()
    r.refresh_from_db()
    assert r.status == "confirmed"


def test_decline_without_reason_is_refused_in_the_row(cast, as_user):
    r = _pending(cast)
    response = as_user(cast.community_admin).post(
        f"/registrations/{r.pk}/decline/", {"reason": ""}, HTTP_HX_REQUEST="true"
    )
    assert 'role="alert"' in response.content.decode()
    r.refresh_from_db()
    assert r.status == "pending"


def test_decline_without_htmx_redirects_with_a_message(cast, as_user):
    r = _pending(cast)
    client = as_user(cast.community_admin)
    response = client.post(f"/registrations/{r.pk}/decline/", {"reason": "住址不符"}, follow=True)
    assert response.status_code == 200
    r.refresh_from_db()
    assert (r.status, r.decline_reason) == ("declined", "住址不符")


def test_another_community_cannot_see_or_confirm(cast, as_user):
    r = _pending(cast)
    client = as_user(cast.community2_admin)
    assert "张三" not in client.get("/registrations/").content.decode()
    assert client.post(f"/registrations/{r.pk}/confirm/").status_code == 404
    r.refresh_from_db()
    assert r.status == "pending"


def test_member_list_masks_phones_for_supervisors(cast, as_user):
    page = as_user(cast.supervisor).get("/members/").content.decode()
    assert "138****8000" in page and "13800138000" not in page
    page = as_user(cast.community_admin).get("/members/").content.decode()
    assert "13800138000" in page and "李四" not in page


def test_member_list_filters(cast, as_user):
    client = as_user(cast.district_admin)
    assert "李四" not in client.get("/members/?q=张").content.decode()
    page = client.get(f"/members/?organization={cast.street2.pk}").content.decode()
    assert "李四" in page and "张三" not in page
    assert "张三" not in client.get("/members/?party=0").content.decode()


def test_members_are_not_listed_to_members(cast, as_user):
    assert as_user(cast.member_user).get("/members/").status_code == 403


def test_an_admin_adds_and_edits_a_member_with_row_level_messages(cast, as_user):
    client = as_user(cast.community_admin)
    response = client.post(
        "/members/new/",
        {"name": "王五", "phone": "12345", "community": cast.community.pk, "is_party_member": ""},
    )
    assert response.status_code == 200
    assert "11" in response.content.decode()  # "A mobile number has 11 digits"
    assert not Member.objects.filter(name="王五").exists()
    response = client.post(
        "/members/new/",
        {
            "name": "王五",
            "phone": "13700137000",
            "community": cast.community.pk,
            "is_party_member": "",
        },
    )
    assert response.status_code == 302
    wang = Member.objects.get(name="王五")
    response = client.post(
        f"/members/{wang.pk}/",
        {"name": "王五", "phone": "13800138000", "community": cast.community.pk},
    )
    assert (
        "already has this phone" in response.content.decode()
        or "手机号" in response.content.decode()
    )
    wang.refresh_from_db()
    assert wang.phone == "13700137000"


def test_an_admin_issues_an_account_and_the_member_signs_in(cast, as_user):
    from django.test import Client

    wang = services.member_create(
        name="王五", phone="13700137000", is_party_member=False, community=cast.community
    )
    page = (
        as_user(cast.community_admin)
        .post(f"/members/{wang.pk}/", {"action": "issue_account"})
        .content.decode()
    )
    password = page.split('<code style="font-size:1.2rem">')[1].split("</code>")[0]
    client = Client()
    assert (
        client.post("/signin/", {"username": "13700137000", "password": password}).status_code
        == 302
    )
    assert (
        as_user(cast.community2_admin)
        .post(f"/members/{wang.pk}/", {"action": "issue_account"})
        .status_code
        == 404
    )


def test_tree_detail_and_children(cast, as_user):
    client = as_user(cast.street_admin)
    page = client.get("/orgs/").content.decode()
    assert "集美街道" in page and "侨英街道" not in page
    assert "岑东社区" in client.get(f"/orgs/{cast.street.pk}/children/").content.decode()
    assert client.get(f"/orgs/{cast.street2.pk}/").status_code == 404
    assert "岑东" in client.get("/orgs/?q=岑东").content.decode()


def test_an_admin_edits_and_adds_organizations(cast, as_user):
    client = as_user(cast.community_admin)
    response = client.post(
        f"/orgs/{cast.community.pk}/",
        {
            "action": "edit",
            "name": "岑东社区",
            "subkind": "community",
            "code": "C1",
            "address": "岑东路 8 号",
            "contact_phone": "",
        },
    )
    assert response.status_code == 302
    cast.community.refresh_from_db()
    assert cast.community.address == "岑东路 8 号"
    response = client.post(
        f"/orgs/{cast.community.pk}/",
        {
            "action": "add_child",
            "child-name": "岑东花园物业",
            "child-subkind": "property",
            "child-code": "",
            "child-address": "",
            "child-contact_phone": "",
        },
    )
    assert response.status_code == 302
    assert Organization.objects.get(name="岑东花园物业").parent == cast.community
    response = client.post(
        f"/orgs/{cast.community.pk}/",
        {"action": "add_child", "child-name": "X", "child-subkind": "property", "child-code": "C2"},
    )
    assert response.status_code == 200 and "field-error" in response.content.decode()


def test_partnerships_from_the_community_page(cast, as_user):
    client = as_user(cast.community2_admin)
    response = client.post(
        f"/orgs/{cast.community2.pk}/partnerships/", {"partner": cast.unit2.pk, "note": "共建"}
    )
    assert response.status_code == 302
    p = Partnership.objects.get(community=cast.community2)
    assert p.unit == cast.unit2
    client.post(f"/orgs/partnerships/{p.pk}/remove/")
    assert not Partnership.objects.filter(pk=p.pk).exists()


def test_figures_page_has_the_chart_and_the_rows(cast, as_user):
    r = _pending(cast)
    services.registration_confirm(registration=r, by=cast.community_admin)
    page = as_user(cast.district_admin).get("/registrations/figures/").content.decode()
    assert "echarts.min.js" in page and "集美街道" in page
    page = (
        as_user(cast.district_admin)
        .get(f"/registrations/figures/?parent={cast.street.pk}")
        .content.decode()
    )
    assert "岑东社区" in page


def test_admin_home_shows_what_waits(cast, as_user):
    _pending(cast)
    page = as_user(cast.community_admin).get("/").content.decode()
    assert 'href="/registrations/?status=pending"' in page


def test_unit_admin_registers_the_unit_from_its_page(cast, as_user):
    client = as_user(cast.unit_admin)
    assert "岑东社区" in client.get("/unit/registration/").content.decode()
    client.post("/unit/registration/", {"unit": cast.unit.pk, "community": cast.community.pk})
    r = Registration.objects.get(unit=cast.unit)
    assert r.status == "pending"
    client.post("/unit/registration/", {"unit": cast.unit.pk, "community": cast.community3.pk})
    assert Registration.objects.filter(unit=cast.unit).count() == 1
    assert as_user(cast.member_user).get("/unit/registration/").status_code == 403


def test_back_office_is_scoped(cast, as_user):
    client = as_user(cast.community2_admin)
    assert client.get("/admin/").status_code == 200
    page = client.get("/admin/members/member/").content.decode()
    assert "张三" not in page
    page = as_user(cast.community_admin).get("/admin/members/member/").content.decode()
    assert "张三" in page
    assert as_user(cast.member_user).get("/admin/").status_code == 302


def test_back_office_refusal_is_a_message_not_an_error(cast, as_user):
    client = as_user(cast.street_admin)
    response = client.post(
        "/admin/organizations/organization/add/",
        {
            "name": "X",
            "kind": "community",
            "subkind": "community",
            "code": "NEW",
            "parent": cast.street2.pk,
            "address": "",
            "contact_phone": "",
        },
    )
    assert response.status_code == 302
    assert not Organization.objects.filter(code="NEW").exists()


def test_language_switch_to_english(cast, as_user):
    client = as_user(cast.member_user)
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    page = client.get("/me/registration/").content.decode()
    assert "Register with my community" in page


def test_the_navigation_marks_only_the_current_page(cast, as_user):
    page = as_user(cast.district_admin).get("/registrations/figures/").content.decode()
    assert page.count('aria-current="page"') == 1
    assert 'href="/registrations/figures/" class="active"' in page


def test_back_office_shows_needs_and_the_ledger_read_only(cast, as_user):
    from tests.needs_helpers import publish

    need = publish(cast, title="后台可见")
    client = as_user(cast.community_admin)
    assert "后台可见" in client.get("/admin/needs/need/").content.decode()
    assert client.get("/admin/service/servicerecord/").status_code == 200
    other = as_user(cast.community2_admin).get("/admin/needs/need/").content.decode()
    assert "后台可见" not in other
    assert client.get(f"/admin/needs/need/{need.pk}/change/").status_code == 200
    assert client.post(f"/admin/needs/need/{need.pk}/change/", {"title": "x"}).status_code == 403


def test_a_unit_admin_sees_only_its_own_members_claims_in_the_back_office(cast, as_user):
    from jinlin.needs import services as need_services
    from tests.needs_helpers import confirm_registration, new_member, publish

    need = publish(cast)  # in 岑东, the unit's partner community
    outsider = new_member(cast, "王五", "13700137000")
    outsider.branch = cast.community_branch  # a 岑东 branch, not the unit's
    outsider.save()
    need_services.claim_create(need=need, member=outsider)
    confirm_registration(cast.member, cast.community)
    need_services.claim_create(need=need, member=cast.member)  # the unit's own member
    page = as_user(cast.unit_admin).get("/admin/needs/claim/").content.decode()
    assert "张三" in page and "王五" not in page
    assert "王五" in as_user(cast.community_admin).get("/admin/needs/claim/").content.decode()
