"""The shared cast for access tests, built through the real services (STYLE.md).

A small district: two streets; 岑东 and 大社 in the first street, 孙厝 in the second; the
unit 城管局 partnered with 岑东, the unit 教育局 with 孙厝. Named people hold roles over
them; two members live in different streets.
"""

from __future__ import annotations

import os
from types import SimpleNamespace
from typing import Any

import django.test.testcases
import pytest
from django.contrib.auth import get_user_model
from django.core.servers.basehttp import WSGIServer
from django.db import transaction
from django.test import Client

from jinlin.core.lanes import LanesWSGIHandler
from jinlin.members import services as member_services
from jinlin.members.models import RoleAssignment
from jinlin.organizations import services as org_services
from jinlin.organizations.models import Organization
from tests.browser import _browser_left_clean, chromium  # noqa: F401  (the session's one browser)

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
# The live server's listen backlog (socketserver's default is 5) would reset some of the
# connections of a 50-request burst before they reach Django.
WSGIServer.request_queue_size = 256
# Live servers (the parallel requests, the browsers) answer through production's handler
# (``config.wsgi``: the API's short chain and its lanes), not Django's plain one.
django.test.testcases.WSGIHandler = LanesWSGIHandler  # type: ignore[misc]


def _list_the_apps_static_files_once() -> None:
    """Every test ``Client`` builds the middleware chain anew, and WhiteNoise lists and stats
    every static file of the apps each time (15 ms a client, against 0.2 ms a request; some
    thousands of clients a run). A server process lists them once; so does a test process now:
    the first listing is kept and given to every later chain, which gets the same files."""
    from whitenoise.middleware import WhiteNoiseMiddleware

    listing = WhiteNoiseMiddleware.add_files_from_finders
    listed: dict[str, Any] = {}

    def add_files_from_finders(self: Any) -> None:
        if not listed:
            kept, self.files = self.files, {}
            listing(self)
            listed.update(self.files)
            self.files = kept
        self.files.update(listed)

    WhiteNoiseMiddleware.add_files_from_finders = add_files_from_finders  # type: ignore[method-assign]


_list_the_apps_static_files_once()


def pytest_collection_modifyitems(config: Any, items: list[Any]) -> None:
    """Under xdist (``scripts/test.sh`` runs it with ``--no-loadscope-reorder``), the order
    its workers are handed modules in: modules marked ``long_module`` first, then the others
    by their number of tests, most first (xdist's own order). Handed out by their number of
    tests alone, a module of one long test came last, and the other worker, holding its own
    last test until told that no work was left, sat idle the whole time (the phone layout
    walk: 79 of the SQLite tier's 365 s)."""
    if not hasattr(config, "workerinput"):
        return
    modules: dict[str, list[Any]] = {}
    for item in items:
        modules.setdefault(item.nodeid.split("::")[0], []).append(item)

    def order(path: str) -> tuple[bool, int]:
        tests = modules[path]
        return (not tests[0].get_closest_marker("long_module"), -len(tests))

    items[:] = [item for path in sorted(modules, key=order) for item in modules[path]]


Kind = Organization.Kind
Role = RoleAssignment.Role
User = get_user_model()
PASSWORD = "s3cret-pass"


def make_user(username: str, **extra: Any) -> Any:
    return User.objects.create_user(username=username, password=PASSWORD, **extra)


@pytest.fixture
def cast(db: Any) -> SimpleNamespace:
    return build_cast()


def kept_for_module(django_db_blocker: Any, build: Any) -> Any:
    """For a module fixture: ``yield from`` this to build once what a module's tests act on,
    inside a transaction rolled back when the module ends; each test runs in a savepoint
    inside it, so each starts from what was built."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield build()
        transaction.set_rollback(True)


def build_cast() -> SimpleNamespace:
    """The small district most tests act in: its organizations, an admin of each, a supervisor,
    two members with accounts."""
    c = SimpleNamespace()
    create = org_services.organization_create
    c.district = create(name="集美区", kind=Kind.DISTRICT, parent=None, code="D")
    c.street = create(name="集美街道", kind=Kind.STREET, parent=c.district, code="S1")
    c.street2 = create(name="侨英街道", kind=Kind.STREET, parent=c.district, code="S2")
    c.community = create(name="岑东社区", kind=Kind.COMMUNITY, parent=c.street, code="C1")
    c.community2 = create(name="大社社区", kind=Kind.COMMUNITY, parent=c.street, code="C2")
    c.community3 = create(name="孙厝社区", kind=Kind.COMMUNITY, parent=c.street2, code="C3")
    c.unit = create(
        name="集美区城市管理局", kind=Kind.UNIT, subkind="organ", parent=c.district, code="U1"
    )
    c.unit2 = create(
        name="集美区教育局", kind=Kind.UNIT, subkind="organ", parent=c.district, code="U2"
    )
    c.branch = create(name="城管局党支部", kind=Kind.BRANCH, parent=c.unit, code="U1-B1")
    c.branch2 = create(name="教育局党支部", kind=Kind.BRANCH, parent=c.unit2, code="U2-B1")
    c.community_branch = create(
        name="岑东社区第一党支部", kind=Kind.BRANCH, parent=c.community, code="C1-B1"
    )
    org_services.partnership_create(unit=c.unit, community=c.community)
    org_services.partnership_create(unit=c.unit2, community=c.community3)

    def admin(username: str, role: str, org: Organization) -> Any:
        user = make_user(username, first_name=username)
        member_services.role_grant(user=user, role=role, organization=org)
        return user

    c.district_admin = admin("district", Role.DISTRICT_ADMIN, c.district)
    c.street_admin = admin("street", Role.STREET_ADMIN, c.street)
    c.community_admin = admin("community", Role.COMMUNITY_ADMIN, c.community)
    c.community2_admin = admin("community2", Role.COMMUNITY_ADMIN, c.community2)
    c.community3_admin = admin("community3", Role.COMMUNITY_ADMIN, c.community3)
    c.unit_admin = admin("unit", Role.UNIT_ADMIN, c.unit)
    c.supervisor = admin("supervisor", Role.SUPERVISOR, c.district)
    c.outsider = make_user("outsider")

    def member(
        username: str, name: str, phone: str, branch: Organization, community: Organization
    ) -> Any:
        m = member_services.member_create(
            name=name, phone=phone, branch=branch, community=community
        )
        m.user = make_user(username, first_name=name)
        m.save(update_fields=["user"])
        return m

    c.member = member("member", "张三", "13800138000", c.branch, c.community)
    c.member_user = c.member.user
    c.other_member = member("other", "李四", "13900139000", c.branch2, c.community3)
    c.other_member_user = c.other_member.user
    return c


def client_for(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def as_user() -> Any:
    return client_for
