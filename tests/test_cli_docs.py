"""docs/cli.md is generated from the commands' --help; this fails when they drift."""

from __future__ import annotations

import re

import pytest

from kgraph.cli import COMMANDS
from kgraph.cli.reference import cli_reference, python_version

from .conftest import ROOT

DOC = ROOT / "docs" / "cli.md"


def test_cli_docs_match_the_help_texts():
    text = DOC.read_text(encoding="utf-8")
    made_with = re.search(r"\(Python (\d+\.\d+)\)", text)
    assert made_with, "docs/cli.md says which Python rendered it"
    if made_with.group(1) != python_version():
        pytest.skip(f"argparse layout differs between Python versions; docs/cli.md was "
                    f"rendered with {made_with.group(1)}, this is {python_version()}")
    assert text == cli_reference(), (
        "docs/cli.md is out of date: run `python -m kgraph.cli.reference --write docs/cli.md`")


def test_cli_docs_cover_every_command():
    text = DOC.read_text(encoding="utf-8")
    for name in COMMANDS:
        assert f"## kgraph {name}\n" in text
        assert f"kgraph {name} " in text  # the command's example
