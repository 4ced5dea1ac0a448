"""Each broken revision of the Isesaki plan yields exactly the findings written beside it.

The cases are data (tests/revisions/broken/*.yaml, described in the README there). A case's expected findings
are its ``expect`` list plus the bundled plan's own four warnings (minus any it ``resolves``): violations and
warnings are both compared exactly, as (severity, focus node, path, constraint component, value node).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from revision_cases import BROKEN, BUNDLED_WARNINGS, Case, key, load_cases

from kizuna_graph.cli import main
from kizuna_graph.validate.shacl import Report, validate_file

CASES = load_cases()


def test_all_cases_found() -> None:
    assert len(CASES) == 26
    assert {c.kind for c in CASES} == {"yaml", "turtle"}
    assert len(list(BROKEN.glob("*"))) == len(CASES) + 1  # the cases and the README, nothing else


@pytest.fixture(scope="module")
def validated(tmp_path_factory: pytest.TempPathFactory) -> Callable[[Case], Report]:
    """The validation of each case's revised plan file, computed once for the tests of this module."""
    reports: dict[str, Report] = {}

    def report(case: Case) -> Report:
        if case.name not in reports:
            reports[case.name] = validate_file(case.write(tmp_path_factory.mktemp(case.name)))
        return reports[case.name]

    return report


def test_bundled_plan_has_exactly_the_four_known_warnings(bundled_report: Report) -> None:
    report = bundled_report
    assert report.conforms
    assert sorted(key(f) for f in report.findings) == sorted(BUNDLED_WARNINGS)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case_yields_exactly_its_findings(case: Case, validated: Callable[[Case], Report]) -> None:
    report = validated(case)
    assert Counter(key(f) for f in report.findings) == Counter(case.expected()), case.breaks
    expected_violations = [k for k in case.expected() if k[0] == "violation"]
    assert report.conforms == (not expected_violations)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_findings_name_the_element_and_its_line(case: Case, validated: Callable[[Case], Report]) -> None:
    """Every finding of a YAML case points at a line of the revised file; every element has a name."""
    report = validated(case)
    for finding in report.findings:
        assert finding.message_ja and finding.message_en
        assert finding.element.notation or finding.element.label_ja or finding.element.kind is None
        if case.kind == "yaml":
            assert finding.element.line is not None, finding


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["validate", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def _case(name: str) -> Case:
    return next(c for c in CASES if c.name == name)


def test_report_in_japanese_names_element_says_what_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _case("missing-citizen-actions").write(tmp_path)
    code, out, _ = _run(capsys, str(path))
    assert code == 1
    line = path.read_text(encoding="utf-8").splitlines().index("        - number: 2") + 1
    assert f"施策 1-2「地域の交流促進」 — {path}:{line}" in out
    assert (
        "✗ 違反：施策に市民・地域の取り組み（●の項目）が一つもありません。施策ごとに一つ以上記載してください。"
        in out
    )
    assert "違反 1件、警告 4件" in out
    assert "計画は適合していません" in out
    assert "https://" not in out  # elements are named, never shown as IRIs


def test_report_in_english_names_element_says_what_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _case("duplicate-action-number").write(tmp_path)
    code, out, _ = _run(capsys, str(path), "--lang", "en")
    assert code == 1
    assert (
        "action 1-1-1-council-2 「共同募金への協力推進」 (Promoting cooperation with the Community Chest)"
        in out
    )
    assert "Two or more elements have the same number (notation)" in out
    assert "2 violations, 4 warnings" in out
    assert "the plan does not conform" in out


def test_turtle_case_report_names_elements_without_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _case("cross-link-from-missing-policy").write(tmp_path)
    code, out, _ = _run(capsys, str(path), "--lang", "en")
    assert code == 1
    assert "measure 2-3-2 「社会資源のネットワーク構築」" in out
    assert "value: policy/9-9 (not described in the graph)" in out


def test_a_case_with_warnings_only_conforms_unless_strict(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _case("action-repeats-title").write(tmp_path)
    assert _run(capsys, str(path))[0] == 0
    assert _run(capsys, str(path), "--strict")[0] == 1


@pytest.mark.parametrize("name", ["missing-citizen-actions", "period-reversed", "goal-without-policies"])
def test_build_refuses_a_plan_with_violations(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _case(name).write(tmp_path)
    out = tmp_path / "exports"
    assert main(["build", str(path), "--out", str(out)]) == 1
    _, err = capsys.readouterr()
    assert err.count("\n") == 1 and "違反 1件" in err and f"`kizuna validate {path}` で確認できます" in err
    assert main(["build", str(path), "--out", str(out), "--lang", "en"]) == 1
    _, err = capsys.readouterr()
    assert err.count("\n") == 1 and "1 violation" in err and f"run `kizuna validate {path}`" in err
    assert not out.exists()


def test_build_publishes_a_plan_with_warnings_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _case("action-repeats-title").write(tmp_path)
    assert main(["build", str(path), "--out", str(tmp_path / "exports")]) == 0
    assert (tmp_path / "exports" / "isesaki-3.ttl").is_file()
