"""kizuna_graph: a regional welfare plan (いせさき絆づくりプラン) as a linked-open-data knowledge graph."""

from .build import BuildResult, build_graph
from .errors import ExportError, IdentifierError, KizunaError, PlanValidationError, ShapesError, SourceError
from .iris import DEFAULT_BASE, mint
from .model import PlanFile
from .source import load_plan
from .version import __version__

__all__ = [
    "DEFAULT_BASE",
    "BuildResult",
    "ExportError",
    "IdentifierError",
    "KizunaError",
    "PlanFile",
    "PlanValidationError",
    "ShapesError",
    "SourceError",
    "__version__",
    "build_graph",
    "load_plan",
    "mint",
]
