"""Atomic attempt counts (jinlin.core.counters): counted, peeked, expired and removed."""

import pytest

pytestmark = pytest.mark.django_db

def test_counts_expire_and_are_removed_by_the_daily_job(db):
    """A count's window passes; the scheduled job removes its row."""
    import datetime as dt

    from django.utils import timezone

    from jinlin.core import counters
    from jinlin.core.models import AttemptCount
    from jinlin.core.schedule import jobs

    assert counters.hit("t", "x", window=60) == 1
    assert counters.hit("t", "x", window=60, amount=3) == 4
    assert counters.peek("t", "x", window=60) == 4
    AttemptCount.objects.update(expires_at=timezone.now() - dt.timedelta(seconds=1))
    jobs()["expired_counts"].run(timezone.now())
    assert not AttemptCount.objects.exists()
