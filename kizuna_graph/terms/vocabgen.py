"""Generate the ``KZ`` namespace class in ``namespaces.py`` from the ontology.

``render(ontology_path)`` turns ``ontology/kizuna.ttl`` into the source of a closed rdflib
``DefinedNamespace``: one annotated attribute per ``kz:`` term, grouped by kind, with the English label as
the comment. The block sits between two marker lines in ``namespaces.py``; ``splice`` puts a new block in
place of the old one and leaves the hand-written rest of the module alone. The first marker line carries the
SHA-256 of the ontology file, never a timestamp, so that a fresh file is byte-identical to a regenerated one.

Run ``python -m kizuna_graph.terms.vocabgen`` after editing the ontology; ``--check`` only reports whether
``namespaces.py`` is stale (exit code 1) without writing it.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections.abc import Sequence
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kizuna_graph.resources import ontology_path

__all__ = ["BEGIN_MARKER", "END_MARKER", "NAMESPACE", "main", "render", "splice"]

#: The vocabulary namespace. Written out here (and in the ontology) on purpose: it is what the generated
#: class is checked against, so it cannot come from the generated class.
NAMESPACE = "https://w3id.org/kizuna-graph/def#"

BEGIN_MARKER = "# --- BEGIN GENERATED: KZ"
END_MARKER = "# --- END GENERATED: KZ"

_GENERATOR = "kizuna_graph.terms.vocabgen"

# (rdf:type of the term, heading in the generated class), in the order the groups are written.
_KINDS: tuple[tuple[URIRef, str], ...] = (
    (OWL.Class, "owl:Class"),
    (OWL.ObjectProperty, "owl:ObjectProperty"),
    (OWL.DatatypeProperty, "owl:DatatypeProperty"),
    (OWL.AnnotationProperty, "owl:AnnotationProperty"),
)


def _package_dir() -> Path:
    return Path(__file__).resolve().parent


def default_ontology_path() -> Path:
    """The ontology in a source checkout, or the copy shipped inside an installed wheel."""
    return ontology_path()


def default_module_path() -> Path:
    return _package_dir() / "namespaces.py"


def _english_label(graph: Graph, term: URIRef) -> str:
    labels = sorted(
        str(label)
        for label in graph.objects(term, RDFS.label)
        if isinstance(label, Literal) and label.language == "en"
    )
    if not labels:
        raise ValueError(f"{term} has no rdfs:label with @en in the ontology; add one")
    return " ".join(labels[0].split())


def _ontology_title(graph: Graph) -> tuple[str, str]:
    """The ontology IRI and its owl:versionInfo, for the class docstring."""
    ontologies = sorted(str(s) for s in graph.subjects(RDF.type, OWL.Ontology) if isinstance(s, URIRef))
    if len(ontologies) != 1:
        raise ValueError(f"expected exactly one owl:Ontology in the ontology file, found {len(ontologies)}")
    version = graph.value(URIRef(ontologies[0]), OWL.versionInfo)
    return ontologies[0], str(version) if version is not None else "unversioned"


def render(ontology_path: Path | str) -> str:
    """Return the generated block (both marker lines included) for the ontology at ``ontology_path``."""
    path = Path(ontology_path)
    data = path.read_bytes()
    graph = Graph(bind_namespaces="none")
    graph.parse(data=data, format="turtle")

    ontology_iri, version = _ontology_title(graph)
    digest = hashlib.sha256(data).hexdigest()
    lines = [
        f"{BEGIN_MARKER} by {_GENERATOR} from ontology/{path.name} (sha256 {digest[:16]})",
        "# Do not edit by hand: edit the ontology and run `python -m kizuna_graph.terms.vocabgen`.",
        "class KZ(DefinedNamespace):",
        f'    """The kizuna_graph vocabulary <{ontology_iri}>, version {version}.',
        "",
        "    Closed: an attribute that is not a term of the ontology raises AttributeError.",
        '    """',
        "",
        f'    _NS = Namespace("{NAMESPACE}")',
        "    _fail = True",
    ]
    seen: dict[str, URIRef] = {}
    for kind, heading in _KINDS:
        names = sorted(
            str(term)[len(NAMESPACE) :]
            for term in graph.subjects(RDF.type, kind)
            if isinstance(term, URIRef) and str(term).startswith(NAMESPACE)
        )
        if not names:
            continue
        lines.extend(["", f"    # {heading}"])
        for name in names:
            if not name.isidentifier():
                raise ValueError(f"kz:{name} is not a Python identifier; local names must be ASCII words")
            if name in seen:
                raise ValueError(f"kz:{name} is typed as more than one of {', '.join(h for _, h in _KINDS)}")
            term = URIRef(NAMESPACE + name)
            seen[name] = term
            lines.append(f"    {name}: URIRef  # {_english_label(graph, term)}")
    if not seen:
        raise ValueError(f"no {NAMESPACE} terms found in {path}")
    # Two blank lines before the end marker: ruff format puts them between a class and a top-level comment.
    lines.extend(["", "", END_MARKER])
    return "\n".join(lines) + "\n"


def splice(module_text: str, block: str) -> str:
    """Replace the generated block in ``module_text`` (markers included) with ``block``."""
    begin = module_text.find(BEGIN_MARKER)
    end = module_text.find(END_MARKER)
    if begin < 0 or end < begin:
        raise ValueError(f"namespaces module lacks the lines {BEGIN_MARKER!r} … {END_MARKER!r}")
    end_of_line = module_text.find("\n", end)
    tail = "" if end_of_line < 0 else module_text[end_of_line + 1 :]
    return module_text[:begin] + block + tail


def main(argv: Sequence[str] | None = None) -> int:
    """Rewrite ``namespaces.py`` from the ontology. Exit 0 ok, 1 stale (with ``--check``), 2 bad input."""
    parser = argparse.ArgumentParser(
        prog="python -m kizuna_graph.terms.vocabgen", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--ontology", type=Path, default=default_ontology_path(), help="ontology Turtle file")
    parser.add_argument(
        "--module", type=Path, default=default_module_path(), help="namespaces module to update"
    )
    parser.add_argument("--check", action="store_true", help="only check that the module is fresh")
    args = parser.parse_args(argv)
    try:
        current = args.module.read_text(encoding="utf-8")
        updated = splice(current, render(args.ontology))
    except (OSError, SyntaxError, ValueError) as error:  # rdflib's Turtle BadSyntax is a SyntaxError
        print(f"vocabgen: {error}", file=sys.stderr)
        return 2
    if updated == current:
        print(f"{args.module} is up to date")
        return 0
    if args.check:
        print(f"{args.module} is stale: run `python -m kizuna_graph.terms.vocabgen`", file=sys.stderr)
        return 1
    args.module.write_text(updated, encoding="utf-8")
    print(f"wrote {args.module}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
