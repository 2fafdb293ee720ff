"""The roster's own sheets of the workbook: 组织 (organizations) and 党员 (members), with the
header spellings clerks use for each column. Care adds 楼栋 and 住户 (jinlin/care/importing.py);
the reader (workbook.py) knows none of them."""

from __future__ import annotations

from django.utils.translation import gettext_lazy, pgettext_lazy

from jinlin.roster.workbook import Column, SheetSpec

ORG_SHEET = SheetSpec(
    key="organizations",
    names=("组织", "组织架构", "组织机构", "organizations", "organisations"),
    title=gettext_lazy("Organizations"),
    columns=(
        Column(
            "code",
            gettext_lazy("Code"),
            ("编码", "组织编码", "代码", "组织代码", "code"),
            True,
            gettext_lazy("Unique; used to link rows."),
        ),
        Column(
            "name",
            pgettext_lazy("of a thing", "Name"),
            ("名称", "组织名称", "单位名称", "党组织名称", "name"),
            True,
        ),
        Column(
            "type",
            gettext_lazy("Type"),
            ("类型", "组织类型", "类别", "type"),
            True,
            gettext_lazy(
                "区, 街道, 镇, 社区, 村, 机关, 事业单位, 企业, 学校, 社会组织, 物业, "
                "业委会, 党支部, 党总支, 党委"
            ),
        ),
        Column(
            "parent",
            gettext_lazy("Parent (code or name)"),
            ("上级编码", "上级组织编码", "上级组织", "上级", "parent code", "parent"),
            False,
            gettext_lazy("Empty only for the district."),
        ),
        Column("address", gettext_lazy("Address"), ("地址", "办公地址", "address")),
        Column(
            "phone",
            gettext_lazy("Contact phone"),
            ("联系电话", "电话", "contact phone", "phone"),
        ),
        Column(
            "partners",
            gettext_lazy("Partner communities (codes or names)"),
            (
                "挂钩社区编码",
                "共建社区编码",
                "挂钩社区",
                "共建社区",
                "partner community codes",
                "partners",
            ),
            False,
            gettext_lazy("Units only; several separated by 、 or ;"),
        ),
    ),
    examples=(
        ("350211", "集美区", "区", "", "", "", ""),
        ("350211001", "集美街道", "街道", "350211", "", "", ""),
        ("350211001001", "岑东社区", "社区", "350211001", "岑东路 1 号", "0592-6000000", ""),
        ("U0001", "集美区城市管理局", "机关", "350211", "", "", "350211001001"),
        ("U0001-B1", "集美区城市管理局第一党支部", "党支部", "U0001", "", "", ""),
    ),
)

MEMBER_SHEET = SheetSpec(
    key="members",
    names=("党员", "成员", "党员名册", "花名册", "名册", "members", "roster"),
    title=gettext_lazy("Members"),
    columns=(
        Column(
            "name", pgettext_lazy("of a person", "Name"), ("姓名", "党员姓名", "名字", "name"), True
        ),
        Column(
            "phone",
            gettext_lazy("Phone"),
            (
                "手机号",
                "手机号码",
                "手机",
                "联系手机",
                "移动电话",
                "联系电话",
                "电话",
                "电话号码",
                "联系方式",
                "phone",
                "mobile",
            ),
            True,
        ),
        Column(
            "id_number",
            gettext_lazy("ID number"),
            ("身份证号", "身份证号码", "身份证", "公民身份号码", "id number", "id_number"),
            False,
            gettext_lazy("Optional; keep the cell as text."),
        ),
        Column(
            "gender", gettext_lazy("Gender"), ("性别", "gender"), False, gettext_lazy("男 or 女")
        ),
        Column(
            "branch",
            gettext_lazy("Party branch (code or name)"),
            (
                "所在支部编码",
                "支部编码",
                "所在党支部",
                "所在支部",
                "党支部",
                "支部",
                "所属支部",
                "支部名称",
                "所在支部名称",
                "党支部名称",
                "所在党组织",
                "党组织",
                "branch code",
                "branch",
            ),
            False,
            gettext_lazy("Required for party members."),
        ),
        Column(
            "community",
            gettext_lazy("Residential community (code or name)"),
            (
                "居住社区编码",
                "社区编码",
                "居住社区",
                "现居住社区",
                "居住地社区",
                "现住社区",
                "现居社区",
                "居住社区名称",
                "所在社区",
                "社区",
                "residential community code",
                "community",
            ),
            False,
        ),
        Column(
            "party",
            gettext_lazy("Party member"),
            ("是否党员", "党员", "政治面貌", "party member", "party"),
            False,
            gettext_lazy("是 or 否; empty means 是"),
        ),
        Column(
            "in_service",
            gettext_lazy("In service"),
            ("是否在职", "在职", "在职情况", "in service", "in_service"),
            False,
            gettext_lazy("是 or 否; empty means 是"),
        ),
    ),
    examples=(
        ("张三", "13800138000", "350211199001011234", "男", "U0001-B1", "350211001001", "是", "是"),
        ("李四", "13900139000", "", "女", "", "岑东社区", "否", "否"),
        ("王五", "13700137000", "", "男", "集美区城市管理局第一党支部", "岑东社区", "是", "是"),
    ),
)
