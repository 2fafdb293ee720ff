import datetime as dt

import pytest
from django.utils.translation import override

from jinlin.core.personal import (
    PersonalDataError,
    id_check_char,
    mask_id_number,
    mask_name,
    mask_phone,
    normalize_id_number,
    normalize_phone,
)

VALID_ID = "11010519491231002X"  # the GB 11643 standard's own example


@pytest.fixture(autouse=True)
def _english():
    with override("en"):
        yield


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("13800138000", "13800138000"),
        (" 138 0013 8000 ", "13800138000"),
        ("+8613800138000", "13800138000"),
        ("１３８００１３８０００", "13800138000"),
        (13800138000, "13800138000"),
        (13800138000.0, "13800138000"),
        ("138-0013-8000", "13800138000"),
    ],
)
def test_it_accepts_mobile_numbers_in_the_forms_people_type(raw, expected):
    assert normalize_phone(raw) == expected


@pytest.mark.parametrize("raw", ["", "1380013800", "138001380001", "12800138000", "1380013800a"])
def test_it_refuses_a_bad_phone(raw):
    with pytest.raises(PersonalDataError):
        normalize_phone(raw)


def test_it_computes_the_gb11643_check_character():
    assert id_check_char(VALID_ID[:17]) == "X"
    assert normalize_id_number(VALID_ID.lower()) == VALID_ID


@pytest.mark.parametrize(
    ("raw", "why"),
    [
        ("110105194912310021", "check character"),
        ("11010519491231002", "18 characters"),
        ("99010519491231002X", "region"),
        ("110105194913310029", "birth date"),
        ("1101051949123100AX", "17 digits"),
    ],
)
def test_it_refuses_a_bad_id_number_and_says_why(raw, why):
    with pytest.raises(PersonalDataError) as info:
        normalize_id_number(raw)
    assert why in str(info.value)


def test_it_refuses_a_birth_date_in_the_future():
    first17 = "11010520300101002"
    with pytest.raises(PersonalDataError):
        normalize_id_number(first17 + id_check_char(first17), today=dt.date(2026, 1, 1))


def test_masks_hide_the_middle():
    assert mask_phone("13812345678") == "138****5678"
    assert mask_phone("") == ""
    assert mask_id_number(VALID_ID) == "**************002X"
    assert mask_name("张三丰") == "张**"


def test_the_system_administrator_sees_households_masked(cast, as_user):
    """README: a household's personal data is seen in full by its community's admins and its
    paired member only."""
    from django.contrib.auth import get_user_model

    from tests.care_helpers import household

    home = household(cast, "王秀英", phone="13612345678")
    root = get_user_model().objects.create_superuser("root", password="x")
    page = as_user(root).get(f"/care/households/{home.pk}/").content.decode()
    assert "王秀英" not in page and "13612345678" not in page
    assert "王**" in page
    own = as_user(cast.community_admin).get(f"/care/households/{home.pk}/").content.decode()
    assert "王秀英" in own


def test_the_system_administrator_sees_the_household_list_masked(cast, as_user):
    from django.contrib.auth import get_user_model

    from tests.care_helpers import household

    household(cast, "王秀英")
    root = get_user_model().objects.create_superuser("root2", password="x")
    page = as_user(root).get(f"/care/c/{cast.community.pk}/households/").content.decode()
    assert "王秀英" not in page and "王**" in page
