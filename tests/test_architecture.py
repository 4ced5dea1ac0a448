"""The package's layering, as drawn in ``kizuna_graph/__init__.py``, held by its import graph (grimp).

cli → jobs → {validate, reason, analyze, diff, export, query, draft, workbook, approval} → plan → terms →
{errors, messages, version, resources}:
a module imports only from its own layer's package or from lower layers, and the feature packages do not
import one another. A lazy import inside a function counts as much as one at the top of a module.
"""

from __future__ import annotations

import grimp
import pytest

LAYERS = (
    grimp.Layer("cli"),
    grimp.Layer("jobs"),
    grimp.Layer(
        "validate",
        "reason",
        "analyze",
        "diff",
        "export",
        "query",
        "serve",
        "draft",
        "workbook",
        "approval",
        "site",
        independent=True,
    ),
    grimp.Layer("plan"),
    grimp.Layer("terms"),
    grimp.Layer("errors", "messages", "version", "resources", independent=False),
)


@pytest.fixture(scope="module")
def imports() -> grimp.ImportGraph:
    return grimp.build_graph("kizuna_graph")


def test_every_module_of_the_package_has_a_layer(imports: grimp.ImportGraph) -> None:
    top = {name.split(".")[1] for name in imports.modules if name.count(".") >= 1}
    layered = {module for layer in LAYERS for module in layer.module_tails}
    assert top - {"_data"} == layered, "a new top-level module or package needs a place in LAYERS"


def test_lower_layers_never_import_upper_ones(imports: grimp.ImportGraph) -> None:
    illegal = imports.find_illegal_dependencies_for_layers(layers=LAYERS, containers={"kizuna_graph"})
    described = sorted(f"{dependency.importer} imports {dependency.imported}" for dependency in illegal)
    assert not described, "\n".join(described)


def test_the_contract_catches_a_back_edge() -> None:
    """The check itself can fail: an edge from plan up to jobs is reported."""
    graph = grimp.build_graph("kizuna_graph")
    graph.add_import(importer="kizuna_graph.plan.build", imported="kizuna_graph.jobs.publish")
    illegal = graph.find_illegal_dependencies_for_layers(layers=LAYERS, containers={"kizuna_graph"})
    assert {(d.importer, d.imported) for d in illegal} == {("kizuna_graph.plan", "kizuna_graph.jobs")}
