"""A real HTTP server on loopback whose routes tests script: feeds, 304s, redirects, errors, slow or huge bodies."""

from __future__ import annotations

import email.utils
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    """What one path answers."""

    body: bytes = b""
    status: int = 200
    content_type: str = "application/rss+xml"
    etag: str | None = None
    last_modified: str | None = None
    location: str | None = None
    # streamed bodies: chunks produced lazily (for slow drips and huge bodies)
    stream: Callable[[], Iterator[bytes]] | None = None
    delay_seconds: float = 0.0


@dataclass
class Hit:
    """A request the server received."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    status: int


@dataclass
class FeedServer:
    """Routes by path; ``url(path)`` gives their loopback address; ``hits`` records every request."""

    routes: dict[str, Route] = field(default_factory=dict)
    hits: list[Hit] = field(default_factory=list)
    port: int = 0
    handler: Callable[[Hit], Route | None] | None = None
    # another loopback address (127.0.0.2) stands for a second, internal host in fetch-policy tests
    host: str = "127.0.0.1"

    def url(self, path: str) -> str:
        """The full URL of a path on this server."""
        return f"http://{self.host}:{self.port}{path}"

    def hits_for(self, path: str) -> list[Hit]:
        """Requests made to one path."""
        return [hit for hit in self.hits if hit.path.split("?")[0] == path]


def _handler_for(server: FeedServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:
            return

        def do_GET(self) -> None:
            self._answer()

        def do_POST(self) -> None:
            self._answer()

        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            hit = Hit(
                self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, self.rfile.read(length), 0
            )
            route = server.handler(hit) if server.handler else None
            route = route or server.routes.get(self.path.split("?")[0]) or Route(status=404, body=b"not found")
            if route.delay_seconds:
                time.sleep(route.delay_seconds)
            same_etag = bool(route.etag) and self.headers.get("If-None-Match") == route.etag
            same_date = bool(route.last_modified) and self.headers.get("If-Modified-Since") == route.last_modified
            status = 304 if same_etag or same_date else route.status
            hit.status = status
            server.hits.append(hit)
            self.send_response(status)
            if route.etag:
                self.send_header("ETag", route.etag)
            if route.last_modified:
                self.send_header("Last-Modified", route.last_modified)
            if route.location:
                self.send_header("Location", route.location)
            if status == 304:
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_header("Content-Type", route.content_type)
            if route.stream is None:
                self.send_header("Content-Length", str(len(route.body)))
                self.end_headers()
                self.wfile.write(route.body)
                return
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            try:
                for chunk in route.stream():
                    self.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
                    self.wfile.flush()
                self.wfile.write(b"0\r\n\r\n")
            except (BrokenPipeError, ConnectionResetError):
                # the client gave up (size cap or deadline); that is the behaviour under test
                self.close_connection = True

    return Handler


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256


def start(server: FeedServer) -> Callable[[], None]:
    """Serve ``server`` on an ephemeral loopback port in a background thread; returns the stop function."""
    httpd = _Server((server.host, 0), _handler_for(server))
    server.port = httpd.server_address[1]
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()

    def stop() -> None:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)

    return stop


def http_date(timestamp: float) -> str:
    """An RFC 7231 date, as servers send in Last-Modified."""
    return email.utils.formatdate(timestamp, usegmt=True)


def rss(*items: tuple[str, str, str], encoding: str = "utf-8", declared: str | None = None) -> bytes:
    """An RSS 2.0 document of (guid, title, description) items, encoded and declared as asked."""
    entries = "".join(
        f'<item><guid isPermaLink="false">{guid}</guid><title>{title}</title><link>http://127.0.0.1/a/{guid}</link>'
        f"<description>{text}</description><pubDate>Mon, 04 Mar 2024 10:00:00 GMT</pubDate></item>"
        for guid, title, text in items
    )
    document = (
        f'<?xml version="1.0" encoding="{declared or encoding}"?>'
        f'<rss version="2.0"><channel><title>Test feed</title><language>en-gb</language>{entries}</channel></rss>'
    )
    return document.encode(encoding)
