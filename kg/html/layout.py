"""Node positions for the explorer, computed once in Python so the page opens without physics.

A browser running vis-network's physics on 2,000 actors spends seconds jiggling before anyone
can read the graph, and redoes it on every open; a fixed layout opens at once and stays put
between sessions, so analysts can remember where things are.

networkx's ``spring_layout`` is fine on a few hundred nodes but needs scipy (and gets slow)
beyond ~500, so large components are laid out in two steps: the best-connected core with
``spring_layout``, then every other node placed near the neighbours already placed (breadth
first), which is linear in the number of edges.  Connected components are laid out apart and
packed in rows, biggest first, so small disconnected pairs do not fly off to the margins.

>>> pos = layout_positions(3, [(0, 1, 1.0), (1, 2, 1.0)])
>>> len(pos), all(isinstance(x, float) and isinstance(y, float) for x, y in pos)
(3, True)
"""

from __future__ import annotations

import math
import random
from typing import Iterable

import networkx as nx

#: Largest component (or core) given to ``spring_layout``; above this it gets slow (and needs scipy).
CORE_SIZE = 300
#: Components this big get their density evened out (small ones read well as they are).
EVEN_OUT_FROM = 50
#: Typical distance in pixels between neighbouring nodes in the drawn graph.
SPACING = 140.0

Point = tuple[float, float]


def _spring(g: nx.Graph, seed: int) -> dict[int, Point]:
    """spring_layout scaled so that nodes sit about SPACING apart whatever the component size."""
    if len(g) == 1:
        return {next(iter(g)): (0.0, 0.0)}
    iterations = 100 if len(g) < 100 else 50
    raw = nx.spring_layout(g, seed=seed, iterations=iterations, weight="weight", method="force")
    radius = SPACING * math.sqrt(len(g)) * 0.8
    return {n: (float(p[0]) * radius, float(p[1]) * radius) for n, p in raw.items()}


def _even_out(pos: dict[int, Point]) -> dict[int, Point]:
    """Move nodes along their ray from the centre so the drawing's density is even.

    Force layouts of news graphs pack the hubs' neighbourhoods into a dense ball while a few
    chains stretch far out, and the ball is where analysts need to read labels.  Giving each
    node the radius its rank in distance would have in a uniformly filled disc keeps every
    direction and neighbourhood order but spreads the ball and pulls the tendrils in."""
    if len(pos) < 3:
        return pos
    cx = sum(p[0] for p in pos.values()) / len(pos)
    cy = sum(p[1] for p in pos.values()) / len(pos)
    order = sorted(pos, key=lambda n: math.hypot(pos[n][0] - cx, pos[n][1] - cy))
    radius = SPACING * math.sqrt(len(pos)) * 0.6
    out: dict[int, Point] = {}
    for rank, node in enumerate(order):
        dx, dy = pos[node][0] - cx, pos[node][1] - cy
        r = math.hypot(dx, dy)
        target = radius * math.sqrt((rank + 0.5) / len(pos))
        out[node] = (dx * target / r, dy * target / r) if r > 0 else (0.0, 0.0)
    return out


def _grow(g: nx.Graph, placed: dict[int, Point], rng: random.Random) -> dict[int, Point]:
    """Place the nodes not yet placed next to their placed neighbours, breadth first."""
    frontier = list(placed)
    while frontier:
        nxt: list[int] = []
        for node in frontier:
            for nb in g.neighbors(node):
                if nb in placed:
                    continue
                anchors = [placed[a] for a in g.neighbors(nb) if a in placed]
                cx = sum(p[0] for p in anchors) / len(anchors)
                cy = sum(p[1] for p in anchors) / len(anchors)
                angle = rng.uniform(0, 2 * math.pi)
                dist = SPACING * rng.uniform(0.6, 1.2)
                placed[nb] = (cx + dist * math.cos(angle), cy + dist * math.sin(angle))
                nxt.append(nb)
        frontier = nxt
    return placed


def _component_layout(g: nx.Graph, seed: int) -> dict[int, Point]:
    if len(g) < EVEN_OUT_FROM:
        return _spring(g, seed)
    if len(g) <= CORE_SIZE:
        return _even_out(_spring(g, seed))
    by_degree = sorted(g.degree(weight="weight"), key=lambda nd: (-nd[1], nd[0]))
    core = g.subgraph([n for n, _ in by_degree[:CORE_SIZE]]).copy()
    placed = _spring(core, seed)
    # The core's spring radius is sized for the core; spread it for the whole component.
    stretch = math.sqrt(len(g) / len(core))
    placed = {n: (x * stretch, y * stretch) for n, (x, y) in placed.items()}
    return _even_out(_grow(g, placed, random.Random(seed)))


def _pack(parts: list[dict[int, Point]]) -> dict[int, Point]:
    """Shelf-pack component layouts (biggest first) into rows of roughly square extent."""
    boxes = []
    for part in parts:
        xs = [p[0] for p in part.values()]
        ys = [p[1] for p in part.values()]
        boxes.append((part, min(xs), min(ys), max(xs) - min(xs) + SPACING, max(ys) - min(ys) + SPACING))
    total_area = sum(w * h for _, _, _, w, h in boxes)
    row_width = max(math.sqrt(total_area) * 1.3, max(w for *_, w, _ in boxes))
    out: dict[int, Point] = {}
    x = y = row_h = 0.0
    for part, x0, y0, w, h in boxes:
        if x > 0 and x + w > row_width:
            x, y, row_h = 0.0, y + row_h, 0.0
        for n, (px, py) in part.items():
            out[n] = (px - x0 + x, py - y0 + y)
        x += w
        row_h = max(row_h, h)
    # Centre the drawing on the origin, where vis-network's initial view looks.
    cx = sum(p[0] for p in out.values()) / len(out)
    cy = sum(p[1] for p in out.values()) / len(out)
    return {n: (round(px - cx, 1), round(py - cy, 1)) for n, (px, py) in out.items()}


def layout_positions(n_nodes: int, edges: Iterable[tuple[int, int, float]], *, seed: int = 7) -> list[Point]:
    """(x, y) in pixels for nodes 0..n_nodes-1 linked by weighted ``edges`` (u, v, weight).

    Deterministic for a given input and seed, so rebuilding a graph keeps its picture.
    """
    if n_nodes == 0:
        return []
    g = nx.Graph()
    g.add_nodes_from(range(n_nodes))
    for u, v, w in edges:
        if u == v:
            continue
        if g.has_edge(u, v):
            g[u][v]["weight"] += w
        else:
            g.add_edge(u, v, weight=w)
    comps = sorted(nx.connected_components(g), key=lambda c: (-len(c), min(c)))
    parts = [_component_layout(g.subgraph(c), seed) for c in comps]
    pos = _pack(parts)
    return [pos[i] for i in range(n_nodes)]
