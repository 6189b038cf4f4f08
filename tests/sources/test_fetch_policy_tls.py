"""Pinned HTTPS: the bot connects to the checked address, yet the certificate is verified against the host name."""

from __future__ import annotations

import shutil
import ssl
import subprocess
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from bot.sources import FetchPolicy, SourceError, http

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl tool to make a test cert")


class _Echo(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = f"host={self.headers['Host']}".encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        return


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[tuple[int, Path]]:
    """An HTTPS server on 127.0.0.2 whose certificate is for news.test only; its port and CA file."""
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
         "-days", "2", "-subj", "/CN=news.test", "-addext", "subjectAltName=DNS:news.test"],
        check=True, capture_output=True,
    )  # fmt: skip
    server = ThreadingHTTPServer(("127.0.0.2", 0), _Echo)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield server.server_address[1], cert
    server.shutdown()
    server.server_close()


async def _to_loopback_2(host: str, port: int) -> list[str]:
    return ["127.0.0.2"]


@pytest.mark.parametrize(("name", "accepted"), [("news.test", True), ("other.test", False)])
async def test_pinned_https_verifies_the_name(tls_server: tuple[int, Path], name: str, accepted: bool) -> None:
    """news.test is served and sees its own Host; other.test pinned to the same address fails verification."""
    port, ca = tls_server
    policy = FetchPolicy(["127.0.0.2/32"], resolver=_to_loopback_2)
    async with httpx.AsyncClient(verify=ssl.create_default_context(cafile=str(ca))) as client:
        fetching = http.fetch(client, f"https://{name}:{port}/page", admit=policy.admitter("http://feed.test/"))
        if accepted:
            assert (await fetching).body == f"host={name}:{port}".encode()
        else:
            with pytest.raises(SourceError, match="CERTIFICATE_VERIFY_FAILED"):
                await fetching
