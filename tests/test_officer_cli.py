"""The command line as an officer meets it: the plan that is read, exports that are not overwritten by another
plan, the commands listed in the order of the work, help and usage errors in Japanese (or English)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import BUNDLED, EXPORTS, ROOT

from kizuna_graph.cli import main

#: the commands as `kizuna` lists them: the order of the work
WORKFLOW = [
    "new",
    "export-xlsx",
    "import-xlsx",
    "validate",
    "diff",
    "report",
    "build",
    "analyze",
    "site",
    "release",
    "query",
]


def make_checkout(folder: Path) -> Path:
    """A checkout of kizuna_graph with the bundled plan and its committed exports."""
    shutil.copy(ROOT / "pyproject.toml", folder / "pyproject.toml")
    (folder / "plans").mkdir()
    shutil.copy(BUNDLED, folder / "plans" / BUNDLED.name)
    shutil.copytree(ROOT / "plans" / "sources", folder / "plans" / "sources")
    shutil.copytree(EXPORTS, folder / "exports", ignore=shutil.ignore_patterns("analysis", "site"))
    return folder


def test_check_in_a_checkout_reads_the_checkouts_plan(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """After an edit of plans/isesaki-3.yaml, `kizuna build --check` in that checkout finds exports stale."""
    checkout = make_checkout(tmp_path)
    monkeypatch.chdir(checkout)
    assert main(["build", "--check"]) == 0
    assert "plans/isesaki-3.yaml" in capsys.readouterr().out
    plan = checkout / "plans" / "isesaki-3.yaml"
    plan.write_text(
        plan.read_text(encoding="utf-8").replace("en: Building a connected community", "en: Connected"),
        encoding="utf-8",
    )
    assert main(["build", "--check", "--lang", "en"]) == 1
    err = capsys.readouterr().err
    assert "differ from what plans/isesaki-3.yaml builds" in err and "isesaki-3.ttl" in err


def test_the_summary_names_the_file_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    checkout = make_checkout(tmp_path)
    monkeypatch.chdir(checkout)
    assert main(["build", "--out", "built"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "読んだ計画ファイル: plans/isesaki-3.yaml"
    assert "基本目標" in out[2] and out[2].split()[-1] == "3"


def test_exports_of_another_plan_file_are_not_overwritten_without_force(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`kizuna build plans/my-revision.yaml` with the default --out keeps the exports of the plan in force."""
    checkout = make_checkout(tmp_path)
    monkeypatch.chdir(checkout)
    revision = checkout / "plans" / "my-revision.yaml"
    revision.write_text(
        BUNDLED.read_text(encoding="utf-8").replace("en: Building a connected community", "en: Connected"),
        encoding="utf-8",
    )
    before = {p.name: p.read_bytes() for p in (checkout / "exports").iterdir() if p.is_file()}
    for lang, words in (("ja", "--force を付けるか"), ("en", "add --force")):
        assert main(["build", str(revision), "--lang", lang]) == 2
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and words in err[0] and "plans/isesaki-3.yaml" in err[0], err
    assert {p.name: p.read_bytes() for p in (checkout / "exports").iterdir() if p.is_file()} == before
    assert main(["build", str(revision), "--force"]) == 0
    assert '"source": "plans/my-revision.yaml"' in (checkout / "exports" / "manifest.json").read_text()


def test_no_arguments_list_the_commands_in_the_order_of_the_work(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 0
    out = capsys.readouterr().out
    assert "コマンド（作業の順）" in out
    positions = [out.index(f"    {name} ") for name in WORKFLOW]
    assert positions == sorted(positions)


@pytest.mark.parametrize(
    ("lang", "heading", "exit_codes"), [("ja", "使い方:", "終了コード"), ("en", "usage:", "Exit codes")]
)
@pytest.mark.parametrize("command", WORKFLOW)
def test_every_command_has_a_description_and_its_exit_codes(
    command: str, lang: str, heading: str, exit_codes: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stop:
        main([command, "--help", "--lang", lang])
    assert stop.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(heading)
    assert exit_codes in out and "0 " in out and "2 " in out
    assert len(out.split("\n\n")[1]) > 40, "a description of the command follows the usage"


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (
            ["buld"],
            "kizuna: COMMAND に 'buld' は指定できません。次のどれかを指定してください: new, export-xlsx, import-xlsx, validate",
        ),
        (["diff", "old.yaml"], "kizuna diff: 必要な引数がありません: new"),
        (["--lang", "en", "diff", "old.yaml"], "kizuna diff: missing required argument(s): new"),
        (["validate", "x.yaml", "--format", "html"], "--format に 'html' は指定できません"),
    ],
)
def test_usage_errors_are_one_line_in_the_language(
    argv: list[str], expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stop:
        main(argv)
    assert stop.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and expected in err[0], err


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, "使い方:"),
        ({"KIZUNA_LANG": "en"}, "usage:"),
        ({"LANG": "en_US.UTF-8"}, "usage:"),
        ({"LANG": "ja_JP.UTF-8"}, "使い方:"),
        ({"LANG": "en_US.UTF-8", "KIZUNA_LANG": "ja"}, "使い方:"),
    ],
)
def test_the_language_follows_the_environment(
    environ: dict[str, str],
    expected: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    assert main([]) == 0
    assert capsys.readouterr().out.startswith(expected)
