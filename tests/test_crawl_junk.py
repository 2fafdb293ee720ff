"""The crawl's junk values (tests/test_crawl.py): every query parameter and every form field
any view reads, set to each value that once broke a page. Apart from the crawl's own module so
that the two run side by side (xdist gives a module to a worker); each builds the same world.

Each request runs from the world as built (a savepoint rolled back after it), so a page and a
caller answer the same way to two values whenever the page reads nothing of what it was sent.
A first pass sends the names found in the views' source to every page as every caller, noting
which pages read the data (``DataReads``: any read by a view, a form or a template, even asking
whether it is empty) and every name any of them asked for (``page``, ``next``, a form's own
fields, read by helpers and forms the source search does not see). Then each value goes in all
those names to the pages that read, and NUL to every page: every one must refuse it (400)."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import transaction

from tests.crawl import (
    JUNK_VALUES,
    DataReads,
    form_field_names,
    iterate_fillings,
    query_parameter_names,
)
from tests.test_crawl import (  # noqa: F401  (world: the crawl's module fixture, built here too)
    JUNK_ROLES,
    PAGES,
    Caller,
    _request,
    _server_error,
    world,
)

pytestmark = [pytest.mark.django_db, pytest.mark.crawl, pytest.mark.long_module]

NUL = next(value for value in JUNK_VALUES if "\x00" in value)


def _send(
    caller: Caller, method: str, url: str, data: dict[str, str]
) -> tuple[int, bytes, DataReads]:
    """Status and body of one request from the world as built, and what the page read of the
    data."""
    with transaction.atomic(), DataReads() as reads:
        status, body, _location = _request(caller, method, url, data=data)
        transaction.set_rollback(True)
    return status, body, reads


def _junk_failures(
    crawled: Any,
    method: str,
    names: list[str],
    skipped: tuple[str, ...],
) -> list[str]:
    callers = [c for c in crawled.callers if c.role.name in JUNK_ROLES]
    targets = [
        (next(iterate_fillings(page, crawled.samples))[0], caller)
        for page in PAGES
        if page.name not in skipped
        for caller in callers
    ]
    failures: list[str] = []

    def judge(url: str, caller: Caller, junk: str, status: int, body: bytes) -> None:
        where = f"{method} {url} as {caller.role.name} with {junk!r}"
        if status >= 500:
            failures.append(f"{where}: {status} {_server_error(body)}")
        elif junk == NUL and status != 400:
            failures.append(f"{where}: NUL let through ({status})")

    probe = JUNK_VALUES[0]
    readers: list[tuple[str, Caller]] = []
    asked = set(names)
    for url, caller in targets:
        status, body, reads = _send(caller, method, url, {name: probe for name in names})
        judge(url, caller, probe, status, body)
        if reads.touched:
            readers.append((url, caller))
        asked |= reads.names
    # The note of reads is what spares requests: were it broken (nothing noted), the values
    # would reach no page. The pages with search boxes, lists and forms read theirs.
    assert len(readers) > len(targets) // 10, f"only {len(readers)} of {len(targets)} read data"
    assert {"page", "next"} <= asked, "the pages' own reads were not noted"
    for junk in JUNK_VALUES:
        data = {name: junk for name in sorted(asked)}
        for url, caller in targets if junk == NUL else readers:
            status, body, _reads = _send(caller, method, url, data)
            judge(url, caller, junk, status, body)
    return failures


def test_junk_query_values_never_break_a_page(world: Any) -> None:  # noqa: F811
    """Every query parameter any view reads, set to each value that once broke one."""
    failures = _junk_failures(world, "GET", query_parameter_names(), skipped=())
    assert not failures, "\n".join(failures)


def test_junk_form_values_never_break_a_page(world: Any) -> None:  # noqa: F811
    """Every form field any view reads, posted with each value that once broke one."""
    failures = _junk_failures(
        world, "POST", form_field_names(), skipped=("logout", "password-change")
    )
    assert not failures, "\n".join(failures)


def test_data_reads_notes_what_a_page_reads_not_what_the_framework_does() -> None:
    from django.http import HttpResponse, QueryDict
    from django.template import engines
    from django.test import RequestFactory

    from jinlin.core.nul import RefuseNulMiddleware

    methods = dict(vars(QueryDict))
    request = RequestFactory().get("/", {"q": "x", "page": "2"})
    with DataReads() as reads:
        RefuseNulMiddleware(lambda r: HttpResponse())(request)
    assert not reads.touched and not reads.names  # the NUL refusal reads everything, always
    with DataReads() as reads:
        request.GET.get("q")
        assert "next" not in request.POST
    assert reads.touched and reads.names == {"q", "next"}
    with DataReads() as reads:
        bool(request.GET)
    assert reads.touched and not reads.names
    template = engines["django"].from_string("{{ request.GET.page }}")
    with DataReads() as reads:
        assert template.render({"request": request}) == "2"
    assert reads.names == {"page"}
    assert dict(vars(QueryDict)) == methods  # put back as it was
