"""Ingest: every supported input form, and bad input reported without losing good input."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from kg.ingest import Document, IngestError, content_id, read_documents

from conftest import EXAMPLES


def test_example_article_dateline_is_published_date():
    [doc] = list(read_documents([EXAMPLES]))
    assert isinstance(doc, Document)
    assert doc.published == dt.date(2023, 3, 25)
    assert doc.title.startswith("What Kim Jong-un sent to Vladimir Putin")
    assert doc.id == content_id(doc.text)


def test_front_matter_sets_metadata_and_keeps_offsets(tmp_path: Path):
    body = "Turkey condemned Russia on Tuesday.\n"
    f = tmp_path / "a.md"
    f.write_text("---\ntitle: T\npublished: 2015-11-26\nurl: https://example.org/a\npublisher: Wire\n---\n" + body)
    [doc] = list(read_documents([f]))
    assert (doc.title, doc.published, doc.url, doc.publisher) == ("T", dt.date(2015, 11, 26), "https://example.org/a", "Wire")
    # the body sits at the same character offsets as in the file
    assert doc.text.index("Turkey") == f.read_text().index("Turkey")


def test_jsonl_bad_lines_are_reported_and_good_lines_kept(tmp_path: Path):
    f = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": "France supports Germany.", "published": "2020-01-02"}),
        "{not json",
        json.dumps({"id": "a2", "title": "no text here"}),
        json.dumps({"id": "a3", "text": "Iran threatened Israel.", "published": "yesterday-ish"}),
        json.dumps({"text": "Japan aids Vietnam."}),
    ]
    f.write_text("\n".join(lines) + "\n")
    items = list(read_documents([f]))
    docs = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, IngestError)]
    assert [d.id for d in docs] == ["a1", content_id("Japan aids Vietnam.")]
    assert [(e.line, e.reason.split(":")[0]) for e in errors] == [
        (2, "broken JSON"), (3, "missing or empty 'text'"), (4, "not a date")]
    assert all(e.source == str(f) for e in errors)


def test_folders_are_read_recursively_and_missing_paths_reported(tmp_path: Path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "x.txt").write_text("Chile aids Peru.")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00bad")
    items = list(read_documents([tmp_path, tmp_path / "nope"]))
    docs = [i for i in items if isinstance(i, Document)]
    errors = {Path(i.source).name: i.reason for i in items if isinstance(i, IngestError)}
    assert [Path(d.source).name for d in docs] == ["x.txt"]
    assert "not UTF-8" in errors["bad.txt"]
    assert errors["nope"] == "no such file or folder"
    assert "notes.pdf" not in errors  # unsupported types inside folders are not articles


def test_same_text_same_id_changed_text_new_id(tmp_path: Path):
    f = tmp_path / "a.txt"
    f.write_text("Chile aids Peru.")
    first = next(iter(read_documents([f])))
    again = next(iter(read_documents([f])))
    f.write_text("Chile aids Peru again.")
    changed = next(iter(read_documents([f])))
    assert first.id == again.id != changed.id
    assert first.source == changed.source


def test_video_player_captions_are_blanked_and_offsets_kept(extract):
    """Scraped pages keep video-player captions ("JUST WATCHED <clip> Replay More Videos ...
    MUST WATCH <clip> 02:10"); their clip titles are headlines, not reports, and must give no
    claims, while the prose around them keeps its character offsets."""
    from kg.ingest import make_document

    caption = ("JUST WATCHED Japan slams Iran over drones Replay More Videos ... "
               "MUST WATCH Japan slams Iran over drones 02:10")
    text = f"Chile sent aid to Peru on Monday.\n\n{caption}\n\nBolivia condemned Paraguay on Tuesday."
    doc = make_document(text, published="2023-03-25")
    assert len(doc.text) == len(text) and "JUST WATCHED" not in doc.text
    assert doc.text.index("Bolivia") == text.index("Bolivia")
    claims = extract(text)
    assert {c.subject.label for c in claims} == {"Chile", "Bolivia"}
    bolivia = next(c for c in claims if c.subject.label == "Bolivia")
    start = bolivia.evidence[0].start
    assert text[start:start + 7] == "Bolivia"


def test_a_caption_cut_short_leaves_the_prose_after_it():
    """A clip caption that lost its duration must not blank the article's prose that follows
    it on the same line up to some later time of day: that prose is the report itself."""
    from kg.ingest import make_document

    text = ("JUST WATCHED Clip one Replay More Videos ... MUST WATCH Clip one "
            "Chile sent aid to Peru at 10:30 on Monday.")
    assert make_document(text).text == text
