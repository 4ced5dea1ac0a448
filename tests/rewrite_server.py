"""A small HTTP server that applies an Apache ``.htaccess`` the way mod_rewrite does, for the tests only.

It serves ``root`` as the document root. For a request below a folder that holds a ``.htaccess``, it applies
that file's rules to the path below the folder, in order: ``RewriteCond %{HTTP_ACCEPT} regex`` and
``RewriteCond %{HTTP:Accept-Language} regex`` (all conditions of a rule must hold; a failed rule drops its
conditions), then ``RewriteRule pattern substitution [R=code,L]``: on a match, ``$1``… are replaced and the
client is redirected with that code; a relative substitution is resolved against the folder, as Apache's
per-directory prefix does. Without a matching rule the file is served. This is the subset the generated rules
use (see kizuna_graph/export/htaccess.py); anything else in the file is an error, so the rules cannot use more
than this server checks.
"""

from __future__ import annotations

import mimetypes
import re
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit


@dataclass
class Rule:
    conditions: list[tuple[str, re.Pattern[str]]]
    pattern: re.Pattern[str]
    substitution: str
    status: int


def parse_htaccess(text: str) -> list[Rule]:
    rules: list[Rule] = []
    pending: list[tuple[str, re.Pattern[str]]] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#") or line in ("RewriteEngine on", "Options -MultiViews"):
            continue
        parts = line.split()
        if parts[0] == "RewriteCond":
            variable = {"%{HTTP_ACCEPT}": "Accept", "%{HTTP:Accept-Language}": "Accept-Language"}[parts[1]]
            pending.append((variable, re.compile(parts[2])))
        elif parts[0] == "RewriteRule":
            flags = dict(f.split("=") if "=" in f else (f, "") for f in parts[3].strip("[]").split(","))
            assert set(flags) == {"R", "L"}, line
            rules.append(Rule(pending, re.compile(parts[1]), parts[2], int(flags["R"])))
            pending = []
        else:
            raise ValueError(f"unsupported .htaccess line: {line}")
    return rules


class _Handler(BaseHTTPRequestHandler):
    root: Path

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        path = unquote(urlsplit(self.path).path)
        folder = self.root
        parts = [p for p in path.split("/") if p]
        for depth in range(len(parts) + 1):
            candidate = self.root.joinpath(*parts[:depth])
            if (candidate / ".htaccess").is_file():
                folder, below, prefix = candidate, "/".join(parts[depth:]), "/" + "/".join(parts[:depth])
                for rule in parse_htaccess((candidate / ".htaccess").read_text(encoding="utf-8")):
                    if not all(p.search(self.headers.get(h, "")) for h, p in rule.conditions):
                        continue
                    match = rule.pattern.search(below)
                    if match:
                        target = re.sub(
                            r"\$(\d)", lambda m, match=match: match.group(int(m.group(1))), rule.substitution
                        )
                        location = target if "://" in target else f"{prefix.rstrip('/')}/{target}"
                        self.send_response(rule.status)
                        self.send_header("Location", location)
                        self.end_headers()
                        return
                break
        file = self.root.joinpath(*parts)
        if file.is_dir():
            file = file / "index.html"
        if not file.is_file():
            self.send_error(404)
            return
        data = file.read_bytes()
        self.send_response(200)
        kind = {".ttl": "text/turtle", ".jsonld": "application/ld+json"}.get(file.suffix)
        self.send_header(
            "Content-Type", kind or mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        )
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
        assert folder


def serve(root: Path) -> tuple[ThreadingHTTPServer, str]:
    """Start the server on a free port of 127.0.0.1; returns it and its address ``http://127.0.0.1:port``."""
    handler = type("Handler", (_Handler,), {"root": root})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def serve_release(root: Path, exports: Path, version: str) -> tuple[ThreadingHTTPServer, str]:
    """Serve ``exports`` as w3id.org and a static host would: the ``.htaccess`` in the base's folder
    (``/kizuna-graph/``) and the release ``releases/{version}/`` beside it (a link to ``exports``)."""
    folder = root / "kizuna-graph"
    (folder / "releases").mkdir(parents=True)
    (folder / ".htaccess").write_bytes((exports / ".htaccess").read_bytes())
    (folder / "releases" / version).symlink_to(exports, target_is_directory=True)
    return serve(root)
