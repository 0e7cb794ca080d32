"""The CLI reference (``docs/cli.md``), generated from each command's ``--help``.

Regenerate it after changing a command::

    python -m kgraph.cli.reference --write docs/cli.md

``tests/test_cli_docs.py`` fails when the file and the ``--help`` texts drift apart.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator, Sequence

from . import COMMANDS, build_parser

__all__ = ["cli_reference"]

#: Terminal width the help texts are rendered at, so the reference is the same anywhere.
WIDTH = 100


@contextlib.contextmanager
def _columns(width: int) -> Iterator[None]:
    old = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = str(width)
    try:
        yield
    finally:
        if old is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = old


def python_version() -> str:
    """Return the Python ``major.minor`` whose argparse rendered the reference."""
    return f"{sys.version_info.major}.{sys.version_info.minor}"


def cli_reference() -> str:
    """Return the Markdown CLI reference: the top-level help, then each command's.

    Examples:
        >>> text = cli_reference()
        >>> text.startswith("# kgraph command line reference") and "## kgraph query" in text
        True
    """
    with _columns(WIDTH):
        parser = build_parser()
        sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
        parts = [
            "# kgraph command line reference",
            "",
            "<!-- Generated from each command's --help by "
            "`python -m kgraph.cli.reference --write docs/cli.md` "
            f"(Python {python_version()}); tests/test_cli_docs.py fails when they drift. "
            "Do not edit by hand. -->",
            "",
            "## kgraph",
            "",
            "```",
            parser.format_help().rstrip(),
            "```",
        ]
        for name in COMMANDS:
            parts += ["", f"## kgraph {name}", "", "```",
                      sub.choices[name].format_help().rstrip(), "```"]
    return "\n".join(parts) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Print the reference, or write it with ``--write PATH``."""
    args = list(sys.argv[1:] if argv is None else argv)
    text = cli_reference()
    if args[:1] == ["--write"] and len(args) == 2:
        from ..io import atomic_write_text

        atomic_write_text(args[1], text)
        return 0
    if args:
        print("usage: python -m kgraph.cli.reference [--write PATH]", file=sys.stderr)
        return 2
    sys.stdout.write(text)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
