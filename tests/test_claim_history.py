"""A volunteer's history does not weigh on their next claim: the check that a member is not
confirmed twice at one time reads their claims on needs not closed (``Claim.need_closed``,
set when a need closes), not every claim they ever made."""

import datetime as dt

import pytest
from django.utils import timezone

from jinlin.core.errors import Conflict
from jinlin.needs import fastpath, services
from jinlin.needs.models import Claim, Need
from tests.needs_helpers import new_member, publish


def _ended(need: Need, days_ago: float) -> None:
    end = timezone.now() - dt.timedelta(days=days_ago)
    Need.objects.filter(pk=need.pk).update(starts_at=end - dt.timedelta(hours=2), ends_at=end)


def _later(cast, title: str, days: int) -> Need:
    start = timezone.now() + dt.timedelta(days=days)
    return publish(cast, title=title, starts_at=start, ends_at=start + dt.timedelta(hours=2))


def test_closing_a_need_marks_its_claims_and_only_its_own(cast):
    member = new_member(cast, "王五", "13700137100")
    by_hand, nightly, open_still = (_later(cast, title, day) for day, title in enumerate(
        ("手动结束", "夜间结束", "仍开放"), 1))  # fmt: skip
    for need in (by_hand, nightly, open_still):
        services.claim_create(need=need, member=member)
    _ended(by_hand, 1)
    _ended(nightly, 8)
    assert not Claim.objects.filter(member=member, need_closed=True).exists()

    services.need_close(need=by_hand, by=cast.community_admin)
    assert services.needs_close_ended() == (1, 1)  # closed, and the one who never came absent
    closed = dict(Claim.objects.filter(member=member).values_list("need__title", "need_closed"))
    assert closed == {"手动结束": True, "夜间结束": True, "仍开放": False}


def test_a_closed_history_does_not_hide_a_need_still_open(cast):
    member = new_member(cast, "赵六", "13700137101")
    for i in range(3):
        old = _later(cast, f"往期{i}", i + 1)
        services.claim_create(need=old, member=member)
        _ended(old, 8 + i)
    services.needs_close_ended()
    first = publish(cast, title="早班劝导")
    services.claim_create(need=first, member=member)
    with pytest.raises(Conflict) as info:
        services.claim_create(need=publish(cast, title="同时段"), member=member)
    assert info.value.code == "time_overlap" and "早班劝导" in info.value.message


def test_the_overlap_check_reads_only_claims_on_needs_not_closed(cast):
    """The check's query skips claims marked as on a closed need: shown here with a mark that
    cannot arise (on a need still published), which the check then does not see. It reads the
    member's claims from the index (member, status, need_closed), so a member's claims on
    closed needs are not read at all."""
    member = new_member(cast, "钱七", "13700137102")
    first = publish(cast, title="早班劝导")
    services.claim_create(need=first, member=member)
    second = publish(cast, title="同时段")
    assert fastpath.overlapping(member.pk, second) == first
    Claim.objects.filter(member=member).update(need_closed=True)
    assert fastpath.overlapping(member.pk, second) is None
    index = next(i for i in Claim._meta.indexes if i.name == "claim_member_status")
    assert index.fields == ["member", "status", "need_closed"]
