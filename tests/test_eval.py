"""``kg eval``: the scorer's matching rules, and the command on a fast subset of each set."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from kg.claims.model import Actor, Claim, Evidence, TimeSpan
from kg.evaluate import EvalResult, GoldClaim, _match, _pred_key, _score, actor_key, evaluate_gold, in_split
from kg.vocab import load_gazetteer

from conftest import SHARED

W = "http://www.wikidata.org/entity/"
RUS, PRK, USA = (Actor(W + q, n, "State") for q, n in (("Q159", "Russia"), ("Q423", "North Korea"), ("Q30", "United States")))


def pred(s, rel, cat, o, modality="asserted", date=None):
    return Claim(s, rel, cat, o, date=date, modality=modality,
                 evidence=[Evidence(doc="d", sentence="x", start=0, end=1)])


def gold(s, cat, o, modality="asserted", date=None):
    return GoldClaim(s.id, cat, o.id, modality, date, None, True, "x")


def test_match_is_one_to_one_and_prefers_same_modality():
    golds = [gold(RUS, "REQUEST", PRK, "alleged"), gold(RUS, "REQUEST", PRK, "denied")]
    preds = [pred(RUS, "requests", "REQUEST", PRK, "denied"), pred(RUS, "requests", "REQUEST", PRK, "alleged")]
    pairs = _match(golds, preds)
    assert [(g.modality, p.modality) for g, p in pairs] == [("alleged", "alleged"), ("denied", "denied")]


def test_symmetric_relations_match_in_either_order_others_do_not():
    assert _match([gold(PRK, "CONSULT", RUS)], [pred(RUS, "metWith", "CONSULT", PRK)])
    assert not _match([gold(PRK, "SUPPORT", RUS)], [pred(RUS, "supports", "SUPPORT", PRK)])


def test_people_unknown_to_the_gazetteer_match_by_name_whatever_the_accents_and_case():
    gaz = load_gazetteer()
    text = Actor("https://geokg.dev/id/actor/jacobo_arbenz", "Jacobo Arbenz", "Person")
    assert actor_key("Jacobo Árbenz", gaz) == _pred_key(text)
    assert actor_key("JACOBO ARBENZ", gaz) == _pred_key(text)
    assert actor_key("Jacobo Arbenz Guzman", gaz) != _pred_key(text)


def test_score_counts_precision_recall_dates_and_modality():
    res = EvalResult("t")
    golds = [gold(PRK, "SUPPORT", RUS, date=("2022", "2022")), gold(USA, "SANCTION", PRK)]
    preds = [pred(PRK, "supports", "SUPPORT", RUS, date=TimeSpan("2022", "2022", "year")),
             pred(RUS, "attacks", "ASSAULT", USA)]
    _score(res, golds, preds, "x")
    assert (res.overall.tp, res.overall.fp, res.overall.fn) == (1, 1, 1)
    assert res.dates.value == 1.0 and res.modality.value == 1.0
    assert res.per_category["SANCTION"].fn == 1 and res.per_category["ASSAULT"].fp == 1


def test_dates_the_annotator_took_from_the_published_date_are_neither_rewarded_nor_penalised():
    """The gold README: a claim the text does not date carries the published date with
    ``from_text: false``, and a scorer must not count it either way."""
    res = EvalResult("t")
    undated = GoldClaim(PRK.id, "SUPPORT", RUS.id, "asserted", ("2022-03-01", "2022-03-01"), None, True, "x",
                        dated_by_text=False)
    dated = gold(USA, "SANCTION", PRK, date=("2022-02-27", "2022-02-27"))
    preds = [pred(PRK, "supports", "SUPPORT", RUS, date=TimeSpan("2021-05", "2021-05", "month")),
             pred(USA, "sanctions", "SANCTION", PRK, date=TimeSpan("2022-02-27", "2022-02-27", "day"))]
    _score(res, [undated, dated], preds, "x")
    assert res.overall.tp == 2
    assert (res.dates.hit, res.dates.total) == (1, 1)


def test_every_third_item_is_held_out():
    assert [i for i in range(9) if in_split(i, "heldout")] == [2, 5, 8]
    assert [i for i in range(6) if in_split(i, "dev")] == [0, 1, 3, 4]


def test_gold_batches_are_scored_apart_and_keep_their_split(nlp, tmp_path: Path):
    """Articles written after the rules were fixed (batch 2) can be scored on their own, and
    filtering by batch never moves an article between the dev and held-out splits."""
    gold_dir = Path(__file__).resolve().parent / "data" / "gold"
    for i, path in enumerate(sorted(gold_dir.glob("00[1-6]_*.yaml"))):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        data["batch"] = 2 if i in (2, 3) else 1
        (tmp_path / path.name).write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert evaluate_gold(nlp, tmp_path, batch=2).items == 2
    assert evaluate_gold(nlp, tmp_path, batch=2, split="heldout").items == 1  # the third file
    assert evaluate_gold(nlp, tmp_path, batch=1, split="heldout").items == 1  # the sixth
    assert evaluate_gold(nlp, tmp_path).name == "project gold articles"
    both = evaluate_gold(nlp, tmp_path, batch=[1, 2], split="dev")
    assert both.items == 4 and both.name == "project gold articles (dev, batch 1+2)"


def test_kg_eval_takes_several_batches(tmp_path: Path):
    """`--batch` repeats: the studied batches can be scored together, apart from a blind one."""
    gold_dir = Path(__file__).resolve().parent / "data" / "gold"
    for i, path in enumerate(sorted(gold_dir.glob("00[1-4]_*.yaml"))):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        data["batch"] = i + 1
        (tmp_path / path.name).write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    proc = run_eval("--sets", "gold", "--gold", str(tmp_path), "--batch", "1", "--batch", "3")
    assert proc.returncode == 0, proc.stderr
    assert "project gold articles (batch 1+3) (2 items)" in proc.stdout


def run_eval(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", "eval", *args], capture_output=True, text=True, timeout=600)


def test_kg_eval_on_a_fast_subset_of_the_gold_set(tmp_path: Path):
    proc = run_eval("--sets", "gold", "--limit", "4", "--json", str(tmp_path / "e.json"))
    assert proc.returncode == 0, proc.stderr
    assert "project gold articles (4 items)" in proc.stdout and "per category" in proc.stdout
    [res] = json.loads((tmp_path / "e.json").read_text())
    c = res["claims"]
    assert c["tp"] + c["fn"] > 0 and 0.0 <= c["precision"] <= 1.0 and 0.0 <= c["recall"] <= 1.0
    assert res["items"] == 4


@pytest.mark.skipif(not (SHARED / "eval").is_dir(), reason="../shared/eval is not here")
def test_kg_eval_on_the_external_sets(tmp_path: Path):
    proc = run_eval("--sets", "plover,petrarch", "--limit", "12", "--json", str(tmp_path / "e.json"))
    assert proc.returncode == 0, proc.stderr
    names = [r["name"] for r in json.loads((tmp_path / "e.json").read_text())]
    assert names == ["PLOVER gold sentences", "PETRARCH-2 validation sentences"]


def test_missing_data_sets_are_a_clear_error(tmp_path: Path):
    proc = run_eval("--sets", "plover", "--plover", str(tmp_path / "none.jsonl"))
    assert proc.returncode == 2 and "none of the data sets was found" in proc.stderr
