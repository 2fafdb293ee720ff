"""Fill zh_Hans msgstrs from Python dicts (a maintenance helper; not run by the app).

usage: python scripts/po_fill.py FILE.py [FILE.py ...]   each defines T = {msgid: msgstr}
and optionally P = {msgid: msgstr} for plural entries (Chinese has one plural form).
"""

import runpy
import sys

import polib

PO = "jinlin/locale/zh_Hans/LC_MESSAGES/django.po"


def main() -> None:
    table: dict[str, str] = {}
    plurals: dict[str, str] = {}
    for path in sys.argv[1:]:
        data = runpy.run_path(path)
        table.update(data.get("T", {}))
        plurals.update(data.get("P", {}))
    po = polib.pofile(PO)
    missing = []
    for entry in po:
        if entry.msgid_plural:
            if entry.msgid in plurals:
                entry.msgstr_plural = {0: plurals[entry.msgid]}
        elif entry.msgid in table:
            entry.msgstr = table[entry.msgid]
        if "fuzzy" in entry.flags and (entry.msgid in table or entry.msgid in plurals):
            entry.flags.remove("fuzzy")
        if (
            "fuzzy" in entry.flags
            or (entry.msgid_plural and not entry.msgstr_plural.get(0))
            or (not entry.msgid_plural and not entry.msgstr)
        ):
            missing.append(entry.msgid)
    po.metadata["Plural-Forms"] = "nplurals=1; plural=0;"
    po.metadata["Language"] = "zh_Hans"
    po.metadata["Content-Type"] = "text/plain; charset=UTF-8"
    po.save(PO)
    po.save_as_mofile(PO[:-3] + ".mo")
    for msgid in missing:
        print("untranslated:", repr(msgid))


if __name__ == "__main__":
    main()
