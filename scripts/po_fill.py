"""Fill zh_Hans msgstrs from Python dicts (a maintenance helper; not run by the app).

usage: python scripts/po_fill.py FILE.py [FILE.py ...]   each defines T = {msgid: msgstr}
and optionally P = {msgid: msgstr} for plural entries (Chinese has one plural form).
A key may be a pair (context, msgid) for a msgid that carries a context (pgettext); the
senses of ambiguous words are fixed by jinlin/locale/glossary.py, which this fills in too.
"""

import runpy
import sys

import polib

PO = "jinlin/locale/zh_Hans/LC_MESSAGES/django.po"


def main() -> None:
    table: dict[object, str] = {}
    plurals: dict[str, str] = {}
    glossary = runpy.run_path("jinlin/locale/glossary.py")
    for sense in glossary["SENSES"]:
        table[(sense.context, sense.msgid)] = sense.zh
    for path in sys.argv[1:]:
        data = runpy.run_path(path)
        table.update(data.get("T", {}))
        plurals.update(data.get("P", {}))
    po = polib.pofile(PO)
    for entry in po.obsolete_entries():  # makemessages keeps them as #~; nothing reads them
        po.remove(entry)
    missing = []
    for entry in po:
        if entry.msgid_plural:
            if entry.msgid in plurals:
                entry.msgstr_plural = {0: plurals[entry.msgid]}
        elif entry.msgctxt and (entry.msgctxt, entry.msgid) in table:
            entry.msgstr = table[(entry.msgctxt, entry.msgid)]
        elif not entry.msgctxt and entry.msgid in table:
            entry.msgstr = table[entry.msgid]
        known = (entry.msgctxt, entry.msgid) in table if entry.msgctxt else entry.msgid in table
        if "fuzzy" in entry.flags and (known or entry.msgid in plurals):
            entry.flags.remove("fuzzy")
        if (
            "fuzzy" in entry.flags
            or (entry.msgid_plural and not entry.msgstr_plural.get(0))
            or (not entry.msgid_plural and not entry.msgstr)
        ):
            missing.append((entry.msgctxt, entry.msgid) if entry.msgctxt else entry.msgid)
    po.metadata["Plural-Forms"] = "nplurals=1; plural=0;"
    po.metadata["Language"] = "zh_Hans"
    po.metadata["Content-Type"] = "text/plain; charset=UTF-8"
    po.save(PO)
    po.save_as_mofile(PO[:-3] + ".mo")
    for msgid in missing:
        print("untranslated:", repr(msgid))


if __name__ == "__main__":
    main()
