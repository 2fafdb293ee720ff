"""Twenty weekends of joint supervision (效能督查办 + 组织部 + 文明办), the findings and
problems they left in every state, some overdue, and the branches' self-inspection on
“创建文明城市，我该怎么做”."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from typing import Any

from django.contrib.auth import get_user_model
from django.utils import timezone

from jinlin.members.models import RoleAssignment
from jinlin.organizations.models import Organization
from jinlin.oversight.models import (
    Finding,
    Measure,
    Problem,
    ProblemEvent,
    Round,
    SelfInspection,
)

Progress = Callable[[str, int, int], None]
PROBLEMS = [
    ("楼道堆放杂物，影响消防通道", "high"),
    ("背街小巷垃圾未及时清运", "medium"),
    ("宣传栏内容陈旧未更新", "low"),
    ("党员报到后未参加志愿服务", "medium"),
    ("农贸市场占道经营", "high"),
    ("非机动车乱停放", "medium"),
    ("公益广告破损", "low"),
    ("志愿服务台账记录不全", "medium"),
    ("绿化带内垃圾未清理", "low"),
    ("电动车楼道充电", "high"),
]
SUGGESTIONS = [
    "建议采取订单式，由社区向挂钩单位提出需求，避免一窝蜂",
    "对分配的任务要先验收后扫码，避免只报到不出力",
    "建议在景区入口增设文明劝导岗",
    "建议与物业、业委会联合开展楼道整治",
]
TYPICAL = [
    (
        "党员带娃齐上阵，大手拉小手",
        "党员志愿者带着孩子一起捡拾垃圾、劝导不文明行为，引导孩子从小树立爱护家园的文明观念。",
    ),
    (
        "“四位一体”共治老旧小区",
        "社区党组织、居委会、业委会、物业公司联合行动，清理长期堆放的杂物，小区面貌焕然一新。",
    ),
    ("楼道长一呼百应", "党员楼道长建立楼道微信群，邻里问题当天发现、当天解决。"),
    ("结对帮扶暖人心", "双报到党员与独居老人结对，定期上门走访，帮办实事。"),
]
MEASURES = [
    "组织党员志愿者集中清理",
    "联系城管部门协助处理",
    "张贴提示标语并入户宣传",
    "建立每周巡查机制",
    "完善台账并指定专人负责",
]
EVIDENCE = ["已清理完毕，附整改前后照片", "已完成整改并建立长效机制", "已更新宣传内容"]


def build_oversight(*, seed: int, progress: Progress) -> dict[str, int]:
    rng = random.Random(seed * 17 + 3)
    user_model = get_user_model()
    district = Organization.objects.get(kind=Organization.Kind.DISTRICT)
    supervisor = user_model.objects.filter(username="supervisor").first()
    group = [u for u in [supervisor] if u is not None]
    for username, name in (
        ("supervisor2", "区委文明办 许科长"),
        ("supervisor3", "区效能办 洪科长"),
    ):
        user = user_model.objects.filter(username=username).first()
        if user is None:
            user = user_model(username=username, first_name=name, password="!")
            user.set_unusable_password()
            user.save()
            RoleAssignment.objects.create(
                user=user, role=RoleAssignment.Role.SUPERVISOR, organization=district
            )
        group.append(user)
    admin_of = dict(
        RoleAssignment.objects.filter(role=RoleAssignment.Role.COMMUNITY_ADMIN).values_list(
            "organization_id", "user_id"
        )
    )
    first_community = Organization.objects.filter(pk__in=list(admin_of)).order_by("code").first()
    communities = list(Organization.objects.filter(kind=Organization.Kind.COMMUNITY))
    units = list(
        Organization.objects.filter(
            kind=Organization.Kind.UNIT, subkind__in=["organ", "institution", "school"]
        )
    )
    today = timezone.localdate()
    now = timezone.now()
    counts = {"rounds": 0, "findings": 0, "problems": 0, "self": 0}

    def at(day: dt.date, hour: int = 10) -> dt.datetime:
        return timezone.make_aware(dt.datetime.combine(day, dt.time(hour, rng.randint(0, 59))))

    def lifecycle(problem: Problem, found_on: dt.date, who: Any) -> None:
        """Move the problem along, with a dated timeline, as its age suggests."""
        admin_id = admin_of.get(problem.organization_id)
        events = [ProblemEvent(problem=problem, action="created", by=who, at=at(found_on))]
        age = (today - found_on).days
        roll = rng.random()
        measures = [
            Measure(
                problem=problem,
                text=rng.choice(MEASURES),
                owner=problem.organization.name[:20] + "党组织",
                deadline=problem.deadline,
                created_at=at(found_on, 15),
            )
            for _ in range(rng.randint(1, 2))
        ]
        if age < 3 or roll < 0.08:
            status = "open"
        elif age < 10 or roll < 0.2:
            status = "in_progress"
        elif age < 14 or roll < 0.28:
            status = "submitted"
        elif roll < 0.34:
            status = "closed_unfixed"
        else:
            status = "closed"
        if problem.organization_id == getattr(first_community, "pk", None) and age > 20:
            status = rng.choice(["open", "submitted", "closed"])
        day = found_on
        if status != "open":
            day = min(today, day + dt.timedelta(days=rng.randint(1, 3)))
            events.append(
                ProblemEvent(problem=problem, action="started", by_id=admin_id, at=at(day, 9))
            )
        if status in ("submitted", "closed"):
            day = min(today, day + dt.timedelta(days=rng.randint(2, 9)))
            events.append(
                ProblemEvent(
                    problem=problem,
                    action="submitted",
                    by_id=admin_id,
                    comment=rng.choice(EVIDENCE),
                    at=at(day, 16),
                )
            )
            if status == "closed" and rng.random() < 0.15:
                day = min(today, day + dt.timedelta(days=1))
                events.append(
                    ProblemEvent(
                        problem=problem,
                        action="reopened",
                        by=who,
                        comment="现场复查仍有杂物，请彻底清理",
                        at=at(day, 11),
                    )
                )
                problem.reopen_count = 1
                day = min(today, day + dt.timedelta(days=rng.randint(1, 4)))
                events.append(
                    ProblemEvent(
                        problem=problem,
                        action="submitted",
                        by_id=admin_id,
                        comment="已彻底清理",
                        at=at(day, 16),
                    )
                )
        if status == "closed":
            day = min(today, day + dt.timedelta(days=rng.randint(1, 3)))
            events.append(
                ProblemEvent(
                    problem=problem,
                    action="verified",
                    by=who,
                    comment="现场复查已整改到位",
                    at=at(day, 10),
                )
            )
            for m in measures:
                m.done_at = at(day, 10)
        if status == "closed_unfixed":
            day = min(today, day + dt.timedelta(days=rng.randint(1, 5)))
            problem.unfixed_reason = rng.choice(["not_ours", "duplicate"])
            events.append(
                ProblemEvent(
                    problem=problem,
                    action="closed_unfixed",
                    by=who,
                    comment="不属于本单位职责，已移交相关部门",
                    at=at(day, 10),
                )
            )
        problem.status = status
        problem.closed_at = events[-1].at if status in ("closed", "closed_unfixed") else None
        if problem.closed_at and problem.closed_at > now:
            problem.closed_at = now
        if status not in ("closed", "closed_unfixed") and problem.deadline < today:
            problem.escalated_at = at(problem.deadline + dt.timedelta(days=1), 8)
            events.append(
                ProblemEvent(
                    problem=problem,
                    action="escalated",
                    comment="逾期未整改，已报上级党组织",
                    at=problem.escalated_at,
                )
            )
        for event in events:
            event.at = min(event.at, now)
        problem.save()
        Measure.objects.bulk_create(measures)
        ProblemEvent.objects.bulk_create(events)

    last_saturday = today - dt.timedelta(days=(today.weekday() - 5) % 7)
    for week in range(20):
        date = last_saturday - dt.timedelta(weeks=week)
        visited = rng.sample(communities, 4) + rng.sample(units, 2)
        if week == 1 and first_community is not None and first_community not in visited:
            visited[0] = first_community
        round_ = Round.objects.create(
            organization=district,
            date=date,
            kind=Round.Kind.WEEKLY,
            title="周末联合督导",
            other_places=rng.choice(
                ["集美学村景区", "杏林农贸市场", "灌口镇区主干道", "园博苑周边"]
            ),
            created_by=group[0] if group else None,
            created_at=at(date, 8),
        )
        round_.group.set(group)
        round_.places.set(visited)
        counts["rounds"] += 1
        for place in visited:
            roll = rng.random()
            if roll < 0.6:
                title, severity = rng.choice(PROBLEMS)
                finding = Finding.objects.create(
                    round=round_,
                    kind="problem",
                    organization=place,
                    title=title,
                    text=f"{place.name}：{title}。",
                    place=place.address,
                    severity=severity,
                    created_by=rng.choice(group) if group else None,
                    created_at=at(date, 10),
                )
                problem = Problem.objects.create(
                    organization=place,
                    title=title,
                    description=finding.text,
                    source="round",
                    severity=severity,
                    finding=finding,
                    created_by=finding.created_by,
                    deadline=date
                    + dt.timedelta(days={"high": 7, "medium": 14, "low": 30}[severity]),
                    created_at=at(date, 10),
                )
                lifecycle(problem, date, finding.created_by)
                counts["problems"] += 1
            elif roll < 0.85:
                Finding.objects.create(
                    round=round_,
                    kind="suggestion",
                    organization=place,
                    title=rng.choice(SUGGESTIONS),
                    severity="low",
                    created_by=rng.choice(group) if group else None,
                    created_at=at(date, 11),
                )
            else:
                title, text = rng.choice(TYPICAL)
                Finding.objects.create(
                    round=round_,
                    kind="typical",
                    organization=place,
                    title=title,
                    text=text,
                    published=rng.random() < 0.7,
                    created_by=rng.choice(group) if group else None,
                    created_at=at(date, 11),
                )
            counts["findings"] += 1
        progress("oversight", week + 1, 20)
    # Branch self-inspections: “创建文明城市，我该怎么做”.
    all_branches = list(Organization.objects.filter(kind=Organization.Kind.BRANCH).order_by("code"))
    branches = rng.sample(all_branches, min(60, len(all_branches)))
    for branch in branches:
        date = today - dt.timedelta(days=rng.randint(40, 120))
        inspection = SelfInspection.objects.create(
            organization=branch,
            title="创建文明城市，我该怎么做",
            date=date,
            note="专题组织生活会，逐一查摆问题、制定整改措施。",
        )
        for _ in range(rng.randint(1, 2)):
            title = rng.choice(
                [
                    "党员参与创城志愿服务不够主动",
                    "门前三包落实不到位",
                    "文明交通劝导岗人员不足",
                    "学习教育与创城结合不紧",
                ]
            )
            problem = Problem.objects.create(
                organization=branch,
                title=title,
                source="self",
                severity="medium",
                self_inspection=inspection,
                deadline=date + dt.timedelta(days=30),
                created_at=at(date, 15),
            )
            lifecycle(problem, date, None)
            counts["problems"] += 1
        counts["self"] += 1
    return counts
