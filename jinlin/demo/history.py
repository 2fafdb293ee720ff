"""A year of plausible history for the demo district: needs in every state, claims, sign-ins,
acceptances, credits in the hash-chained ledger, outcomes — and something happening now.

Written in bulk for speed, but with the invariants the services keep: counts match the
claims, no member is confirmed twice at the same time, every credit follows an acceptance,
and the ledger chain verifies.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.utils import timezone

from jinlin.members.models import Member, Registration, RoleAssignment
from jinlin.needs.models import Claim, Need
from jinlin.notifications.models import Notification
from jinlin.organizations.models import Organization, Partnership
from jinlin.service.models import ActivityOutcome, Attendance, LedgerHead, ServiceRecord, sealer
from jinlin.service.services import record_content, record_evaluation

Progress = Callable[[str, int, int], None]

TEMPLATES: list[tuple[str, str, list[str], str, tuple[int, int]]] = [
    # (title, category, metrics, place pattern, slots range)
    ("洁净家园·楼道杂物清理", "clean_home", ["truckloads", "bags"], "{c}老旧小区楼道", (6, 20)),
    ("洁净家园·卫生死角整治", "clean_home", ["truckloads", "bags"], "{c}背街小巷", (8, 25)),
    ("文明交通劝导", "traffic", ["dissuaded", "people"], "{c}附近主要路口", (4, 12)),
    ("不文明行为劝导", "civility", ["dissuaded"], "{c}农贸市场", (4, 10)),
    ("“一封信”入户宣传", "publicity", ["letters", "households"], "{c}各小区", (6, 15)),
    ("创城知识宣传", "publicity", ["leaflets", "signs", "people"], "{c}文化广场", (5, 12)),
    ("独居老人上门服务", "home_service", ["households", "people"], "{c}结对户家中", (3, 8)),
    ("爱心屋帮扶活动", "assistance", ["people"], "{c}爱心屋", (3, 8)),
    ("门前三包见行动", "clean_home", ["households", "bags"], "{c}沿街商铺", (6, 15)),
    ("党员活动日·义务劳动", "clean_home", ["truckloads", "bags"], "{c}党群服务中心", (10, 30)),
]
CANCEL_REASONS = ["台风预警，活动取消", "与上级检查时间冲突，另行安排", "场地临时占用"]
REJECT_REASONS = ["未按要求完成清理任务", "中途离开，服务不足"]
NOTES = ["完成良好", "积极主动", "带孩子一起参加，值得表扬", "清理彻底", ""]


class HistoryBuilder:
    def __init__(
        self,
        *,
        seed: int,
        progress: Progress,
        needs_per_community: int,
        favourite: Member | None = None,
    ) -> None:
        self.rng = random.Random(seed * 7 + 1)
        # The demo's `member` account: give them a history worth looking at, and keep their
        # community's today free for the live scene built afterwards.
        self.favourite_id = favourite.pk if favourite else None
        self.quiet_community_id = favourite.community_id if favourite else None
        self.progress = progress
        self.per_community = needs_per_community
        self.now = timezone.now()
        self.busy: dict[int, list[tuple[dt.datetime, dt.datetime]]] = defaultdict(list)

    def _free(self, member_id: int, start: dt.datetime, end: dt.datetime) -> bool:
        return all(end <= s or start >= e for s, e in self.busy[member_id])

    def build(self) -> dict[str, int]:
        communities = list(
            Organization.objects.filter(kind=Organization.Kind.COMMUNITY).order_by("code")
        )
        registered: dict[int, list[int]] = defaultdict(list)
        for community_id, member_id in (
            Registration.objects.filter(
                kind=Registration.Kind.MEMBER, status=Registration.Status.CONFIRMED
            )
            .values_list("community_id", "member_id")
            .order_by("member_id")
        ):
            registered[community_id].append(member_id)
        partners: dict[int, list[int]] = defaultdict(list)
        for unit_id, community_id in Partnership.objects.values_list("unit_id", "community_id"):
            partners[community_id].append(unit_id)
        unit_members: dict[int, list[int]] = defaultdict(list)
        unit_of_branch = dict(
            Organization.objects.filter(
                kind=Organization.Kind.BRANCH, parent__kind=Organization.Kind.UNIT
            ).values_list("id", "parent_id")
        )
        for member_id, branch_id in Member.objects.filter(
            branch_id__in=list(unit_of_branch)
        ).values_list("id", "branch_id"):
            unit_members[unit_of_branch[branch_id]].append(member_id)
        admin_of = dict(
            RoleAssignment.objects.filter(role=RoleAssignment.Role.COMMUNITY_ADMIN).values_list(
                "organization_id", "user_id"
            )
        )

        needs: list[Need] = []
        plans: list[dict[str, Any]] = []
        for index, community in enumerate(communities):
            for need, plan in self._community_needs(
                community, registered[community.pk], partners[community.pk], unit_members
            ):
                needs.append(need)
                plans.append(plan)
            if index % 10 == 9:
                self.progress("history", index + 1, len(communities))
        Need.objects.bulk_create(needs, batch_size=500)
        if any(n.pk is None for n in needs):  # a backend that returns no ids
            needs = list(Need.objects.order_by("id"))
        self._claims_and_ledger(needs, plans, admin_of)
        return {
            "needs": len(needs),
            "claims": Claim.objects.count(),
            "records": ServiceRecord.objects.count(),
        }

    def _community_needs(
        self,
        community: Organization,
        members: list[int],
        units: list[int],
        unit_members: dict[int, list[int]],
    ) -> list[tuple[Need, dict[str, Any]]]:
        rng = self.rng
        result: list[tuple[Need, dict[str, Any]]] = []
        if not members:
            return result
        short = community.name.removesuffix("社区").removesuffix("村")
        # Spread over the past year, plus the next two weeks; one at a time per community.
        days = [d for d in range(-365, 14) if community.pk != self.quiet_community_id or abs(d) > 1]
        day_offsets = sorted(rng.sample(days, self.per_community))
        for offset in day_offsets:
            title, category, metrics, place, (low, high) = rng.choice(TEMPLATES)
            local = timezone.localtime(self.now) + dt.timedelta(days=offset)
            start = local.replace(
                hour=rng.choice((8, 9, 14, 15, 19)),
                minute=rng.choice((0, 30)),
                second=0,
                microsecond=0,
            )
            end = start + dt.timedelta(hours=rng.choice((1, 2, 2, 3)))
            slots = rng.randint(low, high)
            order = units and rng.random() < 0.2
            unit_id = rng.choice(units) if order else None
            pool = unit_members.get(unit_id or 0, []) if order else members
            status = Need.Status.PUBLISHED
            cancel_reason = ""
            if end < self.now:
                status = Need.Status.CLOSED if offset < -7 else Need.Status.PUBLISHED
            if rng.random() < 0.04:
                status, cancel_reason = Need.Status.CANCELLED, rng.choice(CANCEL_REASONS)
            need = Need(
                community=community,
                title=title,
                category=category,
                metrics=metrics,
                place=place.format(c=short),
                description=f"{community.name}组织开展{title}。",
                starts_at=start,
                ends_at=end,
                slots=slots,
                mode=Need.Mode.ORDER if order else Need.Mode.OPEN,
                unit_id=unit_id,
                longitude=community.longitude,
                latitude=community.latitude,
                status=status,
                cancel_reason=cancel_reason,
                created_at=start - dt.timedelta(days=rng.randint(2, 10)),
            )
            result.append((need, {"pool": pool, "order": order}))
        return result

    def _claims_and_ledger(
        self, needs: list[Need], plans: list[dict[str, Any]], admin_of: dict[int, int]
    ) -> None:
        rng = self.rng
        claims: list[Claim] = []
        claim_plans: list[tuple[Claim, Need, str]] = []
        for need, plan in zip(needs, plans, strict=True):
            pool = plan["pool"]
            if not pool:
                continue
            fill = rng.uniform(0.5, 1.25)
            wanted = min(len(pool), max(1, round(need.slots * fill)))
            chosen = rng.sample(pool, wanted)
            if self.favourite_id in pool and self.favourite_id not in chosen and rng.random() < 0.5:
                chosen.insert(0, self.favourite_id)
            confirmed = waitlisted = 0
            for member_id in chosen:
                created = need.created_at + dt.timedelta(hours=rng.randint(1, 40))
                if need.status == Need.Status.CANCELLED:
                    status = Claim.Status.CANCELLED
                elif confirmed < need.slots and self._free(member_id, need.starts_at, need.ends_at):
                    status = Claim.Status.CONFIRMED
                    self.busy[member_id].append((need.starts_at, need.ends_at))
                    confirmed += 1
                elif confirmed >= need.slots and not plan["order"]:
                    status = Claim.Status.WAITLISTED
                    waitlisted += 1
                else:
                    continue
                claim = Claim(
                    need=need,
                    member_id=member_id,
                    status=status,
                    created_at=created,
                    confirmed_at=created if status == Claim.Status.CONFIRMED else None,
                    need_closed=need.status == Need.Status.CLOSED,
                )
                claims.append(claim)
                claim_plans.append((claim, need, status))
            need.confirmed_count, need.waitlisted_count = confirmed, waitlisted
        Need.objects.bulk_update(needs, ["confirmed_count", "waitlisted_count"], batch_size=500)
        Claim.objects.bulk_create(claims, batch_size=1000)
        if any(c.pk is None for c in claims):
            by_key = {(c.need_id, c.member_id): c.pk for c in Claim.objects.all()}
            for claim in claims:
                claim.pk = by_key[(claim.need_id, claim.member_id)]

        attendances: list[Attendance] = []
        credits: list[tuple[Attendance, Claim, Need]] = []
        absent: list[int] = []
        for claim, need, planned in claim_plans:
            if planned != Claim.Status.CONFIRMED or need.starts_at > self.now:
                continue
            ongoing = need.ends_at > self.now
            roll = rng.random()
            if roll < 0.08 and not ongoing:
                absent.append(claim.pk)
                continue
            signed_in = need.starts_at + dt.timedelta(minutes=rng.randint(-15, 10))
            if signed_in > self.now:
                continue
            attendance = Attendance(claim=claim, signed_in_at=signed_in)
            if not ongoing:
                decided = need.ends_at + dt.timedelta(minutes=rng.randint(5, 90))
                attendance.decided_at = decided
                attendance.decided_by_id = admin_of.get(need.community_id)
                if rng.random() < 0.03:
                    attendance.decision = Attendance.Decision.REJECTED
                    attendance.reject_reason = rng.choice(REJECT_REASONS)
                else:
                    window = Decimal((need.ends_at - need.starts_at).seconds / 3600)
                    attendance.decision = Attendance.Decision.ACCEPTED
                    attendance.hours = min(window, Decimal(rng.choice((1, 1.5, 2, 2, 3))))
                    attendance.note = rng.choice(NOTES)
                    # Most members scan again soon after acceptance; a few not yet.
                    if rng.random() < 0.95 or need.ends_at < self.now - dt.timedelta(days=3):
                        attendance.credited_at = decided + dt.timedelta(minutes=rng.randint(1, 30))
                        credits.append((attendance, claim, need))
            attendances.append(attendance)
        Attendance.objects.bulk_create(attendances, batch_size=1000)
        Claim.objects.filter(pk__in=absent).update(status=Claim.Status.ABSENT)
        self._outcomes(attendances, admin_of, rng)
        self._ledger(credits, admin_of)

    def _outcomes(
        self, attendances: list[Attendance], admin_of: dict[int, int], rng: Any
    ) -> None:
        """Each accepted activity's outcomes, recorded once as its total by its community (a
        cleanup of 12 people clears 3 or 4 truckloads, not 12 times that)."""
        accepted: dict[int, tuple[Need, int]] = {}
        for attendance in attendances:
            if attendance.decision == Attendance.Decision.ACCEPTED:
                need = attendance.claim.need
                accepted[need.pk] = (need, accepted.get(need.pk, (need, 0))[1] + 1)
        per_person = {
            "truckloads": (0.15, 0.4), "bags": (1.0, 3.0), "dissuaded": (1.0, 4.0),
            "people": (3.0, 10.0), "leaflets": (20.0, 60.0), "households": (1.0, 4.0),
            "signs": (0.2, 0.8), "letters": (20.0, 50.0),
        }  # fmt: skip
        rows = [
            ActivityOutcome(
                need=need,
                metric=metric,
                count=max(1, round(people * rng.uniform(*per_person[metric]))),
                recorded_by_id=admin_of.get(need.community_id),
                recorded_at=need.ends_at + dt.timedelta(minutes=30),
            )
            for need, people in accepted.values()
            for metric in need.metrics
            if metric in per_person
        ]
        ActivityOutcome.objects.bulk_create(rows, batch_size=1000)

    def _ledger(
        self, credits: list[tuple[Attendance, Claim, Need]], admin_of: dict[int, int]
    ) -> None:
        from django.contrib.auth import get_user_model

        names = {
            u.pk: (u.get_full_name() or u.username)[:100]
            for u in get_user_model().objects.filter(pk__in=set(admin_of.values()))
        }
        community_names = dict(
            Organization.objects.filter(kind=Organization.Kind.COMMUNITY).values_list("id", "name")
        )
        credits.sort(key=lambda row: row[0].credited_at or self.now)
        heads: dict[int, tuple[int, str]] = {}  # each community's chain: (seq, last hash)
        seal_one = sealer()
        rows = []
        for attendance, claim, need in credits:
            assert attendance.hours is not None and attendance.credited_at is not None
            lead = names.get(admin_of.get(need.community_id, 0)) or clerk_of(need.community_id)
            content = record_content(need, attendance.outcomes)
            seq, previous = heads.get(need.community_id, (0, "0" * 64))
            record = ServiceRecord(
                chain=need.community_id,
                seq=seq + 1,
                prev_hash=previous,
                member_id=claim.member_id,
                kind=ServiceRecord.Kind.CREDIT,
                source=ServiceRecord.Source.NEED,
                claim=claim,
                need=need,
                hours=Decimal(attendance.hours).quantize(Decimal("0.01")),
                points=(Decimal(attendance.hours) * settings.POINTS_PER_HOUR).quantize(
                    Decimal("0.01")
                ),
                activity_name=need.title,
                activity_date=need.day,
                place=need.place,
                served=community_names.get(need.community_id, ""),
                content=content,
                evaluation=record_evaluation(attendance.note),
                lead=lead,
                recorder=lead,
                recorded_by_id=admin_of.get(need.community_id),
                created_at=attendance.credited_at,
            )
            heads[need.community_id] = (seq + 1, seal_one(record))
            rows.append(record)
        ServiceRecord.objects.bulk_create(rows, batch_size=1000)
        LedgerHead.objects.filter(chain__in=heads).delete()
        LedgerHead.objects.bulk_create(
            [LedgerHead(chain=c, seq=n, last_hash=h) for c, (n, h) in sorted(heads.items())]
        )


def clerk_of(community_id: int) -> str:
    """The name of the community worker who accepts and records its work, for the many demo
    communities that have no admin account: every ledger row names its 记录人."""
    from jinlin.demo.generator import GIVEN, SURNAMES

    pick = random.Random(community_id * 7919)
    return pick.choice(SURNAMES) + pick.choice(GIVEN) + pick.choice(GIVEN)


LIVE_SCENE_TITLE = "洁净家园·今日楼道清理"


def demo_live_scene_renew() -> Need | None:
    """On a second load: if the need happening now for ``member`` has ended (it was made at
    the first load), make a new one, so the scan flow can always be tried. None when the
    current one is still under way."""
    from jinlin.members.models import RoleAssignment

    now = timezone.now()
    member = Member.objects.filter(user__username="member").first()
    role = RoleAssignment.objects.filter(user__username="community").first()
    if member is None or role is None:
        return None
    live = Need.objects.filter(
        title=LIVE_SCENE_TITLE,
        community=role.organization,
        starts_at__lte=now,
        ends_at__gt=now,
        claims__member=member,
    )
    if live.exists():
        return None
    others = list(
        Member.objects.filter(user__username__in=[f"m{n:04d}" for n in range(1, 8)]).order_by("id")
    )
    return demo_now_scene(
        community=role.organization, member=member, others=others, admin_user_id=role.user_id
    )


def demo_now_scene(
    *, community: Organization, member: Member, others: list[Member], admin_user_id: int | None
) -> Need:
    """Something happening right now in `community`'s community, to try the scan flow."""
    now = timezone.now()
    start = timezone.localtime(now).replace(second=0, microsecond=0) - dt.timedelta(minutes=30)
    need = Need.objects.create(
        community=community,
        title=LIVE_SCENE_TITLE,
        category="clean_home",
        metrics=["truckloads", "bags"],
        place=f"{community.name}3号楼",
        slots=10,
        description="清理楼道堆放的杂物，请佩戴党徽、穿红马甲。",
        starts_at=start,
        ends_at=start + dt.timedelta(hours=3),
        longitude=community.longitude,
        latitude=community.latitude,
        created_by_id=admin_user_id,
        created_at=now - dt.timedelta(days=2),
    )
    people = [member, *others[:6]]
    Claim.objects.bulk_create(
        [
            Claim(
                need=need,
                member=m,
                status=Claim.Status.CONFIRMED,
                confirmed_at=now,
                created_at=now - dt.timedelta(days=1),
            )
            for m in people
        ]
    )
    need.confirmed_count = len(people)
    need.save(update_fields=["confirmed_count"])
    # Some of the others already signed in on site.
    Attendance.objects.bulk_create(
        [
            Attendance(claim=c, signed_in_at=start + dt.timedelta(minutes=5))
            for c in Claim.objects.filter(need=need).exclude(member=member)[:4]
        ]
    )
    assert member.user_id is not None
    Notification.objects.create(
        user_id=member.user_id,
        kind=Notification.Kind.CLAIM_CONFIRMED,
        message="You are confirmed for “%(title)s”, %(when)s at %(place)s.",
        params={
            "title": need.title,
            "place": need.place,
            "when": timezone.localtime(need.starts_at).strftime("%Y-%m-%d %H:%M"),
        },
        url=f"/needs/{need.pk}/",
    )
    return need
