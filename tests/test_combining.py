"""``jinlin.core.combining``: a process's threads make the jobs that arrive together in one
call; each thread gets its own answer; a failed call fails every job it carried, and the
threads after it are not held up."""

import threading
import time

import pytest

from jinlin.core.combining import Batches, BatchFailed


def _wait_until(predicate, seconds=5.0):
    deadline = time.monotonic() + seconds
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.001)


class Held:
    """A ``make`` whose first call waits until ``waiting`` jobs have queued behind it."""

    def __init__(self, waiting, fail_first=False):
        self.calls = []
        self.waiting = waiting
        self.fail_first = fail_first
        self.batches = None

    def __call__(self, jobs):
        self.calls.append(list(jobs))
        if len(self.calls) == 1:
            _wait_until(lambda: len(self.batches._waiting) == self.waiting)
            if self.fail_first:
                raise RuntimeError("the database aborted the call")
        return [job * 10 for job in jobs]


def _submit_all(batches, jobs):
    answers, threads = {}, []

    def run(job):
        try:
            answers[job] = batches.submit(job)
        except BatchFailed as exc:
            answers[job] = exc

    threads.append(threading.Thread(target=run, args=(jobs[0],)))
    threads[0].start()
    _wait_until(lambda: batches._running == 1)  # the first leads, and its call is under way
    for job in jobs[1:]:
        threads.append(threading.Thread(target=run, args=(job,)))
        threads[-1].start()
    for thread in threads:
        thread.join(10)
        assert not thread.is_alive()
    return answers


def test_a_lone_job_is_made_at_once_alone():
    made = []
    batches = Batches(lambda jobs: made.append(list(jobs)) or [j + 1 for j in jobs])
    assert batches.submit(41) == 42
    assert batches.submit(1) == 2
    assert made == [[41], [1]] and batches.made == [2, 2]


def test_jobs_arriving_during_a_call_go_together_in_the_next():
    make = Held(waiting=4)
    batches = make.batches = Batches(make)
    answers = _submit_all(batches, [1, 2, 3, 4, 5])
    assert answers == {job: job * 10 for job in (1, 2, 3, 4, 5)}
    assert make.calls[0] == [1]
    assert sorted(make.calls[1]) == [2, 3, 4, 5] and len(make.calls) == 2
    assert batches.made == [2, 5] and batches._running == 0


def test_a_call_carries_at_most_its_most():
    make = Held(waiting=5)
    batches = make.batches = Batches(make, most=2)
    answers = _submit_all(batches, [1, 2, 3, 4, 5, 6])
    assert answers == {job: job * 10 for job in range(1, 7)}
    assert [len(call) for call in make.calls] == [1, 2, 2, 1]


def test_a_failed_call_fails_each_of_its_jobs_and_the_next_call_is_made():
    make = Held(waiting=3, fail_first=True)
    batches = make.batches = Batches(make)
    answers = _submit_all(batches, [1, 2, 3, 4])
    assert isinstance(answers[1], BatchFailed)
    assert "the database aborted the call" in str(answers[1])
    assert {job: answers[job] for job in (2, 3, 4)} == {2: 20, 3: 30, 4: 40}
    assert batches.made == [2, 4] and batches._running == 0


def test_a_call_that_answers_too_few_fails_rather_than_answering_the_wrong_job():
    batches = Batches(lambda jobs: [])
    with pytest.raises(BatchFailed, match="1 jobs, 0 answers"):
        batches.submit(7)
    assert batches._running == 0


def test_two_calls_may_be_under_way_at_once_and_the_third_job_waits():
    """With ``calls=2``, a second job does not wait for the first call: it is
    made at once in a call of its own; a third, arriving while both are under way, waits for
    the first to return and goes in the next call with those that came with it."""
    both_running = threading.Barrier(2, timeout=5)
    release = threading.Event()
    calls = []

    def make(jobs):
        calls.append(list(jobs))
        if len(calls) <= 2:
            both_running.wait()  # each of the first two calls waits until both are under way
            assert release.wait(5)
        return [job * 10 for job in jobs]

    batches = Batches(make, calls=2)
    answers, threads = {}, []

    def run(job):
        answers[job] = batches.submit(job)

    for job in (1, 2):
        threads.append(threading.Thread(target=run, args=(job,)))
        threads[-1].start()
    _wait_until(lambda: batches._running == 2)
    for job in (3, 4):
        threads.append(threading.Thread(target=run, args=(job,)))
        threads[-1].start()
    _wait_until(lambda: len(batches._waiting) == 2)
    release.set()
    for thread in threads:
        thread.join(10)
        assert not thread.is_alive()
    assert answers == {1: 10, 2: 20, 3: 30, 4: 40}
    assert sorted(map(sorted, calls)) == [[1], [2], [3, 4]]
    assert batches.made == [3, 4] and batches._running == 0
