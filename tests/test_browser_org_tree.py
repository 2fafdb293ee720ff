"""In Chromium: the organization tree opens and closes by its own toggle button (by mouse and
by keyboard), loading a branch's children once; the name beside it stays a link."""

import pytest

from tests.browser import DESKTOP, sign_in
from tests.conftest import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_tree_opens_and_closes_by_its_toggle(cast, live_server, chromium):
    page = chromium.new_context(**DESKTOP).new_page()
    sign_in(page, live_server.url, "district", PASSWORD)
    page.goto(f"{live_server.url}/orgs/")
    toggle = page.locator(f'button[aria-controls="children-{cast.district.pk}"]')
    children = page.locator(f"#children-{cast.district.pk}")
    assert toggle.get_attribute("aria-expanded") == "false" and children.is_hidden()
    toggle.focus()
    page.keyboard.press("Enter")
    page.wait_for_selector(f"#children-{cast.district.pk} >> text={cast.street.name}")
    assert toggle.get_attribute("aria-expanded") == "true" and children.is_visible()
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "false" and children.is_hidden()
    # The district's name is a link of its own, to its page.
    page.get_by_role("link", name=cast.district.name, exact=True).first.click()
    page.wait_for_url(f"**/orgs/{cast.district.pk}/")
