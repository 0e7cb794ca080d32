"""Read a graph file written by kgraph back into a :class:`~kgraph.graph.KnowledgeGraph`.

``kgraph build`` writes ``graph.ttl``; :func:`load_graph` turns that file (or its
N-Triples / JSON-LD forms) back into entities, relations with their evidence,
co-occurrences and source documents, so ``kgraph export``, ``kgraph stats`` and the
Python API work from a saved graph without re-reading the news.

What RDF does not hold cannot come back: entity mentions (the file keeps only their
count and documents, ``kg:mentionCount`` / ``kg:mentionedIn``) and document texts. The
loaded graph keeps the parsed RDF as its ``rdf`` view, so nothing in the file is lost
when it is queried or written again.
"""

from __future__ import annotations

import os
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote

from .errors import QueryError
from .model import ENTITY_TYPES, Cooccurrence, Document, Entity, Evidence, Relation

if TYPE_CHECKING:  # pragma: no cover
    import rdflib

    from .graph import KnowledgeGraph

__all__ = ["RDF_FORMATS", "graph_from_rdf", "load_graph", "rdf_format", "read_rdf"]

#: RDF formats kgraph reads, by rdflib name, with the file suffixes that select them.
RDF_FORMATS: dict[str, tuple[str, ...]] = {
    "turtle": (".ttl", ".turtle"),
    "nt": (".nt", ".ntriples"),
    "json-ld": (".jsonld", ".json"),
}

_ALIASES = {"ttl": "turtle", "ntriples": "nt", "n-triples": "nt", "jsonld": "json-ld"}


def rdf_format(path: str | os.PathLike[str], format: str | None = None) -> str:
    """Return the rdflib format name of a graph file, from ``format`` or its suffix.

    Raises:
        QueryError: the format is unknown or the suffix does not say.

    Examples:
        >>> rdf_format("out/graph.ttl"), rdf_format("g.jsonld"), rdf_format("g.x", "ntriples")
        ('turtle', 'json-ld', 'nt')
    """
    names = ", ".join(RDF_FORMATS)
    if format is not None:
        name = _ALIASES.get(format.lower(), format.lower())
        if name not in RDF_FORMATS:
            raise QueryError(f"unknown graph format {format!r}",
                             fix=f"use one of: {names}")
        return name
    if Path(path).is_dir():
        inside = Path(path) / "graph.ttl"
        raise QueryError(f"'{path}' is a folder, not a graph file",
                         fix=f"give the graph file in it, e.g. {inside}" if inside.is_file()
                         else "give a .ttl, .nt or .jsonld file")
    suffix = Path(path).suffix.lower()
    for name, suffixes in RDF_FORMATS.items():
        if suffix in suffixes:
            return name
    known = " ".join(s for ss in RDF_FORMATS.values() for s in ss)
    raise QueryError(f"cannot tell the RDF format of '{path}' from its suffix {suffix!r}",
                     fix=f"name the file with one of {known}, or pass --graph-format ({names})")


def read_rdf(path: str | os.PathLike[str], *, format: str | None = None) -> rdflib.Graph:
    """Parse a Turtle, N-Triples or JSON-LD file into an ``rdflib.Graph``.

    Raises:
        QueryError: the file is missing, unreadable or not valid RDF in that format.
    """
    import rdflib

    from .rdf import bind_namespaces

    p = Path(path)
    fmt = rdf_format(p, format)
    if not p.is_file():
        raise QueryError(f"no such graph file: '{p}'",
                         fix="check the path, or build one with `kgraph build INPUT -o OUTDIR`")
    g = bind_namespaces(rdflib.Graph())
    try:
        g.parse(p, format=fmt)
    except OSError as exc:
        raise QueryError(f"cannot read '{p}': {exc.strerror or exc}",
                         fix="check the file's permissions") from None
    except Exception as exc:  # rdflib's parsers raise many unrelated exception types
        detail = " ".join(str(exc).split())[:300]
        raise QueryError(f"cannot parse '{p}' as {fmt}: {detail}",
                         fix="give a graph written by `kgraph build` or `kgraph export`, "
                         "or pass --graph-format if the suffix is misleading") from None
    return g


def load_graph(path: str | os.PathLike[str], *, format: str | None = None) -> KnowledgeGraph:
    """Read a graph file written by kgraph into a :class:`~kgraph.graph.KnowledgeGraph`.

    Args:
        path: a ``.ttl``, ``.nt`` or ``.jsonld`` file.
        format: override the format the suffix implies (``turtle``, ``nt``, ``json-ld``).

    Raises:
        QueryError: the file is missing or cannot be parsed.

    Examples:
        >>> import tempfile, pathlib
        >>> from kgraph.graph import KnowledgeGraph
        >>> from kgraph.model import Entity, Evidence, Relation
        >>> ev = Evidence("d1", "Kim Jong Un leads North Korea.", 0, 30, "leader", 0.9)
        >>> kg = KnowledgeGraph(
        ...     entities=[Entity("https://w3id.org/kgraph/id/person/kim", "Person", "Kim Jong Un"),
        ...               Entity("https://w3id.org/kgraph/id/country/KP", "Country",
        ...                      "North Korea")],
        ...     relations=[Relation("https://w3id.org/kgraph/id/person/kim", "leaderOf",
        ...                         "https://w3id.org/kgraph/id/country/KP", (ev,))])
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "graph.ttl"
        >>> kg.serialize(path)
        >>> loaded = load_graph(path)
        >>> loaded.relations[0].predicate, loaded.relations[0].evidence[0].sentence
        ('leaderOf', 'Kim Jong Un leads North Korea.')
    """
    g = read_rdf(path, format=format)
    kg = graph_from_rdf(g)
    # The parsed file is the RDF view: querying or re-serialising loses nothing.
    kg.__dict__["rdf"] = g
    return kg


def graph_from_rdf(g: rdflib.Graph) -> KnowledgeGraph:
    """Rebuild entities, relations, evidence, co-occurrences and documents from RDF.

    The inverse of :func:`kgraph.rdf.to_rdf`, except for what RDF does not keep
    (mention offsets, document texts): loaded entities have no mentions; their
    mention counts and documents are in ``kg.mention_counts``.
    """
    from rdflib import RDF, RDFS, SKOS, Literal, URIRef
    from rdflib.namespace import DCTERMS, PROV

    from .graph import KnowledgeGraph
    from .rdf import KG, SCHEMA, _classes

    kg_ns = str(KG)

    def local(term: object) -> str:
        return str(term).removeprefix(kg_ns)

    def text(s: object, p: object) -> str | None:
        value = g.value(s, p)
        return None if value is None else str(value)

    documents: dict[str, Document] = {}
    doc_ids: dict[URIRef, str] = {}
    for d in g.subjects(RDF.type, KG.Document):
        doc_id = text(d, DCTERMS.identifier) or unquote(str(d).rsplit("/doc/", 1)[-1])
        doc_ids[d] = doc_id
        documents[doc_id] = Document(
            doc_id, "", url=text(d, SCHEMA.url), date=text(d, DCTERMS.date),
            title=text(d, DCTERMS.title), outlet=text(d, KG.outlet))

    def doc_id_of(d: object) -> str:
        if d in doc_ids:
            return doc_ids[d]
        return unquote(str(d).rsplit("/doc/", 1)[-1])

    entity_types = {KG[t]: t for t in ENTITY_TYPES}
    classes = _classes() - {"Entity"}
    entities: list[Entity] = []
    for s in sorted({s for t in entity_types for s in g.subjects(RDF.type, t)}, key=str):
        types = [entity_types[t] for t in g.objects(s, RDF.type) if t in entity_types]
        types.sort(key=ENTITY_TYPES.index)
        kinds = sorted(local(t) for t in g.objects(s, RDF.type)
                       if t not in entity_types and local(t) in classes)
        kinds += types[1:]
        kind = kinds[0] if kinds else text(s, KG.kind)
        label = text(s, SKOS.prefLabel) or text(s, RDFS.label) or str(s)
        ids = []
        for value in g.objects(s, DCTERMS.identifier):
            scheme, sep, rest = str(value).partition(":")
            if sep:
                ids.append((scheme, rest))
        entities.append(Entity(
            str(s), types[0], label, kind=kind,
            aliases=tuple(sorted(str(a) for a in g.objects(s, SKOS.altLabel))),
            ids=tuple(sorted(ids))))
    entity_iris = {URIRef(e.iri) for e in entities}

    evidence: dict[tuple[str, str, str], list[Evidence]] = defaultdict(list)
    background: dict[tuple[str, str, str], str | None] = {}
    for node in g.subjects(RDF.type, KG.Evidence):
        s, p, o = (g.value(node, RDF.subject), g.value(node, RDF.predicate),
                   g.value(node, RDF.object))
        if s is None or p is None or o is None:
            continue
        key = (str(s), local(p), str(o))
        flag = g.value(node, KG.background)
        if isinstance(flag, Literal) and flag.toPython() is True:
            background[key] = text(node, KG.rule)
            continue
        source = g.value(node, PROV.wasDerivedFrom)
        if source is None:
            continue
        evidence[key].append(Evidence(
            doc_id_of(source),
            text(node, KG.sentence) or "",
            _int(g.value(node, KG.startOffset)),
            _int(g.value(node, KG.endOffset)),
            text(node, KG.rule) or "",
            _float(g.value(node, KG.confidence)),
            hedged=_bool(g.value(node, KG.hedged)),
            attributed_to=text(node, KG.attributedTo),
            date=text(node, DCTERMS.date),
            trigger=text(node, KG.trigger),
            hedge=text(node, KG.hedge),
            attributed_iri=text(node, PROV.wasAttributedTo),
            subject_text=text(node, KG.subjectText),
            object_text=text(node, KG.objectText)))

    keys = set(evidence) | set(background)
    skip = {KG.mentionedIn, KG.evidence}
    for s, p, o in g:
        if (isinstance(p, URIRef) and str(p).startswith(kg_ns) and p not in skip
                and s in entity_iris and isinstance(o, URIRef) and o in entity_iris):
            keys.add((str(s), local(p), str(o)))
    relations = [
        Relation(s, p, o, tuple(sorted(evidence.get((s, p, o), ()), key=_evidence_order)),
                 background=(s, p, o) in background, source=background.get((s, p, o)))
        for s, p, o in sorted(keys)
    ]

    cooccurrences = []
    for node in g.subjects(RDF.type, KG.Cooccurrence):
        a, b = g.value(node, RDF.subject), g.value(node, RDF.object)
        if a is None or b is None:
            continue
        cooccurrences.append(Cooccurrence(
            str(a), str(b), _int(g.value(node, KG.weight)),
            tuple(sorted(doc_id_of(d) for d in g.objects(node, KG.evidence)))))
    cooccurrences.sort(key=lambda c: (c.a, c.b))
    kg = KnowledgeGraph(entities=entities, relations=relations,
                        cooccurrences=cooccurrences, documents=documents)
    for e in entities:
        s = URIRef(e.iri)
        docs = tuple(sorted(doc_id_of(d) for d in g.objects(s, KG.mentionedIn)))
        count = _int(g.value(s, KG.mentionCount))
        if count or docs:
            kg.mention_counts[e.iri] = (count, docs)
    return kg


def _evidence_order(ev: Evidence) -> tuple:
    return (ev.doc_id, ev.start, ev.end, ev.rule)


def _int(value: object) -> int:
    try:
        return int(str(value))
    except ValueError:
        return 0


def _float(value: object) -> float:
    try:
        return float(str(value))
    except ValueError:
        return 0.0


def _bool(value: object) -> bool:
    return str(value).lower() in {"true", "1"}
