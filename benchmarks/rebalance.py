"""The rebalancer at city scale: optimal, and how fast, against an LP and a greedy baseline.

    .venv/bin/python benchmarks/rebalance.py            # 3,000 communities, 10,000 units
    .venv/bin/python benchmarks/rebalance.py --quick    # a small instance, in seconds

Generates communities and units scattered over a city (denser in the centre), each unit with a
few members to spare, about one community in three short of members, each unit partnered with
its nearest community or two, and candidate arcs only within a distance limit (sparse). Then,
in the same run:
  solve   jinlin.cloudmap.optimize.solve (OR-Tools min-cost flow, HiGHS LP and MIP)
  lp      the same instance as two linear programmes solved from scratch by HiGHS alone
          (most covered, then least distance): the optimum the solver must reach
  greedy  the most short community first takes its nearest units' spare members
Last line:
  rebalance communities=… units=… arcs=… solve_s=… gap_vs_lp=… greedy_extra_pct=…
gap_vs_lp is the relative difference in distance between the solver and the LP at the same
coverage (goal 0); greedy_extra_pct how much further the greedy plan sends members per member
covered, in percent (its shortfall left uncovered is printed above).
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from jinlin.cloudmap.optimize import Arc, Instance, evaluate, greedy, solve  # noqa: E402


def generate(communities: int, units: int, limit_m: int, seed: int) -> Instance:
    rng = np.random.default_rng(seed)
    side = 1000.0 * math.sqrt(communities * 1.2)  # metres: about 1.2 km² per community

    def scatter(n: int) -> np.ndarray:
        centre = rng.normal(side / 2, side / 6, size=(n // 2, 2))
        spread = rng.uniform(0, side, size=(n - n // 2, 2))
        return np.clip(np.vstack([centre, spread]), 0, side)

    where_c, where_u = scatter(communities), scatter(units)
    shortfall = np.where(rng.random(communities) < 0.35, rng.integers(1, 25, communities), 0)
    capacity = rng.integers(0, 9, units)
    # Candidate arcs within the limit, found through a grid of limit-sized cells.
    cell = limit_m
    buckets: dict[tuple[int, int], list[int]] = {}
    for c, (x, y) in enumerate(where_c):
        buckets.setdefault((int(x // cell), int(y // cell)), []).append(c)
    arcs: list[Arc] = []
    for u, (x, y) in enumerate(where_u):
        cx, cy = int(x // cell), int(y // cell)
        near: list[tuple[int, int]] = []
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                for c in buckets.get((cx + dx, cy + dy), []):
                    d = int(math.hypot(where_c[c][0] - x, where_c[c][1] - y))
                    if d <= limit_m:
                        near.append((d, c))
        near.sort()
        partnered = {c for _d, c in near[: int(rng.integers(1, 3))]}
        arcs += [Arc(u, c, max(d, 1), c in partnered) for d, c in near]
    return Instance(shortfall=shortfall.tolist(), capacity=capacity.tolist(), arcs=arcs)


def lp_alone(instance: Instance) -> tuple[float, float]:
    """Most covered, then least distance, as two LPs solved by HiGHS from scratch."""
    import highspy

    units, communities, n = len(instance.capacity), len(instance.shortfall), len(instance.arcs)
    inf = highspy.kHighsInf
    solver = highspy.Highs()
    solver.setOptionValue("output_flag", False)
    lp = highspy.HighsLp()
    lp.num_col_, lp.num_row_ = n, units + communities
    lp.col_cost_ = -np.ones(n)
    lp.col_lower_ = np.zeros(n)
    lp.col_upper_ = np.full(n, inf)
    lp.row_lower_ = np.full(units + communities, -inf)
    lp.row_upper_ = np.array(instance.capacity + instance.shortfall, dtype=np.double)
    index = np.empty(2 * n, dtype=np.int32)
    index[0::2] = [a.unit for a in instance.arcs]
    index[1::2] = [units + a.community for a in instance.arcs]
    lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
    lp.a_matrix_.start_ = np.arange(0, 2 * n + 1, 2, dtype=np.int32)
    lp.a_matrix_.index_ = index
    lp.a_matrix_.value_ = np.ones(2 * n)
    solver.passModel(lp)
    solver.run()
    covered = -solver.getInfo().objective_function_value
    # Then keep that coverage and minimise the distance.
    solver.addRow(covered - 1e-6, inf, n, np.arange(n, dtype=np.int32), np.ones(n))
    solver.changeColsCost(
        n, np.arange(n, dtype=np.int32), np.array([a.distance for a in instance.arcs], float)
    )
    solver.run()
    return covered, solver.getInfo().objective_function_value


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--communities", type=int)
    parser.add_argument("--units", type=int)
    parser.add_argument("--limit-m", type=int, default=2500)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    communities = args.communities or (200 if args.quick else 3000)
    units = args.units or (600 if args.quick else 10000)

    t = time.perf_counter()
    instance = generate(communities, units, args.limit_m, args.seed)
    print(f"generated in {time.perf_counter() - t:.2f}s: {len(instance.arcs)} candidate arcs, "
          f"shortfall {sum(instance.shortfall)}, spare {sum(instance.capacity)}")  # fmt: skip

    t = time.perf_counter()
    solution = solve(instance)
    solve_s = time.perf_counter() - t
    print(
        f"solve: {solve_s:.2f}s covered={solution.covered} distance={solution.distance} "
        f"new_partnerships={solution.new_partnerships} free_arcs={solution.free_arcs}"
    )

    t = time.perf_counter()
    lp_covered, lp_distance = lp_alone(instance)
    lp_s = time.perf_counter() - t
    print(f"lp (HiGHS alone): {lp_s:.2f}s covered={lp_covered:.0f} distance={lp_distance:.0f}; "
          f"solve takes {solve_s / lp_s:.2f}x the LP's time")  # fmt: skip
    assert abs(lp_covered - solution.covered) < 1e-6, "coverage differs from the LP's"
    # The LP optimum of a transportation problem is integral; HiGHS reports it within 1e-7.
    gap = abs(solution.distance - round(lp_distance)) / max(lp_distance, 1.0)

    t = time.perf_counter()
    g_covered, g_distance, g_new = evaluate(instance, greedy(instance))
    greedy_s = time.perf_counter() - t
    print(f"greedy: {greedy_s:.2f}s covered={g_covered} (leaves {solution.covered - g_covered} "
          f"more uncovered) distance={g_distance} new_partnerships={g_new}")  # fmt: skip
    per_member_opt = solution.distance / max(solution.covered, 1)
    per_member_greedy = g_distance / max(g_covered, 1)
    extra = 100.0 * (per_member_greedy / per_member_opt - 1) if per_member_opt else 0.0
    print(
        f"rebalance communities={communities} units={units} arcs={len(instance.arcs)} "
        f"solve_s={solve_s:.2f} gap_vs_lp={gap:.3g} greedy_extra_pct={extra:.1f}"
    )


if __name__ == "__main__":
    main()
