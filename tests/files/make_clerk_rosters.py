"""Make the clerks' rosters the roster tests read, the way a 组织部 clerk's files are: built
here, then opened and saved by LibreOffice (as .xlsx, .ods and old .xls), so the tests read
what LibreOffice writes (merged title rows, numbers for phones, its own XML).

    python tests/files/make_clerk_rosters.py
    (needs soffice: apt-get install libreoffice-calc-nogui)

The files are committed; the tests do not need LibreOffice.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent


def title_row_roster(path: Path) -> None:
    """党员 sheet: a merged title above the header, extra columns, phones typed as numbers,
    an ID ending in x, a branch code in full-width digits, trailing spaces, a blank row."""
    book = Workbook()
    sheet = book.active
    sheet.title = "党员"
    sheet.append(["集美区在职党员双报到花名册（2026年）"])
    sheet.merge_cells("A1:J1")
    sheet.append(
        ["序号", "姓名", "手机号", "身份证号", "性别", "所在支部编码", "居住社区编码",
         "是否党员", "入党时间", "工作单位"]
    )  # fmt: skip
    sheet.append([1, "王五 ", 13700137000, "11010519491231002x", "男", "U1-B1", "Ｃ１",
                  "是", "2001-07-01", "城管局"])  # fmt: skip
    sheet.append([])
    sheet.append([2, "赵六", 13600136000, None, "女", "", "C1", "否", "", "居民"])
    book.save(path)


def from_scratch_roster(path: Path) -> None:
    """One sheet, Sheet1, with the clerk's own headers and names instead of codes."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    sheet.append(
        ["序号", "姓名", "性别", "手机号码", "身份证号", "所在党支部", "工作单位", "居住社区"]
    )
    sheet.append([1, "王五", "男", 13700137000, "", "城管局党支部", "城管局", "岑东社区"])
    sheet.append([2, "赵六", "女", 13600136000, "", "城管局 党支部", "城管局", "岑东 社区"])
    sheet.append([3, "孙七", "男", 13500135000, "", "U1-B1", "城管局", "C1"])  # codes still work
    book.save(path)


def main() -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("soffice is not installed (apt-get install libreoffice-calc-nogui)")
    with tempfile.TemporaryDirectory() as work:
        work_dir = Path(work)
        made = {"clerk_title_row": title_row_roster, "clerk_from_scratch": from_scratch_roster}
        for stem, build in made.items():
            source = work_dir / f"{stem}-openpyxl.xlsx"
            build(source)
            for target, filter_name in (
                ("xlsx", "xlsx:Calc MS Excel 2007 XML"),
                ("ods", "ods"),
                ("xls", "xls:MS Excel 97"),
            ):
                subprocess.run(
                    [
                        soffice,
                        "--headless",
                        "--convert-to",
                        filter_name,
                        "--outdir",
                        work,
                        str(source),
                    ],
                    check=True,
                    capture_output=True,
                    timeout=120,
                )
                converted = work_dir / f"{stem}-openpyxl.{target}"
                shutil.copy(converted, HERE / f"{stem}.{target}")
                print("wrote", HERE / f"{stem}.{target}")


if __name__ == "__main__":
    main()
