"""工作简报: written from the figures (each figure in the .docx and PDF is the figure's own value
and links to its list), made on the queue, edited in the browser with every edit checked, and
downloaded by whoever asked and the organization's admins only."""

from __future__ import annotations

import datetime as dt
import io
import json
import re

import docx
import pypdf
import pytest
from django.core.management import call_command
from django.utils.translation import override

from jinlin.cloudmap import figures as fig
from jinlin.cloudmap.indicators import Period
from jinlin.core.templatetags.jinlin import hours as number_text
from jinlin.reports.briefing import briefing_docx, briefing_pdf, briefing_write
from jinlin.reports.models import Export
from tests.conftest import client_for
from tests.test_cloudmap_indicators import district  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db

FIGURE_LINK = re.compile(r"/cloudmap/o/(\d+)/f/(\w+)/\?from=([\d-]+)&to=([\d-]+)$")


def docx_figures(content: bytes) -> list[tuple[str, str, str]]:
    """(figure key, text shown, address) of every figure link in a .docx."""
    found = []
    for paragraph in docx.Document(io.BytesIO(content)).paragraphs:
        for link in paragraph.hyperlinks:
            match = FIGURE_LINK.search(link.address or "")
            if match:
                found.append((match.group(2), link.text, link.address))
    return found


def assert_figures_equal_their_lists(content: bytes, org, period: Period) -> int:
    """Every figure the briefing shows is the count (or sum) of the rows its link lists."""
    every = fig.all_figures()
    seen = docx_figures(content)
    for key, text, address in seen:
        match = FIGURE_LINK.search(address)
        assert int(match.group(1)) == org.pk, address
        assert (match.group(3), match.group(4)) == (str(period.start), str(period.end))
        assert text == number_text(fig.value_of(every[key], org, period)), key
    return len(seen)


def _made(cast, user, org=None, period=None):
    from django.test import TestCase

    org = org or cast.street
    period = period or Period.last_weeks(4)
    client = client_for(user)
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(
            "/reports/exports/briefing/",
            {"organization": org.pk, "from": period.start, "to": period.end},
        )
    assert response.status_code == 302
    export = Export.objects.get(kind=Export.KIND_BRIEFING, requested_by=user)
    assert response["Location"] == f"/reports/exports/{export.pk}/"
    return client, export


def test_the_briefing_is_written_from_the_figures(district):  # noqa: F811
    cast = district
    period = Period.last_weeks(4)
    with override("zh-hans"):
        content = briefing_write(cast.district, period)
        export = Export(kind="briefing", organization=cast.district, start=period.start,
                        end=period.end, content=content)  # fmt: skip
        data = briefing_docx(export, "http://jinlin.example")
    assert content["title"] == "集美区“双报到”工作情况"
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)
    for heading in ("一、报到与组队情况", "二、下沉服务情况", "四、问题查找与整改情况"):
        assert heading in text
    assert "清理垃圾杂物2车" in text  # the outcome the fixture recorded, in the register
    assert assert_figures_equal_their_lists(data, cast.district, period) >= 12
    # The links are absolute, to the site's figure lists.
    assert all(a.startswith("http://jinlin.example/") for _k, _t, a in docx_figures(data))
    # A typical practice names the activity and links to it.
    assert "五、典型做法" in text


def test_the_pdf_carries_the_same_text_and_links(district):  # noqa: F811
    cast = district
    period = Period.last_weeks(4)
    with override("zh-hans"):
        export = Export(kind="briefing", organization=cast.street, start=period.start,
                        end=period.end, content=briefing_write(cast.street, period))  # fmt: skip
        pdf = briefing_pdf(export, "http://x")
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    text = re.sub(r"\s+", "", "".join(p.extract_text() for p in reader.pages))
    hours = number_text(fig.value_of(fig.all_figures()["hours"], cast.street, period))
    assert "集美街道“双报到”工作情况" in text and "“双报到”工作简报第1期" in text
    assert f"累计服务时长{hours}小时" in text
    links = [
        a["/A"]["/URI"]
        for page in reader.pages
        for a in (x.get_object() for x in page.get("/Annots") or [])
        if "/A" in a and "/URI" in a["/A"]
    ]
    assert any("/f/hours/" in uri for uri in links)


def test_made_on_the_queue_edited_and_downloaded(district):  # noqa: F811
    cast = district
    client, export = _made(cast, cast.street_admin)
    export.refresh_from_db()
    assert export.status == Export.Status.DONE and export.content["blocks"]
    page = client.get(f"/reports/exports/{export.pk}/")
    assert page.status_code == 200
    assert b'id="briefing-editor"' in page.content and b'data-figure="hours"' in page.content
    # Polling a finished briefing reloads the page into the editor.
    assert client.get(f"/reports/exports/{export.pk}/", HTTP_HX_REQUEST="true")[
        "HX-Refresh"] == "true"  # fmt: skip
    # An edit: a new lead, the hours figure kept, a paragraph dropped.
    blocks = [
        {"kind": "p", "runs": [{"t": "本月成效显著，累计服务"}, {"f": "hours"}, {"t": "小时。"}]},
        {"kind": "h", "runs": [{"t": "一、做法"}]},
        {"kind": "p", "runs": [{"t": "  "}]},
    ]
    response = client.post(
        f"/reports/exports/{export.pk}/",
        {"title": "集美街道11月简报", "blocks": json.dumps(blocks)},
    )
    assert response.status_code == 302
    export.refresh_from_db()
    assert export.content["title"] == "集美街道11月简报"
    assert len(export.content["blocks"]) == 2  # the empty paragraph is not kept
    assert export.edited_by == cast.street_admin
    word = client.get(f"/reports/exports/{export.pk}/briefing.docx")
    assert word.status_code == 200 and word["Content-Type"].endswith("document")
    paragraphs = [p.text for p in docx.Document(io.BytesIO(word.content)).paragraphs]
    hours = export.content["values"]["hours"]
    assert paragraphs[0] == "“双报到”工作简报"  # the masthead (版头)
    assert "集美街道11月简报" in paragraphs[3:6]
    assert f"本月成效显著，累计服务{hours}小时。" in paragraphs
    assert_figures_equal_their_lists(word.content, cast.street, Period(export.start, export.end))
    pdf = client.get(f"/reports/exports/{export.pk}/briefing.pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")


@pytest.mark.parametrize(
    ("blocks", "message"),
    [
        ([{"kind": "p", "runs": [{"f": "nonsense"}]}], "第1段"),
        (
            [
                {"kind": "p", "runs": [{"t": "a"}]},
                {"kind": "p", "runs": [{"l": "javascript:alert(1)", "t": "x"}]},
            ],
            "第2段",
        ),
        ([{"kind": "p", "runs": [{"l": "/\\evil.example/x", "t": "x"}]}], "第1段"),
        ([{"kind": "p", "runs": [{"l": "/\t/evil.example/x", "t": "x"}]}], "第1段"),
        ([{"kind": "table", "runs": []}], "第1段"),
        ([{"kind": "p", "runs": [{"t": "字" * 20001}]}], "最多"),
        ([{"kind": "p", "runs": [{"f": "hours", "v": "99999"}]}], "数字不能改动"),
        ("not a list", "刷新"),
    ],
)
def test_a_bad_edit_is_refused_whole_and_says_where(district, blocks, message):  # noqa: F811
    cast = district
    client, export = _made(cast, cast.street_admin)
    before = export.content
    response = client.post(
        f"/reports/exports/{export.pk}/",
        {"title": "新标题", "blocks": json.dumps(blocks)},
        HTTP_ACCEPT_LANGUAGE="zh-hans",
        follow=True,
    )
    assert message in response.content.decode()
    export.refresh_from_db()
    assert export.content == before and export.edited_at is None


def test_an_empty_title_is_refused(district):  # noqa: F811
    cast = district
    client, export = _made(cast, cast.street_admin)
    response = client.post(f"/reports/exports/{export.pk}/", {"title": " ", "blocks": "[]"},
                           follow=True)  # fmt: skip
    assert "请填写简报标题" in response.content.decode()
    export.refresh_from_db()
    assert export.content["title"].startswith("集美街道")


def test_refreshing_reads_the_figures_again_and_keeps_the_text(district):  # noqa: F811
    cast = district
    client, export = _made(cast, cast.street_admin)
    content = dict(export.content)
    Export.objects.filter(pk=export.pk).update(
        content={**content, "values": {**content["values"], "hours": "999"}}
    )
    client.post(f"/reports/exports/{export.pk}/", {"action": "refresh"})
    export.refresh_from_db()
    period = Period(export.start, export.end)
    assert export.content["values"]["hours"] == number_text(
        fig.value_of(fig.all_figures()["hours"], cast.street, period)
    )
    assert export.content["blocks"] == content["blocks"]


def test_only_the_asker_and_the_organizations_admins_open_it(district):  # noqa: F811
    cast = district
    _client, export = _made(cast, cast.street_admin)
    for user, code in (
        (cast.district_admin, 200),  # administers the street
        (cast.community2_admin, 404),  # below it, not its admin
        (cast.supervisor, 404),
        (cast.member_user, 404),
    ):
        for suffix in ("", "briefing.docx", "briefing.pdf"):
            got = client_for(user).get(f"/reports/exports/{export.pk}/{suffix}")
            assert got.status_code == code, (user, suffix)
    # … and nobody else may edit it.
    response = client_for(cast.community2_admin).post(
        f"/reports/exports/{export.pk}/", {"title": "x", "blocks": "[]"}
    )
    assert response.status_code == 404
    # A community admin cannot ask for the briefing of another community.
    response = client_for(cast.community_admin).post(
        "/reports/exports/briefing/", {"organization": cast.community2.pk}
    )
    assert response.status_code == 404


def test_the_command_writes_docx_and_pdf(district, tmp_path):  # noqa: F811
    cast = district
    for suffix in ("docx", "pdf"):
        out = tmp_path / f"b.{suffix}"
        call_command(
            "briefing", organization=str(cast.community.pk), start="2026-01-01",
            end="2026-12-31", output=str(out),
        )  # fmt: skip
        assert out.read_bytes()[:4] in (b"PK\x03\x04", b"%PDF")
    text = [p.text for p in docx.Document(tmp_path / "b.docx").paragraphs]
    assert text[0] == "“双报到”工作简报" and "岑东社区“双报到”工作情况" in text
    period = Period(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert (
        assert_figures_equal_their_lists((tmp_path / "b.docx").read_bytes(), cast.community, period)
        >= 10
    )


def test_a_campaign_of_the_period_is_reported_with_its_progress(district):  # noqa: F811
    """专项行动: the street's campaign, linked to its page, with each target's progress as the
    campaign page counts it."""
    from jinlin.campaigns import services as campaigns

    cast = district
    period = Period.last_weeks(4)
    campaign = campaigns.campaign_save(
        organization=cast.street, name="文明创建百日攻坚", kind="hundred_days",
        start=period.start, end=period.end + dt.timedelta(days=60),
        targets={"hours": "3", "outcome_truckloads": "4"}, by=cast.street_admin,
    )  # fmt: skip
    needs = campaigns.candidates(campaign, "needs")
    campaigns.campaign_link(campaign=campaign, part="needs", ids=[n.pk for n in needs],
                            by=cast.street_admin)  # fmt: skip
    with override("zh-hans"):
        export = Export(kind="briefing", organization=cast.street, start=period.start,
                        end=period.end, content=briefing_write(cast.street, period))  # fmt: skip
        word = briefing_docx(export, "http://x")
    document = docx.Document(io.BytesIO(word))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "专项行动" in text
    assert "目标完成50%：服务时长1.5/3小时、清理垃圾杂物2/4车。" in text
    links = [link.address for p in document.paragraphs for link in p.hyperlinks]
    assert f"http://x/campaigns/{campaign.pk}/" in links


def test_the_docx_is_laid_out_as_a_gbt_9704_briefing(district):  # noqa: F811
    """A4, margins 37/35/28/26 mm, 22 lines of 三号 仿宋, a red masthead with 期号, 编印单位 and
    date, the closing block with 报送 and 抄送, page numbers “— n —” on the outer side, and the
    organization as its author (not the library)."""
    from docx.shared import Pt

    cast = district
    client, export = _made(cast, cast.street_admin)
    response = client.post(
        f"/reports/exports/{export.pk}/",
        {"title": export.content["title"], "blocks": json.dumps(export.content["blocks"]),
         "masthead_issue": "第3期", "masthead_send_to": "区委组织部",
         "masthead_copy_to": "各社区党委", "masthead_issued_by": "中共集美街道工作委员会"},
    )  # fmt: skip
    assert response.status_code == 302
    word = client.get(f"/reports/exports/{export.pk}/briefing.docx").content
    document = docx.Document(io.BytesIO(word))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    margins = [section.top_margin, section.bottom_margin, section.left_margin,
               section.right_margin]  # fmt: skip
    assert [round(m.mm) for m in margins] == [37, 35, 28, 26]
    normal = document.styles["Normal"]
    assert normal.font.size == Pt(16)
    assert normal.element.rPr.rFonts.get(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia"
    ) == "仿宋"
    # 22 lines in the 225 mm type area.
    assert round(225 / (normal.paragraph_format.line_spacing.pt * 25.4 / 72)) == 22
    texts = [p.text for p in document.paragraphs]
    assert texts[:2] == ["“双报到”工作简报", "第3期"]
    assert texts[2].startswith("中共集美街道工作委员会\t")  # 编印单位, then the date
    masthead_run = document.paragraphs[0].runs[0]
    assert str(masthead_run.font.color.rgb) == "C00000"
    assert "报送：区委组织部" in texts and "抄送：各社区党委" in texts
    assert document.settings.odd_and_even_pages_header_footer
    for footer in (section.footer, section.even_page_footer):
        xml = footer.paragraphs[0]._p.xml
        assert 'w:instr="PAGE"' in xml and "— " in footer.paragraphs[0].text
    assert document.core_properties.author == "中共集美街道工作委员会"
    assert "python-docx" not in (document.core_properties.comments or "")
    used = {p.style.name for p in document.paragraphs}
    assert used <= {"Normal", "Heading 1"}  # not the library's Title, Subtitle (blue, italic)
    assert all(str(document.styles[n].font.color.rgb) == "000000" for n in used)
    assert not any(document.styles[n].font.italic for n in used)


def test_a_masthead_that_does_not_hold_is_refused_naming_the_field(district):  # noqa: F811
    cast = district
    client, export = _made(cast, cast.street_admin)
    before = export.content
    response = client.post(
        f"/reports/exports/{export.pk}/",
        {"title": "x", "blocks": "[]", "masthead_issue": " ", "masthead_send_to": "字" * 201},
        HTTP_ACCEPT_LANGUAGE="zh-hans", follow=True,
    )  # fmt: skip
    assert "期号：必填" in response.content.decode()
    export.refresh_from_db()
    assert export.content == before


@pytest.mark.browser
def test_the_briefing_prints_from_libreoffice_as_a_briefing(district):  # noqa: F811
    """Printed as a clerk's office prints it: A4 pages numbered “— n —”, the masthead on the
    first, every figure the value of its list."""
    from tests.papers import print_through_libreoffice

    cast = district
    period = Period.last_weeks(4)
    with override("zh-hans"):
        export = Export.objects.create(
            kind="briefing", organization=cast.street, start=period.start, end=period.end,
            content={**briefing_write(cast.street, period)},
        )  # fmt: skip
        word = briefing_docx(export, "http://x")
    pdf = pypdf.PdfReader(io.BytesIO(print_through_libreoffice(word, ".docx")))
    for number, page in enumerate(pdf.pages, start=1):
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert (round(width * 25.4 / 72), round(height * 25.4 / 72)) == (210, 297)
        assert f"— {number} —" in page.extract_text(), number
    first = re.sub(r"[\s“”]+", "", pdf.pages[0].extract_text())
    assert first.startswith("双报到工作简报第1期集美街道")
    assert assert_figures_equal_their_lists(word, cast.street, period) >= 10
