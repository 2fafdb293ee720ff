"""The crawl's junk values (tests/test_crawl.py): every query parameter and every form field
any view reads, set to each value that once broke a page. Apart from the crawl's own module so
that the two run side by side (xdist gives a module to a worker); each builds the same world."""

from __future__ import annotations

from typing import Any

import pytest

from tests.crawl import JUNK_VALUES, form_field_names, iterate_fillings, query_parameter_names
from tests.test_crawl import (  # noqa: F401  (world: the crawl's module fixture, built here too)
    JUNK_ROLES,
    PAGES,
    _request,
    _server_error,
    world,
)

pytestmark = [pytest.mark.django_db, pytest.mark.crawl, pytest.mark.long_module]


@pytest.mark.parametrize("junk", JUNK_VALUES)
def test_junk_query_values_never_break_a_page(world: Any, junk: str) -> None:  # noqa: F811
    """Every query parameter any view reads, set to a value that once broke one."""
    query = {name: junk for name in query_parameter_names()}
    failures: list[str] = []
    callers = [c for c in world.callers if c.role.name in JUNK_ROLES]
    for page in PAGES:
        url, _sample = next(iterate_fillings(page, world.samples))
        for caller in callers:
            status, body, _location = _request(caller, "GET", url, data=query)
            if status >= 500:
                failures.append(f"GET {url} as {caller.role.name}: {status} {_server_error(body)}")
            elif "\x00" in junk and status != 400:
                failures.append(f"GET {url} as {caller.role.name}: NUL let through ({status})")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("junk", JUNK_VALUES)
def test_junk_form_values_never_break_a_page(world: Any, junk: str) -> None:  # noqa: F811
    """Every form field any view reads, posted with a value that once broke one."""
    body = {name: junk for name in form_field_names()}
    failures: list[str] = []
    callers = [c for c in world.callers if c.role.name in JUNK_ROLES]
    for page in PAGES:
        if page.name in ("logout", "password-change"):
            continue
        url, _sample = next(iterate_fillings(page, world.samples))
        for caller in callers:
            status, response_body, _location = _request(caller, "POST", url, data=body)
            if status >= 500:
                failures.append(
                    f"POST {url} as {caller.role.name}: {status} {_server_error(response_body)}"
                )
            elif "\x00" in junk and status != 400:
                failures.append(f"POST {url} as {caller.role.name}: NUL let through ({status})")
    assert not failures, "\n".join(failures)
