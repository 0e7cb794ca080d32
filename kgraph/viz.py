"""The interactive single-file HTML explorer (pyvis + a template of our own).

pyvis builds the node and edge lists and the vis-network options; the page itself is
kgraph's template (``kgraph/templates/graph.html``), with vis-network's script and
style inlined, so the file works with no network at all. Every piece of source text
reaches the page as JSON inside a ``<script type="application/json">`` block, with
``<``, ``>`` and ``&`` escaped, and is put into the page with ``textContent`` only.
"""

from __future__ import annotations

import json
import os
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pyvis.network import Network

from .io import atomic_write_text

if TYPE_CHECKING:  # pragma: no cover
    from .graph import KnowledgeGraph

__all__ = ["TYPE_STYLE", "graph_page", "json_for_script", "write_html"]

#: Colour and shape of each entity type (the legend shows the same).
TYPE_STYLE = {
    "Person": {"color": "#e15759", "shape": "dot"},
    "Country": {"color": "#4e79a7", "shape": "diamond"},
    "Place": {"color": "#59a14f", "shape": "triangle"},
    "Organization": {"color": "#f28e2b", "shape": "square"},
    "Event": {"color": "#b07aa1", "shape": "star"},
}


def json_for_script(value: Any) -> str:
    """Serialise ``value`` as JSON that is safe inside an HTML ``<script>`` element.

    Examples:
        >>> json_for_script({"t": "</script><img onerror=x>"})
        '{"t": "\\\\u003c/script\\\\u003e\\\\u003cimg onerror=x\\\\u003e"}'
    """
    text = json.dumps(value, ensure_ascii=False)
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _vis_assets() -> tuple[str, str]:
    lib = Path(str(resources.files("pyvis"))) / "templates" / "lib" / "vis-9.1.2"
    return ((lib / "vis-network.min.js").read_text(encoding="utf-8"),
            (lib / "vis-network.css").read_text(encoding="utf-8"))


def graph_page(kg: KnowledgeGraph, *, title: str = "kgraph") -> str:
    """Return the HTML of the explorer for ``kg``."""
    net = Network(directed=True)
    degree = {iri: 0 for iri in kg.entities}
    for r in kg.relations:
        degree[r.subject] = degree.get(r.subject, 0) + 1
        degree[r.object] = degree.get(r.object, 0) + 1
    for e in kg.entities.values():
        style = TYPE_STYLE.get(e.type, {"color": "#999999", "shape": "dot"})
        net.add_node(e.iri, label=e.label, color=style["color"], shape=style["shape"],
                     size=10 + 4 * degree.get(e.iri, 0) ** 0.5, group=e.type)
    for r in kg.relations:
        if r.subject in kg.entities and r.object in kg.entities:
            net.add_edge(r.subject, r.object, label=r.predicate, arrows="to",
                         width=len(r.evidence) or 1)
    details = {
        "entities": {
            e.iri: {"label": e.label, "type": e.type, "kind": e.kind, "aliases": list(e.aliases),
                    "ids": [f"{s}:{v}" for s, v in e.ids]}
            for e in kg.entities.values()
        },
        "relations": [
            {"s": r.subject, "p": r.predicate, "o": r.object, "evidence": [
                {"doc": ev.doc_id, "sentence": ev.sentence, "confidence": ev.confidence,
                 "url": (kg.documents.get(ev.doc_id).url if kg.documents.get(ev.doc_id)
                         else None)} for ev in r.evidence]}
            for r in kg.relations
        ],
    }
    template = resources.files("kgraph").joinpath("templates/graph.html").read_text("utf-8")
    js, css = _vis_assets()
    page = template
    for name, value in (
        ("VIS_CSS", css),
        ("VIS_JS", js),
        ("NODES", json_for_script(net.nodes)),
        ("EDGES", json_for_script(net.edges)),
        ("DETAILS", json_for_script(details)),
        ("TITLE_JSON", json_for_script(title)),
    ):
        page = page.replace("/*{{" + name + "}}*/", value)
    return page


def write_html(kg: KnowledgeGraph, path: str | os.PathLike[str], *, title: str = "kgraph"
               ) -> None:
    """Write the explorer for ``kg`` to ``path`` (atomically)."""
    atomic_write_text(path, graph_page(kg, title=title))
