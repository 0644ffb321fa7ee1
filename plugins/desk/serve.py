"""A local server for the built site with the desk under ``/desk/``, on
localhost only (the desk is never published)."""

from __future__ import annotations

import http.server
import os
from pathlib import Path

PREFIX = "/desk"


def handler_for(output: Path, desk: Path):
    class Handler(http.server.SimpleHTTPRequestHandler):
        def translate_path(self, path: str) -> str:
            bare = path.split("?", 1)[0].split("#", 1)[0]
            if bare == PREFIX or bare.startswith(PREFIX + "/"):
                self.directory = str(desk)
                path = path[len(PREFIX) :] or "/"
            else:
                self.directory = str(output)
            found = super().translate_path(path)
            if not os.path.exists(found) and os.path.exists(found + ".html"):
                return found + ".html"  # as Pelican's own server does
            return found

    return Handler


def serve(output: Path, desk: Path, port: int) -> None:
    """Serve until interrupted."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler_for(output.resolve(), desk.resolve()))
    print(f"serving {output}/ at http://localhost:{port}/ and the desk at http://localhost:{port}/desk/", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
