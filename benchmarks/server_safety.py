"""Probe (run by hand, not a test): the safety properties of `kizuna serve` and of `oxigraph serve-read-only`.

    .venv/bin/python benchmarks/server_safety.py        # needs the `oxigraph` package (pip install oxigraph)

Both servers get the bundled plan and a 3 s time limit; for each, on loopback only:

1. a ``SERVICE`` query naming a listener on 127.0.0.1: the status, and whether the listener was connected to;
2. a cross product that would run for hours: the status, the time, the end of the body;
3. ``SELECT * { ?s ?p ?o }`` (10,000+ rows): the status and the size (is there a result cap?);
4. ``INSERT DATA``: the status.

``tests/test_serve.py`` asserts the answers of ``kizuna serve``; this script shows why a bare Oxigraph server
is not exposed as it is.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def request(url: str, query: str, *, form: str = "query") -> tuple[int, float, bytes]:
    start = time.perf_counter()
    data = urllib.parse.urlencode({form: query}).encode()
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=data), timeout=120) as response:
            return response.status, time.perf_counter() - start, response.read()
    except urllib.error.HTTPError as error:
        return error.code, time.perf_counter() - start, error.read()


def service_probe(url: str) -> str:
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(3)
    connected: list[bytes] = []

    def accept() -> None:
        try:
            connection, _ = listener.accept()
            connected.append(connection.recv(100))
            connection.close()
        except TimeoutError:
            pass

    thread = threading.Thread(target=accept)
    thread.start()
    port = listener.getsockname()[1]
    status, _, _ = request(
        url, f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}"
    )
    thread.join()
    listener.close()
    return f"HTTP {status}, listener connected to: {'yes' if connected else 'no'}"


def probe(name: str, url: str, update_url: str) -> None:
    print(f"== {name}")
    print("SERVICE to a loopback listener:", service_probe(url))
    status, seconds, body = request(url, "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")
    print(f"cross product: HTTP {status} after {seconds:.1f} s, body ends {body[-70:]!r}")
    status, seconds, body = request(url, "SELECT * WHERE { ?s ?p ?o }")
    print(f"SELECT * (no LIMIT): HTTP {status}, {len(body):,} bytes")
    status, _, _ = request(update_url, "INSERT DATA { <urn:a> <urn:b> <urn:c> }", form="update")
    print(f"INSERT DATA: HTTP {status}")


def main() -> None:
    kizuna = subprocess.Popen(
        [str(BIN / "kizuna"), "serve", "--port", "0", "--timeout", "3"],
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        url = kizuna.stderr.readline().split()[3].rstrip(",")  # type: ignore[union-attr]
        probe("kizuna serve --timeout 3", url, url)
    finally:
        kizuna.terminate()
        kizuna.wait()
    binary = BIN / "oxigraph"
    if not binary.exists():
        print("oxigraph: not installed (pip install oxigraph)")
        return
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(
            [str(binary), "load", "--location", folder, "--file", str(ROOT / "exports" / "isesaki-3.trig")],
            check=True,
            capture_output=True,
        )
        server = subprocess.Popen(
            [
                str(binary),
                "serve-read-only",
                "--location",
                folder,
                "--bind",
                "127.0.0.1:7897",
                "--timeout-s",
                "3",
            ],
            stderr=subprocess.DEVNULL,
        )
        try:
            time.sleep(1.5)
            probe(
                "oxigraph serve-read-only --timeout-s 3",
                "http://127.0.0.1:7897/query",
                "http://127.0.0.1:7897/update",
            )
        finally:
            server.terminate()
            server.wait()


if __name__ == "__main__":
    main()
