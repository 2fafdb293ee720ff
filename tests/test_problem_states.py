"""The problem state machine, scope, overdue in Asia/Shanghai time, escalation."""

import datetime as dt

import pytest
from django.utils import timezone
from django.utils.translation import override

from jinlin.core.errors import Conflict, InvalidInput, NotAllowed
from jinlin.notifications.models import Notification
from jinlin.oversight import access, services
from jinlin.oversight.models import Problem, ProblemEvent
from tests.oversight_helpers import problem

ACTIONS = {
    "start": lambda p, c: services.problem_start(problem=p, by=c.community_admin),
    "submit": lambda p, c: services.problem_submit(
        problem=p, evidence="已清理", by=c.community_admin
    ),
    "verify": lambda p, c: services.problem_verify(problem=p, by=c.supervisor),
    "reopen": lambda p, c: services.problem_reopen(problem=p, comment="仍有杂物", by=c.supervisor),
    "close_unfixed": lambda p, c: services.problem_close_unfixed(
        problem=p, reason="duplicate", by=c.supervisor
    ),
}
ALLOWED = {
    "open": {"start", "close_unfixed"},
    "in_progress": {"submit", "close_unfixed"},
    "submitted": {"verify", "reopen", "close_unfixed"},
    "closed": {"reopen"},
    "closed_unfixed": set(),
}
PATHS = {  # how to reach each state from open
    "open": [],
    "in_progress": ["start"],
    "submitted": ["start", "submit"],
    "closed": ["start", "submit", "verify"],
    "closed_unfixed": ["close_unfixed"],
}


@pytest.fixture(autouse=True)
def _english():
    with override("en"):
        yield


@pytest.mark.parametrize("state", list(ALLOWED))
@pytest.mark.parametrize("action", list(ACTIONS))
def test_every_transition_is_allowed_or_refused(cast, state, action):
    p = problem(cast)
    for step in PATHS[state]:
        p = ACTIONS[step](p, cast)
    assert p.status == state
    if action in ALLOWED[state]:
        ACTIONS[action](p, cast)
    else:
        with pytest.raises(Conflict) as info:
            ACTIONS[action](p, cast)
        assert info.value.code == "illegal_transition"
        p.refresh_from_db()
        assert p.status == state


def test_the_full_path_writes_a_timeline(cast):
    p = problem(cast)
    services.measure_add(
        problem=p,
        text="组织清理",
        owner="岑东社区党委",
        deadline=p.deadline,
        by=cast.community_admin,
    )
    for step in ("start", "submit", "reopen", "submit", "verify"):
        p = ACTIONS[step](p, cast)
    assert p.status == "closed" and p.closed_at is not None and p.reopen_count == 1
    actions = list(p.events.values_list("action", flat=True))
    assert actions == [
        "created",
        "measure",
        "started",
        "submitted",
        "reopened",
        "submitted",
        "verified",
    ]
    assert p.events.get(action="reopened").comment == "仍有杂物"
    assert p.events.get(action="reopened").by == cast.supervisor


def test_reopen_needs_a_comment_and_unfixed_a_reason(cast):
    p = ACTIONS["submit"](ACTIONS["start"](problem(cast), cast), cast)
    with pytest.raises(InvalidInput) as info:
        services.problem_reopen(problem=p, comment="  ", by=cast.supervisor)
    assert "comment" in info.value.fields
    with pytest.raises(InvalidInput):
        services.problem_close_unfixed(problem=p, reason="lazy", by=cast.supervisor)
    with pytest.raises(InvalidInput):
        services.problem_submit(
            problem=ACTIONS["reopen"](p, cast), evidence="", by=cast.community_admin
        )
    p.refresh_from_db()
    assert p.status == "in_progress"


def test_nobody_closes_their_own_problem(cast):
    p = ACTIONS["submit"](ACTIONS["start"](problem(cast), cast), cast)
    with pytest.raises(NotAllowed):
        services.problem_verify(problem=p, by=cast.community_admin)
    with pytest.raises(NotAllowed):
        services.problem_start(problem=problem(cast), by=cast.community2_admin)
    services.problem_verify(problem=p, by=cast.street_admin)  # the level above may


def test_scope_of_problems(cast):
    mine = problem(cast)
    theirs = problem(cast, org=cast.community2)
    visible = set(access.problems_visible(cast.community_admin))
    assert mine in visible and theirs not in visible
    assert {mine, theirs} <= set(access.problems_visible(cast.street_admin))
    assert {mine, theirs} <= set(access.problems_visible(cast.supervisor))
    assert not access.problems_visible(cast.member_user).exists()
    with pytest.raises(NotAllowed):  # a community does not record round problems
        services.problem_create(
            organization=cast.community,
            title="x",
            source="round",
            deadline=timezone.localdate(),
            by=cast.community_admin,
        )
    assert problem(cast, source="self").source == "self"


def test_overdue_is_counted_in_shanghai_time(cast, monkeypatch):
    deadline = dt.date(2026, 11, 22)
    p = Problem.objects.create(
        organization=cast.community, title="t", source="round", deadline=deadline
    )
    # 2026-11-22 16:30 UTC is already 2026-11-23 00:30 in Shanghai: a day past the deadline.
    monkeypatch.setattr(
        "django.utils.timezone.now", lambda: dt.datetime(2026, 11, 22, 16, 30, tzinfo=dt.UTC)
    )
    assert p.is_overdue()
    monkeypatch.setattr(
        "django.utils.timezone.now", lambda: dt.datetime(2026, 11, 22, 15, 30, tzinfo=dt.UTC)
    )
    assert not p.is_overdue()  # 23:30 in Shanghai: still the deadline day


def test_escalation_tells_the_parent_once(cast):
    p = problem(cast, deadline=timezone.localdate() - dt.timedelta(days=2))
    fresh = problem(cast, title="新问题")
    assert services.problems_escalate() == 1
    assert services.problems_escalate() == 0  # once
    p.refresh_from_db()
    fresh.refresh_from_db()
    assert p.escalated_at is not None and fresh.escalated_at is None
    assert ProblemEvent.objects.filter(problem=p, action="escalated").count() == 1
    assert Notification.objects.filter(
        user=cast.street_admin, message__startswith="Overdue"
    ).exists()


def test_a_finding_sent_twice_is_stored_once_and_a_problem_follows(cast):
    from tests.oversight_helpers import round_for

    r = round_for(cast)
    first = services.finding_record(
        round_=r,
        kind="problem",
        organization=cast.community,
        title="楼道堆物",
        client_id="abc-1",
        by=cast.supervisor,
    )
    again = services.finding_record(
        round_=r,
        kind="problem",
        organization=cast.community,
        title="楼道堆物",
        client_id="abc-1",
        by=cast.supervisor,
    )
    assert first.pk == again.pk
    assert Problem.objects.filter(finding=first).count() == 1
    with pytest.raises(InvalidInput):
        services.finding_record(
            round_=r, kind="gossip", organization=cast.community, title="x", by=cast.supervisor
        )
    with pytest.raises(NotAllowed):
        services.finding_record(
            round_=r,
            kind="problem",
            organization=cast.community,
            title="x",
            by=cast.community_admin,
        )
