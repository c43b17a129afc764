"""Where a per-request provider may send requests: public addresses, or an allow-list.

A `base_url` brought in a request could otherwise point the backend at the cloud metadata
service, the Lambda runtime API on loopback, or a private network. Every address a host
resolves to is checked (any forbidden one refuses the host), and plain http is refused
unless the host is allow-listed. `luminora.providers.http` checks again when it connects, so
a DNS answer that changes between the check and the connection is caught too.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from luminora.models import InvalidInputError

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["AddressPolicy", "BlockedAddressError", "Resolver", "is_public", "system_resolver"]

Resolver = Callable[[str, int], list[str]]
"""host, port -> the addresses it resolves to."""
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


class BlockedAddressError(Exception):
    """A host resolved to an address the policy forbids (raised when connecting)."""


def system_resolver(host: str, port: int) -> list[str]:
    """Every address `host` resolves to (the system resolver)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]).split("%", 1)[0] for info in infos))


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip.teredo is not None:
        return ip.teredo[1]
    if ip in _NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def is_public(address: str) -> bool:
    """True for a globally routable unicast address (also what an IPv6 form embeds)."""
    try:
        ip: IPAddress = ipaddress.ip_address(address)
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = _embedded_ipv4(ip)
        if embedded is not None and not is_public(str(embedded)):
            return False
    return ip.is_global and not ip.is_multicast


def _ip_literal(host: str) -> IPAddress | None:
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None


class AddressPolicy:
    """Which hosts and addresses per-request providers may reach.

    Args:
        allow: host names, IP addresses or networks (CIDR) that may be reached even though
            they are not public, and over plain http (e.g. `localhost,127.0.0.0/8,::1` for
            a local Ollama or llama.cpp server).
        resolver: host, port -> addresses (the system resolver unless a test gives one).
    """

    def __init__(
        self,
        allow: Iterable[str] = (),
        *,
        resolver: Resolver = system_resolver,
    ) -> None:
        networks: list[IPNetwork] = []
        names: set[str] = set()
        for entry in (e.strip() for e in allow):
            if not entry:
                continue
            try:
                networks.append(ipaddress.ip_network(entry.strip("[]"), strict=False))
            except ValueError:
                names.add(entry.lower().rstrip("."))
        self.names = frozenset(names)
        self.networks = tuple(networks)
        self.resolver = resolver

    def _in_networks(self, address: str) -> bool:
        ip = _ip_literal(address)
        return ip is not None and any(ip in net for net in self.networks)

    def host_allowed(self, host: str) -> bool:
        """True when the host is allow-listed by name, or is an IP in an allowed network."""
        return host.lower().rstrip(".") in self.names or self._in_networks(host)

    def address_allowed(self, address: str) -> bool:
        """True for a public address, or one inside an allowed network."""
        return is_public(address) or self._in_networks(address)

    def resolve_checked(self, host: str, port: int) -> list[str]:
        """The host's addresses, all of them allowed.

        Raises:
            BlockedAddressError: one of them is forbidden (or the host resolves to nothing).
            OSError: the host could not be resolved.
        """
        literal = _ip_literal(host)
        addresses = [str(literal)] if literal is not None else self.resolver(host, port)
        if not addresses:
            raise BlockedAddressError("the host resolves to no address")
        if not all(self.address_allowed(a) for a in addresses):
            raise BlockedAddressError("the host resolves to a non-public address")
        return addresses

    def check_base_url(self, base_url: str) -> None:
        """Refuse a per-request `base_url` that may not be used, with a clear message.

        Raises:
            InvalidInputError: not http(s), credentials or a query in it, plain http to a host
                that is not allow-listed, or a host resolving to a forbidden address.
        """
        try:
            parts = urlsplit(base_url)
            host, port = parts.hostname, parts.port
        except ValueError as exc:
            raise InvalidInputError("provider.base_url is not a valid URL") from exc
        if parts.scheme not in ("http", "https") or not host:
            raise InvalidInputError("provider.base_url must be an http(s) URL with a host")
        if parts.username is not None or parts.password is not None:
            raise InvalidInputError("provider.base_url must not contain credentials")
        if parts.query or parts.fragment:
            raise InvalidInputError("provider.base_url must not have a query or fragment")
        if self.host_allowed(host):
            return
        port = port or (443 if parts.scheme == "https" else 80)
        try:
            addresses = self.resolve_checked(host, port)
        except BlockedAddressError as exc:
            raise InvalidInputError(
                "provider.base_url must point to a public address (or an allow-listed host)"
            ) from exc
        except OSError:
            # Unresolvable now: the attempt fails (and is checked again) when it connects.
            addresses = []
        if parts.scheme != "https" and not (
            addresses and all(self._in_networks(a) for a in addresses)
        ):
            raise InvalidInputError("provider.base_url must use https")
