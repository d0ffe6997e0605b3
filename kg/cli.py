"""The ``kg`` command line: thin wrappers over the stages (build, eval, query, serve, export, push)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from kg.nlp.pipeline import DEFAULT_MODEL

app = typer.Typer(help="geokg: news articles in, a knowledge graph of geopolitical relations out.",
                  no_args_is_help=True, add_completion=False)
out = Console()
err = Console(stderr=True)


@app.command()
def build(
    paths: list[Path] = typer.Argument(..., help="Article files (.txt, .md, .jsonl) or folders (read recursively)."),
    out_dir: Path = typer.Option(Path("out"), "--out", "-o", help="Output folder."),
    model: str = typer.Option(DEFAULT_MODEL, "--model", "-m", help="Any installed spaCy pipeline with a parser and NER."),
    store: Optional[Path] = typer.Option(None, "--store", help="Persistent RDF store to add to (default: OUT/store)."),
    no_html: bool = typer.Option(False, "--no-html", help="Skip graph.html."),
    batch_size: int = typer.Option(32, "--batch-size", help="Documents per spaCy batch."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    assume_date: Optional[str] = typer.Option(None, "--assume-date", metavar="YYYY-MM-DD",
                                              help="Read offices ('the US president') in articles without a "
                                                   "published date as of this day (default: today)."),
) -> None:
    """Build claims.jsonl, graph.ttl, graph.graphml, graph.html and report.json from articles."""
    from kg.build import build as run_build
    from kg.nlp.actors import parse_day

    try:
        assumed = parse_day(assume_date)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--assume-date") from None

    def report_error(item: dict) -> None:
        where = f"{item['source']}:{item['line']}" if item.get("line") else item["source"]
        err.print(f"[yellow]skipped[/yellow] {where}: {item['reason']}", markup=True, highlight=False)

    progress = Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                        TimeElapsedColumn(), console=err, disable=quiet or not err.is_terminal)
    with progress:
        task = progress.add_task("articles", total=None)
        try:
            report = run_build(paths, out_dir, model=model, store_path=store, html=not no_html,
                               batch_size=batch_size, on_error=report_error,
                               on_document=lambda _d: progress.advance(task),
                               on_total=lambda n: progress.update(task, total=n), assume_date=assumed)
        except OSError as exc:
            err.print(f"[red]error:[/red] {exc}", highlight=False)
            raise typer.Exit(2)
    _print_summary(report)


def _print_summary(report) -> None:
    t = Table(title="geokg build", show_header=False)
    t.add_row("documents read", str(report.documents_read))
    t.add_row("documents skipped", str(len(report.skipped)))
    t.add_row("claims found", str(report.claims))
    t.add_row("claims in store", str(report.claims_in_store))
    t.add_row("by category", ", ".join(f"{k} {v}" for k, v in report.by_category.items()) or "-")
    t.add_row("by modality", ", ".join(f"{k} {v}" for k, v in report.by_modality.items()) or "-")
    if report.triples is not None:
        t.add_row("RDF triples in store", str(report.triples))
    t.add_row("time", f"{report.timings.get('total', 0):.1f} s")
    out.print(t)
    for name in ("claims", "turtle", "graphml"):
        if name in report.outputs:
            out.print(f"{name:>8}: {report.outputs[name]}", highlight=False)
    if "html" in report.outputs:
        out.print(f"[bold]open in a browser:[/bold] {Path(report.outputs['html']).resolve()}", highlight=False)


@app.command("eval")
def eval_(
    gold: Optional[Path] = typer.Option(None, help="Folder of gold articles (default: tests/data/gold of the checkout)."),
    plover: Optional[Path] = typer.Option(None, help="PLOVER gold records (default: ../shared/eval/plover-gsr/...)."),
    petrarch: Optional[Path] = typer.Option(None, help="PETRARCH-2 validation sentences (default: ../shared/eval/...)."),
    cameo: Optional[Path] = typer.Option(None, help="CAMEO-to-PLOVER table (default: ../shared/reference/cameo/...)."),
    sets: str = typer.Option("gold,plover,petrarch", help="Comma-separated data sets to score."),
    limit: Optional[int] = typer.Option(None, help="Only the first N items of each set (a fast subset)."),
    split: str = typer.Option("all", help="all | dev (items patterns were developed on) | heldout (every third item)."),
    batch: Optional[list[int]] = typer.Option(None, help="Only gold articles of this annotation batch; repeat "
                                              "for several (see tests/data/gold/README.md, Batches)."),
    model: str = typer.Option(DEFAULT_MODEL, "--model", "-m"),
    json_out: Optional[Path] = typer.Option(None, "--json", help="Also write the figures as JSON."),
    per_category: bool = typer.Option(True, help="Print per-category figures."),
) -> None:
    """Score extraction against annotated data: claim P/R/F1, per category, actors, dates, modality."""
    from kg.evaluate import default_sources, run_all
    from kg.nlp.pipeline import load_pipeline
    from kg.outputs import write_json

    sources = default_sources(Path(__file__).resolve().parent.parent)
    for name, value in (("gold", gold), ("plover", plover), ("petrarch", petrarch), ("cameo", cameo)):
        if value is not None:
            sources[name] = value
    wanted = [s.strip() for s in sets.split(",") if s.strip()]
    from kg.evaluate import SPLITS

    if split not in SPLITS:
        raise typer.BadParameter(f"--split must be one of {', '.join(SPLITS)}")
    results = run_all(load_pipeline(model), sources, wanted, limit, split, batch)
    if not results:
        err.print("[red]error:[/red] none of the data sets was found: " +
                  ", ".join(f"{k}={v}" for k, v in sources.items()), highlight=False)
        raise typer.Exit(2)
    for res in results:
        _print_eval(res, per_category)
    if json_out:
        write_json([r.to_dict() for r in results], json_out)


def _print_eval(res, per_category: bool) -> None:
    pct = lambda x: "-" if x is None else f"{x:.3f}"  # noqa: E731
    t = Table(title=f"{res.name} ({res.items} items)")
    for col in ("claims P", "claims R", "claims F1", "central R", "actors", "dates", "modality", "sectors"):
        t.add_column(col, justify="right")
    central = res.central.recall if res.central.tp + res.central.fn else None
    t.add_row(pct(res.overall.precision), pct(res.overall.recall), pct(res.overall.f1), pct(central),
              pct(res.actors.value), pct(res.dates.value), pct(res.modality.value), pct(res.sectors.value))
    out.print(t)
    if per_category:
        c = Table(title=f"{res.name}: per category", show_lines=False)
        for col in ("category", "TP", "FP", "FN", "P", "R", "F1"):
            c.add_column(col, justify="right" if col != "category" else "left")
        for cat, n in sorted(res.per_category.items()):
            c.add_row(cat, str(n.tp), str(n.fp), str(n.fn), pct(n.precision), pct(n.recall), pct(n.f1))
        out.print(c)
    for note in res.notes:
        out.print(f"note: {note}", highlight=False)


STORE_OPTION = typer.Option(Path("out/store"), "--store", "-s", help="The RDF store (a folder made by kg build).")


@app.command()
def query(
    sparql: str = typer.Argument(..., help="A SPARQL query, a .rq file, or - for standard input."),
    store: Path = STORE_OPTION,
    fmt: str = typer.Option("table", "--format", "-f", help="table, csv, tsv or json (CONSTRUCT: Turtle)."),
) -> None:
    """Run a SPARQL 1.1 query on the store."""
    from kg.store import query_command

    try:
        query_command(store, sparql, fmt)
    except SyntaxError as exc:
        err.print(f"[red]bad SPARQL query:[/red] {exc}", highlight=False)
        raise typer.Exit(2)
    except (OSError, ValueError) as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(2)


@app.command()
def serve(
    store: Path = typer.Argument(Path("out/store"), help="The RDF store to serve."),
    host: str = typer.Option("127.0.0.1", help="Address to bind (127.0.0.1: this machine only)."),
    port: int = typer.Option(7878, help="Port (0: any free port)."),
    timeout: float = typer.Option(30.0, help="Seconds a query may run before it is stopped."),
    max_rows: int = typer.Option(10_000, help="Result row cap (0: none)."),
    update_token: Optional[str] = typer.Option(None, envvar="GEOKG_UPDATE_TOKEN",
                                               help="Allow SPARQL updates with this bearer token."),
    cors: bool = typer.Option(False, help="Send CORS headers (for browser clients on other origins)."),
    workers: int = typer.Option(2, help="Query worker processes."),
) -> None:
    """Serve the store as a SPARQL 1.1 endpoint (/sparql), with example queries at /."""
    from kg.server import serve_command

    try:
        serve_command(store, host, port, timeout, max_rows, update_token, cors, workers)
    except OSError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(2)


RDF_FORMATS = ("ttl", "nt", "trig", "nq", "jsonld")
CLAIM_FORMATS = ("jsonl", "graphml", "gexf", "html")


@app.command()
def export(
    fmt: str = typer.Option(..., "--format", "-f",
                            help=f"RDF: {', '.join(RDF_FORMATS)}; claims: {', '.join(CLAIM_FORMATS)}."),
    path: Path = typer.Option(..., "--out", "-o", help="Output file."),
    store: Path = STORE_OPTION,
    start: Optional[str] = typer.Option(None, help="Claims dated on or after this (2019, 2019-05, 2019-05-03)."),
    end: Optional[str] = typer.Option(None, help="Claims dated on or before this."),
    actor: list[str] = typer.Option([], "--actor", "-a", help="Only claims involving this actor (name, alias or IRI); repeatable."),
    category: list[str] = typer.Option([], "--category", "-c", help="PLOVER category or quad class; repeatable."),
    modality: list[str] = typer.Option([], "--modality", help="asserted, alleged, denied, negated, hypothetical; repeatable."),
    min_confidence: float = typer.Option(0.0, help="Only claims at least this confident."),
) -> None:
    """Export the store: the RDF itself, or its claims (filtered) as JSONL, GraphML, GEXF or the HTML explorer."""
    from kg.store import Store

    fmt = fmt.lower()
    filters = bool(start or end or actor or category or modality or min_confidence)
    try:
        if fmt in RDF_FORMATS:
            if filters:
                raise ValueError(f"filters apply to {', '.join(CLAIM_FORMATS)}; {fmt} exports the whole store")
            with Store(store, read_only=True) as st:
                written = st.export(fmt, path)
        elif fmt in CLAIM_FORMATS:
            written = _export_claims(store, fmt, path, start=start, end=end, actors=actor, categories=category,
                                     modalities=modality, min_confidence=min_confidence)
        else:
            raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(RDF_FORMATS + CLAIM_FORMATS)}")
    except (OSError, ValueError) as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(2)
    out.print(str(written), highlight=False)


def _export_claims(store_path: Path, fmt: str, path: Path, **filters) -> Path:
    from kg.claims.select import select_claims
    from kg.graph import claims_to_graph
    from kg.outputs import write_claims_jsonl, write_gexf, write_graphml
    from kg.readback import read_claims
    from kg.store import Store

    if not Path(store_path).exists():
        raise OSError(f"no store at {store_path} (run kg build first, or pass --store)")
    with Store(store_path, read_only=True) as st:
        claims = select_claims(read_claims(st), **filters)
    if fmt == "jsonl":
        write_claims_jsonl(claims, path)
    elif fmt == "graphml":
        write_graphml(claims_to_graph(claims), path)
    elif fmt == "gexf":
        write_gexf(claims_to_graph(claims), path)
    else:
        from kg.html import write_html

        write_html(claims, path, title=f"geokg: {len(claims)} claims from {store_path}")
    err.print(f"{len(claims)} claims exported", highlight=False)
    return Path(path)


@app.command()
def push(
    url: str = typer.Argument(..., help="Graph Store endpoint (gsp) or SPARQL update endpoint (update)."),
    store: Path = STORE_OPTION,
    protocol: str = typer.Option("gsp", help="gsp (PUT per graph) or update (DROP + INSERT DATA)."),
    user: Optional[str] = typer.Option(None, help="User for HTTP Basic authentication."),
    password: Optional[str] = typer.Option(None, envvar="GEOKG_PUSH_PASSWORD", help="Password for Basic auth."),
    token: Optional[str] = typer.Option(None, envvar="GEOKG_PUSH_TOKEN", help="Bearer token."),
    default_graph: bool = typer.Option(True, help="Also replace the target's default graph with the union."),
    prune: bool = typer.Option(False, help="(update) Drop the target's geokg graphs the store no longer has."),
) -> None:
    """Send every named graph of the store to a SPARQL 1.1 server."""
    from kg.push import PushError, push_command

    try:
        push_command(store, url, protocol, user, password, token, default_graph, prune)
    except (OSError, ValueError, PushError) as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(2)


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
