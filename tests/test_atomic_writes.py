"""The promise of ``write_atomic``: a set of exports is replaced whole or not at all (issue 7, defect 5; issue 12).

A failure at any point — a rename that fails, a full disk, Ctrl-C, SIGTERM — leaves every previous file byte
for byte and no temporary file; files are written with the documented mode (0644); leftovers of writes that
were killed outright are removed by the next write (and reported), and ``stale_files`` (``--check``) names them.
"""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT

from kizuna_graph.errors import ExportError
from kizuna_graph.export import serialize
from kizuna_graph.export.serialize import FILE_MODE, stale_files, write_atomic
from kizuna_graph.messages import using_language

OLD = {"a.nt": b"old a\n", "b.trig": b"old b\n", "c.ttl": b"old c\n", "d.jsonld": b"old d\n"}
NEW = {name: data.replace(b"old", b"new") for name, data in OLD.items()} | {"e.ttl": b"new e\n"}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for name, data in OLD.items():
        (tmp_path / name).write_bytes(data)
    return tmp_path


def _contents(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in folder.iterdir()}


def _failing_on_call(original: Callable[..., Any], number: int, error: BaseException) -> Callable[..., Any]:
    calls = 0

    def patched(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        if calls == number:
            raise error
        return original(*args, **kwargs)

    return patched


@pytest.mark.parametrize("failing_rename", [1, 2, 3, 5])
def test_a_rename_failing_mid_set_leaves_every_previous_file(
    folder: Path, monkeypatch: pytest.MonkeyPatch, failing_rename: int
) -> None:
    monkeypatch.setattr(
        serialize.os, "replace", _failing_on_call(os.replace, failing_rename, OSError(errno.EIO, "I/O error"))
    )
    with pytest.raises(ExportError, match="the previous files are unchanged") as raised:
        write_atomic(folder, NEW)
    assert _contents(folder) == OLD  # byte for byte, no new file, no temporary file
    with using_language("ja"):
        assert (
            str(raised.value)
            == f"{folder}: 公開ファイルを書けません（I/O error）。前のファイルはそのまま残っています"
        )


def test_a_full_disk_while_writing_leaves_every_previous_file(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        serialize.os, "fsync", _failing_on_call(os.fsync, 3, OSError(errno.ENOSPC, "No space"))
    )
    with pytest.raises(ExportError, match="No space"):
        write_atomic(folder, NEW)
    assert _contents(folder) == OLD


@pytest.mark.parametrize("failing_rename", [1, 3])
def test_ctrl_c_mid_set_leaves_every_previous_file(
    folder: Path, monkeypatch: pytest.MonkeyPatch, failing_rename: int
) -> None:
    monkeypatch.setattr(
        serialize.os, "replace", _failing_on_call(os.replace, failing_rename, KeyboardInterrupt())
    )
    with pytest.raises(KeyboardInterrupt):
        write_atomic(folder, NEW)
    assert _contents(folder) == OLD


def test_sigterm_mid_set_leaves_every_previous_file(folder: Path) -> None:
    """A real SIGTERM to a real process, between the second and the third rename of its set."""
    script = textwrap.dedent(
        f"""
        import os, signal, sys, time
        from pathlib import Path
        from kizuna_graph import cli
        from kizuna_graph.export import serialize
        signal.signal(signal.SIGTERM, cli._interrupt)  # as `kizuna` itself does
        calls, original = 0, os.replace
        def replace(*args):
            global calls
            calls += 1
            if calls == 3:
                Path({str(folder / "ready")!r}).touch()
                while True:
                    time.sleep(0.05)  # until the signal arrives
            return original(*args)
        serialize.os.replace = replace
        try:
            serialize.write_atomic(Path({str(folder)!r}), {NEW!r})
        except KeyboardInterrupt:
            sys.exit(130)
        """
    )
    process = subprocess.Popen([sys.executable, "-c", script], env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        while not (folder / "ready").exists() and process.poll() is None:
            time.sleep(0.01)
        assert process.poll() is None, "the writer ended before its third rename"
        assert (folder / "a.nt").read_bytes() == NEW["a.nt"]  # the set was half replaced when the signal came
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=60) == 130
    finally:
        process.kill()
    (folder / "ready").unlink()
    assert _contents(folder) == OLD


def test_a_completed_set_is_all_new_with_the_documented_mode(folder: Path) -> None:
    previous = os.umask(0o077)  # a strict umask must not make published files private
    try:
        assert write_atomic(folder, NEW) == []
    finally:
        os.umask(previous)
    assert _contents(folder) == NEW
    assert FILE_MODE == 0o644
    assert {(path.stat().st_mode & 0o777) for path in folder.iterdir()} == {0o644}


def test_leftovers_of_killed_writes_are_removed_and_reported(folder: Path) -> None:
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    leftovers = [
        ".a.nt.k2j4_x9a.tmp",  # the form written before issue 12
        f".c.ttl.{dead.stdout.strip()}.abcd_efg.tmp",  # a write whose process is gone
        f".b.trig.{dead.stdout.strip()}.abcd_efg.old",
    ]
    running = f".a.nt.{os.getpid()}.zzzz_zzz.tmp"  # a write in progress (this process): not touched
    for name in [*leftovers, running]:
        (folder / name).write_bytes(b"half")
    assert stale_files(folder, OLD) == sorted(leftovers)
    assert write_atomic(folder, NEW) == sorted(leftovers)
    assert sorted(_contents(folder)) == sorted([*NEW, running])
    assert stale_files(folder, NEW) == []
