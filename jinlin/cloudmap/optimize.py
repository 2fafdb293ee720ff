"""Which stationed units should send how many members to which communities: an assignment
optimal for a lexicographic objective, computed by real solvers.

The problem. Community *c* is short of ``shortfall[c]`` members over the coming weeks; unit *u*
has ``capacity[u]`` members to spare. A candidate arc (*u*, *c*) exists when the unit is within
reach of the community (or already partnered with it); it has a distance in metres and says
whether the partnership exists. An assignment sends ``x[u, c]`` members (whole people) along the
arcs, at most the unit's spare members and at most the community's shortfall.

The objective, in order of priority (each later one only among the best of the earlier ones):

1. cover as much shortfall as possible — maximise Σ x;
2. then the least total distance — minimise Σ distance · x (member-metres);
3. then the fewest new partnerships — minimise the number of arcs used that are not partnered.

How it is solved, exactly:

- Stages 1 and 2 are a transportation problem: OR-Tools' min-cost flow
  (``solve_max_flow_with_min_cost``) gives the largest flow of least cost, integral.
- Stage 3 adds a fixed charge per new arc, which no flow model expresses. HiGHS solves stage 2
  again as a linear programme, whose reduced costs describe every optimal assignment: an arc with
  a positive reduced cost carries nothing in any of them, one with a negative reduced cost is
  full in all of them (complementary slackness). Only the arcs of reduced cost zero are left
  free, and a small mixed-integer programme over them (HiGHS again) picks, among the assignments
  that keep stages 1 and 2 optimal, the one with the fewest new partnerships. The flow solution
  starts it off.

The LP's optimum must equal the flow's cost: a second solver's check on the first, reported as
``lp_distance``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np


@dataclass(frozen=True)
class Arc:
    unit: int  # index into Instance.capacity
    community: int  # index into Instance.shortfall
    distance: int  # metres
    existing: bool = False  # the unit is already partnered with the community


@dataclass
class Instance:
    shortfall: list[int]
    capacity: list[int]
    arcs: list[Arc]


@dataclass
class Solution:
    flows: dict[int, int] = field(default_factory=dict)  # arc index → members (> 0 only)
    covered: int = 0
    distance: int = 0
    new_partnerships: int = 0
    lp_distance: float = 0.0  # HiGHS's optimum of stage 2 (equals ``distance``)
    free_arcs: int = 0  # arcs left to the stage-3 MIP


class SolverError(RuntimeError):
    pass


def evaluate(instance: Instance, flows: dict[int, int]) -> tuple[int, int, int]:
    """(covered, distance, new partnerships) of an assignment, checking that it is feasible."""
    sent = [0] * len(instance.capacity)
    received = [0] * len(instance.shortfall)
    covered = distance = new = 0
    for index, members in flows.items():
        if members <= 0:
            continue
        arc = instance.arcs[index]
        sent[arc.unit] += members
        received[arc.community] += members
        covered += members
        distance += members * arc.distance
        new += not arc.existing
    if any(s > c for s, c in zip(sent, instance.capacity, strict=True)):
        raise SolverError("a unit sends more members than it has to spare")
    if any(r > s for r, s in zip(received, instance.shortfall, strict=True)):
        raise SolverError("a community receives more members than it is short of")
    return covered, distance, new


def _bound(instance: Instance, arc: Arc) -> int:
    return min(instance.capacity[arc.unit], instance.shortfall[arc.community])


def _flow_stage(instance: Instance) -> dict[int, int]:
    """Stages 1 and 2 with OR-Tools: the maximum flow of minimum cost."""
    from ortools.graph.python import min_cost_flow

    units, communities = len(instance.capacity), len(instance.shortfall)
    source, sink = 0, units + communities + 1
    arcs = instance.arcs
    tails = np.concatenate(
        [
            np.zeros(units, dtype=np.int32),
            np.array([1 + a.unit for a in arcs], dtype=np.int32),
            np.arange(units + 1, units + communities + 1, dtype=np.int32),
        ]
    )
    heads = np.concatenate(
        [
            np.arange(1, units + 1, dtype=np.int32),
            np.array([units + 1 + a.community for a in arcs], dtype=np.int32),
            np.full(communities, sink, dtype=np.int32),
        ]
    )
    capacities = np.concatenate(
        [
            np.array(instance.capacity, dtype=np.int64),
            np.array([_bound(instance, a) for a in arcs], dtype=np.int64),
            np.array(instance.shortfall, dtype=np.int64),
        ]
    )
    costs = np.concatenate(
        [
            np.zeros(units, dtype=np.int64),
            np.array([a.distance for a in arcs], dtype=np.int64),
            np.zeros(communities, dtype=np.int64),
        ]
    )
    flow = min_cost_flow.SimpleMinCostFlow()
    handles = flow.add_arcs_with_capacity_and_unit_cost(tails, heads, capacities, costs)
    flow.set_node_supply(source, int(sum(instance.capacity)))
    flow.set_node_supply(sink, -int(sum(instance.shortfall)))
    status = flow.solve_max_flow_with_min_cost()
    if status != flow.OPTIMAL:
        raise SolverError(f"min-cost flow ended with status {status}")
    values = flow.flows(handles[units : units + len(arcs)])
    return {i: int(v) for i, v in enumerate(values) if v > 0}


def _highs(output: bool = False) -> Any:
    import highspy

    solver = highspy.Highs()
    solver.setOptionValue("output_flag", output)
    return solver


def _lp_stage(instance: Instance, covered: int) -> tuple[float, np.ndarray]:
    """Stage 2 as an LP with HiGHS: its optimum and the reduced cost of every arc."""
    import highspy

    units, communities, n = len(instance.capacity), len(instance.shortfall), len(instance.arcs)
    inf = highspy.kHighsInf
    lp = highspy.HighsLp()
    lp.num_col_ = n
    lp.num_row_ = units + communities + 1
    lp.col_cost_ = np.array([a.distance for a in instance.arcs], dtype=np.double)
    lp.col_lower_ = np.zeros(n, dtype=np.double)
    lp.col_upper_ = np.array([_bound(instance, a) for a in instance.arcs], dtype=np.double)
    lp.row_lower_ = np.concatenate([np.full(units + communities, -inf), [float(covered)]])
    lp.row_upper_ = np.concatenate(
        [
            np.array(instance.capacity, dtype=np.double),
            np.array(instance.shortfall, dtype=np.double),
            [inf],
        ]
    )
    # Column-wise: each arc is in its unit's row, its community's row and the coverage row.
    index = np.empty(3 * n, dtype=np.int32)
    index[0::3] = [a.unit for a in instance.arcs]
    index[1::3] = [units + a.community for a in instance.arcs]
    index[2::3] = units + communities
    lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
    lp.a_matrix_.start_ = np.arange(0, 3 * n + 1, 3, dtype=np.int32)
    lp.a_matrix_.index_ = index
    lp.a_matrix_.value_ = np.ones(3 * n, dtype=np.double)
    solver = _highs()
    solver.passModel(lp)
    solver.run()
    if solver.getModelStatus() != highspy.HighsModelStatus.kOptimal:
        raise SolverError(f"HiGHS LP: {solver.modelStatusToString(solver.getModelStatus())}")
    solution = solver.getSolution()
    return solver.getInfo().objective_function_value, np.asarray(solution.col_dual)


def _partnership_stage(
    instance: Instance, free: list[int], fixed: dict[int, int], covered: int, distance: int,
    start: dict[int, int],
) -> dict[int, int]:  # fmt: skip
    """Stage 3 with HiGHS: among assignments that keep the free arcs' share of coverage and
    distance, the fewest new partnerships."""
    import highspy

    inf = highspy.kHighsInf
    spare = list(instance.capacity)
    short = list(instance.shortfall)
    for index, members in fixed.items():
        spare[instance.arcs[index].unit] -= members
        short[instance.arcs[index].community] -= members
    new_free = [i for i in free if not instance.arcs[i].existing]
    nx, ny = len(free), len(new_free)
    solver = _highs()
    solver.addVars(nx, np.zeros(nx), np.array([_bound(instance, instance.arcs[i]) for i in free]))
    solver.addVars(ny, np.zeros(ny), np.ones(ny))
    solver.changeColsIntegrality(
        nx + ny, np.arange(nx + ny, dtype=np.int32),
        np.array([highspy.HighsVarType.kInteger] * (nx + ny)),
    )  # fmt: skip
    solver.changeColsCost(ny, np.arange(nx, nx + ny, dtype=np.int32), np.ones(ny))
    rows_lower: list[float] = []
    rows_upper: list[float] = []
    starts: list[int] = []
    indices: list[int] = []
    values: list[float] = []

    def row(lower: float, upper: float, entries: list[tuple[int, float]]) -> None:
        starts.append(len(indices))
        rows_lower.append(lower)
        rows_upper.append(upper)
        for column, value in entries:
            indices.append(column)
            values.append(value)

    by_unit: dict[int, list[int]] = {}
    by_community: dict[int, list[int]] = {}
    for column, index in enumerate(free):
        by_unit.setdefault(instance.arcs[index].unit, []).append(column)
        by_community.setdefault(instance.arcs[index].community, []).append(column)
    for unit, columns in by_unit.items():
        row(-inf, spare[unit], [(c, 1.0) for c in columns])
    for community, columns in by_community.items():
        row(-inf, short[community], [(c, 1.0) for c in columns])
    row(covered, covered, [(c, 1.0) for c in range(nx)])
    row(-inf, distance, [(c, float(instance.arcs[i].distance)) for c, i in enumerate(free)])
    position = {index: column for column, index in enumerate(free)}
    for k, index in enumerate(new_free):  # x ≤ bound · y: an arc carries members only if opened
        bound = float(_bound(instance, instance.arcs[index]))
        row(-inf, 0.0, [(position[index], 1.0), (nx + k, -bound)])
    solver.addRows(
        len(starts), np.array(rows_lower), np.array(rows_upper), len(indices),
        np.array(starts, dtype=np.int32), np.array(indices, dtype=np.int32), np.array(values),
    )  # fmt: skip
    solver.setOptionValue("mip_rel_gap", 0.0)
    solver.setOptionValue("time_limit", 60.0)
    warm = highspy.HighsSolution()
    warm.col_value = [float(start.get(i, 0)) for i in free] + [
        1.0 if start.get(i, 0) > 0 else 0.0 for i in new_free
    ]
    warm.value_valid = True
    solver.setSolution(warm)
    solver.run()
    if solver.getModelStatus() != highspy.HighsModelStatus.kOptimal:
        raise SolverError(f"HiGHS MIP: {solver.modelStatusToString(solver.getModelStatus())}")
    chosen = solver.getSolution().col_value
    return {i: round(chosen[c]) for c, i in enumerate(free) if round(chosen[c]) > 0}


def solve(instance: Instance) -> Solution:
    if not instance.arcs or not any(instance.shortfall) or not any(instance.capacity):
        return Solution()
    start = _flow_stage(instance)
    covered, distance, _new = evaluate(instance, start)
    if covered == 0:
        return Solution()
    lp_distance, reduced = _lp_stage(instance, covered)
    if abs(lp_distance - distance) > 0.5:
        raise SolverError(f"the LP's optimum {lp_distance} differs from the flow's {distance}")
    fixed: dict[int, int] = {}
    free: list[int] = []
    for index, arc in enumerate(instance.arcs):
        tolerance = 1e-6 * max(1.0, float(arc.distance))
        if reduced[index] > tolerance:
            continue  # empty in every optimal assignment
        if reduced[index] < -tolerance:
            bound = _bound(instance, arc)
            if bound:
                fixed[index] = bound  # full in every optimal assignment
            continue
        free.append(index)
    flows = dict(fixed)
    free_new_used = [i for i in free if not instance.arcs[i].existing and start.get(i, 0) > 0]
    if free and free_new_used:
        fixed_covered = sum(fixed.values())
        fixed_distance = sum(m * instance.arcs[i].distance for i, m in fixed.items())
        flows.update(
            _partnership_stage(
                instance, free, fixed, covered - fixed_covered, distance - fixed_distance, start
            )
        )
    else:
        # No new arc among the free ones is used: the flow's own choice there is already best.
        flows.update({i: start[i] for i in free if start.get(i, 0) > 0})
    got_covered, got_distance, new = evaluate(instance, flows)
    if (got_covered, got_distance) != (covered, distance):
        raise SolverError("stage 3 changed the coverage or the distance")
    return Solution(
        flows=flows,
        covered=covered,
        distance=distance,
        new_partnerships=new,
        lp_distance=lp_distance,
        free_arcs=len(free),
    )


def greedy(instance: Instance) -> dict[int, int]:
    """The baseline a clerk would do by hand (not used to decide anything): the most short
    community first takes members from its nearest units with members to spare."""
    spare = list(instance.capacity)
    by_community: dict[int, list[int]] = {}
    for index, arc in enumerate(instance.arcs):
        by_community.setdefault(arc.community, []).append(index)
    flows: dict[int, int] = {}
    order = sorted(range(len(instance.shortfall)), key=lambda c: -instance.shortfall[c])
    for community in order:
        need = instance.shortfall[community]
        nearest_first = sorted(
            by_community.get(community, []), key=lambda i: instance.arcs[i].distance
        )
        for index in nearest_first:
            if need == 0:
                break
            unit = instance.arcs[index].unit
            take = min(need, spare[unit])
            if take:
                flows[index] = take
                spare[unit] -= take
                need -= take
    return flows
