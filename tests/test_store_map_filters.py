"""Map filters (``near``, ``bbox``) list exactly what a brute-force test over every
row keeps, in the listing's order with the listing's cursors, page after page, on
both plans (the places in the area sorted, or the keyset index walked) and on
both dialects: dense and sparse areas, the antimeridian, a pole, and points on
the widest part of a circle, where a box too narrow for it would drop them."""

from __future__ import annotations

import math
import random
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from claimwire.records import Extraction
from claimwire.store import Store, open_store
from claimwire.store import store as store_module
from store_support import BACKENDS, make_backend_url, sample_extraction

EARTH_KM = 6371.0088
CLUSTER = (48.5, 31.0)  # many places: big areas here are dense
ARTICLES = 90


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from make_backend_url(str(request.param), str(tmp_path))


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Haversine distance, written here independently of the store's."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


def _widest(lat: float, lon: float, km: float, side: int) -> tuple[float, float]:
    """The point of the circle (shrunk by 0.01%) furthest east (side 1) or west (-1)."""
    angle = km * (1 - 1e-4) / EARTH_KM
    phi = math.radians(lat)
    at = math.degrees(math.asin(math.sin(phi) / math.cos(angle)))
    reach = math.degrees(math.asin(math.sin(angle) / math.cos(phi)))
    return at, (lon + side * reach + 540) % 360 - 180


#: Circles that the queries below use, with points placed on their widest parts.
CIRCLES = [(*CLUSTER, 40.0), (10.0, 179.9, 60.0), (-33.9, 151.2, 25.0), (62.0, -150.0, 300.0)]


def _coordinates(rng: random.Random, i: int) -> list[tuple[float, float]]:
    """Where article ``i``'s two places lie."""
    if i < 50:  # the dense cluster
        return [
            (CLUSTER[0] + rng.uniform(-0.4, 0.4), CLUSTER[1] + rng.uniform(-0.5, 0.5))
            for _ in range(2)
        ]
    if i < 58:  # on the widest parts of the circles
        lat, lon, km = CIRCLES[(i - 50) // 2]
        return [_widest(lat, lon, km, 1), _widest(lat, lon, km, -1)]
    if i < 66:  # both sides of the antimeridian
        return [(10.0 + rng.uniform(-0.3, 0.3), rng.choice([179.6, 179.95, -179.9, -179.6]))
                for _ in range(2)]  # fmt: skip
    if i < 70:  # around the north pole
        return [(rng.uniform(89.5, 90.0), rng.uniform(-180, 180)) for _ in range(2)]
    return [(rng.uniform(-60, 70), rng.uniform(-180, 180)) for _ in range(2)]  # scattered


def _arrivals() -> list[Extraction]:
    rng = random.Random(20241126)
    arrivals = []
    for i in range(ARTICLES):
        day = None if i % 17 == 0 else f"2024-0{1 + i % 9}-{1 + rng.randrange(3):02d}"
        x = sample_extraction(f"m{i:03d}", day)
        places = tuple(
            replace(place, lat=lat, lon=lon)
            for place, (lat, lon) in zip(x.places, _coordinates(rng, i), strict=True)
        )
        # The second event moves to the second place, so both places carry events.
        events = tuple(replace(e, place="p2") if e.id == "e2" else e for e in x.events)
        arrivals.append(replace(x, places=places, events=events))
    rng.shuffle(arrivals)  # arrival order differs from the order of the ids
    return arrivals


def _in_box(lat: float, lon: float, box: tuple[float, float, float, float]) -> bool:
    west, south, east, north = box
    across = west <= lon <= east if west <= east else (lon >= west or lon <= east)
    return south <= lat <= north and across


def _keeps(lat: float, lon: float, near: tuple[float, float, float] | None, bbox: Any) -> bool:
    if near is not None and _km(lat, lon, near[0], near[1]) > near[2]:
        return False
    return bbox is None or _in_box(lat, lon, bbox)


QUERIES: list[dict[str, Any]] = [
    {"near": (*CLUSTER, 40.0)},  # dense
    {"near": (*CLUSTER, 5.0)},  # a few places in the cluster
    {"near": (*CLUSTER, 4000.0)},  # everything nearby, and some scattered
    {"near": (*CLUSTER, 20_000.0)},  # nearly the whole earth
    {"near": (10.0, 179.9, 60.0)},  # across the antimeridian
    {"near": (10.0, -179.95, 20.0)},
    {"near": (89.9, 20.0, 80.0)},  # over the pole
    {"near": (-33.9, 151.2, 25.0)},
    {"near": (62.0, -150.0, 300.0)},
    {"near": (0.0, 0.0, 10.0)},  # nothing there
    {"bbox": (30.5, 48.1, 31.5, 48.9)},  # dense
    {"bbox": (30.9, 48.4, 31.0, 48.5)},
    {"bbox": (179.0, 9.0, -179.0, 11.0)},  # crosses the antimeridian
    {"bbox": (-180.0, -90.0, 180.0, 90.0)},  # the world
    {"bbox": (30.0, 48.0, 32.0, 49.0), "near": (*CLUSTER, 30.0)},
    {"near": (*CLUSTER, 40.0), "since": "2024-03-01", "until": "2024-07-31"},
]


def _expected(store: Store, kind: str, query: dict[str, Any]) -> list[Any]:
    """The unfiltered listing (every page), filtered here row by row."""
    others = {k: v for k, v in query.items() if k not in ("near", "bbox")}
    rows = _pages(store, kind, 10_000, **others)
    kept = []
    for row in rows:
        place = row.place
        if place is not None and _keeps(place.lat, place.lon, query.get("near"), query.get("bbox")):
            kept.append(row)
    return kept


def _pages(store: Store, kind: str, limit: int, **filters: Any) -> list[Any]:
    rows: list[Any] = []
    after = None
    while True:
        page = getattr(store, kind)(limit=limit, after=after, **filters)
        rows += page
        if len(page) < limit:
            return rows
        after = page[-1].cursor


def _plans(store: Store) -> list[store_module._GeoPlan]:
    """Both plans of the store's dialect: the area sorted, the keyset index walked."""
    walk = (
        store_module._GeoPlan("+p.lat", "+p.lon")
        if store.dialect == "sqlite"
        else store_module._GeoPlan(opaque=True)
    )
    return [store_module._GeoPlan(gather=True), walk]


def test_map_filters_list_what_a_brute_force_filter_keeps(
    store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen: list[store_module._GeoPlan] = []
    real = Store._geo_plan

    def spy(self: Store, *args: Any) -> store_module._GeoPlan:
        chosen.append(real(self, *args))
        return chosen[-1]

    with open_store(store_url) as store:
        store.save_many(_arrivals())
        expected = {
            (kind, i): _expected(store, kind, query)
            for kind in ("events", "places")
            for i, query in enumerate(QUERIES)
        }
        # Every query finds something but the empty area, and the widest points
        # of the circles are there.
        assert [i for i, _ in enumerate(QUERIES) if not expected["places", i]] == [9]
        widest = {r.article_id for r in expected["places", 4]}
        assert {"m052", "m053"} <= widest  # placed on the widest part of that circle
        for kind, i in expected:
            assert len({r.cursor for r in expected[kind, i]}) == len(expected[kind, i])

        monkeypatch.setattr(Store, "_geo_plan", spy)
        for (kind, i), rows in expected.items():
            for limit in (3, 50):
                assert _pages(store, kind, limit, **QUERIES[i]) == rows, (kind, QUERIES[i], limit)
        plans = set(chosen)
        assert len(plans) == 2, plans  # the store picked each plan for some query

        for plan in _plans(store):
            monkeypatch.setattr(Store, "_geo_plan", lambda self, *args, plan=plan: plan)
            for (kind, i), rows in expected.items():
                for limit in (1, 7):
                    assert _pages(store, kind, limit, **QUERIES[i]) == rows, (plan, kind, i)


def test_points_on_the_widest_part_of_a_circle_are_inside(store_url: str) -> None:
    # The box that lets an index find a circle's places must hold all of the
    # circle: its widest part lies poleward of its centre, wider than km / cos(lat).
    arrivals = [sample_extraction(f"w{i}", "2024-05-01") for i in range(4)]
    for i, (lat, lon, km) in enumerate(CIRCLES):
        east, west = _widest(lat, lon, km, 1), _widest(lat, lon, km, -1)
        places = (replace(arrivals[i].places[0], lat=east[0], lon=east[1]),
                  replace(arrivals[i].places[1], lat=west[0], lon=west[1]))  # fmt: skip
        arrivals[i] = replace(arrivals[i], places=places)
    with open_store(store_url) as store:
        store.save_many(arrivals)
        for i, circle in enumerate(CIRCLES):
            assert [(r.article_id, r.place.id) for r in store.places(near=circle)] == [
                (f"w{i}", "p1"),
                (f"w{i}", "p2"),
            ]
            outside = (circle[0], circle[1], circle[2] * 0.999)
            assert store.places(near=outside) == []
