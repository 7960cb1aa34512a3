#!/usr/bin/env python3
"""One town of N industrial parcels as a GeoJSON FeatureCollection (EPSG:4326), for the map
benchmark: a grid of irregular polygons of 10-14 vertices, 40-90 m across, over about 12 km x
9 km of gonghe (共和镇). Deterministic (seeded), so runs compare."""
import json
import math
import random
import sys

count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
out = sys.argv[2] if len(sys.argv) > 2 else "town.geojson"
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
    properties = {"parcel_number": f"GH-{index:05d}", "town": "gonghe", "plot_ratio": round(rng.uniform(0.4, 2.4), 2)}
    features.append({"type": "Feature", "properties": properties, "geometry": {"type": "Polygon", "coordinates": [ring]}})
with open(out, "w") as file:
    json.dump({"type": "FeatureCollection", "features": features}, file)
