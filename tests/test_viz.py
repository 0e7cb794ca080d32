"""The HTML explorer as a file: self-contained, escaped, and honest about what it leaves out.

The page in a real browser is tested in ``test_browser.py``.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from html.parser import HTMLParser

import pytest

from kgraph.cli import build_parser
from kgraph.errors import InputError
from kgraph.graph import KnowledgeGraph
from kgraph.model import Cooccurrence, Document, Entity, Evidence, Mention, Relation
from kgraph.viz import (
    TYPE_STYLE,
    entity_centrality,
    graph_page,
    json_for_script,
    select_for_page,
    write_html,
)

ID = "https://w3id.org/kgraph/id/"

HOSTILE = [
    "<script>alert(1)</script>",
    "</script><script>alert(2)</script>",
    "</SCRIPT >alert(3)",
    "<!-- <script>alert(4)</script>",
    "<img src=x onerror=alert(5)>",
    "\"'><svg onload=alert(6)>",
    "]]></style></title><iframe srcdoc=x>",
    "line\u2028separator & ampersand",
]

#: URLs that appear in vis-network's bundled script as plain strings (its licence
#: header, an error message and the SVG namespace); none is ever requested.
VIS_STRINGS = {
    "http://almende.com", "http://opensource.org/licenses/MIT",
    "http://www.apache.org/licenses/LICENSE-2.0", "http://www.w3.org/2000/svg",
    "https://github.com/uuidjs/uuid#getrandomvalues-not-supported", "https://github.com/visjs",
    "https://github.com/zloirock/core-js", "https://github.com/zloirock/core-js/blob/v3.21.1/LICENSE",
    "https://visjs.github.io/vis-network/",
}


def _ev(doc: str, sentence: str, conf: float = 0.9, **kw) -> Evidence:
    return Evidence(doc, sentence, 0, len(sentence), "test-rule", conf, **kw)


def _mentions(doc: str, n: int) -> tuple[Mention, ...]:
    return tuple(Mention(doc, i, i + 1, "x", "Person") for i in range(n))


@pytest.fixture
def small_kg() -> KnowledgeGraph:
    """Kim leads North Korea, which deploys forces to Russia; Putin co-occurs with both."""
    docs = {
        "d1": Document("d1", "", url="https://example.org/a?x=1&y=2", date="2024-10-18",
                       title="Troops sent", outlet="Example Wire"),
        "d2": Document("d2", "", url="javascript:alert(1)", date="2024-11-02",
                       title="Second report", outlet="Other"),
    }
    ents = [
        Entity(ID + "person/kim", "Person", "Kim Jong Un", aliases=("Kim Jong-un",),
               mentions=_mentions("d1", 3)),
        Entity(ID + "country/KP", "Country", "North Korea", aliases=("DPRK",),
               ids=(("iso3166-1", "KP"),), mentions=_mentions("d1", 5)),
        Entity(ID + "country/RU", "Country", "Russia", mentions=_mentions("d2", 4)),
        Entity(ID + "person/putin", "Person", "Vladimir Putin", mentions=_mentions("d2", 1)),
        Entity(ID + "place/kursk", "Place", "Kursk", mentions=_mentions("d2", 1)),
    ]
    rels = [
        Relation(ID + "person/kim", "leaderOf", ID + "country/KP",
                 (_ev("d1", "North Korean leader Kim Jong Un spoke.", trigger="leader"),)),
        Relation(ID + "country/KP", "deploysForcesTo", ID + "country/RU",
                 (_ev("d1", "North Korea sent troops to Russia.", 0.8, date="2024-10-18"),
                  _ev("d2", "Troops from North Korea arrived in Russia.", 0.6))),
    ]
    coocs = [Cooccurrence(ID + "person/putin", ID + "country/RU", 2, ("d2",)),
             Cooccurrence(ID + "country/KP", ID + "person/putin", 1, ("d1",))]
    return KnowledgeGraph(entities=ents, relations=rels, cooccurrences=coocs, documents=docs)


def _hostile_kg(text: str) -> KnowledgeGraph:
    docs = {"d1": Document("d1", "", url="javascript:" + text, date="2024-01-01",
                           title=text, outlet=text)}
    ents = [Entity(ID + "person/h", "Person", text, aliases=(text + " alias",),
                   ids=(("wikidata", text),), kind=text, mentions=_mentions("d1", 1)),
            Entity(ID + "country/KP", "Country", "North Korea", mentions=_mentions("d1", 1))]
    rels = [Relation(ID + "person/h", text, ID + "country/KP",
                     (_ev("d1", f"He said {text} loudly.", trigger=text,
                          attributed_to=text),))]
    return KnowledgeGraph(entities=ents, relations=rels, documents=docs,
                          cooccurrences=[Cooccurrence(ID + "person/h", ID + "country/KP", 1,
                                                      ("d1",))])


def _data(page: str) -> dict:
    blocks = re.findall(r'<script type="application/json" id="kg-data">(.*?)</script>',
                        page, re.S)
    assert len(blocks) == 1
    return json.loads(blocks[0])


class _Tags(HTMLParser):
    """Every start tag with its attributes, and the text inside each script/style."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.contents: dict[int, str] = {}
        self.inside: int | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self.inside = len(self.tags) - 1 if tag in ("script", "style") else None

    def handle_endtag(self, tag):
        self.inside = None

    def handle_data(self, data):
        if self.inside is not None:
            self.contents[self.inside] = self.contents.get(self.inside, "") + data


def _tags(page: str) -> _Tags:
    parser = _Tags()
    parser.feed(page)
    return parser


# ---- self-contained: nothing is loaded from anywhere -----------------------------------


_REFERENCE = re.compile(
    r"""\b(?:src|href|action|formaction|poster|data|srcset|xlink:href)\s*=\s*["']?\s*"""
    r"""(?:https?:)?//|@import|url\(\s*["']?\s*(?:https?:)?//""", re.I)


@pytest.mark.parametrize("which", ["small", "hostile", "empty"])
def test_viz_page_loads_nothing_from_the_network(which, small_kg):
    hostile = "<a href='https://evil.example/x'><style>@import url(//evil.example/c)</style>"
    kg = {"small": small_kg, "hostile": _hostile_kg(hostile),
          "empty": KnowledgeGraph(entities=[], relations=[])}[which]
    page = graph_page(kg)
    json_block = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>',
                           page, re.S)
    outside = page[:json_block.start()] + page[json_block.end():]
    # No attribute, CSS import or CSS url() in the file points at a network URL. Source
    # text quoting such markup may only sit, inert, inside the JSON data block.
    assert not _REFERENCE.search(page if which != "hostile" else outside)
    assert json.loads(json_block.group(1))
    # The parsed page has no element that could fetch anything.
    tags = _tags(page).tags
    names = [t for t, _ in tags]
    for tag in ("link", "img", "iframe", "object", "embed", "base", "audio", "video", "source"):
        assert tag not in names
    assert all("src" not in attrs for _, attrs in tags)
    # Every http(s) URL in the file is either vis-network's own string or source data
    # inside the JSON block (shown as text; a link only when the analyst clicks).
    urls = set(re.findall(r"https?://[^\s\"'<>)\\]+", outside))
    assert urls <= VIS_STRINGS, urls - VIS_STRINGS


def test_viz_page_has_a_strict_content_security_policy_with_hashes(small_kg):
    page = graph_page(small_kg)
    parsed = _tags(page)
    metas = [a for t, a in parsed.tags if t == "meta" and a.get("http-equiv")]
    assert metas and metas[0]["http-equiv"] == "Content-Security-Policy"
    csp = metas[0]["content"]
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert "connect-src 'none'" in csp and "base-uri 'none'" in csp
    # The policy is the first thing in <head> after the charset.
    assert [t for t, _ in parsed.tags[:4]] == ["html", "head", "meta", "meta"]
    run = [(i, t, a) for i, (t, a) in enumerate(parsed.tags) if t in ("script", "style")]
    executable = [(i, t) for i, t, a in run if a.get("type") != "application/json"]
    assert len(executable) == 3  # our style, vis-network, our script
    for i, tag in executable:
        body = parsed.contents[i]
        digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
        directive = "script-src" if tag == "script" else "style-src"
        policy = next(p for p in csp.split(";") if p.strip().startswith(directive))
        assert f"'sha256-{digest}'" in policy


# ---- escaping ------------------------------------------------------------------------------


@pytest.mark.parametrize("text", HOSTILE)
def test_viz_hostile_text_is_escaped_everywhere(text):
    page = graph_page(_hostile_kg(text), title=text)
    assert text not in page
    # Exactly the page's own script and style elements exist, and each closes once.
    low = page.lower()
    assert low.count("</script") == 3 and low.count("</style") == 1
    assert "<!--" not in page
    names = [t for t, _ in _tags(page).tags]
    assert names.count("script") == 3 and names.count("style") == 1
    for tag in ("img", "svg", "iframe"):
        assert tag not in names
    assert not any(k.startswith("on") for _, attrs in _tags(page).tags for k in attrs)
    # The data reads back exactly: nothing lost, nothing altered.
    data = _data(page)
    assert data["title"] == text
    (ent,) = [e for e in data["entities"] if e["type"] == "Person"]
    assert ent["label"] == text and ent["aliases"] == [text + " alias"] and ent["kind"] == text
    assert ent["ids"] == [["wikidata", text]]
    (rel,) = data["relations"]
    assert rel["p"] == text and data["sentences"][rel["ev"][0]["text"]] == f"He said {text} loudly."
    assert rel["ev"][0]["by"] == text and rel["ev"][0]["trigger"] == text
    (doc,) = data["docs"]
    assert doc["title"] == text and doc["outlet"] == text and doc["web"] is False
    # The <title> element holds the escaped title.
    m = re.search(r"<title>(.*?)</title>", page, re.S)
    assert html.unescape(m.group(1)) == text


@pytest.mark.parametrize(("value", "expected"), [
    ("</script>", "\\u003c/script\\u003e"),
    ("<!--", "\\u003c!--"),
    ("a & b", "a \\u0026 b"),
    ("\u2028", "\\u2028"),
])
def test_viz_json_for_script_escapes_markup(value, expected):
    out = json_for_script(value)
    assert expected in out and json.loads(out) == value


@pytest.mark.parametrize(("url", "linked"), [
    ("https://example.org/a?x=1&y=2", True),
    ("http://example.org/", True),
    ("HTTPS://EXAMPLE.ORG/", True),
    ("javascript:alert(1)", False),
    (" javascript:alert(1)", False),
    ("data:text/html,<script>alert(1)</script>", False),
    ("vbscript:msgbox(1)", False),
    ("//example.org/no-scheme", False),
    ("file:///etc/passwd", False),
    ("", False),
])
def test_viz_only_web_urls_are_marked_as_links(url, linked):
    kg = KnowledgeGraph(entities=[Entity(ID + "x", "Country", "X", mentions=_mentions("d", 1))],
                        relations=[], documents={"d": Document("d", "", url=url or None)})
    (doc,) = _data(graph_page(kg))["docs"]
    assert doc["web"] is linked
    assert doc["url"] == url  # always kept, shown as text


# ---- what the page draws -----------------------------------------------------------------


def test_viz_nodes_carry_type_style_and_centrality_size(small_kg):
    data = _data(graph_page(small_kg))
    labels = {n["label"]: n for n in data["nodes"]}
    assert labels["Kim Jong Un"]["shape"] == TYPE_STYLE["Person"]["shape"]
    assert labels["North Korea"]["color"] == TYPE_STYLE["Country"]["color"]
    # North Korea: 1 + 2 evidences + 1 shared sentence = 4; Kursk: no link.
    assert entity_centrality(small_kg)[ID + "country/KP"] == 4.0
    sizes = [labels[name]["value"] for name in ("North Korea", "Kim Jong Un", "Kursk")]
    assert sizes == sorted(sizes, reverse=True) and len(set(sizes)) == 3
    assert {t["name"]: t["count"] for t in data["types"]} == {"Person": 2, "Country": 2, "Place": 1}


def test_viz_edges_show_predicate_and_evidence_count(small_kg):
    data = _data(graph_page(small_kg))
    typed = {e["label"]: e for e in data["edges"] if e["id"].startswith("r")}
    assert set(typed) == {"leaderOf", "deploysForcesTo"}
    assert typed["deploysForcesTo"]["value"] == 2 and typed["leaderOf"]["value"] == 1
    cooc = [e for e in data["edges"] if e["id"].startswith("c")]
    assert len(cooc) == 2 and all(e["dashes"] and e["arrows"] == "" for e in cooc)
    assert sorted(e["width"] for e in cooc) == [1.0, 2.0]  # 1 and 2 shared sentences
    assert all("label" not in e for e in cooc)
    rel = next(r for r in data["relations"] if r["p"] == "deploysForcesTo")
    assert [data["sentences"][ev["text"]] for ev in rel["ev"]] == [
        "North Korea sent troops to Russia.", "Troops from North Korea arrived in Russia."]
    assert [data["docs"][ev["doc"]]["title"] for ev in rel["ev"]] == ["Troops sent",
                                                                        "Second report"]


@pytest.mark.parametrize(("with_relations", "shown"), [(True, False), (False, True)])
def test_viz_cooccurrence_hidden_by_default_when_typed_relations_exist(small_kg, with_relations,
                                                                      shown):
    kg = small_kg if with_relations else KnowledgeGraph(
        entities=small_kg.entities.values(), relations=[],
        cooccurrences=small_kg.cooccurrences, documents=small_kg.documents)
    assert _data(graph_page(kg))["showCooccurrence"] is shown
    assert _data(graph_page(kg, show_cooccurrence=True))["showCooccurrence"] is True


def _chain_kg(n: int) -> KnowledgeGraph:
    """Entity i co-occurs with i+1 (weight i+1) and has a typed relation to i+2."""
    ents = [Entity(f"x:{i}", ["Person", "Country", "Place"][i % 3], f"E{i}",
                   aliases=(f"alias {i}",)) for i in range(n)]
    coocs = [Cooccurrence(f"x:{i}", f"x:{i + 1}", i + 1, ("d",)) for i in range(n - 1)]
    rels = [Relation(f"x:{i}", "memberOf", f"x:{i + 2}", (_ev("d", f"S{i}."),))
            for i in range(n - 2)]
    return KnowledgeGraph(entities=ents, relations=rels, cooccurrences=coocs,
                          documents={"d": Document("d", "")})


@pytest.mark.parametrize("max_nodes", [1, 3, 7, 20])
def test_viz_size_limit_draws_the_most_central_and_says_what_it_left_out(max_nodes):
    kg = _chain_kg(12)
    score = entity_centrality(kg)
    sel = select_for_page(kg, max_nodes=max_nodes)
    kept = min(max_nodes, 12)
    assert len(sel.entities) == kept and len(sel.left_out_entities) == 12 - kept
    assert set(sel.entities) | set(sel.left_out_entities) == set(kg.entities)
    assert min(score[i] for i in sel.entities) >= max(
        (score[i] for i in sel.left_out_entities), default=0)
    drawn = set(sel.entities)
    rel_drawn = [r for r in kg.relations if r.subject in drawn and r.object in drawn]
    co_drawn = [c for c in kg.cooccurrences if c.a in drawn and c.b in drawn]
    assert sel.left_out_relations == len(kg.relations) - len(rel_drawn)
    assert sel.left_out_cooccurrences == len(kg.cooccurrences) - len(co_drawn)

    data = _data(graph_page(kg, max_nodes=max_nodes))
    assert [e["iri"] for e in data["entities"]] == list(sel.entities)
    lo = data["leftOut"]
    assert lo["entities"] == 12 - kept
    assert lo["relations"] == sel.left_out_relations
    assert lo["cooccurrences"] == sel.left_out_cooccurrences
    assert sorted(n[0] for n in lo["names"]) == sorted(
        kg.entities[i].label for i in sel.left_out_entities)
    assert all(n[2] == [f"alias {n[0][1:]}"] for n in lo["names"])
    assert sum(lo["byType"].values()) == lo["entities"]
    # Nothing drawn refers to a left-out entity.
    ids = {n["id"] for n in data["nodes"]}
    assert len(ids) == kept
    assert all(e["from"] in ids and e["to"] in ids for e in data["edges"])
    assert len(data["edges"]) == len(rel_drawn) + len(co_drawn)
    # Each drawn entity says how many of its links are not drawn.
    assert sum(e["omitted"] for e in data["entities"]) == sum(
        (r.subject in drawn) + (r.object in drawn) for r in kg.relations
        if not (r.subject in drawn and r.object in drawn)) + sum(
        (c.a in drawn) + (c.b in drawn) for c in kg.cooccurrences
        if not (c.a in drawn and c.b in drawn))


def test_viz_given_centrality_ranks_sizes_and_is_named_on_the_page():
    kg = _chain_kg(6)
    score = {f"x:{i}": float(-i) for i in range(6)}  # reverse of the default ranking
    data = _data(graph_page(kg, max_nodes=2, centrality=score, centrality_name="PageRank"))
    assert [e["label"] for e in data["entities"]] == ["E0", "E1"]
    assert data["measure"] == "PageRank"
    assert _data(graph_page(kg))["measure"] == ""


def test_viz_edge_limit_keeps_typed_relations_first():
    kg = _chain_kg(12)  # 10 typed relations, 11 co-occurrences
    sel = select_for_page(kg, max_edges=13)
    assert len(sel.relations) == 10 and len(sel.cooccurrences) == 3
    assert [c.weight for c in sel.cooccurrences] == [11, 10, 9]
    assert sel.left_out_relations == 0 and sel.left_out_cooccurrences == 8
    data = _data(graph_page(kg, max_edges=13))
    assert len(data["edges"]) == 13 and data["leftOut"]["cooccurrences"] == 8


def test_viz_focus_draws_only_the_given_entities(small_kg):
    focus = [ID + "country/KP", ID + "country/RU"]
    data = _data(graph_page(small_kg, focus=focus, select=ID + "country/RU"))
    assert sorted(e["label"] for e in data["entities"]) == ["North Korea", "Russia"]
    assert [r["p"] for r in data["relations"]] == ["deploysForcesTo"]
    assert data["graph"]["focus"] is True and data["leftOut"]["entities"] == 0
    assert data["entities"][data["select"]]["label"] == "Russia"


@pytest.mark.parametrize(("options", "message"), [
    ({"focus": ["x:missing"]}, "not in the graph"),
    ({"max_nodes": 0}, "max_nodes must be"),
    ({"max_edges": -1}, "max_edges must be"),
])
def test_viz_bad_options_raise_clear_errors(small_kg, options, message):
    with pytest.raises(InputError, match=message):
        graph_page(small_kg, **options)


def test_viz_write_html_through_to_html_is_atomic_and_forwards_options(small_kg, tmp_path):
    out = tmp_path / "sub" / "g.html"
    small_kg.to_html(out, title="Korea desk", max_nodes=2)
    page = out.read_text(encoding="utf-8")
    assert "<title>Korea desk</title>" in page
    assert len(_data(page)["entities"]) == 2
    assert [p.name for p in out.parent.iterdir()] == ["g.html"]
    with pytest.raises(InputError):
        write_html(small_kg, tmp_path / "bad.html", max_nodes=0)
    assert not (tmp_path / "bad.html").exists()


def test_viz_sentences_shared_by_relations_are_stored_once():
    s = "Kim Jong Un and Vladimir Putin signed a pact in Pyongyang."
    ents = [Entity(f"x:{i}", "Person", f"P{i}") for i in range(3)]
    rels = [Relation("x:0", "meetsWith", "x:1", (_ev("d", s),)),
            Relation("x:1", "meetsWith", "x:2", (_ev("d", s),))]
    page = graph_page(KnowledgeGraph(entities=ents, relations=rels))
    assert page.count("signed a pact") == 1
    assert _data(page)["sentences"] == [s]


@pytest.mark.parametrize(("argv", "expected"), [
    (["build", "in.txt", "-o", "out"], 1500),
    (["build", "in.txt", "-o", "out", "--max-nodes", "40"], 40),
])
def test_viz_build_command_takes_max_nodes(argv, expected):
    assert build_parser().parse_args(argv).max_nodes == expected


@pytest.mark.parametrize("value", ["0", "-3", "many"])
def test_viz_build_command_rejects_bad_max_nodes(value, capsys):
    with pytest.raises(SystemExit) as info:
        build_parser().parse_args(["build", "in.txt", "-o", "out", "--max-nodes", value])
    assert info.value.code == 2
    assert "at least 1" in capsys.readouterr().err
