"""Rounds, findings, and the problem state machine.

    open ──start──▶ in_progress ──submit (evidence)──▶ submitted ──verify──▶ closed
                         ▲                                  │
                         └──────reopen (comment)────────────┘   (a closed one may reopen too)
    open / in_progress / submitted ──close as not fixed (reason)──▶ closed_unfixed

Each transition is a conditional update on the current state, so two people acting at once
leave one result; anything else is refused with ``illegal_transition``. Every step is written
to the problem's timeline.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from typing import Any

from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from jinlin.core.errors import Conflict, InvalidInput, NotAllowed
from jinlin.core.numbers import decimal_of
from jinlin.core.uploads import check_photo, photo_content, photo_location
from jinlin.members.models import RoleAssignment
from jinlin.notifications.models import Notification
from jinlin.notifications.services import notify
from jinlin.organizations.models import Organization
from jinlin.oversight import access
from jinlin.oversight.models import (
    SEVERITIES,
    Finding,
    FindingPhoto,
    Measure,
    PartyCheckup,
    Problem,
    ProblemEvent,
    Round,
    SelfInspection,
)

Status = Problem.Status
Action = ProblemEvent.Action
DEFAULT_DAYS = {"high": 7, "medium": 14, "low": 30}
TRANSITIONS: dict[str, tuple[tuple[str, ...], str]] = {
    # action: (allowed from, to)
    "start": ((Status.OPEN,), Status.IN_PROGRESS),
    "submit": ((Status.IN_PROGRESS,), Status.SUBMITTED),
    "verify": ((Status.SUBMITTED,), Status.CLOSED),
    "reopen": ((Status.SUBMITTED, Status.CLOSED), Status.IN_PROGRESS),
    "close_unfixed": ((Status.OPEN, Status.IN_PROGRESS, Status.SUBMITTED), Status.CLOSED_UNFIXED),
}


def _by(user: Any) -> Any:
    return user if user is not None and user.is_authenticated else None


def _text(value: Any, field: str, limit: int, *, required: bool = True) -> str:
    text = str(value or "").strip()
    if required and not text:
        raise InvalidInput(_("Please correct the marked fields."), fields={field: _("Required.")})
    if len(text) > limit:
        raise InvalidInput(
            _("Please correct the marked fields."),
            fields={field: _("At most %(n)d characters.") % {"n": limit}},
        )
    return text


def admins_of(org: Organization | None) -> list[int]:
    """The accounts that administer the organization (supervisors, who only read, aside)."""
    if org is None:
        return []
    return list(
        RoleAssignment.objects.filter(organization=org)
        .exclude(role=RoleAssignment.Role.SUPERVISOR)
        .values_list("user_id", flat=True)
    )


def _problem_url(problem: Problem) -> str:
    return reverse("problem-detail", args=[problem.pk])


# Rounds and findings ----------------------------------------------------------------------


def round_create(
    *,
    organization: Organization,
    date: dt.date | None,
    title: str,
    kind: str = Round.Kind.WEEKLY,
    group: Iterable[Any] = (),
    places: Iterable[Organization] = (),
    other_places: str = "",
    by: Any = None,
) -> Round:
    if by is not None and not access.can_supervise(by, organization):
        raise NotAllowed(_("Only supervisors and admins of this district or street plan rounds."))
    if organization.kind not in (Organization.Kind.DISTRICT, Organization.Kind.STREET):
        raise InvalidInput(
            _("A round is made for a district or a street."),
            fields={"organization": _("Choose a district or street.")},
        )
    if date is None:
        raise InvalidInput(_("Please correct the marked fields."), fields={"date": _("Required.")})
    if kind not in Round.Kind.values:
        raise InvalidInput(_("Unknown kind of round."), fields={"kind": _("Unknown kind.")})
    outside = [p.name for p in places if not p.path.startswith(organization.path)]
    if outside:
        raise InvalidInput(
            _("Outside %(org)s: %(names)s.")
            % {"org": organization.name, "names": "、".join(outside)},
            fields={"places": _("Outside the round's district or street.")},
        )
    with transaction.atomic():
        round_ = Round.objects.create(
            organization=organization,
            date=date,
            kind=kind,
            title=_text(title, "title", 100),
            other_places=_text(other_places, "other_places", 300, required=False),
            created_by=_by(by),
        )
        members = list(group)
        if by is not None and by.is_authenticated and by not in members:
            members.append(by)
        round_.group.set(members)
        round_.places.set(list(places))
    return round_


def finding_record(
    *,
    round_: Round,
    kind: str,
    organization: Organization,
    title: str,
    text: str = "",
    place: str = "",
    severity: str = "medium",
    longitude: Any = None,
    latitude: Any = None,
    photos: Iterable[UploadedFile] = (),
    client_id: str = "",
    by: Any = None,
) -> Finding:
    """A supervisor records what they saw on site. Sending the same ``client_id`` again (a
    phone retrying over a weak signal) returns the finding already stored."""
    client_id = (client_id or "").strip()[:64]
    if client_id:
        existing = Finding.objects.filter(client_id=client_id).first()
        if existing is not None:
            return existing
    if by is not None and not (
        access.can_supervise(by, organization) or round_.group.filter(pk=by.pk).exists()
    ):
        raise NotAllowed(_("Only the round's group records findings."))
    if not organization.path.startswith(round_.organization.path):
        raise InvalidInput(
            _("The responsible organization is outside the round's area."),
            fields={"organization": _("Outside the round's area.")},
        )
    if kind not in Finding.Kind.values:
        raise InvalidInput(
            _("Choose problem, suggestion or typical practice."),
            fields={"kind": _("Unknown kind.")},
        )
    if severity not in dict(SEVERITIES):
        raise InvalidInput(_("Unknown severity."), fields={"severity": _("Unknown severity.")})
    coordinates: list[Decimal | None] = []
    for name, value, limit in (("longitude", longitude, 180), ("latitude", latitude, 90)):
        if value in (None, ""):
            coordinates.append(None)
            continue
        try:
            number = decimal_of(value, "0.000001")
        except InvalidOperation as exc:
            raise InvalidInput(
                _("Not a coordinate."), fields={name: _("Not a coordinate.")}
            ) from exc
        if not -limit <= number <= limit:
            raise InvalidInput(_("Not a coordinate."), fields={name: _("Not a coordinate.")})
        coordinates.append(number)
    photo_list = list(photos)
    for photo in photo_list:
        check_photo(photo)
    if coordinates == [None, None]:
        # Where it was is the point of a finding: a photo's GPS position, when the phone
        # wrote one, becomes the finding's place; the stored photos keep no metadata.
        for photo in photo_list:
            found = photo_location(photo)
            if found is not None:
                coordinates = list(found)
                break
    try:
        with transaction.atomic():
            finding = Finding.objects.create(
                round=round_,
                kind=kind,
                organization=organization,
                title=_text(title, "title", 100),
                text=_text(text, "text", 4000, required=False),
                place=_text(place, "place", 200, required=False),
                severity=severity,
                longitude=coordinates[0],
                latitude=coordinates[1],
                client_id=client_id or None,
                created_by=_by(by),
            )
            for photo in photo_list:
                stored = FindingPhoto(finding=finding)
                stored.file.save(*photo_content(photo), save=True)
            if kind == Finding.Kind.PROBLEM:
                problem_create(
                    organization=organization,
                    title=finding.title,
                    description=finding.text,
                    source=Problem.Source.ROUND,
                    severity=severity,
                    deadline=round_.date + dt.timedelta(days=DEFAULT_DAYS[severity]),
                    finding=finding,
                    by=None,
                    created_by=_by(by),
                )
    except IntegrityError:
        # The same client_id arrived twice at once: the other request stored it.
        existing = Finding.objects.filter(client_id=client_id).first()
        if existing is None:
            raise
        return existing
    return finding


def finding_publish(*, finding: Finding, published: bool, by: Any = None) -> Finding:
    if by is not None and not access.can_supervise(by, finding.organization):
        raise NotAllowed(_("Only supervisors choose what is publicised."))
    if finding.kind != Finding.Kind.TYPICAL:
        raise Conflict(_("Only typical practices go into the publicity list."), code="not_typical")
    Finding.objects.filter(pk=finding.pk).update(published=published)
    finding.refresh_from_db()
    return finding


# Problems ---------------------------------------------------------------------------------


def problem_create(
    *,
    organization: Organization,
    title: str,
    source: str,
    severity: str = "medium",
    deadline: dt.date | None = None,
    description: str = "",
    finding: Finding | None = None,
    self_inspection: SelfInspection | None = None,
    by: Any = None,
    created_by: Any = None,
) -> Problem:
    if source not in Problem.Source.values:
        raise InvalidInput(
            _("The source is round or self."), fields={"source": _("round or self.")}
        )
    if by is not None and not access.can_record_problem(by, organization, source):
        raise NotAllowed(
            _(
                "Problems from rounds are recorded by supervisors; self-inspection problems by "
                "the organization's own admins."
            )
        )
    errors = {}
    if severity not in dict(SEVERITIES):
        errors["severity"] = _("Minor, notable or serious.")
    if deadline is None:
        errors["deadline"] = _("Required.")
    elif deadline < timezone.localdate() - dt.timedelta(days=366):
        errors["deadline"] = _("The deadline is more than a year ago.")
    if errors:
        raise InvalidInput(_("Please correct the marked fields."), fields=errors)
    assert deadline is not None
    with transaction.atomic():
        problem = Problem.objects.create(
            organization=organization,
            title=_text(title, "title", 200),
            description=_text(description, "description", 4000, required=False),
            source=source,
            severity=severity,
            deadline=deadline,
            finding=finding,
            self_inspection=self_inspection,
            created_by=created_by or _by(by),
        )
        ProblemEvent.objects.create(
            problem=problem, action=Action.CREATED, by=created_by or _by(by)
        )
    notify(
        user_ids=admins_of(organization),
        kind=Notification.Kind.OTHER,
        message=gettext_noop(
            "A problem was recorded for %(org)s: “%(title)s”, to fix by %(deadline)s."
        ),
        params={"org": organization.name, "title": problem.title, "deadline": deadline.isoformat()},
        url=_problem_url(problem),
    )
    return problem


def measure_add(
    *, problem: Problem, text: str, owner: str, deadline: dt.date | None, by: Any = None
) -> Measure:
    if by is not None and not access.can_work_on(by, problem):
        raise NotAllowed(_("Only the responsible organization's admins add measures."))
    if problem.done:
        raise Conflict(_("The problem is closed."), code="illegal_transition")
    if deadline is None:
        raise InvalidInput(
            _("Please correct the marked fields."), fields={"deadline": _("Required.")}
        )
    with transaction.atomic():
        measure = Measure.objects.create(
            problem=problem,
            text=_text(text, "text", 300),
            owner=_text(owner, "owner", 100),
            deadline=deadline,
        )
        ProblemEvent.objects.create(
            problem=problem, action=Action.MEASURE, by=_by(by), comment=measure.text
        )
    return measure


def _transition(
    problem: Problem,
    action: str,
    *,
    by: Any,
    comment: str = "",
    photo: UploadedFile | None = None,
    **changes: Any,
) -> Problem:
    allowed_from, to = TRANSITIONS[action]
    now = timezone.now()
    with transaction.atomic():
        updated = Problem.objects.filter(pk=problem.pk, status__in=allowed_from).update(
            status=to, closed_at=now if to in Problem.DONE else None, **changes
        )
        if not updated:
            problem.refresh_from_db()
            raise Conflict(
                _("A problem that is “%(status)s” cannot be %(action)s.")
                % {"status": problem.get_status_display(), "action": ACTION_WORDS[action]()},
                code="illegal_transition",
            )
        event = ProblemEvent(problem=problem, action=EVENT_OF[action], by=_by(by), comment=comment)
        if photo is not None:
            event.photo.save(*photo_content(photo), save=False)
        event.save()
    problem.refresh_from_db()
    return problem


ACTION_WORDS = {
    "start": lambda: _("started"),
    "submit": lambda: _("submitted"),
    "verify": lambda: _("verified"),
    "reopen": lambda: _("reopened"),
    "close_unfixed": lambda: _("closed as not fixed"),
}
EVENT_OF = {
    "start": Action.STARTED,
    "submit": Action.SUBMITTED,
    "verify": Action.VERIFIED,
    "reopen": Action.REOPENED,
    "close_unfixed": Action.CLOSED_UNFIXED,
}


def problem_start(*, problem: Problem, by: Any = None) -> Problem:
    if by is not None and not access.can_work_on(by, problem):
        raise NotAllowed(_("Only the responsible organization's admins work on it."))
    return _transition(problem, "start", by=by)


def problem_submit(
    *, problem: Problem, evidence: str, photo: UploadedFile | None = None, by: Any = None
) -> Problem:
    """Rectified: the responsible organization submits what it did, as evidence."""
    if by is not None and not access.can_work_on(by, problem):
        raise NotAllowed(_("Only the responsible organization's admins submit evidence."))
    evidence = _text(evidence, "evidence", 4000)
    if photo is not None:
        check_photo(photo)
    problem = _transition(problem, "submit", by=by, comment=evidence, photo=photo)
    notify(
        user_ids=list(problem.finding.round.group.values_list("pk", flat=True))
        if problem.finding
        else admins_of(problem.organization.parent),
        kind=Notification.Kind.OTHER,
        message=gettext_noop(
            "%(org)s submitted its rectification of “%(title)s”; please verify it."
        ),
        params={"org": problem.organization.name, "title": problem.title},
        url=_problem_url(problem),
    )
    return problem


def problem_verify(*, problem: Problem, comment: str = "", by: Any = None) -> Problem:
    if by is not None and not access.can_verify(by, problem):
        raise NotAllowed(_("Only supervisors or higher admins verify a rectification."))
    problem = _transition(problem, "verify", by=by, comment=(comment or "").strip())
    Measure.objects.filter(problem=problem, done_at__isnull=True).update(done_at=timezone.now())
    return problem


def problem_reopen(*, problem: Problem, comment: str, by: Any = None) -> Problem:
    if by is not None and not access.can_verify(by, problem):
        raise NotAllowed(_("Only supervisors or higher admins reopen a problem."))
    comment = (comment or "").strip()
    if not comment:
        raise InvalidInput(
            _("Say why it is reopened; the organization will see it."),
            fields={"comment": _("Required.")},
        )
    problem = _transition(
        problem, "reopen", by=by, comment=comment, reopen_count=problem.reopen_count + 1
    )
    notify(
        user_ids=admins_of(problem.organization),
        kind=Notification.Kind.OTHER,
        message=gettext_noop("“%(title)s” was reopened: %(comment)s"),
        params={"title": problem.title, "comment": comment},
        url=_problem_url(problem),
    )
    return problem


def problem_close_unfixed(
    *, problem: Problem, reason: str, comment: str = "", by: Any = None
) -> Problem:
    if by is not None and not access.can_verify(by, problem):
        raise NotAllowed(_("Only supervisors or higher admins close a problem unfixed."))
    if reason not in Problem.UnfixedReason.values:
        raise InvalidInput(
            _(
                "Say why it is closed unfixed: not our responsibility, duplicate, or cannot be "
                "fixed."
            ),
            fields={"reason": ", ".join(Problem.UnfixedReason.values)},
        )
    label = str(Problem.UnfixedReason(reason).label)
    text = f"{label}：{comment.strip()}" if comment and comment.strip() else label
    return _transition(problem, "close_unfixed", by=by, comment=text, unfixed_reason=reason)


def problems_escalate(*, today: dt.date | None = None) -> int:
    """Flag overdue problems once and tell the parent organization's admins."""
    today = today or timezone.localdate()
    overdue = list(
        Problem.objects.filter(
            deadline__lt=today,
            escalated_at__isnull=True,
        )
        .exclude(status__in=Problem.DONE)
        .select_related("organization", "organization__parent")
    )
    now = timezone.now()
    for problem in overdue:
        with transaction.atomic():
            if not Problem.objects.filter(pk=problem.pk, escalated_at__isnull=True).update(
                escalated_at=now
            ):
                continue
            ProblemEvent.objects.create(
                problem=problem,
                action=Action.ESCALATED,
                comment=_("Deadline %(deadline)s passed; escalated to %(parent)s.")
                % {
                    "deadline": problem.deadline.isoformat(),
                    "parent": problem.organization.parent.name
                    if problem.organization.parent
                    else "—",
                },
            )
        notify(
            user_ids=admins_of(problem.organization.parent) + admins_of(problem.organization),
            kind=Notification.Kind.OTHER,
            message=gettext_noop(
                "Overdue: %(org)s has not fixed “%(title)s” (deadline %(deadline)s)."
            ),
            params={
                "org": problem.organization.name,
                "title": problem.title,
                "deadline": problem.deadline.isoformat(),
            },
            url=_problem_url(problem),
        )
    return len(overdue)


def self_inspection_create(
    *, organization: Organization, title: str, date: dt.date | None, note: str = "", by: Any = None
) -> SelfInspection:
    if by is not None and not access.can_record_problem(by, organization, Problem.Source.SELF):
        raise NotAllowed(_("Only the organization's own admins record its self-inspection."))
    if date is None:
        raise InvalidInput(_("Please correct the marked fields."), fields={"date": _("Required.")})
    return SelfInspection.objects.create(
        organization=organization,
        title=_text(title, "title", 100),
        date=date,
        note=_text(note, "note", 4000, required=False),
        created_by=_by(by),
    )


def party_checkup_record(
    *, organization: Organization, date: dt.date | None, members: Any, summary: str = "",
    by: Any = None,
) -> PartyCheckup:  # fmt: skip
    """党性体检: a party branch records the yearly examination it held."""
    if organization.kind != Organization.Kind.BRANCH:
        raise InvalidInput(_("A party-spirit check-up (党性体检) is held by a party branch."),
                           fields={"organization": _("Not a party branch.")})  # fmt: skip
    if by is not None and not access.can_record_problem(by, organization, Problem.Source.SELF):
        raise NotAllowed(
            _("Only the branch's own admins record its party-spirit check-ups (党性体检).")
        )
    errors = {}
    if date is None:
        errors["date"] = _("Required.")
    elif date > timezone.localdate():
        errors["date"] = _("Not in the future.")
    try:
        count = int(str(members).strip())
        if not 1 <= count <= 100_000:
            raise ValueError
    except ValueError:
        errors["members"] = _("A whole number of members, at least 1.")
        count = 0
    if errors:
        raise InvalidInput(_("Please correct the marked fields."), fields=errors)
    assert date is not None
    return PartyCheckup.objects.create(
        organization=organization, date=date, members=count,
        summary=_text(summary, "summary", 2000, required=False), created_by=_by(by),
    )  # fmt: skip
