"""The hostile-input catalogue (tests/hostile/cases.yaml): each case in its own process, under limits.

Each case runs ``python -m kizuna_graph.cli`` in a fresh folder with a time limit (a case that hangs fails) and
an address-space limit (RLIMIT_AS), and must end with the exit code and the message it expects: one line on
stderr, no traceback, no control character echoed. The files a case needs are made by the ``make`` helpers
below (nested documents, FIFOs, thousands of prefixes…), so that the catalogue stays data.
"""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import EXPORTS, ROOT
from rdflib import Dataset, Graph

CASES_FILE = ROOT / "tests" / "hostile" / "cases.yaml"
CASES: list[dict[str, Any]] = yaml.safe_load(CASES_FILE.read_text(encoding="utf-8"))
MEMORY_LIMIT = 3 * 1024**3
PUBLISHED = ("isesaki-3.ttl", "isesaki-3.nt", "isesaki-3.trig", "isesaki-3.jsonld", "isesaki-3-inferred.ttl")


def test_the_catalogue_holds_every_case() -> None:
    assert len(CASES) == 65
    assert len({case["name"] for case in CASES}) == len(CASES)


# --- the files a case needs ------------------------------------------------------------------------------


def _plan_text(tmp: Path) -> Path:
    return tmp / "plan" / "isesaki-3.yaml"


def _edit(tmp: Path, old: str, new: str) -> None:
    plan = _plan_text(tmp)
    text = plan.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"the edit target {old!r} must occur once in the bundled plan"
    plan.write_text(text.replace(old, new), encoding="utf-8")


def _exports(tmp: Path) -> Path:
    out = tmp / "out"
    out.mkdir()
    for path in EXPORTS.iterdir():
        if path.is_file():
            shutil.copy2(path, out / path.name)
    return out


def _make_fifo(tmp: Path, name: str) -> None:
    target = tmp / name
    target.unlink(missing_ok=True)
    os.mkfifo(target)


def _turtle_plan() -> str:
    return (EXPORTS / "isesaki-3.ttl").read_text(encoding="utf-8")


MAKERS: dict[str, Callable[[Path, Any], None]] = {
    "fifo": _make_fifo,
    "file": lambda tmp, spec: (tmp / spec[0]).write_text(spec[1], encoding="utf-8"),
    "nested_yaml": lambda tmp, depth: (tmp / "deep.yaml").write_text(
        "format: 1\nplan: " + "[" * depth + "]" * depth + "\n", encoding="utf-8"
    ),
    "nested_json": lambda tmp, depth: (tmp / "deep.jsonld").write_text(
        '{"a":' * depth + "1" + "}" * depth, encoding="utf-8"
    ),
    "big_int": lambda tmp, digits: _edit(tmp, "edition: 3", "edition: " + "1" * digits),
    "subclass_chain": lambda tmp, n: (tmp / "chain.ttl").write_text(
        _turtle_plan()
        + "".join(
            f"<https://x.jp/c{i}> <http://www.w3.org/2000/01/rdf-schema#subClassOf> <https://x.jp/c{i + 1}> .\n"
            for i in range(n)
        ),
        encoding="utf-8",
    ),
    "prefixes": lambda tmp, n: (tmp / "prefixes.ttl").write_text(
        "".join(f"@prefix p{i}: <https://x.jp/{i}#> .\n" for i in range(n)) + _turtle_plan(), encoding="utf-8"
    ),
    "turtle_list": lambda tmp, n: (tmp / "list.ttl").write_text(
        _turtle_plan() + "<https://x.jp/s> <https://x.jp/p> (" + " ".join(f"{i}" for i in range(n)) + ") .\n",
        encoding="utf-8",
    ),
    "many_actions": lambda tmp, n: (tmp / "actions.yaml").write_text(
        "format: 1\nplan:\n  goals:\n"
        + "".join(f"    - {{number: {i}, label: {{ja: 取り組み{i}}}}}\n" for i in range(1, n + 1)),
        encoding="utf-8",
    ),
    "exports_with_leftover": lambda tmp, name: (_exports(tmp) / name).write_bytes(b"half a file"),
    "exports_with_folder": lambda tmp, name: _replace_by_folder(_exports(tmp) / name),
    "bom_copy": lambda tmp, name: (tmp / name).write_bytes(b"\xef\xbb\xbf" + (EXPORTS / name).read_bytes()),
    "entity_in_string": lambda tmp, _: (tmp / "entity.ttl").write_text(
        _turtle_plan().replace('"伊勢崎市"@ja', '"<!ENTITY x SYSTEM \\"file:///etc/passwd\\">"@ja', 1),
        encoding="utf-8",
    ),
    "oversized": lambda tmp, name: _sparse(tmp / name, 4 * 1024 * 1024 + 1),
}


def _replace_by_folder(path: Path) -> None:
    path.rename(path.with_name(path.name + ".saved"))
    path.mkdir()
    (path / "keep").write_text("a folder where a file should be", encoding="utf-8")


def _sparse(path: Path, size: int) -> None:
    with path.open("wb") as stream:
        stream.truncate(size)


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


# --- running a case -----------------------------------------------------------------------------------------


def _run(case: dict[str, Any], tmp: Path) -> subprocess.CompletedProcess[str]:
    places = {"plan": str(_plan_text(tmp)), "tmp": str(tmp), "exports": str(EXPORTS), "out": str(tmp / "out")}
    argv = [arg.format(**places) if "{" in arg else arg for arg in case["argv"]]
    stdout: Any = subprocess.PIPE
    closing: list[int] = []
    if case.get("stdout_to") == "dev-full":
        stdout = open(os.devnull.replace("null", "full"), "w")  # noqa: SIM115 - closed below
    elif case.get("stdout_to") == "closed-pipe":
        read_end, write_end = os.pipe()
        os.close(read_end)
        stdout, closing = write_end, [write_end]
    try:
        return subprocess.run(
            [sys.executable, "-m", "kizuna_graph.cli", *argv],
            cwd=tmp,
            stdin=subprocess.DEVNULL,
            stdout=stdout,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            errors="backslashreplace",
            timeout=case.get("timeout", 60),
            preexec_fn=_limits,
            env={**os.environ, "PYTHONPATH": str(ROOT), "KIZUNA_LANG": "en"},  # the cases quote English
        )
    finally:
        for descriptor in closing:
            os.close(descriptor)
        if hasattr(stdout, "close"):
            stdout.close()


def _control_characters(text: str) -> list[str]:
    return [f"U+{ord(c):04X}" for c in text if unicodedata.category(c) in ("Cc", "Cf") and c != "\n"]


def _assert_exports_parse(out: Path) -> None:
    """Every published file parses (rdflib, and rapper when installed) to the same triples."""
    asserted = Graph().parse(out / "isesaki-3.ttl", format="turtle")
    nt = Graph().parse(out / "isesaki-3.nt", format="nt")
    jsonld = Graph().parse(out / "isesaki-3.jsonld", format="json-ld")
    trig = Dataset()
    trig.parse(out / "isesaki-3.trig", format="trig")
    assert len(nt) == len(asserted) == len(jsonld) == len(trig.default_graph)
    assert set(nt) == set(asserted) == set(trig.default_graph)
    if shutil.which("rapper"):
        for name, syntax in (("isesaki-3.nt", "ntriples"), ("isesaki-3.trig", "trig")):
            result = subprocess.run(
                ["rapper", "-q", "-c", "-i", syntax, str(out / name)],
                capture_output=True,
                text=True,
                check=False,
            )
            assert result.returncode == 0, f"rapper cannot parse {name}: {result.stderr}"


@pytest.mark.parametrize("case", CASES, ids=[case["name"] for case in CASES])
def test_hostile_input(case: dict[str, Any], tmp_path: Path) -> None:
    shutil.copytree(ROOT / "plans", tmp_path / "plan")
    for old, new in case.get("edits", []):
        _edit(tmp_path, old, new)
    for maker, spec in case.get("make", {}).items():
        MAKERS[maker](tmp_path, spec)
    before = (
        {p.name: p.read_bytes() for p in (tmp_path / "out").iterdir() if p.is_file()}
        if (tmp_path / "out").is_dir()
        else {}
    )

    result = _run(case, tmp_path)

    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == case["exit"], result.stderr
    assert _control_characters(result.stderr) == [], result.stderr
    if case["exit"] == 2:
        assert len(result.stderr.splitlines()) == case.get("lines", 1), result.stderr
    assert case.get("stderr", "") in result.stderr
    assert case.get("stdout", "") in (result.stdout or "")
    out = tmp_path / "out"
    if case.get("exports_parse"):
        _assert_exports_parse(out)
    if case.get("no_leftovers"):
        assert [p.name for p in out.iterdir() if p.name.endswith((".tmp", ".old"))] == []
    if case.get("old_exports_kept"):
        after = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
        assert after == before
