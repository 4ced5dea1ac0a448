"""kizuna_graph: a regional welfare plan (いせさき絆づくりプラン) as a linked-open-data knowledge graph.

The package is layered; a module imports only from its own package or from the layers below it, and the
feature packages of one layer do not import one another (``tests/test_architecture.py`` holds this)::

    cli.py                 parse arguments, call a job or a feature, print
    jobs/                  the pipelines the CLI runs: publish a plan (build, validate, infer), analyse it,
                           fill in the approval report; validate and build a corpus of plans in a pool of
                           worker processes (pool, corpus, corpus_build)
    validate/  reason/  analyze/  diff/  export/  query/  draft/  workbook/  approval/
                           SHACL checks and their reports; OWL-RL inference; cross-link analysis; plan
                           comparison; deterministic serialisation and atomic writes; SPARQL; drafts of a
                           revision (kizuna new); the spreadsheet round trip; the printable approval page
    plan/                  the plan: records, the YAML reader, the graph builder (build/, a module per part of
                           the graph), safe RDF input, the one loader of plan files (load) and the one
                           read-back view of a plan graph (view)
    terms/                 namespaces (generated from ontology/), IRI minting, names of terms in ja/en (labels)
    errors.py  messages.py  version.py  resources.py
                           the exception tree, the message catalogue (ja/en, locale/messages.yaml), the
                           version, where the data files live
"""

from kizuna_graph.errors import (
    ExportError,
    IdentifierError,
    InconsistentGraphError,
    KizunaError,
    PlanValidationError,
    ShapesError,
    SourceError,
)
from kizuna_graph.plan.build import BuildResult, build_graph
from kizuna_graph.plan.model import PlanFile
from kizuna_graph.plan.source import load_plan
from kizuna_graph.reason.infer import infer
from kizuna_graph.terms.iris import DEFAULT_BASE, mint
from kizuna_graph.validate.shacl import Finding, Report, validate, validate_file
from kizuna_graph.version import __version__

__all__ = [
    "DEFAULT_BASE",
    "BuildResult",
    "ExportError",
    "Finding",
    "IdentifierError",
    "InconsistentGraphError",
    "KizunaError",
    "PlanFile",
    "PlanValidationError",
    "Report",
    "ShapesError",
    "SourceError",
    "__version__",
    "build_graph",
    "infer",
    "load_plan",
    "mint",
    "validate",
    "validate_file",
]
