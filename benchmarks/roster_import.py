"""How fast a 50,000-row roster is checked and imported, against reading the file raw.

    DEBUG=1 .venv/bin/python benchmarks/roster_import.py [--rows 50000]

Builds a fresh SQLite database (or uses DATABASE_URL) in a temporary data folder, writes a
roster with N members into a new street, then measures in the same run:
  baseline  python-calamine's raw read of every cell (the reader the import uses)
  openpyxl  openpyxl's read-only iteration over every cell (the reader before calamine)
  check     roster_check (read + validate every row against the rules and the database)
  import    roster_import (check again, then write everything in one transaction)
Last line: roster_import rows=… check_s=… import_s=… ratio=<import_s / baseline_s> rows_per_s=…
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=50_000)
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="jinlin-bench-"))
    os.environ.setdefault("JINLIN_DATA_DIR", str(workdir))
    os.environ.setdefault("DEBUG", "true")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    from django.core.management import call_command
    from openpyxl import Workbook, load_workbook
    from python_calamine import CalamineWorkbook

    from jinlin.core.personal import id_check_char
    from jinlin.core.progress import ProgressBar
    from jinlin.organizations.models import Organization
    from jinlin.roster.services import roster_check, roster_import

    call_command("migrate", verbosity=0)
    if not Organization.objects.exists():
        call_command("load_demo", members=200, verbosity=0)
    path = workdir / "roster.xlsx"
    workbook = Workbook(write_only=True)
    orgs = workbook.create_sheet("组织")
    orgs.append(["编码", "名称", "类型", "上级编码", "地址", "联系电话", "挂钩社区编码"])
    orgs.append(["BENCH", "基准街道", "街道", "350211", "", "", ""])
    for c in range(20):
        orgs.append([f"BENCH-C{c}", f"基准{c}社区", "社区", "BENCH", "", "", ""])
        orgs.append([f"BENCH-C{c}-B", f"基准{c}社区党支部", "党支部", f"BENCH-C{c}", "", "", ""])
    members = workbook.create_sheet("党员")
    members.append(
        [
            "姓名",
            "手机号",
            "身份证号",
            "性别",
            "所在支部编码",
            "居住社区编码",
            "是否党员",
            "是否在职",
        ]
    )
    for i in range(args.rows):
        c = i % 20
        born = dt.date(1960, 1, 1) + dt.timedelta(days=i // 1000)
        first17 = f"350206{born:%Y%m%d}{i % 1000:03d}"
        id_number = first17 + id_check_char(first17) if i % 3 == 0 else ""
        members.append(
            [
                f"队员{i}",
                f"166{i:08d}",
                id_number,
                "男女"[i % 2],
                f"BENCH-C{c}-B",
                f"BENCH-C{c}",
                "是",
                "是",
            ]
        )
    workbook.save(path)

    started = time.perf_counter()
    cells = 0
    with open(path, "rb") as handle:
        book = CalamineWorkbook.from_filelike(handle)
        for name in book.sheet_names:
            for row in book.get_sheet_by_name(name).to_python():
                cells += sum(1 for value in row if value not in ("", None))
    baseline = time.perf_counter() - started

    started = time.perf_counter()
    raw = load_workbook(path, read_only=True)
    for sheet in raw.worksheets:
        for row in sheet.iter_rows(values_only=True):
            sum(1 for value in row if value is not None)
    raw.close()
    openpyxl_s = time.perf_counter() - started

    started = time.perf_counter()
    plan = roster_check(path=path)
    check = time.perf_counter() - started
    assert plan.ok, [str(i) for i in plan.issues[:5]]

    bar = ProgressBar()
    started = time.perf_counter()
    result = roster_import(path=path, progress=bar)
    bar.close()
    imported = time.perf_counter() - started
    assert result.written and result.members == args.rows
    print(f"baseline (calamine raw read of {cells} cells): {baseline:.2f}s")
    print(f"openpyxl raw read of the same cells: {openpyxl_s:.2f}s ({openpyxl_s / baseline:.1f}x)")
    print(f"check: {check:.2f}s  import (check + write): {imported:.2f}s")
    print(
        f"roster_import rows={args.rows} check_s={check:.2f} import_s={imported:.2f} "
        f"ratio={imported / baseline:.2f} rows_per_s={args.rows / imported:.0f}"
    )


if __name__ == "__main__":
    main()
