"""The interactive single-file HTML explorer (pyvis + a page of our own).

pyvis builds the node and edge lists and the physics options; the page is kgraph's
own template (``kgraph/templates/graph.html`` with ``explorer.js`` and
``explorer.css``), with vis-network's script inlined, so the file works with no
network at all and loads nothing from anywhere. pyvis' own template is not used: it
loads Bootstrap and Tom Select from a CDN and writes node titles with ``innerHTML``.

Safety: every piece of source text reaches the page once, as JSON inside a
``<script type="application/json">`` block with ``<``, ``>`` and ``&`` escaped (so
``</script>`` or ``<!--`` in a sentence cannot end the block), and the page's script
puts it on screen with ``textContent`` and DOM calls only. Only ``http``/``https``
source URLs become links (``rel="noopener noreferrer"``). A Content-Security-Policy
allows exactly the page's own inline scripts and styles (by hash) and nothing else:
no network, no other script.

Large graphs: above ``max_nodes`` entities the page draws the most central ones
(weighted degree on :attr:`KnowledgeGraph.nx`, or a centrality you pass) and says on
the page what it left out; search still finds the left-out entities by name.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import html
import json
import math
import os
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from .errors import InputError
from .io import atomic_write_text
from .model import Cooccurrence, Relation

if TYPE_CHECKING:  # pragma: no cover
    from .graph import KnowledgeGraph

__all__ = [
    "DEFAULT_MAX_EDGES",
    "DEFAULT_MAX_NODES",
    "TYPE_STYLE",
    "PageSelection",
    "entity_centrality",
    "graph_page",
    "json_for_script",
    "select_for_page",
    "write_html",
]

#: Most entities a page draws by default; the rest are listed as left out.
DEFAULT_MAX_NODES = 1500
#: Most links (typed relations first, then co-occurrences) a page draws by default.
DEFAULT_MAX_EDGES = 6000
#: Longest node label drawn on the canvas (the side panel shows the whole name).
_MAX_LABEL = 40


@functools.cache
def _style() -> dict[str, Any]:
    text = resources.files("kgraph").joinpath("templates/style.json").read_text("utf-8")
    return json.loads(text)


#: Colour and shape of each entity type (``kgraph/templates/style.json``; the legend
#: shows the same).
TYPE_STYLE: dict[str, dict[str, str]] = _style()["types"]


def json_for_script(value: Any) -> str:
    """Serialise ``value`` as JSON that is safe inside an HTML ``<script>`` element.

    ``<``, ``>`` and ``&`` become ``\\u`` escapes, so no string in the data can close
    the element (``</script>``) or open an HTML comment (``<!--``); ``JSON.parse``
    reads the same values back.

    Examples:
        >>> json_for_script({"t": "</script><img onerror=x>"})
        '{"t": "\\\\u003c/script\\\\u003e\\\\u003cimg onerror=x\\\\u003e"}'
        >>> json.loads(json_for_script(["<!-- & -->"])) == ["<!-- & -->"]
        True
    """
    text = json.dumps(value, ensure_ascii=False, allow_nan=False)
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def entity_centrality(kg: KnowledgeGraph) -> dict[str, float]:
    """Return each entity's weighted degree: evidences of its relations + shared sentences.

    Computed with networkx on ``kg.nx`` (typed relations weigh their number of
    evidences, co-occurrences their number of sentences); entities with no link get 0.

    Examples:
        >>> from kgraph.graph import KnowledgeGraph
        >>> from kgraph.model import Cooccurrence, Entity
        >>> kg = KnowledgeGraph(
        ...     entities=[Entity("x:a", "Person", "A"), Entity("x:b", "Country", "B"),
        ...               Entity("x:c", "Place", "C")],
        ...     relations=[], cooccurrences=[Cooccurrence("x:a", "x:b", 3)])
        >>> entity_centrality(kg)
        {'x:a': 3.0, 'x:b': 3.0, 'x:c': 0.0}
    """
    g = kg.nx
    return {iri: float(g.degree(iri, weight="weight")) if iri in g else 0.0
            for iri in kg.entities}


@dataclass(frozen=True, slots=True)
class PageSelection:
    """What a page draws and what it leaves out.

    ``entities`` are the IRIs drawn, most central first; ``left_out_entities`` the
    IRIs of the graph (or of ``focus``) that are not drawn. ``left_out_relations``
    and ``left_out_cooccurrences`` count links between entities of the graph (or of
    ``focus``) that are not drawn, because an end is left out or the link limit was
    reached.
    """

    entities: tuple[str, ...]
    relations: tuple[Relation, ...]
    cooccurrences: tuple[Cooccurrence, ...]
    left_out_entities: tuple[str, ...]
    left_out_relations: int
    left_out_cooccurrences: int
    centrality: tuple[float, ...]


def select_for_page(
    kg: KnowledgeGraph,
    *,
    max_nodes: int = DEFAULT_MAX_NODES,
    max_edges: int = DEFAULT_MAX_EDGES,
    focus: Iterable[str] | None = None,
    centrality: Mapping[str, float] | None = None,
) -> PageSelection:
    """Choose the entities and links a page draws: the most central part of the graph.

    Args:
        kg: the knowledge graph.
        max_nodes: most entities to draw; the most central are kept.
        max_edges: most links to draw; typed relations come first (most evidences
            first), then co-occurrences (most shared sentences first).
        focus: draw only these entity IRIs (e.g. one entity's neighbourhood).
        centrality: score per entity IRI used to rank entities (default:
            :func:`entity_centrality`); ties go to the most mentioned.

    Raises:
        InputError: a limit below 1, or ``focus`` names an IRI not in the graph.

    Examples:
        >>> from kgraph.graph import KnowledgeGraph
        >>> from kgraph.model import Cooccurrence, Entity
        >>> kg = KnowledgeGraph(
        ...     entities=[Entity("x:a", "Person", "A"), Entity("x:b", "Country", "B"),
        ...               Entity("x:c", "Place", "C")],
        ...     relations=[], cooccurrences=[Cooccurrence("x:a", "x:b", 3)])
        >>> sel = select_for_page(kg, max_nodes=2)
        >>> sel.entities, sel.left_out_entities
        (('x:a', 'x:b'), ('x:c',))
    """
    for name, value in (("max_nodes", max_nodes), ("max_edges", max_edges)):
        if not isinstance(value, int) or value < 1:
            raise InputError(f"{name} must be a whole number of at least 1, not {value!r}",
                             fix=f"give {name}=1500 or another positive number")
    if focus is None:
        universe = list(kg.entities)
    else:
        universe = list(dict.fromkeys(focus))
        unknown = [iri for iri in universe if iri not in kg.entities]
        if unknown:
            raise InputError(
                f"focus names {len(unknown)} entit{'y' if len(unknown) == 1 else 'ies'} "
                f"not in the graph (first: {unknown[0]!r})",
                fix="pass IRIs taken from kg.entities or kg.nx")
    score = dict(centrality) if centrality is not None else entity_centrality(kg)
    ranked = sorted(universe, key=lambda iri: (-score.get(iri, 0.0),
                                               -kg.mention_stats(iri)[0],
                                               kg.entities[iri].label.casefold(), iri))
    drawn = ranked[:max_nodes]
    drawn_set = set(drawn)
    in_universe = set(universe)

    relations = [r for r in kg.relations
                 if r.subject in in_universe and r.object in in_universe]
    coocs = [c for c in kg.cooccurrences if c.a in in_universe and c.b in in_universe]
    rel_ok = [r for r in relations if r.subject in drawn_set and r.object in drawn_set]
    co_ok = [c for c in coocs if c.a in drawn_set and c.b in drawn_set]
    rel_ok.sort(key=lambda r: -len(r.evidence))  # stable: keeps the graph's order in ties
    rel_ok = rel_ok[:max_edges]
    co_ok.sort(key=lambda c: -c.weight)
    co_ok = co_ok[:max(0, max_edges - len(rel_ok))]
    return PageSelection(
        entities=tuple(drawn),
        relations=tuple(rel_ok),
        cooccurrences=tuple(co_ok),
        left_out_entities=tuple(ranked[max_nodes:]),
        left_out_relations=len(relations) - len(rel_ok),
        left_out_cooccurrences=len(coocs) - len(co_ok),
        centrality=tuple(score.get(iri, 0.0) for iri in drawn),
    )


def _web_url(url: str | None) -> str | None:
    """Return ``url`` when it is an absolute http(s) URL (the only kind linked), else None.

    Examples:
        >>> _web_url("https://example.org/a?b=1"), _web_url("javascript:alert(1)")
        ('https://example.org/a?b=1', None)
    """
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url.strip()


def _short(label: str) -> str:
    return label if len(label) <= _MAX_LABEL else label[: _MAX_LABEL - 1].rstrip() + "…"


def _page_data(kg: KnowledgeGraph, sel: PageSelection, *, title: str,
               show_cooccurrence: bool | None, select: str | None, max_nodes: int,
               max_edges: int, focused: bool, measure: str | None) -> dict[str, Any]:
    """Build the JSON the page reads: pyvis nodes/edges, details, legend, notices."""
    from pyvis.network import Network  # imported here: the CLI starts faster without it

    style = _style()
    node_id = {iri: i for i, iri in enumerate(sel.entities)}
    doc_index: dict[str, int] = {}
    docs: list[dict[str, Any]] = []

    def doc_ref(doc_id: str) -> int:
        if doc_id not in doc_index:
            d = kg.documents.get(doc_id)
            doc_index[doc_id] = len(docs)
            docs.append({
                "id": doc_id,
                "title": (d.title if d else None) or "",
                "outlet": (d.outlet if d else None) or "",
                "date": (d.date if d else None) or "",
                "url": (d.url if d else None) or "",
                "web": _web_url(d.url if d else None) is not None,
            })
        return doc_index[doc_id]

    net = Network(directed=True)
    entities: list[dict[str, Any]] = []
    for i, iri in enumerate(sel.entities):
        e = kg.entities[iri]
        st = TYPE_STYLE.get(e.type, style["other_type"])
        net.add_node(i, label=_short(e.label or iri), shape=st["shape"], color=st["color"],
                     value=round(math.sqrt(max(0.0, sel.centrality[i])), 3))
        n_mentions, doc_ids = kg.mention_stats(iri)
        entities.append({
            "iri": iri, "label": e.label or iri, "type": e.type, "kind": e.kind or "",
            "aliases": [a for a in e.aliases if a != e.label],
            "ids": [[scheme, value] for scheme, value in e.ids],
            "mentions": n_mentions, "docs": [doc_ref(d) for d in doc_ids],
            "centrality": sel.centrality[i], "omitted": 0,
        })

    pair_count: Counter[frozenset[int]] = Counter()

    def bend(a: int, b: int) -> dict[str, Any]:
        """Curve the second and later edges between one pair so none hides another."""
        k = pair_count[frozenset((a, b))]
        pair_count[frozenset((a, b))] += 1
        if k == 0:
            return {}
        return {"smooth": {"enabled": True, "type": "curvedCW" if k % 2 else "curvedCCW",
                           "roundness": 0.18 * ((k + 1) // 2)}}

    # Edge colour, arrows and straightness of typed relations are the page's defaults
    # (explorer.js); only what differs is written per edge, to keep the page small.
    edge_style = style["edges"]
    sentence_index: dict[str, int] = {}
    sentences: list[str] = []

    def sentence_ref(text: str) -> int:
        if text not in sentence_index:
            sentence_index[text] = len(sentences)
            sentences.append(text)
        return sentence_index[text]

    relations: list[dict[str, Any]] = []
    for k, r in enumerate(sel.relations):
        s, o = node_id[r.subject], node_id[r.object]
        extra: dict[str, Any] = bend(s, o)
        if r.background:
            st = edge_style["background"]
            extra.update(color=st["color"], dashes=st["dashes"])
        net.add_edge(s, o, id=f"r{k}", label=r.predicate, value=len(r.evidence) or 1, **extra)
        relations.append({
            "s": s, "p": r.predicate, "o": o, "conf": round(r.confidence, 3),
            "date": r.date or "", "background": r.background,
            "ev": [{
                "doc": doc_ref(ev.doc_id), "text": sentence_ref(ev.sentence),
                "conf": round(ev.confidence, 3), "rule": ev.rule, "hedged": ev.hedged,
                "by": ev.attributed_to or "", "date": ev.date or "", "trigger": ev.trigger or "",
            } for ev in r.evidence],
        })
    coocs: list[dict[str, Any]] = []
    st = edge_style["cooccurrence"]
    for k, c in enumerate(sel.cooccurrences):
        a, b = node_id[c.a], node_id[c.b]
        # Thinner than typed relations at equal counts: an untyped link must not
        # outweigh a stated fact on screen.
        net.add_edge(a, b, id=f"c{k}", arrows="", width=round(min(4.0, 1 + math.log2(c.weight)), 2),
                     color=st["color"], dashes=st["dashes"], **bend(a, b))
        coocs.append({"a": a, "b": b, "w": c.weight,
                      "docs": [doc_ref(d) for d in dict.fromkeys(c.doc_ids)]})

    # Links to entities that are not drawn, per drawn entity (said in its panel).
    universe = set(sel.entities) | set(sel.left_out_entities)
    drawn_links = {(r.subject, r.predicate, r.object) for r in sel.relations}
    drawn_coocs = {(c.a, c.b) for c in sel.cooccurrences}
    for r in kg.relations:
        if r.subject in universe and r.object in universe and \
                (r.subject, r.predicate, r.object) not in drawn_links:
            for end in (r.subject, r.object):
                if end in node_id:
                    entities[node_id[end]]["omitted"] += 1
    for c in kg.cooccurrences:
        if c.a in universe and c.b in universe and (c.a, c.b) not in drawn_coocs:
            for end in (c.a, c.b):
                if end in node_id:
                    entities[node_id[end]]["omitted"] += 1

    type_counts = Counter(e["type"] for e in entities)
    order = list(TYPE_STYLE) + sorted(t for t in type_counts if t not in TYPE_STYLE)
    types = [{"name": t, "count": type_counts[t], **TYPE_STYLE.get(t, style["other_type"])}
             for t in order if type_counts[t]]
    predicates = sorted(Counter(r["p"] for r in relations).items(),
                        key=lambda kv: (-kv[1], kv[0]))
    left_out = sel.left_out_entities
    if show_cooccurrence is None:
        show_cooccurrence = not relations

    n = len(entities)
    net.barnes_hut(gravity=-9000, central_gravity=0.45 if n < 300 else 0.3,
                   spring_length=190 if n < 300 else 150, spring_strength=0.015, damping=0.35,
                   overlap=0.6 if n < 300 else 0.2)
    physics = json.loads(net.options.to_json())["physics"]
    physics["stabilization"].update(
        iterations=400 if n <= 300 else 250 if n <= 800 else 150, updateInterval=25,
        fit=True)
    physics["maxVelocity"] = 40
    physics["minVelocity"] = 1.5
    return {
        "title": title,
        "nodes": net.nodes,
        "edges": net.edges,
        "entities": entities,
        "relations": relations,
        "sentences": sentences,
        "cooc": coocs,
        "docs": docs,
        "types": types,
        "otherType": style["other_type"],
        "edgeStyle": edge_style,
        "predicates": [{"name": p, "count": c} for p, c in predicates],
        "showCooccurrence": bool(show_cooccurrence),
        "select": node_id.get(select, -1) if select else -1,
        "physics": physics,
        "graph": {
            "entities": len(kg.entities), "relations": len(kg.relations),
            "cooccurrences": len(kg.cooccurrences), "documents": len(kg.documents),
            "focus": focused,
        },
        "limits": {"maxNodes": max_nodes, "maxEdges": max_edges},
        "measure": measure or "",
        "leftOut": {
            "entities": len(left_out),
            "byType": dict(Counter(kg.entities[i].type for i in left_out).most_common()),
            "relations": sel.left_out_relations,
            "cooccurrences": sel.left_out_cooccurrences,
            "names": [[kg.entities[i].label, kg.entities[i].type,
                       [a for a in kg.entities[i].aliases if a != kg.entities[i].label]]
                      for i in left_out],
        },
    }


@functools.cache
def _assets() -> dict[str, str]:
    """Return the template, our script and style, and vis-network's script."""
    templates = resources.files("kgraph").joinpath("templates")
    lib = Path(str(resources.files("pyvis"))) / "templates" / "lib" / "vis-9.1.2"
    vis_js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
    # The source map is not shipped; a browser's dev tools would try to fetch it.
    vis_js = re.sub(r"\n//# sourceMappingURL=\S+\s*$", "\n", vis_js)
    assets = {
        "template": templates.joinpath("graph.html").read_text("utf-8"),
        "js": templates.joinpath("explorer.js").read_text("utf-8"),
        "css": templates.joinpath("explorer.css").read_text("utf-8"),
        "vis_js": vis_js,
    }
    for name in ("js", "css", "vis_js"):
        low = assets[name].lower()
        for bad in ("</script", "</style", "<!--"):
            if bad in low:  # would end or confuse the inline element
                raise RuntimeError(f"the explorer's {name} asset contains {bad!r}")
    return assets


def _csp_hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def graph_page(
    kg: KnowledgeGraph,
    *,
    title: str = "kgraph",
    max_nodes: int = DEFAULT_MAX_NODES,
    max_edges: int = DEFAULT_MAX_EDGES,
    focus: Iterable[str] | None = None,
    select: str | None = None,
    centrality: Mapping[str, float] | None = None,
    centrality_name: str | None = None,
    show_cooccurrence: bool | None = None,
) -> str:
    """Return the HTML of the explorer for ``kg``: one self-contained page.

    Args:
        kg: the knowledge graph.
        title: the page's title (shown as text, never as markup).
        max_nodes: most entities to draw (the most central; the page says what is
            left out and search still finds left-out names).
        max_edges: most links to draw (typed relations first).
        focus: draw only these entity IRIs, e.g. a neighbourhood.
        select: IRI of an entity whose panel opens and which is focused on load.
        centrality: score per entity IRI for node size and ranking (default: weighted
            degree, :func:`entity_centrality`).
        centrality_name: what ``centrality`` measures, said on the page (e.g.
            ``"PageRank"``).
        show_cooccurrence: draw co-occurrence links on load; by default only when no
            typed relation is drawn (the page has a toggle either way).

    Raises:
        InputError: a limit below 1, or ``focus`` names an IRI not in the graph.

    Examples:
        >>> from kgraph.graph import KnowledgeGraph
        >>> from kgraph.model import Entity
        >>> page = graph_page(KnowledgeGraph(
        ...     entities=[Entity("x:kp", "Country", "North Korea </script>")], relations=[]))
        >>> page.startswith("<!DOCTYPE html>"), "North Korea </script>" in page
        (True, False)
    """
    focus_list = list(focus) if focus is not None else None
    sel = select_for_page(kg, max_nodes=max_nodes, max_edges=max_edges, focus=focus_list,
                          centrality=centrality)
    data = _page_data(kg, sel, title=title, show_cooccurrence=show_cooccurrence,
                      select=select, max_nodes=max_nodes, max_edges=max_edges,
                      focused=focus_list is not None,
                      measure=(centrality_name or "a centrality given by the caller")
                      if centrality is not None else None)
    assets = _assets()
    scripts = (assets["vis_js"], assets["js"])
    csp = ("default-src 'none'; "
           f"script-src {' '.join(_csp_hash(s) for s in scripts)}; "
           f"style-src {_csp_hash(assets['css'])}; "
           "img-src data:; font-src 'none'; connect-src 'none'; media-src 'none'; "
           "object-src 'none'; frame-src 'none'; worker-src 'none'; "
           "base-uri 'none'; form-action 'none'")
    values = {
        "CSP": html.escape(csp, quote=True),
        "TITLE": html.escape(title, quote=True),
        "CSS": assets["css"],
        "DATA": json_for_script(data),
        "VIS_JS": assets["vis_js"],
        "APP_JS": assets["js"],
    }
    # One pass: text substituted in is never scanned again for placeholders.
    return re.sub(r"/\*\{\{([A-Z_]+)\}\}\*/", lambda m: values[m.group(1)],
                  assets["template"])


def write_html(
    kg: KnowledgeGraph,
    path: str | os.PathLike[str],
    *,
    title: str = "kgraph",
    max_nodes: int = DEFAULT_MAX_NODES,
    max_edges: int = DEFAULT_MAX_EDGES,
    focus: Iterable[str] | None = None,
    select: str | None = None,
    centrality: Mapping[str, float] | None = None,
    centrality_name: str | None = None,
    show_cooccurrence: bool | None = None,
) -> None:
    """Write the explorer for ``kg`` to ``path`` atomically (see :func:`graph_page`).

    Examples:
        >>> import tempfile, pathlib
        >>> from kgraph.graph import KnowledgeGraph
        >>> from kgraph.model import Entity
        >>> out = pathlib.Path(tempfile.mkdtemp()) / "graph.html"
        >>> write_html(KnowledgeGraph(entities=[Entity("x:ru", "Country", "Russia")],
        ...                           relations=[]), out, title="Russia")
        >>> "<title>Russia</title>" in out.read_text(encoding="utf-8")
        True
    """
    atomic_write_text(path, graph_page(
        kg, title=title, max_nodes=max_nodes, max_edges=max_edges, focus=focus,
        select=select, centrality=centrality, centrality_name=centrality_name,
        show_cooccurrence=show_cooccurrence))
