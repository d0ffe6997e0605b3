"""The explorer in a real headless Chromium: offline, filters, timeline, search, evidence, safety.

Each test drives the page's own controls (keyboard on the range handles, clicks on checkboxes,
typing in the search box, a mouse click on the drawn edge) and reads ``window.geokg`` only to
check the result against counts computed here from the same claims with ``select_claims``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from html_fixtures import ALIASES, KIM, KOR, PAYLOAD, PRK, PUTIN, RUS, UKR, hostile_claims, korea_claims
from kg.claims.model import MODALITIES, Claim
from kg.claims.select import is_dated, select_claims
from kg.html import write_html

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]
ROOT = Path(__file__).resolve().parents[1]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian chromium at /usr/bin/chromium"),
]


# ----------------------------------------------------------------------------- expectations


def edge_keys(claims: list[Claim]) -> set[str]:
    """The page's edge key: subject IRI, relation, object IRI."""
    return {f"{c.subject.id} {c.relation} {c.object.id}" for c in claims}


def expected_in_window(claims: list[Claim], start: str, end: str, undated: str = "show") -> set[str]:
    """Edges the page should show for a window, from select_claims (the CLI's filter)."""
    dated = [c for c in claims if is_dated(c)]
    other = [c for c in claims if not is_dated(c)]
    kept = select_claims(dated, start=start, end=end)
    if undated == "show":
        kept += other
    elif undated == "published":
        kept += select_claims(other, start=start, end=end)
    return edge_keys(kept)


def distinct_docs(claims: list[Claim]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for c in claims:
        out.setdefault(f"{c.subject.id} {c.relation} {c.object.id}", set()).update(e.doc for e in c.evidence)
    return out


# ----------------------------------------------------------------------------- browser plumbing


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


class Page:
    """A loaded explorer page with everything that would be a failure recorded."""

    def __init__(self, browser, path: Path, *, bypass_csp: bool = False) -> None:
        self.url = path.resolve().as_uri()
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.context = browser.new_context(viewport={"width": 1400, "height": 850}, accept_downloads=True,
                                           bypass_csp=bypass_csp)
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type in ("error", "warning") else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)
        self.page.goto(self.url)
        self.page.wait_for_function("() => window.geokg && window.geokg.ready === true", timeout=30000)

    def _route(self, route) -> None:
        url = route.request.url
        if url == self.url or url.startswith("data:"):
            route.continue_()
        else:
            self.requests.append(url)
            route.abort()

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def js(self, expr: str, arg=None):
        return self.page.evaluate(expr, arg)

    def visible(self) -> set[str]:
        return set(self.js("geokg.visibleEdgeKeys()"))

    def close(self) -> None:
        self.context.close()


@pytest.fixture(scope="module")
def korea_html(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("html") / "korea.html"
    write_html(korea_claims(), path, title="Korea", aliases=ALIASES)
    return path


@pytest.fixture()
def page(browser, korea_html):
    p = Page(browser, korea_html)
    yield p
    assert p.errors == [], p.errors
    assert p.requests == [], p.requests
    p.close()


# ----------------------------------------------------------------------------- tests


def test_opens_offline_with_every_edge(page):
    claims = korea_claims()
    assert page.visible() == edge_keys(claims)
    assert sorted(page.js("geokg.activeNodeIds()")) == list(range(len(page.js("geokg.data.nodes"))))
    assert page.page.locator("#summary").inner_text().endswith(f"{len(claims)} of {len(claims)} claims")


def test_time_window_slider_shows_exactly_the_claims_in_the_window(page):
    claims = korea_claims()
    hi, lo = page.page.locator("#win-hi"), page.page.locator("#win-lo")

    def check(undated="show"):
        start, end = page.js("geokg.windowISO()")
        assert page.visible() == expected_in_window(claims, start, end, undated), (start, end, undated)
        return start, end

    hi.focus()
    hi.press("Home")  # window shrinks to the first year
    assert check() == ("1950-01-01", "1950-12-31")
    for _ in range(3):
        hi.press("ArrowRight")
    assert check() == ("1950-01-01", "1953-12-31")
    lo.focus()
    lo.press("End")  # pushes both handles to the last year
    assert check() == ("2023-01-01", "2023-12-31")
    lo.press("ArrowLeft")
    assert check() == ("2022-01-01", "2023-12-31")
    for mode in ("hide", "published", "show"):
        page.page.select_option("#undated", mode)
        check(mode)
    # A window with nothing in it leaves only the undated claim, and fades the other actors.
    page.js("geokg.setWindow('1960', '1970')")
    page.page.select_option("#undated", "hide")
    assert page.visible() == set()
    assert page.js("geokg.activeNodeIds()") == []


def test_dragging_the_slider_handles_with_the_mouse(page):
    claims = korea_claims()
    track = page.page.locator("#range").bounding_box()
    y = track["y"] + track["height"] / 2
    for start_x, end_x in ((track["x"] + track["width"] - 6, track["x"] + track["width"] * 0.6),  # end handle
                           (track["x"] + 6, track["x"] + track["width"] * 0.3)):                # start handle
        page.page.mouse.move(start_x, y)
        page.page.mouse.down()
        page.page.mouse.move(end_x, y, steps=5)
        page.page.mouse.up()
    start, end = page.js("geokg.windowISO()")
    assert "1950-01-01" < start < end < "2023-01-01"
    assert page.visible() == expected_in_window(claims, start, end)
    assert page.page.locator("#window-label").inner_text().startswith(f"{start[:4]} \u2013 {end[:4]}")


@pytest.mark.parametrize("window", [("1952", "1952"), ("2006", "2006"), ("2019-04", "2019-04"), ("2022-09", "2022-12"),
                                    ("1954", "2005"), ("2023-03-25", "2023-03-25")])
def test_set_window_matches_select_claims(page, window):
    for mode in ("show", "hide", "published"):
        page.page.select_option("#undated", mode)
        page.js("([a, b]) => geokg.setWindow(a, b)", list(window))
        assert page.visible() == expected_in_window(korea_claims(), *window, undated=mode), (window, mode)


def test_category_and_modality_checkboxes_hide_and_show_edges(page):
    claims = korea_claims()
    everything = edge_keys(claims)
    page.page.click("label[data-category=ASSAULT]")
    no_assault = edge_keys([c for c in claims if c.category != "ASSAULT"])
    assert page.visible() == no_assault
    page.page.click("#quad-verbal_cooperation")
    assert page.visible() == edge_keys(select_claims(claims, categories=["material_cooperation", "verbal_conflict",
                                                                         "SANCTION", "MOBILIZE", "COERCE"]))
    page.page.click("#quad-verbal_cooperation")
    page.page.click("label[data-category=ASSAULT]")
    assert page.visible() == everything

    # Russia-requests-North Korea is alleged (by the US) and denied (by Russia): it stays while
    # either modality is shown, drawn dotted once only the denial is left.
    requests = f"{RUS.id} requests {PRK.id}"
    [req_id] = [i for i in page.js(f"geokg.edgeIdsBetween('{RUS.id}', '{PRK.id}')")]
    assert page.js(f"geokg.drawnStyle('edge', {req_id}).dashes") == [10, 6]
    page.page.click("label[data-modality=alleged]")
    assert requests in page.visible()
    assert page.js(f"geokg.drawnStyle('edge', {req_id}).dashes") == [2, 5]
    page.page.click("label[data-modality=denied]")
    assert page.visible() == edge_keys(select_claims(claims, modalities=[m for m in MODALITIES
                                                                         if m not in ("alleged", "denied")]))
    assert requests not in page.visible()
    page.page.click("label[data-modality=denied]")
    page.page.click("label[data-modality=alleged]")
    assert page.visible() == everything


def test_type_confidence_and_source_thresholds(page):
    claims = korea_claims()
    page.page.click("label[data-type=Person]")
    assert page.visible() == edge_keys([c for c in claims if "Person" not in (c.subject.type, c.object.type)])
    assert page.js(f"geokg.visibleNodeIds().includes(geokg.nodeIdByIri('{KIM.id}'))") is False
    page.page.click("label[data-type=Person]")

    page.page.locator("#min-confidence").fill("0.9")
    assert page.visible() == edge_keys(select_claims(claims, min_confidence=0.9))
    page.page.locator("#min-confidence").fill("0")

    page.page.locator("#min-sources").fill("2")
    assert page.visible() == {k for k, docs in distinct_docs(claims).items() if len(docs) >= 2}
    assert len(page.visible()) == 3


def test_search_by_alias_focuses_the_actor_and_its_neighbourhood(page):
    box = page.page.locator("#search")
    box.click()
    box.press_sequentially("DPRK")
    box.press("Enter")
    prk = page.js(f"geokg.nodeIdByIri('{PRK.id}')")
    page.page.wait_for_timeout(400)  # the view animates to the actor
    assert page.js("geokg.state.focus") == prk
    assert page.js("geokg.network.getSelectedNodes()") == [prk]
    pos = page.js(f"geokg.network.getPositions([{prk}])[{prk}]")
    view = page.js("geokg.network.getViewPosition()")
    assert abs(pos["x"] - view["x"]) < 1 and abs(pos["y"] - view["y"]) < 1
    assert "North Korea" in page.page.locator("#panel h2").inner_text()
    assert "South Korea" in page.page.locator("#panel .partners").inner_text()
    # Actors outside the neighbourhood are drawn faded; neighbours are not.
    faded = page.js("(ids) => ids.map((i) => geokg.drawnStyle('node', i).background)",
                    [page.js(f"geokg.nodeIdByIri('{x}')") for x in (KOR.id, UKR.id)])
    assert faded[0] != "#EEEEEE" and faded[1] == "#EEEEEE"

    box.fill("")
    box.press_sequentially("Kremlin")
    box.press("Enter")
    assert page.js("geokg.state.focus") == page.js(f"geokg.nodeIdByIri('{RUS.id}')")
    box.fill("Atlantis")
    box.press("Enter")
    assert "Atlantis" in page.page.locator("#search-status").inner_text()


def test_clicking_an_edge_shows_its_evidence_and_source(page):
    [met] = [i for i in page.js(f"geokg.edgeIdsBetween('{KIM.id}', '{PUTIN.id}')")
             if page.js(f"geokg.data.edges[{i}].rel") == "metWith"]
    page.js(f"geokg.network.focus(geokg.data.edges[{met}].from, {{scale: 1.5}})")
    point = page.js(f"geokg.edgeClientPoint({met})")
    page.page.mouse.click(point["x"], point["y"])
    panel = page.page.locator("#panel")
    assert page.js("geokg.state.selected") == {"kind": "edge", "id": met}
    text = panel.inner_text()
    assert "Kim Jong-un and Vladimir Putin held their first summit in Vladivostok on Thursday." in text
    assert "2019-04-25 (day)" in text and "2019 (year)" in text and "in Vladivostok" in text
    link = panel.locator("a.source-link", has_text="Kim Jong-un and Putin hold first summit in Vladivostok")
    assert link.get_attribute("href") == "https://www.bbc.co.uk/news/world-asia-48043380"
    assert "BBC News" in text
    assert panel.locator("mark.trigger", has_text="held their first summit").count() == 1
    assert panel.locator("mark.subject", has_text="Kim Jong-un").count() == 1
    assert panel.locator("mark.object", has_text="Vladimir Putin").count() == 1


def test_disputed_edge_lists_claimants_and_modalities(page):
    [req] = page.js(f"geokg.edgeIdsBetween('{RUS.id}', '{PRK.id}')")
    page.js("(iri) => geokg.network.focus(geokg.nodeIdByIri(iri), {scale: 1.5})", RUS.id)
    point = page.js(f"geokg.edgeClientPoint({req})")
    page.page.mouse.click(point["x"], point["y"])
    claims = page.page.locator("#panel li.claim")
    assert claims.count() == 2
    texts = [claims.nth(i).inner_text() for i in range(2)]
    assert any("alleged" in t and "according to United States" in t for t in texts)
    assert any("denied" in t and "according to Russia" in t for t in texts)


def test_undated_claim_shows_its_published_date(page):
    kim = page.js(f"geokg.nodeIdByIri('{KIM.id}')")
    page.js(f"geokg.network.focus({kim}, {{scale: 1.2}})")
    point = page.js(f"geokg.nodeClientPoint({kim})")
    page.page.mouse.click(point["x"], point["y"])
    panel = page.page.locator("#panel")
    assert "Vladimir Putin" in panel.locator(".partners").inner_text()
    panel.locator("button.relation-link", has_text="supports").click()
    assert "undated \u00b7 reported 2023-03-25" in panel.inner_text()


def test_play_moves_the_window_and_counts_stay_exact(page):
    claims = korea_claims()
    before = page.js("geokg.windowISO()")
    page.page.click("#play")
    # (Arrow functions: a bare expression string would need eval, which the page's CSP forbids.)
    page.page.wait_for_function("(before) => geokg.windowISO()[0] > before[0]", arg=before, timeout=5000)
    page.page.click("#play")
    start, end = page.js("geokg.windowISO()")
    assert page.visible() == expected_in_window(claims, start, end)
    assert page.page.locator("#play").inner_text().endswith("Play")


def test_png_export_downloads_the_current_view(page, tmp_path):
    with page.page.expect_download() as info:
        page.page.click("#png")
    download = info.value
    target = tmp_path / download.suggested_filename
    download.save_as(target)
    assert target.suffix == ".png"
    data = target.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 5000


@pytest.mark.parametrize("bypass_csp", [False, True], ids=["with-csp", "escaping-alone"])
def test_hostile_article_runs_no_script(browser, tmp_path, bypass_csp):
    """With the page's CSP, and without it (so escaping alone must hold)."""
    path = tmp_path / "hostile.html"
    write_html(hostile_claims(), path, title=f"<script>{PAYLOAD}</script>\"'><img src=x onerror={PAYLOAD}>")
    p = Page(browser, path, bypass_csp=bypass_csp)
    try:
        for eid in p.js("geokg.data.edges.map((e) => e.id)"):
            p.js(f"geokg.network.focus(geokg.data.edges[{eid}].from, {{scale: 1}})")
            point = p.js(f"geokg.edgeClientPoint({eid})")
            p.page.mouse.click(point["x"], point["y"])
            p.page.mouse.move(point["x"] + 2, point["y"] + 2)  # tooltips too
            p.page.wait_for_timeout(250)
            panel = p.page.locator("#panel")
            for summary in panel.locator("details summary").all():
                summary.click()
            assert f"<script>{PAYLOAD}</script>" in panel.inner_text()
            # Neither javascript: nor data: URLs become links; http(s) is all the page links to.
            hrefs = [a.get_attribute("href") for a in panel.locator("a").all()]
            assert all(h.startswith(("http://", "https://")) for h in hrefs), hrefs
        for nid in p.js("geokg.data.nodes.map((n) => n.id)"):
            p.js(f"geokg.network.focus({nid}, {{scale: 1}})")
            point = p.js(f"geokg.nodeClientPoint({nid})")
            p.page.mouse.click(point["x"], point["y"])
        box = p.page.locator("#search")
        box.fill(f"<img src=x onerror={PAYLOAD}>")
        box.press("Enter")
        p.page.wait_for_timeout(300)
        assert p.js("typeof window.__pwned") == "undefined"
        assert p.dialogs == []
        assert p.requests == []
        assert p.page.title() == f"<script>{PAYLOAD}</script>\"'><img src=x onerror={PAYLOAD}>"
        # Even a script the CSP would block counts: it means article text became markup.
        assert p.errors == []
    finally:
        p.close()


@pytest.mark.slow
def test_example_article_build_opens(browser, example_build):
    out, _ = example_build
    claims = [Claim.from_dict(json.loads(line)) for line in (out / "claims.jsonl").read_text().splitlines() if line]
    p = Page(browser, out / "graph.html")
    try:
        assert p.visible() == edge_keys(claims)
        assert p.errors == [] and p.requests == []
        box = p.page.locator("#search")
        box.press_sequentially("Pyongyang")
        box.press("Enter")
        assert p.js("geokg.state.focus") == p.js(f"geokg.nodeIdByIri('{PRK.id}')")
        start, end = "2019", "2019"
        p.js("([a, b]) => geokg.setWindow(a, b)", [start, end])
        assert p.visible() == expected_in_window(claims, start, end)
    finally:
        p.close()

