"""Writes to the organization tree and partnerships; the only place their rules live."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import IntegrityError, connection, transaction
from django.db.models import F, Value
from django.db.models.functions import Concat, Substr
from django.utils.translation import gettext as _

from jinlin.core.errors import Conflict, InvalidInput, NotAllowed
from jinlin.members.access import (
    can_create_organization,
    can_manage_organization,
    can_manage_partnerships,
)
from jinlin.organizations.models import Organization, Partnership

Kind = Organization.Kind

# A new mark for the tree (``TreeMark``), never one it had: on PostgreSQL from a sequence,
# which no rollback takes back; on SQLite a random 64-bit number (migration 0004's triggers
# write the same).
TREE_CHANGED_SQL = {
    "postgresql": "INSERT INTO organizations_treemark (id, n) "
    "VALUES (1, nextval('organizations_treemark_n')) "
    "ON CONFLICT (id) DO UPDATE SET n = EXCLUDED.n",
    "sqlite": "INSERT INTO organizations_treemark (id, n) VALUES (1, random()) "
    "ON CONFLICT (id) DO UPDATE SET n = excluded.n",
}


def _check_access(by: Any, allowed: bool) -> None:
    if by is not None and not allowed:
        raise NotAllowed(_("This organization is outside your part of the tree."))


def validate_placement(*, kind: str, subkind: str, parent: Organization | None) -> None:
    """Raise InvalidInput unless ``kind``/``subkind`` may sit under ``parent``."""
    if kind not in Kind.values:
        raise InvalidInput(_("Unknown kind of organization."), fields={"kind": _("Unknown kind.")})
    if subkind not in Organization.SUBKINDS_OF_KIND[kind]:
        raise InvalidInput(
            _("This type does not belong to that kind of organization."),
            fields={"subkind": _("Not a type of %(kind)s.") % {"kind": Kind(kind).label}},
        )
    allowed_parents = Organization.PARENT_KINDS[kind]
    if kind == Kind.DISTRICT:
        if parent is not None:
            raise InvalidInput(
                _("A district is the top of the tree and has no parent."),
                fields={"parent": _("A district has no parent.")},
            )
        return
    if parent is None:
        raise InvalidInput(
            _("Choose the organization this one belongs to."),
            fields={"parent": _("Required.")},
        )
    if parent.kind not in allowed_parents:
        raise InvalidInput(
            _("A %(kind)s cannot sit under a %(parent)s.")
            % {"kind": Kind(kind).label, "parent": Kind(parent.kind).label},
            fields={"parent": _("Not a possible parent for this kind.")},
        )


def _clean_name(name: str) -> str:
    name = (name or "").strip()
    if not name:
        raise InvalidInput(_("The name is required."), fields={"name": _("Required.")})
    if len(name) > 100:
        raise InvalidInput(
            _("The name is longer than 100 characters."), fields={"name": _("Too long.")}
        )
    return name


def _next_code(parent: Organization | None) -> str:
    prefix = parent.code if parent else "D"
    count = Organization.objects.filter(parent=parent).count() + 1
    while True:
        code = f"{prefix}-{count:03d}"
        if not Organization.objects.filter(code=code).exists():
            return code
        count += 1


def organization_create(
    *,
    name: str,
    kind: str,
    parent: Organization | None,
    subkind: str = "",
    code: str = "",
    address: str = "",
    contact_phone: str = "",
    longitude: Any = None,
    latitude: Any = None,
    brand: str = "",
    brand_note: str = "",
    head: str = "",
    by: Any = None,
) -> Organization:
    """Add an organization under ``parent``; ``by`` must administer the parent."""
    if (brand or brand_note) and kind != Organization.Kind.BRANCH:
        raise InvalidInput(_("Only a party branch has a brand (一支部一品牌)."),
                           fields={"brand": _("Not a party branch.")})  # fmt: skip
    subkind = subkind or Organization.SUBKINDS_OF_KIND.get(kind, ("",))[0]
    validate_placement(kind=kind, subkind=subkind, parent=parent)
    if by is not None and (
        parent is None or not can_create_organization(by, parent=parent, kind=kind)
    ):
        raise NotAllowed(_("You may not add this kind of organization here."))
    name = _clean_name(name)
    code = (code or "").strip() or _next_code(parent)
    if Organization.objects.filter(code=code).exists():
        raise InvalidInput(
            _("The code %(code)s is already used by another organization.") % {"code": code},
            fields={"code": _("Already used.")},
        )
    org = Organization(
        name=name,
        kind=kind,
        subkind=subkind,
        parent=parent,
        code=code,
        address=address.strip(),
        contact_phone=contact_phone.strip(),
        longitude=longitude,
        latitude=latitude,
        brand=" ".join((brand or "").split())[:50],
        brand_note=" ".join((brand_note or "").split())[:300],
        head=" ".join((head or "").split())[:50],
        depth=(parent.depth + 1) if parent else 0,
    )
    try:
        with transaction.atomic():
            org.save()
            org.path = f"{parent.path if parent else '/'}{org.pk}/"
            Organization.objects.filter(pk=org.pk).update(path=org.path)
    except IntegrityError as exc:
        raise Conflict(
            _("The code %(code)s was just taken by another organization.") % {"code": code}
        ) from exc
    return org


def organization_update(
    *,
    organization: Organization,
    by: Any = None,
    name: str | None = None,
    subkind: str | None = None,
    code: str | None = None,
    address: str | None = None,
    contact_phone: str | None = None,
    brand: str | None = None,
    brand_note: str | None = None,
    head: str | None = None,
) -> Organization:
    _check_access(by, by is None or can_manage_organization(by, organization))
    if (brand or brand_note) and organization.kind != Organization.Kind.BRANCH:
        raise InvalidInput(_("Only a party branch has a brand (一支部一品牌)."),
                           fields={"brand": _("Not a party branch.")})  # fmt: skip
    if name is not None:
        organization.name = _clean_name(name)
    if subkind is not None and subkind != organization.subkind:
        validate_placement(kind=organization.kind, subkind=subkind, parent=organization.parent)
        organization.subkind = subkind
    if code is not None:
        code = code.strip()
        if not code:
            raise InvalidInput(_("The code is required."), fields={"code": _("Required.")})
        if Organization.objects.filter(code=code).exclude(pk=organization.pk).exists():
            raise InvalidInput(
                _("The code %(code)s is already used by another organization.") % {"code": code},
                fields={"code": _("Already used.")},
            )
        organization.code = code
    if address is not None:
        organization.address = address.strip()
    if contact_phone is not None:
        organization.contact_phone = contact_phone.strip()
    if head is not None:
        organization.head = " ".join(head.split())[:50]
    if brand is not None:
        organization.brand = " ".join(brand.split())[:50]
    if brand_note is not None:
        organization.brand_note = " ".join(brand_note.split())[:300]
    organization.save()
    return organization


@transaction.atomic
def organization_move(
    *, organization: Organization, new_parent: Organization, by: Any = None
) -> Organization:
    """Put an organization (and everything under it) under another parent."""
    _check_access(by, by is None or can_manage_organization(by, organization))
    if by is not None and not can_create_organization(
        by, parent=new_parent, kind=organization.kind
    ):
        raise NotAllowed(_("You may not move this organization there."))
    if new_parent.path.startswith(organization.path):
        raise InvalidInput(
            _("An organization cannot be moved under itself or its own descendants."),
            fields={"parent": _("Inside the organization being moved.")},
        )
    validate_placement(kind=organization.kind, subkind=organization.subkind, parent=new_parent)
    old_path = organization.path
    new_path = f"{new_parent.path}{organization.pk}/"
    delta = new_parent.depth + 1 - organization.depth
    Organization.objects.filter(path__startswith=old_path).update(
        path=Concat(Value(new_path), Substr("path", len(old_path) + 1)),
        depth=F("depth") + delta,
    )
    Organization.objects.filter(pk=organization.pk).update(parent=new_parent)
    organization.refresh_from_db()
    return organization


def partnership_create(
    *,
    unit: Organization,
    community: Organization,
    since: dt.date | None = None,
    note: str = "",
    by: Any = None,
) -> Partnership:
    """挂钩共建: link a unit to a community it will support."""
    if unit.kind != Kind.UNIT:
        raise InvalidInput(_("Only a unit can be partnered."), fields={"unit": _("Not a unit.")})
    if community.kind != Kind.COMMUNITY:
        raise InvalidInput(
            _("A unit is partnered with a community or village."),
            fields={"community": _("Not a community.")},
        )
    _check_access(by, by is None or can_manage_partnerships(by, community))
    partnership, created = Partnership.objects.get_or_create(
        unit=unit, community=community, defaults={"since": since, "note": note.strip()}
    )
    if not created:
        raise Conflict(
            _("%(unit)s is already partnered with %(community)s.")
            % {"unit": unit.name, "community": community.name},
            code="already_partnered",
        )
    return partnership


def partnership_describe(
    *, partnership: Partnership, since: dt.date | None, note: str, by: Any = None
) -> Partnership:
    """Change when a partnership began and what it is about (not whom it links)."""
    _check_access(by, by is None or can_manage_partnerships(by, partnership.community))
    if len(note or "") > 200:
        raise InvalidInput(_("The note is too long."), fields={"note": _("At most 200.")})
    Partnership.objects.filter(pk=partnership.pk).update(since=since, note=(note or "").strip())
    partnership.refresh_from_db()
    return partnership


def partnership_delete(*, partnership: Partnership, by: Any = None) -> None:
    _check_access(by, by is None or can_manage_partnerships(by, partnership.community))
    partnership.delete()


SEAL_MIN_PIXELS = 200


def organization_seal_set(*, organization: Organization, by: Any, seal: Any = None) -> Organization:
    """Keep ``seal`` (an uploaded picture, best a PNG with a transparent ground) as the
    organization's electronic seal, which its certificates print; ``None`` removes it.
    Audit-logged either way. The earlier file stays: certificates issued under it still
    print it."""
    from jinlin.audit.services import audit
    from jinlin.core.uploads import _opened, photo_content

    _check_access(by, by is None or can_manage_organization(by, organization))
    if organization.kind == Kind.BRANCH:
        raise InvalidInput(_("A party branch issues no certificates and keeps no seal."),
                           fields={"seal": _("Not for a party branch.")})  # fmt: skip
    if seal is None:
        organization.seal = ""
        organization.save(update_fields=["seal", "updated_at"])
        audit("organization_seal_removed", organization, user=by)
        return organization
    try:
        name, content = photo_content(seal)
        width, height = _opened(content.read()).size
    except InvalidInput as error:
        raise InvalidInput(error.message, fields={"seal": error.fields.get("photo", "")}) from None
    if min(width, height) < SEAL_MIN_PIXELS:
        raise InvalidInput(
            _("The seal picture is %(w)d × %(h)d pixels; send one at least %(min)d pixels on "
              "each side, so that it prints sharp.")
            % {"w": width, "h": height, "min": SEAL_MIN_PIXELS},
            fields={"seal": _("Too small.")},
        )
    content.seek(0)
    organization.seal.save(name, content, save=False)
    organization.save(update_fields=["seal", "updated_at"])
    audit("organization_seal_set", organization, user=by)
    return organization


def tree_changed() -> None:
    """Move the organization tree's mark (``TreeMark``) as its triggers do: for a bulk load
    that writes organizations with triggers off (``load_city``)."""
    with connection.cursor() as cursor:
        cursor.execute(TREE_CHANGED_SQL[connection.vendor])
