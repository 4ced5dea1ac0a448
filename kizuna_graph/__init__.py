"""kizuna_graph: a regional welfare plan (いせさき絆づくりプラン) as a linked-open-data knowledge graph."""

from .build import BuildResult, build_graph
from .errors import (
    ExportError,
    IdentifierError,
    InconsistentGraphError,
    KizunaError,
    PlanValidationError,
    ShapesError,
    SourceError,
)
from .iris import DEFAULT_BASE, mint
from .model import PlanFile
from .reasoning import infer
from .source import load_plan
from .validation import Finding, Report, validate, validate_file
from .version import __version__

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
