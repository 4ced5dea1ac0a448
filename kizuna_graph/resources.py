"""Where the data files of kizuna_graph live: ontology, shapes, plans, queries, vocabularies.

Inside a checkout of the repository (the current folder or one of its parents holds kizuna-graph's
``pyproject.toml``), the checkout's folders are used, so that ``kizuna build --check`` after an edit of
``plans/isesaki-3.yaml`` reads the edited file even when kizuna_graph was installed with ``pip install .``.
Elsewhere, an installed wheel reads the copies inside the package (``kizuna_graph/_data/``); an editable
install reads the repository it was installed from.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from kizuna_graph.errors import KizunaError

_PACKAGE = Path(__file__).resolve().parent
_PROJECT_NAME = re.compile(r'^name\s*=\s*"kizuna-graph"\s*$', re.MULTILINE)

#: the plan files bundled with kizuna_graph (and packaged into the wheel), relative to ``plans/``
BUNDLED_PLANS = ("isesaki-3.yaml",)


def checkout_root(start: Path | None = None) -> Path | None:
    """The kizuna_graph checkout that holds ``start`` (default: the current folder), if any."""
    return _checkout_of(str((start or Path.cwd()).resolve()))


@lru_cache(maxsize=8)
def _checkout_of(start: str) -> Path | None:
    here = Path(start)
    for folder in (here, *here.parents):
        project = folder / "pyproject.toml"
        try:
            if project.is_file() and _PROJECT_NAME.search(project.read_text(encoding="utf-8")):
                return folder
        except (OSError, UnicodeDecodeError):
            continue
    return None


def data_dir(name: str) -> Path:
    """The folder ``name`` (``ontology``, ``shapes``, ``plans``, ``queries``, ``vocabularies``) of the data."""
    checkout = checkout_root()
    candidates = [_PACKAGE / "_data" / name, _PACKAGE.parent / name]
    if checkout is not None:
        candidates.insert(0, checkout / name)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise KizunaError(f"data folder '{name}' not found next to {_PACKAGE}: reinstall kizuna-graph")


def ontology_path() -> Path:
    return data_dir("ontology") / "kizuna.ttl"


def bundled_plan() -> Path:
    """The bundled Isesaki plan (いせさき絆づくりプラン, 3rd edition): the checkout's copy inside a checkout."""
    return data_dir("plans") / BUNDLED_PLANS[0]
