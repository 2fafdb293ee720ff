"""The organization tree's mark (#21): the database gives it a new value whenever an
organization is added, removed, moved or given a new centre, whoever writes, and never a value
it had; 党群云图's shapes file, asked for unnamed, is sent again without reading the
communities while the mark stands, and read afresh when it moves."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from jinlin.cloudmap import shapes
from jinlin.organizations import services as org_services
from jinlin.organizations.models import Organization, TreeMark
from jinlin.organizations.selectors import tree_mark

pytestmark = pytest.mark.django_db

Kind = Organization.Kind


def _placed(cast: Any) -> None:
    for i, community in enumerate([cast.community, cast.community2, cast.community3]):
        Organization.objects.filter(pk=community.pk).update(longitude=118.1 + i / 100,
                                                            latitude=24.5)  # fmt: skip


def test_the_mark_moves_with_the_tree_and_only_with_it(cast):
    """Each way the tree changes gives a new mark — through the services, a queryset's
    update, raw SQL — and a change of anything else (a name, a phone) leaves it; a whole
    save (which writes every column) moves it too, which only costs a reader one fresh read."""
    seen = [tree_mark()]
    assert seen[0] is not None

    def moved() -> bool:
        now = tree_mark()
        fresh = now not in seen
        seen.append(now)
        return fresh

    Organization.objects.filter(pk=cast.community.pk).update(name="岑东新社区", contact_phone="1")
    assert not moved()
    Organization.objects.filter(pk=cast.community.pk).update(path=cast.community.path)
    assert moved()  # written, if not changed: the database does not compare
    org_services.organization_update(organization=cast.community, address="岑东路1号")
    assert moved()
    Organization.objects.filter(pk=cast.community.pk).update(longitude=118.2, latitude=24.6)
    assert moved()
    added = org_services.organization_create(
        name="新村社区", kind=Kind.COMMUNITY, parent=cast.street2, code="C9"
    )
    assert moved()
    org_services.organization_move(organization=added, new_parent=cast.street)
    assert moved()
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE organizations_organization SET latitude = 24.7 WHERE id = %s", [added.pk]
        )
    assert moved()
    Organization.objects.filter(pk=added.pk).delete()
    assert moved()
    org_services.tree_changed()  # what a bulk load with triggers off calls
    assert moved()


def test_a_mark_taken_back_by_a_rollback_is_never_given_again(cast):
    before = tree_mark()
    try:
        with transaction.atomic():
            Organization.objects.filter(pk=cast.community.pk).update(longitude=118.5)
            undone = tree_mark()
            raise RuntimeError("rolled back")
    except RuntimeError:
        pass
    assert tree_mark() == before and undone != before
    Organization.objects.filter(pk=cast.community.pk).update(longitude=118.6)
    assert tree_mark() not in (before, undone)


def test_the_unnamed_file_is_sent_again_while_the_tree_stands(cast, as_user):
    """Unnamed, the shapes file is read once; asked again it is sent from what was read,
    reading one row (the mark), not the communities — until a centre moves or a community is
    added, and then the new shapes come under a new digest."""
    _placed(cast)
    client = as_user(cast.district_admin)
    first = client.get("/cloudmap/shapes.json")
    assert first.status_code == 200 and "no-cache" in first["Cache-Control"]
    names = {f["properties"]["name"] for f in first.json()["features"]}
    assert names == {f"c{c.pk}" for c in (cast.community, cast.community2, cast.community3)}
    with CaptureQueriesContext(connection) as seen:
        again = client.get("/cloudmap/shapes.json")
    assert again.content == first.content and again["ETag"] == first["ETag"]
    assert not any("longitude" in q["sql"] for q in seen.captured_queries)
    assert any("organizations_treemark" in q["sql"] for q in seen.captured_queries)
    # The browser checking its copy (no-cache) is told it is still good, without the file.
    kept = client.get("/cloudmap/shapes.json", HTTP_IF_NONE_MATCH=first["ETag"])
    assert kept.status_code == 304 and kept.content == b"" and kept["ETag"] == first["ETag"]

    Organization.objects.filter(pk=cast.community3.pk).update(longitude=118.4)
    moved = client.get("/cloudmap/shapes.json", HTTP_IF_NONE_MATCH=first["ETag"])
    assert moved.status_code == 200 and moved["ETag"] != first["ETag"]
    assert moved.content != first.content
    added = org_services.organization_create(
        name="新村社区", kind=Kind.COMMUNITY, parent=cast.street2, code="C9",
        longitude="118.45", latitude="24.55",
    )  # fmt: skip
    grown = client.get("/cloudmap/shapes.json").json()
    assert f"c{added.pk}" in {f["properties"]["name"] for f in grown["features"]}
    # A community's admin reads their own, and is not given the district's file.
    own = as_user(cast.community_admin).get("/cloudmap/shapes.json").json()
    assert {f["properties"]["name"] for f in own["features"]} == {f"c{cast.community.pk}"}


def test_with_no_mark_nothing_is_reused(cast, as_user):
    """A database with no mark (a flushed one, before its next change of the tree) reads the
    communities every time: the file is never kept under a mark that is not there."""
    _placed(cast)
    TreeMark.objects.all().delete()
    client = as_user(cast.district_admin)
    first = client.get("/cloudmap/shapes.json")
    with CaptureQueriesContext(connection) as seen:
        again = client.get("/cloudmap/shapes.json")
    assert again.content == first.content
    assert any("longitude" in q["sql"] for q in seen.captured_queries)
    # The next change of the tree puts a mark there again.
    Organization.objects.filter(pk=cast.community.pk).update(longitude=118.3)
    assert tree_mark() is not None


def test_the_file_is_kept_under_the_mark_its_centres_were_read_at():
    """``given`` finds a file unnamed only under the mark it was kept with, and asks for the
    mark only when no digest names the file."""
    asked: list[int] = []

    def mark(value: int | None) -> Any:
        def read() -> int | None:
            asked.append(1)
            return value

        return read

    shapes.give("scope-a", "d1", b"one", 7)
    assert shapes.given("scope-a", "", mark(7)) == ("d1", b"one")
    assert shapes.given("scope-a", "", mark(8)) is None
    assert shapes.given("scope-b", "", mark(7)) is None
    assert len(asked) == 2  # the unknown scope asks nothing
    assert shapes.given("scope-a", "d1", mark(8)) == ("d1", b"one")
    assert shapes.given("scope-a", "d2", mark(7)) is None
    assert len(asked) == 2  # named: the digest decides
    shapes.give("scope-a", "d3", b"three")  # kept without a mark (the page's)
    assert shapes.given("scope-a", "", mark(None)) is None
    assert shapes.given("scope-a", "d3", mark(None)) == ("d3", b"three")
