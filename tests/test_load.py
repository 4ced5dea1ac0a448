"""One loader, one verdict: ``kizuna validate``, ``build`` and ``diff`` agree on every file of tests/verdicts/.

Each case (see tests/verdicts/README.md) is a revision of the bundled plan with the verdict it must get. The
three commands run in this process, through :func:`kizuna_graph.cli.main`, on the same written file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from revision_cases import BUNDLED, apply_diff

from kizuna_graph.cli import main

CASES = sorted((Path(__file__).parent / "verdicts").glob("*.yaml"))

#: The exit codes each command gives for each verdict (diff: 0 or 1 when it accepts both files).
EXIT_CODES: dict[str, dict[str, set[int]]] = {
    "conforms": {"validate": {0}, "build": {0}, "diff": {0, 1}},
    "violates": {"validate": {1}, "build": {1}, "diff": {2}},
    "unreadable": {"validate": {2}, "build": {2}, "diff": {2}},
}


def test_every_verdict_case_was_found() -> None:
    assert len(CASES) == 6, [c.name for c in CASES]
    verdicts = {yaml.safe_load(c.read_text(encoding="utf-8"))["verdict"] for c in CASES}
    assert verdicts == set(EXIT_CODES)


def _write(case: Path, folder: Path) -> Path:
    spec: dict[str, Any] = yaml.safe_load(case.read_text(encoding="utf-8"))
    text = BUNDLED.read_text(encoding="utf-8")
    if spec.get("diff"):
        text = apply_diff(text, spec["diff"], case.stem)
    path = folder / "plan.yaml"
    path.write_text(text, encoding="utf-8")
    (folder / "sources").symlink_to(BUNDLED.parent / "sources", target_is_directory=True)
    return path


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_validate_build_and_diff_reach_the_same_verdict(
    case: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    verdict = yaml.safe_load(case.read_text(encoding="utf-8"))["verdict"]
    plan = _write(case, tmp_path)
    codes = {
        "validate": main(["validate", str(plan)]),
        "build": main(["build", str(plan), "--out", str(tmp_path / "exports")]),
        "diff": main(["diff", str(BUNDLED), str(plan)]),
    }
    errors = capsys.readouterr().err
    wrong = {command: code for command, code in codes.items() if code not in EXIT_CODES[verdict][command]}
    assert not wrong, f"{case.stem} ({verdict}): {wrong}\n{errors}"
    if verdict != "conforms":
        assert not (tmp_path / "exports").exists(), "a refused plan must not be published"
    if verdict == "violates":  # build names the first violation; diff says why it does not compare the file
        # in Japanese (the default), with no English words (issue 9), and in English with --lang en
        assert f"（全体は `kizuna validate {plan}` で確認できます）" in errors
        assert f"kizuna: {plan}: 計画が適合していないため、比べません: 違反 1件" in errors
        assert "；最初の違反：" in errors and "violation" not in errors and "first:" not in errors
        assert main(["build", str(plan), "--out", str(tmp_path / "exports"), "--lang", "en"]) == 1
        assert main(["diff", str(BUNDLED), str(plan), "--lang", "en"]) == 2
        errors = capsys.readouterr().err
        assert f"run `kizuna validate {plan}` for the full report" in errors
        assert f"kizuna: {plan}: does not conform to the shapes, so it is not compared: 1 violation" in errors
