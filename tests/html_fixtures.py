"""Hand-made claims for the explorer tests: Korea, Russia and the UN, 1950 to 2023.

They cover what the page must tell apart: an edge with several dated mentions and sources,
year/month/day precisions, a multi-year war, an undated claim (only the published date),
every modality, claimants (an allegation by the USA and Russia's denial of it), symmetric and
directed relations, and several actor types.  ``hostile_claims`` holds article text crafted to
break out of the page.
"""

from __future__ import annotations

from kg.claims.model import Actor, Claim, Evidence, TimeSpan

WD = "http://www.wikidata.org/entity/"

PRK = Actor(WD + "Q423", "North Korea", "State", "PRK", "Q423")
KOR = Actor(WD + "Q884", "South Korea", "State", "KOR", "Q884")
RUS = Actor(WD + "Q159", "Russia", "State", "RUS", "Q159")
USA = Actor(WD + "Q30", "United States", "State", "USA", "Q30")
CHN = Actor(WD + "Q148", "China", "State", "CHN", "Q148")
SUN = Actor(WD + "Q15180", "Soviet Union", "State", "SUN", "Q15180")
UKR = Actor(WD + "Q212", "Ukraine", "State", "UKR", "Q212")
KIM = Actor(WD + "Q56226", "Kim Jong-un", "Person", "PRK", "Q56226")
PUTIN = Actor(WD + "Q7747", "Vladimir Putin", "Person", "RUS", "Q7747")
UNSC = Actor(WD + "Q37470", "UN Security Council", "InternationalOrganization", None, "Q37470")
VLADIVOSTOK = Actor(WD + "Q959", "Vladivostok", "Location", "RUS", "Q959")
WAGNER = Actor("https://geokg.dev/id/actor/Wagner_Group", "Wagner Group", "ArmedGroup", "RUS", None)

ALIASES: dict[str, list[str]] = {
    PRK.id: ["DPRK", "Pyongyang", "North Korean", "Democratic People's Republic of Korea"],
    KOR.id: ["Seoul", "Republic of Korea", "ROK"],
    RUS.id: ["Moscow", "Russian Federation", "Kremlin", "Russian"],
    USA.id: ["US", "U.S.", "Washington", "United States of America"],
    CHN.id: ["Beijing", "PRC"],
    SUN.id: ["USSR", "Soviet"],
    UKR.id: ["Kyiv", "Ukrainian"],
    KIM.id: ["Kim", "Kim Jong Un"],
    PUTIN.id: ["Putin"],
    UNSC.id: ["UNSC", "Security Council", "UN Security Council"],
    WAGNER.id: ["Wagner", "PMC Wagner"],
}

EXAMPLE_DOC = dict(doc="c71561b0e5952fa8", source="https://news24a.example/kim-putin-birthday",
                   title="What Kim Jong-un sent to Vladimir Putin on the occasion of the Russian president's birthday",
                   published="2023-03-25", publisher="News 24a")
VLADIVOSTOK_DOC = dict(doc="bbc-kim-putin-2019", source="https://www.bbc.co.uk/news/world-asia-48043380",
                       title="Kim Jong-un and Putin hold first summit in Vladivostok", published="2019-04-25",
                       publisher="BBC News")
SHELLS_DOC = dict(doc="reuters-shells-2022", source="https://www.reuters.com/world/us-says-russia-buying-north-korean-artillery",
                  title="U.S. says Russia buying artillery shells from North Korea", published="2022-09-06",
                  publisher="Reuters")
INVASION_DOC = dict(doc="ap-invasion-2022", source="https://apnews.com/article/russia-ukraine-invasion",
                    title="Russia attacks Ukraine as defiant Putin warns US, NATO", published="2022-02-24",
                    publisher="AP")
WAR_DOC = dict(doc="history-korean-war", source="https://example.org/korean-war",
               title="The Korean War, 1950-1953", published="2020-06-25", publisher="Example History")


def _ev(meta: dict[str, str], sentence: str, trigger: str | None, confidence: float = 0.9) -> Evidence:
    return Evidence(sentence=sentence, start=0, end=len(sentence), trigger=trigger, confidence=confidence, **meta)


def _span(start: str, end: str | None = None, precision: str = "year", from_text: bool = True) -> TimeSpan:
    return TimeSpan(start, end or start, precision, from_text)


def korea_claims() -> list[Claim]:
    """Sixteen claims on twelve (subject, relation, object) edges."""
    return [
        Claim(KIM, "metWith", "CONSULT", PUTIN, _span("2019"), confidence=0.9, evidence=[_ev(
            EXAMPLE_DOC, "In 2019, Kim and Putin met for the first time at a summit in the Russian city of Vladivostok.",
            "met")]),
        Claim(KIM, "metWith", "CONSULT", PUTIN, _span("2019-04-25", precision="day"), location=VLADIVOSTOK,
              confidence=0.95, evidence=[_ev(
            VLADIVOSTOK_DOC, "Kim Jong-un and Vladimir Putin held their first summit in Vladivostok on Thursday.",
            "held their first summit")]),
        Claim(UNSC, "sanctions", "SANCTION", PRK, _span("2006"), confidence=0.85, evidence=[_ev(
            EXAMPLE_DOC, "Russia has since joined China in opposing new sanctions, used its veto in May and publicly "
            "divided the UN Security Council (UNSC) for the first time since it began punishing Pyongyang in 2006.",
            "punishing")]),
        Claim(PRK, "fightsWith", "ASSAULT", KOR, _span("1950", "1953"), confidence=0.9, evidence=[
            _ev(EXAMPLE_DOC, "Subsequently, Pyongyang fought Seoul and its US and United Nations allies to a stalemate "
                "in the 1950-1953 Korean War, aided by China and the Soviet Union.", "fought"),
            _ev(WAR_DOC, "North Korean troops crossed the 38th parallel and fought South Korea for three years.", "fought")]),
        Claim(CHN, "aids", "AID", PRK, _span("1950", "1953"), confidence=0.8, evidence=[_ev(
            EXAMPLE_DOC, "Subsequently, Pyongyang fought Seoul and its US and United Nations allies to a stalemate "
            "in the 1950-1953 Korean War, aided by China and the Soviet Union.", "aided")]),
        Claim(SUN, "aids", "AID", PRK, _span("1950", "1953"), confidence=0.8, evidence=[_ev(
            EXAMPLE_DOC, "Subsequently, Pyongyang fought Seoul and its US and United Nations allies to a stalemate "
            "in the 1950-1953 Korean War, aided by China and the Soviet Union.", "aided")]),
        Claim(RUS, "requests", "REQUEST", PRK, _span("2022-09", precision="month"), modality="alleged",
              attributed_to=USA, confidence=0.7, evidence=[_ev(
                  SHELLS_DOC, "U.S. officials said Russia had asked North Korea for millions of artillery shells.",
                  "asked")]),
        Claim(RUS, "requests", "REQUEST", PRK, _span("2022-09", precision="month"), modality="denied",
              attributed_to=RUS, confidence=0.6, evidence=[_ev(
                  SHELLS_DOC, "Moscow denied that it had asked Pyongyang for weapons, calling the report fake.",
                  "asked")]),
        Claim(KIM, "supports", "SUPPORT", PUTIN, _span("2023-03-25", precision="day", from_text=False),
              confidence=0.75, evidence=[_ev(
                  EXAMPLE_DOC, "North Korean leader Kim Jong-un sent a birthday card to Russian President Vladimir Putin, "
                  "congratulating him on \u201cdestroying the provocations and threats of the United States.\u201d",
                  "congratulating")]),
        Claim(RUS, "rejects", "REJECT", UNSC, _span("2022-05", precision="month"), confidence=0.7, evidence=[_ev(
            EXAMPLE_DOC, "Russia has since joined China in opposing new sanctions, used its veto in May and publicly "
            "divided the UN Security Council (UNSC) for the first time since it began punishing Pyongyang in 2006.",
            "used its veto")]),
        Claim(USA, "sanctions", "SANCTION", PRK, _span("2022"), modality="hypothetical", confidence=0.6, evidence=[_ev(
            SHELLS_DOC, "Washington warned it would impose new sanctions if North Korea sold weapons to Russia.",
            "impose new sanctions")]),
        Claim(PUTIN, "visits", "CONSULT", PRK, _span("2019"), modality="negated", confidence=0.6, evidence=[_ev(
            VLADIVOSTOK_DOC, "Putin did not visit Pyongyang in 2019, meeting Kim in Vladivostok instead.", "visit")]),
        Claim(RUS, "invades", "ASSAULT", UKR, _span("2022-02-24", precision="day"), confidence=0.95, evidence=[_ev(
            INVASION_DOC, "Russia invaded Ukraine on 24 February 2022, attacking from the north, east and south.",
            "invaded")]),
        Claim(RUS, "invades", "ASSAULT", UKR, _span("2022-02", precision="month"), confidence=0.9, evidence=[_ev(
            EXAMPLE_DOC, "As Russia\u2019s isolation from its war in Ukraine has grown, relations with Pyongyang have deepened.",
            "war")]),
        Claim(PRK, "accuses", "ACCUSE", USA, _span("2023-03", precision="month"), confidence=0.8, evidence=[_ev(
            EXAMPLE_DOC, "Pyongyang accused the United States of provocations and threats in March.", "accused")]),
        Claim(WAGNER, "attacks", "ASSAULT", UKR, _span("2023-01", precision="month"), confidence=0.5, evidence=[_ev(
            INVASION_DOC, "Wagner fighters attacked Ukrainian positions around Soledar in January 2023.", "attacked")]),
    ]


PAYLOAD = "window.__pwned=1"
HOSTILE_URLS = [f"javascript:{PAYLOAD}", f"data:text/html,<script>{PAYLOAD}</script>", f" javascript:{PAYLOAD}"]


def hostile_claims() -> list[Claim]:
    """Claims whose every text field tries to run ``window.__pwned=1`` in the page."""
    evil = Actor("https://evil.example/</script><script>" + PAYLOAD + "</script>",
                 f"<script>{PAYLOAD}</script>", "State", "XXX")
    img = Actor("urn:x:img", f'<img src=x onerror="{PAYLOAD}">', "Person", None)
    quote = Actor("urn:x:quote", "\"'><svg onload=" + PAYLOAD + ">\u2028\u2029<!--", "ArmedGroup", None)
    docs = [
        dict(doc="evil-1", source=url, title=f"</title><script>{PAYLOAD}</script>{{{{ 7*7 }}}}",
             published="2020-01-01", publisher=f'<a href="javascript:{PAYLOAD}">Evil Press</a>')
        for url in HOSTILE_URLS
    ]
    sentence = (f"<script>{PAYLOAD}</script> said <img src=x onerror=\"{PAYLOAD}\"> that "
                f"\"'><svg onload={PAYLOAD}> attacked ]]> </script><!-- & \u2028 done")
    return [
        Claim(evil, "attacks", "ASSAULT", img, _span("2020"), modality="alleged", attributed_to=quote, evidence=[
            _ev(docs[0], sentence, f"<b onmouseover={PAYLOAD}>attacked</b>")]),
        Claim(img, "accuses", "ACCUSE", quote, _span("2021-03", precision="month"), evidence=[
            _ev(docs[1], sentence, "said")]),
        Claim(quote, f"x<script>{PAYLOAD}</script>", "ACCUSE", evil, None, evidence=[
            _ev(docs[2], sentence, None)]),
    ]
