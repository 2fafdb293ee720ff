"""What lies in a caller's reach (``access.of_organizations_in_reach``): the rules, campaigns
and publicity of the places they read and of those above them — a district's rule applies to
its streets and communities, so their admins read it — and no other street's."""

import datetime as dt

from jinlin.members import access
from jinlin.reports.models import RatingRule
from jinlin.reports.ratings import rules_visible
from tests.conftest import make_user


def _rule(org, name):
    return RatingRule.objects.create(
        organization=org, name=name, subject="member", start=dt.date(2026, 1, 1),
        end=dt.date(2026, 12, 31), thresholds=[1, 2, 3, 4, 5],
    )  # fmt: skip


def test_each_admin_reads_the_rules_of_their_places_and_of_those_above(cast):
    for org, name in [(cast.district, "区"), (cast.street, "集美"), (cast.street2, "侨英"),
                      (cast.community, "岑东"), (cast.community3, "孙厝")]:  # fmt: skip
        _rule(org, name)

    def read(user):
        access.forget_scope(user)
        return set(rules_visible(user).values_list("name", flat=True))

    assert read(cast.district_admin) == {"区", "集美", "侨英", "岑东", "孙厝"}
    assert read(cast.street_admin) == {"区", "集美", "岑东"}  # not 侨英's, nor 孙厝 beneath it
    assert read(cast.community_admin) == {"区", "集美", "岑东"}
    assert read(cast.member_user) == set()  # a member reads no tree
    superuser = make_user("root", is_superuser=True)
    assert read(superuser) == {"区", "集美", "侨英", "岑东", "孙厝"}


def test_the_places_above_are_named_from_the_roles_places_not_every_place_read(cast):
    """The ids named as "above" are those on the path of the district the admin's role starts
    at — not every street and community beneath it (a city's district: 3,000 numbers in every
    statement that asked for rules, campaigns or publicity)."""
    reach = access.of_organizations_in_reach(cast.district_admin)
    (named,) = [value for key, value in reach.children if key == "organization_id__in"]
    assert set(named) == {int(p) for p in cast.district.path.strip("/").split("/") if p}
    reach = access.of_organizations_in_reach(cast.community_admin)
    (named,) = [value for key, value in reach.children if key == "organization_id__in"]
    assert set(named) == {cast.district.pk, cast.street.pk, cast.community.pk}
