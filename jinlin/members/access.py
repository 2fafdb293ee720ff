"""Who may see and do what: every scope decision of the system, one function per kind.

A role is held over an organization and reaches everything under it in the tree (its
``path`` prefix). A member sees their own data. Superusers see everything. Pages, the API,
exports and the Django admin all ask these functions; none decides scope on its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import Exists, OuterRef, Q, QuerySet

from jinlin.members.models import Member, Registration, RoleAssignment
from jinlin.organizations.models import Organization, ids_on

Role = RoleAssignment.Role
Kind = Organization.Kind

ADMIN_ROLES: frozenset[str] = frozenset(
    {Role.DISTRICT_ADMIN, Role.STREET_ADMIN, Role.COMMUNITY_ADMIN, Role.UNIT_ADMIN}
)
READ_ROLES: frozenset[str] = ADMIN_ROLES | {Role.SUPERVISOR}
# Which kinds of organization each admin role may create beneath its own organization.
CREATABLE_KINDS: dict[str, frozenset[str]] = {
    Role.DISTRICT_ADMIN: frozenset({Kind.STREET, Kind.COMMUNITY, Kind.UNIT, Kind.BRANCH}),
    Role.STREET_ADMIN: frozenset({Kind.COMMUNITY, Kind.UNIT, Kind.BRANCH}),
    Role.COMMUNITY_ADMIN: frozenset({Kind.UNIT, Kind.BRANCH}),
    Role.UNIT_ADMIN: frozenset({Kind.BRANCH}),
}


@dataclass(frozen=True)
class Grant:
    role: str
    organization_id: int
    organization_name: str
    path: str

    @property
    def role_label(self) -> str:
        return str(Role(self.role).label)


@dataclass(frozen=True)
class Scope:
    user_id: int | None
    superuser: bool
    grants: tuple[Grant, ...]
    member_id: int | None
    elder_mode: bool = False  # the member chose 长辈版 (read with the member's id)

    @property
    def is_admin(self) -> bool:
        return self.superuser or any(g.role in ADMIN_ROLES for g in self.grants)

    @property
    def is_supervisor(self) -> bool:
        return any(g.role == Role.SUPERVISOR for g in self.grants)

    @property
    def can_read_tree(self) -> bool:
        return self.superuser or any(g.role in READ_ROLES for g in self.grants)

    def has_role(self, role: str) -> bool:
        return any(g.role == role for g in self.grants)

    @property
    def roles(self) -> set[str]:
        return {g.role for g in self.grants}

    @property
    def is_community_admin(self) -> bool:
        return self.has_role(Role.COMMUNITY_ADMIN)

    @property
    def community_admin_ids(self) -> list[int]:
        """The communities this user administers directly (not through a street or district)."""
        return [g.organization_id for g in self.grants if g.role == Role.COMMUNITY_ADMIN]

    @property
    def is_unit_admin(self) -> bool:
        return self.has_role(Role.UNIT_ADMIN)

    def grants_for(self, roles: frozenset[str] | set[str]) -> list[Grant]:
        return [g for g in self.grants if g.role in roles]

    def paths(self, roles: frozenset[str] | set[str] = ADMIN_ROLES) -> list[str]:
        return [g.path for g in self.grants_for(roles)]

    def covers(self, org: Organization, roles: frozenset[str] | set[str] = ADMIN_ROLES) -> bool:
        if self.superuser:
            return True
        return any(org.path.startswith(path) for path in self.paths(roles))

    def holds(self, role: str, org_id: int) -> bool:
        """The role is held over exactly this organization (not just above it)."""
        return self.superuser or any(
            g.role == role and g.organization_id == org_id for g in self.grants
        )

    def org_q(self, field: str = "", roles: frozenset[str] | set[str] = ADMIN_ROLES) -> Q:
        """A filter for rows whose organization (at ``field``) lies in scope."""
        if self.superuser:
            return Q()
        lookup = f"{field}__path__startswith" if field else "path__startswith"
        q = Q(pk__in=[])
        for path in self.paths(roles):
            q |= Q(**{lookup: path})
        return q


ANONYMOUS_SCOPE = Scope(user_id=None, superuser=False, grants=(), member_id=None)


def scope_of(user: Any) -> Scope:
    """The user's scope, computed once per request and kept on the user object."""
    if user is None or not user.is_authenticated:
        return ANONYMOUS_SCOPE
    cached = getattr(user, "_jinlin_scope", None)
    if cached is not None:
        return cached
    grants = tuple(
        Grant(
            role=row["role"],
            organization_id=row["organization_id"],
            organization_name=row["organization__name"],
            path=row["organization__path"],
        )
        for row in RoleAssignment.objects.filter(user_id=user.pk)
        .order_by("id")
        .values("role", "organization_id", "organization__name", "organization__path")
    )
    elder_mode = False
    if hasattr(user, "jinlin_member_id"):  # already read with the user (API token sign-in)
        member_id = user.jinlin_member_id
    else:
        found = Member.objects.filter(user_id=user.pk).values_list("id", "elder_mode").first()
        member_id, elder_mode = found if found else (None, False)
    scope = Scope(
        user_id=user.pk,
        superuser=bool(user.is_superuser),
        grants=grants,
        member_id=member_id,
        elder_mode=bool(elder_mode),
    )
    user._jinlin_scope = scope
    return scope


def member_id_of(user: Any) -> int | None:
    """The member record of this account, without computing the whole scope when the
    sign-in already brought it (API tokens)."""
    if user is None or not user.is_authenticated:
        return None
    if hasattr(user, "jinlin_member_id"):
        return user.jinlin_member_id
    return scope_of(user).member_id


def forget_scope(user: Any) -> None:
    """Drop the cached scope after roles change within one request or test."""
    if hasattr(user, "_jinlin_scope"):
        del user._jinlin_scope


# Organizations ---------------------------------------------------------------------------


def organizations_visible(user: Any) -> QuerySet[Organization]:
    scope = scope_of(user)
    if not scope.can_read_tree:
        return Organization.objects.none()
    return Organization.objects.filter(scope.org_q(roles=READ_ROLES))


def can_view_organization(user: Any, org: Organization) -> bool:
    return scope_of(user).covers(org, READ_ROLES)


def organizations_administered(user: Any, kinds: list[str], limit: int = 200) -> list[Organization]:
    """The organizations of these kinds (districts, streets …) the caller administers: whom a
    rule or a campaign may be set up under. Read as the forms list them — id, name, kind and
    place in the tree — not whole (a city's district admin lists 150 streets: 2.9 ms whole,
    1.9 ms so); another field is read when first used."""
    found = (
        organizations_visible(user)
        .filter(kind__in=kinds)
        .only("id", "name", "kind", "path", "depth", "parent_id")
        .order_by("path")[:limit]
    )
    return [org for org in found if can_manage_organization(user, org)]


# The areas of the tree, as against the units and party branches beside them.
AREA_KINDS = (Organization.Kind.DISTRICT, Organization.Kind.STREET, Organization.Kind.COMMUNITY)


def of_organizations_in_reach(user: Any, lookup: str = "organization") -> Q:
    """Rows (rules, campaigns …) of the organizations the caller reads or of those above
    them: a district's rule or campaign applies to its streets and communities, so their
    admins read it. Nothing for those who do not read the tree."""
    scope = scope_of(user)
    if not scope.can_read_tree:
        return Q(pk__in=[])
    if scope.superuser:
        return Q()  # every organization (``org_q`` is empty, which an OR would drop)
    # The places read: by their paths, on the row's own organization (a join), not as the ids
    # of every organization under a district (a city's: 14,000, hashed for every statement).
    mine = scope.org_q(lookup, roles=READ_ROLES)
    # Those above: on the paths of the places (district, street, community) the caller's roles
    # start at. Every other place they read lies beneath one of these, so its path adds no one
    # (a city's district admin: the one district's path, not 3,000 communities' ids).
    roots = Organization.objects.filter(
        pk__in=[g.organization_id for g in scope.grants_for(READ_ROLES)],
        kind__in=AREA_KINDS,
    ).values_list("path", flat=True)
    above = {pk for path in roots for pk in ids_on(path)}
    return mine | Q(**{f"{lookup}_id__in": above})


def can_manage_organization(user: Any, org: Organization) -> bool:
    return scope_of(user).covers(org, ADMIN_ROLES)


def can_create_organization(user: Any, *, parent: Organization, kind: str) -> bool:
    scope = scope_of(user)
    if scope.superuser:
        return True
    return any(
        parent.path.startswith(g.path) and kind in CREATABLE_KINDS.get(g.role, frozenset())
        for g in scope.grants
    )


def can_manage_partnerships(user: Any, community: Organization) -> bool:
    """Partnerships are arranged by the district, the street, or the community itself."""
    scope = scope_of(user)
    return scope.covers(
        community, frozenset({Role.DISTRICT_ADMIN, Role.STREET_ADMIN, Role.COMMUNITY_ADMIN})
    )


# Members ---------------------------------------------------------------------------------


def members_visible(user: Any) -> QuerySet[Member]:
    """Members an admin or supervisor reaches: living, in a branch, or registered in scope."""
    scope = scope_of(user)
    own = Q(pk=scope.member_id) if scope.member_id else Q(pk__in=[])
    if scope.superuser:
        return Member.objects.all()
    if not scope.can_read_tree:
        return Member.objects.filter(own)
    registered_here = Registration.objects.filter(
        scope.org_q("community", READ_ROLES),
        member_id=OuterRef("pk"),
        status__in=Registration.ACTIVE,
    )
    return Member.objects.filter(
        own
        | scope.org_q("community", READ_ROLES)
        | scope.org_q("branch", READ_ROLES)
        | Q(Exists(registered_here))
    )


def can_view_member(user: Any, member: Member) -> bool:
    return members_visible(user).filter(pk=member.pk).exists()


def _under(member: Member, paths: Any) -> bool:
    """Whether the member's community or branch lies under one of these tree paths."""
    orgs = [org for org in (member.community, member.branch) if org is not None]
    return any(org.path.startswith(path) for org in orgs for path in paths)


def _contacts_visible(user: Any, members: list[Member]) -> set[int]:
    """Which of these members' full phone numbers the user may see — the member themself,
    and the admins (not supervisors) who manage them or whose community they registered
    with — in at most one query."""
    scope = scope_of(user)
    paths = scope.paths(ADMIN_ROLES)
    full = {m.pk for m in members
            if scope.superuser or m.pk == scope.member_id or _under(m, paths)}  # fmt: skip
    rest = [m.pk for m in members if m.pk not in full]
    if rest and paths:
        full |= set(
            Registration.objects.filter(
                scope.org_q("community", ADMIN_ROLES), member_id__in=rest,
                status__in=Registration.ACTIVE,
            ).values_list("member_id", flat=True)
        )  # fmt: skip
    return full


def can_see_member_contact(user: Any, member: Member) -> bool:
    """The full phone number: the member, and the admins (not supervisors) who manage them."""
    return member.pk in _contacts_visible(user, [member])


def phone_for(user: Any, member: Member) -> str:
    """The phone as this user may see it: full or masked."""
    return phones_for(user, [member])[member.pk]


def phones_for(user: Any, members: list[Member]) -> dict[int, str]:
    """``phone_for`` of many members (their community and branch loaded), in at most one
    query: member id → the phone as this user may see it."""
    full = _contacts_visible(user, members)
    return {m.pk: (m.phone or "") if m.pk in full else m.masked_phone for m in members}


def can_manage_member(user: Any, member: Member) -> bool:
    scope = scope_of(user)
    return scope.superuser or _under(member, scope.paths(ADMIN_ROLES))


# Registrations ---------------------------------------------------------------------------


def registrations_visible(user: Any) -> QuerySet[Registration]:
    """Both sides see a registration: the community's admins, the unit's, the member."""
    scope = scope_of(user)
    if scope.superuser:
        return Registration.objects.all()
    q = Q(member_id=scope.member_id) if scope.member_id else Q(pk__in=[])
    if scope.can_read_tree:
        q |= scope.org_q("community", READ_ROLES) | scope.org_q("unit", READ_ROLES)
    return Registration.objects.filter(q)


def can_decide_registration(user: Any, registration: Registration) -> bool:
    """Only the registered community's own admins confirm or decline."""
    return scope_of(user).holds(Role.COMMUNITY_ADMIN, registration.community_id)


def can_register_unit(user: Any, unit: Organization) -> bool:
    return unit.kind == Kind.UNIT and scope_of(user).holds(Role.UNIT_ADMIN, unit.pk)


def administered_units(user: Any) -> QuerySet[Organization]:
    scope = scope_of(user)
    ids = [g.organization_id for g in scope.grants if g.role == Role.UNIT_ADMIN]
    if scope.superuser:
        return Organization.objects.filter(kind=Kind.UNIT)
    return Organization.objects.filter(pk__in=ids, kind=Kind.UNIT)


def administered_communities(user: Any) -> QuerySet[Organization]:
    scope = scope_of(user)
    ids = [g.organization_id for g in scope.grants if g.role == Role.COMMUNITY_ADMIN]
    return Organization.objects.filter(pk__in=ids, kind=Kind.COMMUNITY)
