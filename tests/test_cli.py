"""``kg build`` through its real command line: outputs, summary, and bad input that is
reported (stderr and report.json) while every good document still lands."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

KG = [sys.executable, "-m", "kg.cli"]


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*KG, *args], capture_output=True, text=True, timeout=300, cwd=cwd)


@pytest.fixture(scope="module")
def mixed_input(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("articles")
    (d / "good.md").write_text("---\ntitle: Talks\npublished: 2021-06-16\n---\n"
                               "Joe Biden met Vladimir Putin in Geneva on Wednesday.\n")
    (d / "broken.txt").write_bytes(b"\xff\xfeNot UTF-8 \x00 at all")
    (d / "feed.jsonl").write_text(
        json.dumps({"id": "w1", "text": "Japan imposed sanctions on North Korea.", "published": "2016-12-02"}) + "\n"
        + "{broken json\n"
        + json.dumps({"id": "w3", "title": "no text"}) + "\n")
    return d


@pytest.fixture(scope="module")
def built(mixed_input, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    proc = run("build", str(mixed_input), "--out", str(out), "--quiet")
    return proc, out


def test_build_succeeds_and_prints_summary(built):
    proc, out = built
    assert proc.returncode == 0, proc.stderr
    assert "claims" in proc.stdout and str((out / "graph.html").resolve()) in proc.stdout.replace("\n", "")


def test_bad_documents_reported_on_stderr_and_in_report(built, mixed_input):
    proc, out = built
    report = json.loads((out / "report.json").read_text())
    reasons = {(Path(s["source"]).name, s["line"]): s["reason"] for s in report["skipped"]}
    assert "not UTF-8" in reasons[("broken.txt", None)]
    assert reasons[("feed.jsonl", 2)].startswith("broken JSON")
    assert reasons[("feed.jsonl", 3)] == "missing or empty 'text'"
    assert "broken.txt" in proc.stderr and "feed.jsonl:2" in proc.stderr
    assert report["documents"]["read"] == 2


def test_good_documents_still_land(built):
    _, out = built
    claims = [json.loads(line) for line in (out / "claims.jsonl").read_text().splitlines()]
    rels = {(c["subject"]["label"], c["relation"], c["object"]["label"]) for c in claims}
    assert ("Japan", "sanctions", "North Korea") in rels
    assert any(r[1] == "metWith" and {r[0], r[2]} == {"Joe Biden", "Vladimir Putin"} for r in rels)


def test_unknown_model_is_a_clear_error(tmp_path, mixed_input):
    proc = run("build", str(mixed_input), "--out", str(tmp_path), "--model", "xx_no_such_model", "--quiet")
    assert proc.returncode == 2
    assert "not installed" in proc.stderr and "xx_no_such_model" in proc.stderr
    assert not (tmp_path / "claims.jsonl").exists()


def test_no_partial_outputs_left_behind(built):
    _, out = built
    assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp")]
