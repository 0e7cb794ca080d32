"""kgraph's command line: thin commands over the library.

Each command lives in its own module with ``add_parser(subparsers)`` and ``run(args)``;
this module only dispatches, and turns a :class:`~kgraph.errors.KGraphError` into a
one-line message on stderr and a non-zero exit status (no traceback).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from ..errors import KGraphError

__all__ = ["COMMANDS", "build_parser", "main"]

#: Command name → module in this package.
COMMANDS = ("build", "extract", "eval", "query", "export", "stats")


class _Formatter(argparse.RawDescriptionHelpFormatter):
    pass


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of the ``kgraph`` command."""
    parser = argparse.ArgumentParser(
        prog="kgraph",
        description="Turn geopolitical news text into an evidence-backed knowledge graph.",
        epilog="Example:\n  kgraph build data/samples -o out\n\n"
        "Run `kgraph COMMAND --help` for a command's options and an example.",
        formatter_class=_Formatter,
    )
    _add_verbosity(parser, default=False)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMANDS:
        module = importlib.import_module(f".{name.replace('-', '_')}_cmd", __name__)
        module.add_parser(sub, _Formatter)
        # -q/-v work before or after the command name.
        _add_verbosity(sub.choices[name], default=argparse.SUPPRESS)
    return parser


def _add_verbosity(p: argparse.ArgumentParser, *, default: object) -> None:
    p.add_argument("-v", "--verbose", action="store_true", default=default,
                   help="log progress details")
    p.add_argument("-q", "--quiet", action="store_true", default=default,
                   help="only print errors")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``kgraph`` command line and return its exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    level = logging.ERROR if args.quiet else logging.INFO if args.verbose else logging.WARNING
    logging.basicConfig(level=level, format="kgraph: %(levelname)s: %(message)s", force=True)
    try:
        return int(args.run(args) or 0)
    except KGraphError as exc:
        print(f"kgraph: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("kgraph: interrupted; nothing was written", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
