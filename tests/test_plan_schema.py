"""The JSON Schema of the plan file (schemas/plan-file.schema.json) and the loader agree.

Every valid plan passes both. Every bad case of tests/bad-input/cases.yaml is refused by the loader; its
``schema:`` field says whether the schema refuses its data too (``refuses``) or cannot express the check
(``beyond: …``); a case without the field is not YAML at all, which an editor shows as a syntax error.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import BUNDLED, ROOT
from test_bad_input import CASES, write_case

from kizuna_graph.errors import SourceError
from kizuna_graph.plan.source import load_plan

jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is not installed (pip install '.[test]')")

SCHEMA_PATH = ROOT / "schemas" / "plan-file.schema.json"
VALID = [BUNDLED, *sorted((ROOT / "tests" / "revisions" / "valid").glob("*.yaml"))]


@pytest.fixture(scope="module")
def validator() -> Any:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def as_json(text: str) -> Any:
    """The data of a YAML text as an editor's schema check sees it (dates as text)."""
    return json.loads(json.dumps(yaml.safe_load(text), default=str))


def test_cases_found() -> None:
    assert len(VALID) == 3
    assert sum(1 for c in CASES if c.get("schema") == "refuses") == 25
    assert sum(1 for c in CASES if str(c.get("schema", "")).startswith("beyond:")) == 13


@pytest.mark.parametrize("path", VALID, ids=[p.name for p in VALID])
def test_valid_plans_pass_the_schema_and_the_loader(path: Path, validator: Any) -> None:
    errors = [
        f"{'/'.join(map(str, e.path))}: {e.message}" for e in validator.iter_errors(as_json(path.read_text()))
    ]
    assert errors == []
    load_plan(path)


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_schema_and_loader_agree_on_bad_input(case: dict[str, Any], validator: Any, tmp_path: Path) -> None:
    path, _ = write_case(case, tmp_path)
    with pytest.raises(SourceError):  # every case is refused (its message: test_bad_input.py)
        load_plan(path)
    verdict = case.get("schema")
    if verdict is None:
        with pytest.raises((yaml.YAMLError, UnicodeDecodeError, ValueError)):
            yaml.safe_load(path.read_bytes().decode("utf-8"))
        return
    data = as_json(path.read_bytes().decode("utf-8"))
    refused = not isinstance(data, dict) or any(True for _ in validator.iter_errors(data))
    assert refused == (verdict == "refuses"), (
        f"{case['name']}: schema says {'refused' if refused else 'valid'}"
    )


def test_the_schema_names_every_key_the_loader_allows(validator: Any) -> None:
    """A key the loader reads is completed by the editor: the bundled plan uses every key of the schema's
    top-level and plan objects, and the schema allows no key the loader would refuse (additionalProperties)."""
    schema = validator.schema
    assert schema["additionalProperties"] is False
    plan = yaml.safe_load(BUNDLED.read_text(encoding="utf-8"))["plan"]
    assert set(plan) <= set(schema["properties"]["plan"]["properties"])
