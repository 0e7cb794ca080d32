"""The HTML explorer in a real headless Chromium, with every network request blocked.

Needs a Chromium executable (Debian: ``apt-get install chromium``; or set
``KGRAPH_CHROMIUM`` to one) and Playwright's Python package; Playwright's own browser
download is not used. Without Chromium the tests are skipped, unless
``KGRAPH_REQUIRE_BROWSER`` is set (as in CI), when they fail. Screenshots go to
``tests/artifacts/`` (or ``KGRAPH_ARTIFACTS``) and their paths are printed.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from kgraph.graph import KnowledgeGraph
from kgraph.model import Cooccurrence, Document, Entity, Evidence, Mention, Relation

from .conftest import ROOT, SAMPLES


def _find_chromium() -> str | None:
    for candidate in (os.environ.get("KGRAPH_CHROMIUM"), shutil.which("chromium"),
                      shutil.which("chromium-browser"), "/usr/bin/chromium"):
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


CHROMIUM = _find_chromium()
#: CI sets this: there a missing browser is a failure, not a skip.
REQUIRE = bool(os.environ.get("KGRAPH_REQUIRE_BROWSER"))
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
ARTIFACTS = Path(os.environ.get("KGRAPH_ARTIFACTS") or ROOT / "tests" / "artifacts")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None and not REQUIRE, reason="no Chromium executable "
                       "found: install Debian's `chromium` package or set KGRAPH_CHROMIUM"),
]

# Hostile source text: markup, a script end tag, an HTML comment, quotes, a javascript: URL.
H1_TEXT = ("North Korean leader Kim Jong Un met Russian President Vladimir Putin in Moscow. "
           "The statement read <script>alert('s1')</script> and "
           "<img src=x onerror=alert('s2')> before it ended. "
           "Kim Jong Un said North Korea would send troops to Russia </script><!-- to fight "
           "Ukraine.")
H2_TEXT = ("South Korea said North Korean troops were fighting in Kursk, a region of Russia. "
           "Officials in Seoul said the troops, sent by Kim Jong Un, joined Russian forces.")
HOSTILE_DOCS = [
    {"id": "h1", "url": "javascript:alert('url')", "date": "2024-10-18",
     "title": "</script><script>alert('title')</script>",
     "outlet": "<img src=x onerror=alert('outlet')>", "text": H1_TEXT},
    {"id": "h2", "url": "https://example.org/news?a=1&b=\"2\"", "date": "2024-11-02",
     "title": "Seoul says \"O'Brien\" & co. saw troops", "outlet": "Example \"Wire\"",
     "text": H2_TEXT},
]
HOSTILE_NAME = "\"><img src=x onerror=alert('name')>"
HOSTILE_ALIASES = ("</script><script>alert('alias')</script>", "Kim \"Jong\" O'Brien")


def _sentence(text: str, needle: str) -> tuple[str, int, int]:
    """The sentence of ``text`` that holds ``needle``, with its offsets."""
    at = text.index(needle)
    start = text.rfind(". ", 0, at)
    start = 0 if start < 0 else start + 2
    end = text.find(". ", at)
    end = len(text) if end < 0 else end + 1
    return text[start:end], start, end


@pytest.fixture(scope="module")
def hostile_kg(tmp_path_factory, nlp) -> KnowledgeGraph:
    """A graph built by the real pipeline from hostile sources, plus hostile names.

    Typed relations whose evidence is the hostile sentences are added by hand, so the
    page shows them whatever the relation rules find today.
    """
    from kgraph.pipeline import build_graph

    src = tmp_path_factory.mktemp("hostile") / "hostile.jsonl"
    src.write_text("".join(json.dumps(d) + "\n" for d in HOSTILE_DOCS), encoding="utf-8")
    kg = build_graph([src])
    by_label = {e.label: e.iri for e in kg.entities.values()}
    for name in ("North Korea", "Russia", "Kim Jong Un"):
        assert name in by_label, f"the pipeline no longer finds {name!r} in {sorted(by_label)}"
    bad = Entity("https://w3id.org/kgraph/id/person/hostile", "Person", HOSTILE_NAME,
                 aliases=HOSTILE_ALIASES, ids=(("wikidata", "Q<b>1</b>"),),
                 mentions=(Mention("h1", 0, 5, "x", "Person"),))

    def ev(doc: str, text: str, needle: str, conf: float, **kw) -> Evidence:
        sentence, start, end = _sentence(text, needle)
        return Evidence(doc, sentence, start, end, "test-hand-made", conf, **kw)

    extra = [
        Relation(by_label["North Korea"], "deploysForcesTo", by_label["Russia"], (
            ev("h1", H1_TEXT, "send troops", 0.8, trigger="send"),
            ev("h2", H2_TEXT, "fighting in Kursk", 0.7, date="2024-11-02"))),
        Relation(by_label["Kim Jong Un"], "leaderOf", by_label["North Korea"], (
            ev("h1", H1_TEXT, "<script>", 0.95, trigger="<script>"),)),
        Relation(bad.iri, "memberOf", by_label["North Korea"], (
            ev("h1", H1_TEXT, "<img", 0.4, hedged=True, attributed_to="<b>Wire</b>"),)),
    ]
    return KnowledgeGraph(entities=[*kg.entities.values(), bad],
                          relations=[*kg.relations, *extra],
                          cooccurrences=[*kg.cooccurrences,
                                         Cooccurrence(bad.iri, by_label["Russia"], 1, ("h1",))],
                          documents=kg.documents)


@pytest.fixture(scope="module")
def browser():
    if CHROMIUM is None:
        pytest.fail("KGRAPH_REQUIRE_BROWSER is set but no Chromium executable was found: "
                    "install Debian's `chromium` package or set KGRAPH_CHROMIUM")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@dataclass
class Visit:
    """A page opened with every non-file request blocked, and what happened on it."""

    page: object
    url: str
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)

    def js(self, expression: str, arg: object = None):
        return self.page.evaluate(expression, arg)

    def node_point(self, node_id: int) -> tuple[float, float]:
        return tuple(self.js("""id => {
            const n = kgExplorer.network, p = n.getPositions([id])[id];
            const d = n.canvasToDOM(p);
            const r = document.getElementById('graph').getBoundingClientRect();
            return [r.left + d.x, r.top + d.y]; }""", node_id))

    def edge_point(self, edge_id: str) -> tuple[float, float]:
        """A point on the edge where no node or other edge is under the mouse."""
        point = self.js("""id => {
            const n = kgExplorer.network, e = kgExplorer.edges.get(id);
            const p = n.getPositions([e.from, e.to]), a = p[e.from], b = p[e.to];
            const r = document.getElementById('graph').getBoundingClientRect();
            for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.25, 0.75]) {
              const d = n.canvasToDOM({x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y)});
              if (n.getNodeAt(d) === undefined && n.getEdgeAt(d) === id) {
                return [r.left + d.x, r.top + d.y];
              }
            }
            return null; }""", edge_id)
        assert point, f"no clear point on edge {edge_id}"
        return tuple(point)


def _open(browser, path: Path, *, viewport=(1500, 950)) -> Visit:
    context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]})
    page = context.new_page()
    visit = Visit(page, path.as_uri())
    page.on("dialog", lambda d: (visit.dialogs.append(d.message), d.dismiss()))
    page.on("console", lambda m: visit.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: visit.errors.append(str(e)))
    page.on("request", lambda r: visit.requests.append(r.url))

    def route(r) -> None:
        if r.request.url.startswith("file://"):
            r.continue_()
        else:
            visit.blocked.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    # Probe (added by the test through DevTools, not part of the page): record CSP reports.
    context.add_init_script("window.__csp = []; document.addEventListener("
                            "'securitypolicyviolation', e => window.__csp.push("
                            "e.violatedDirective + ' ' + e.blockedURI));")
    page.goto(visit.url)
    page.wait_for_selector("html[data-kg-ready=true]", timeout=30_000)
    return visit


def _assert_clean(visit: Visit) -> None:
    assert visit.dialogs == [], f"a dialog fired: {visit.dialogs}"
    assert visit.errors == [], f"console errors: {visit.errors}"
    assert visit.blocked == [], f"the page tried the network: {visit.blocked}"
    assert set(visit.requests) <= {visit.url}, f"the page loaded more than itself: {visit.requests}"
    assert visit.js("window.__csp") == []
    # Nothing was injected: only our own elements, no handlers, no images or frames.
    assert visit.js("document.querySelectorAll('script').length") == 3
    assert visit.js("document.querySelectorAll('img, iframe, object, embed, frame, link, "
                    "base, meta[http-equiv=refresh]').length") == 0
    assert visit.js("""[...document.querySelectorAll('*')].filter(el =>
        [...el.attributes].some(a => a.name.startsWith('on'))).length""") == 0
    assert visit.js("[...document.querySelectorAll('a')].every(a => "
                    "/^https?:$/.test(new URL(a.href).protocol) && a.rel === "
                    "'noopener noreferrer')")


def _shot(visit: Visit, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / name
    visit.page.screenshot(path=str(path))
    assert path.stat().st_size > 10_000
    print(f"\nscreenshot: {path}")
    return path


def _entity_id(visit: Visit, label: str) -> int:
    return visit.js("l => kgExplorer.data.entities.findIndex(e => e.label === l)", label)


def test_browser_hostile_sources_run_nothing_and_the_page_works(browser, hostile_kg, tmp_path):
    path = tmp_path / "hostile.html"
    hostile_kg.to_html(path, title="<script>alert('title')</script> \"Korea\" desk")
    visit = _open(browser, path)
    # It draws: a vis canvas with nodes in its DataSet.
    assert visit.js("document.querySelectorAll('#graph canvas').length") == 1
    assert visit.js("kgExplorer.nodes.length") == len(hostile_kg.entities)
    assert visit.js("kgExplorer.nodes.get({filter: n => !n.hidden}).length") > 0
    assert visit.page.title() == "<script>alert('title')</script> \"Korea\" desk"

    # Search by an alias (with quotes) focuses the hostile entity and opens its panel.
    visit.page.fill("#search", "jong\" o'brien")
    visit.page.keyboard.press("Enter")
    bad = _entity_id(visit, HOSTILE_NAME)
    assert visit.js("kgExplorer.network.getSelectedNodes()") == [bad]
    assert visit.page.inner_text("#panel h2") == HOSTILE_NAME
    panel = visit.page.inner_text("#panel")
    for alias in HOSTILE_ALIASES:
        assert alias in panel
    assert "Q<b>1</b>" in panel and "<b>Wire</b>" in panel
    # Search by a name the pipeline found, through an alias ("North Korean").
    visit.page.fill("#search", "north korean")
    visit.page.keyboard.press("Enter")
    kp = _entity_id(visit, "North Korea")
    assert visit.js("kgExplorer.network.getSelectedNodes()") == [kp]

    # A real click on a node shows its names, identifiers and evidence.
    visit.page.click("#fit")
    visit.page.wait_for_timeout(700)  # let the animation end
    kim = _entity_id(visit, "Kim Jong Un")
    visit.page.mouse.click(*visit.node_point(kim))
    assert visit.page.inner_text("#panel h2") == "Kim Jong Un"
    assert "https://w3id.org/kgraph/id/" in visit.page.inner_text("#panel dl")
    # (the pipeline may find the same fact too: look through every evidence block)
    node_evidence = visit.js("[...document.querySelectorAll('#panel .evidence')]"
                             ".map(e => e.innerText).join('\\n')")
    assert "<script>alert('s1')</script>" in node_evidence

    # A real click on an edge shows every evidence sentence with its document.
    edge = "r" + str(visit.js("kgExplorer.data.relations.findIndex(r => r.p === "
                              "'deploysForcesTo' && r.ev.some(e => e.rule === 'test-hand-made'))"))
    visit.page.mouse.click(*visit.edge_point(edge))
    assert visit.page.inner_text("#panel h2") == "North Korea deploysForcesTo Russia"
    evidence = visit.page.inner_text("#panel .evidence")
    assert "send troops to Russia </script><!-- to fight Ukraine." in evidence
    assert "fighting in Kursk" in evidence
    assert "</script><script>alert('title')</script>" in evidence  # the document title
    assert "<img src=x onerror=alert('outlet')>" in evidence       # and its outlet
    assert "javascript:alert('url') (not a web address; not linked)" in evidence
    links = visit.js("[...document.querySelectorAll('#panel a')].map(a => "
                     "[a.href, a.rel, a.target, a.textContent])")
    assert links == [["https://example.org/news?a=1&b=%222%22", "noopener noreferrer", "_blank",
                      "https://example.org/news?a=1&b=\"2\""]]

    # The co-occurrence toggle shows the untyped links, drawn dashed.
    assert visit.js("kgExplorer.edges.get({filter: e => e.id[0] === 'c' && !e.hidden}).length") == 0
    visit.page.get_by_text("co-occurrence (untyped").click()
    assert visit.js("kgExplorer.edges.get({filter: e => e.id[0] === 'c' && !e.hidden}).length") \
        == len(hostile_kg.cooccurrences)
    _shot(visit, "browser-hostile.png")
    _assert_clean(visit)


def _dates(kg: KnowledgeGraph, r: Relation) -> list[str]:
    return [ev.date or kg.documents[ev.doc_id].date or "" for ev in r.evidence]


def test_browser_filters_hide_and_show(browser, hostile_kg, tmp_path):
    kg = hostile_kg
    path = tmp_path / "filters.html"
    kg.to_html(path)
    visit = _open(browser, path)
    visible = "kgExplorer.%s.get({filter: x => !x.hidden}).length"
    typed = "kgExplorer.edges.get({filter: x => x.id[0] === 'r' && !x.hidden}).length"
    assert visit.js(visible % "nodes") == len(kg.entities)
    assert visit.js(typed) == len(kg.relations)
    assert visit.js(visible % "edges") == len(kg.relations)  # co-occurrence hidden by default
    ent = kg.entities

    visit.page.locator("#type-filters label", has_text="Person").click()
    assert visit.js(visible % "nodes") == sum(e.type != "Person" for e in ent.values())
    assert visit.js(typed) == sum(ent[r.subject].type != "Person" != ent[r.object].type
                                  for r in kg.relations)
    visit.page.click("[data-all=types]")
    assert visit.js(visible % "nodes") == len(ent)

    visit.page.locator("#edge-filters label", has_text="leaderOf").click()
    assert visit.js(typed) == sum(r.predicate != "leaderOf" for r in kg.relations)
    visit.page.fill("#min-confidence", "0.75")
    visit.page.dispatch_event("#min-confidence", "input")
    assert visit.js(typed) == sum(r.predicate != "leaderOf" and r.confidence >= 0.75
                                  for r in kg.relations)

    # Dates: from 2024-11-01 on (source h2), undated items dropped too.
    visit.page.click("#reset")
    visit.page.fill("#date-from", "2024-11-01")
    visit.page.dispatch_event("#date-from", "change")
    visit.page.uncheck("#include-undated")
    in_range = {iri for iri, e in ent.items()
                if any((kg.documents[m.doc_id].date or "") >= "2024-11-01" for m in e.mentions)}
    assert visit.js(typed) == sum(any(d >= "2024-11-01" for d in _dates(kg, r))
                                  and r.subject in in_range and r.object in in_range
                                  for r in kg.relations) > 0
    shown = set(visit.js("kgExplorer.data.entities.filter((e, i) => "
                         "!kgExplorer.nodes.get(i).hidden).map(e => e.label)"))
    assert shown == {ent[i].label for i in in_range}
    assert "Seoul" in shown and "Moscow" not in shown

    visit.page.click("#reset")
    visit.page.check("#hide-unlinked")
    assert visit.js(visible % "nodes") == len({i for r in kg.relations
                                               for i in (r.subject, r.object)})
    _assert_clean(visit)


def test_browser_seed_article_graph(browser, nlp, tmp_path):
    from kgraph.pipeline import build_graph

    kg = build_graph([SAMPLES / "north-korea-troops-kursk.txt"])
    path = tmp_path / "seed.html"
    kg.to_html(path, title="North Korean troops in Kursk (seed article)")
    size = path.stat().st_size
    print(f"\nseed page: {size:,} bytes, {len(kg.entities)} entities, "
          f"{len(kg.relations)} relations, {len(kg.cooccurrences)} co-occurrences")
    visit = _open(browser, path, viewport=(1600, 1000))
    assert visit.js("kgExplorer.nodes.length") == len(kg.entities) > 10
    # Open the most connected entity, as an analyst would.
    visit.page.fill("#search", "north korea")
    visit.page.keyboard.press("Enter")
    visit.page.wait_for_timeout(700)
    assert visit.page.inner_text("#panel h2") == "North Korea"
    _shot(visit, "browser-seed.png")
    visit.page.click("#panel-close")
    visit.page.click("#fit")
    visit.page.wait_for_timeout(600)
    _shot(visit, "browser-seed-overview.png")
    _assert_clean(visit)


def test_browser_large_graph_settles_and_says_what_it_left_out(browser, tmp_path):
    n = 2400
    docs = {f"d{i}": Document(f"d{i}", "", date=f"2024-{1 + i % 12:02d}-01",
                              title=f"Report {i}") for i in range(60)}
    ents = [Entity(f"x:{i}", ["Person", "Country", "Place", "Organization"][i % 4],
                   f"Entity {i}", aliases=(f"Alias {i}",),
                   mentions=(Mention(f"d{i % 60}", 0, 1, "x", "Person"),)) for i in range(n)]
    # Hubs: entity i links to i // 3, so low numbers are the most connected.
    coocs = [Cooccurrence(f"x:{i // 3}", f"x:{i}", 1 + (i % 3), (f"d{i % 60}",))
             for i in range(3, n)]
    rels = [Relation(f"x:{i}", "memberOf", f"x:{i // 7}",
                     (Evidence(f"d{i % 60}", f"Entity {i} joined Entity {i // 7}.", 0, 9, "r",
                               0.5 + (i % 5) / 10),)) for i in range(7, n, 5)]
    rels.append(Relation("x:0", "meetsWith", "x:1", tuple(
        Evidence(f"d{k}", f"Entity 0 met Entity 1 (report {k}).", 0, 9, "r", 0.9)
        for k in range(40))))
    kg = KnowledgeGraph(entities=ents, relations=rels, cooccurrences=coocs, documents=docs)
    path = tmp_path / "large.html"
    kg.to_html(path, max_nodes=800)
    visit = _open(browser, path)  # waits until the layout has stopped
    assert visit.js("kgExplorer.network.physics.physicsEnabled") is False
    assert visit.js("kgExplorer.nodes.length") == 800
    notice = visit.page.inner_text("#notice")
    assert "draws the 800 most connected of 2,400 entities" in notice
    assert "Left out: 1,600 entities" in notice
    # A left-out entity is still found by name, and said to be left out.
    visit.page.fill("#search", "entity 2399")
    assert "not drawn" in visit.page.inner_text("#search-results")
    visit.page.fill("#search", "alias 1")
    visit.page.keyboard.press("Enter")
    assert visit.page.inner_text("#panel h2") == "Entity 1"
    # Many evidences: the entity's panel shows two per relation, and all on request.
    meets = visit.page.locator("#panel .relation", has_text="meetsWith")
    assert meets.locator(".evidence blockquote").count() == 2
    meets.get_by_text("Show all 40 evidences").click()
    assert meets.locator(".evidence blockquote").count() == 40
    assert "report 39" in meets.inner_text()
    _assert_clean(visit)


def test_browser_neighbourhood_page_opens_on_the_selected_entity(browser, hostile_kg, tmp_path):
    kp = next(e.iri for e in hostile_kg.entities.values() if e.label == "North Korea")
    around = {kp} | {i for r in hostile_kg.relations if kp in (r.subject, r.object)
                     for i in (r.subject, r.object)}
    path = tmp_path / "around.html"
    hostile_kg.to_html(path, focus=sorted(around), select=kp, title="Around North Korea")
    visit = _open(browser, path)
    assert visit.js("kgExplorer.nodes.length") == len(around)
    assert visit.page.inner_text("#panel h2") == "North Korea"
    assert visit.js("kgExplorer.network.getSelectedNodes()") == [_entity_id(visit, "North Korea")]
    assert "selected entities of a graph of" in visit.page.inner_text("#notice")
    _assert_clean(visit)


def test_browser_empty_graph_says_so(browser, tmp_path):
    path = tmp_path / "empty.html"
    KnowledgeGraph(entities=[], relations=[]).to_html(path)
    visit = _open(browser, path)
    assert "No entities were found" in visit.page.inner_text("#stage")
    assert visit.js("kgExplorer.nodes.length") == 0
    _assert_clean(visit)
