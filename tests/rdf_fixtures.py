"""Hand-built claims and articles for the RDF, store, server and push tests.

Each article is built from its sentences, and each evidence record points at the exact
character span of its sentence in the article text, as the extractor's records do.

The facts: North Korea supports Russia; the UN Security Council sanctions North Korea since
2006; Kim Jong-un met Vladimir Putin in Vladivostok on 25 April 2019; the United States alleges
that Russia requested (arms from) North Korea, and Russia denies it; North Korea fought South
Korea from 1950 to 1953.
"""

from __future__ import annotations

import datetime as dt

from kg.claims.model import Actor, Claim, Evidence, TimeSpan
from kg.ingest import Document, content_id
from kg.vocab import WIKIDATA_NS


def _actor(qid: str, label: str, type_: str, country: str | None = None) -> Actor:
    return Actor(id=WIKIDATA_NS + qid, label=label, type=type_, country=country, wikidata=qid)


NORTH_KOREA = _actor("Q423", "North Korea", "State", "PRK")
RUSSIA = _actor("Q159", "Russia", "State", "RUS")
USA = _actor("Q30", "United States", "State", "USA")
SOUTH_KOREA = _actor("Q884", "South Korea", "State", "KOR")
UNSC = _actor("Q37470", "UN Security Council", "InternationalOrganization")
UN = _actor("Q1065", "United Nations", "InternationalOrganization")
KIM = _actor("Q56226", "Kim Jong-un", "Person", "PRK")
PUTIN = _actor("Q7747", "Vladimir Putin", "Person", "RUS")
VLADIVOSTOK = _actor("Q959", "Vladivostok", "Location", "RUS")

SENTENCES = {
    "supports": "North Korea voiced its support for Russia's war in Ukraine.",
    "sanctions": "The UN Security Council has sanctioned North Korea since 2006 over its nuclear tests.",
    "met": "Kim Jong-un met Vladimir Putin in Vladivostok on April 25, 2019.",
    "alleged": "The United States said Russia had asked North Korea for artillery shells.",
    "denied": "Russia denied that it had asked North Korea for any weapons.",
    "war": "North Korea fought South Korea in the 1950-1953 Korean War.",
    "sanctions_again": "North Korea has been under UN Security Council sanctions since 2006.",
}


def article(sentences: list[str], *, url: str, title: str, published: dt.date,
            publisher: str = "Example Wire") -> Document:
    """A Document whose text is the sentences joined by spaces; its id is the text hash."""
    text = " ".join(sentences)
    return Document(id=content_id(text), text=text, title=title, published=published, url=url,
                    publisher=publisher, source=url)


def evidence(doc: Document, sentence: str, *, confidence: float = 0.9, trigger: str | None = None) -> Evidence:
    """Evidence pointing at the exact span of ``sentence`` in ``doc``."""
    start = doc.text.index(sentence)
    return Evidence(doc=doc.id, sentence=sentence, start=start, end=start + len(sentence),
                    source=doc.url, title=doc.title, published=doc.published.isoformat() if doc.published else None,
                    publisher=doc.publisher, trigger=trigger, confidence=confidence)


def article_one() -> Document:
    """An article with every claim of the fixture but the repeated sanction."""
    keys = ("supports", "sanctions", "met", "alleged", "denied", "war")
    return article([SENTENCES[k] for k in keys], url="https://news.example.org/2023/09/kim-putin",
                   title="North Korea and Russia draw closer", published=dt.date(2023, 9, 12))


def article_two() -> Document:
    """A second article that repeats the UN sanctions claim (same claim key, new evidence)."""
    return article([SENTENCES["sanctions_again"], "Analysts expect little change."],
                   url="https://news.example.org/2023/10/sanctions",
                   title="Sanctions regime stays", published=dt.date(2023, 10, 2), publisher="Other Wire")


def article_one_edited() -> Document:
    """Article one after an edit: same URL, new text (so a new id), fewer claims."""
    return article([SENTENCES["supports"], SENTENCES["war"], "This story was updated."],
                   url=article_one().url, title="North Korea and Russia draw closer (updated)",
                   published=dt.date(2023, 9, 13))


def claims_for(doc: Document) -> list[Claim]:
    """The claims the extractor would find in one of the fixture articles."""
    text = doc.text
    out: list[Claim] = []
    if SENTENCES["supports"] in text:
        out.append(Claim(NORTH_KOREA, "supports", "SUPPORT", RUSSIA,
                         date=TimeSpan("2023-09-12", "2023-09-12", "day", from_text=False),
                         evidence=[evidence(doc, SENTENCES["supports"], confidence=0.8, trigger="voiced support")]))
    if SENTENCES["sanctions"] in text:
        out.append(_sanctions(doc, SENTENCES["sanctions"], 0.9))
    if SENTENCES["sanctions_again"] in text:
        out.append(_sanctions(doc, SENTENCES["sanctions_again"], 0.5))
    if SENTENCES["met"] in text:
        out.append(Claim(KIM, "metWith", "CONSULT", PUTIN, date=TimeSpan("2019-04-25", "2019-04-25", "day"),
                         location=VLADIVOSTOK, evidence=[evidence(doc, SENTENCES["met"], trigger="met")]))
    if SENTENCES["alleged"] in text:
        alleged = Claim(RUSSIA, "requests", "REQUEST", NORTH_KOREA, date=TimeSpan("2023", "2023", "year"),
                        modality="alleged", attributed_to=USA,
                        evidence=[evidence(doc, SENTENCES["alleged"], confidence=0.7, trigger="asked")])
        denied = Claim(RUSSIA, "requests", "REQUEST", NORTH_KOREA, date=TimeSpan("2023", "2023", "year"),
                       modality="denied", attributed_to=RUSSIA, disputes=alleged.id,
                       evidence=[evidence(doc, SENTENCES["denied"], confidence=0.7, trigger="denied")])
        out += [alleged, denied]
    if SENTENCES["war"] in text:
        out.append(Claim(NORTH_KOREA, "fightsWith", "ASSAULT", SOUTH_KOREA, date=TimeSpan("1950", "1953", "year"),
                         evidence=[evidence(doc, SENTENCES["war"], confidence=0.95, trigger="fought")]))
    return out


def _sanctions(doc: Document, sentence: str, confidence: float) -> Claim:
    return Claim(UNSC, "sanctions", "SANCTION", NORTH_KOREA, date=TimeSpan("2006", "", "year"),
                 evidence=[evidence(doc, sentence, confidence=confidence, trigger="sanctioned")])


def corpus(*docs: Document) -> tuple[list[Claim], list[Document]]:
    """Claims and documents for the given articles (default: articles one and two)."""
    docs = docs or (article_one(), article_two())
    return [c for d in docs for c in claims_for(d)], list(docs)
