"""The offline map's community cells: each the area nearer its centre than any other's, cut
to a circle; found by comparing only nearby centres, the same cells as comparing all."""

import math
import random

from jinlin.cloudmap import shapes


def _every_pair(points, radius_m=shapes.RADIUS_M):
    """The cells as every pair of centres compared (the reference)."""
    mean_lat = sum(lat for _lon, lat in points.values()) / len(points)
    kx, ky = 111_320 * math.cos(math.radians(mean_lat)), 110_540
    local = {pk: (lon * kx, lat * ky) for pk, (lon, lat) in points.items()}
    out = {}
    for pk, (x, y) in local.items():
        polygon = [(x + radius_m * math.cos(2 * math.pi * k / shapes.CIRCLE_SIDES),
                    y + radius_m * math.sin(2 * math.pi * k / shapes.CIRCLE_SIDES))
                   for k in range(shapes.CIRCLE_SIDES)]  # fmt: skip
        for other, (ox, oy) in local.items():
            if other == pk or (ox, oy) == (x, y):
                continue
            polygon = shapes._clip(polygon, ox - x, oy - y, (ox * ox + oy * oy - x * x - y * y) / 2)
            if not polygon:
                break
        ring = [(round(px / kx, 6), round(py / ky, 6)) for px, py in polygon]
        out[pk] = [*ring, ring[0]] if ring else ring
    return out


def test_cells_by_nearby_centres_are_the_cells_of_every_pair():
    rng = random.Random(21)
    # A city's spread: dense blocks, scattered villages, two communities at one point.
    points = {i: (118.0 + rng.random() * 0.3, 24.5 + rng.random() * 0.2) for i in range(150)}
    points.update({1000 + i: (118.1 + rng.random() * 0.01, 24.6 + rng.random() * 0.01)
                   for i in range(60)})  # fmt: skip
    points[2000] = points[2001] = (118.2, 24.55)
    assert shapes.cells(points) == _every_pair(points)


def test_a_lone_community_is_its_circle_and_neighbours_split_the_ground_between_them():
    lone = shapes.cells({1: (118.1, 24.6)})[1]
    assert len(lone) == shapes.CIRCLE_SIDES + 1 and lone[0] == lone[-1]
    pair = shapes.cells({1: (118.100, 24.6), 2: (118.105, 24.6)})  # about 500 m apart
    assert max(lon for lon, _lat in pair[1]) <= 118.1025 + 1e-6  # up to the bisector
    assert min(lon for lon, _lat in pair[2]) >= 118.1025 - 1e-6


def test_the_cells_of_the_same_centres_are_cut_once(monkeypatch):
    cut = []
    real = shapes.cells
    monkeypatch.setattr(shapes, "cells", lambda points: cut.append(1) or real(points))
    monkeypatch.setattr(shapes, "_DRAWN", {})
    points = {1: (118.100, 24.6), 2: (118.105, 24.6)}
    first = shapes._cells_of(points)
    assert shapes._cells_of(dict(reversed(list(points.items())))) == first and len(cut) == 1
    moved = shapes._cells_of({1: (118.100, 24.6), 2: (118.106, 24.6)})
    assert moved != first and len(cut) == 2  # a centre moved: cut again
    for i in range(10):  # a few sets are kept, not every set ever drawn
        shapes._cells_of({1: (118.0 + i / 100, 24.6)})
    assert len(shapes._DRAWN) <= 8
