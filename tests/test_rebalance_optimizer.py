"""The rebalancer's optimiser against brute force: on small instances, every assignment is tried
and the lexicographic best (most covered, then least distance, then fewest new partnerships)
must be what the solvers return."""

from __future__ import annotations

import itertools
import random

import pytest

from jinlin.cloudmap.optimize import Arc, Instance, SolverError, evaluate, greedy, solve


def brute_force(instance: Instance) -> tuple[int, int, int]:
    bounds = [
        min(instance.capacity[a.unit], instance.shortfall[a.community]) for a in instance.arcs
    ]
    best = None
    for values in itertools.product(*(range(b + 1) for b in bounds)):
        try:
            covered, distance, new = evaluate(instance, dict(enumerate(values)))
        except SolverError:
            continue
        key = (-covered, distance, new)
        if best is None or key < best:
            best = key
    assert best is not None
    return -best[0], best[1], best[2]


def random_instance(rng: random.Random) -> Instance:
    units, communities = rng.randint(1, 3), rng.randint(1, 3)
    pairs = [(u, c) for u in range(units) for c in range(communities)]
    chosen = rng.sample(pairs, rng.randint(1, min(6, len(pairs))))
    # Few distinct distances, so that ties (where stage 3 decides) are common.
    return Instance(
        shortfall=[rng.randint(0, 3) for _ in range(communities)],
        capacity=[rng.randint(0, 3) for _ in range(units)],
        arcs=[Arc(u, c, rng.choice([100, 200, 300]), rng.random() < 0.4) for u, c in chosen],
    )


@pytest.mark.parametrize("seed", range(150))
def test_the_optimiser_equals_brute_force(seed):
    instance = random_instance(random.Random(seed))
    solution = solve(instance)
    assert (solution.covered, solution.distance, solution.new_partnerships) == brute_force(instance)
    assert evaluate(instance, solution.flows) == (
        solution.covered, solution.distance, solution.new_partnerships,
    )  # fmt: skip
    assert all(isinstance(v, int) and v > 0 for v in solution.flows.values())


def test_stage_three_prefers_an_existing_partnership_at_equal_distance():
    """Two units equally far from one community short of 2: the partnered unit is chosen, and
    the solver found that among the tied optima (the flow alone picks either)."""
    for existing in (0, 1):
        instance = Instance(
            shortfall=[2],
            capacity=[2, 2],
            arcs=[Arc(0, 0, 500, existing == 0), Arc(1, 0, 500, existing == 1)],
        )
        solution = solve(instance)
        assert solution.flows == {existing: 2} and solution.new_partnerships == 0
        assert solution.free_arcs == 2


def test_coverage_comes_before_distance_and_distance_before_partnerships():
    # Community 0 can be served by unit 0 (near) or unit 1 (far); community 1 only by unit 0.
    instance = Instance(
        shortfall=[1, 1],
        capacity=[1, 1],
        arcs=[Arc(0, 0, 100, True), Arc(1, 0, 900), Arc(0, 1, 100)],
    )
    solution = solve(instance)
    assert solution.covered == 2  # the far unit is sent so that both are covered
    assert solution.flows == {1: 1, 2: 1}
    # Distance before partnerships: a near new arc beats a far partnered one.
    instance = Instance(shortfall=[1], capacity=[1, 1], arcs=[Arc(0, 0, 900, True), Arc(1, 0, 100)])
    assert solve(instance).flows == {1: 1}


def test_nothing_to_do():
    assert solve(Instance(shortfall=[0], capacity=[3], arcs=[Arc(0, 0, 10)])).flows == {}
    assert solve(Instance(shortfall=[3], capacity=[0], arcs=[Arc(0, 0, 10)])).flows == {}
    assert solve(Instance(shortfall=[3], capacity=[3], arcs=[])).covered == 0


def test_the_lp_of_the_second_solver_agrees():
    rng = random.Random(7)
    units, communities = 60, 25
    arcs = [
        Arc(u, c, rng.randint(100, 5000), rng.random() < 0.1)
        for u in range(units)
        for c in range(communities)
        if rng.random() < 0.3
    ]
    instance = Instance(
        shortfall=[rng.randint(0, 12) for _ in range(communities)],
        capacity=[rng.randint(0, 5) for _ in range(units)],
        arcs=arcs,
    )
    solution = solve(instance)
    assert abs(solution.lp_distance - solution.distance) < 1e-6
    covered, distance, _new = evaluate(instance, greedy(instance))
    assert covered <= solution.covered
    assert covered < solution.covered or distance >= solution.distance
