"""The token cache (#21 item 1): a warm token finds its user without a query, and every way a
token or its account ends takes effect on the next call."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from jinlin.api import security
from tests.api import ApiClient, api_as
from tests.conftest import PASSWORD


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()


@pytest.fixture(params=["memory", "file"])
def either_cache(request, settings, tmp_path):
    """Each test twice: with the tests' in-memory cache, and with the file cache a host's
    workers share (production's without Redis)."""
    if request.param == "file":
        settings.CACHES = {
            "default": {"BACKEND": "jinlin.core.cache.FileCache", "LOCATION": str(tmp_path)}
        }
    return request.param



def token_queries(api: ApiClient, path: str = "/me") -> tuple[int, list[str]]:
    with CaptureQueriesContext(connection) as seen:
        response = api.get(path)
    # The token's table, or on PostgreSQL the function that reads it.
    reads = ("apitoken", security.TOKEN.name)
    return response.status_code, [
        q["sql"] for q in seen.captured_queries if any(r in q["sql"] for r in reads)
    ]


def test_a_warm_token_is_found_without_a_query(cast, either_cache):
    api = api_as("member")
    status, first = token_queries(api)
    assert status == 200 and len(first) == 1
    status, second = token_queries(api)
    assert status == 200 and second == []
    body = api.get("/me").json()
    assert body["username"] == "member" and body["member"] == cast.member.pk


def test_turned_off_it_reads_the_database_every_time(cast, settings):
    settings.API_TOKEN_CACHE_SECONDS = 0
    api = api_as("member")
    token_queries(api)
    assert len(token_queries(api)[1]) == 1


@pytest.mark.parametrize("how", ["revoke", "password", "inactive", "erase", "revoke_all"])
def test_every_end_of_a_token_takes_effect_at_once(cast, how, either_cache):
    api = api_as("member")
    other = api_as("member")
    assert api.get("/me").status_code == 200 and other.get("/me").status_code == 200  # warm
    user = cast.member_user
    if how == "revoke":
        assert api.post("/auth/token/revoke").status_code == 200
    elif how == "password":
        user.set_password("An0ther-Passw0rd")
        user.save()
    elif how == "inactive":
        user.is_active = False
        user.save(update_fields=["is_active"])
    elif how == "erase":
        assert other.post("/me/delete", {"password": PASSWORD}).status_code == 200
    elif how == "revoke_all":
        from jinlin.api.security import token_revoke

        token_revoke(user=user)
    assert api.get("/me").status_code == 401, how


def test_a_cached_user_still_checks_a_password(cast):
    """The password is not kept in the cache; asked for, it is read."""
    api = api_as("member")
    api.get("/me")
    refused = api.post("/me/delete", {"password": "wrong"})
    assert refused.status_code in (400, 401, 403) and refused.json()["error"]
    assert api.get("/me").status_code == 200
    assert api.post("/me/delete", {"password": PASSWORD}).status_code == 200


def test_a_broken_cache_falls_back_to_the_database(cast, monkeypatch):
    api = api_as("member")

    def broken(*args, **kwargs):
        raise ConnectionError("cache down")

    monkeypatch.setattr(cache, "get", broken)
    monkeypatch.setattr(cache, "set", broken)
    assert api.get("/me").status_code == 200
    assert len(token_queries(api)[1]) == 1


def test_signing_in_again_keeps_other_tokens_warm(cast):
    """Signing in stamps last_login; that alone drops nothing."""
    api = api_as("member")
    api.get("/me")
    api_as("member")
    assert token_queries(api)[1] == []


def test_a_drop_between_a_cold_read_and_its_write_is_not_undone(cast, either_cache, monkeypatch):
    """A call that read a token from the database just before a revocation committed must not
    leave the old entry behind it: the generation moved since its read, so it takes its write
    back."""
    from jinlin.api.models import ApiToken

    api = api_as("member")
    key_hash = security.hash_token(api.token)
    # The database's read happens, then the revocation (another request's), then the write.
    real_warmed = security._warmed

    def warmed_after_a_revocation(*args, **kwargs):
        ApiToken.objects.filter(key_hash=key_hash).delete()  # forget_tokens runs here
        return real_warmed(*args, **kwargs)

    monkeypatch.setattr(security, "_warmed", warmed_after_a_revocation)
    assert api.get("/me").status_code == 200  # this call read the token before its end
    monkeypatch.setattr(security, "_warmed", real_warmed)
    assert cache.get(security.cache_key(key_hash)) is None
    assert api.get("/me").status_code == 401


def test_a_revocation_is_dropped_again_when_it_commits(cast, django_capture_on_commit_callbacks):
    api = api_as("member")
    api.get("/me")
    key_hash = security.hash_token(api.token)
    from jinlin.api.models import ApiToken

    with django_capture_on_commit_callbacks() as callbacks:
        ApiToken.objects.filter(key_hash=key_hash).delete()
    cache.set(security.cache_key(key_hash), {"stale": True}, 60)  # a call's late write
    for callback in callbacks:
        callback()
    assert cache.get(security.cache_key(key_hash)) is None


@pytest.fixture
def file_cache(settings, tmp_path):
    settings.CACHES = {
        "default": {"BACKEND": "jinlin.core.cache.FileCache", "LOCATION": str(tmp_path)}
    }
    return tmp_path


def cache_reads(monkeypatch) -> list[str]:
    """The keys the shared cache is asked for from now on."""
    asked: list[str] = []
    real_get = type(cache._connections[cache._alias]).get  # the backend's own

    def counted(self, key, *args, **kwargs):
        asked.append(key)
        return real_get(self, key, *args, **kwargs)

    monkeypatch.setattr(type(cache._connections[cache._alias]), "get", counted)
    return asked


def test_a_worker_keeps_its_own_copy_of_a_warm_token(cast, file_cache, monkeypatch):
    """With the file cache, a token read once is found in the process: no file is read."""
    api = api_as("member")
    assert api.get("/me").status_code == 200  # cold: the database, which warms both
    asked = cache_reads(monkeypatch)
    status, reads = token_queries(api)
    assert status == 200 and reads == []
    assert not [key for key in asked if key.startswith(security.CACHE_PREFIX)], asked


def test_a_drop_by_another_process_ends_the_copies(cast, file_cache):
    """Another worker of the host revokes a token: this worker's copy does not outlive it. The
    other process is played by a second cache object over the same folder and a delete that
    sends no signal to this one."""
    from jinlin.api.models import ApiToken
    from jinlin.core.cache import FileCache

    api = api_as("member")
    assert api.get("/me").status_code == 200 and api.get("/me").status_code == 200
    key_hash = security.hash_token(api.token)
    with connection.cursor() as cursor:  # the row gone, as another process deleted it…
        cursor.execute(f"DELETE FROM {ApiToken._meta.db_table} WHERE key_hash = %s", [key_hash])
    other = FileCache(str(file_cache), {})
    other.delete(security.cache_key(key_hash))
    # …but before that process's drop reached the stamp, the copy still answers (which is why
    # the stamp is bumped after the drop, never before it)…
    assert api.get("/me").status_code == 200
    other.bump(security.TOKENS_STAMP)
    assert api.get("/me").status_code == 401  # …and after it, never again


def test_clearing_the_cache_ends_the_copies(cast, file_cache):
    api = api_as("member")
    assert api.get("/me").status_code == 200
    before = cache.stamp(security.TOKENS_STAMP)
    cache.clear()
    assert cache.stamp(security.TOKENS_STAMP) != before
    status, reads = token_queries(api)
    assert status == 200 and len(reads) == 1  # read again from the database


def test_copies_are_bounded(cast, file_cache, monkeypatch):
    monkeypatch.setattr(security, "LOCAL_ENTRIES", 2)
    security._local.clear()
    for _n in range(3):
        assert api_as("member").get("/me").status_code == 200
    assert 1 <= len(security._local) <= 2


def test_a_shared_cache_across_hosts_keeps_no_copies(cast, monkeypatch):
    """The tests' memory cache, like Redis, keeps no stamp: each call asks the cache."""
    api = api_as("member")
    api.get("/me")
    asked = cache_reads(monkeypatch)
    assert api.get("/me").status_code == 200
    assert [key for key in asked if key.startswith(security.CACHE_PREFIX)]
