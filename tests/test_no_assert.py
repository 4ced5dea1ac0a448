"""No ``assert`` statement in the library: ``python -O`` removes them, so a check made by one vanishes.

Library code narrows types with explicit checks that raise a :class:`kizuna_graph.errors.KizunaError`
subclass (or with typed overloads); tests may assert freely.
"""

from __future__ import annotations

import ast
from pathlib import Path

import kizuna_graph

PACKAGE = Path(kizuna_graph.__file__).parent


def test_the_library_has_no_assert_statement() -> None:
    modules = sorted(PACKAGE.rglob("*.py"))
    assert len(modules) > 50  # the whole package is walked, not an empty folder
    found = [
        f"{path.relative_to(PACKAGE.parent)}:{node.lineno}"
        for path in modules
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
        if isinstance(node, ast.Assert)
    ]
    assert found == [], f"assert statements in library code (removed by python -O): {found}"
