"""Writing results to files: claims.jsonl, GraphML/GEXF, report.json.  Every write is atomic
(a temporary file in the same folder, then ``os.replace``), so a crash never leaves a
half-written output behind for a downstream tool to read."""

from __future__ import annotations

import contextlib
import json
import os
import uuid
from pathlib import Path
from typing import IO, Any, Iterable, Iterator

import networkx as nx

from kg.claims.model import Claim


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary path beside ``path`` for a writer to create; on success it replaces
    ``path`` in one step, on failure it is removed and the old file stays as it was."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        yield tmp
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike, mode: str = "w", encoding: str | None = "utf-8") -> Iterator[IO[Any]]:
    """Open a temporary file next to ``path``; on success it replaces ``path`` in one step."""
    with atomic_path(path) as tmp:
        with open(tmp, mode, encoding=encoding if "b" not in mode else None) as fh:
            yield fh


def write_claims_jsonl(claims: Iterable[Claim], path: Path) -> int:
    """The public claims.jsonl: one claim per line (format in the README)."""
    n = 0
    with atomic_write(path) as fh:
        for c in claims:
            fh.write(json.dumps(c.to_dict(), ensure_ascii=False, sort_keys=False) + "\n")
            n += 1
    return n


def read_claims_jsonl(path: Path) -> list[Claim]:
    with Path(path).open(encoding="utf-8") as fh:
        return [Claim.from_dict(json.loads(line)) for line in fh if line.strip()]


def _flat(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """GraphML/GEXF hold scalars only: drop None, JSON-encode lists (the evidence)."""
    h = nx.MultiDiGraph()
    for n, d in g.nodes(data=True):
        h.add_node(n, **{k: v for k, v in d.items() if v is not None})
    for u, v, k, d in g.edges(keys=True, data=True):
        h.add_edge(u, v, key=k, **{a: (json.dumps(b, ensure_ascii=False) if isinstance(b, (list, dict)) else b)
                                   for a, b in d.items() if b is not None})
    return h


def write_graphml(g: nx.MultiDiGraph, path: Path) -> None:
    with atomic_write(path, "wb") as fh:
        nx.write_graphml(_flat(g), fh, encoding="utf-8")


def write_gexf(g: nx.MultiDiGraph, path: Path) -> None:
    with atomic_write(path, "wb") as fh:
        nx.write_gexf(_flat(g), fh, encoding="utf-8")


def write_json(data: Any, path: Path) -> None:
    with atomic_write(path) as fh:
        json.dump(data, fh, ensure_ascii=False, indent=2, default=str)
        fh.write("\n")
