"""Where the bot may fetch from: the outbound policy against server-side request forgery.

A feed is hostile input: an item's link may point at an internal address (a cloud metadata service, an admin
page on the LAN) and the bot would fetch it, store its text and quote it in an alert. So every URL a source
follows (the feed's redirects, item pages and their redirects) is admitted here first:

* only ``http`` and ``https``;
* the feed's own host and port are trusted (the operator configured them);
* a host in ``[fetch] allow_hosts`` is trusted (a name, ``*.domain``, an address or a network);
* any other host is resolved, and every address it resolves to must be public (or inside an allowed network).

The connection then goes to the address that was checked (the URL's host replaced by it, the Host header and TLS
server name kept), so a DNS answer that changes between the check and the connection (rebinding) gains nothing.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import httpx

from bot.sources.base import SourceError

IpAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IpNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
# host and port to the addresses they resolve to
Resolver = Callable[[str, int], Awaitable[list[str]]]
_DEFAULT_PORTS = {"http": 80, "https": 443}


class FetchRefused(SourceError):
    """The policy refused a URL; ``str()`` says which and why (shown in ``/sources``)."""


@dataclass(frozen=True, slots=True)
class Target:
    """How to fetch an admitted URL: where to connect, and what keeps the original host visible to the server."""

    connect_url: str
    headers: dict[str, str] = field(default_factory=dict)
    extensions: dict[str, Any] = field(default_factory=dict)


async def system_resolver(host: str, port: int) -> list[str]:
    """The addresses the system resolver gives for ``host`` (off the event loop)."""
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [str(info[4][0]).split("%")[0] for info in infos]


class FetchPolicy:
    """Admits or refuses URLs; one per process, shared by every source."""

    def __init__(self, allow_hosts: Iterable[str] = (), *, resolver: Resolver = system_resolver) -> None:
        self.allow_hosts = tuple(allow_hosts)
        self._names: set[str] = set()
        self._suffixes: list[str] = []
        self._networks: list[IpNetwork] = []
        for entry in self.allow_hosts:
            rule = entry.strip().lower().rstrip(".")
            try:
                self._networks.append(ipaddress.ip_network(rule.strip("[]"), strict=False))
            except ValueError:
                if rule.startswith("*."):
                    self._suffixes.append(rule[1:])
                else:
                    self._names.add(rule)
        self._resolve = resolver

    def admitter(self, home: str) -> Callable[[str], Awaitable[Target]]:
        """A one-argument check for the URLs a source with address ``home`` follows."""

        async def admit(url: str) -> Target:
            return await self.admit(url, home=home)

        return admit

    async def admit(self, url: str, *, home: str | None = None) -> Target:
        """How to fetch ``url``, or FetchRefused saying why it may not be fetched."""
        try:
            parsed = httpx.URL(url)
            host = parsed.raw_host.decode("ascii").lower().rstrip(".")
        except (httpx.InvalidURL, UnicodeError, ValueError) as exc:
            raise FetchRefused(f"refused {url[:200]}: not a valid URL ({exc})") from None
        if parsed.scheme not in _DEFAULT_PORTS:
            raise FetchRefused(f"refused {url[:200]}: only http and https are fetched, not {parsed.scheme or '?'}:")
        if not host:
            raise FetchRefused(f"refused {url[:200]}: no host")
        port = parsed.port or _DEFAULT_PORTS[parsed.scheme]
        if (home is not None and _same_origin_host(parsed, host, port, home)) or self._allowed_name(host):
            return Target(connect_url=url)
        addresses = await self._addresses(url, host, port)
        for address in addresses:
            if not (_is_public(address) or any(address in network for network in self._networks)):
                named = f"{host} is" if str(address) == host.strip("[]") else f"{host} resolves to {address},"
                raise FetchRefused(
                    f"refused {url[:200]}: {named} a {_kind(address)} address"
                    " (list it in [fetch] allow_hosts to allow it)"
                )
        return _pinned(parsed, host, addresses[0])

    def _allowed_name(self, host: str) -> bool:
        return host in self._names or any(host.endswith(suffix) for suffix in self._suffixes)

    async def _addresses(self, url: str, host: str, port: int) -> list[IpAddress]:
        literal = _literal(host)
        if literal is not None:
            return [literal]
        try:
            found = await self._resolve(host, port)
        except (OSError, UnicodeError) as exc:
            raise FetchRefused(f"refused {url[:200]}: cannot resolve {host} ({exc})") from None
        addresses = [address for address in (_literal(text) for text in found) if address is not None]
        if not addresses:
            raise FetchRefused(f"refused {url[:200]}: {host} resolves to no address")
        return addresses


def _same_origin_host(url: httpx.URL, host: str, port: int, home: str) -> bool:
    """The feed's own host, on the feed's port (or both on their scheme's default port)."""
    try:
        home_url = httpx.URL(home)
        home_host = home_url.raw_host.decode("ascii").lower().rstrip(".")
    except (httpx.InvalidURL, UnicodeError, ValueError):
        return False
    if home_host != host:
        return False
    home_port = home_url.port or _DEFAULT_PORTS.get(home_url.scheme, 0)
    return home_port == port or (url.port is None and home_url.port is None)


def _literal(text: str) -> IpAddress | None:
    try:
        address = ipaddress.ip_address(text.strip("[]").split("%")[0])
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


def _is_public(address: IpAddress) -> bool:
    return address.is_global and not address.is_multicast


def _kind(address: IpAddress) -> str:
    for kind in ("loopback", "link_local", "multicast", "unspecified", "private", "reserved"):
        if getattr(address, f"is_{kind}"):
            return kind.replace("_", "-")
    return "non-public"


def _pinned(url: httpx.URL, host: str, address: IpAddress) -> Target:
    """Connect to ``address`` while the server still sees ``host`` (Host header, and TLS name for https)."""
    host_header = host if url.port is None else f"{host}:{url.port}"
    extensions: dict[str, Any] = {"sni_hostname": host} if url.scheme == "https" else {}
    # user:password@ never travels to a host a feed named
    connect = url.copy_with(host=str(address), username=None, password=None)
    return Target(connect_url=str(connect), headers={"Host": host_header}, extensions=extensions)
