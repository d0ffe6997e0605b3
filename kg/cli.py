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
) -> None:
    """Build claims.jsonl, graph.ttl, graph.graphml, graph.html and report.json from articles."""
    from kg.build import build as run_build

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
                               on_document=lambda _d: progress.advance(task))
        except OSError as exc:
            err.print(f"[red]error:[/red] {exc}", highlight=False)
            raise typer.Exit(2)
    _print_summary(report)


def _print_summary(report) -> None:
    t = Table(title="geokg build", show_header=False)
    t.add_row("documents read", str(report.documents_read))
    t.add_row("documents skipped", str(len(report.skipped)))
    t.add_row("claims", str(report.claims))
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


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
