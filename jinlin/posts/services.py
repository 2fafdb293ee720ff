"""岗位认领: posts are set by the community; members apply by their skills; the community
decides; holders may leave with the community's approval."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from jinlin.core.errors import Conflict, InvalidInput, NotAllowed
from jinlin.members import access as member_access
from jinlin.members.models import Member, RoleAssignment
from jinlin.notifications.models import Notification
from jinlin.notifications.services import notify
from jinlin.organizations.models import Organization
from jinlin.posts.models import CATEGORIES, SKILLS, Application, Post

Status = Application.Status


def _admin(by: Any, community_id: int) -> bool:
    return member_access.scope_of(by).holds(RoleAssignment.Role.COMMUNITY_ADMIN, community_id)


def clean_skills(skills: Iterable[str]) -> list[str]:
    known = dict(SKILLS)
    chosen = list(dict.fromkeys(s for s in skills if s))
    unknown = [s for s in chosen if s not in known]
    if unknown:
        raise InvalidInput(
            _("Unknown skills: %(names)s.") % {"names": ", ".join(unknown)},
            fields={"skills": _("Unknown skills.")},
        )
    return chosen


def member_set_skills(*, member: Member, skills: Iterable[str], by: Any = None) -> Member:
    """A member records their 专长."""
    if by is not None and member_access.member_id_of(by) != member.pk:
        raise NotAllowed(_("Members record their own skills."))
    member.skills = clean_skills(skills)
    member.save(update_fields=["skills"])
    return member


def post_save(
    *,
    community: Organization,
    title: str,
    category: str,
    places: Any,
    skills_wanted: Iterable[str] = (),
    description: str = "",
    schedule: str = "",
    post: Post | None = None,
    by: Any = None,
) -> Post:
    if by is not None and not _admin(by, community.pk):
        raise NotAllowed(_("Only the community's own admins set its posts."))
    errors = {}
    if not (title or "").strip():
        errors["title"] = _("Required.")
    if category not in dict(CATEGORIES):
        errors["category"] = _("Choose a category.")
    try:
        places = int(places)
        if not 1 <= places <= 500:
            raise ValueError
    except (TypeError, ValueError):
        errors["places"] = _("From 1 to 500.")
    if errors:
        raise InvalidInput(_("Please correct the marked fields."), fields=errors)
    post = post or Post(community=community)
    if post.pk and places < post.applications.filter(status__in=Application.HOLDING).count():
        raise InvalidInput(
            _("More members hold this post than that."),
            fields={"places": _("Fewer than the current holders.")},
        )
    post.title, post.category, post.places = title.strip()[:100], category, places
    post.skills_wanted = clean_skills(skills_wanted)
    post.description, post.schedule = (description or "").strip(), (schedule or "").strip()[:100]
    post.save()
    return post


def post_apply(*, post: Post, member: Member, note: str = "", by: Any = None) -> Application:
    if by is not None and member_access.member_id_of(by) != member.pk:
        raise NotAllowed(_("Members apply for themselves."))
    if post.status != Post.Status.OPEN:
        raise Conflict(_("This post is closed."), code="closed")
    from jinlin.needs.access import claimable_community_ids

    if post.community_id not in claimable_community_ids(member):
        raise NotAllowed(
            _(
                "Only members registered with this community, or of its partner "
                "units, apply for its posts."
            ),
            code="not_eligible",
        )
    try:
        with transaction.atomic():
            application = Application.objects.create(
                post=post, member=member, note=(note or "").strip()[:300]
            )
    except IntegrityError as exc:
        raise Conflict(_("You already applied for this post."), code="already_applied") from exc
    notify(
        user_ids=list(
            RoleAssignment.objects.filter(
                role=RoleAssignment.Role.COMMUNITY_ADMIN, organization_id=post.community_id
            ).values_list("user_id", flat=True)
        ),
        kind=Notification.Kind.OTHER,
        message=gettext_noop("%(name)s applied for the post “%(post)s”."),
        params={"name": member.name, "post": post.title},
        url=f"/posts/manage/{post.pk}/",
    )
    return application


def suggested_order(post: Post, applications: list[Application]) -> list[Application]:
    """Applicants whose skills match the post come first, the best match first."""
    wanted = set(post.skills_wanted or [])

    def match(a: Application) -> int:
        return len(wanted & set(a.member.skills or []))

    return sorted(applications, key=lambda a: (-match(a), a.created_at))


def _decide(
    application: Application, by: Any, frm: tuple[str, ...], to: str, reason: str = ""
) -> Application:
    if by is not None and not _admin(by, application.post.community_id):
        raise NotAllowed(_("Only the community's own admins decide on its posts."))
    with transaction.atomic():
        post = Post.objects.select_for_update().get(pk=application.post_id)
        if (
            to == Status.APPROVED
            and post.applications.filter(status__in=Application.HOLDING).count() >= post.places
        ):
            raise Conflict(
                _("All %(n)d places of this post are taken.") % {"n": post.places}, code="full"
            )
        updated = Application.objects.filter(pk=application.pk, status__in=frm).update(
            status=to,
            reason=reason,
            decided_by=by if by and by.is_authenticated else None,
            decided_at=timezone.now(),
        )
        if not updated:
            application.refresh_from_db()
            raise Conflict(
                _("This application is already “%(status)s”.")
                % {"status": application.get_status_display()},
                code="illegal_transition",
            )
    application.refresh_from_db()
    messages: dict[str, str] = {
        Status.APPROVED: gettext_noop("You now hold the post “%(post)s”."),
        Status.DECLINED: gettext_noop("Your application for “%(post)s” was declined: %(reason)s"),
        Status.LEFT: gettext_noop("You have left the post “%(post)s”."),
    }
    if to in messages:
        notify(
            user_ids=[application.member.user_id],
            kind=Notification.Kind.OTHER,
            message=messages[to],
            params={"post": application.post.title, "reason": reason},
            url="/posts/",
        )
    return application


def application_approve(*, application: Application, by: Any = None) -> Application:
    return _decide(application, by, (Status.PENDING,), Status.APPROVED)


def application_decline(*, application: Application, reason: str, by: Any = None) -> Application:
    reason = (reason or "").strip()
    if not reason:
        raise InvalidInput(_("Say why; the member will see it."), fields={"reason": _("Required.")})
    return _decide(application, by, (Status.PENDING,), Status.DECLINED, reason[:200])


def application_leave(*, application: Application, by: Any = None) -> Application:
    """The holder asks to leave; the community approves it (as other systems do)."""
    if by is not None and member_access.member_id_of(by) != application.member_id:
        raise NotAllowed(_("Only the holder asks to leave."))
    updated = Application.objects.filter(pk=application.pk, status=Status.APPROVED).update(
        status=Status.LEAVING
    )
    if not updated:
        raise Conflict(_("Only a holder can ask to leave."), code="illegal_transition")
    application.refresh_from_db()
    return application


def application_leave_decide(
    *, application: Application, approve: bool, by: Any = None
) -> Application:
    if approve:
        return _decide(application, by, (Status.LEAVING,), Status.LEFT)
    return _decide(application, by, (Status.LEAVING,), Status.APPROVED)
