"""Chinese first, English complete: every message has a Chinese translation, compiled."""

import re
from pathlib import Path

import polib

PO = Path(__file__).resolve().parent.parent / "jinlin/locale/zh_Hans/LC_MESSAGES/django.po"
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%\(\w+\)\.\d+f|\{\w*\}")


def test_every_message_is_translated():
    po = polib.pofile(str(PO))
    untranslated = [e.msgid for e in po.untranslated_entries()]
    fuzzy = [e.msgid for e in po.fuzzy_entries()]
    assert untranslated == [] and fuzzy == []


def test_translations_keep_their_placeholders():
    for entry in polib.pofile(str(PO)):
        wanted = sorted(PLACEHOLDER.findall(entry.msgid))
        strings = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
        for text in strings:
            assert sorted(PLACEHOLDER.findall(text)) == wanted, entry.msgid


def test_the_compiled_catalog_is_up_to_date():
    po = {e.msgid: e.msgstr for e in polib.pofile(str(PO)) if not e.msgid_plural}
    mo = {
        e.msgid: e.msgstr
        for e in polib.mofile(str(PO.with_suffix(".mo")))
        if not e.msgid_plural and e.msgid
    }
    assert mo == po
