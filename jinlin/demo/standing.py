"""三单制 and standing service in the demo: the ``resident`` account and residents' requests
in every state (some rated), small wishes from open to the public wall, standing posts with
holders and applicants, grids and micro-grids, service reports waiting, approved (through
the ledger) and rejected, last year's evaluations, and the demo unit's quarterly sheet."""

from __future__ import annotations

import datetime as dt
import random
import struct
import zlib
from collections.abc import Callable
from typing import Any

from django.core.files.base import ContentFile
from django.utils import timezone

from jinlin.care.models import Grid, GridPlacement
from jinlin.core.uploads import photo_content
from jinlin.members.models import Member, Registration, RoleAssignment
from jinlin.needs.models import Need
from jinlin.organizations.models import Organization
from jinlin.posts.models import SKILLS, Application, Post
from jinlin.reports import services as report_services
from jinlin.reports.models import Evaluation
from jinlin.residents import services as resident_services
from jinlin.residents.models import Rating, ResidentRequest, Wish
from jinlin.service import services as service_services
from jinlin.service.models import Attendance

Progress = Callable[[str, int, int], None]
RStatus = ResidentRequest.Status
AStatus = Application.Status

REQUESTS = [
    ("楼道灯坏了，晚上上下楼看不见", "号楼2单元三楼"),
    ("小区门口共享单车乱停放", "小区东门"),
    ("独居老人家中水龙头漏水", "号楼1单元"),
    ("想请人帮忙教用智能手机挂号", "社区服务中心"),
    ("楼道里堆满纸箱杂物", "号楼3单元"),
    ("绿化带里有很多垃圾", "小区中心花园"),
    ("希望有人陪老人去医院复诊", "号楼4单元"),
    ("宣传栏的玻璃碎了", "社区宣传栏"),
    ("电动车在楼道里充电，担心安全", "号楼1单元"),
    ("孩子放学后没人辅导作业", "社区四点半课堂"),
]
DECLINES = ["属物业维修范围，已转告物业公司", "已由城管部门处理", "重复提交，已合并处理"]
COMMENTS = ["很及时，谢谢党员志愿者", "态度很好，干得很仔细", "当天就来了，点赞", "", "还行"]
WISHES = [
    ("一个新书包", "小学三年级，父母务工在外"),
    ("一台收音机", "独居老人，喜欢听闽南语广播"),
    ("一套学习用品", "低保家庭的初中生"),
    ("一双保暖棉鞋", "残疾人，行动不便"),
    ("一次免费理发上门", "卧床老人"),
    ("一盏护眼台灯", "困难家庭孩子晚上写作业"),
    ("一辆儿童自行车", "单亲家庭的孩子"),
    ("一副老花镜", "八十岁独居老人"),
    ("一本新华字典", "刚上小学的孩子"),
    ("一床新棉被", "困难家庭"),
    ("陪老人过一次生日", "孤寡老人"),
    ("一件过冬羽绒服", "环卫工人家庭的孩子"),
]
POSTS = [
    ("法律咨询岗", "legal", ["law"], 2, "每月第一个周六上午"),
    ("义诊服务岗", "health", ["medicine"], 3, "每月第二个周日上午"),
    ("四点半课堂辅导岗", "education", ["teaching"], 4, "每周三下午四点半"),
    ("文明劝导岗", "safety", ["safety"], 6, "每周六上午"),
    ("垃圾分类督导岗", "environment", [], 4, "每天早晚投放时段"),
    ("文艺宣传岗", "culture", ["arts", "publicity"], 2, "节假日"),
    ("困难群众帮扶岗", "assistance", ["elder_care"], 3, "每月走访一次"),
    ("网格议事岗", "governance", [], 2, "每月最后一个周五晚上"),
]
REPORTS = [
    "清理单车棚杂物",
    "劝导占道经营摊贩",
    "陪同独居老人就医",
    "为社区老人讲解防诈骗知识",
    "协助社区核酸采样点秩序维护",
    "整理社区图书室",
    "帮助邻居搬运重物",
    "参加小区消防演练",
]


def _png(rgb: tuple[int, int, int], width: int = 96, height: int = 64) -> bytes:
    """A small solid-colour PNG for the demo's photos (no image library needed)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    row = b"\0" + bytes(rgb) * width
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(row * height))
        + chunk(b"IEND", b"")
    )


class StandingBuilder:
    def __init__(self, *, builder: Any, progress: Progress) -> None:
        self.b = builder
        self.rng = random.Random(builder.seed * 31 + 7)
        self.progress = progress
        self.now = timezone.now()
        self.today = timezone.localdate()
        self.community: Organization = builder.first_community
        self.admin = RoleAssignment.objects.get(
            role=RoleAssignment.Role.COMMUNITY_ADMIN, organization=self.community
        ).user
        self.registered = list(
            Member.objects.filter(
                registrations__community=self.community,
                registrations__status=Registration.Status.CONFIRMED,
                registrations__kind=Registration.Kind.MEMBER,
            )
            .select_related("user")
            .order_by("id")
        )
        self.counts: dict[str, int] = {}

    def _ago(self, days: float) -> dt.datetime:
        return self.now - dt.timedelta(days=days)

    def build(self) -> dict[str, int]:
        self.resident = self._resident()
        self._skills()
        self.progress("standing", 1, 6)
        self._grids()
        self.progress("standing", 2, 6)
        self._posts()
        self.progress("standing", 3, 6)
        self._requests()
        self._wishes()
        self.progress("standing", 4, 6)
        self._reports()
        self.progress("standing", 5, 6)
        self._evaluations()
        report_services.feedback_generate(
            unit=self.b.demo_unit, quarter=report_services.previous_quarter(), with_pdf=False
        )
        self.progress("standing", 6, 6)
        return self.counts

    # People ----------------------------------------------------------------------------------

    def _resident(self) -> Member:
        """A resident volunteer of the community, not a party member (no branch)."""
        user = self.b._user("resident", "")
        resident = Member.objects.create(
            user=user,
            name=self.b._name(),
            gender="F",
            phone=self.b._phone(),
            is_party_member=False,
            in_service=False,
            community=self.community,
        )
        user.first_name = resident.name
        user.save(update_fields=["first_name"])
        return resident

    def _skills(self) -> None:
        codes = [code for code, _label in SKILLS]
        for member in self.registered:
            member.skills = self.rng.sample(codes, self.rng.choice((0, 1, 1, 2, 3)))
        Member.objects.bulk_update(self.registered, ["skills"], batch_size=500)

    # Grids -----------------------------------------------------------------------------------

    def _grids(self) -> None:
        placements = []
        for community, people in (
            (self.community, [*self.registered, self.resident]),
            (self.b.second_community, []),
        ):
            leaders = list(people)
            self.rng.shuffle(leaders)
            micro_grids = []
            for number in range(1, 5):
                grid = Grid.objects.create(
                    community=community,
                    name=f"第{'一二三四'[number - 1]}网格",
                    area=f"{number * 6 - 5}–{number * 6}号楼",
                    leader=leaders.pop() if leaders else None,
                )
                for part in (1, 2):
                    micro_grids.append(
                        Grid.objects.create(
                            community=community,
                            parent=grid,
                            name=f"{number}-{part}微网格",
                            area=f"{number * 6 - 5 + (part - 1) * 3}–"
                            f"{number * 6 - 3 + (part - 1) * 3}号楼",
                            leader=leaders.pop() if leaders else None,
                        )
                    )
            # A few newcomers are left to place, as on any real page.
            for index, member in enumerate(people[:-5] if people else []):
                placements.append(
                    GridPlacement(grid=micro_grids[index % len(micro_grids)], member=member)
                )
        GridPlacement.objects.bulk_create(placements)
        self.counts["grids"] = Grid.objects.count()

    # 岗位认领 ---------------------------------------------------------------------------------

    def _posts(self) -> None:
        candidates = [m for m in self.registered if m.user and m.user.username != "member"]
        member = self.b.member
        applications = []
        for index, (title, category, skills, places, schedule) in enumerate(POSTS):
            post = Post.objects.create(
                community=self.community,
                title=title,
                category=category,
                skills_wanted=skills,
                places=places,
                schedule=schedule,
                description=f"{self.community.name}设立{title}，{schedule}在社区党群服务中心"
                "开展服务，欢迎有相关专长的党员认领。",
                created_at=self._ago(300 - index),
            )
            matching = [m for m in candidates if set(skills) & set(m.skills or [])]
            others = [m for m in candidates if m not in matching]
            holders = self.rng.sample(matching or others, min(places - 1, len(matching or others)))
            for holder in holders:
                applications.append(
                    Application(
                        post=post,
                        member=holder,
                        status=AStatus.APPROVED,
                        decided_by=self.admin,
                        decided_at=self._ago(200),
                        created_at=self._ago(210),
                    )
                )
            waiting = self.rng.sample([m for m in others if m not in holders], 2)
            extra = [m for m in matching if m not in holders][:1]
            for applicant in [*waiting, *extra]:
                applications.append(
                    Application(
                        post=post,
                        member=applicant,
                        status=AStatus.PENDING,
                        note="有时间，愿意参加",
                        created_at=self._ago(self.rng.uniform(1, 10)),
                    )
                )
            if index == 0:
                leaving = Application(
                    post=post,
                    member=self.rng.choice([m for m in others if m not in holders + waiting]),
                    status=AStatus.LEAVING,
                    decided_by=self.admin,
                    decided_at=self._ago(120),
                    created_at=self._ago(130),
                )
                applications.append(leaving)
            if index == 1:
                applications.append(
                    Application(
                        post=post,
                        member=self.rng.choice([m for m in others if m not in holders + waiting]),
                        status=AStatus.DECLINED,
                        reason="该岗位需要医护专长",
                        decided_by=self.admin,
                        decided_at=self._ago(60),
                        created_at=self._ago(62),
                    )
                )
            if title == "文明劝导岗":
                applications.append(
                    Application(
                        post=post,
                        member=member,
                        status=AStatus.APPROVED,
                        decided_by=self.admin,
                        decided_at=self._ago(150),
                        created_at=self._ago(151),
                    )
                )
        for community in self._other_communities(6):
            title, category, skills, places, schedule = self.rng.choice(POSTS)
            Post.objects.create(
                community=community,
                title=title,
                category=category,
                skills_wanted=skills,
                places=places,
                schedule=schedule,
                created_at=self._ago(100),
            )
        Application.objects.bulk_create(applications)
        self.counts["posts"] = Post.objects.count()
        self.counts["applications"] = len(applications)

    def _other_communities(self, count: int) -> list[Organization]:
        others = list(
            Organization.objects.filter(kind=Organization.Kind.COMMUNITY)
            .exclude(pk=self.community.pk)
            .order_by("code")
        )
        return self.rng.sample(others, min(count, len(others)))

    # 居民点单 ---------------------------------------------------------------------------------

    def _request(self, **fields: Any) -> ResidentRequest:
        title, where = REQUESTS[self.rng.randrange(len(REQUESTS))]
        building = self.rng.randrange(1, 25)
        defaults = {
            "community": self.community,
            "title": title,
            "place": f"{self.community.name}{building}{where}" if "号楼" in where else where,
            "requester_name": self.b._name(),
            "requester_phone": self.b._phone(),
        }
        defaults.update(fields)
        return ResidentRequest.objects.create(**defaults)

    def _requests(self) -> None:
        served = list(
            Need.objects.filter(
                community=self.community,
                ends_at__lt=self.now - dt.timedelta(days=2),
                claims__attendance__decision=Attendance.Decision.ACCEPTED,
            )
            .distinct()
            .order_by("-ends_at")[:12]
        )
        resident = self.resident
        mine = {
            "requester_name": resident.name,
            "requester_phone": resident.phone,
            "requester_user": resident.user,
        }
        for index, need in enumerate(served):
            own = index == 0  # the resident's own: served, waiting for their rating
            item = self._request(
                title=need.title,
                place=need.place,
                status=RStatus.ACCEPTED,
                need=need,
                created_at=need.created_at - dt.timedelta(days=2),
                decided_by=self.admin,
                decided_at=need.created_at,
                **(mine if own or index == 1 else {}),
            )
            if not own:
                Rating.objects.create(
                    request=item,
                    need=need,
                    stars=self.rng.choice((5, 5, 5, 4, 4, 3)),
                    comment=self.rng.choice(COMMENTS),
                    created_at=need.ends_at + dt.timedelta(days=1),
                )
        self._request(status=RStatus.SUBMITTED, created_at=self._ago(0.1), **mine)
        self._request(
            status=RStatus.DECLINED,
            decline_reason=DECLINES[0],
            decided_by=self.admin,
            decided_at=self._ago(20),
            created_at=self._ago(21),
            **mine,
        )
        for days in (0.2, 0.5, 1, 2):
            self._request(
                status=RStatus.SUBMITTED,
                created_at=self._ago(days),
                wanted_on=self.today + dt.timedelta(days=self.rng.randrange(2, 9))
                if days < 1
                else None,
            )
        for reason in DECLINES[:2]:
            self._request(
                status=RStatus.DECLINED,
                decline_reason=reason,
                decided_by=self.admin,
                decided_at=self._ago(30),
                created_at=self._ago(31),
            )
        first = self._request(status=RStatus.SUBMITTED, created_at=self._ago(3))
        upcoming = resident_services.request_accept(request=first, by=self.admin)
        self._request(
            title=first.title,
            status=RStatus.MERGED,
            merged_into=first,
            decided_by=self.admin,
            decided_at=self._ago(2),
            created_at=self._ago(3),
        )
        for community in self._other_communities(8):
            self._request(community=community, created_at=self._ago(self.rng.uniform(0, 5)))
        self.counts["requests"] = ResidentRequest.objects.count()
        self.counts["ratings"] = Rating.objects.count()
        self.counts["upcoming_need"] = upcoming.pk

    # 微心愿 ------------------------------------------------------------------------------------

    def _wishes(self) -> None:
        colours = [(200, 16, 46), (230, 160, 40), (60, 140, 200), (90, 170, 90)]
        photo = 0

        def fulfilled(wish: Wish, days: float, confirmed: bool) -> None:
            nonlocal photo
            photo += 1
            wish.fulfilled_photo.save(
                *photo_content(ContentFile(_png(colours[photo % 4]), name="wish.png")), save=False
            )
            wish.fulfilled_note = "已送到，受助者很开心"
            wish.fulfilled_at = self._ago(days)
            wish.status = Wish.Status.FULFILLED
            if confirmed:
                wish.status = Wish.Status.CONFIRMED
                wish.confirmed_at = self._ago(days - 0.5)
            wish.save()

        claimers = self.registered[:40]
        for index, (title, story) in enumerate(WISHES):
            wish = Wish.objects.create(
                community=self.community,
                title=title,
                story=story,
                beneficiary=self.b._name(),
                created_by=self.admin,
                created_at=self._ago(90 - index * 5),
            )
            if index < 4:
                continue  # open, waiting for someone
            wish.claimed_by = self.b.member if index == 4 else self.rng.choice(claimers)
            wish.claimed_at = self._ago(60 - index * 4)
            wish.status = Wish.Status.CLAIMED
            wish.save()
            if index == 4:
                continue  # the member's: claimed, to fulfil
            fulfilled(wish, 40 - index * 3, confirmed=index != 5)
        for community in self._other_communities(6):
            title, story = self.rng.choice(WISHES)
            wish = Wish.objects.create(
                community=community,
                title=title,
                story=story,
                beneficiary=self.b._name(),
                created_at=self._ago(50),
                claimed_at=self._ago(45),
                claimed_by=Member.objects.filter(community=community).first()
                or self.rng.choice(claimers),
                status=Wish.Status.CLAIMED,
            )
            fulfilled(wish, 30, confirmed=True)
        self.counts["wishes"] = Wish.objects.count()
        self.counts["wishes_fulfilled"] = Wish.objects.filter(status="confirmed").count()

    # 服务登记 ----------------------------------------------------------------------------------

    def _reports(self) -> None:
        people = [self.b.member, *self.registered[1:13]]
        for index, member in enumerate(people):
            for number in range(3 if index == 0 else 2):
                day = self.today - dt.timedelta(days=self.rng.randrange(2, 60) + number)
                report = service_services.report_submit(
                    member=member,
                    date=day,
                    hours=self.rng.choice(("1", "1.5", "2", "3")),
                    content=REPORTS[(index + number) % len(REPORTS)],
                    served=self.rng.choice(("", "独居老人", "小区居民", "社区")),
                )
                fate = (index + number) % 4
                if fate in (0, 1):
                    service_services.report_approve(report=report, by=self.admin)
                elif fate == 2 and index % 3 == 0:
                    service_services.report_reject(
                        report=report, reason="请补充服务照片或服务对象确认", by=self.admin
                    )
        # And one today, waiting, for the member's own page.
        service_services.report_submit(
            member=self.b.member,
            date=self.today - dt.timedelta(days=1),
            hours="2",
            content="帮助楼下独居老人清理阳台",
            served="独居老人",
        )
        from jinlin.service.models import ServiceReport

        self.counts["reports"] = ServiceReport.objects.count()

    # 评议 -------------------------------------------------------------------------------------

    def _evaluations(self) -> None:
        """Last year's 评议 in every community: each registered member and unit graded."""
        year = self.today.year - 1
        grades = ["excellent"] * 3 + ["good"] * 6 + ["fair"]
        admins = dict(
            RoleAssignment.objects.filter(role=RoleAssignment.Role.COMMUNITY_ADMIN).values_list(
                "organization_id", "user_id"
            )
        )
        rows = []
        registrations = Registration.objects.filter(status=Registration.Status.CONFIRMED).order_by(
            "id"
        )
        for index, (community_id, member_id, unit_id) in enumerate(
            registrations.values_list("community_id", "member_id", "unit_id")
        ):
            grade = "poor" if index % 97 == 7 else self.rng.choice(grades)
            rows.append(
                Evaluation(
                    community_id=community_id,
                    year=year,
                    member_id=member_id,
                    unit_id=unit_id,
                    grade="excellent" if unit_id else grade,
                    comment=("共建项目落实到位" if unit_id else "积极参加社区活动")
                    if index % 5 == 0
                    else "",
                    by_id=admins.get(community_id),
                )
            )
        Evaluation.objects.bulk_create(rows, batch_size=1000)
        self.counts["evaluations"] = len(rows)
