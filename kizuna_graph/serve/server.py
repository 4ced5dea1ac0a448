"""Serve the WSGI application with Waitress: bounded requests, a pool of threads, loopback by default.

Waitress (https://docs.pylonsproject.org/projects/waitress/) is a production HTTP/1.1 server in pure Python:
it parses requests, answers 413 to a body over ``max_request_body_size`` before the application sees it,
caps the headers and the open connections, and runs the application in ``threads`` threads, so a query
that waits on its worker process holds one thread while the others serve other clients.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from waitress.server import create_server

__all__ = ["LOOPBACK", "make_server"]

LOOPBACK = "127.0.0.1"


def make_server(
    app: Callable[..., Any],
    *,
    host: str = LOOPBACK,
    port: int = 7878,
    threads: int = 8,
    max_body_bytes: int = 256 * 1024,
) -> Any:
    """A Waitress server for ``app`` (``.run()`` serves until interrupted, ``.close()`` stops it)."""
    return create_server(
        app,
        host=host,
        port=port,
        threads=threads,
        max_request_body_size=max_body_bytes,
        max_request_header_size=64 * 1024,
        connection_limit=200,
        channel_timeout=60,
        ident="kizuna",
        clear_untrusted_proxy_headers=True,
    )
