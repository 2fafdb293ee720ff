"""The demo district: a Jimei-like district built deterministically from a seed.

集美区 with its 4 streets and 2 towns, about 110 communities and villages, about 300 units
(区直机关、事业单位、企业、学校, and the property companies and owners' committees of the
“四位一体” compounds), their party branches, several thousand members, partnerships and
registrations in every state — plus the named accounts the README lists, password ``demo``.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils import timezone

from jinlin.core.personal import id_check_char
from jinlin.members.models import Member, Registration, RoleAssignment
from jinlin.organizations.models import Organization, Partnership

User = get_user_model()
Kind = Organization.Kind
Sub = Organization.Subkind
Status = Registration.Status
Progress = Callable[[str, int, int], None]

DISTRICT_CODE = "350211"
DEMO_PASSWORD = "demo"

# (name, subkind, number of communities, share of villages, centre lng/lat)
STREETS = [
    ("集美街道", Sub.STREET, 20, 0.0, (118.100, 24.585)),
    ("侨英街道", Sub.STREET, 14, 0.0, (118.085, 24.610)),
    ("杏林街道", Sub.STREET, 18, 0.0, (118.050, 24.560)),
    ("杏滨街道", Sub.STREET, 16, 0.2, (118.030, 24.585)),
    ("灌口镇", Sub.TOWN, 24, 0.6, (117.990, 24.610)),
    ("后溪镇", Sub.TOWN, 18, 0.6, (118.050, 24.640)),
]
# Real-sounding community names: the articles' 双乐社区 and its neighbours first.
PLACE_WORDS = [
    "岑东",
    "大社",
    "浔江",
    "盛光",
    "石鼓",
    "乐海",
    "兑山",
    "凤林",
    "叶厝",
    "孙厝",
    "侨英",
    "杏林",
    "杏东",
    "日东",
    "内林",
    "锦园",
    "西滨",
    "高浦",
    "杏滨",
    "马銮",
    "西亭",
    "前场",
    "新村",
    "宁宝",
    "双乐",
    "灌口",
    "深青",
    "三社",
    "上塘",
    "田头",
    "李林",
    "陈井",
    "井城",
    "鼎美",
    "东辉",
    "黄庄",
    "坑内",
    "后田",
    "双岭",
    "东山",
    "后溪",
    "岩内",
    "城内",
    "许庄",
    "崎沟",
    "后垵",
    "仑上",
    "坂头",
    "英村",
    "苏山",
    "港头",
    "霞城",
    "锦亭",
    "宁海",
    "海凤",
    "诚毅",
    "龙舟",
    "嘉庚",
    "学村",
    "鳌园",
    "银江",
    "乐安",
    "敬贤",
    "滨水",
    "园博",
    "天马",
    "金林",
    "杏前",
    "新垵",
    "中亭",
    "高林",
    "白石",
    "军营",
    "洪塘",
    "寮东",
    "凤南",
    "凤泉",
    "官任",
    "先锋",
    "东林",
    "西林",
    "南埔",
    "北溪",
    "溪头",
    "顶许",
    "内茂",
    "珩山",
    "古楼",
    "长垵",
    "塘边",
    "溪西",
    "溪东",
    "圳尾",
    "田厝",
    "后亭",
    "埭头",
    "尾厝",
    "竹坝",
    "深垵",
    "新民",
    "渔港",
    "海翔",
    "侨丰",
    "杏锦",
    "文教",
    "青年",
    "康城",
    "美峰",
    "灵玲",
    "陆家",
    "城南",
    "城北",
    "锦园西",
    "乐天",
]
UNIT_TEMPLATES = [
    (Sub.ORGAN, "集美区{}"),
    (Sub.INSTITUTION, "集美区{}中心"),
    (Sub.ENTERPRISE, "厦门{}有限公司"),
    (Sub.SCHOOL, "集美区{}学校"),
]
ORGAN_NAMES = [
    "委组织部",
    "委宣传部",
    "委文明办",
    "委效能督查办",
    "城市管理局",
    "教育局",
    "卫生健康局",
    "民政局",
    "财政局",
    "人社局",
    "住建局",
    "交通运输局",
    "农业农村局",
    "水利局",
    "商务局",
    "文旅局",
    "市场监管局",
    "应急管理局",
    "司法局",
    "统计局",
    "审计局",
    "退役军人事务局",
    "医保局",
    "信访局",
    "总工会",
    "团区委",
    "妇联",
    "科协",
    "残联",
    "工商联",
    "税务局",
    "公安分局",
    "消防救援大队",
    "检察院",
    "法院",
    "城管执法大队",
    "环卫处",
    "园林中心",
    "档案馆",
    "图书馆",
]
INSTITUTION_NAMES = [
    "社会福利",
    "疾病预防控制",
    "政务服务",
    "融媒体",
    "文化馆",
    "少年宫",
    "青少年活动",
    "城市建设",
    "环境卫生",
    "市政养护",
    "人才服务",
    "就业服务",
    "公证处",
    "职业技能",
    "卫生监督",
    "妇幼保健",
    "社区卫生服务",
    "养老服务",
    "不动产登记",
    "公共资源交易",
]
ENTERPRISE_WORDS = [
    "集美建设",
    "杏林湾",
    "嘉庚",
    "海投",
    "灌口实业",
    "后溪物流",
    "滨海",
    "天马",
    "软件园",
    "海沧港",
    "园博",
    "兴集",
    "集美供电",
    "集美自来水",
    "集美燃气",
    "机械",
    "电子",
    "食品",
    "纺织",
    "新材料",
    "医药",
    "汽车",
    "物业服务",
    "公交",
    "旅游",
    "文创",
    "银鹭",
    "金龙",
    "厦工",
    "正新",
    "宸鸿",
    "联芯",
    "友达",
    "通达",
    "中航",
    "建工",
    "路桥",
    "国贸",
    "象屿",
    "夏商",
]
SCHOOL_WORDS = [
    "集美小学",
    "乐安小学",
    "杏东小学",
    "杏林小学",
    "灌口中心小学",
    "后溪中心小学",
    "集美中学",
    "杏南中学",
    "灌口中学",
    "后溪中学",
    "侨英小学",
    "孙厝小学",
    "康城小学",
    "西滨小学",
    "滨水学校",
    "锦园小学",
    "英村小学",
    "双岭小学",
    "岑东小学",
    "大社幼儿园",
    "实验幼儿园",
    "第二实验小学",
    "新村小学",
    "海凤小学",
    "诚毅学校",
    "乐海小学",
    "第三中学",
    "杏滨中学",
    "第二中学",
    "宁宝小学",
]
SURNAMES = (
    "陈林黄张李王吴刘蔡杨郑许谢洪郭邱曾廖赖周徐苏叶庄吕江何萧罗高潘简朱钟彭游詹胡施沈余赵卢"
    "梁颜柯孙魏翁戴范宋方邓杜傅侯曹薛丁卓马阮董唐温蓝蒋石古纪姚连欧程汤黄"
)
GIVEN = (
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志明晓东海燕雪梅丽娟文斌"
    "俊杰婷婷淑华春梅国庆红梅建华丽华玉兰金凤海峰立新鹏飞思远雨欣子涵浩然梓轩欣怡一鸣嘉怡"
    "宇航晨曦佳琪俊熙若曦沐阳晓峰振华振宇美玲惠珍秋菊冬梅永福永强福生水生阿珠阿宝"
)
ROAD_WORDS = ["路", "街", "大道", "里", "巷"]


@dataclass
class DemoSummary:
    streets: int = 0
    communities: int = 0
    units: int = 0
    branches: int = 0
    members: int = 0
    partnerships: int = 0
    registrations: dict[str, int] = field(default_factory=dict)
    accounts: list[str] = field(default_factory=list)
    history: dict[str, int] = field(default_factory=dict)
    care: dict[str, int] = field(default_factory=dict)
    oversight: dict[str, int] = field(default_factory=dict)
    standing: dict[str, int] = field(default_factory=dict)
    proposal: int | None = None  # the 党群云图 rebalancing proposal waiting for approval
    duties: dict[str, int] = field(default_factory=dict)  # 67号令: heads, seal, file, certificates


class Builder:
    def __init__(self, *, seed: int, members: int, progress: Progress) -> None:
        self.rng = random.Random(seed)
        self.seed = seed
        self.member_target = members
        self.progress = progress
        self.now = timezone.now()
        self.password = make_password(DEMO_PASSWORD)
        self.used_phones: set[str] = set()
        self.used_ids: set[str] = set()
        self.summary = DemoSummary()

    # helpers ------------------------------------------------------------------------------

    @staticmethod
    def _parent_kind(org: Organization) -> str:
        return org.parent.kind if org.parent is not None else ""

    @staticmethod
    def _centre(org: Organization) -> tuple[float, float]:
        return (float(org.longitude or 118.09), float(org.latitude or 24.58))

    def _save_level(self, orgs: list[Organization]) -> list[Organization]:
        """bulk-insert one level of the tree, then give each its materialized path."""
        created = Organization.objects.bulk_create(orgs)
        if any(org.pk is None for org in created):  # backends that return no ids
            codes = [org.code for org in orgs]
            created = list(Organization.objects.filter(code__in=codes).order_by("id"))
            parents = {org.code: org.parent for org in orgs}
            for org in created:
                org.parent = parents[org.code]
        for org in created:
            org.path = f"{org.parent.path if org.parent else '/'}{org.pk}/"
        Organization.objects.bulk_update(created, ["path"], batch_size=500)
        return created

    def _org(
        self,
        name: str,
        subkind: str,
        code: str,
        parent: Organization | None,
        *,
        near: tuple[float, float] | None = None,
        address: str = "",
    ) -> Organization:
        lng = lat = None
        if near is not None:
            lng = round(near[0] + self.rng.uniform(-0.012, 0.012), 6)
            lat = round(near[1] + self.rng.uniform(-0.010, 0.010), 6)
        return Organization(
            name=name,
            kind=next(k for k, subs in Organization.SUBKINDS_OF_KIND.items() if subkind in subs),
            subkind=subkind,
            code=code,
            parent=parent,
            depth=(parent.depth + 1) if parent else 0,
            address=address,
            longitude=lng,
            latitude=lat,
        )

    def _name(self) -> str:
        surname = self.rng.choice(SURNAMES)
        if self.rng.random() < 0.55:
            given = self.rng.choice(GIVEN) + self.rng.choice(GIVEN)
        else:
            given = self.rng.choice(GIVEN)
        return surname + given

    def _phone(self) -> str:
        while True:
            phone = self.rng.choice(("13", "15", "17", "18", "19")) + "".join(
                self.rng.choice("0123456789") for _i in range(9)
            )
            if phone not in self.used_phones:
                self.used_phones.add(phone)
                return phone

    def _id_number(self) -> str:
        while True:
            born = dt.date(1960, 1, 1) + dt.timedelta(days=self.rng.randrange(0, 365 * 42))
            first17 = f"350211{born:%Y%m%d}{self.rng.randrange(0, 1000):03d}"
            number = first17 + id_check_char(first17)
            if number not in self.used_ids:
                self.used_ids.add(number)
                return number

    def _when(self, days_ago_max: int, days_ago_min: int = 0) -> dt.datetime:
        seconds = self.rng.randrange(days_ago_min * 86400, days_ago_max * 86400)
        return self.now - dt.timedelta(seconds=seconds)

    # the tree -----------------------------------------------------------------------------

    def build_tree(self) -> None:
        district = self._save_level(
            [
                self._org(
                    "集美区",
                    Sub.DISTRICT,
                    DISTRICT_CODE,
                    None,
                    near=(118.097, 24.576),
                    address="厦门市集美区杏林路 1 号",
                )
            ]
        )[0]
        self.district = district
        streets = self._save_level(
            [
                self._org(
                    name,
                    subkind,
                    f"{DISTRICT_CODE}{index:03d}",
                    district,
                    near=centre,
                    address=f"集美区{name}",
                )
                for index, (name, subkind, _n, _v, centre) in enumerate(STREETS, start=1)
            ]
        )
        self.streets = streets
        words = list(PLACE_WORDS)
        # 双乐社区 (the articles' 灌口镇双乐社区) must land in 灌口镇.
        communities: list[Organization] = []
        word_index = 0
        for street, (_name, _sub, count, villages, centre) in zip(streets, STREETS, strict=True):
            for number in range(1, count + 1):
                if street.name == "灌口镇" and number == 1:
                    word = "双乐"
                else:
                    word = words[word_index % len(words)]
                    word_index += 1
                    if word == "双乐":
                        word = words[word_index % len(words)]
                        word_index += 1
                is_village = number > count * (1 - villages)
                subkind = Sub.VILLAGE if is_village else Sub.COMMUNITY
                name = f"{word}{'村' if is_village else '社区'}"
                road = f"{word}{self.rng.choice(ROAD_WORDS)}{self.rng.randrange(1, 300)}号"
                communities.append(
                    self._org(
                        name,
                        subkind,
                        f"{street.code}{number:03d}",
                        street,
                        near=centre,
                        address=f"集美区{street.name}{road}",
                    )
                )
        self.communities = self._save_level(communities)
        self.summary.streets = len(streets)
        self.summary.communities = len(self.communities)
        self.progress("tree", 1, 4)

        units: list[Organization] = []
        organ_names = list(ORGAN_NAMES)
        for index, word in enumerate(organ_names, start=1):
            units.append(
                self._org(
                    f"集美区{word}", Sub.ORGAN, f"U{index:04d}", district, near=(118.097, 24.576)
                )
            )
        serial = len(units)
        for word in INSTITUTION_NAMES:
            serial += 1
            units.append(
                self._org(
                    f"集美区{word}中心",
                    Sub.INSTITUTION,
                    f"U{serial:04d}",
                    district,
                    near=(118.09, 24.58),
                )
            )
        for word in SCHOOL_WORDS:
            serial += 1
            street = self.rng.choice(streets)
            units.append(
                self._org(
                    f"集美区{word}",
                    Sub.SCHOOL,
                    f"U{serial:04d}",
                    district,
                    near=self._centre(street),
                )
            )
        suffixes = ("有限公司", "集团有限公司", "股份有限公司", "科技有限公司")
        enterprise_count = 0
        while len(units) < 240:
            serial += 1
            enterprise_count += 1
            word = ENTERPRISE_WORDS[enterprise_count % len(ENTERPRISE_WORDS)]
            generation = enterprise_count // len(ENTERPRISE_WORDS)
            name = f"厦门{word}{['', '新', '华', '盛', '联', '创'][generation % 6]}"
            name += suffixes[enterprise_count % len(suffixes)]
            street = self.rng.choice(streets)
            parent = street if self.rng.random() < 0.5 else district
            units.append(
                self._org(
                    name,
                    Sub.ENTERPRISE,
                    f"U{serial:04d}",
                    parent,
                    near=self._centre(street),
                )
            )
        # “四位一体”: compounds with a property company and an owners' committee.
        compound_communities = self.rng.sample(self.communities, 30)
        for community in compound_communities:
            base = community.name.removesuffix("社区").removesuffix("村")
            serial += 1
            units.append(
                self._org(f"{base}小区物业服务中心", Sub.PROPERTY, f"U{serial:04d}", community)
            )
            serial += 1
            units.append(
                self._org(f"{base}小区业主委员会", Sub.OWNERS, f"U{serial:04d}", community)
            )
        self.units = self._save_level(units)
        self.summary.units = len(self.units)
        self.progress("tree", 2, 4)

        branches: list[Organization] = []
        for unit in self.units:
            if unit.subkind in (Sub.OWNERS,):
                continue
            count = 1 if unit.subkind == Sub.PROPERTY else self.rng.choice((1, 1, 2, 2, 3))
            for number in range(1, count + 1):
                ordinal = "一二三四"[number - 1]
                name = f"{unit.name}第{ordinal}党支部" if count > 1 else f"{unit.name}党支部"
                branches.append(self._org(name, Sub.BRANCH, f"{unit.code}-B{number}", unit))
        for community in self.communities:
            branches.append(
                self._org(f"{community.name}党委", Sub.COMMITTEE, f"{community.code}-P0", community)
            )
            for number in range(1, self.rng.choice((2, 2, 3)) + 1):
                ordinal = "一二三"[number - 1]
                branches.append(
                    self._org(
                        f"{community.name}第{ordinal}党支部",
                        Sub.BRANCH,
                        f"{community.code}-B{number}",
                        community,
                    )
                )
        self.branches = self._save_level(branches)
        self.summary.branches = len(self.branches)
        self.progress("tree", 3, 4)

        # Partnerships: each organ, institution, school and enterprise supports one to
        # three communities, mostly near it; every community gets at least one partner.
        pairs: set[tuple[int, int]] = set()
        supporting = [u for u in self.units if u.subkind not in (Sub.PROPERTY, Sub.OWNERS)]
        for unit in supporting:
            for community in self.rng.sample(self.communities, self.rng.choice((1, 1, 2, 3))):
                pairs.add((unit.pk, community.pk))
        partnered = {community_id for _u, community_id in pairs}
        for community in self.communities:
            if community.pk not in partnered:
                pairs.add((self.rng.choice(supporting).pk, community.pk))
        self.first_community = self.communities[0]  # 集美街道's first community
        self.second_community = self.communities[1]
        self.demo_unit = next(
            u for u in supporting if u.subkind == Sub.ORGAN and u.name == "集美区城市管理局"
        )
        pairs.add((self.demo_unit.pk, self.first_community.pk))
        since = (self.now - dt.timedelta(days=400)).date()
        Partnership.objects.bulk_create(
            [Partnership(unit_id=u, community_id=c, since=since) for u, c in sorted(pairs)],
            batch_size=1000,
        )
        self.partner_pairs = pairs
        self.summary.partnerships = len(pairs)
        self.progress("tree", 4, 4)

    # people -------------------------------------------------------------------------------

    def build_members(self) -> None:
        unit_branches = [b for b in self.branches if self._parent_kind(b) == Kind.UNIT]
        community_branches: dict[int, list[Organization]] = {}
        for org in self.branches:
            if self._parent_kind(org) == Kind.COMMUNITY and org.subkind == Sub.BRANCH:
                community_branches.setdefault(org.parent_id or 0, []).append(org)
        # Bigger, older communities have more residents registering.
        weights = [self.rng.uniform(0.3, 2.0) for _c in self.communities]
        members: list[Member] = []
        total = self.member_target
        branch: Organization | None
        for index in range(total):
            community = self.rng.choices(self.communities, weights)[0]
            roll = self.rng.random()
            if roll < 0.80:
                branch, party, in_service = self.rng.choice(unit_branches), True, True
            elif roll < 0.90:
                branch = self.rng.choice(community_branches[community.pk])
                party, in_service = True, False
            else:
                branch, party, in_service = None, False, True
            members.append(
                Member(
                    name=self._name(),
                    gender=self.rng.choice("MF"),
                    phone=self._phone(),
                    id_number=self._id_number() if self.rng.random() < 0.7 else None,
                    is_party_member=party,
                    in_service=in_service,
                    branch=branch,
                    community=community,
                    created_at=self._when(500, 380),
                )
            )
            if index % 1000 == 999:
                self.progress("members", index + 1, total)
        self.members = Member.objects.bulk_create(members, batch_size=1000)
        if any(m.pk is None for m in self.members):
            self.members = list(Member.objects.order_by("id"))
        self.summary.members = len(self.members)
        self.progress("members", total, total)

    def build_registrations(self) -> None:
        registrations: list[Registration] = []
        decline_reasons = (
            "经核实不在本社区居住",
            "信息填写有误，请重新报到",
            "已在其他社区报到",
            "请先完善所在支部信息",
        )
        for member in self.members:
            roll = self.rng.random()
            created = self._when(360, 3)
            if roll < 0.78:
                status = Status.CONFIRMED
            elif roll < 0.86:
                status = Status.PENDING
                created = self._when(20, 0)
            elif roll < 0.89:
                status = Status.DECLINED
            elif roll < 0.91:
                status = Status.WITHDRAWN
            else:
                continue
            decided = (
                None
                if status == Status.PENDING
                else created + dt.timedelta(hours=self.rng.randrange(2, 96))
            )
            registrations.append(
                Registration(
                    kind=Registration.Kind.MEMBER,
                    member=member,
                    community_id=member.community_id or 0,
                    status=status,
                    decline_reason=self.rng.choice(decline_reasons)
                    if status == Status.DECLINED
                    else "",
                    created_at=created,
                    decided_at=decided,
                )
            )
        for unit_id, community_id in sorted(self.partner_pairs):
            roll = self.rng.random()
            status = (
                Status.CONFIRMED
                if roll < 0.85
                else Status.PENDING
                if roll < 0.95
                else Status.DECLINED
            )
            if (unit_id, community_id) == (self.demo_unit.pk, self.first_community.pk):
                status = Status.CONFIRMED
            created = self._when(380, 30) if status != Status.PENDING else self._when(14)
            registrations.append(
                Registration(
                    kind=Registration.Kind.UNIT,
                    unit_id=unit_id,
                    community_id=community_id,
                    status=status,
                    decline_reason="请与社区确认共建事项后重新报到"
                    if status == Status.DECLINED
                    else "",
                    created_at=created,
                    decided_at=None if status == Status.PENDING else created + dt.timedelta(days=1),
                )
            )
        Registration.objects.bulk_create(registrations, batch_size=1000)
        counts: dict[str, int] = {}
        for registration in registrations:
            key = f"{registration.kind}_{registration.status}"
            counts[key] = counts.get(key, 0) + 1
        self.summary.registrations = counts

    # accounts -----------------------------------------------------------------------------

    def _user(self, username: str, first_name: str, **extra: object) -> Any:
        user = User(username=username, first_name=first_name, password=self.password, **extra)
        user.save()
        self.summary.accounts.append(username)
        return user

    def _member_with_account(
        self, username: str, community: Organization, *, registered_days_ago: int
    ) -> Member:
        branch = self.rng.choice([b for b in self.branches if self._parent_kind(b) == Kind.UNIT])
        user = self._user(username, "")
        member = Member.objects.create(
            user=user,
            name=self._name(),
            gender=self.rng.choice("MF"),
            phone=self._phone(),
            id_number=self._id_number(),
            is_party_member=True,
            in_service=True,
            branch=branch,
            community=community,
        )
        user.first_name = member.name
        user.save(update_fields=["first_name"])
        created = self.now - dt.timedelta(days=registered_days_ago)
        Registration.objects.create(
            kind=Registration.Kind.MEMBER,
            member=member,
            community=community,
            status=Status.CONFIRMED,
            created_at=created,
            decided_at=created + dt.timedelta(hours=5),
        )
        return member

    def build_accounts(self) -> None:
        Role = RoleAssignment.Role
        self._user("admin", "系统管理员", is_superuser=True, is_staff=True)
        grants = [
            ("district", "区委组织部 陈主任", Role.DISTRICT_ADMIN, self.district),
            ("street", "集美街道 林书记", Role.STREET_ADMIN, self.streets[0]),
            (
                "community",
                f"{self.first_community.name} 黄书记",
                Role.COMMUNITY_ADMIN,
                self.first_community,
            ),
            (
                "community2",
                f"{self.second_community.name} 郑主任",
                Role.COMMUNITY_ADMIN,
                self.second_community,
            ),
            ("unit", f"{self.demo_unit.name} 党建专员", Role.UNIT_ADMIN, self.demo_unit),
            ("supervisor", "区督导组 吴组长", Role.SUPERVISOR, self.district),
        ]
        for username, name, role, org in grants:
            user = self._user(username, name, is_staff=role != Role.SUPERVISOR)
            RoleAssignment.objects.create(user=user, role=role, organization=org)
        self.member = self._member_with_account(
            "member", self.first_community, registered_days_ago=200
        )
        for number in range(1, 201):
            self._member_with_account(
                f"m{number:04d}",
                self.first_community,
                registered_days_ago=self.rng.randrange(10, 330),
            )
            if number % 50 == 0:
                self.progress("accounts", number, 200)


def demo_loaded() -> bool:
    return Organization.objects.filter(code=DISTRICT_CODE).exists()


def _quiet(phase: str, done: int, total: int) -> None:
    return None


@transaction.atomic
def demo_build(
    *, seed: int = 2020, members: int = 6000, history: bool = True, progress: Progress = _quiet
) -> DemoSummary:
    """Build the demo district into an empty database; the same seed builds the same district."""
    from jinlin.demo.history import HistoryBuilder, demo_now_scene

    builder = Builder(seed=seed, members=members, progress=progress)
    builder.build_tree()
    builder.build_members()
    builder.build_registrations()
    builder.build_accounts()
    if history:
        counts = HistoryBuilder(
            seed=seed, progress=progress, needs_per_community=12, favourite=builder.member
        ).build()
        builder.summary.history = counts
        others = list(
            Member.objects.filter(user__username__in=[f"m{n:04d}" for n in range(1, 8)]).order_by(
                "id"
            )
        )
        admin = RoleAssignment.objects.filter(user__username="community").first()
        from jinlin.demo.care import CareBuilder

        builder.summary.care = CareBuilder(seed=seed, progress=progress).build(
            favourite=builder.member
        )
        from jinlin.demo.oversight import build_oversight

        builder.summary.oversight = build_oversight(seed=seed, progress=progress)
        from jinlin.demo.standing import StandingBuilder

        builder.summary.standing = StandingBuilder(builder=builder, progress=progress).build()
        from jinlin.service.services import ledger_anchor

        ledger_anchor()  # the day's anchor, as the nightly job would make it
        from jinlin.needs.calendar import feed_renew

        feed_renew(member=builder.member)  # `member` subscribes to a calendar of claims
        demo_now_scene(
            community=builder.first_community,
            member=builder.member,
            others=others,
            admin_user_id=admin.user_id if admin else None,
        )
        # The history's ledger rows were written in bulk: sum them per community and day.
        from jinlin.service.services import ledger_days_rebuild

        ledger_days_rebuild()
        # 党群云图: a proposal of support for the next two weeks, waiting for the district.
        from jinlin.cloudmap.services import proposal_create
        from jinlin.organizations.models import Organization

        district = Organization.objects.get(kind=Organization.Kind.DISTRICT)
        builder.summary.proposal = proposal_create(district=district, weeks=2).pk
        # 星级创评: this year's rules, for members (thresholds scaled to the demo's year of
        # hours; a district prints 100 / 300 / 600 / 1000 / 1500) and for units.
        from jinlin.reports.models import RatingRule

        today = timezone.localdate()
        year = (today.replace(month=1, day=1), today.replace(month=12, day=31))
        RatingRule.objects.get_or_create(
            organization=district, name=f"{today.year}年度党员星级评定（演示阈值）",
            defaults={"subject": "member", "start": year[0], "end": year[1],
                      "thresholds": [2, 4, 8, 12, 16]},
        )  # fmt: skip
        RatingRule.objects.get_or_create(
            organization=district, name=f"{today.year}年度共建单位星级评定",
            defaults={"subject": "unit", "start": year[0], "end": year[1],
                      "thresholds": [60, 70, 80, 90, 95],
                      "weights": {"participation": 40, "rectification": 30, "supervision": 20,
                                  "evaluation": 10}},
        )  # fmt: skip
        # A campaign of the street: 文明创建百日攻坚, grouping the street's needs, supervision
        # rounds and problems of its hundred days, with targets.
        from jinlin.campaigns.models import Campaign
        from jinlin.needs.models import Need
        from jinlin.oversight.models import Problem, Round

        street = Organization.objects.get(pk=builder.first_community.parent_id or 0)
        start = today - dt.timedelta(days=60)
        campaign, created = Campaign.objects.get_or_create(
            organization=street, name="文明创建百日攻坚",
            defaults={"kind": Campaign.Kind.HUNDRED_DAYS, "start": start,
                      "end": start + dt.timedelta(days=99),
                      "description": "聚焦老旧小区环境整治、交通秩序和不文明行为劝导，"
                                     "党员下沉、单位包片。",
                      "targets": {"activities": 80, "hours": 700, "outcome_truckloads": 60,
                                  "outcome_dissuaded": 300, "problems_closed": 8}},
        )  # fmt: skip
        if created:
            since = timezone.make_aware(dt.datetime.combine(start, dt.time.min))
            campaign.needs.add(
                *Need.objects.filter(
                    community__path__startswith=street.path, starts_at__gte=since
                ).exclude(status=Need.Status.CANCELLED)
            )
            campaign.rounds.add(
                *Round.objects.filter(organization__path__startswith=street.path, date__gte=start)
            )
            campaign.problems.add(*Problem.objects.filter(
                organization__path__startswith=street.path, created_at__gte=since))  # fmt: skip
            _party_building(campaign, today)
            _disputes(builder.first_community)
        from jinlin.demo.duties import build_duties

        builder.summary.duties = build_duties(
            seed=seed, community=builder.first_community, member=builder.member
        )
    return builder.summary


def _disputes(community: Organization) -> None:
    """异议 in the first community: one a member raised that waits for an answer, one the
    community refused with reasons, one it corrected (a reversing row and a new one)."""
    from django.contrib.auth import get_user_model

    from jinlin.core.errors import ServiceError
    from jinlin.service.disputes import dispute_raise, dispute_resolve, recording_community
    from jinlin.service.models import ServiceRecord

    admin = get_user_model().objects.filter(
        role_assignments__role=RoleAssignment.Role.COMMUNITY_ADMIN,
        role_assignments__organization=community,
    ).first()
    rows = [
        r for r in ServiceRecord.objects.filter(kind="credit", need__community=community)
        .select_related("member").order_by("-id")[:40]
        if recording_community(r) == community
    ]  # fmt: skip
    chosen: list[ServiceRecord] = []
    for row in rows:
        if len(chosen) < 3 and all(c.member_id != row.member_id for c in chosen):
            chosen.append(row)
    answers = [None, ("refused", "签到记录显示服务时长无误"), ("corrected", "核实后按实际时长更正")]
    for record, answer in zip(chosen, answers, strict=False):
        try:
            dispute = dispute_raise(member=record.member, record=record,
                                    reason="实际服务时长比记录多半小时",
                                    hours=record.hours + Decimal("0.5"))  # fmt: skip
            if answer is not None and admin is not None:
                dispute_resolve(dispute=dispute, decision=answer[0], reason=answer[1], by=admin)
        except ServiceError:
            continue


BRANDS = ["红色物业先锋岗", "近邻帮帮团", "小巷管家", "银发先锋", "红领巾护学岗", "楼道红管家",
          "邻里守望岗", "文明劝导先锋队"]  # fmt: skip
PUBLICITY = [
    ("home_school", "“小手拉大手”文明创建家校共建活动"), ("campus_web", "校园网开设文明创建专栏"),
    ("qq", "班级QQ群推送创城倡议书"), ("wechat_group", "小区微信群发布文明养犬提示"),
    ("wechat_account", "公众号推送“双报到”党员风采"), ("board", "社区宣传栏更新创城知识"),
    ("talk", "“崇尚文明当先锋”专题演讲"),
]  # fmt: skip


def _party_building(campaign: Any, today: dt.date) -> None:
    """What the articles count besides service: the organizations' activity plans for the
    street's campaign (most, not all), each branch's yearly 党性体检, some branches' brands
    (一支部一品牌), and publicity through schools and groups."""
    import random

    from jinlin.campaigns.models import CampaignPlan, Publicity
    from jinlin.oversight.models import PartyCheckup

    rng = random.Random(7)
    planners = Organization.objects.filter(
        path__startswith=campaign.organization.path,
        kind__in=[Organization.Kind.BRANCH, Organization.Kind.COMMUNITY],
    ).order_by("path")
    CampaignPlan.objects.bulk_create([
        CampaignPlan(campaign=campaign, organization=org, title=f"{org.name}百日攻坚活动方案",
                     summary="明确责任区和服务点，每周组织党员下沉社区开展洁净家园、交通劝导。",
                     adopted_on=campaign.start + dt.timedelta(days=rng.randint(0, 10)))
        for org in planners if rng.random() < 0.8
    ])  # fmt: skip
    branches = list(Organization.objects.filter(kind=Organization.Kind.BRANCH).order_by("path"))
    PartyCheckup.objects.bulk_create([
        PartyCheckup(organization=branch, members=rng.randint(5, 40),
                     date=min(today, dt.date(today.year, rng.randint(3, 11), rng.randint(1, 28))),
                     summary="对照党章党规逐条检视，查找宗旨意识、作风纪律方面的差距。")
        for branch in branches if rng.random() < 0.85
    ])  # fmt: skip
    for branch in branches:
        if rng.random() < 0.25:
            Organization.objects.filter(pk=branch.pk).update(
                brand=rng.choice(BRANDS), brand_note="党员亮身份、亮承诺，常态化服务群众。"
            )
    communities = list(
        Organization.objects.filter(kind__in=[Organization.Kind.COMMUNITY, Organization.Kind.UNIT])
    )
    records = []
    for _round in range(6):
        for channel, title in PUBLICITY:
            org = rng.choice(communities)
            under = org.path.startswith(campaign.organization.path)
            records.append(Publicity(
                organization=org, channel=channel, title=title, reach=rng.randint(40, 600),
                date=today - dt.timedelta(days=rng.randint(0, 80)),
                campaign=campaign if under else None,
            ))  # fmt: skip
    Publicity.objects.bulk_create(records)
