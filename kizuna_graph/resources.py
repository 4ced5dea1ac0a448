"""Where the data files of kizuna_graph live: ontology, shapes, plans, queries, vocabularies.

In an installed wheel they are inside the package (``kizuna_graph/_data/``); in a checkout (editable install,
tests) they are the top-level folders of the repository.
"""

from __future__ import annotations

from pathlib import Path

from kizuna_graph.errors import KizunaError

_PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """The folder ``name`` (``ontology``, ``shapes``, ``plans``, ``queries``, ``vocabularies``) of the data."""
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise KizunaError(f"data folder '{name}' not found next to {_PACKAGE}: reinstall kizuna-graph")


def ontology_path() -> Path:
    return data_dir("ontology") / "kizuna.ttl"


def bundled_plan() -> Path:
    """The bundled Isesaki plan (いせさき絆づくりプラン, 3rd edition)."""
    return data_dir("plans") / "isesaki-3.yaml"
