"""The vocabulary loader: IRIs for unknown actors, office holders at a date, YAML pitfalls."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kg.vocab import ID_NS, load_gazetteer, load_relations, mint_iri


def test_unknown_actor_iris_are_readable_and_never_collide():
    assert mint_iri("actor", "Jacobo Árbenz") == ID_NS + "actor/Jacobo_Arbenz"
    a, b = mint_iri("actor", "Абу Мухаммад"), mint_iri("actor", "Ахмед Салех")
    assert a != b and a.startswith(ID_NS + "actor/%D0")


@pytest.mark.parametrize("title,country,day,who", [
    ("president", "RUS", "2015-06-01", "Vladimir Putin"),
    ("chancellor", "DEU", "2017-06-01", "Angela Merkel"),
    ("chancellor", "DEU", "2022-06-01", "Olaf Scholz"),
    ("leader", "RUS", "2015-06-01", "Vladimir Putin"),  # no supreme leader: the head of state
    ("leader", "PRK", "2019-01-01", "Kim Jong-un"),
    ("prime_minister", "SUN", "1956-06-01", "Nikolai Bulganin"),
    ("president", "BRA", "2016-06-01", "Michel Temer"),  # acting while Rousseff was suspended
])
def test_office_holder_at_a_date(title, country, day, who):
    holder = load_gazetteer().office_holder(title, country, dt.date.fromisoformat(day))
    assert holder is not None and holder.label == who


def test_bare_on_in_yaml_lists_is_a_clear_error(tmp_path: Path):
    """YAML reads an unquoted `on` as true: the loader says so instead of matching nothing."""
    src = Path(__file__).resolve().parents[1] / "ontology"
    for name in ("plover.yaml",):
        (tmp_path / name).write_text((src / name).read_text())
    (tmp_path / "relations.yaml").write_text(
        "relations:\n  sanctions:\n    category: SANCTION\n    verbs: [sanction]\n    nouns: {sanction: [on, against]}\n")
    with pytest.raises(ValueError, match="quote on/off"):
        load_relations(tmp_path)
