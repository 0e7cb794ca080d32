"""Atomic writes: a failure leaves neither the target nor a temporary file."""

from __future__ import annotations

import pytest

from kgraph.errors import OutputError
from kgraph.io import atomic_open, atomic_write_text


def test_io_atomic_write_replaces_target(tmp_path):
    p = tmp_path / "out" / "graph.ttl"
    atomic_write_text(p, "one")
    atomic_write_text(p, "two")
    assert p.read_text() == "two"
    assert [f.name for f in p.parent.iterdir()] == ["graph.ttl"]


def test_io_failure_leaves_nothing(tmp_path):
    p = tmp_path / "graph.ttl"
    with pytest.raises(RuntimeError), atomic_open(p) as fh:
        fh.write("half")
        raise RuntimeError("boom")
    assert list(tmp_path.iterdir()) == []


def test_io_failure_keeps_previous_version(tmp_path):
    p = tmp_path / "graph.ttl"
    p.write_text("old")
    with pytest.raises(RuntimeError), atomic_open(p) as fh:
        fh.write("new")
        raise RuntimeError("boom")
    assert p.read_text() == "old"
    assert len(list(tmp_path.iterdir())) == 1


def test_io_unwritable_folder(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(OutputError, match="cannot write"):
        atomic_write_text(blocker / "sub" / "out.txt", "x")


def test_io_output_gets_default_permissions(tmp_path):
    import os

    old = os.umask(0o022)
    try:
        p = tmp_path / "graph.html"
        atomic_write_text(p, "x")
    finally:
        os.umask(old)
    assert p.stat().st_mode & 0o777 == 0o644
