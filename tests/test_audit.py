"""安全审计 (等保 2.0): security-relevant events land in an append-only, hash-chained log with
time, actor, client address, action, object and result; verify_audit names a tampered row;
only the district's administrators read it (page, export and API)."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection, transaction

from jinlin.audit.models import AuditEvent
from tests.api import ApiClient, api_as
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db


def test_sign_ins_tokens_roles_and_refusals_are_recorded(cast, client):
    from jinlin.members import services as member_services

    client.post("/signin/", {"username": "community", "password": "wrong"})
    client.post("/signin/", {"username": "community", "password": PASSWORD})
    api = api_as("district")
    member_services.role_grant(user=cast.outsider, role="community_admin",
                               organization=cast.community2, by=cast.district_admin)  # fmt: skip
    ApiClient(api.token).post("/auth/token/revoke")
    client.get("/cloudmap/rebalance/")  # a community admin: refused (403)
    actions = list(AuditEvent.objects.order_by("seq").values_list("action", "result"))
    for wanted in [("sign_in_failed", "refused"), ("sign_in", "ok"), ("token_issue", "ok"),
                   ("role_grant", "ok"), ("token_revoke", "ok"),
                   ("refused_for_scope", "refused")]:  # fmt: skip
        assert wanted in actions, wanted
    failed = AuditEvent.objects.get(action="sign_in_failed")
    assert failed.object == "community" and failed.ip == "127.0.0.1"
    assert "wrong" not in str(list(AuditEvent.objects.values_list("object", flat=True)))
    call_command("verify_audit")


def test_a_tampered_row_is_named(cast, client):
    client.post("/signin/", {"username": "community", "password": PASSWORD})
    client.post("/signin/", {"username": "district", "password": PASSWORD})
    first = AuditEvent.objects.order_by("seq").first()
    with pytest.raises(PermissionError):
        first.delete()
    with transaction.atomic(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET LOCAL session_replication_role = replica")
        cursor.execute("UPDATE audit_auditevent SET actor_name = 'someone' WHERE seq = %s",
                       [first.seq])  # fmt: skip
    with pytest.raises(CommandError, match=f"row #{first.seq}"):
        call_command("verify_audit")


def test_only_the_districts_administrators_read_it(cast, as_user):
    as_user(cast.community_admin).get("/")
    assert as_user(cast.district_admin).get("/audit/").status_code == 200
    assert as_user(cast.community_admin).get("/audit/").status_code == 403
    assert as_user(cast.supervisor).get("/audit/").status_code == 403
    export = as_user(cast.district_admin).get("/audit/?format=xlsx")
    assert export["Content-Type"].endswith("sheet")
    assert api_as("district").get("/audit-events", action="sign_in").json()["count"] >= 1
    assert api_as("community").get("/audit-events").status_code == 403
