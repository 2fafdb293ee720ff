"""A city in the database: the demo district grown to a city's size with PostgreSQL's COPY.

``jinlin load_city --scale 1.0`` adds to the district in the database (the demo's, which it
loads first when there is none) streets and communities up to 3,000 communities, 10,000 units
with their party branches and partnerships, 1,000,000 members registered with communities, a
year of needs with their claims, acceptances and credits (10,000,000 ledger rows, sealed in
each community's chain as the scan path seals them), 100,000 problems and 50,000 pairings with
their households; ``--scale`` multiplies every count. Rows are streamed to ``COPY … FROM
STDIN`` in the order the rules write them (ids given here, sequences moved past them after),
so the figures, the ledger's day sums and ``verify_ledger`` agree with the rows. Members get
no account: the demo's accounts read the city.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import random
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

from django.conf import settings
from django.core.management.base import CommandError
from django.db import connection, models
from django.utils import timezone

from jinlin.care.models import Household, Pairing
from jinlin.core.sql import analyze
from jinlin.demo.generator import GIVEN, PLACE_WORDS, SURNAMES
from jinlin.demo.history import TEMPLATES
from jinlin.members.models import Member, Registration
from jinlin.needs.models import Claim, Need, activity_day
from jinlin.organizations.models import Organization, Partnership
from jinlin.organizations.services import tree_changed
from jinlin.oversight.models import Problem
from jinlin.service.models import Attendance, LedgerDay, LedgerHead, ServiceRecord, sealer
from jinlin.service.services import category_content, record_evaluation

# The counts of a city at scale 1.0 (#21).
CITY = {
    "communities": 3_000,
    "units": 10_000,
    "members": 1_000_000,
    "ledger": 10_000_000,
    "problems": 100_000,
    "pairings": 50_000,
}
COMMUNITIES_PER_STREET = 20
UNIT_KINDS = ["organ", "institution", "enterprise", "school", "social"]
PROBLEM_TITLES = ["楼道堆放杂物", "背街小巷卫生死角", "非机动车乱停放", "宣传栏破损未更新",
                  "垃圾分类投放不规范", "占道经营", "绿化带毁绿种菜", "小广告乱张贴"]  # fmt: skip
PROBLEM_STATUSES = ["open", "in_progress", "submitted", "closed", "closed", "closed"]
TAGS = ["elderly_alone", "disabled", "low_income", "hardship", "left_behind", "veteran"]

Progress = Callable[[str, int, int], None]


# Every table the city is written to (``Copy`` and the ledger's heads and day sums).
LOADED: tuple[type[models.Model], ...] = (
    Organization, Partnership, Member, Registration, Need, Claim, Attendance, ServiceRecord,
    LedgerHead, LedgerDay, Problem, Household, Pairing,
)  # fmt: skip


def dangling_keys(tables: Iterable[type[models.Model]]) -> list[str]:
    """Each foreign key of these tables that names a row its table does not hold: one
    anti-join a key (hashed in memory, so a table of millions is read once a key)."""
    quote = connection.ops.quote_name
    found = []
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET LOCAL work_mem = '256MB'")
        for model in tables:
            for f in model._meta.concrete_fields:
                if not f.is_relation or f.related_model is None:
                    continue
                table, column = quote(model._meta.db_table), quote(str(f.column))
                target = quote(f.related_model._meta.db_table)
                key = quote(str(f.target_field.column))  # type: ignore[attr-defined]
                cursor.execute(
                    f"SELECT count(*) FROM {table} c LEFT JOIN {target} p ON p.{key} = c.{column} "
                    f"WHERE c.{column} IS NOT NULL AND p.{key} IS NULL"
                )
                missing = cursor.fetchone()[0]
                if missing:
                    found.append(f"{model._meta.db_table}.{f.column}: {missing:,} rows")
    return found


def settle(tables: Iterable[type[models.Model]] = LOADED) -> None:
    """VACUUM (ANALYZE) the tables a load wrote, after its transaction: rows copied in a
    moment ago carry no commit hints and no page is marked all-visible, so the first pages
    and papers read after a load would write the tables back and read each index entry's row
    from the table. A database in use has been vacuumed; a benchmark should read one."""
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        for model in tables:
            cursor.execute(f"VACUUM (ANALYZE) {quote(model._meta.db_table)}")


def check_keys(tables: tuple[type[models.Model], ...], progress: Progress) -> None:
    for done, model in enumerate(tables, start=1):
        progress("keys", done - 1, len(tables))
        dangling = dangling_keys([model])
        if dangling:
            raise CommandError("the city's rows name rows that do not exist (nothing was "
                               "loaded): " + "; ".join(dangling))  # fmt: skip
    progress("keys", len(tables), len(tables))


def counts(scale: float) -> dict[str, int]:
    """What a city of ``scale`` holds (at least one of each)."""
    return {name: max(1, round(n * scale)) for name, n in CITY.items()}


class Copy:
    """Rows of one model streamed to ``COPY table (every column) FROM STDIN``.

    A row is a dict by attribute name (``member_id``); a column it leaves out takes the
    field's default (computed once: one ``now`` for the load), else NULL or ''."""

    def __init__(self, model: type[models.Model]) -> None:
        self.model = model
        self.fields = list(model._meta.concrete_fields)
        now = timezone.now()
        self.defaults: list[Any] = []
        for f in self.fields:
            if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False):
                value: Any = now
            elif f.has_default():
                value = f.get_default()
            elif isinstance(f, models.CharField | models.TextField | models.FileField):
                value = "" if not f.null else None
            else:
                value = None  # a column the rows must give: NOT NULL says so if one does not
            if isinstance(f, models.JSONField):
                value = json.dumps(value)
            self.defaults.append(value)
        self.names = [f.attname for f in self.fields]
        self.json = {f.attname for f in self.fields if isinstance(f, models.JSONField)}

    def run(self, rows: Iterable[dict[str, Any]]) -> int:
        columns = ", ".join(connection.ops.quote_name(str(f.column)) for f in self.fields)
        table = connection.ops.quote_name(self.model._meta.db_table)
        pairs = list(zip(self.names, self.defaults, strict=True))
        written = 0
        with connection.cursor() as cursor:
            raw = cursor.cursor  # psycopg's own cursor: COPY is not in the DB-API
            with raw.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                for row in rows:
                    for name in self.json.intersection(row):
                        if not isinstance(row[name], str):
                            row[name] = json.dumps(row[name], ensure_ascii=False)
                    copy.write_row([row.get(name, default) for name, default in pairs])
                    written += 1
        return written


def next_id(model: type[models.Model]) -> int:
    value = model._default_manager.aggregate(top=models.Max("pk"))["top"]
    return int(value or 0) + 1


def sequences_past(*models_: type[models.Model]) -> None:
    """Move each table's id sequence past the ids COPY wrote."""
    with connection.cursor() as cursor:
        for model in models_:
            table = model._meta.db_table
            cursor.execute(
                f"SELECT setval(pg_get_serial_sequence(%s, 'id'), "
                f"COALESCE((SELECT max(id) FROM {connection.ops.quote_name(table)}), 1))",
                [table],
            )


@dataclass
class City:
    """What the loader has made so far, for the next table."""

    district: Organization
    communities: list[int] = field(default_factory=list)
    streets: list[int] = field(default_factory=list)
    branches: list[int] = field(default_factory=list)  # the units' party branches
    centres: dict[int, tuple[float, float]] = field(default_factory=dict)
    names: dict[int, str] = field(default_factory=dict)
    residents: dict[int, list[int]] = field(default_factory=dict)  # registered, by community


class CityLoader:
    def __init__(self, scale: float, progress: Progress, seed: int = 2026) -> None:
        self.scale = scale
        self.target = counts(scale)
        self.progress = progress
        self.rng = random.Random(seed)
        self.now = timezone.now()

    # -- the tree ------------------------------------------------------------------------

    def organizations(self, city: City) -> None:
        district = city.district
        have = list(
            Organization.objects.filter(kind="community", path__startswith=district.path)
            .order_by("path")
            .values_list("id", "name", "longitude", "latitude")
        )
        for pk, name, longitude, latitude in have:
            city.communities.append(pk)
            city.names[pk] = name
            city.centres[pk] = (float(longitude or 118.05), float(latitude or 24.6))
        wanted = max(0, self.target["communities"] - len(have))
        next_org = next_id(Organization)
        rows: list[dict[str, Any]] = []
        rng = self.rng
        words = PLACE_WORDS
        street_id = None
        for number in range(wanted):
            if number % COMMUNITIES_PER_STREET == 0:
                street_id, next_org = next_org, next_org + 1
                word = words[(number // COMMUNITIES_PER_STREET) % len(words)]
                lap = number // COMMUNITIES_PER_STREET // len(words)
                rows.append({
                    "id": street_id, "name": f"{word}{lap + 1 if lap else ''}街道",
                    "kind": "street", "subkind": "street", "code": f"CITY-S{street_id}",
                    "parent_id": district.pk, "path": f"{district.path}{street_id}/",
                    "depth": district.depth + 1,
                })  # fmt: skip
                city.streets.append(street_id)
                centre = (118.05 + rng.uniform(-0.4, 0.4), 24.6 + rng.uniform(-0.3, 0.3))
            pk, next_org = next_org, next_org + 1
            word = words[number % len(words)]
            name = f"{word}{number // len(words) + 1}社区"
            lon, lat = centre[0] + rng.uniform(-0.03, 0.03), centre[1] + rng.uniform(-0.03, 0.03)
            rows.append({
                "id": pk, "name": name, "kind": "community", "subkind": "community",
                "code": f"CITY-C{pk}", "parent_id": street_id,
                "path": f"{district.path}{street_id}/{pk}/", "depth": district.depth + 2,
                "longitude": Decimal(f"{lon:.6f}"), "latitude": Decimal(f"{lat:.6f}"),
            })  # fmt: skip
            city.communities.append(pk)
            city.names[pk] = name
            city.centres[pk] = (lon, lat)
        units = self.target["units"]
        partners = []
        for number in range(units):
            unit, branch, next_org = next_org, next_org + 1, next_org + 2
            kind = UNIT_KINDS[number % len(UNIT_KINDS)]
            name = f"城市单位{number + 1:05d}"
            rows.append({
                "id": unit, "name": name, "kind": "unit", "subkind": kind,
                "code": f"CITY-U{unit}", "parent_id": district.pk,
                "path": f"{district.path}{unit}/", "depth": district.depth + 1,
            })  # fmt: skip
            rows.append({
                "id": branch, "name": f"{name}党支部", "kind": "branch", "subkind": "branch",
                "code": f"CITY-B{branch}", "parent_id": unit,
                "path": f"{district.path}{unit}/{branch}/", "depth": district.depth + 2,
            })  # fmt: skip
            city.branches.append(branch)
            partners.append({"unit_id": unit,
                             "community_id": city.communities[number % len(city.communities)]})
        written = Copy(Organization).run(rows)
        taken = set(
            Partnership.objects.filter(unit_id__in=[p["unit_id"] for p in partners]).values_list(
                "unit_id", "community_id"
            )
        )
        next_partnership = next_id(Partnership)
        fresh = []
        for p in partners:
            if (p["unit_id"], p["community_id"]) not in taken:
                fresh.append({"id": next_partnership, **p, "since": self.now.date()})
                next_partnership += 1
        Copy(Partnership).run(fresh)
        sequences_past(Organization, Partnership)
        self.progress("organizations", written, written)

    # -- people --------------------------------------------------------------------------

    def members(self, city: City) -> None:
        total = self.target["members"]
        rng = self.rng
        first_member = next_id(Member)
        first_registration = next_id(Registration)
        registrations: list[dict[str, Any]] = []
        chunk = max(1000, total // 20)

        def people() -> Iterator[dict[str, Any]]:
            for number in range(total):
                pk = first_member + number
                community = city.communities[number % len(city.communities)]
                in_service = rng.random() < 0.8
                joined = self.now - dt.timedelta(days=rng.randint(30, 900))
                if rng.random() < 0.85:
                    registrations.append({
                        "id": first_registration + len(registrations), "kind": "member",
                        "community_id": community, "member_id": pk, "status": "confirmed",
                        "created_at": joined, "decided_at": joined + dt.timedelta(days=1),
                    })  # fmt: skip
                    city.residents.setdefault(community, []).append(pk)
                if number % chunk == 0:
                    self.progress("members", number, total)
                yield {
                    "id": pk,
                    "name": rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.randint(1, 2))),
                    "gender": rng.choice("MF"),
                    "phone": f"162{number:08d}",
                    "is_party_member": rng.random() < 0.9,
                    "in_service": in_service,
                    "branch_id": rng.choice(city.branches) if in_service else None,
                    "community_id": community,
                    "created_at": joined,
                }

        written = Copy(Member).run(people())
        Copy(Registration).run(registrations)
        sequences_past(Member, Registration)
        self.progress("members", written, written)

    # -- needs, claims, acceptances and the ledger -------------------------------------------

    def service(self, city: City) -> None:
        rng = self.rng
        credits_wanted = self.target["ledger"]
        served = [c for c in city.communities if city.residents.get(c)]
        if not served:
            return
        heads = {
            chain: (seq, last_hash)
            for chain, seq, last_hash in LedgerHead.objects.values_list("chain", "seq", "last_hash")
        }
        need_id, claim_id = next_id(Need), next_id(Claim)
        attendance_id, record_id = next_id(Attendance), next_id(ServiceRecord)
        points_per_hour = Decimal(settings.POINTS_PER_HOUR)
        day_sums: dict[tuple[int, dt.date], list[Any]] = {}
        needs: list[dict[str, Any]] = []
        claims: list[dict[str, Any]] = []
        attendances: list[dict[str, Any]] = []
        records: list[dict[str, Any]] = []
        written = 0
        seal = sealer()
        content = functools.cache(
            lambda category, metric, n: category_content(category, {metric: n})
        )
        evaluation = record_evaluation("完成良好")
        lead = "社区工作人员"

        def flush() -> None:
            Copy(Need).run(needs)
            Copy(Claim).run(claims)
            Copy(Attendance).run(attendances)
            Copy(ServiceRecord).run(records)
            for batch in (needs, claims, attendances, records):
                batch.clear()

        number = 0
        while written < credits_wanted:
            community = served[number % len(served)]
            number += 1
            people = city.residents[community]
            title, category, metrics, place, (low, high) = TEMPLATES[number % len(TEMPLATES)]
            starts = (self.now - dt.timedelta(days=rng.randint(2, 365))).replace(
                minute=0, second=0, microsecond=0
            )
            ends = starts + dt.timedelta(hours=rng.choice((2, 3)))
            day = activity_day(starts)
            place = place.format(c=city.names[community])[:200]
            places = min(len(people), rng.randint(low, high) * 2, credits_wanted - written)
            taken = rng.sample(people, places)
            needs.append({
                "id": need_id, "community_id": community, "title": title, "category": category,
                "place": place, "starts_at": starts, "ends_at": ends, "slots": len(taken),
                "mode": "open", "metrics": metrics, "status": "closed",
                "confirmed_count": len(taken), "created_at": starts - dt.timedelta(days=7),
            })  # fmt: skip
            for member in taken:
                hours = Decimal(rng.choice(("1.5", "2.0", "2.5", "3.0")))
                credited = ends + dt.timedelta(minutes=rng.randint(5, 90))
                outcomes = {metrics[0]: rng.randint(1, 5)}
                claims.append({"id": claim_id, "need_id": need_id, "member_id": member,
                               "status": "confirmed", "created_at": starts - dt.timedelta(days=2),
                               "confirmed_at": starts - dt.timedelta(days=2),
                               "need_closed": True})  # fmt: skip
                attendances.append({
                    "id": attendance_id, "claim_id": claim_id, "signed_in_at": starts,
                    "decision": "accepted", "hours": hours, "outcomes": outcomes,
                    "credited_at": credited,
                })  # fmt: skip
                seq, previous = heads.get(community, (0, "0" * 64))
                record = {
                    "id": record_id, "chain": community, "seq": seq + 1, "prev_hash": previous,
                    "member_id": member, "kind": "credit", "source": "need",
                    "claim_id": claim_id, "need_id": need_id, "hours": hours,
                    "points": (hours * points_per_hour).quantize(Decimal("0.01")),
                    "activity_name": title, "activity_date": day, "place": place,
                    "served": city.names[community],
                    "content": content(category, metrics[0], outcomes[metrics[0]]),
                    "evaluation": evaluation, "lead": lead, "recorder": lead,
                    "recorded_by_id": None, "reverses_id": None, "reason": "",
                    "created_at": credited,
                }  # fmt: skip
                sealed = SimpleNamespace(**record)
                seal(sealed)
                record["key_id"], record["hash"] = sealed.key_id, sealed.hash
                heads[community] = (seq + 1, sealed.hash)
                records.append(record)
                sums = day_sums.setdefault((community, day), [0, Decimal(0)])
                sums[0] += 1
                sums[1] += hours
                claim_id, attendance_id, record_id = claim_id + 1, attendance_id + 1, record_id + 1
                written += 1
            need_id += 1
            if len(records) >= 20_000:
                flush()
                self.progress("ledger", written, credits_wanted)
        flush()
        self._heads(heads)
        self._days(day_sums)
        sequences_past(Need, Claim, Attendance, ServiceRecord)
        self.progress("ledger", written, written)

    def _heads(self, heads: dict[int, tuple[int, str]]) -> None:
        with connection.cursor() as cursor:
            for chain, (seq, last_hash) in heads.items():
                cursor.execute(
                    "INSERT INTO service_ledgerhead (chain, seq, last_hash) VALUES (%s, %s, %s) "
                    "ON CONFLICT (chain) DO UPDATE SET seq = excluded.seq, "
                    "last_hash = excluded.last_hash",
                    [chain, seq, last_hash],
                )

    def _days(self, sums: dict[tuple[int, dt.date], list[Any]]) -> None:
        """Add the new rows to their communities' days (the demo's days included)."""
        table = connection.ops.quote_name(LedgerDay._meta.db_table)
        with connection.cursor() as cursor:
            cursor.execute("DROP TABLE IF EXISTS city_days")
            cursor.execute(
                "CREATE TEMP TABLE city_days (community_id bigint, day date, credits int, "
                "hours numeric) ON COMMIT DROP"
            )
            with cursor.cursor.copy("COPY city_days FROM STDIN") as copy:
                for (community, day), (n, hours) in sums.items():
                    copy.write_row([community, day, n, hours])
            cursor.execute(
                f"INSERT INTO {table} (community_id, day, credits, hours) "
                f"SELECT community_id, day, credits, hours FROM city_days "
                f"ON CONFLICT (community_id, day) DO UPDATE SET "
                f"credits = {table}.credits + excluded.credits, "
                f"hours = {table}.hours + excluded.hours"
            )

    # -- supervision and care ------------------------------------------------------------

    def problems(self, city: City) -> None:
        rng = self.rng
        total = self.target["problems"]
        first = next_id(Problem)
        rows = []
        for number in range(total):
            found = self.now - dt.timedelta(days=rng.randint(1, 365))
            status = rng.choice(PROBLEM_STATUSES)
            rows.append({
                "id": first + number,
                "organization_id": city.communities[number % len(city.communities)],
                "title": rng.choice(PROBLEM_TITLES), "source": "round",
                "severity": rng.choice(("low", "medium", "medium", "high")),
                "deadline": (found + dt.timedelta(days=14)).date(), "status": status,
                "created_at": found,
                "closed_at": found + dt.timedelta(days=rng.randint(1, 20))
                if status in Problem.DONE else None,
            })  # fmt: skip
        written = Copy(Problem).run(rows)
        sequences_past(Problem)
        self.progress("problems", written, written)

    def pairings(self, city: City) -> None:
        rng = self.rng
        total = self.target["pairings"]
        first_household, first_pairing = next_id(Household), next_id(Pairing)
        served = [c for c in city.communities if city.residents.get(c)]
        households, pairings = [], []
        for number in range(total):
            community = served[number % len(served)]
            households.append({
                "id": first_household + number, "community_id": community,
                "head_name": rng.choice(SURNAMES) + rng.choice(GIVEN),
                "address": f"{city.names[community]}{rng.randint(1, 40)}号楼"
                           f"{rng.randint(1, 30)}{rng.randint(1, 4):02d}室",
                "size": rng.randint(1, 5), "tags": [rng.choice(TAGS)],
            })  # fmt: skip
            cadence = rng.choice((7, 14, 30))
            visited = (self.now - dt.timedelta(days=rng.randint(1, 40))).date()
            pairings.append({
                "id": first_pairing + number,
                "member_id": rng.choice(city.residents[community]),
                "household_id": first_household + number,
                "cadence_days": cadence,
                "started_on": visited - dt.timedelta(days=rng.randint(30, 600)),
                "last_visit_on": visited,
                "next_visit_on": visited + dt.timedelta(days=cadence),
            })  # fmt: skip
        Copy(Household).run(households)
        written = Copy(Pairing).run(pairings)
        sequences_past(Household, Pairing)
        self.progress("pairings", written, written)

    def load(self, district: Organization) -> City:
        """Load the city in the caller's transaction. As the database's owner, the rows'
        foreign keys are checked once, by one anti-join a key over the whole tables
        (``check_keys``), instead of by a trigger a row queued until COMMIT: at scale 1.0
        those queued checks took ten minutes of the COMMIT and the memory of 30 million
        events."""
        city = City(district=district)
        started = time.monotonic()
        with connection.cursor() as cursor:
            cursor.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
            owner = bool(cursor.fetchone()[0])
            if owner:
                cursor.execute("SET LOCAL session_replication_role = replica")
        for step in (self.organizations, self.members, self.service, self.problems,
                     self.pairings):  # fmt: skip
            step(city)
        if owner:
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL session_replication_role = origin")
            check_keys(LOADED, self.progress)
            tree_changed()  # its triggers were off with the others
        analyze()
        self.progress(f"done in {time.monotonic() - started:.0f}s", 1, 1)
        return city

