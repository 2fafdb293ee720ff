"""Schemathesis against the OpenAPI schema, every check it has: no server error, answers that
keep to the schema (status codes, content types, bodies), junk rejected, as an admin and as a
member. A bounded run (a few examples per operation); the operations come from the schema."""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis import checks

from jinlin.api.security import token_issue
from tests.conftest import build_cast, kept_for_module

pytestmark = pytest.mark.django_db


# Reading the schema touches no table: it can be loaded as the module is collected.
schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", get_wsgi_application())


TOKEN: dict[str, str] = {}


@pytest.fixture(scope="module")
def cast(django_db_setup: Any, django_db_blocker: Any) -> Any:
    """The tests' small district, built once for the module inside a transaction rolled back
    at its end; each test runs in a savepoint inside it (356 tests built it once each:
    15–23 s of a run)."""
    yield from kept_for_module(django_db_blocker, build_cast)


@pytest.fixture(autouse=True)
def _keep_the_test_connection() -> Any:
    """Schemathesis calls the WSGI application itself, whose end-of-request signal would close
    the connection holding the test's transaction (a no-op on in-memory SQLite, fatal on
    PostgreSQL); Django's own test client disconnects it the same way."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@schema.auth()
class Bearer:
    """Schemathesis's own auth hook, so it knows which requests carry the token (and can
    leave it off on purpose to check that the API then refuses)."""

    def get(self, case: Any, context: Any) -> str:
        return TOKEN.get("value", "not-signed-in-yet")  # (asked once while collecting)

    def set(self, case: Any, data: str, context: Any) -> None:
        case.headers = {**(case.headers or {}), "Authorization": f"Bearer {data}"}


def _sign_in(user: Any) -> None:
    TOKEN["value"] = token_issue(user=user)[0]


# One token a test (an operation), not one an example: issuing writes a token and an audit
# row (≈ 6 ms, 15 % of a run when each of ≈ 50 examples an operation signed in anew). No
# operation tried here ends a token (revoking is left out, above), so one token serves them.
@pytest.fixture
def as_district_admin(cast: Any) -> None:
    _sign_in(cast.district_admin)


@pytest.fixture
def as_member(cast: Any) -> None:
    _sign_in(cast.member_user)


SETTINGS = settings(
    max_examples=6, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck)
)


# Every check schemathesis has, but one: "valid data accepted" counts a 400 for a well-formed
# request as a fault, while the contract with the mobile client (API.md) answers 400 for an id
# in the body that names nothing (with the field at fault) and for an altered site code
# (invalid_code). The schema declares every bound, enum and required text it can.
EXCLUDED = [checks.positive_data_acceptance]


def _call(case: Any) -> None:
    if case.operation.path == "/api/v1/auth/token/revoke":
        return  # it would end the token the other operations use: tested on its own
    case.call_and_validate(excluded_checks=EXCLUDED)


@schema.parametrize()
@SETTINGS
def test_as_a_district_admin(case: Any, as_district_admin: None) -> None:
    _call(case)


@schema.parametrize()
@SETTINGS
def test_as_a_member(case: Any, as_member: None) -> None:
    _call(case)
