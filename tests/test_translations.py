"""Chinese first, English complete: every message has a Chinese translation, compiled."""

import importlib
import pkgutil
import re
import runpy
from pathlib import Path

import polib
from django import forms
from django.utils import translation

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
    po = {(e.msgctxt, e.msgid): e.msgstr for e in polib.pofile(str(PO)) if not e.msgid_plural}
    mo = {
        (e.msgctxt, e.msgid): e.msgstr
        for e in polib.mofile(str(PO.with_suffix(".mo")))
        if not e.msgid_plural and e.msgid
    }
    assert mo == po


# Words with more than one sense (jinlin/locale/glossary.py) --------------------------------

GLOSSARY = runpy.run_path(str(PO.parent.parent.parent / "glossary.py"))
SOURCE = PO.parent.parent.parent.parent  # the jinlin package


def test_ambiguous_words_always_carry_a_context_in_the_catalog():
    bare = [e.msgid for e in polib.pofile(str(PO)) if not e.msgctxt]
    assert sorted(set(bare) & GLOSSARY["ambiguous"]()) == []


def test_ambiguous_words_always_carry_a_context_in_the_code():
    """Caught in the source too, before anyone runs makemessages."""
    words = "|".join(re.escape(w) for w in GLOSSARY["ambiguous"]())
    python = re.compile(rf"\b(?:_|gettext|gettext_lazy|gettext_noop)\(\s*\"({words})\"\s*\)")
    template = re.compile(rf"{{%\s*(?:translate|trans)\s+[\"']({words})[\"']\s*(?:as \w+\s*)?%}}")
    found = []
    for path in SOURCE.rglob("*"):
        if path.suffix not in (".py", ".html", ".txt", ".js") or "migrations" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        for pattern in (python, template):
            for match in pattern.finditer(text):
                line = text.count("\n", 0, match.start()) + 1
                found.append(f"{path.relative_to(SOURCE)}:{line}: {match.group(0)}")
    assert found == [], "say which sense (pgettext / translate … context …):\n" + "\n".join(found)


def test_each_sense_reads_as_the_glossary_says():
    catalog = {(e.msgctxt, e.msgid): e.msgstr for e in polib.pofile(str(PO))}
    wrong = {}
    for sense in GLOSSARY["SENSES"]:
        got = catalog.get((sense.context, sense.msgid))
        if got != sense.zh:
            wrong[(sense.context, sense.msgid)] = (got, sense.zh)
    assert wrong == {}


# Messages makemessages cannot see ------------------------------------------------------------

# The names under which makemessages (xgettext's keywords as Django passes them) finds messages.
KEYWORDS = {
    "_", "gettext", "gettext_lazy", "gettext_noop", "ngettext", "ngettext_lazy", "pgettext",
    "pgettext_lazy", "npgettext", "npgettext_lazy",
}  # fmt: skip


def test_translation_functions_keep_names_makemessages_reads():
    """``gettext_lazy as _lazy`` once hid a message from the catalog: it showed in English on a
    Chinese page, and no test saw it, because the catalog was complete for what it held."""
    found = []
    for path in SOURCE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for match in re.finditer(r"from django\.utils\.translation import ([^\n]+)", text):
            names = match.group(1)
            if names.strip().startswith("("):
                names = text[match.start(1) : text.index(")", match.start(1))]
            for item in names.strip("( ").split(","):
                if " as " in item:
                    original, alias = (w.strip() for w in item.split(" as "))
                    if original in KEYWORDS and alias not in KEYWORDS:
                        found.append(f"{path.relative_to(SOURCE)}: {original} as {alias}")
    assert found == []


def test_the_catalog_holds_every_message_of_the_code(tmp_path):
    """makemessages over a copy of the code finds nothing the committed catalog lacks."""
    import os
    import shutil
    import subprocess
    import sys

    copy = tmp_path / "jinlin"
    shutil.copytree(SOURCE, copy, ignore=shutil.ignore_patterns("static", "__pycache__"))
    env = {**os.environ, "DEBUG": "true", "JINLIN_DATA_DIR": str(tmp_path / "data")}
    jinlin = Path(sys.executable).with_name("jinlin")
    subprocess.run(
        [str(jinlin), "makemessages", "-l", "zh_Hans", "--no-obsolete"],
        cwd=copy, env=env, check=True, capture_output=True,
    )  # fmt: skip
    extracted = {(e.msgctxt, e.msgid) for e in polib.pofile(str(copy / PO.relative_to(SOURCE)))}
    committed = {(e.msgctxt, e.msgid) for e in polib.pofile(str(PO)) if not e.obsolete}
    assert sorted(extracted - committed, key=str) == [], "run makemessages and translate these"


# Counts of people say whom they count ---------------------------------------------------------

# Labels a district once signed under that counted every confirmed registration (群众志愿者 and
# retired members too) as party members: “报到党员 4882” was 3,930 在职党员.
UNQUALIFIED_PEOPLE = {
    "报到党员", "报到人数", "报到人员", "其中党员", "参与服务党员", "人均服务时长（报到党员）",
}  # fmt: skip


def test_no_count_of_people_leaves_out_whom_it_counts():
    found = [
        (e.msgid, e.msgstr)
        for e in polib.pofile(str(PO))
        if not e.msgid_plural and e.msgstr.strip() in UNQUALIFIED_PEOPLE
    ]
    assert found == []


# Texts fixed at import ------------------------------------------------------------------------

# Chinese that is not a gloss: outside the parentheses that follow an English term.
UNGLOSSED_CHINESE = re.compile(r"[\u4e00-\u9fff](?![^(（]*[)）])")


def _form_classes() -> list[type]:
    for module in pkgutil.walk_packages([str(SOURCE)], "jinlin."):
        if ".migrations" not in module.name:  # every module: a form may be defined anywhere
            importlib.import_module(module.name)
    found, todo = [], [forms.BaseForm]
    while todo:
        for subclass in todo.pop().__subclasses__():
            todo.append(subclass)
            if subclass.__module__.startswith("jinlin."):
                found.append(subclass)
    return found


def test_no_forms_choices_are_fixed_in_the_language_they_were_imported_in():
    """A choice's label built when its module is imported (an f-string of lazy texts) stays in
    the language active then: the need form's outcomes once read “清理垃圾杂物（车）” to an
    English reader. Every form's fixed choices, read in English, are English (a Chinese term
    only as the gloss in parentheses after its English)."""
    classes = _form_classes()
    assert len(classes) >= 15, classes  # the forms were found
    unread = []
    with translation.override("en"):
        for form in classes:
            for name, field in form.base_fields.items():
                choices = getattr(field, "choices", None)
                if choices is None or isinstance(choices, forms.models.ModelChoiceIterator):
                    continue  # none, or a queryset's rows: data
                for _value, label in choices:
                    labels = label if isinstance(label, (list, tuple)) else [(None, label)]
                    for _v, text in labels:
                        if UNGLOSSED_CHINESE.search(str(text)):
                            unread.append(f"{form.__module__}.{form.__name__}.{name}: {text}")
    assert not unread, unread


# Chinese a clerk types or reads as it is, named in English texts: the roster workbook's sheets,
# headers and values (they are Chinese in the workbook whatever the reader's language).
AS_TYPED = ("roster/", "care/importing.py")


def test_english_texts_gloss_their_chinese_terms():
    """The English of the site is its messages' ids: a Chinese term in one is the gloss after
    its English (“Party-spirit check-ups (党性体检)”), not the word itself (“Record a 党性体检”,
    “No 评议 yet.” once read to an English reader) — but for what a clerk types or reads in
    the Chinese workbook, and examples of names (“e.g. 1单元”)."""
    unread = [
        entry.msgid
        for entry in polib.pofile(str(PO))
        if UNGLOSSED_CHINESE.search(entry.msgid)
        and "e.g." not in entry.msgid
        and not all(path.startswith(AS_TYPED) for path, _line in entry.occurrences)
    ]
    assert not unread, unread
