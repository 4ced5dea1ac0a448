"""Errors raised by kizuna_graph.

Every error carries a message that says what is wrong, where, and what to fix, on one line::

    KizunaError                 base class; the CLI prints ``str(error)`` and exits with ``error.exit_code``
    ├── SourceError             a plan file cannot be read: syntax, unknown key, wrong type, missing field…
    ├── IdentifierError         an IRI cannot be minted from a local part (not ASCII, bad characters)
    ├── ShapesError             the SHACL shapes themselves cannot be loaded
    ├── PlanValidationError     a plan does not conform to the shapes (exit code 1)
    ├── InconsistentGraphError  the graph contradicts the ontology under OWL 2 RL (exit code 1)
    ├── ExportError             exports cannot be written, or differ from what would be built
    └── QueryError              a SPARQL query cannot be found, parsed or run
        ├── RefusedQueryError   a query would reach the network or local files (SERVICE, LOAD, FROM…)
        └── QueryTimeoutError   a query ran past its time limit and was stopped
"""

from __future__ import annotations

from pathlib import Path

from kizuna_graph.messages import Message, msg


class KizunaError(Exception):
    """Base class of every error kizuna_graph raises on purpose.

    The message is text or a :class:`~kizuna_graph.messages.Message` of the catalogue, rendered in the current
    language whenever the error is shown.
    """

    exit_code: int = 2

    def __str__(self) -> str:
        return "".join(str(part) for part in self.args) if self.args else ""


class SourceError(KizunaError):
    """A plan source file is unreadable or malformed.

    ``str(error)`` is ``file:line: message`` (or ``file: message`` when no line applies).
    """

    def __init__(self, file: Path | str, message: str | Message, *, line: int | None = None) -> None:
        self.file = Path(file)
        self.line = line
        self.message = message
        where = f"{self.file}:{line}" if line is not None else f"{self.file}"
        super().__init__(f"{where}: ", message)


class IdentifierError(KizunaError):
    """An IRI could not be minted: the local part breaks the identifier pattern."""


class ShapesError(KizunaError):
    """The SHACL shapes could not be loaded."""


class PlanValidationError(KizunaError):
    """A plan does not conform to the shapes; the message summarises the findings."""

    exit_code = 1


class InconsistentGraphError(KizunaError):
    """The asserted graph and the ontology are inconsistent: OWL 2 RL reasoning found a contradiction.

    ``messages`` lists each contradiction as the reasoner reported it (e.g. an element that is both a
    kz:Measure and a kz:Policy, which the ontology declares disjoint).
    """

    exit_code = 1

    def __init__(self, messages: list[str]) -> None:
        self.messages = messages
        shown = "; ".join(messages[:5]) + (f"; … +{len(messages) - 5}" if len(messages) > 5 else "")
        super().__init__(msg("owl.inconsistent", count=len(messages), shown=shown))


class ExportError(KizunaError):
    """Exports could not be written, or ``--check`` found them stale."""

    exit_code = 1


class QueryError(KizunaError):
    """A SPARQL query cannot be found, read, parsed or run."""


class RefusedQueryError(QueryError):
    """A SPARQL query asks for something other than the loaded graph: SERVICE, LOAD, FROM, FROM NAMED, updates."""


class QueryTimeoutError(QueryError):
    """A SPARQL query ran past its time limit; its worker process was killed."""
