from tests.api import api_as


def test_organizations_are_scoped(cast):
    body = api_as("street").get("/organizations").json()
    assert {o["name"] for o in body["results"]} == {
        "集美街道",
        "岑东社区",
        "大社社区",
        "岑东社区第一党支部",
    }
    assert set(body["results"][0]) >= {"id", "name", "kind", "parent", "code"}


def test_organizations_filter_by_kind_and_parent(cast):
    client = api_as("district")
    body = client.get("/organizations", kind="community").json()
    assert body["count"] == 3
    body = client.get("/organizations", parent=cast.street.pk).json()
    assert {o["name"] for o in body["results"]} == {"岑东社区", "大社社区"}
    assert client.get("/organizations", kind="planet").status_code == 400
    assert client.get("/organizations", page="x").status_code == 400


def test_members_may_not_list_organizations(cast):
    response = api_as("member").get("/organizations")
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "forbidden"


def test_an_organization_outside_scope_is_404(cast):
    assert api_as("street").get(f"/organizations/{cast.street2.pk}").status_code == 404
    assert api_as("street").get(f"/organizations/{cast.community.pk}").status_code == 200


def test_members_mask_phones_for_supervisors(cast):
    body = api_as("supervisor").get("/members").json()
    phones = {m["name"]: m["phone"] for m in body["results"]}
    assert phones == {"张三": "138****8000", "李四": "139****9000"}
    body = api_as("community").get("/members").json()
    assert [(m["name"], m["phone"]) for m in body["results"]] == [("张三", "13800138000")]
    assert "id_number" not in body["results"][0]


def test_members_filter_by_organization(cast):
    client = api_as("district")
    body = client.get("/members", organization=cast.street2.pk).json()
    assert [m["name"] for m in body["results"]] == ["李四"]
    assert api_as("community").get("/members", organization=cast.community3.pk).status_code == 400


def test_a_member_reads_only_themselves(cast):
    client = api_as("member")
    assert client.get("/members").status_code == 403
    assert client.get(f"/members/{cast.member.pk}").json()["phone"] == "13800138000"
    assert client.get(f"/members/{cast.other_member.pk}").status_code == 404
