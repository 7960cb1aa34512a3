#!/usr/bin/env python3
"""One town of N industrial parcels as a GeoJSON FeatureCollection (EPSG:4326), for the map
benchmark: a grid of irregular polygons of 10-14 vertices, 40-90 m across, over about 12 km x
9 km of gonghe (共和镇). Deterministic (seeded), so runs compare. With a third argument `facts`,
each parcel also carries what the low-efficiency rules look at (committed and actual plot ratio,
contract and actual start, approved-not-supplied date, standard-land commitments and checks), so
that the rules benchmark has rules that fire and rules that do not."""
import json
import math
import random
import sys

count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
out = sys.argv[2] if len(sys.argv) > 2 else "town.geojson"
facts = len(sys.argv) > 3 and sys.argv[3] == "facts"
rng = random.Random(20261202)
west, south = 112.62, 22.55
columns = math.ceil(math.sqrt(count * 4 / 3))
step_lon, step_lat = 0.11 / columns, 0.08 / math.ceil(count / columns)
features = []
for index in range(count):
    row, column = divmod(index, columns)
    cx = west + (column + 0.5) * step_lon
    cy = south + (row + 0.5) * step_lat
    vertices = rng.randint(10, 14)
    ring = []
    for k in range(vertices):
        angle = 2 * math.pi * k / vertices
        radius = 0.35 + 0.1 * rng.random()
        ring.append([round(cx + math.cos(angle) * radius * step_lon, 7), round(cy + math.sin(angle) * radius * step_lat, 7)])
    ring.append(ring[0])
    properties = {"parcel_number": f"GH-{index:06d}" if count > 99_999 else f"GH-{index:05d}", "town": "gonghe",
                  "plot_ratio": round(rng.uniform(0.4, 2.4), 2)}
    if facts:
        def day(low, high):
            year = rng.randint(low, high)
            return f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        properties["committed_plot_ratio"] = round(rng.uniform(0.8, 2.0), 2)
        properties["contracted_start"] = day(2018, 2026)
        if rng.random() < 0.7:
            properties["actual_start"] = day(2018, 2026)
        if rng.random() < 0.1:
            properties["approved_not_supplied_since"] = day(2019, 2025)
        if rng.random() < 0.5:
            properties["committed_investment_intensity_wan_per_mu"] = rng.choice([250, 300, 350])
            properties["checked_investment_intensity_wan_per_mu"] = rng.randint(150, 450)
            properties["committed_tax_per_mu_wan"] = rng.choice([15, 20, 25])
            properties["checked_tax_per_mu_wan"] = rng.randint(5, 40)
    features.append({"type": "Feature", "properties": properties, "geometry": {"type": "Polygon", "coordinates": [ring]}})
with open(out, "w") as file:
    json.dump({"type": "FeatureCollection", "features": features}, file)
