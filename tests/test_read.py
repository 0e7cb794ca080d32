"""Readers: formats, encodings, and a clear error for every kind of bad input."""

from __future__ import annotations

import json
import logging

import pytest

from kgraph.errors import InputError
from kgraph.read import content_id, decode_bytes, html_to_text, read_documents


def test_read_text_markdown_and_html_files(tmp_path):
    (tmp_path / "a.txt").write_text("Kim Jong Un visited Moscow.", encoding="utf-8")
    (tmp_path / "b.md").write_text("# Title\n\nPutin met Kim.", encoding="utf-8")
    (tmp_path / "c.html").write_text(
        "<html><head><title>T</title><script>evil()</script></head>"
        "<body><p>Seoul &amp; Tokyo</p><p>agreed.</p></body></html>", encoding="utf-8")
    docs = {d.path.rsplit("/", 1)[-1]: d for d in read_documents([tmp_path])}
    assert docs["a.txt"].text == "Kim Jong Un visited Moscow."
    assert "Putin met Kim." in docs["b.md"].text
    assert docs["c.html"].text == "Seoul & Tokyo\nagreed."
    assert docs["c.html"].title == "T"
    assert docs["a.txt"].id == content_id("Kim Jong Un visited Moscow.")


def test_read_jsonl_fields(tmp_path):
    p = tmp_path / "x.jsonl"
    rows = [{"id": "n1", "text": "Kursk is in Russia.", "url": "https://example.org/1",
             "date": "2025-04-28T10:00:00Z", "outlet": "Wire", "title": "K"},
            {"text": "No id here."}]
    p.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    a, b = read_documents([p])
    assert (a.id, a.url, a.date, a.outlet, a.title) == (
        "n1", "https://example.org/1", "2025-04-28", "Wire", "K")
    assert b.id == content_id("No id here.")


def test_read_html_meta_gives_url_date_outlet():
    text, meta = html_to_text(
        '<meta property="og:url" content="https://example.org/a">'
        '<meta property="article:published_time" content="2024-01-12T06:00:00Z">'
        "<p>Text</p>")
    assert text == "Text"
    assert meta["og:url"] == "https://example.org/a"


def test_read_latin1_fallback_warns(tmp_path, caplog):
    p = tmp_path / "latin.txt"
    p.write_bytes("Gerasimov met Müller in Zürich.".encode("latin-1"))
    with caplog.at_level(logging.WARNING, logger="kgraph.read"):
        (doc,) = read_documents([p])
    assert doc.text == "Gerasimov met Müller in Zürich."
    assert "not UTF-8" in caplog.text


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("empty.txt", b"", "is empty"),
        ("blank.txt", b"  \n\t\n", "is empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00", "binary"),
        ("controls.txt", bytes(range(0x80, 0xA0)) * 20, "not text"),
        ("bad.jsonl", b'{"id": 1, "text": "ok"}\n{not json}\n', "bad.jsonl:2 is not valid JSON"),
        ("notext.jsonl", b'{"id": "a"}\n', "has no 'text' string"),
        ("list.jsonl", b"[1, 2]\n", "expected an object"),
        ("latin.jsonl", '{"text": "Zürich"}\n'.encode("latin-1"), "not UTF-8"),
        ("empty.html", b"<html><script>x</script></html>", "no visible text"),
        ("doc.pdf", b"%PDF-1.4", "unsupported file type"),
    ],
)
def test_read_bad_file_raises_clear_error(tmp_path, name, content, expected):
    p = tmp_path / name
    p.write_bytes(content)
    with pytest.raises(InputError) as info:
        list(read_documents([p]))
    message = str(info.value)
    assert expected in message
    assert "Fix:" in message and "\n" not in message


def test_read_missing_path(tmp_path):
    with pytest.raises(InputError, match="no such file or directory"):
        list(read_documents([tmp_path / "nope.txt"]))


def test_read_directory_without_documents(tmp_path):
    (tmp_path / "image.png").write_bytes(b"\x89PNG\x00")
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(InputError, match="holds no readable documents"):
        list(read_documents([tmp_path]))


def test_read_directory_skips_bad_files_with_warning(tmp_path, caplog):
    (tmp_path / "good.txt").write_text("Seoul said so.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01binary")
    with caplog.at_level(logging.WARNING, logger="kgraph.read"):
        docs = list(read_documents([tmp_path]))
    assert [d.text for d in docs] == ["Seoul said so."]
    assert "binary" in caplog.text


def test_read_no_paths():
    with pytest.raises(InputError, match="no input paths"):
        list(read_documents([]))


def test_read_duplicate_documents_read_once(tmp_path):
    (tmp_path / "a.txt").write_text("Same text.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Same text.", encoding="utf-8")
    assert len(list(read_documents([tmp_path]))) == 1


def test_read_decode_utf8_bom():
    assert decode_bytes("Kyiv".encode("utf-8-sig"), name="x") == "Kyiv"
