"""What a worker builds before its first request, and the paths written without ``reverse``
(#21: under a claim storm on fresh workers, each thread's first ``reverse`` rebuilt the URL
map — 16 % of the workers' CPU — and ``reverse`` itself took 6 % more)."""

from __future__ import annotations

import pytest
from django.urls import clear_url_caches, get_script_prefix, reverse, set_script_prefix
from django.urls.resolvers import URLResolver
from django.utils import translation

from jinlin.core.lanes import warm_urls
from jinlin.needs.services import need_path


def test_the_url_map_is_built_for_every_language_before_the_first_request(monkeypatch):
    clear_url_caches()
    built: list[str] = []
    populate = URLResolver._populate

    def counted(self: URLResolver) -> None:
        built.append(translation.get_language())
        populate(self)

    monkeypatch.setattr(URLResolver, "_populate", counted)
    warm_urls()
    assert {"zh-hans", "en"} <= set(built)
    before = len(built)
    for code in ("zh-hans", "en"):
        with translation.override(code):
            assert reverse("need-detail", args=[5]) == "/needs/5/"
    assert len(built) == before  # nothing rebuilt by the requests' own reverse()


@pytest.mark.parametrize("prefix", ["/", "/jinlin/"])
def test_a_needs_path_is_the_one_reverse_gives(prefix):
    old = get_script_prefix()
    set_script_prefix(prefix)
    try:
        for need_id in (1, 42, 10**17 + 7, 999_999_999_999_999_999):
            assert need_path(need_id) == reverse("need-detail", args=[need_id])
        assert need_path(42) == f"{prefix}needs/42/"
    finally:
        set_script_prefix(old)
