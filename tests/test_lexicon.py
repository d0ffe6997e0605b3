"""The word classes of ontology/lexicon.yaml: present, used, and refused when malformed."""

from __future__ import annotations

import re
import shutil
from dataclasses import fields
from pathlib import Path

import pytest

from kg.claims.model import PLOVER_CATEGORIES
from kg.vocab import ONTOLOGY_DIR, Lexicon, load_gazetteer, load_lexicon, load_relations

KG_DIR = Path(__file__).resolve().parents[1] / "kg"
CLASS_NAMES = [f.name for f in fields(Lexicon)]


def _edited_ontology(tmp_path: Path, old: str, new: str) -> Path:
    """A copy of the ontology folder whose lexicon.yaml has ``old`` replaced by ``new``, as an
    analyst's edit would."""
    folder = tmp_path / "ontology"
    shutil.copytree(ONTOLOGY_DIR, folder)
    path = folder / "lexicon.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text, f"test edit target {old!r} not in lexicon.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return folder


@pytest.mark.parametrize("name", CLASS_NAMES)
def test_every_class_loads_non_empty(name: str):
    words = getattr(load_lexicon(), name)
    assert words, f"lexicon class {name} is empty"
    assert all(isinstance(w, str) and w for w in words)


def test_every_class_the_code_reads_exists():
    used = {m for path in KG_DIR.rglob("*.py")
            for m in re.findall(r"\b_?LEX\.([a-z_]+)", path.read_text(encoding="utf-8"))}
    assert used, "no module reads the lexicon"
    assert used <= set(CLASS_NAMES), sorted(used - set(CLASS_NAMES))
    unused = set(CLASS_NAMES) - used
    assert not unused, f"classes no module reads: {sorted(unused)}"


def test_names_refer_to_the_rest_of_the_ontology():
    lex = load_lexicon()
    assert lex.intransitive_relations <= set(load_relations())
    kinds = {spec.get("kind", key) for key, spec in load_gazetteer().titles.items()}
    assert lex.leader_kinds <= kinds
    assert all(cats <= set(PLOVER_CATEGORIES) for cats in lex.event_anaphors.values())
    assert "attack" in lex.event_anaphors and "ASSAULT" in lex.event_anaphors["attack"]
    wordings = {w.lower() for rel in load_relations().values() for w in rel.verbs}
    assert lex.object_wordings <= wordings, sorted(lex.object_wordings - wordings)


def test_relations_named_in_code_exist():
    from kg.claims import extract

    relations = load_relations()
    for key in (extract.REFUSAL_RELATION, extract.REQUEST_RELATION, extract.ACCUSATION_RELATION,
                extract.APPROVAL_RELATION):
        assert key in relations
        assert any(" " not in w for w in relations[key].verbs), f"{key} needs a one-word verb wording"


def test_wording_words_come_from_the_lexicon():
    """The words that end a wording are the lexicon's: a preposition an analyst adds there is
    read as introducing the object ("strike beside" would otherwise be a verb and a noun)."""
    from kg.claims.patterns import PARTICLES, PREPS, parse_wording

    lex = load_lexicon()
    assert (PREPS, PARTICLES) == (lex.wording_preps, lex.wording_particles)
    spec = parse_wording(load_relations()["attacks"], "strike beside")
    assert (spec.prep, spec.noun) == ((None, "beside") if "beside" not in PREPS else ("beside", None))


def test_quoted_on_is_a_word():
    assert "on" in load_lexicon().acronym_skip


def test_missing_class_is_a_clear_error(tmp_path: Path):
    folder = _edited_ontology(tmp_path, "\ndeny_verbs:", "\ndeny_verbz:")
    with pytest.raises(ValueError, match="lacks word classes: \\['deny_verbs'\\]"):
        load_lexicon(folder)


def test_misspelt_extra_class_is_a_clear_error(tmp_path: Path):
    folder = _edited_ontology(tmp_path, "\ngap_units:", "\ngap_unit: [hour]\ngap_units:")
    with pytest.raises(ValueError, match="unknown word classes.*gap_unit"):
        load_lexicon(folder)


def test_bare_boolean_word_is_a_clear_error(tmp_path: Path):
    folder = _edited_ontology(tmp_path, '"on", "&"', 'on, "&"')
    with pytest.raises(ValueError, match="acronym_skip.*boolean.*quote"):
        load_lexicon(folder)


def test_non_string_word_is_a_clear_error(tmp_path: Path):
    folder = _edited_ontology(tmp_path, "gap_units: [day,", "gap_units: [1999, day,")
    with pytest.raises(ValueError, match="gap_units.*non-string word 1999"):
        load_lexicon(folder)


def test_unknown_category_is_a_clear_error(tmp_path: Path):
    folder = _edited_ontology(tmp_path, "stance_categories: [REQUEST,", "stance_categories: [REQUESTS,")
    with pytest.raises(ValueError, match="stance_categories.*REQUESTS"):
        load_lexicon(folder)


def test_an_added_word_reaches_the_loaded_class(tmp_path: Path):
    folder = _edited_ontology(tmp_path, "deny_verbs: [deny,", "deny_verbs: [disavow, deny,")
    assert "disavow" in load_lexicon(folder).deny_verbs
    assert "disavow" not in load_lexicon().deny_verbs


def test_a_lemma_fix_must_map_a_form_to_a_lemma(tmp_path: Path):
    folder = _edited_ontology(tmp_path, "lemma_fixes: {staged: stage,", "lemma_fixes: {staged: [stage],")
    with pytest.raises(ValueError, match="lemma_fixes must map word forms to lemmas"):
        load_lexicon(folder)
