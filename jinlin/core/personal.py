"""Personal data: validation and masking of phone numbers and resident ID numbers.

Phone numbers are mainland mobile numbers (11 digits starting 13–19). ID numbers follow
GB 11643-1999: 17 digits of region, birth date and sequence, then a check character from
the ISO 7064 MOD 11-2 checksum. Both are shown masked to anyone but the person and the
roles that need them; an ID number is never shown in full anywhere.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from django.utils.translation import gettext as _

PHONE_RE = re.compile(r"^1[3-9][0-9]{9}$")
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK_CHARS = "10X98765432"
# First two digits of a resident ID: the provinces, autonomous regions and municipalities
# of GB/T 2260, plus Taiwan (71), Hong Kong (81) and Macao (82).
ID_PROVINCES = frozenset(
    [
        "11",
        "12",
        "13",
        "14",
        "15",
        "21",
        "22",
        "23",
        "31",
        "32",
        "33",
        "34",
        "35",
        "36",
        "37",
        "41",
        "42",
        "43",
        "44",
        "45",
        "46",
        "50",
        "51",
        "52",
        "53",
        "54",
        "61",
        "62",
        "63",
        "64",
        "65",
        "71",
        "81",
        "82",
    ]
)


class PersonalDataError(ValueError):
    """The value is not a valid phone or ID number; the message says why."""


def _clean(value: object) -> str:
    # Full-width digits and stray spaces come in from spreadsheets typed on Chinese IMEs.
    text = unicodedata.normalize("NFKC", str(value if value is not None else "")).strip()
    # Every script's decimal digits (Arabic-Indic ٠١٢, Devanagari ०१२ …) are the same digits:
    # one phone is one account and one throttle count however it is written.
    text = "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in text)
    return re.sub(r"[\s\-]", "", text)


def normalize_phone(value: object) -> str:
    """Return the 11-digit mobile number, or raise PersonalDataError."""
    text = _clean(value)
    if text.endswith(".0") and text[:-2].isdigit():  # a number cell read as a float
        text = text[:-2]
    if text.startswith("+86"):
        text = text[3:]
    elif text.startswith("0086"):
        text = text[4:]
    if not text:
        raise PersonalDataError(_("The phone number is empty."))
    if not text.isdigit():
        raise PersonalDataError(_("A phone number has digits only."))
    if len(text) != 11:
        raise PersonalDataError(
            _("A mobile number has 11 digits; this one has %(count)d.") % {"count": len(text)}
        )
    if not PHONE_RE.match(text):
        raise PersonalDataError(_("A mobile number starts with 13 to 19."))
    return text


def id_check_char(first17: str) -> str:
    total = sum(int(digit) * weight for digit, weight in zip(first17, ID_WEIGHTS, strict=True))
    return ID_CHECK_CHARS[total % 11]


def normalize_id_number(value: object, *, today: dt.date | None = None) -> str:
    """Return the 18-character ID number (upper-case X), or raise PersonalDataError."""
    text = _clean(value).upper()
    if len(text) != 18:
        raise PersonalDataError(
            _("A resident ID number has 18 characters; this one has %(count)d.")
            % {"count": len(text)}
        )
    if not text[:17].isdigit() or not (text[17].isdigit() or text[17] == "X"):
        raise PersonalDataError(_("A resident ID number is 17 digits followed by a digit or X."))
    if text[:2] not in ID_PROVINCES:
        raise PersonalDataError(_("The ID number's region code is not a Chinese region."))
    try:
        born = dt.date(int(text[6:10]), int(text[10:12]), int(text[12:14]))
    except ValueError as exc:
        raise PersonalDataError(_("The ID number's birth date is not a real date.")) from exc
    today = today or dt.date.today()  # noqa: DTZ011 - a birth date is a local calendar date
    if born > today or born.year < 1900:
        raise PersonalDataError(_("The ID number's birth date is impossible."))
    if id_check_char(text[:17]) != text[17]:
        raise PersonalDataError(
            _("The ID number's check character is wrong (GB 11643): mistyped digit?")
        )
    return text


def mask_phone(phone: str | None) -> str:
    if not phone:
        return ""
    if len(phone) < 7:
        return "*" * len(phone)
    return f"{phone[:3]}{'*' * (len(phone) - 7)}{phone[-4:]}"


def mask_id_number(id_number: str | None) -> str:
    """The last four characters only: the region and the check digit, shown with the last
    four, would leave only the birth date to guess (a few thousand tries)."""
    if not id_number:
        return ""
    return f"{'*' * (len(id_number) - 4)}{id_number[-4:]}"


def mask_id_number_on_paper(id_number: str | None) -> str:
    """As a certificate prints it (``3502**********1234``): the city and the last four, which
    the holder recognises and a reader cannot complete — the county, the birth date and the
    sequence stay hidden."""
    if not id_number:
        return ""
    return f"{id_number[:4]}{'*' * (len(id_number) - 8)}{id_number[-4:]}"


def mask_name(name: str) -> str:
    """张三丰 → 张**: for public lists of people helped."""
    if not name:
        return ""
    return name[0] + "*" * max(1, len(name) - 1)
