"""Community shapes for the offline map, drawn from the communities' own coordinates.

A district without surveyed boundaries still gets a map: each community is the area nearer to
its centre than to any other community's (a Voronoi cell), cut to a circle around its centre so
that a community at the edge does not stretch over fields and sea. The cells tile the district
the way communities do, and they are computed here, so nothing is fetched from a map server.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Callable, Hashable, Iterable
from typing import Any, TypeVar

from jinlin.cloudmap.places import Place

Point = tuple[float, float]
EMPTY: dict[str, Any] = {"type": "FeatureCollection", "features": []}
RADIUS_M = 1600  # the most a cell reaches from its centre
CIRCLE_SIDES = 20


def _clip(polygon: list[Point], a: float, b: float, c: float) -> list[Point]:
    """The part of ``polygon`` where a·x + b·y ≤ c (Sutherland–Hodgman, one half-plane)."""
    out: list[Point] = []
    for i, p in enumerate(polygon):
        q = polygon[(i + 1) % len(polygon)]
        p_in = a * p[0] + b * p[1] <= c
        q_in = a * q[0] + b * q[1] <= c
        if p_in:
            out.append(p)
        if p_in != q_in:
            denominator = a * (q[0] - p[0]) + b * (q[1] - p[1])
            t = (c - a * p[0] - b * p[1]) / denominator
            out.append((p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])))
    return out


def cells(points: dict[int, Point], radius_m: float = RADIUS_M) -> dict[int, list[Point]]:
    """Per id, the cell around its (longitude, latitude) as a closed ring of the same."""
    if not points:
        return {}
    mean_lat = sum(lat for _lon, lat in points.values()) / len(points)
    kx = 111_320 * math.cos(math.radians(mean_lat))  # metres per degree of longitude
    ky = 110_540  # metres per degree of latitude
    local = {pk: (lon * kx, lat * ky) for pk, (lon, lat) in points.items()}
    # Only a centre within two radii can cut a cell: the centres are put in squares two radii
    # wide, and a cell is cut by those of its own square and the eight around it (in the
    # order the centres came, so the cells are the same as when every pair was compared; a
    # city's 3,000 communities took seconds that way).
    reach = 2 * radius_m
    order = {pk: index for index, pk in enumerate(local)}
    squares: dict[tuple[int, int], list[int]] = {}
    for pk, (x, y) in local.items():
        squares.setdefault((math.floor(x / reach), math.floor(y / reach)), []).append(pk)
    out: dict[int, list[Point]] = {}
    for pk, (x, y) in local.items():
        sx, sy = math.floor(x / reach), math.floor(y / reach)
        near = sorted(
            (other for dx in (-1, 0, 1) for dy in (-1, 0, 1)
             for other in squares.get((sx + dx, sy + dy), ())),
            key=order.__getitem__,
        )  # fmt: skip
        polygon = [
            (
                x + radius_m * math.cos(2 * math.pi * k / CIRCLE_SIDES),
                y + radius_m * math.sin(2 * math.pi * k / CIRCLE_SIDES),
            )
            for k in range(CIRCLE_SIDES)
        ]
        for other in near:
            ox, oy = local[other]
            if other == pk or (ox - x) ** 2 + (oy - y) ** 2 > (2 * radius_m) ** 2:
                continue
            if (ox, oy) == (x, y):
                continue  # two communities at one point share it
            # Nearer to (x, y) than to (ox, oy): the half-plane of the perpendicular bisector.
            a, b = ox - x, oy - y
            c = (ox * ox + oy * oy - x * x - y * y) / 2
            polygon = _clip(polygon, a, b, c)
            if not polygon:
                break
        ring = [(round(px / kx, 6), round(py / ky, 6)) for px, py in polygon]
        if ring:
            ring.append(ring[0])
        out[pk] = ring
    return out


Centres = tuple[tuple[int, Point], ...]
T = TypeVar("T")


def _remembered(store: dict[Centres, T], points: dict[int, Point], make: Callable[[], T]) -> T:
    """What ``make`` gives for these centres, made once while they are among the last eight
    sets asked for (a district's centres rarely move)."""
    key = tuple(sorted(points.items()))
    made = store.get(key)
    if made is None:
        made = make()
        for oldest in list(store)[: max(len(store) - 7, 0)]:
            store.pop(oldest, None)
        store[key] = made
    return made


# The cells of the last few sets of centres drawn (a city's 3,000 cells took half a second to
# cut on every visit to 党群云图).
_DRAWN: dict[Centres, dict[int, list[Point]]] = {}


def _cells_of(points: dict[int, Point]) -> dict[int, list[Point]]:
    return _remembered(_DRAWN, points, lambda: cells(points))


def centres(communities: Iterable[Place]) -> dict[int, Point]:
    """Each community's centre (longitude, latitude) by its id, in the ids' order (the cells
    are cut in this order, so the same centres always give the same file); those without
    coordinates left out."""
    return dict(
        sorted(
            (c.pk, (float(c.longitude), float(c.latitude)))
            for c in communities
            if c.longitude is not None and c.latitude is not None
        )
    )


def _collection(points: dict[int, Point]) -> dict[str, Any]:
    features = [
        {
            "type": "Feature",
            "properties": {"name": f"c{pk}", "cp": list(points[pk])},
            "geometry": {"type": "Polygon", "coordinates": [ring]},
        }
        for pk, ring in _cells_of(points).items()
        if len(ring) >= 4
    ]
    return {"type": "FeatureCollection", "features": features}


def geojson(communities: Iterable[Place]) -> dict[str, Any]:
    """A FeatureCollection of the communities that have coordinates; ``properties.name`` is
    ``c<id>`` (names may repeat across streets; the page shows the real name)."""
    return _collection(centres(communities))


# The last few collections written out, by their centres (a city's is a megabyte of JSON,
# 20 ms to write).
_WRITTEN: dict[Centres, tuple[str, bytes]] = {}


def geojson_file(points: dict[int, Point]) -> tuple[str, bytes]:
    """``geojson`` of the communities with these ``centres``, written out as JSON, and a digest
    of it: the same digest for the same shapes, so that a page can name the file and a browser
    keep it. Nothing to name without centres (no digest, the empty collection)."""
    if not points:
        return "", json.dumps(EMPTY).encode()

    def write() -> tuple[str, bytes]:
        body = json.dumps(_collection(points), separators=(",", ":")).encode()
        return hashlib.sha256(body).hexdigest()[:20], body

    return _remembered(_WRITTEN, points, write)


# The file each reader's scope was last given, with its digest and the organization tree's
# mark it was read at. Asked for by that digest (as the page names it, which the browser then
# keeps), it is sent again without reading the communities: the file's content is its
# digest's, whatever has changed since (reading a city's 3,000 centres took 5 ms of the file's
# 10–14, a tenth's 1 of 5–6). Asked for unnamed, it is sent again while the tree's mark stands
# where it was read (``organizations.selectors.tree_mark``: one row instead of 3,000). A scope
# is the reader's account and roles, so a reader whose roles changed reads the communities
# afresh.
_GIVEN: dict[Hashable, tuple[str, bytes, int | None]] = {}
GIVEN_SCOPES = 256


def given(scope: Hashable, digest: str, mark: Callable[[], int | None]) -> tuple[str, bytes] | None:
    """The file (digest, body) this scope was last given, if it was the one with this digest
    or, asked for unnamed, if the tree's mark (``mark()``, read only then) is still the one it
    was read at."""
    kept = _GIVEN.get(scope)
    if kept is None:
        return None
    kept_digest, body, kept_mark = kept
    if digest:
        return (kept_digest, body) if kept_digest == digest else None
    if kept_mark is not None and mark() == kept_mark:
        return kept_digest, body
    return None


def give(scope: Hashable, digest: str, body: bytes, mark: int | None = None) -> None:
    """Remember the file given to this scope (the last ``GIVEN_SCOPES`` scopes), and the tree's
    mark its communities were read at (none: only its digest may find it again)."""
    _GIVEN.pop(scope, None)
    _GIVEN[scope] = (digest, body, mark)
    for oldest in list(_GIVEN)[: max(len(_GIVEN) - GIVEN_SCOPES, 0)]:
        _GIVEN.pop(oldest, None)
