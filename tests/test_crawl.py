"""The crawl and the permission matrix: every page and every API operation, with every kind of
object of a small demo district in each of its states, as every role.

What must hold everywhere:
- no 500, for any role, object, state or junk query value;
- a role the object is foreign to (another community's admin, a member for someone else's
  personal record, a signed-in account with no role, nobody signed in) is refused — 403 or 404,
  or sent to sign in — on GET and on POST, with and without htmx, and the refusal carries no
  rows of data;
- every page that shows something opens (200) for at least one role;
- personal data planted in the district (a household's name, phone and door; a member's phone)
  appears in full — on a page, in an API answer or inside a downloaded workbook or document —
  only to the roles the one masking rule lets see it.

The URL list is read from the resolver and the OpenAPI schema (``tests/crawl.py``): a new URL
is crawled without editing this file.
"""

from __future__ import annotations

import re
import traceback
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from jinlin.api.security import token_issue
from jinlin.core.urlconverters import OBJECT_KINDS
from jinlin.demo.generator import demo_build
from jinlin.members import mfa
from jinlin.members.models import Member, RoleAssignment
from tests.conftest import kept_for_module
from tests.crawl import (
    Page,
    Role,
    Sample,
    api_operations,
    iterate_fillings,
    page_patterns,
    samples_of,
)

pytestmark = [pytest.mark.django_db, pytest.mark.crawl, pytest.mark.long_module]

PAGES = page_patterns()
API_OPS = api_operations()
DATA_ROWS = re.compile(rb"<tr[ >]|<option value=\"\d+\"|type=\"checkbox\"[^>]*value=\"\d+\"")


@dataclass
class Caller:
    role: Role
    client: Client
    token: str | None
    may_see: dict[str, bool] | None = None


@pytest.fixture(scope="module")
def world(django_db_setup: Any, django_db_blocker: Any) -> Any:
    """The demo district, small, built once for the module inside a transaction that is rolled
    back at the end; each test runs in a savepoint inside it."""
    yield from kept_for_module(django_db_blocker, _build_world)


def _build_world() -> SimpleNamespace:
    demo_build(seed=11, members=300)
    users = get_user_model().objects
    community = RoleAssignment.objects.get(user__username="community").organization
    community2 = RoleAssignment.objects.get(user__username="community2").organization
    # Two more callers: an account with no role at all, and a member of the second community.
    users.create_user(username="outsider", password="x")
    neighbour = Member.objects.filter(community=community2, user__isnull=True).first()
    assert neighbour is not None
    neighbour.user = users.create_user(username="neighbour", password="x")
    neighbour.save(update_fields=["user"])

    names = [
        "admin", "district", "street", "community", "community2", "unit", "supervisor",
        "member", "resident", "neighbour", "outsider",
    ]  # fmt: skip
    callers = [Caller(Role("anonymous", None), Client(), None)]
    for name in names:
        user = users.get(username=name)
        client = Client()
        client.force_login(user)
        token, _expires = token_issue(user=user)
        # As after a first page: an administrator's password is dated on the page the account
        # first opens (else each request of the junk crawl, rolled back, would date it anew).
        mfa.password_expired(user)
        callers.append(Caller(Role(name, user), client, token))
    # A roster upload, so the import pages have a job to show.
    from django.core.files.uploadedfile import SimpleUploadedFile

    from jinlin.roster.services import job_create
    from jinlin.roster.template import roster_template

    job_create(
        upload=SimpleUploadedFile("roster.xlsx", roster_template()),
        by=users.get(username="district"),
        language="zh-hans",
    )
    # A 台账 made for the community, so the export pages have one to show …
    from jinlin.cloudmap.indicators import Period
    from jinlin.reports.exports import export_run
    from jinlin.reports.models import Export

    export = Export.objects.create(
        organization=community,
        start=Period.last_weeks(4).start,
        end=Period.last_weeks(4).end,
        requested_by=users.get(username="community"),
    )
    export_run(str(export.pk), "zh-hans")
    # … and its 工作简报, so the editor and the .docx and PDF downloads have one.
    briefing = Export.objects.create(
        kind=Export.KIND_BRIEFING,
        organization=community,
        start=Period.last_weeks(4).start,
        end=Period.last_weeks(4).end,
        requested_by=users.get(username="community"),
    )
    export_run(str(briefing.pk), "zh-hans")
    # A 志愿服务证明 of the member, so its download has one.
    from jinlin.reports.certificates import certificate_issue

    certificate_issue(member=Member.objects.get(user__username="member"),
                      period=Period.last_weeks(52))  # fmt: skip
    planted = _plant_personal_data(community, users.get(username="community"))
    for caller in callers:
        caller.may_see = _may_see(caller.role.user, planted)
    samples = {
        kind.name: samples_of(kind, [community, community2]) for kind in OBJECT_KINDS.values()
    }
    for kind, found in samples.items():
        assert found, f"the demo district has no object of kind {kind}"
    typical_query = {
        "street": community.parent_id,
        "parent": community.parent_id,
        "community": community.pk,
        "organization": community.pk,
    }
    return SimpleNamespace(
        callers=callers, samples=samples, typical_query=typical_query, planted=planted
    )


# Personal data planted where every list, export and answer could show it: a household paired
# with the member (with a visit this week), and a member registered with the community.
HOUSEHOLD_SECRETS = ("蔺甲钟", "13312345670", "岑东路77号之九")
MEMBER_PHONE = "13398765401"


def _plant_personal_data(community: Any, admin: Any) -> SimpleNamespace:
    import datetime as dt

    from django.utils import timezone

    from jinlin.care import services as care_services
    from jinlin.members import services as member_services
    from tests.needs_helpers import confirm_registration

    name, phone, address = HOUSEHOLD_SECRETS
    household = care_services.household_save(
        community=community, head_name=name, phone=phone, address=address, size=1,
        tags=["elderly_alone"], by=admin,
    )  # fmt: skip
    member = Member.objects.get(user__username="member")
    pairing = care_services.pairing_create(
        member=member, household=household, started_on=timezone.localdate() - dt.timedelta(days=20)
    )
    care_services.visit_log(pairing=pairing, date=timezone.localdate(), kind="call", note="")
    branch = Member.objects.filter(community=community, branch__isnull=False).first().branch
    planted = member_services.member_create(
        name="鞠乙丙", phone=MEMBER_PHONE, branch=branch, community=community
    )
    confirm_registration(planted, community)
    return SimpleNamespace(household=household, member=planted)


def _may_see(user: Any, planted: SimpleNamespace) -> dict[str, bool]:
    """What the one masking rule lets this user see in full."""
    from jinlin.care.access import can_see_household_full
    from jinlin.members.access import can_see_member_contact

    if user is None:
        return {"household": False, "member_phone": False}
    return {
        "household": can_see_household_full(user, planted.household),
        "member_phone": can_see_member_contact(user, planted.member),
    }


def _readable(body: bytes) -> str:
    """The text of a response: a page, JSON, or the XML inside a workbook or document."""
    import io
    import zipfile

    if body[:2] == b"PK":
        try:
            with zipfile.ZipFile(io.BytesIO(body)) as archive:
                return "".join(
                    archive.read(name).decode(errors="replace")
                    for name in archive.namelist()
                    if name.endswith(".xml")
                )
        except zipfile.BadZipFile:
            pass
    text = body.decode(errors="replace")
    if text.startswith("{") or text.startswith("["):
        import json

        try:
            return json.dumps(json.loads(text), ensure_ascii=False)
        except ValueError:
            pass
    return text


NUMBER_INPUT = re.compile(rb"<input\b[^>]*\btype=\"number\"[^>]*>")
ATTRIBUTE = re.compile(rb'\b(value|min|max|step)="([^"]*)"')


def _number_inputs(body: bytes) -> list[str]:
    """Every prefilled number box holds a value its own step, min and max accept: a default
    of 2.17 hours under step 0.5 once made 验收通过 do nothing, silently."""
    from decimal import Decimal, InvalidOperation

    problems = []
    for tag in NUMBER_INPUT.findall(body):
        attrs = {k.decode(): v.decode() for k, v in ATTRIBUTE.findall(tag)}
        try:
            value = Decimal(attrs["value"]) if attrs.get("value") else None
            low = Decimal(attrs["min"]) if attrs.get("min") else None
            high = Decimal(attrs["max"]) if attrs.get("max") else None
            step = attrs.get("step", "1")
            step_value = None if step == "any" else Decimal(step)
        except InvalidOperation:
            problems.append(f"a number box with unreadable attributes: {tag[:120]!r}")
            continue
        if value is None:
            continue
        if (low is not None and value < low) or (high is not None and value > high):
            problems.append(f"number box value {value} outside [{low}, {high}]")
        elif step_value and (value - (low or 0)) % step_value != 0:
            problems.append(f"number box value {value} off its step {step_value} from {low}")
    return problems


def _leaks(caller: Caller, body: bytes) -> list[str]:
    text = _readable(body)
    shown = []
    if not caller.may_see["household"]:
        shown += [s for s in HOUSEHOLD_SECRETS if s in text]
    if not caller.may_see["member_phone"] and MEMBER_PHONE in text:
        shown.append(MEMBER_PHONE)
    return shown


def _request(caller: Caller, method: str, url: str, **extra: Any) -> tuple[int, bytes, str]:
    """Status, body and Location of one request; an exception counts as a 500."""
    try:
        if method == "GET":
            response = caller.client.get(url, **extra)
        elif method == "POST":
            response = caller.client.post(url, **extra)
        else:
            response = caller.client.generic(method, url, **extra)
    except Exception:
        return 500, traceback.format_exc().encode(), ""
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return response.status_code, body, response.get("Location", "")


def _server_error(body: bytes) -> str:
    text = body.decode(errors="replace").strip().splitlines()
    return text[-1][:300] if text else ""


def _refused(status: int, body: bytes, location: str, *, anonymous: bool) -> str | None:
    """None when this is a proper refusal, else what is wrong with it."""
    if anonymous and status == 302 and "/signin/" in location:
        return None
    if status in (401, 403, 404, 405):
        if DATA_ROWS.search(body):
            return f"{status} but the body lists data rows"
        return None
    return f"answered {status}"


def _opens(status: int, location: str) -> bool:
    return status == 200 or (status == 302 and "/signin/" not in location)


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_page(world: Any, page: Page) -> None:
    failures: list[str] = []
    opened = False
    gettable = False
    statuses: set[int] = set()
    for url, sample in iterate_fillings(page, world.samples, every_word=True):
        for caller in world.callers:
            status, body, location = _request(caller, "GET", url)
            where = f"GET {url} as {caller.role.name}" + (f" [{sample.label}]" if sample else "")
            if status >= 500:
                failures.append(f"{where}: {status} {_server_error(body)}")
                continue
            statuses.add(status)
            leaked = _leaks(caller, body)
            if leaked:
                failures.append(f"{where}: shows {leaked} in full")
            if status == 200:
                failures += [f"{where}: {problem}" for problem in _number_inputs(body)]
            if caller.role.user is not None and status != 405:
                gettable = True
            opened = opened or _opens(status, location)
            if sample is not None and caller.role.foreign_to(sample):
                problem = _refused(status, body, location, anonymous=caller.role.user is None)
                if problem:
                    failures.append(f"{where}: foreign object {problem}")
    if gettable and not opened:
        # Fragments that need a choice made first (a street for its communities) open with it.
        url, _sample = next(iterate_fillings(page, world.samples))
        for caller in world.callers:
            status, _body, location = _request(caller, "GET", url, data=world.typical_query)
            opened = opened or _opens(status, location)
    if gettable and not opened:
        failures.append(f"{page.route}: no role could open it ({sorted(statuses)})")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize(
    "page",
    [p for p in PAGES if any(isinstance(v, type(OBJECT_KINDS["need"])) for v in p.params.values())],
    ids=lambda p: p.name,
)
def test_foreign_posts_are_refused(world: Any, page: Page) -> None:
    """Every word of the URL, posted empty and as htmx, by every role the object is foreign to."""
    failures: list[str] = []
    words = {name: v for name, v in page.params.items() if isinstance(v, tuple)}
    for url, sample in iterate_fillings(page, world.samples):
        assert sample is not None
        urls = [url]
        for choices in words.values():
            urls = [
                re.sub(rf"/{choices[0]}(/|$)", rf"/{word}\1", u) for u in urls for word in choices
            ]
        for caller in world.callers:
            if not caller.role.foreign_to(sample):
                continue
            for target in urls:
                for headers in ({}, {"HTTP_HX_REQUEST": "true"}):
                    status, body, location = _request(caller, "POST", target, **headers)
                    where = f"POST {target} as {caller.role.name} [{sample.label}]"
                    if headers:
                        where += " (htmx)"
                    if status >= 500:
                        failures.append(f"{where}: {status} {_server_error(body)}")
                        continue
                    problem = _refused(status, body, location, anonymous=caller.role.user is None)
                    if problem:
                        failures.append(f"{where}: {problem}")
    assert not failures, "\n".join(failures)


JUNK_ROLES = ("district", "community", "member")


def _api_sample_sets(
    world: Any, kinds: dict[str, Any]
) -> list[tuple[dict[str, Any], Sample | None]]:
    if not kinds:
        return [({}, None)]
    assert len(kinds) == 1
    ((name, kind),) = kinds.items()
    return [({name: s.obj.pk}, s) for s in world.samples[kind.name]]


@pytest.mark.parametrize(
    ("method", "path", "kinds"), API_OPS, ids=[f"{m} {p}" for m, p, _k in API_OPS]
)
def test_api_operation(world: Any, method: str, path: str, kinds: dict[str, Any]) -> None:
    """No 500 and always JSON; objects foreign to the caller refused (401/403/404)."""
    failures: list[str] = []
    for values, sample in _api_sample_sets(world, kinds):
        url = path.format(**values)
        for caller in world.callers:
            client = Client()
            headers = {"HTTP_AUTHORIZATION": f"Bearer {caller.token}"} if caller.token else {}
            where = f"{method} {url} as {caller.role.name}" + (
                f" [{sample.label}]" if sample else ""
            )
            try:
                if method == "GET":
                    response = client.get(url, **headers)
                else:
                    response = client.generic(
                        method, url, b"{}", content_type="application/json", **headers
                    )
            except Exception:
                failures.append(f"{where}: 500 {traceback.format_exc().splitlines()[-1]}")
                continue
            status = response.status_code
            if status >= 500:
                failures.append(f"{where}: {status}")
                continue
            if not response["Content-Type"].startswith("application/json"):
                failures.append(f"{where}: {status} answered {response['Content-Type']}")
            leaked = _leaks(caller, response.content)
            if leaked:
                failures.append(f"{where}: shows {leaked} in full")
            foreign = sample is not None and caller.role.foreign_to(sample)
            if foreign and status not in (400, 401, 403, 404):
                failures.append(f"{where}: foreign object answered {status}")
    assert not failures, "\n".join(failures)


def test_every_upload_folder_in_the_demo(world: Any) -> None:
    """Every registered upload folder whose records the demo holds: no 500 for any role; nobody
    signed out gets a file that is not public; a signed-in role gets it or a 404."""
    from django.apps import apps

    from jinlin.core.media import MEDIA_KINDS

    failures: list[str] = []
    served = 0
    for folder, kind in MEDIA_KINDS.items():
        model = apps.get_model(kind.model)
        for field in kind.fields:
            rows = model._default_manager.exclude(**{field: ""}).order_by("-pk")[:2]
            for record in rows:
                url = getattr(record, field).url
                public = kind.public is not None and kind.public(record)
                for caller in world.callers:
                    status, body, location = _request(caller, "GET", url)
                    where = f"GET {url} ({folder}) as {caller.role.name}"
                    if status >= 500:
                        failures.append(f"{where}: {status} {_server_error(body)}")
                    elif caller.role.user is None and not public and status == 200:
                        failures.append(f"{where}: served to nobody signed in")
                    elif status not in (200, 302, 404):
                        failures.append(f"{where}: {status}")
                    served += status == 200
    assert served, "the demo district has no upload to try"
    assert not failures, "\n".join(failures)


def test_the_number_box_check_catches_an_off_step_default() -> None:
    old = b'<input type="number" name="hours" step="0.5" min="0.5" value="2.17">'
    assert _number_inputs(old) == ["number box value 2.17 off its step 0.5 from 0.5"]
    now = b'<input type="number" name="hours" step="0.01" min="0.01" max="2.17" value="2.17">'
    assert _number_inputs(now) == []


def test_the_back_office_masks_like_the_pages(world: Any) -> None:
    """Every list and change page of the back office, opened by every caller and by one who is
    both the district's supervisor and a unit's admin (#20 item 4), shows personal data only to
    whom the one masking rule lets see it."""
    from django.contrib import admin
    from django.urls import reverse

    users = get_user_model().objects
    both = users.create_user(username="supervisor-unit", password="x")
    for name in ("supervisor", "unit"):
        for grant in RoleAssignment.objects.filter(user__username=name):
            RoleAssignment.objects.create(
                user=both, role=grant.role, organization=grant.organization
            )
    client = Client()
    client.force_login(both)
    from jinlin.care.models import Household

    planted = SimpleNamespace(
        household=Household.objects.get(head_name=HOUSEHOLD_SECRETS[0]),
        member=Member.objects.get(phone=MEMBER_PHONE),
    )
    extra = Caller(Role("supervisor-unit", both), client, None, _may_see(both, planted))
    assert not extra.may_see["member_phone"], "the planted member must be out of this reach"
    failures = []
    for caller in [*world.callers, extra]:
        if caller.role.user is None:
            continue
        for model, model_admin in admin.site._registry.items():
            meta = model._meta
            urls = [reverse(f"admin:{meta.app_label}_{meta.model_name}_changelist")]
            rows = model_admin.get_queryset(_admin_request(caller.role.user))
            for obj in [rows.first(), *(p for p in (planted.member, planted.household)
                                        if isinstance(p, model))]:  # fmt: skip
                if obj is not None:
                    urls.append(reverse(f"admin:{meta.app_label}_{meta.model_name}_change",
                                        args=[obj.pk]))  # fmt: skip
            for url in urls:
                status, body, _location = _request(caller, "GET", url)
                if status >= 500:
                    failures.append(f"GET {url} as {caller.role.name}: {status}")
                leaked = _leaks(caller, body)
                if leaked:
                    failures.append(f"GET {url} as {caller.role.name}: shows {leaked} in full")
    assert not failures, "\n".join(failures)


def _admin_request(user: Any) -> Any:
    from django.test import RequestFactory

    request = RequestFactory().get("/admin/")
    request.user = user
    return request
