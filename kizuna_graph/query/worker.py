"""Run a task in a child process that can be killed: the time and memory limit of a query.

pyoxigraph evaluates a query in Rust and cannot be interrupted by a signal or a flag, so a query runs in a
forked child (``os.fork``: the loaded store is shared copy-on-write, nothing is re-read) that writes its
answer to a pipe (or its error, pickled: the message is a catalogue key rendered by the parent, in the
language of the one who asked, as the error's own class). The parent waits at most ``timeout`` seconds, then kills the child (``SIGKILL``) and raises
``QueryTimeoutError``; the child's address space is capped (``RLIMIT_AS``), so a query that would use more
memory dies alone. Meanwhile the parent (a server) goes on serving other requests. POSIX only.
"""

from __future__ import annotations

import faulthandler
import os
import pickle
import resource
import select
import signal
import time
from collections.abc import Callable

from kizuna_graph.errors import KizunaError, QueryError, QueryTimeoutError
from kizuna_graph.messages import msg

__all__ = ["run_killable"]

_OK, _FAILED = b"0", b"1"


def run_killable(task: Callable[[], bytes], *, timeout: float, memory_mb: int | None = None) -> bytes:
    """``task()`` run in a forked child, stopped after ``timeout`` s; ``memory_mb`` caps its extra memory.

    A ``QueryError`` raised by the task is raised again here, of its class and with its message; any other
    failure of the child becomes a ``QueryError``.
    """
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        os.close(read_end)
        _child(task, write_end, memory_mb)
    os.close(write_end)
    chunks: list[bytes] = []
    deadline = time.monotonic() + timeout
    killed = False
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                os.kill(pid, signal.SIGKILL)
                killed = True
                break
            ready, _, _ = select.select([read_end], [], [], remaining)
            if ready:
                chunk = os.read(read_end, 1 << 16)
                if not chunk:
                    break
                chunks.append(chunk)
    finally:
        os.close(read_end)
        _, status = os.waitpid(pid, 0)
    if killed:
        raise QueryTimeoutError(msg("query.timeout", seconds=timeout))
    message = b"".join(chunks)
    if message[:1] == _OK and os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0:
        return message[1:]
    if message[:1] == _FAILED:
        kind, args = pickle.loads(message[1:])  # written by our own child, just forked
        raise kind(*args)
    if os.WIFSIGNALED(status):
        how = msg("query.worker_how.signal", signal=signal.Signals(os.WTERMSIG(status)).name)
    else:
        how = msg("query.worker_how.abnormal")
    raise QueryError(msg("query.worker_died", how=how, memory=memory_mb or "-"))


def _child(task: Callable[[], bytes], fd: int, memory_mb: int | None) -> None:
    code = 0
    try:
        faulthandler.disable()  # an abort on memory exhaustion is reported by the parent, in one line
        quiet = os.open(os.devnull, os.O_WRONLY)  # the engine's own messages (a Rust panic) stay out of
        os.dup2(quiet, 2)  # the one-line error the parent reports
        if memory_mb:
            used = _address_space()
            limit = used + memory_mb * 1024 * 1024
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        payload = _OK + task()
    except KizunaError as error:
        payload = _FAILED + _pickled(error)
    except MemoryError:
        payload = _FAILED + _pickled(QueryError(msg("query.out_of_memory", memory=memory_mb)))
    except BaseException as error:  # the child must report and exit, whatever happened
        detail = " ".join(str(error).split())[:200]
        payload = _FAILED + _pickled(QueryError(msg("query.worker_error", detail=detail)))
        code = 1
    try:
        view = memoryview(payload)
        while view:
            written = os.write(fd, view)
            view = view[written:]
    finally:
        os._exit(code)


def _pickled(error: KizunaError) -> bytes:
    """``error`` as its class (a ``QueryError`` for any other) and arguments; rendered if they do not pickle."""
    kind = type(error) if isinstance(error, QueryError) else QueryError
    try:
        return pickle.dumps((kind, error.args))
    except Exception:  # an argument that does not pickle: its text, in the language of the moment
        return pickle.dumps((kind, (str(error),)))


def _address_space() -> int:
    with open("/proc/self/statm", encoding="ascii") as stream:
        pages = int(stream.read().split()[0])
    return pages * os.sysconf("SC_PAGE_SIZE")
