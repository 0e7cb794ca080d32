"""SPARQL over the RDF view: rdflib by default, Oxigraph for large graphs.

A :class:`QueryEngine` holds one graph in one store and runs SPARQL 1.1 queries
(SELECT, ASK, CONSTRUCT, DESCRIBE; never updates) on it. Both stores return the same
:class:`QueryResult`, which prints as a table, W3C SPARQL 1.1 CSV / TSV / JSON
results, or Turtle for graph results, and turns into a pandas ``DataFrame``.

Named queries are ``.rq`` files in ``kgraph/queries/`` that analysts can read, copy
and edit. Each starts with a ``#`` line saying what it answers, then declares its
parameters::

    # @param entity: entity    the entity, by IRI or by one of its names
    # @param start: date?      earliest date (optional: ``?`` after the type)

and uses each one exactly where a value goes, as the only term of a ``VALUES`` block:
``VALUES ?entity { {{entity}} }``. A value is never pasted in as text: it is checked
against its type and written as one RDF term (an ``<IRI>`` or an escaped literal), or
``UNDEF`` when an optional parameter is not given. Parameter types: ``entity`` (an
IRI, or a name or alias looked up in the graph), ``iri``, ``string``, ``date``
(``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``), ``integer`` and ``decimal``.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import difflib
import functools
import os
import re
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import DataFileError, QueryError

if TYPE_CHECKING:  # pragma: no cover
    import pandas
    import rdflib
    from rdflib.term import Node

__all__ = [
    "DEFAULT_PREFIXES",
    "PARAMETER_TYPES",
    "QUERY_DIR",
    "RESULT_FORMATS",
    "STORES",
    "NamedQuery",
    "QueryEngine",
    "QueryParameter",
    "QueryResult",
    "compact_iri",
    "get_named_query",
    "named_queries",
    "parse_named_query",
    "printable",
    "run_query",
]

#: Stores a query can run in.
STORES = ("rdflib", "oxigraph")
#: Output formats of :meth:`QueryResult.serialize`.
RESULT_FORMATS = ("table", "csv", "tsv", "json")
#: Folder of the named queries shipped with kgraph.
QUERY_DIR = Path(__file__).with_name("queries")
#: Types a named-query parameter can have.
PARAMETER_TYPES = ("entity", "iri", "string", "date", "integer", "decimal")

#: Prefixes every query may use without declaring them (in both stores).
DEFAULT_PREFIXES = {
    "kg": "https://w3id.org/kgraph/ontology#",
    "kgr": "https://w3id.org/kgraph/id/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "schema": "https://schema.org/",
}

_ENTITY_CLASSES = "kg:Person, kg:Country, kg:Place, kg:Organization, kg:Event"
_PARAM_LINE = re.compile(
    r"^#\s*@param\s+(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s*:\s*(?P<type>[a-z]+)(?P<optional>\?)?"
    r"(?:\s+(?P<description>.*?))?\s*$")
_PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")
_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>\"{}|\\^`\x00-\x20]*$")
_GROUP_BY = re.compile(r"\bGROUP\s+BY\b", re.I)
_VALUES_PARAM = re.compile(
    r"(?P<head>VALUES\s+\?(?P<var>[A-Za-z_]\w*)\s*\{\s*)\{\{\s*(?P<name>[A-Za-z_]\w*)\s*\}\}"
    r"(?P<tail>\s*\})")
_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


# ---------------------------------------------------------------- results


@dataclass(frozen=True, slots=True, eq=False)
class QueryResult:
    """What a query returned, the same whichever store ran it.

    ``kind`` is ``"bindings"`` (SELECT: ``variables`` and ``rows`` of rdflib terms,
    ``None`` where a variable is unbound), ``"boolean"`` (ASK: ``boolean``) or
    ``"graph"`` (CONSTRUCT / DESCRIBE: ``graph``, an ``rdflib.Graph``).

    Examples:
        >>> from rdflib import Literal, URIRef
        >>> r = QueryResult("bindings", ("who", "n"),
        ...                 ((URIRef("https://w3id.org/kgraph/id/person/kim"), Literal(2)),))
        >>> r.serialize("csv").splitlines()
        ['who,n', 'https://w3id.org/kgraph/id/person/kim,2']
        >>> print(r.serialize("table"))
        who             n
        --------------  -
        kgr:person/kim  2
        (1 row)
    """

    kind: str
    variables: tuple[str, ...] = ()
    rows: tuple[tuple[Node | None, ...], ...] = ()
    boolean: bool | None = None
    graph: rdflib.Graph | None = None

    def __len__(self) -> int:
        if self.kind == "graph":
            return len(self.graph) if self.graph is not None else 0
        return len(self.rows)

    def __iter__(self) -> Iterator[tuple[Node | None, ...]]:
        if self.kind == "graph" and self.graph is not None:
            return iter(sorted(self.graph))
        return iter(self.rows)

    def bindings(self) -> list[dict[str, Node]]:
        """Return the rows as dicts from variable name to term (unbound ones left out)."""
        return [{v: t for v, t in zip(self.variables, row, strict=True) if t is not None}
                for row in self.rows]

    def to_rdflib(self) -> rdflib.query.Result:
        """Return the result as an ``rdflib.query.Result`` (for rdflib's serializers)."""
        from rdflib import Variable
        from rdflib.query import Result

        if self.kind == "graph":
            res = Result("CONSTRUCT")
            res.graph = self.graph
            return res
        if self.kind == "boolean":
            res = Result("ASK")
            res.askAnswer = bool(self.boolean)
            return res
        res = Result("SELECT")
        names = [Variable(v) for v in self.variables]
        res.vars = names
        res.bindings = [{n: t for n, t in zip(names, row, strict=True) if t is not None}
                        for row in self.rows]
        return res

    def serialize(self, format: str = "table", *, max_width: int = 60) -> str:
        """Return the result as text.

        Args:
            format: ``table`` (for reading), ``csv``, ``tsv`` or ``json`` (the W3C
                SPARQL 1.1 results formats). Graph results are always Turtle.
            max_width: the widest a table column may be (0: no limit); longer
                values end with "…". Only for ``table``.
        """
        if format not in RESULT_FORMATS:
            raise QueryError(f"unknown result format {format!r}",
                             fix=f"use one of: {', '.join(RESULT_FORMATS)}")
        if self.kind == "graph":
            from .rdf import bind_namespaces

            g = self.graph
            assert g is not None
            for prefix, ns in DEFAULT_PREFIXES.items():
                g.bind(prefix, ns, override=False)
            bind_namespaces(g)
            return g.serialize(format="turtle")
        if self.kind == "boolean":
            if format == "json":
                return self.to_rdflib().serialize(format="json").decode("utf-8") + "\n"
            return ("true" if self.boolean else "false") + "\n"
        if format == "json":
            return self.to_rdflib().serialize(format="json").decode("utf-8") + "\n"
        if format == "csv":
            return self.to_rdflib().serialize(format="csv").decode("utf-8")
        if format == "tsv":
            lines = ["\t".join(f"?{v}" for v in self.variables)]
            lines += ["\t".join(_tsv_term(t) for t in row) for row in self.rows]
            return "\n".join(lines) + "\n"
        return self._table(max_width)

    def _table(self, max_width: int) -> str:
        def cell(term: Node | None) -> str:
            text = _display(term)
            if max_width and len(text) > max_width:
                text = text[: max_width - 1] + "…"
            return text

        rows = [[cell(t) for t in row] for row in self.rows]
        widths = [max([len(v)] + [len(r[i]) for r in rows])
                  for i, v in enumerate(self.variables)]
        lines = ["  ".join(v.ljust(w) for v, w in zip(self.variables, widths, strict=True))
                 .rstrip()]
        lines.append("  ".join("-" * w for w in widths))
        lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip()
                  for r in rows]
        n = len(rows)
        lines.append(f"({n} row{'s' if n != 1 else ''})")
        return "\n".join(lines)

    def to_dataframe(self, *, compact_iris: bool = False) -> pandas.DataFrame:
        """Return the rows as a pandas ``DataFrame``: IRIs as strings, literals as values.

        Numbers become ``int``/``float``, booleans ``bool``, dates ``datetime.date``;
        a graph result becomes one row per triple (``subject``, ``predicate``, ``object``).
        With ``compact_iris``, IRIs are shortened by :func:`compact_iri` for reading.
        """
        import pandas as pd
        from rdflib import Literal

        def value(t: Node | None) -> Any:
            v = _python(t)
            if compact_iris and isinstance(v, str) and not isinstance(t, Literal):
                return compact_iri(v)
            return v

        if self.kind == "graph":
            return pd.DataFrame([[value(t) for t in triple] for triple in self],
                                columns=["subject", "predicate", "object"])
        if self.kind == "boolean":
            return pd.DataFrame({"boolean": [bool(self.boolean)]})
        return pd.DataFrame([[value(t) for t in row] for row in self.rows],
                            columns=list(self.variables))


def compact_iri(iri: str) -> str:
    """Return ``iri`` shortened with a :data:`DEFAULT_PREFIXES` prefix, if one fits.

    Examples:
        >>> compact_iri("https://w3id.org/kgraph/ontology#leaderOf")
        'kg:leaderOf'
        >>> compact_iri("https://example.org/x")
        'https://example.org/x'
    """
    best = ""
    for prefix, ns in DEFAULT_PREFIXES.items():
        if iri.startswith(ns) and len(ns) > len(DEFAULT_PREFIXES.get(best, "")):
            best = prefix
    return f"{best}:{iri[len(DEFAULT_PREFIXES[best]):]}" if best else iri


_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                  "\u2066\u2067\u2068\u2069")


def printable(text: str) -> str:
    """Return ``text`` safe to print on a terminal: one line, control characters shown.

    Source text is untrusted: an escape sequence or a bidi override in a sentence
    must not drive the analyst's terminal or reorder what it shows.

    Examples:
        >>> printable("Kim\\nJong\\tUn \\x1b[31mred\\u202e")
        'Kim Jong Un \\\\x1b[31mred\\\\u202e'
    """
    text = " ".join(text.split())
    if text.isprintable() and not (_BIDI & set(text)):
        return text
    return "".join(
        ch if ch.isprintable() and ch not in _BIDI
        else f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}"
        for ch in text)


def _display(term: Node | None) -> str:
    from rdflib import BNode, URIRef

    if term is None:
        return ""
    if isinstance(term, URIRef):
        return printable(compact_iri(str(term)))
    if isinstance(term, BNode):
        return f"_:{term}"
    return printable(str(term))


def _python(term: Node | None) -> Any:
    from rdflib import Literal

    if term is None:
        return None
    if isinstance(term, Literal):
        value = term.toPython()
        if isinstance(value, Decimal):
            return float(value)
        if isinstance(value, Literal):
            return str(value)
        return value
    return str(term)


def _tsv_term(term: Node | None) -> str:
    from rdflib import BNode, Literal, URIRef

    if term is None:
        return ""
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    assert isinstance(term, Literal)
    text = (str(term).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
            .replace("\r", "\\r").replace("\t", "\\t"))
    if term.language:
        return f'"{text}"@{term.language}'
    if term.datatype:
        return f'"{text}"^^<{term.datatype}>'
    return f'"{text}"'


# ---------------------------------------------------------------- named queries


@dataclass(frozen=True, slots=True)
class QueryParameter:
    """One parameter of a named query (a ``# @param`` line)."""

    name: str
    type: str
    required: bool = True
    description: str = ""


@dataclass(frozen=True, slots=True)
class NamedQuery:
    """A saved SPARQL query with a description and typed parameters."""

    name: str
    description: str
    text: str
    parameters: tuple[QueryParameter, ...] = ()
    path: str | None = None

    def bind(self, params: Mapping[str, str] | None = None, *,
             resolve_entity: Any = None) -> str:
        """Return the query text with each parameter written as one safe RDF term.

        Args:
            params: parameter name → value as typed by the user.
            resolve_entity: called with an ``entity`` value that is not an IRI; returns
                the IRI of the one entity with that name (see
                :meth:`QueryEngine.resolve_entity`).

        Raises:
            QueryError: an unknown or missing parameter, or a value of the wrong type.

        Examples:
            >>> q = parse_named_query("demo", '''# Facts said by a source.
            ... # @param who: string   who made the claim
            ... SELECT ?ev WHERE { VALUES ?who { {{who}} } ?ev kg:attributedTo ?who }''')
            >>> print(q.bind({"who": 'Reuters" } ?x ?y ?z {'}).splitlines()[-1])
            SELECT ?ev WHERE { VALUES ?who { "Reuters\\" } ?x ?y ?z {" } ?ev kg:attributedTo ?who }
        """
        terms = self.terms(params, resolve_entity=resolve_entity)
        return _substitute(self.text, lambda var, name: _sparql_term(terms[name]))

    def terms(self, params: Mapping[str, str] | None = None, *,
              resolve_entity: Any = None) -> dict[str, Node | None]:
        """Check the parameters and return each one's RDF term (``None``: not given).

        Raises:
            QueryError: an unknown or missing parameter, or a value of the wrong type.
        """
        params = dict(params or {})
        declared = {p.name: p for p in self.parameters}
        unknown = sorted(set(params) - set(declared))
        if unknown:
            raise QueryError(
                f"query {self.name!r} has no parameter {', '.join(map(repr, unknown))}",
                fix=_parameters_fix(self))
        terms: dict[str, Node | None] = {}
        for p in self.parameters:
            value = params.get(p.name)
            if value is None or value == "":
                if p.required:
                    raise QueryError(f"query {self.name!r} needs the parameter {p.name!r} "
                                     f"({p.description or p.type})",
                                     fix=f"add --param {p.name}=VALUE")
                terms[p.name] = None
            else:
                terms[p.name] = _term(p, value, resolve_entity)
        return terms

    def split(self, params: Mapping[str, str] | None = None, *,
              resolve_entity: Any = None) -> tuple[str, dict[str, Node]]:
        """Return the query without its parameter ``VALUES`` blocks, and the bindings.

        The same query as :meth:`bind`, for engines that take initial bindings
        (rdflib's ``initBindings``): they evaluate every pattern with the parameters
        already bound, where rdflib would join a ``VALUES`` block last.

        Examples:
            >>> q = parse_named_query("demo", "# Facts said by a source.\\n"
            ...     "# @param who: string   who made the claim\\n"
            ...     "SELECT ?ev WHERE { VALUES ?src { {{who}} } ?ev kg:attributedTo ?src }")
            >>> text, bindings = q.split({"who": "Reuters"})
            >>> text.splitlines()[-1]
            'SELECT ?ev WHERE {  ?ev kg:attributedTo ?src }'
            >>> bindings
            {'src': rdflib.term.Literal('Reuters')}
        """
        terms = self.terms(params, resolve_entity=resolve_entity)
        bindings: dict[str, Node] = {}

        def drop(var: str, name: str) -> str:
            if terms[name] is not None:
                bindings[var] = terms[name]
            return ""

        return _substitute(self.text, drop, whole_block=True), bindings


def _substitute(text: str, replace: Any, *, whole_block: bool = False) -> str:
    """Replace each ``VALUES ?var { {{name}} }`` (outside comment lines).

    ``replace(var, name)`` gives the new text of the placeholder, or of the whole
    ``VALUES`` block when ``whole_block``.
    """
    def one(m: re.Match[str]) -> str:
        new = replace(m.group("var"), m.group("name"))
        return new if whole_block else f"{m.group('head')}{new}{m.group('tail')}"

    return "\n".join(line if line.lstrip().startswith("#") else _VALUES_PARAM.sub(one, line)
                     for line in text.split("\n"))


def _sparql_term(term: Node | None) -> str:
    """Write one RDF term in SPARQL syntax (``UNDEF`` for ``None``)."""
    from rdflib import URIRef

    if term is None:
        return "UNDEF"
    if isinstance(term, URIRef):
        return f"<{term}>"
    datatype = getattr(term, "datatype", None)
    return _literal(str(term), str(datatype) if datatype else None)


def _parameters_fix(q: NamedQuery) -> str:
    if not q.parameters:
        return f"{q.name!r} takes no parameters"
    return "its parameters are: " + ", ".join(
        f"{p.name} ({p.type}{'' if p.required else ', optional'})" for p in q.parameters)


def _term(p: QueryParameter, value: str, resolve_entity: Any) -> Node:
    from rdflib import XSD, Literal, URIRef

    value = value.strip()
    if p.type in ("entity", "iri"):
        iri = _expand_iri(value)
        if p.type == "entity" and resolve_entity is not None:
            iri = resolve_entity(value)  # checks that the IRI names an entity
        if iri is None:
            raise QueryError(f"parameter {p.name!r} needs an IRI, got {value!r}",
                             fix="give a full IRI such as https://w3id.org/kgraph/id/country/KP"
                             " or a prefixed one such as kgr:country/KP")
        return URIRef(iri)
    if p.type == "date":
        if not _DATE.match(value) or not _valid_date(value):
            raise QueryError(f"parameter {p.name!r} needs a date, got {value!r}",
                             fix="write it as YYYY, YYYY-MM or YYYY-MM-DD")
        return Literal(value)
    if p.type == "integer":
        try:
            return Literal(str(int(value)), datatype=XSD.integer)
        except ValueError:
            raise QueryError(f"parameter {p.name!r} needs a whole number, got {value!r}",
                             fix="write digits only, such as 10") from None
    if p.type == "decimal":
        try:
            number = Decimal(value)
        except ArithmeticError:
            raise QueryError(f"parameter {p.name!r} needs a number, got {value!r}",
                             fix="write a number such as 0.5") from None
        if not number.is_finite():
            raise QueryError(f"parameter {p.name!r} needs a finite number, got {value!r}",
                             fix="write a number such as 0.5")
        return Literal(format(number, "f"), datatype=XSD.decimal)
    return Literal(value)


def _valid_date(value: str) -> bool:
    parts = [int(x) for x in value.split("-")] + [1, 1]
    try:
        _dt.date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return True


def _expand_iri(value: str) -> str | None:
    """Return ``value`` as an absolute IRI if it is one (or a known prefixed name).

    Examples:
        >>> _expand_iri("kgr:country/KP"), _expand_iri("North Korea")
        ('https://w3id.org/kgraph/id/country/KP', None)
    """
    prefix, sep, rest = value.partition(":")
    if sep and prefix in DEFAULT_PREFIXES:
        value = DEFAULT_PREFIXES[prefix] + rest
    elif not (re.match(r"^[A-Za-z][A-Za-z0-9+.\-]*://", value)
              or prefix.lower() in {"urn", "tag", "mailto"}):
        return None
    return value if _IRI.match(value) else None


def _literal(value: str, datatype: str | None = None) -> str:
    """Write ``value`` as a SPARQL string literal, escaping what would end it."""
    text = (value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
            .replace("\r", "\\r"))
    return f'"{text}"' + (f"^^<{datatype}>" if datatype else "")


def parse_named_query(name: str, text: str, *, path: str | None = None) -> NamedQuery:
    """Read a named query: its first comment line, ``@param`` lines and placeholders.

    Raises:
        DataFileError: the file does not follow the named-query conventions.

    Examples:
        >>> q = parse_named_query("in-range", '''# Events between two dates.
        ... # @param start: date?   earliest date
        ... SELECT * WHERE { VALUES ?start { {{start}} } }''')
        >>> q.description, q.parameters[0].required
        ('Events between two dates.', False)
    """
    where = path or name
    lines = text.splitlines()
    if not lines or not lines[0].startswith("#") or not lines[0].lstrip("#").strip():
        raise DataFileError(f"named query {where} does not start with a '#' comment "
                            "saying what it answers", fix="add one as its first line")
    description = lines[0].lstrip("#").strip()
    params: list[QueryParameter] = []
    for line in lines:
        if not line.lstrip().startswith("#") or "@param" not in line:
            continue
        m = _PARAM_LINE.match(line.strip())
        if not m or m.group("type") not in PARAMETER_TYPES:
            raise DataFileError(f"bad parameter line in {where}: {line.strip()!r}",
                                fix="write '# @param NAME: TYPE[?] description' with TYPE "
                                f"one of {', '.join(PARAMETER_TYPES)}")
        params.append(QueryParameter(m.group("name"), m.group("type"),
                                     required=not m.group("optional"),
                                     description=m.group("description") or ""))
    body = "\n".join(line for line in lines if not line.lstrip().startswith("#"))
    used = set(_PLACEHOLDER.findall(body))
    names = {p.name for p in params}
    if used != names or len(names) != len(params):
        raise DataFileError(
            f"named query {where}: declared parameters {sorted(names)} do not match the "
            f"placeholders used {sorted(used)}",
            fix="declare each {{name}} once with '# @param name: type' and use each one")
    for p in params:
        pattern = r"VALUES\s+\?[A-Za-z_]\w*\s*\{\s*\{\{\s*" + p.name + r"\s*\}\}\s*\}"
        n_total = len(re.findall(r"\{\{\s*" + p.name + r"\s*\}\}", body))
        if len(re.findall(pattern, body)) != n_total:
            raise DataFileError(
                f"named query {where}: {{{{{p.name}}}}} must be the only term of a VALUES "
                "block", fix=f"write VALUES ?{p.name} {{ {{{{{p.name}}}}} }}")
    return NamedQuery(name, description, text, tuple(params), path)


@functools.lru_cache(maxsize=8)
def _named_queries(directory: str) -> dict[str, NamedQuery]:
    found = {}
    for path in sorted(Path(directory).glob("*.rq")):
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise DataFileError(f"cannot read named query {path}: {exc}",
                                fix="save it as UTF-8 text") from None
        found[path.stem] = parse_named_query(path.stem, text, path=str(path))
    return found


def named_queries(directory: str | os.PathLike[str] | None = None) -> dict[str, NamedQuery]:
    """Return the named queries (``*.rq``) of ``directory``, by name (the file stem).

    Examples:
        >>> "who-leads-what" in named_queries()
        True
    """
    return dict(_named_queries(str(directory or QUERY_DIR)))


def get_named_query(name: str) -> NamedQuery:
    """Return the named query ``name``.

    Raises:
        QueryError: there is no such query (the message lists the ones there are).
    """
    queries = named_queries()
    if name not in queries:
        close = difflib.get_close_matches(name, queries, n=3)
        hint = f"did you mean {', '.join(close)}? " if close else ""
        raise QueryError(f"no named query {name!r}",
                         fix=f"{hint}run `kgraph query --list` to see them all")
    return queries[name]


# ---------------------------------------------------------------- running queries


class QueryEngine:
    """One RDF graph loaded into a SPARQL store (rdflib or Oxigraph).

    Examples:
        >>> import rdflib
        >>> g = rdflib.Graph()
        >>> _ = g.add((rdflib.URIRef("https://w3id.org/kgraph/id/country/KP"),
        ...            rdflib.RDFS.label, rdflib.Literal("North Korea")))
        >>> engine = QueryEngine(g)
        >>> engine.query("SELECT ?s WHERE { ?s rdfs:label 'North Korea' }").rows[0][0]
        rdflib.term.URIRef('https://w3id.org/kgraph/id/country/KP')
        >>> QueryEngine(g, store="oxigraph").query("ASK { ?s ?p ?o }").boolean
        True
    """

    def __init__(self, graph: rdflib.Graph, *, store: str = "rdflib") -> None:
        if store not in STORES:
            raise QueryError(f"unknown store {store!r}", fix=f"use one of: {', '.join(STORES)}")
        self.store = store
        self._graph = graph if store == "rdflib" else None
        self._ox = _oxigraph_from_rdflib(graph) if store == "oxigraph" else None

    @classmethod
    def from_file(cls, path: str | os.PathLike[str], *, store: str = "rdflib",
                  format: str | None = None) -> QueryEngine:
        """Load a Turtle, N-Triples or JSON-LD file straight into the store.

        Raises:
            QueryError: the file is missing or not valid RDF, or the store is unknown.
        """
        if store not in STORES:
            raise QueryError(f"unknown store {store!r}", fix=f"use one of: {', '.join(STORES)}")
        from .loader import read_rdf

        if store == "rdflib":
            return cls(read_rdf(path, format=format))
        engine = cls.__new__(cls)
        engine.store, engine._graph = store, None
        engine._ox = _oxigraph_from_file(Path(path), format)
        return engine

    def query(self, text: str) -> QueryResult:
        """Run a SPARQL query (the :data:`DEFAULT_PREFIXES` need no declaration).

        Raises:
            QueryError: the query is not valid SPARQL or is an update.
        """
        if not text.strip():
            raise QueryError("the SPARQL query is empty", fix="give a SELECT, ASK, "
                             "CONSTRUCT or DESCRIBE query, or --named NAME")
        if self._ox is not None:
            return _run_oxigraph(self._ox, text)
        return _run_rdflib(self._graph, text)

    def run_named(self, name: str | NamedQuery, params: Mapping[str, str] | None = None
                  ) -> QueryResult:
        """Run a named query with its parameters.

        Raises:
            QueryError: no such query, a missing or bad parameter, or an unknown entity.
        """
        q = name if isinstance(name, NamedQuery) else get_named_query(name)
        if self._ox is not None:
            return self.query(q.bind(params, resolve_entity=self.resolve_entity))
        text, bindings = q.split(params, resolve_entity=self.resolve_entity)
        return _run_rdflib(self._graph, text, bindings)

    def resolve_entity(self, value: str) -> str:
        """Return the IRI of the one entity whose IRI, name or alias is ``value``.

        Names match without regard to case.

        Raises:
            QueryError: no entity or more than one has that name.
        """
        iri = _expand_iri(value.strip())
        if iri is not None:
            found = self.query(f"ASK {{ <{iri}> a ?t FILTER(?t IN ({_ENTITY_CLASSES})) }}")
            if not found.boolean:
                raise QueryError(f"no entity <{iri}> in the graph",
                                 fix="check the IRI, or give one of the entity's names")
            return iri
        name = _literal(value.strip())
        rows = self.query(f"""
            SELECT DISTINCT ?e ?label WHERE {{
              ?e (rdfs:label|skos:prefLabel|skos:altLabel) ?n .
              FILTER(LCASE(STR(?n)) = LCASE({name}))
              ?e a ?t ; rdfs:label ?label .
              FILTER(?t IN ({_ENTITY_CLASSES}))
            }} ORDER BY ?e""").rows
        iris = sorted({str(r[0]) for r in rows})
        if len(iris) == 1:
            return iris[0]
        if len(iris) > 1:
            listed = "; ".join(f"<{printable(str(r[0]))}> ({printable(str(r[1]))})"
                               for r in rows[:10])
            raise QueryError(f"{value!r} names {len(iris)} entities: {listed}",
                             fix="give the IRI of the one you mean")
        labels = [str(r[0]) for r in self.query(
            "SELECT DISTINCT ?n WHERE { ?e a ?t ; (rdfs:label|skos:altLabel) ?n "
            f"FILTER(?t IN ({_ENTITY_CLASSES})) }}").rows]
        key = value.strip().casefold()
        close = sorted({n for n in labels if key in n.casefold()})[:5]
        if len(close) < 5:
            close += difflib.get_close_matches(value.strip(), [n for n in labels if n not in close],
                                               n=5 - len(close), cutoff=0.6)
        hint = f"close names: {printable(', '.join(close))}; " if close else ""
        raise QueryError(f"no entity named {printable(value)!r} in the graph",
                         fix=f"{hint}list the entities with `kgraph query GRAPH --named "
                         "entities`")


def run_query(graph: rdflib.Graph, text: str, *, store: str = "rdflib") -> QueryResult:
    """Run one SPARQL query over an rdflib graph in the given store.

    Examples:
        >>> import rdflib
        >>> run_query(rdflib.Graph(), "ASK { ?s ?p ?o }").boolean
        False
    """
    return QueryEngine(graph, store=store).query(text)


def _syntax_message(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:400]


# ---------------------------------------------------------------- rdflib: runtime join order

_RUNTIME_ORDER_KEY = "kgraph-runtime-bgp-order"
_runtime_order_lock = threading.Lock()
_runtime_order_users = 0


@contextlib.contextmanager
def _runtime_bgp_order() -> Iterator[None]:
    """Let rdflib match each basic graph pattern in the order the bindings make cheapest.

    rdflib orders a pattern's triples once, when it parses the query, by the variables
    written in it; it cannot know that ``?entity`` will be bound by then, and so may
    scan every ``?x a ?class`` before looking at the entity's own few triples. This
    registers (for the duration of a query only) rdflib's documented ``CUSTOM_EVALS``
    hook with a matcher that picks, at each step, the triple with the most terms
    bound. Results are the same; only the order of work changes.
    """
    global _runtime_order_users
    from rdflib.plugins.sparql import CUSTOM_EVALS

    with _runtime_order_lock:
        _runtime_order_users += 1
        CUSTOM_EVALS[_RUNTIME_ORDER_KEY] = _eval_bgp_in_runtime_order
    try:
        yield
    finally:
        with _runtime_order_lock:
            _runtime_order_users -= 1
            if not _runtime_order_users:
                CUSTOM_EVALS.pop(_RUNTIME_ORDER_KEY, None)


def _eval_bgp_in_runtime_order(ctx: Any, part: Any) -> Iterator[Any]:
    if part.name != "BGP":
        raise NotImplementedError  # rdflib evaluates every other part itself
    return _match_bgp(ctx, list(part.triples))


def _pattern_cost(ctx: Any, triple: tuple[Any, Any, Any]) -> int:
    from rdflib import RDF

    s, p, o = (ctx[t] for t in triple)
    if s is not None:
        return 0 if o is not None else 1 if p is not None else 2
    if o is not None:  # a class or a property as object: many subjects share it
        return (6 if p in (RDF.type, RDF.predicate) else 3) + (p is None)
    return 8 if p is not None else 10


def _match_bgp(ctx: Any, triples: list[tuple[Any, Any, Any]]) -> Iterator[Any]:
    """rdflib's ``evalBGP``, choosing the cheapest remaining triple at each step."""
    from rdflib.plugins.sparql.sparql import AlreadyBound

    if not triples:
        yield ctx.solution()
        return
    i = min(range(len(triples)), key=lambda k: (_pattern_cost(ctx, triples[k]), k))
    s, p, o = triples[i]
    rest = triples[:i] + triples[i + 1:]
    _s, _p, _o = ctx[s], ctx[p], ctx[o]
    for ss, sp, so in ctx.graph.triples((_s, _p, _o)):
        c = ctx.push() if None in (_s, _p, _o) else ctx
        try:
            if _s is None:
                c[s] = ss
            if _p is None:
                c[p] = sp
            if _o is None:
                c[o] = so
        except AlreadyBound:
            continue
        yield from _match_bgp(c, rest)


def _run_rdflib(graph: rdflib.Graph, text: str,
                bindings: Mapping[str, Node] | None = None) -> QueryResult:
    from pyparsing import ParseException

    try:
        with _runtime_bgp_order():
            result = graph.query(text, initNs=DEFAULT_PREFIXES,
                                 initBindings=dict(bindings or {}))
            if result.type == "SELECT":
                rows = tuple(tuple(_canonical(b.get(v)) for v in result.vars)
                             for b in result.bindings)
            elif result.type == "CONSTRUCT" or result.type == "DESCRIBE":
                triples = list(result.graph or ())
        if result.type == "SELECT":
            names = tuple(str(v) for v in result.vars or ())
            if (len(rows) == 1 and all(t is None for t in rows[0])
                    and _GROUP_BY.search(text)):
                # rdflib gives one unbound row for GROUP BY over no solutions; SPARQL
                # (and Oxigraph) give none. A real group has at least its COUNT bound.
                rows = ()
            return QueryResult("bindings", names, rows)
    except ParseException as exc:
        raise QueryError(f"the SPARQL query is not valid: {_syntax_message(exc)}",
                         fix=_update_fix(text) or "check its syntax") from None
    except Exception as exc:  # rdflib's evaluator raises many types
        raise QueryError(f"the SPARQL query failed: {type(exc).__name__}: "
                         f"{_syntax_message(exc)}", fix=_update_fix(text) or "check the query"
                         ) from None
    if result.type == "ASK":
        return QueryResult("boolean", boolean=bool(result.askAnswer))
    from .rdf import bind_namespaces

    g = bind_namespaces(_new_graph())
    for triple in triples:
        g.add(triple)
    return QueryResult("graph", graph=g)


def _update_fix(text: str) -> str | None:
    if re.search(r"^\s*(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY)\b",
                 re.sub(r"(?m)^\s*(#.*|PREFIX\s+\S*\s*<[^>]*>|BASE\s*<[^>]*>)\s*$", "", text),
                 re.I | re.M):
        return "kgraph query only reads graphs: SPARQL updates are not run"
    return None


def _new_graph() -> rdflib.Graph:
    import rdflib

    return rdflib.Graph()


def _oxigraph() -> Any:
    try:
        import pyoxigraph
    except ImportError:
        raise QueryError("the oxigraph store needs the pyoxigraph package",
                         fix="pip install 'kgraph[oxigraph]', or use --store rdflib") from None
    return pyoxigraph


def _oxigraph_from_rdflib(graph: rdflib.Graph) -> Any:
    ox = _oxigraph()
    store = ox.Store()
    store.load(graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return store


def _oxigraph_from_file(path: Path, format: str | None) -> Any:
    from .loader import rdf_format

    ox = _oxigraph()
    fmt = rdf_format(path, format)
    if not path.is_file():
        raise QueryError(f"no such graph file: '{path}'",
                         fix="check the path, or build one with `kgraph build INPUT -o OUTDIR`")
    ox_format = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES,
                 "json-ld": ox.RdfFormat.JSON_LD}[fmt]
    store = ox.Store()
    try:
        store.load(path=str(path), format=ox_format)
    except (SyntaxError, ValueError) as exc:
        raise QueryError(f"cannot parse '{path}' as {fmt}: {_syntax_message(exc)}",
                         fix="give a graph written by `kgraph build` or `kgraph export`, "
                         "or pass --graph-format if the suffix is misleading") from None
    except OSError as exc:
        raise QueryError(f"cannot read '{path}': {exc}", fix="check the file") from None
    return store


def _run_oxigraph(store: Any, text: str) -> QueryResult:
    ox = _oxigraph()
    try:
        result = store.query(text, prefixes=DEFAULT_PREFIXES)
        if isinstance(result, ox.QueryBoolean):
            return QueryResult("boolean", boolean=bool(result))
        if isinstance(result, ox.QuerySolutions):
            names = tuple(v.value for v in result.variables)
            rows = tuple(tuple(_canonical(_from_oxigraph(s[i])) for i in range(len(names)))
                         for s in result)
            return QueryResult("bindings", names, rows)
        from .rdf import bind_namespaces

        g = bind_namespaces(_new_graph())
        for t in result:
            g.add((_from_oxigraph(t.subject), _from_oxigraph(t.predicate),
                   _from_oxigraph(t.object)))
        return QueryResult("graph", graph=g)
    except SyntaxError as exc:
        raise QueryError(f"the SPARQL query is not valid: {_syntax_message(exc)}",
                         fix=_update_fix(text) or "check its syntax") from None
    except OSError as exc:
        raise QueryError(f"the SPARQL query failed: {_syntax_message(exc)}",
                         fix="check the query") from None


def _canonical(term: Node | None) -> Node | None:
    """Write an ``xsd:decimal`` in one lexical form (stores differ: "0" vs "0.0").

    Examples:
        >>> from rdflib import XSD, Literal
        >>> [str(_canonical(Literal(v, datatype=XSD.decimal))) for v in ("0", "0.850", "12")]
        ['0.0', '0.85', '12.0']
    """
    from rdflib import XSD, Literal

    if not isinstance(term, Literal) or term.datatype != XSD.decimal:
        return term
    try:
        text = format(Decimal(str(term)).normalize(), "f")
    except ArithmeticError:
        return term
    if "." not in text:
        text += ".0"
    return term if text == str(term) else Literal(text, datatype=XSD.decimal)


def _from_oxigraph(term: Any) -> Node | None:
    from rdflib import XSD, BNode, Literal, URIRef

    if term is None:
        return None
    ox = _oxigraph()
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == str(XSD.string):
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise QueryError(f"the query returned a term kgraph cannot show: {term!r}",
                     fix="return IRIs, blank nodes or literals")
