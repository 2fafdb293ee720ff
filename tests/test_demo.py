"""The demo district: realistic, deterministic, and every README account signs in."""

from typing import Any

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import Client
from django.utils import timezone

from jinlin.demo.generator import demo_build
from jinlin.members.models import Member, Registration, RoleAssignment
from jinlin.organizations.models import Organization, Partnership

ACCOUNTS = [
    "admin",
    "district",
    "street",
    "community",
    "community2",
    "unit",
    "supervisor",
    "member",
    "resident",
    "m0001",
    "m0200",
]


LOAD: dict[str, int] = {}


@pytest.fixture(scope="module")
def demo_district(django_db_setup, django_db_blocker):
    """Built once for the module (it takes seconds), emptied after."""
    import logging

    from jinlin.core import sms

    lines: list[logging.LogRecord] = []
    handler = logging.Handler()
    handler.emit = lines.append  # type: ignore[method-assign]
    logging.getLogger("jinlin.sms").addHandler(handler)
    before = len(sms.outbox)
    with django_db_blocker.unblock():
        call_command("load_demo", members=1500)
        logging.getLogger("jinlin.sms").removeHandler(handler)
        LOAD.update(sms_log_lines=len(lines), kept=len(sms.outbox) - before)
        yield
        call_command("flush", interactive=False, verbosity=0)


@pytest.fixture
def demo(demo_district, db):
    return None


@pytest.mark.postgres
def test_load_demo_leaves_postgresql_the_statistics_of_what_it_loaded(demo):
    """Without them the figures page took 19 s just after loading (``jinlin.core.sql.analyze``);
    autovacuum would take them only a minute or more later."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_stats WHERE tablename = %s AND attname = 'community_id'",
            [Member._meta.db_table],
        )
        assert cursor.fetchone()[0] == 1


def test_it_is_shaped_like_jimei(demo):
    count = Organization.objects.filter
    assert count(kind="street").count() == 6
    assert {o.subkind for o in count(kind="street")} == {"street", "town"}
    assert 100 <= count(kind="community").count() <= 120
    assert 280 <= count(kind="unit").count() <= 320
    assert count(name="双乐社区", parent__name="灌口镇").exists()
    assert count(subkind="property").exists() and count(subkind="owners").exists()
    assert Member.objects.count() == 1500 + 201 + 1  # and the resident
    assert Member.objects.filter(is_party_member=False).exists()
    statuses = set(Registration.objects.values_list("status", flat=True))
    assert statuses == {"pending", "confirmed", "declined", "withdrawn"}
    assert Registration.objects.filter(kind="unit").exists()


def test_every_readme_account_signs_in_with_demo(demo):
    for username in ACCOUNTS:
        client = Client()
        response = client.post("/signin/", {"username": username, "password": "demo"})
        assert response.status_code == 302, username
        assert client.get("/").status_code in (200, 302)


def test_the_named_accounts_fit_together(demo):
    community = RoleAssignment.objects.get(user__username="community").organization
    community2 = RoleAssignment.objects.get(user__username="community2").organization
    street = RoleAssignment.objects.get(user__username="street").organization
    unit = RoleAssignment.objects.get(user__username="unit").organization
    assert community != community2 and community.parent == community2.parent == street
    assert Partnership.objects.filter(unit=unit, community=community).exists()
    assert RoleAssignment.objects.get(user__username="supervisor").role == "supervisor"
    for username in ["member", "m0001", "m0100", "m0200"]:
        member = Member.objects.get(user__username=username)
        assert Registration.objects.get(member=member).status == "confirmed"
        assert Registration.objects.get(member=member).community == community


def test_the_same_seed_builds_the_same_district(db):
    call_command("flush", interactive=False, verbosity=0)

    def snapshot():
        with transaction.atomic():
            demo_build(seed=7, members=300, history=False)
            names = list(Member.objects.order_by("id").values_list("name", "phone"))
            orgs = list(Organization.objects.order_by("code").values_list("code", "name"))
            transaction.set_rollback(True)
        return names, orgs

    first = snapshot()
    assert first == snapshot()
    with transaction.atomic():
        demo_build(seed=8, members=300, history=False)
        other = list(Member.objects.order_by("id").values_list("name", "phone"))
        transaction.set_rollback(True)
    assert other != first[0]


def test_loading_twice_keeps_the_first(demo, capsys):
    call_command("load_demo")
    assert "already loaded" in capsys.readouterr().out
    assert Member.objects.count() == 1500 + 201 + 1  # and the resident


def test_a_year_of_history_that_holds_together(demo):
    from django.db.models import Count, Q
    from django.utils import timezone

    from jinlin.needs.models import Claim, Need
    from jinlin.service.models import Attendance, ServiceRecord
    from jinlin.service.services import ledger_verify

    count, bad, why = ledger_verify()
    assert count > 1000 and why == ""
    now = timezone.now()
    assert Need.objects.filter(status="closed").exists()
    assert Need.objects.filter(status="cancelled").exists()
    assert Need.objects.filter(status="published", starts_at__gt=now).exists()
    assert Need.objects.filter(starts_at__lte=now, ends_at__gt=now).exists()  # happening now
    assert Need.objects.filter(mode="order").exists()
    assert set(Claim.objects.values_list("status", flat=True)) == {
        "confirmed",
        "waitlisted",
        "cancelled",
        "absent",
    }
    assert set(Attendance.objects.values_list("decision", flat=True)) == {
        "",
        "accepted",
        "rejected",
    }
    # The counters agree with the claims.
    for need in Need.objects.annotate(
        c=Count("claims", filter=Q(claims__status__in=["confirmed", "absent"])),
        w=Count("claims", filter=Q(claims__status="waitlisted")),
    )[:300]:
        assert (need.confirmed_count, need.waitlisted_count) == (need.c, need.w), need.pk
        assert need.confirmed_count <= need.slots
    # The claims of closed needs, and only those, are marked so (the overlap check skips them).
    assert Claim.objects.filter(need_closed=True).exists()
    assert not Claim.objects.filter(need__status="closed", need_closed=False).exists()
    assert not Claim.objects.exclude(need__status="closed").filter(need_closed=True).exists()
    # Every credit follows an acceptance, and is in the ledger once.
    credited = Attendance.objects.filter(credited_at__isnull=False)
    assert not credited.exclude(decision="accepted").exists()
    # (A correction after a dispute is a credit of its own, with no claim.)
    from_needs = ServiceRecord.objects.filter(kind="credit", source="need", claim__isnull=False)
    assert from_needs.count() == credited.count()
    # Every row is on the chain of the community it counts for (its need's, else its report's;
    # a reversal the reversed row's): the figures find a community's rows by their chain.
    from jinlin.service.services import ledger_report_communities

    reported = ledger_report_communities()
    rows = {
        pk: (chain, community or reported.get(pk), reverses)
        for pk, chain, community, reverses in ServiceRecord.objects.values_list(
            "pk", "chain", "need__community_id", "reverses_id"
        )
    }
    wrong = [
        pk for pk, (chain, community, reverses) in rows.items()
        if chain != ((rows[reverses][1] if reverses else community) or 0)
    ]  # fmt: skip
    assert len(rows) > 1000 and wrong == []
    # No member is confirmed twice at the same time.
    spans: dict[int, list[tuple]] = {}
    for member_id, start, end in Claim.objects.filter(status="confirmed").values_list(
        "member_id", "need__starts_at", "need__ends_at"
    ):
        for s, e in spans.get(member_id, []):
            assert end <= s or start >= e, member_id
        spans.setdefault(member_id, []).append((start, end))


def test_the_member_account_has_a_story(demo):
    from django.utils import timezone

    from jinlin.needs.models import Claim
    from jinlin.service.models import ServiceRecord

    member = Member.objects.get(user__username="member")
    assert ServiceRecord.objects.filter(member=member).count() >= 3
    now_claim = Claim.objects.get(
        member=member, need__starts_at__lte=timezone.now(), need__ends_at__gt=timezone.now()
    )
    assert now_claim.status == "confirmed"
    client = Client()
    client.post("/signin/", {"username": "member", "password": "demo"})
    assert now_claim.need.title in client.get("/").content.decode()


def test_care_structures_in_the_demo(demo):
    from jinlin.care.models import Entrance, Pairing, ServicePoint, Team, Zone

    assert Team.objects.filter(kind="qinlin").count() >= 100
    assert set(Team.objects.values_list("kind", flat=True)) >= {
        "qinlin",
        "xianglin",
        "volunteer",
        "quandao",
    }
    assert Entrance.objects.filter(captain__isnull=False).exists()
    assert ServicePoint.objects.filter(kind="leifeng").count() == 18
    assert Zone.objects.exists()
    member = Member.objects.get(user__username="member")
    mine = list(Pairing.objects.filter(member=member))
    assert mine and any(p.is_overdue() for p in mine)
    overdue = [p for p in Pairing.objects.all() if p.is_overdue()]
    assert 0 < len(overdue) < Pairing.objects.count() / 2


def test_standing_service_in_every_state(demo):
    from jinlin.care.models import Grid, GridPlacement
    from jinlin.posts.models import Application
    from jinlin.reports.models import Evaluation
    from jinlin.residents.models import Rating, ResidentRequest, Wish
    from jinlin.service.models import ServiceRecord, ServiceReport
    from jinlin.service.services import ledger_verify

    resident = Member.objects.get(user__username="resident")
    community = RoleAssignment.objects.get(user__username="community").organization
    assert not resident.is_party_member and resident.community == community
    assert set(ResidentRequest.objects.values_list("status", flat=True)) == {
        "submitted",
        "accepted",
        "merged",
        "declined",
    }
    mine = ResidentRequest.objects.filter(requester_user=resident.user)
    assert {"submitted", "accepted", "declined"} <= set(mine.values_list("status", flat=True))
    assert Rating.objects.filter(need__community=community).count() >= 5
    assert set(Wish.objects.values_list("status", flat=True)) == {
        "open",
        "claimed",
        "fulfilled",
        "confirmed",
    }
    assert Wish.objects.filter(claimed_by__user__username="member", status="claimed").exists()
    assert set(Application.objects.values_list("status", flat=True)) >= {
        "pending",
        "approved",
        "declined",
        "leaving",
    }
    assert Grid.objects.filter(community=community, parent__isnull=False).count() == 8
    assert GridPlacement.objects.filter(grid__community=community).count() > 150
    assert set(ServiceReport.objects.values_list("status", flat=True)) == {
        "pending",
        "approved",
        "rejected",
    }
    approved = ServiceReport.objects.filter(status="approved")
    assert ServiceRecord.objects.filter(source="report").count() == approved.count()
    assert Evaluation.objects.filter(unit__isnull=False).exists()
    assert set(Evaluation.objects.values_list("grade", flat=True)) == {
        "excellent",
        "good",
        "fair",
        "poor",
    }
    assert ledger_verify()[2] == ""


def test_the_ledger_reads_in_chinese_with_units(demo):
    """服务内容 is written once into an append-only ledger: in Chinese, outcomes with their
    units (清理垃圾杂物 2 车), never the code's keys (truckloads 1)."""
    import re

    from jinlin.needs.models import METRICS
    from jinlin.service.models import ServiceRecord

    keys = re.compile(rf"\b({'|'.join(METRICS)})\b")
    rows = list(ServiceRecord.objects.filter(source="need").values_list("content", "evaluation"))
    assert rows
    # Every row names who recorded it (记录人) and who led the activity.
    assert not ServiceRecord.objects.filter(recorder="").exists()
    assert not ServiceRecord.objects.filter(lead="").exists()
    assert [c for c, _e in rows if keys.search(c)] == []
    assert [e for _c, e in rows if re.search(r"[A-Za-z]{3,}", e)] == []
    # Outcomes are the activity's (recorded once for it, not in each member's row); a member's
    # own share, where an API client sends one, is written with its unit.
    from jinlin.needs.models import Need
    from jinlin.service.services import record_content

    need = next(n for n in Need.objects.iterator() if "truckloads" in n.metrics)
    assert record_content(need, {"truckloads": 2}) == f"{need.category_label}；清理垃圾杂物 2 车"


def test_loading_again_renews_the_need_happening_now(demo, capsys):
    """`./dev demo` a day later: the member's live need of the first load has ended; the
    second load starts a new one, so the scan flow works without --reset."""
    import datetime as dt

    from django.utils import timezone

    from jinlin.core import sms
    from jinlin.demo.history import LIVE_SCENE_TITLE
    from jinlin.needs.models import Need

    def live() -> list[Need]:
        now = timezone.now()
        return list(
            Need.objects.filter(
                title=LIVE_SCENE_TITLE,
                starts_at__lte=now,
                ends_at__gt=now,
                claims__member__user__username="member",
            )
        )

    assert len(live()) == 1
    call_command("load_demo")  # still under way: nothing changes
    assert len(live()) == 1
    day = dt.timedelta(days=1)
    for need in Need.objects.filter(title=LIVE_SCENE_TITLE):
        Need.objects.filter(pk=need.pk).update(
            starts_at=need.starts_at - day, ends_at=need.ends_at - day
        )
    assert live() == []
    sent_before = len(sms.outbox)
    call_command("load_demo")
    assert len(live()) == 1
    assert "a new one starts now" in capsys.readouterr().out
    assert len(sms.outbox) == sent_before


def test_the_demo_texts_nobody(demo):
    """Loading the demo texts none of its made-up phones and logs no text (a log line would
    land inside the progress bar); the messages are made and kept in the outbox."""
    assert LOAD["sms_log_lines"] == 0
    assert LOAD["kept"] > 0


def test_the_briefing_and_the_ledger_of_the_demo_equal_their_queries(demo):
    """On the demo's own data: every figure of a street's 工作简报 (.docx and PDF) is the count
    of the list it links to, and the 台账's totals are the same figures."""
    import io
    import re

    import pypdf
    from django.utils.translation import override
    from openpyxl import load_workbook

    from jinlin.cloudmap import figures as fig
    from jinlin.cloudmap.indicators import Period
    from jinlin.core.templatetags.jinlin import hours as number_text
    from jinlin.reports.briefing import briefing_docx, briefing_pdf, briefing_write
    from jinlin.reports.ledger import ledger_book
    from jinlin.reports.models import Export
    from tests.test_briefing import assert_figures_equal_their_lists

    street = Organization.objects.get(name="集美街道")
    period = Period.last_weeks(4)
    with override("zh-hans"):
        export = Export(kind="briefing", organization=street, start=period.start,
                        end=period.end, content=briefing_write(street, period))  # fmt: skip
        word = briefing_docx(export, "http://x")
        pdf = briefing_pdf(export, "http://x")
        book = load_workbook(io.BytesIO(ledger_book(street, period)))
    assert assert_figures_equal_their_lists(word, street, period) >= 20
    every = fig.all_figures()
    hours = fig.value_of(every["hours"], street, period)
    assert hours > 0
    text = re.sub(r"\s+", "", "".join(p.extract_text() for p in pypdf.PdfReader(
        io.BytesIO(pdf)).pages))  # fmt: skip
    assert f"累计服务时长{number_text(hours)}小时" in text
    credits = fig.value_of(every["credits"], street, period)
    assert f"参与服务{credits}人次" in text
    rows = [r for r in book.worksheets[2].iter_rows(min_row=3, values_only=True)]
    assert str(rows[-1][0]).startswith("合计") and number_text(rows[-1][7]) == number_text(hours)


def test_each_figure_reads_one_definition_on_every_page(demo):
    """On the demo district: the home page, the registration figures, the figures page and its
    lists, the campaign page and the briefing's typical practices give the same numbers, each
    read from its one definition (cloudmap.figures)."""
    import re

    from django.contrib.auth import get_user_model
    from django.utils.translation import override

    from jinlin.campaigns.models import Campaign
    from jinlin.campaigns.services import progress
    from jinlin.cloudmap import figures as fig
    from jinlin.cloudmap.indicators import Period
    from jinlin.reports.briefing import briefing_write
    from jinlin.service.models import ServiceRecord

    district = Organization.objects.get(kind="district")
    period = Period.last_weeks(4)
    values = {f.key: v for f, v in fig.overview(district, period)}
    client = Client()
    client.force_login(get_user_model().objects.get(username="district"))
    home = client.get("/", HTTP_ACCEPT_LANGUAGE="zh-hans").content.decode()
    people = ("members_registered", "other_party_registered", "volunteers_registered",
              "units_registered")  # fmt: skip
    for key in people:
        shown = re.search(rf'id="home-{key}"[^>]*><div class="value">(\d+)<', home)
        assert shown and int(shown.group(1)) == values[key], key
    assert values["members_registered"] > 0 and values["volunteers_registered"] > 0
    stats = client.get("/registrations/figures/").content.decode()
    numbers = [int(n) for n in re.findall(r'<div class="stat"><div class="value">(\d+)<', stats)]
    assert numbers[:4] == [values[k] for k in people]
    page = client.get(f"/cloudmap/o/{district.pk}/").content.decode()
    shown = dict(re.findall(r'id="figure-([a-z_]+)" href="[^"]+"><div class="value">([^<]+)', page))
    for key in ("members_registered", "activities", "credits", "members_served",
                "volunteers_served", "outcome_truckloads"):  # fmt: skip
        assert shown[key] == str(values[key]), key
        listing = client.get(f"/cloudmap/o/{district.pk}/f/{key}/").content.decode()
        assert re.search(r'id="figure-value"><div class="value">([^<]+)', listing).group(1) == (
            shown[key]
        ), key

    # The street's campaign counts its needs' credited work as the figures count it.
    campaign = Campaign.objects.get(name="文明创建百日攻坚")
    found = {p.key: p.value for p in progress(campaign)}
    span = Period(campaign.start, min(campaign.end, timezone_today()))
    ids = set(campaign.needs.values_list("pk", flat=True))
    every = fig.all_figures()
    org = campaign.organization
    assert found["activities"] == sum(
        1 for n in every["activities"].rows(org, span) if n.pk in ids
    )
    assert found["credits"] == sum(1 for r in every["credits"].rows(org, span) if r.need_id in ids)
    truckloads = sum(
        r.count for r in every["outcome_truckloads"].rows(org, span) if r.need_id in ids
    )
    assert found.get("outcome_truckloads", 0) == truckloads > 0

    # 典型做法: the people said to have served are the credits standing for that activity.
    street = Organization.objects.get(name="集美街道")
    with override("zh-hans"):
        written = briefing_write(street, period)
    typical = [b for b in written["blocks"] if any("l" in r for r in b["runs"])]
    assert typical
    for block in typical[:3]:
        link = next(r["l"] for r in block["runs"] if "l" in r)
        if "/needs/" not in link:
            continue
        need_id = int(link.rstrip("/").split("/")[-1])
        text = "".join(r.get("t", "") for r in block["runs"])
        said = re.search(r"(\d+)名党员(?:、(\d+)名群众志愿者)?参与服务", text)
        party, volunteers = int(said.group(1)), int(said.group(2) or 0)
        standing = fig.standing_credits(ServiceRecord.objects.filter(need_id=need_id))
        assert party == standing.filter(member__is_party_member=True).count()
        assert volunteers == standing.filter(member__is_party_member=False).count()


def timezone_today():
    from django.utils import timezone

    return timezone.localdate()


def test_the_trend_by_week_equals_the_indicators_week_by_week(demo):
    """The overview's and a community card's trend (``weekly_totals``: ten queries) give what
    the indicators give asked week by week, for every indicator, on the demo's months of work:
    the whole district and one community."""
    from jinlin.cloudmap import indicators as ind

    communities = list(Organization.objects.filter(kind="community"))
    weeks = ind.weeks_ending(timezone.localdate(), 16)
    busiest = max(communities, key=lambda c: c.needs.count())
    for chosen in (communities, [busiest]):
        fast = ind.weekly_totals(chosen, weeks)
        slow = [ind.total(ind.community_indicators(chosen, w).values()) for w in weeks]
        assert [w.as_dict() for w in fast] == [w.as_dict() for w in slow]
        # A trend of one indicator counts only what it is made of, and the same values.
        for key in ind.CHOICES:
            one = ind.weekly_totals(chosen, weeks, only=[key])
            assert [w.value(key) for w in one] == [w.as_dict()[key] for w in fast], key
    assert len({w.places for w in fast}) > 1  # weeks differ: the comparison means something


def test_a_drill_down_counts_each_child_as_its_own_list_does_in_one_query_a_figure(
    demo, django_assert_max_num_queries
):
    """The overview's table of children (``by_child``: the parent's rows grouped by the
    organization they name) equals each child's own figure, for every figure whose rows name
    their organization and the ledger's two, on the district and every street of the demo."""
    from jinlin.cloudmap import figures as fig
    from jinlin.cloudmap.indicators import Period

    every = fig.all_figures()
    named = [f for f in every.values() if f.lookup] + [every["credits"], every["hours"]]
    assert {"members_registered", "activities", "round_problems"} <= {f.key for f in named}
    period = Period.last_weeks(8)
    nonzero = 0
    for parent in Organization.objects.filter(kind__in=["district", "street"]):
        children = list(Organization.objects.filter(parent=parent, kind__in=["street",
                                                                            "community"]))
        with django_assert_max_num_queries(len(named)):
            fast = fig.by_child(named, parent, children, period)
        slow = {(f.key, c.pk): fig.value_of(f, c, period) for f in named for c in children}
        assert fast == slow, parent.name
        nonzero += sum(1 for value in slow.values() if value)
    assert nonzero > 100  # the demo's children have work to count


def test_the_figures_page_reads_the_registered_once_for_its_figures_and_its_children(demo):
    """The figures page (``kept.page_parts``) reads the registered people of each group per
    community once (``registered_by_community``): its figures equal the overview's read on
    their own, and its children's equal each child's own figure."""
    from jinlin.cloudmap import figures as fig
    from jinlin.cloudmap import kept
    from jinlin.cloudmap.indicators import Period

    period = Period.last_weeks(8)
    every = fig.all_figures()
    groups = ["members_registered", "other_party_registered", "volunteers_registered"]
    for parent in Organization.objects.filter(kind__in=["district", "street"]):
        children = list(Organization.objects.filter(parent=parent, kind__in=["street",
                                                                            "community"]))
        parts = kept.page_parts(parent, period)
        alone = {f.key: value for f, value in fig.overview(parent, period)}
        assert dict(parts["values"]) == alone, parent.name
        assert alone["members_registered"] > 0
        registered = fig.registered_by_community(parent, period)
        drilled = fig.by_child([every[k] for k in groups], parent, children, period,
                               known=registered)  # fmt: skip
        slow = {(k, c.pk): fig.value_of(every[k], c, period) for k in groups for c in children}
        assert drilled == slow, parent.name
        assert {k: v for k, v in parts["drilled"].items() if k[0] == "members_registered"} == {
            k: v for k, v in slow.items() if k[0] == "members_registered"
        }


def test_every_figure_of_the_overview_is_what_its_own_list_counts(demo):
    """The overview reads some figures together (the ledger's day sums, people of each group
    in one pass, outcomes); each must equal the count of the rows its list shows."""
    from jinlin.cloudmap import figures as fig
    from jinlin.cloudmap.indicators import Period

    period = Period.last_weeks(8)
    every = fig.all_figures()
    street = Organization.objects.filter(kind="street").order_by("path").first()
    for org in (Organization.objects.get(kind="district"), street):
        shown = dict((f.key, value) for f, value in fig.overview(org, period))
        assert {"members_registered", "volunteers_registered", "credits"} <= set(shown)
        for key, value in shown.items():
            assert value == fig.value_of(every[key], org, period), (org.name, key)


def test_a_figure_s_list_is_counted_once_and_pages_through_all_its_rows(demo):
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = Client()
    client.force_login(get_user_model().objects.get(username="district"))
    district = Organization.objects.get(kind="district")
    path = f"/cloudmap/o/{district.pk}/f/members_registered/"
    with CaptureQueriesContext(connection) as seen:
        first = client.get(path)
    counts = [q["sql"] for q in seen.captured_queries
              if "COUNT(" in q["sql"] and "members_registration" in q["sql"]]  # fmt: skip
    # One count: the rows counted per community for paging, summed, are the figure's count.
    assert len(counts) == 1, counts
    value, pages = first.context["value"], first.context["page"].paginator
    assert value > 50 and pages.count == value and pages.num_pages == -(-value // 50)
    last = client.get(path, {"page": pages.num_pages})
    assert len(last.context["table"]) == value - 50 * (pages.num_pages - 1)


def test_a_member_rule_page_shows_what_every_rating_gives(demo):
    """The page's counts and leaderboards, made from plain rows (``ratings.rating_page``),
    equal those of every member rated one by one (``ratings.ratings``), on the district and
    every street, by street and by kind, with boards cut at 10 and at 3."""
    from jinlin.reports import ratings
    from jinlin.reports.models import RatingRule

    rules = list(RatingRule.objects.filter(subject="member").select_related("organization"))
    assert rules, "the demo has member rules"

    def shown(boards):
        return [(group, [(r.name, r.value, r.stars, r.group, r.kind, list(r.reasons), r.to_next)
                         for r in rows]) for group, rows in boards]  # fmt: skip

    for rule in rules:
        places = [rule.organization, *Organization.objects.filter(
            kind="street", path__startswith=rule.organization.path)]  # fmt: skip
        for within in places:
            found = ratings.ratings(rule, within)
            for by in ("street", "kind"):
                for top in (10, 3):
                    counts, rated, boards = ratings.rating_page(rule, within, by, top)
                    assert counts == ratings.star_counts(found)
                    assert rated == len(found)
                    assert shown(boards) == shown(ratings.leaderboards(found, by, top))
        assert sum(ratings.star_counts(ratings.ratings(rule))) > 0


def test_lists_paged_by_organization_show_the_rows_the_sorted_list_shows(demo):
    """Every figure whose list is ordered by its organization's path: each page read through
    ``PagedByOrganization`` holds the rows of the same page of the fully sorted list (first,
    second, middle, last, an uneven size), on the district and a street."""
    from jinlin.cloudmap import figures as fig
    from jinlin.cloudmap.indicators import Period

    period = Period.last_weeks(52)
    street = Organization.objects.filter(kind="street").order_by("path").first()
    checked = 0
    for org in (Organization.objects.get(kind="district"), street):
        for figure in fig.all_figures().values():
            rows = figure.rows(org, period)
            if not fig.PagedByOrganization.fits(rows, figure.lookup):
                continue
            every = list(rows.values_list("pk", flat=True))
            paged = fig.PagedByOrganization(rows, figure.lookup)
            assert paged.count() == len(every), (org.name, figure.key)
            for start, size in ((0, 50), (50, 50), (len(every) // 2, 50),
                                (max(len(every) - 7, 0), 50), (3, 17)):  # fmt: skip
                got = [r.pk for r in paged[start : start + size]]
                assert got == every[start : start + size], (org.name, figure.key, start)
            checked += 1
    assert checked >= 6  # the registered people of each group, units, teams …


def test_the_breakdown_and_people_who_served_are_what_each_credit_row_adds_up_to(demo):
    """``credit_groups`` adds the period's credits up per branch and category in the
    database; the breakdown by category and by unit kind, the people who served and the
    branches that served must equal a count made here from every credit row of the figure's
    list, person by person."""
    import datetime as dt
    from decimal import Decimal

    from jinlin.cloudmap import figures as fig
    from jinlin.cloudmap.indicators import Period

    period = Period(dt.date(2025, 12, 1), timezone.localdate())
    street = Organization.objects.filter(kind="street").order_by("path").first()
    credits = fig.all_figures()["credits"]
    for org in (Organization.objects.get(kind="district"), street):
        rows = list(credits.rows(org, period).select_related("member", "need"))
        served = [r for r in rows if r.need_id is not None]
        # The cases a sum per branch and category could get wrong are there to be counted.
        categories: dict[int, set[str]] = {}
        for r in served:
            categories.setdefault(r.member_id, set()).add(r.need.category)
        assert any(len(c) > 1 for c in categories.values()), "a member of two categories"
        assert any(r.member.branch_id is None for r in rows), "a member without a branch"
        assert {r.member.is_party_member for r in rows} == {True, False}

        values = {f.key: v for f, v in fig.overview(org, period)}
        party = {r.member_id for r in rows if r.member.is_party_member}
        assert values["members_served"] == len(party) > 0, org.name
        assert values["volunteers_served"] == len({r.member_id for r in rows} - party)
        assert values["branches_served"] == len(
            {r.member.branch_id for r in rows if r.member.branch_id}
        )

        split = fig.breakdown(org, period)
        expected: dict[str, tuple[int, int, Decimal]] = {}
        for category in {r.need.category for r in served}:
            mine = [r for r in served if r.need.category == category]
            expected[category] = (len(mine), len({r.member_id for r in mine}),
                                  sum((r.hours for r in mine), Decimal(0)))  # fmt: skip
        assert {
            r["category"]: (r["credits"], r["people"], r["hours"]) for r in split.by_category
        } == expected, org.name
        kinds = fig._unit_kind_of_branches({r.member.branch_id for r in served})
        nobody = "Volunteers and members without a branch"
        by_kind: dict[str, list[Any]] = {}
        for r in served:
            label = kinds.get(r.member.branch_id) if r.member.branch_id else None
            by_kind.setdefault(str(label or fig._(nobody)), []).append(r)
        assert {
            e["label"]: (e["credits"], e["people"], dict(zip(
                [k for k, _l in split.categories], e["row"], strict=True)))
            for e in split.by_unit_kind
        } == {
            label: (len(mine), len({r.member_id for r in mine}),
                    {k: sum(1 for r in mine if r.need.category == k) for k, _l in
                     split.categories})
            for label, mine in by_kind.items()
        }, org.name  # fmt: skip
        assert len(split.by_unit_kind) > 1
