"""The file cache (``jinlin.core.cache``): a write does not list the whole folder, yet a full
folder is still culled once a worker counts it again."""

import pytest

from jinlin.core import cache as file_cache


@pytest.fixture
def make(tmp_path, monkeypatch):
    monkeypatch.setattr(file_cache, "_counted_at", {})
    clock = {"now": 1000.0}
    monkeypatch.setattr(file_cache, "monotonic", lambda: clock["now"])

    def made(**options):
        store = file_cache.FileCache(str(tmp_path / "cache"), {"OPTIONS": options})
        listed = []
        listing = store._list_cache_files

        def counted():
            files = listing()
            listed.append(len(files))
            return files

        store._list_cache_files = counted
        return store, listed, clock

    return made


def test_writes_count_the_folder_once_a_minute(make):
    store, listed, clock = make(MAX_ENTRIES=1000)
    for number in range(200):
        store.set(f"token-{number}", {"n": number}, 300)
    assert listed == [0]  # the first write counted an empty folder; the others did not
    assert store.get("token-199") == {"n": 199}
    clock["now"] += 61
    store.set("later", 1, 300)
    assert listed == [0, 200]


def test_a_full_folder_is_culled_when_counted_again(make):
    store, listed, clock = make(MAX_ENTRIES=30, CULL_FREQUENCY=3)
    for number in range(60):
        store.set(f"token-{number}", number, 300)
    assert len(store._list_cache_files()) == 60  # over the limit between counts
    clock["now"] += 61
    store.set("later", 1, 300)
    assert len(store._list_cache_files()) == 60 - 60 // 3 + 1
    other, _listed, _clock = make(MAX_ENTRIES=30, CULL_SECONDS=0)
    other.set("again", 2, 300)  # counted at every write, as Django does: culled once more
    assert len(other._list_cache_files()) == 41 - 41 // 3 + 1
