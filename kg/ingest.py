"""Ingest: files, folders and JSONL feeds become ``Document`` records.

Bad input never aborts a batch: every unreadable file or line becomes an ``IngestError``
(with file, line and reason) that the caller reports, while every good document goes on.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

import yaml

TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES

_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.DOTALL)
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DATE_LINE = re.compile(
    rf"^\s*(?:(?:{_MONTHS})\.? \d{{1,2}},? \d{{4}}|\d{{1,2}} (?:{_MONTHS}) \d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})\s*$"
)


# Video-player captions that news sites leave in scraped text ("JUST WATCHED <clip title> Replay
# More Videos ... MUST WATCH <clip title> 01:55"): clip titles are headlines, not prose, and read as
# sentences they make claims ("Brussels terrorists connected to Paris attacks").  The player
# prints the same clip title twice: matching it back (and bounding its length) keeps a caption
# that lacks its duration from blanking the prose after it up to some later "10:30", and keeps
# the scan linear on a page full of captions.
_VIDEO_CAPTION = re.compile(
    r"JUST WATCHED (?P<clip>[^\n]{1,200}?) Replay More Videos \.\.\.\s*MUST WATCH (?P=clip) \d{1,2}:\d{2}")


def blank_boilerplate(text: str) -> str:
    """The text with video-player captions replaced by spaces of the same length: what the
    extractor reads loses them, while every character offset (evidence spans) still points at
    the same place in the article as published."""
    return _VIDEO_CAPTION.sub(lambda m: " " * len(m.group(0)), text)


@dataclass(frozen=True)
class Document:
    """One article.  ``id`` is the given id or a hash of the text, so re-reading the same
    article yields the same id; ``source`` (URL or path) identifies where it came from,
    which lets the store replace an article whose text changed."""

    id: str
    text: str
    title: str | None = None
    published: dt.date | None = None
    url: str | None = None
    publisher: str | None = None
    source: str | None = None  # the file it was read from
    line: int | None = None  # its line, for an article from a JSONL feed
    meta: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def locator(self) -> str:
        """Where the article lives: URL if known, else the file (and line) it was read from."""
        if self.url:
            return self.url
        if self.source:
            return f"{self.source}:{self.line}" if self.line is not None else self.source
        return self.id

    @property
    def identity(self) -> str | None:
        """What makes a later version the same article: its URL, else the file that holds only
        this article.  A feed line without a URL has none: line 3 of today's feed is not a new
        version of line 3 of yesterday's."""
        return self.url or (self.source if self.line is None else None)


@dataclass(frozen=True)
class IngestError:
    """A document that could not be read, and why."""

    source: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.reason}"

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "line": self.line, "reason": self.reason}


def content_id(text: str) -> str:
    """A stable id for a text: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def parse_date(value: Any) -> dt.date | None:
    """ISO dates and datetimes, or the 'March 25, 2023' style of a dateline; None when absent.

    Raises ValueError for a value that is present but not a date, so a bad
    ``published`` is reported rather than silently dropped."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    s = str(value).strip()
    try:
        return dt.date.fromisoformat(s[:10])
    except ValueError:
        pass
    for fmt in ("%B %d, %Y", "%B %d %Y", "%d %B %Y", "%b %d, %Y", "%b. %d, %Y"):
        try:
            return dt.datetime.strptime(s, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"not a date: {s!r}")


def _clean(value: Any) -> str | None:
    return None if value in (None, "") else str(value)


def make_document(text: str, *, id: str | None = None, title: Any = None, published: Any = None,
                  url: Any = None, publisher: Any = None, source: str | None = None,
                  line: int | None = None) -> Document:
    """A Document from raw fields; raises ValueError with a readable reason on bad input."""
    if not isinstance(text, str) or not text.strip():
        raise ValueError("no text")
    text = blank_boilerplate(text)
    return Document(id=_clean(id) or content_id(text), text=text, title=_clean(title),
                    published=parse_date(published), url=_clean(url), publisher=_clean(publisher),
                    source=source, line=line)


def read_text_file(path: Path) -> Document:
    """A .txt/.md article: optional YAML front matter, else a first line that is only a date."""
    raw = path.read_text(encoding="utf-8")
    meta: dict[str, Any] = {}
    body = raw
    m = _FRONT_MATTER.match(raw)
    if m:
        meta = yaml.safe_load(m.group(1)) or {}
        if not isinstance(meta, dict):
            raise ValueError("front matter is not a mapping")
        # Blank the front matter rather than cut it, so character offsets stay those of the file.
        body = " " * m.end() + raw[m.end():]
    elif raw.strip():
        first_line = raw.lstrip().split("\n", 1)[0]
        if _DATE_LINE.match(first_line):
            meta["published"] = first_line.strip()
    if not meta.get("title"):
        meta["title"] = _first_heading(body) or path.stem
    return make_document(body, id=meta.get("id"), title=meta.get("title"), published=meta.get("published"),
                         url=meta.get("url"), publisher=meta.get("publisher"), source=str(path))


def _first_heading(text: str) -> str | None:
    """The first non-date line that looks like a headline (for articles without a title)."""
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if line and not _DATE_LINE.match(line) and len(line) > 25:
            return line[:200]
    return None


def read_jsonl(path: Path) -> Iterator[Document | IngestError]:
    """One article per line; a broken line is reported with its number and skipped."""
    with path.open(encoding="utf-8", errors="strict") as fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                yield IngestError(str(path), f"broken JSON: {exc.msg} (column {exc.colno})", lineno)
                continue
            if not isinstance(rec, dict):
                yield IngestError(str(path), "line is not a JSON object", lineno)
                continue
            if not isinstance(rec.get("text"), str) or not rec["text"].strip():
                yield IngestError(str(path), "missing or empty 'text'", lineno)
                continue
            try:
                yield make_document(rec["text"], id=rec.get("id"), title=rec.get("title"),
                                    published=rec.get("published"), url=rec.get("url"),
                                    publisher=rec.get("publisher"), source=str(path), line=lineno)
            except ValueError as exc:
                yield IngestError(str(path), str(exc), lineno)


def iter_files(paths: Iterable[Path]) -> Iterator[Path | IngestError]:
    """Files under the given paths (folders recursively, sorted), or errors for missing paths."""
    for p in paths:
        p = Path(p)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and f.suffix.lower() in SUPPORTED_SUFFIXES and not f.name.startswith("."):
                    yield f
        elif p.is_file():
            yield p
        else:
            yield IngestError(str(p), "no such file or folder")


def read_documents(paths: Iterable[Path]) -> Iterator[Document | IngestError]:
    """Every document under ``paths``, in order, with errors in line for the caller to report."""
    for item in iter_files(paths):
        if isinstance(item, IngestError):
            yield item
            continue
        suffix = item.suffix.lower()
        try:
            if suffix in JSONL_SUFFIXES:
                yield from read_jsonl(item)
            elif suffix in TEXT_SUFFIXES:
                yield read_text_file(item)
            else:
                yield IngestError(str(item), f"unsupported file type {suffix or '(none)'!r}; "
                                             f"use {', '.join(sorted(SUPPORTED_SUFFIXES))}")
        except UnicodeDecodeError as exc:
            yield IngestError(str(item), f"not UTF-8 text ({exc.reason} at byte {exc.start})")
        except (OSError, ValueError, yaml.YAMLError) as exc:
            yield IngestError(str(item), str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
