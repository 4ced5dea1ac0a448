"""Bad plan files get one clear line (file, line, what to fix), exit code 2, and nothing is written.

The cases are data: tests/bad-input/cases.yaml patches the bundled plan one mistake at a time.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import BUNDLED

from kizuna_graph.cli import main
from kizuna_graph.plan.yamlfile import MAX_BYTES

CASES_FILE = Path(__file__).parent / "bad-input" / "cases.yaml"
CASES: list[dict[str, Any]] = yaml.safe_load(CASES_FILE.read_text(encoding="utf-8"))["cases"]


def test_all_cases_found() -> None:
    assert len(CASES) == 50
    assert sum(1 for c in CASES if c.get("validate")) == 11


def write_case(case: dict[str, Any], folder: Path) -> tuple[Path, int | None]:
    path = folder / f"{case['name']}.yaml"
    for name, target in case.get("link", {}).items():  # a file in the plan's folder that is a link
        (folder / name).symlink_to(target)
    bundled = BUNDLED.read_text(encoding="utf-8")
    if "content" in case:
        path.write_text(case["content"], encoding="utf-8")
        return path, case.get("line")
    text = bundled
    if "old" in case:
        assert case["old"] in text, f"case {case['name']}: 'old' not found in the bundled plan"
        text = text.replace(case["old"], case["new"], 1)
    path.write_bytes(text.encode(case.get("encode", "utf-8"), errors="replace"))
    offset = text.index(case["line_of"])
    return path, text[:offset].count("\n") + 1


def run_build(path: Path, out: Path, capsys: pytest.CaptureFixture[str], *options: str) -> tuple[int, str]:
    code = main(["build", str(path), "--out", str(out), *options])
    return code, capsys.readouterr().err


def assert_one_line(err: str, path: Path, line: int | None, message: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    where = f"{path}:{line}:" if line is not None else f"{path}:"
    assert where in lines[0], f"expected {where!r} in {lines[0]!r}"
    assert message in lines[0]


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_bad_input(
    case: dict[str, Any], lang: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, line = write_case(case, tmp_path)
    out = tmp_path / "exports"
    code, err = run_build(path, out, capsys, "--lang", lang)
    assert code == 2
    assert_one_line(err, path, line, case["message"][lang])
    assert not out.exists(), "nothing may be written for bad input"
    if case.get("validate"):  # one mistake, one finding at its line: validate says the same
        code = main(["validate", str(path), "--lang", lang])
        assert code == 2
        assert_one_line(capsys.readouterr().err, path, line, case["message"][lang])


def test_failing_build_keeps_previous_exports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "exports"
    assert main(["build", str(BUNDLED), "--out", str(out)]) == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    broken = tmp_path / "broken.yaml"
    broken.write_text(
        BUNDLED.read_text(encoding="utf-8").replace("  edition: 3\n", "  edition: [3\n"), encoding="utf-8"
    )
    code, _ = run_build(broken, out, capsys)
    assert code == 2
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_file_too_large(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "huge.yaml"
    with path.open("wb") as stream:
        stream.write(b"# padding\n" * (MAX_BYTES // 10 + 1))
    code, err = run_build(path, tmp_path / "out", capsys)
    assert code == 2
    assert "ファイルが大きすぎます" in err and str(path) in err


@pytest.mark.parametrize("kind", ["missing", "directory"])
def test_path_that_is_not_a_file(kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "plan.yaml"
    if kind == "directory":
        path.mkdir()
    code, err = run_build(path, tmp_path / "out", capsys)
    assert code == 2
    # a folder is a corpus of the plan files in it: this one holds none
    assert ("ファイルが見つかりません" if kind == "missing" else "フォルダーに計画ファイル") in err
    assert not (tmp_path / "out").exists()


def test_build_runs_from_another_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bundled plan and ontology are found wherever the command is run."""
    monkeypatch.chdir(tmp_path)
    assert main(["build"]) == 0
    assert (tmp_path / "exports" / "isesaki-3.ttl").is_file()
    shutil.rmtree(tmp_path / "exports")
