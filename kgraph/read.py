"""Read source documents: plain text, Markdown, HTML and JSONL.

The entry point is :func:`read_documents`. It streams :class:`~kgraph.model.Document`
objects and raises :class:`~kgraph.errors.InputError` with a message that says what
was wrong and what to do, for missing paths, empty or binary files, bytes that are
not text, malformed JSONL and directories with nothing readable in them.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import logging
import os
import re
from collections.abc import Iterable, Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar

from .errors import InputError
from .model import Document

__all__ = ["SUPPORTED_SUFFIXES", "content_id", "decode_bytes", "html_to_text", "read_documents"]

log = logging.getLogger(__name__)

#: File name endings kgraph reads, and how it reads them.
SUPPORTED_SUFFIXES = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".markdown": "text",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
}

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def content_id(text: str) -> str:
    """Return a stable document id derived from the text itself.

    Examples:
        >>> content_id("North Korea sent troops.")
        'doc-66d59cd4047761d3'
    """
    return "doc-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def decode_bytes(data: bytes, *, name: str) -> str:
    """Decode file bytes as UTF-8, else Windows-1252/Latin-1 with a warning.

    Raises:
        InputError: the bytes are binary data or no supported encoding gives text.

    Examples:
        >>> decode_bytes("Kursk".encode("utf-8"), name="a.txt")
        'Kursk'
        >>> decode_bytes("Müller".encode("latin-1"), name="a.txt")
        'Müller'
    """
    if not data.strip():
        raise InputError(
            f"{name} is empty", fix="give a file that contains the text of a news article"
        )
    if b"\x00" in data[:65536]:
        raise InputError(
            f"{name} looks like a binary file (it contains NUL bytes), not text",
            fix="convert it to .txt, .md, .html or .jsonl first",
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    for encoding in ("cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        controls = len(_CONTROL.findall(text))
        if controls <= max(2, len(text) // 1000):
            log.warning("%s is not UTF-8; decoded it as %s", name, encoding)
            return text
    raise InputError(
        f"{name} has bytes that are not text in UTF-8 or Latin-1/Windows-1252 "
        f"(first bad byte at offset {utf8_error.start})",
        fix="re-save the file as UTF-8 text",
    )


class _TextExtractor(HTMLParser):
    """Collect the visible text of an HTML page, one line per block element."""

    _SKIP: ClassVar[frozenset[str]] = frozenset(
        {"script", "style", "noscript", "template", "svg", "head"})
    _BLOCK: ClassVar[frozenset[str]] = frozenset({
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
        "table", "section", "article", "header", "footer", "blockquote", "pre", "hr",
        "title", "dd", "dt", "figcaption", "main", "aside", "nav",
    })

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0
        self.title: list[str] = []
        self.in_title = False
        self.meta: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            a = {k: v or "" for k, v in attrs}
            key = a.get("property") or a.get("name") or ""
            if key and a.get("content"):
                self.meta.setdefault(key.lower(), a["content"])
            return
        if tag == "title":
            self.in_title = True
        if tag in self._SKIP:
            self.skip_depth += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in self._SKIP and self.skip_depth:
            self.skip_depth -= 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        if not self.skip_depth:
            self.parts.append(data)


def html_to_text(html: str) -> tuple[str, dict[str, str]]:
    """Return the visible text of an HTML page and its useful ``<meta>`` values.

    Scripts, styles and the ``<head>`` are dropped; block elements become line breaks.

    Examples:
        >>> html_to_text("<p>Kim Jong Un <b>met</b> Putin.</p><script>x()</script>")[0]
        'Kim Jong Un met Putin.'
    """
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    raw = "".join(parser.parts)
    lines = (re.sub(r"[ \t\r\f\v\xa0]+", " ", line).strip() for line in raw.split("\n"))
    text = "\n".join(line for line in lines if line)
    meta = dict(parser.meta)
    title = " ".join("".join(parser.title).split())
    if title:
        meta.setdefault("title", title)
    return text, meta


def _iso_date(value: object, *, where: str) -> str | None:
    """Return ``value`` as an ISO 8601 date (``YYYY-MM-DD``), or None with a warning."""
    if value in (None, ""):
        return None
    text = str(value).strip()
    try:
        return _dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        log.warning("%s: date %r is not ISO 8601 (YYYY-MM-DD); ignored it", where, text)
        return None


def _read_jsonl(path: Path, data: bytes) -> Iterator[Document]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path} is not UTF-8 (bad byte at offset {exc.start}); JSON Lines must be UTF-8",
            fix="re-save the file as UTF-8",
        ) from None
    seen = 0
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(
                f"{where} is not valid JSON ({exc.msg} at column {exc.colno})",
                fix="give one JSON object per line with at least a 'text' field",
            ) from None
        if not isinstance(obj, dict):
            raise InputError(
                f"{where} is a JSON {type(obj).__name__}, expected an object",
                fix='write each line as {"id": ..., "text": ...}',
            )
        body = obj.get("text")
        if not isinstance(body, str) or not body.strip():
            raise InputError(
                f"{where} has no 'text' string (keys: {', '.join(sorted(obj)) or 'none'})",
                fix="give each line a non-empty 'text' field with the article text",
            )
        doc_id = obj.get("id")
        doc_id = str(doc_id) if doc_id not in (None, "") else content_id(body)
        seen += 1
        yield Document(
            id=doc_id,
            text=body,
            url=_str_or_none(obj.get("url")),
            date=_iso_date(obj.get("date"), where=where),
            title=_str_or_none(obj.get("title")),
            outlet=_str_or_none(obj.get("outlet")),
            path=str(path),
        )
    if not seen:
        raise InputError(f"{path} has no JSON lines", fix="give one JSON object per line")


def _str_or_none(value: object) -> str | None:
    return None if value in (None, "") else str(value)


def _read_file(path: Path) -> Iterator[Document]:
    kind = SUPPORTED_SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise InputError(
            f"{path} has an unsupported file type '{path.suffix or '(none)'}'",
            fix=f"give one of: {', '.join(sorted(SUPPORTED_SUFFIXES))}",
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}",
                         fix="check its permissions") from None
    if kind == "jsonl":
        if not data.strip():
            raise InputError(f"{path} is empty", fix="give one JSON object per line")
        yield from _read_jsonl(path, data)
        return
    text = decode_bytes(data, name=str(path))
    meta: dict[str, str] = {}
    if kind == "html":
        text, meta = html_to_text(text)
        if not text.strip():
            raise InputError(f"{path} has no visible text",
                             fix="give the article page, not a shell page")
    yield Document(
        id=content_id(text),
        text=text,
        url=meta.get("og:url"),
        date=_iso_date(
            meta.get("article:published_time") or meta.get("date"), where=str(path)
        ),
        title=meta.get("title") or meta.get("og:title") or path.stem,
        outlet=meta.get("og:site_name"),
        path=str(path),
    )


def _files_under(directory: Path) -> list[Path]:
    found = []
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            p = Path(root, name)
            if not name.startswith(".") and p.suffix.lower() in SUPPORTED_SUFFIXES:
                found.append(p)
    return found


def read_documents(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Document]:
    """Yield the documents in files and directories (searched recursively).

    A file named on its own must be readable, or an :class:`InputError` is raised.
    Inside a directory, unreadable files are skipped with a warning, and a directory
    with no readable document at all is an error.

    Args:
        paths: files (``.txt``, ``.md``, ``.html``, ``.jsonl``) or directories.

    Raises:
        InputError: a path is missing, unreadable or holds no usable text.

    Examples:
        >>> import pathlib, tempfile
        >>> d = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (d / "a.txt").write_text("Kim Jong Un visited Moscow.")
        >>> [doc.text for doc in read_documents([d])]
        ['Kim Jong Un visited Moscow.']
    """
    paths = list(paths)
    if not paths:
        raise InputError("no input paths given", fix="name at least one file or directory")
    seen_ids: set[str] = set()
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError(f"no such file or directory: '{path}'", fix="check the path")
        if path.is_dir():
            files = _files_under(path)
            good = 0
            for f in files:
                try:
                    for doc in _read_file(f):
                        good += 1
                        if doc.id not in seen_ids:
                            seen_ids.add(doc.id)
                            yield doc
                except InputError as exc:
                    log.warning("skipped %s", exc)
            if not good:
                raise InputError(
                    f"directory '{path}' holds no readable documents "
                    f"({len(files)} candidate files)",
                    fix=f"put {', '.join(sorted(SUPPORTED_SUFFIXES))} files in it",
                )
        else:
            for doc in _read_file(path):
                if doc.id in seen_ids:
                    log.warning("%s: document id %r seen before; skipped the repeat", path, doc.id)
                    continue
                seen_ids.add(doc.id)
                yield doc
