"""``access.phones_for`` (the national workbook's phones) answers exactly as ``phone_for`` asked
member by member, for every kind of reader, in at most one query — including a member of
another community who registered (报到) with the reader's."""

from __future__ import annotations

import pytest

from jinlin.members import access
from jinlin.members.models import Member, Registration

pytestmark = pytest.mark.django_db


def test_phones_for_agrees_with_phone_for_in_one_query(cast, django_assert_max_num_queries):
    Registration.objects.create(kind="member", member=cast.other_member, community=cast.community,
                                status="confirmed")  # fmt: skip
    members = list(Member.objects.select_related("community", "branch").order_by("pk"))
    assert len(members) >= 2
    readers = [cast.district_admin, cast.street_admin, cast.community_admin,
               cast.community3_admin, cast.unit_admin, cast.supervisor, cast.member_user,
               cast.outsider]  # fmt: skip
    for reader in readers:
        one_by_one = {m.pk: access.phone_for(reader, m) for m in members}
        access.scope_of(reader)  # the reader's scope, as a page has it already
        with django_assert_max_num_queries(1):
            together = access.phones_for(reader, members)
        assert together == one_by_one, reader
    # The registered member of another community: full to this community's admin, masked to
    # the supervisor (who reads, and does not manage).
    assert access.phones_for(cast.community_admin, members)[cast.other_member.pk] == "13900139000"
    assert access.phones_for(cast.supervisor, members)[cast.other_member.pk] != "13900139000"
