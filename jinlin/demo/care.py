"""The demo district's standing structures: teams in every community (113 亲邻先锋队 and some
300 volunteer teams, as the articles count), buildings with their 楼道长, responsibility zones,
18 雷锋服务站 and the 爱心屋/爱心驿站, and about 560 households paired with members who visit
them — some visits overdue, including one of the `member` account's."""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from django.utils import timezone

from jinlin.care.models import (
    Building,
    Entrance,
    Household,
    Pairing,
    ServicePoint,
    Team,
    Visit,
    Zone,
)
from jinlin.members.models import Member, Registration
from jinlin.organizations.models import Organization

Progress = Callable[[str, int, int], None]
SURNAMES = "陈林黄张李王吴刘蔡杨郑许谢洪郭邱曾廖赖周徐苏叶庄"
GIVEN = "秀英桂兰玉珍阿婆金花水生福来明德国华春梅淑芬建国永福"
VISIT_NOTES = [
    "身体状况良好，聊了家常",
    "帮忙打扫卫生",
    "陪同去社区卫生服务站量血压",
    "送去米面油",
    "提醒注意用电安全",
    "代缴水电费",
    "帮忙更换灯泡",
]
RAISED = [
    "家里的灯坏了，需要维修",
    "想要一个助行器",
    "需要有人陪同去医院复诊",
    "楼道堆放杂物影响出行",
    "希望有人帮忙辅导孙子功课",
]


class CareBuilder:
    def __init__(self, *, seed: int, progress: Progress) -> None:
        self.rng = random.Random(seed * 13 + 5)
        self.progress = progress
        self.today = timezone.localdate()

    def _person(self) -> str:
        return self.rng.choice(SURNAMES) + self.rng.choice(GIVEN) + self.rng.choice(GIVEN)

    def build(self, *, favourite: Member | None) -> dict[str, int]:
        rng = self.rng
        communities = list(
            Organization.objects.filter(kind=Organization.Kind.COMMUNITY).order_by("code")
        )
        residents: dict[int, list[int]] = defaultdict(list)
        for community_id, member_id in Registration.objects.filter(
            kind="member", status="confirmed"
        ).values_list("community_id", "member_id"):
            residents[community_id].append(member_id)
        favourite_community = favourite.community_id if favourite else None
        teams: list[Team] = []
        team_members: list[tuple[int, list[int]]] = []
        buildings: list[Building] = []
        entrance_plan: list[tuple[Building, str, int | None]] = []
        households_plan: list[dict[str, Any]] = []
        zones: list[Zone] = []
        points: list[ServicePoint] = []
        leifeng_left = 18
        for index, community in enumerate(communities):
            people = residents[community.pk]
            if not people:
                continue
            short = community.name.removesuffix("社区").removesuffix("村")
            kinds = ["qinlin", "xianglin", "volunteer", "volunteer"]
            if rng.random() < 0.8:
                kinds.append("quandao")
            if rng.random() < 0.5:
                kinds.append("aixin")
            names = {
                "qinlin": f"{short}亲邻先锋队",
                "xianglin": f"{short}乡邻互助队",
                "quandao": f"{short}文明劝导队",
                "aixin": f"{short}爱心队",
            }
            for number, kind in enumerate(kinds):
                name = names.get(kind, f"{short}党员志愿服务{'一二三'[number % 3]}队")
                chosen = rng.sample(people, min(len(people), rng.randint(6, 15)))
                teams.append(
                    Team(organization=community, name=name, kind=kind, leader_id=chosen[0])
                )
                team_members.append((len(teams) - 1, chosen))
            lng = float(community.longitude or 118.09)
            lat = float(community.latitude or 24.58)
            for b in range(rng.randint(3, 7)):
                building = Building(
                    community=community,
                    compound=f"{short}小区",
                    name=f"{b + 1}号楼",
                    address=f"{community.address}{b + 1}号楼",
                )
                buildings.append(building)
                for e in range(rng.randint(2, 4)):
                    captain = rng.choice(people) if rng.random() < 0.72 else None
                    if community.pk == favourite_community and b == 0 and e == 0 and favourite:
                        captain = favourite.pk
                    entrance_plan.append((building, f"{e + 1}单元", captain))
            for h in range(rng.randint(3, 7)):
                households_plan.append(
                    {
                        "community": community,
                        "people": people,
                        "building_index": len(buildings) - 1 - (h % 3),
                    }
                )
            zones.append(
                Zone(
                    community=community,
                    name=f"{short}主干道门前三包路段",
                    kind="road",
                    organization=community,
                    shape=[[lng - 0.004, lat - 0.002], [lng, lat - 0.001], [lng + 0.004, lat]],
                    description="门前三包、文明劝导",
                )
            )
            if rng.random() < 0.4:
                zones.append(
                    Zone(
                        community=community,
                        name=f"{short}农贸市场",
                        kind="market",
                        member_id=rng.choice(people),
                        shape=[
                            [lng + 0.001, lat + 0.001],
                            [lng + 0.003, lat + 0.001],
                            [lng + 0.003, lat + 0.003],
                            [lng + 0.001, lat + 0.003],
                            [lng + 0.001, lat + 0.001],
                        ],
                        description="市场秩序、卫生督导",
                    )
                )
            if leifeng_left and (index % 6 == 0 or rng.random() < 0.1):
                leifeng_left -= 1
                points.append(
                    ServicePoint(
                        community=community,
                        name=f"{short}雷锋服务站",
                        kind="leifeng",
                        address=f"{community.address}党群服务中心一楼",
                        longitude=round(lng + 0.0005, 6),
                        latitude=round(lat + 0.0005, 6),
                        opening_hours="每天 8:30–17:30",
                        services="便民维修、代办服务、志愿者招募",
                        phone="0592-6" + f"{index:06d}",
                    )
                )
            if rng.random() < 0.25:
                kind = rng.choice(["aixin_house", "aixin_station"])
                label = "爱心屋" if kind == "aixin_house" else "爱心驿站"
                points.append(
                    ServicePoint(
                        community=community,
                        name=f"{short}{label}",
                        kind=kind,
                        address=f"{community.address}",
                        longitude=round(lng - 0.0008, 6),
                        latitude=round(lat + 0.0009, 6),
                        opening_hours="周一至周五 9:00–17:00",
                        services="爱心物资、饮水休息、手机充电",
                    )
                )
        Team.objects.bulk_create(teams, batch_size=500)
        if any(t.pk is None for t in teams):
            teams = list(Team.objects.order_by("id"))
        through = Team.members.through
        through.objects.bulk_create(
            [
                through(team_id=teams[i].pk, member_id=m)
                for i, chosen in team_members
                for m in chosen
            ],
            batch_size=2000,
        )
        self.progress("care", 1, 3)
        Building.objects.bulk_create(buildings, batch_size=500)
        if any(b.pk is None for b in buildings):
            buildings = list(Building.objects.order_by("id"))
        entrances = Entrance.objects.bulk_create(
            [Entrance(building=b, name=n, captain_id=c) for b, n, c in entrance_plan],
            batch_size=1000,
        )
        if any(e.pk is None for e in entrances):
            entrances = list(Entrance.objects.order_by("id"))
        by_building: dict[int, list[Entrance]] = defaultdict(list)
        for entrance in entrances:
            by_building[entrance.building_id].append(entrance)
        Zone.objects.bulk_create(zones)
        ServicePoint.objects.bulk_create(points)
        self.progress("care", 2, 3)
        tags = [
            "elderly_alone",
            "elderly_alone",
            "disabled",
            "low_income",
            "hardship",
            "left_behind",
            "veteran",
        ]
        households: list[Household] = []
        for plan in households_plan:
            building = buildings[max(0, plan["building_index"])]
            entrance = rng.choice(by_building[building.pk])
            households.append(
                Household(
                    community=plan["community"],
                    entrance=entrance,
                    head_name=self._person(),
                    phone=f"1{rng.choice('3589')}{rng.randrange(10**8, 10**9)}",
                    address=f"{building}{entrance.name}{rng.randint(1, 6)}0{rng.randint(1, 4)}室",
                    size=rng.choice((1, 1, 2, 3)),
                    tags=rng.sample(tags, rng.choice((1, 1, 2))),
                    note=rng.choice(["", "子女在外地工作", "行动不便，需上门", "每月领取低保"]),
                )
            )
        Household.objects.bulk_create(households, batch_size=1000)
        if any(h.pk is None for h in households):
            households = list(Household.objects.order_by("id"))
        pairings: list[Pairing] = []
        plan_people = [plan["people"] for plan in households_plan]
        for household, people in zip(households, plan_people, strict=True):
            member_id = rng.choice(people)
            if (
                favourite
                and household.community_id == favourite_community
                and not any(p.member_id == favourite.pk for p in pairings)
            ):
                member_id = favourite.pk
            started = self.today - dt.timedelta(days=rng.randint(60, 400))
            pairings.append(
                Pairing(
                    member_id=member_id,
                    household=household,
                    cadence_days=rng.choice((14, 30, 30, 30)),
                    started_on=started,
                )
            )
        Pairing.objects.bulk_create(pairings, batch_size=1000)
        if any(p.pk is None for p in pairings):
            pairings = list(Pairing.objects.order_by("id"))
        visits: list[Visit] = []
        for pairing in pairings:
            day = pairing.started_on
            # Most keep their cadence; about one in six has fallen behind.
            behind = rng.random() < 0.17 or (
                favourite is not None and pairing.member_id == favourite.pk
            )
            stop = (
                self.today - dt.timedelta(days=pairing.cadence_days + rng.randint(5, 40))
                if behind
                else self.today
            )
            last_day = None
            while True:
                day += dt.timedelta(days=pairing.cadence_days - rng.randint(0, 5))
                if day > stop:
                    break
                last_day = day
                raised = rng.choice(RAISED) if rng.random() < 0.06 else ""
                visits.append(
                    Visit(
                        pairing=pairing,
                        date=day,
                        kind=rng.choice(["comfort", "call", "call", "errand"]),
                        note=rng.choice(VISIT_NOTES),
                        need_raised=raised,
                    )
                )
            pairing.last_visit_on = last_day
            pairing.next_visit_on = pairing.next_visit_due
        Visit.objects.bulk_create(visits, batch_size=2000)
        Pairing.objects.bulk_update(pairings, ["last_visit_on", "next_visit_on"], batch_size=1000)
        self.progress("care", 3, 3)
        return {
            "teams": len(teams),
            "buildings": len(buildings),
            "entrances": len(entrances),
            "households": len(households),
            "pairings": len(pairings),
            "visits": len(visits),
            "points": len(points),
            "zones": len(zones),
        }
