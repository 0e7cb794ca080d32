"""The one exception tree of kgraph.

Every error a user can cause derives from :class:`KGraphError`. Messages follow one
shape: what was expected, what was found, and what to do about it. Each class has a
short code (like spaCy's ``E001``) so messages can be looked up and grepped.
"""

from __future__ import annotations

__all__ = [
    "DataFileError",
    "InputError",
    "KGraphError",
    "ModelNotFoundError",
    "OutputError",
    "QueryError",
]


class KGraphError(Exception):
    """Root of every error kgraph raises on purpose.

    Examples:
        >>> str(InputError("no such file: 'x.txt'", fix="check the path"))
        "[K100] no such file: 'x.txt'. Fix: check the path"
    """

    code = "K000"

    def __init__(self, message: str, *, fix: str | None = None) -> None:
        self.message = message
        self.fix = fix
        text = f"[{self.code}] {message}"
        if fix:
            text += f". Fix: {fix}"
        super().__init__(text)


class InputError(KGraphError):
    """A source document or path that cannot be read as news text."""

    code = "K100"


class ModelNotFoundError(KGraphError):
    """The spaCy pipeline is not installed or cannot be loaded."""

    code = "K200"


class DataFileError(KGraphError):
    """A gazetteer, lexicon, ontology or query file is malformed."""

    code = "K300"


class QueryError(KGraphError):
    """A SPARQL query or graph file that cannot be used."""

    code = "K400"


class OutputError(KGraphError):
    """An output that cannot be written."""

    code = "K500"
