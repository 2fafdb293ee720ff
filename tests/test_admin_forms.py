"""Every add and change form of the back office, as each admin role, with every organization
and member it names set outside the role's scope: nothing is created there, nothing is moved
there, nothing breaks. The forms are read from the admin's registry: a new one is covered
without editing this file."""

from __future__ import annotations

import datetime as dt
import traceback
from typing import Any

import pytest
from django import forms
from django.contrib import admin
from django.urls import reverse

from jinlin.members.access import ADMIN_ROLES, members_visible, scope_of
from jinlin.members.models import Member
from jinlin.organizations.models import Organization
from tests.conftest import client_for

ROLES = ("street_admin", "community_admin", "community2_admin", "unit_admin")
MODELS = sorted(admin.site._registry.items(), key=lambda item: item[0]._meta.label)


def _outside(user: Any, model: type) -> Any:
    """An organization or member this user does not administer, or None."""
    scope = scope_of(user)
    if model is Organization:
        for org in Organization.objects.order_by("-depth", "pk"):
            if not scope.covers(org, ADMIN_ROLES):
                return org
        return None
    if model is Member:
        return Member.objects.exclude(pk__in=members_visible(user).values("pk")).first()
    return None


def _value(name: str, field: forms.Field, user: Any) -> tuple[Any, bool]:
    """A value for the field, and whether it names something outside the user's scope."""
    if isinstance(field, forms.ModelMultipleChoiceField):
        target = _outside(user, field.queryset.model)
        if target is not None:
            return [str(target.pk)], True
        first = field.queryset.model._default_manager.first()
        return ([str(first.pk)] if first else []), False
    if isinstance(field, forms.ModelChoiceField):
        target = _outside(user, field.queryset.model)
        if target is not None:
            return str(target.pk), True
        first = field.queryset.model._default_manager.order_by("-pk").first()
        return (str(first.pk) if first else ""), False
    if isinstance(field, forms.SplitDateTimeField):
        now = dt.datetime.now()  # noqa: DTZ005 (a form's text)
        return [now.strftime("%Y-%m-%d"), now.strftime("%H:%M:%S")], False
    if isinstance(field, forms.DateField):
        return dt.date.today().isoformat(), False  # noqa: DTZ011
    if isinstance(field, forms.BooleanField):
        return "on", False
    if isinstance(field, (forms.IntegerField, forms.DecimalField, forms.FloatField)):
        return "1", False
    if isinstance(field, forms.ChoiceField):
        values = [str(v) for v, _label in field.choices if v not in ("", None)]
        return (values[0] if values else ""), False
    if isinstance(field, forms.JSONField):
        return "[]", False
    if "phone" in name:
        return "13912345678", False
    if name == "code":
        return "ZZ-OUT", False
    return "越界测试", False


def _post_data(form: forms.BaseForm, user: Any) -> tuple[dict[str, Any], bool]:
    data: dict[str, Any] = {}
    outside = False
    for name, field in form.fields.items():
        if field.disabled:
            continue
        value, named_outside = _value(name, field, user)
        outside = outside or named_outside
        key = form.add_prefix(name)
        if isinstance(field, forms.SplitDateTimeField):
            data[f"{key}_0"], data[f"{key}_1"] = value
        else:
            data[key] = value
    return data, outside


def _inline_management(response: Any) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for inline in (response.context or {}).get("inline_admin_formsets", []):
        prefix = inline.formset.prefix
        data.update(
            {
                f"{prefix}-TOTAL_FORMS": "0",
                f"{prefix}-INITIAL_FORMS": "0",
                f"{prefix}-MIN_NUM_FORMS": "0",
                f"{prefix}-MAX_NUM_FORMS": "1000",
            }
        )
    return data


def _snapshot(obj: Any) -> dict[str, Any]:
    obj.refresh_from_db()
    values = {f.attname: getattr(obj, f.attname) for f in obj._meta.concrete_fields}
    for m2m in obj._meta.many_to_many:
        values[m2m.name] = sorted(getattr(obj, m2m.name).values_list("pk", flat=True))
    return values


@pytest.mark.parametrize(("model", "model_admin"), MODELS, ids=[m._meta.label for m, _a in MODELS])
def test_no_back_office_form_writes_outside_scope(cast, model, model_admin):
    failures: list[str] = []
    info = (model._meta.app_label, model._meta.model_name)
    users = [getattr(cast, role) for role in ROLES]
    for user in users:
        client = client_for(user)
        where = f"{model._meta.label} as {user.username}"
        # Add: every organization and member named is outside the user's scope.
        url = reverse("admin:{}_{}_add".format(*info))
        try:
            page = client.get(url)
        except Exception:
            failures.append(f"GET add {where}: {traceback.format_exc().splitlines()[-1]}")
            continue
        if page.status_code == 200:
            data, outside = _post_data(page.context["adminform"].form, user)
            data.update(_inline_management(page))
            before = set(model._default_manager.values_list("pk", flat=True))
            try:
                client.post(url, data)
            except Exception:
                failures.append(f"POST add {where}: {traceback.format_exc().splitlines()[-1]}")
                continue
            created = set(model._default_manager.values_list("pk", flat=True)) - before
            if outside and created:
                failures.append(f"add {where}: created {sorted(created)} naming out-of-scope rows")
        elif page.status_code not in (302, 403):
            failures.append(f"GET add {where}: {page.status_code}")
        # Change: an object the user may see, its organizations and members set outside.
        request = type("R", (), {"user": user})()
        obj = model_admin.get_queryset(request).order_by("pk").first()
        if obj is None:
            continue
        url = reverse("admin:{}_{}_change".format(*info), args=[obj.pk])
        page = client.get(url)
        if page.status_code != 200 or "adminform" not in (page.context or {}):
            continue
        form = page.context["adminform"].form
        if not any(isinstance(f, forms.ModelChoiceField) for f in form.fields.values()):
            continue
        data, outside = _post_data(form, user)
        data.update(_inline_management(page))
        before = _snapshot(obj)
        try:
            client.post(url, data)
        except Exception:
            failures.append(f"POST change {where}: {traceback.format_exc().splitlines()[-1]}")
            continue
        after = _snapshot(obj)
        if outside:
            moved = {
                name: (before[name], after[name])
                for name in before
                if before[name] != after[name]
                and (name.endswith("_id") or isinstance(before[name], list))
            }
            if moved:
                failures.append(f"change {where}: moved {moved}")
    assert not failures, "\n".join(failures)


def test_the_back_office_reads_in_chinese(cast):
    """Every section heading and every model of the back office's index, in Chinese (English
    app labels once headed its sections)."""
    import re

    from django.contrib.auth import get_user_model
    from django.test import Client

    admin = get_user_model().objects.create_superuser("root", password="x-Strong-9")
    client = Client()
    client.force_login(admin)
    page = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="zh-hans").content.decode()
    headings = re.findall(r"<caption>\s*<a[^>]*>([^<]+)</a>", page)
    rows = re.findall(r'<th scope="row"[^>]*>\s*<a[^>]*>([^<]+)</a>', page)
    assert len(headings) >= 10 and len(rows) >= 20
    english = [t for t in headings + rows if re.search(r"[A-Za-z]{3,}", t)]
    assert english == []
