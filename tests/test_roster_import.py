"""Roster import: every kind of bad row is reported with its row and column, and nothing is
imported while any error stands."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils.translation import activate, override

from jinlin.members.models import Member, Registration
from jinlin.organizations.models import Organization, Partnership
from jinlin.roster.services import roster_check, roster_import
from tests.roster_files import member_row, write_roster

VALID_ID = "11010519491231002X"


@pytest.fixture(autouse=True)
def _english():
    with override("en"):
        yield


def issues_of(path, by=None):
    return [(i.row, i.column, i.message) for i in roster_check(path=path, by=by).issues]


def only_issue(path, by=None):
    issues = roster_check(path=path, by=by).issues
    assert len(issues) == 1, [str(i) for i in issues]
    return issues[0]


def test_a_valid_roster_imports_everything(cast, tmp_path, monkeypatch):
    path = write_roster(
        tmp_path / "r.xlsx",
        orgs=[
            ["C9", "新村社区", "社区", "S1", "新村路 1 号", "", ""],
            ["U9", "集美区民政局", "机关", "D", "", "", "C9、C1"],
            ["U9-B1", "民政局党支部", "党支部", "U9", "", "", ""],
        ],
        members=[
            member_row("王五", "13700137000", branch="U9-B1", community="C9", id_number=VALID_ID),
            member_row("赵六", "13600136000", branch="", community="C9", party="否"),
            member_row("钱七", 13500135000, branch="U1-B1", community="C1"),
        ],
    )
    analyzed: list[tuple[type, ...]] = []
    monkeypatch.setattr("jinlin.roster.services.analyze", lambda *m: analyzed.append(m))
    result = roster_import(path=path)
    assert result.written and result.issues == []
    assert (result.organizations, result.partnerships, result.members) == (3, 2, 3)
    # PostgreSQL is asked for the statistics of the tables it filled (``jinlin.core.sql.analyze``)
    assert analyzed == [(Organization, Partnership, Member, Registration)]
    branch = Organization.objects.get(code="U9-B1")
    assert branch.path.startswith(Organization.objects.get(code="U9").path)
    assert Partnership.objects.filter(unit__code="U9").count() == 2
    wang = Member.objects.get(name="王五")
    assert (wang.branch.code, wang.community.code, wang.id_number) == ("U9-B1", "C9", VALID_ID)
    assert not Member.objects.get(name="赵六").is_party_member
    assert Member.objects.get(name="钱七").phone == "13500135000"


def test_parents_may_come_after_children_in_the_file(cast, tmp_path):
    path = write_roster(
        tmp_path / "r.xlsx",
        orgs=[
            ["U9-B1", "民政局党支部", "党支部", "U9", "", "", ""],
            ["U9", "集美区民政局", "机关", "D", "", "", ""],
        ],
    )
    assert roster_import(path=path).written


def test_missing_field(cast, tmp_path):
    path = write_roster(tmp_path / "r.xlsx", members=[member_row("", "13700137000")])
    issue = only_issue(path)
    assert (issue.row, issue.column, issue.field) == (2, "A", "姓名")


def test_bad_phone(cast, tmp_path):
    path = write_roster(tmp_path / "r.xlsx", members=[member_row("王五", "1370013700")])
    issue = only_issue(path)
    assert (issue.row, issue.column) == (2, "B")
    assert "11 digits" in issue.message


def test_bad_id_checksum(cast, tmp_path):
    path = write_roster(
        tmp_path / "r.xlsx",
        members=[member_row("王五", "13700137000", id_number="110105194912310021")],
    )
    issue = only_issue(path)
    assert (issue.row, issue.column) == (2, "C") and "check character" in issue.message


def test_id_number_typed_as_a_number(cast, tmp_path):
    path = write_roster(
        tmp_path / "r.xlsx",
        members=[member_row("王五", "13700137000", id_number=110105194912310021)],
    )
    assert "lost digits" in only_issue(path).message


def test_unknown_organization(cast, tmp_path):
    path = write_roster(
        tmp_path / "r.xlsx", members=[member_row("王五", "13700137000", branch="NOPE")]
    )
    issue = only_issue(path)
    assert (issue.row, issue.column) == (2, "E") and "NOPE" in issue.message
    path = write_roster(tmp_path / "o.xlsx", orgs=[["X1", "某社区", "社区", "NOPE", "", "", ""]])
    issue = only_issue(path)
    assert (issue.row, issue.column) == (2, "D")


def test_wrong_kind_of_organization(cast, tmp_path):
    path = write_roster(
        tmp_path / "r.xlsx", members=[member_row("王五", "13700137000", branch="C1")]
    )
    assert "not a party branch" in only_issue(path).message
    path = write_roster(tmp_path / "o.xlsx", orgs=[["X1", "某社区", "社区", "D", "", "", ""]])
    assert "cannot sit under" in only_issue(path).message


def test_duplicate_in_the_file(cast, tmp_path):
    path = write_roster(
        tmp_path / "r.xlsx",
        members=[member_row("王五", "13700137000"), member_row("赵六", "13700137000")],
    )
    issue = only_issue(path)
    assert (issue.row, issue.column) == (3, "B") and "row 2" in issue.message
    path = write_roster(
        tmp_path / "o.xlsx",
        orgs=[
            ["X1", "甲社区", "社区", "S1", "", "", ""],
            ["X1", "乙社区", "社区", "S1", "", "", ""],
        ],
    )
    issue = only_issue(path)
    assert (issue.row, issue.column) == (3, "A")


def test_duplicate_in_the_database(cast, tmp_path):
    path = write_roster(tmp_path / "r.xlsx", members=[member_row("王五", "13800138000")])
    issue = only_issue(path)
    assert (issue.row, issue.column) == (2, "B") and "already in your roster" in issue.message
    path = write_roster(tmp_path / "o.xlsx", orgs=[["C1", "岑东社区", "社区", "S1", "", "", ""]])
    assert "already exists" in only_issue(path).message


def test_unknown_type_and_yes_no(cast, tmp_path):
    path = write_roster(tmp_path / "o.xlsx", orgs=[["X1", "某单位", "星球", "D", "", "", ""]])
    issue = only_issue(path)
    assert issue.column == "C" and "星球" in issue.message
    row = member_row("王五", "13700137000")
    row[6] = "也许"
    issue = only_issue(write_roster(tmp_path / "m.xlsx", members=[row]))
    assert issue.column == "G"


def test_a_loop_of_parents(cast, tmp_path):
    path = write_roster(
        tmp_path / "o.xlsx",
        orgs=[
            ["B1", "甲支部", "党支部", "B2", "", "", ""],
            ["B2", "乙支部", "党支部", "B1", "", "", ""],
        ],
    )
    messages = [m for _r, _c, m in issues_of(path)]
    assert any("loop" in m for m in messages)


def test_wrong_header(cast, tmp_path):
    header = [
        "姓名",
        "移动电话号",
        "身份证号",
        "性别",
        "所在支部编码",
        "居住社区编码",
        "是否党员",
        "是否在职",
    ]
    path = write_roster(
        tmp_path / "r.xlsx", members=[member_row("王五", "13700137000")], member_header=header
    )
    issues = roster_check(path=path).issues
    unknown = next(i for i in issues if (i.row, i.column) == (1, "B"))
    assert unknown.level == "warning" and unknown.value == "移动电话号"  # skipped, said where
    missing = [i for i in issues if i.is_error]
    assert len(missing) == 1 and missing[0].field == "Phone"  # once, not on every row
    assert "手机号码" in missing[0].message  # with the headers it may go by


def test_missing_header(cast, tmp_path):
    path = write_roster(
        tmp_path / "r.xlsx", members=[member_row("王五", "13700137000")], member_header=[]
    )
    messages = [m for _r, _c, m in issues_of(path)]
    assert any("No column for “Name”" in m for m in messages)
    assert any("No column for “Phone”" in m for m in messages)


def test_merged_cells(cast, tmp_path):
    path = write_roster(
        tmp_path / "r.xlsx",
        members=[member_row("王五", "13700137000"), member_row("赵六", "13600136000")],
        merge="F2:F3",
    )
    issue = only_issue(path)
    assert (issue.row, issue.column) == (2, "F") and "F2:F3" in issue.message


def test_empty_file(cast, tmp_path):
    path = tmp_path / "r.xlsx"
    path.write_bytes(b"")
    assert "empty" in only_issue(path).message


def test_headers_without_rows(cast, tmp_path):
    path = write_roster(tmp_path / "r.xlsx", members=[])
    assert "no data rows" in only_issue(path).message


def test_huge_file(cast, tmp_path, settings):
    settings.ROSTER_MAX_BYTES = 1000
    path = write_roster(tmp_path / "r.xlsx", members=[member_row("王五", "13700137000")])
    assert "MB" in only_issue(path).message


def test_too_many_rows(cast, tmp_path, settings):
    settings.ROSTER_MAX_ROWS = 2
    path = write_roster(
        tmp_path / "r.xlsx",
        members=[
            member_row("甲", "13700137001"),
            member_row("乙", "13700137002"),
            member_row("丙", "13700137003"),
        ],
    )
    issue = only_issue(path)
    assert issue.row == 4 and "more than 2 rows" in issue.message


def test_non_excel_and_old_xls(cast, tmp_path):
    path = tmp_path / "r.xlsx"
    path.write_text("姓名,手机号\n王五,13700137000\n", encoding="utf-8")
    assert "not a spreadsheet" in only_issue(path).message
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)  # a broken .xls
    assert "could not be read" in only_issue(path).message
    import zipfile

    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    assert "could not be read" in only_issue(path).message


def test_no_roster_sheet(cast, tmp_path):
    from openpyxl import Workbook

    path = tmp_path / "r.xlsx"
    Workbook().save(path)
    assert "No roster sheet" in only_issue(path).message


def test_one_bad_row_among_many_imports_nothing(cast, tmp_path):
    rows = [member_row(f"队员{i}", f"137{i:08d}") for i in range(300)]
    rows[250][1] = "bad"
    path = write_roster(tmp_path / "r.xlsx", members=rows)
    before = Member.objects.count()
    result = roster_import(path=path)
    assert not result.written and [i.row for i in result.issues] == [252]
    assert Member.objects.count() == before


def test_scope_limits_what_an_admin_imports(cast, tmp_path):
    path = write_roster(
        tmp_path / "r.xlsx",
        orgs=[["X1", "新社区", "社区", "S2", "", "", ""]],
        members=[member_row("王五", "13700137000", branch="U2-B1", community="C3")],
    )
    issues = roster_check(path=path, by=cast.street_admin).issues
    assert {(i.sheet, i.column) for i in issues} == {("组织", "D"), ("党员", "E")}
    assert roster_check(path=path, by=cast.district_admin).issues == []


def test_the_template_round_trips(cast, tmp_path, as_user):
    from openpyxl import load_workbook

    response = as_user(cast.district_admin).get("/roster/template.xlsx")
    path = tmp_path / "t.xlsx"
    path.write_bytes(response.content)
    activate("en")  # the request switched this thread to the default language
    assert "no data rows" in only_issue(path).message
    workbook = load_workbook(path)
    workbook["组织"].append(["X1", "新社区", "社区", "S1"])
    workbook["党员"].append(["王五", "13700137000", "", "男", "", "X1", "否", "是"])
    workbook.save(path)
    assert roster_import(path=path).written
    assert Member.objects.get(name="王五").community.code == "X1"


def test_the_command_prints_each_problem_and_imports_nothing(cast, tmp_path, capsys):
    bad = write_roster(tmp_path / "bad.xlsx", members=[member_row("王五", "12")])
    with pytest.raises(CommandError, match="nothing was imported"):
        call_command("import_roster", str(bad))
    assert "[党员] row 2 column B" in capsys.readouterr().out
    good = write_roster(tmp_path / "good.xlsx", members=[member_row("王五", "13700137000")])
    call_command("import_roster", str(good), "--check")
    assert not Member.objects.filter(name="王五").exists()
    call_command("import_roster", str(good))
    out = capsys.readouterr()
    assert "imported 0 organizations, 0 partnerships, 1 members" in out.out
    assert "100.0%" in out.err  # the progress bar
    assert Member.objects.filter(name="王五").exists()


def test_a_small_file_that_unpacks_huge_is_refused_before_it_is_read(cast, tmp_path):
    """The audit's file: 400 KB holding a 116 MB shared-strings part took 46 s and 250 MB."""
    import zipfile

    path = write_roster(tmp_path / "r.xlsx", members=[member_row("王五", "13700137000")])
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "xl/sharedStrings.xml" or info.filename.endswith("styles.xml"):
                data = data + b"<!--" + b"A" * 120_000_000 + b"-->"
            out.writestr(info, data)
    assert bomb.stat().st_size < 1_000_000
    assert "unpacks to" in only_issue(bomb).message  # refused by the size guard, unread


def test_a_community_imports_its_residents_whose_branch_is_at_work(cast, tmp_path):
    """岑东社区's clerk: in-service members whose branch is in their work unit (outside the
    community's part of the tree), one whose branch is not known yet, and a volunteer. All are
    imported and registered with the community, confirmed by the import."""
    from jinlin.members.models import Registration

    path = write_roster(
        tmp_path / "r.xlsx",
        members=[
            member_row("王五", "13700137000", branch="U2-B1", community="C1"),
            member_row("赵六", "13600136000", branch="", community="C1"),
            member_row("钱七", "13500135000", branch="", community="C1", party="否"),
        ],
    )
    assert issues_of(path, by=cast.community_admin) == []
    result = roster_import(path=path, by=cast.community_admin)
    assert result.written and (result.members, result.registered) == (3, 3)
    zhao = Member.objects.get(name="赵六")
    assert zhao.is_party_member and zhao.branch is None and zhao.community == cast.community
    assert Member.objects.get(name="王五").branch.code == "U2-B1"
    registered = Registration.objects.filter(community=cast.community, status="confirmed")
    assert set(registered.values_list("member__name", flat=True)) >= {"王五", "赵六", "钱七"}
    assert registered.first().decided_by == cast.community_admin


def test_a_community_cannot_import_into_another_community(cast, tmp_path):
    path = write_roster(
        tmp_path / "r.xlsx", members=[member_row("王五", "13700137000", branch="", community="C2")]
    )
    ((row, column, message),) = issues_of(path, by=cast.community_admin)
    assert "C2 is outside your part of the tree" in message


def test_accounts_are_opened_for_the_listed_members_at_once(cast, tmp_path, as_user):
    import io

    from openpyxl import load_workbook

    path = write_roster(
        tmp_path / "r.xlsx",
        members=[
            member_row("王五", "13700137000", branch="", community="C1"),
            member_row("赵六", "13600136000", branch="", community="C1"),
        ],
    )
    roster_import(path=path, by=cast.community_admin)
    client = as_user(cast.community_admin)
    page = client.get("/members/?account=none").content.decode()
    assert 'id="accounts-issue"' in page
    response = client.post("/members/?account=none")
    assert response.status_code == 200
    book = load_workbook(io.BytesIO(response.content))
    rows = [r for r in book.worksheets[0].iter_rows(min_row=3, values_only=True) if r[0]]
    assert {r[0] for r in rows} == {"王五", "赵六"}
    wang = next(r for r in rows if r[0] == "王五")
    assert client.logout() is None
    from django.contrib.auth import authenticate

    assert authenticate(username=wang[2], password=wang[3]) is not None
    assert not Member.objects.filter(name__in=["王五", "赵六"], user__isnull=True).exists()
    # Asked again: nobody is left without one.
    client = as_user(cast.community_admin)
    assert client.post("/members/?account=none").status_code == 302


# What an import may reveal (#20 item 1) ----------------------------------------------------


def test_a_person_outside_the_clerks_reach_is_never_named_and_is_asked_to_join(cast, tmp_path):
    """岑东社区's clerk lists a phone and an ID number that belong to people of another
    community: the preview says nothing of them (no oracle), the import takes the rows without
    creating or changing anyone, and each person is told in their bell who listed them."""
    from jinlin.notifications.models import Notification

    cast.other_member.id_number = VALID_ID
    cast.other_member.save(update_fields=["id_number"])
    path = write_roster(
        tmp_path / "r.xlsx",
        members=[
            member_row("李四", "13900139000", branch="", community="C1"),
            member_row("某人", "13700137000", branch="", community="C1", id_number=VALID_ID),
            member_row("钱七", "13500135000", branch="", community="C1", party="否"),
        ],
    )
    assert issues_of(path, by=cast.community_admin) == []
    # The same file, with nobody elsewhere, reads the same: the answer does not depend on it.
    cast.other_member.phone, cast.other_member.id_number = "13900139001", None
    cast.other_member.save(update_fields=["phone", "id_number"])
    assert issues_of(path, by=cast.community_admin) == []
    cast.other_member.phone, cast.other_member.id_number = "13900139000", VALID_ID
    cast.other_member.save(update_fields=["phone", "id_number"])
    before = Member.objects.count()
    result = roster_import(path=path, by=cast.community_admin)
    assert result.written and result.members == 3
    assert Member.objects.count() == before + 1  # only 钱七 is new
    cast.other_member.refresh_from_db()
    assert (cast.other_member.name, cast.other_member.community) == ("李四", cast.community3)
    told = Notification.objects.filter(user=cast.other_member_user, kind="registration")
    assert told.count() == 2 and "岑东社区" in told.first().params["org"]


def test_a_person_in_the_clerks_own_roster_is_named_with_the_row(cast, tmp_path):
    path = write_roster(
        tmp_path / "r.xlsx", members=[member_row("张三", "13800138000", community="C1")]
    )
    issue = only_issue(path, by=cast.community_admin)
    assert (issue.row, issue.column) == (2, "B") and "already in your roster" in issue.message


def test_an_id_number_is_masked_to_its_last_four_characters(cast):
    from jinlin.core.personal import mask_id_number

    assert mask_id_number("350211199001017357") == "**************7357"
    cast.member.id_number = VALID_ID
    assert cast.member.masked_id_number == "*" * 14 + "002X"


def test_one_clerk_may_have_only_so_many_rows_checked_a_day(cast, tmp_path, settings):
    settings.ROSTER_ROWS_PER_DAY = 5
    rows = [member_row(f"人{n}", f"1370013700{n}", branch="", community="C1") for n in range(4)]
    path = write_roster(tmp_path / "r.xlsx", members=rows)
    assert issues_of(path, by=cast.community_admin) == []
    ((_, _, message),) = issues_of(path, by=cast.community_admin)
    assert "most one person may in a day" in message
    # Another clerk is not held by it.
    assert issues_of(path, by=cast.district_admin) == []
