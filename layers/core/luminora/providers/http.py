"""The process's one httpx client for language models, and one bounded POST on it.

The wiring creates one `ProviderHttp` per process; every adapter (server chain and
per-request alike) shares its `httpx.Client`, so connections are pooled and reused. A call
is bounded as a whole: connect, send, wait for the answer and read it must all fit in the
attempt's time, even when a server trickles bytes or goes silent mid-body.
"""

from __future__ import annotations

import logging
import socket
import threading
from typing import TYPE_CHECKING, Any

import httpcore
import httpx

from luminora.models import (
    ProviderConfigError,
    ProviderError,
    ProviderRejectedError,
    ProviderResponseError,
    ProviderTimeoutError,
    ProviderUnavailableError,
)
from luminora.providers.guard import AddressPolicy, BlockedAddressError
from luminora.providers.retry import SystemClock, retry_after_from_headers

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from luminora.providers.retry import Clock

__all__ = ["GuardedNetworkBackend", "ProviderHttp", "status_error"]

logger = logging.getLogger(__name__)

USER_AGENT = "luminora"
MAX_RESPONSE_BYTES = 4_000_000
_LIMITS = httpx.Limits(max_connections=32, max_keepalive_connections=16, keepalive_expiry=60.0)


class GuardedNetworkBackend(httpcore.NetworkBackend):
    """Connects only to allowed addresses of hosts that are not trusted.

    The addresses checked are the ones connected to, so a host cannot pass the check with
    one DNS answer and then be reached at another. TLS still verifies the host's name.
    """

    def __init__(
        self,
        policy: AddressPolicy,
        trusted_hosts: Iterable[str] = (),
        inner: httpcore.NetworkBackend | None = None,
    ) -> None:
        self.policy = policy
        self.trusted = frozenset(h.lower() for h in trusted_hosts)
        self.inner = inner if inner is not None else httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        """Connect to `host` (checked unless trusted or allow-listed)."""
        if host.lower() in self.trusted or self.policy.host_allowed(host):
            return self.inner.connect_tcp(host, port, timeout, local_address, socket_options)
        try:
            addresses = self.policy.resolve_checked(host, port)
        except OSError as exc:
            raise httpcore.ConnectError("could not resolve the host") from exc
        failure: Exception = httpcore.ConnectError("no address to connect to")
        for address in addresses:
            try:
                return self.inner.connect_tcp(address, port, timeout, local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                failure = exc
        raise failure

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        """Unix sockets are never used for providers."""
        raise httpcore.ConnectError("unix sockets are not used for providers")

    def sleep(self, seconds: float) -> None:
        """Delegate to the inner backend."""
        self.inner.sleep(seconds)


class _GuardedTransport(httpx.HTTPTransport):
    """httpx's transport with its connection pool on a `GuardedNetworkBackend`."""

    def __init__(self, backend: httpcore.NetworkBackend, limits: httpx.Limits) -> None:
        ssl_context = httpx.create_ssl_context()
        super().__init__(verify=ssl_context, limits=limits, trust_env=False)
        # httpx has no parameter for the network backend: the pool is rebuilt with it
        # (tests/unit/providers/test_guard.py proves a forbidden address is never reached).
        self._pool = httpcore.ConnectionPool(
            ssl_context=ssl_context,
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=backend,
        )


def status_error(provider: str, response: httpx.Response) -> ProviderError:
    """The typed error for an HTTP error status (never carrying the response's text)."""
    status = response.status_code
    if status in (408, 429) or status >= 500:
        return ProviderUnavailableError(
            f"{provider} answered HTTP {status}",
            provider=provider,
            status=status,
            retry_after=retry_after_from_headers(response.headers),
        )
    if status < 400:
        return ProviderResponseError(
            f"{provider} answered HTTP {status} instead of a result",
            provider=provider,
            status=status,
        )
    return ProviderRejectedError(
        f"{provider} refused the request (HTTP {status})", provider=provider, status=status
    )


def _shutdown(sock: socket.socket, fired: threading.Event) -> None:
    """Wake a read blocked on `sock` (the plain socket call, so TLS state is left as is)."""
    fired.set()
    try:
        socket.socket.shutdown(sock, socket.SHUT_RDWR)
    except OSError:  # already closed: nothing left to stop
        pass


class ProviderHttp:
    """The shared `httpx.Client` (built on first use) and bounded JSON POSTs over it.

    Args:
        transport: an httpx transport (tests pass `httpx.MockTransport`); by default httpx's
            own, with connections checked by `policy`.
        policy: where hosts that are not `trusted_hosts` may connect (per-request providers).
        trusted_hosts: hosts the deployment configured itself (the server chain's).
        connect_timeout_s: the most a connection may take (never more than the attempt).
        clock: monotonic time (tests give a fake one).
    """

    def __init__(
        self,
        *,
        transport: httpx.BaseTransport | None = None,
        policy: AddressPolicy | None = None,
        trusted_hosts: Iterable[str] = (),
        connect_timeout_s: float = 5.0,
        pool_timeout_s: float = 2.0,
        max_response_bytes: int = MAX_RESPONSE_BYTES,
        clock: Clock | None = None,
    ) -> None:
        self._transport = transport
        self._policy = policy if policy is not None else AddressPolicy()
        self._trusted = tuple(trusted_hosts)
        self.connect_timeout_s = connect_timeout_s
        self.pool_timeout_s = pool_timeout_s
        self.max_response_bytes = max_response_bytes
        self.clock = clock if clock is not None else SystemClock()
        self._client: httpx.Client | None = None
        self._lock = threading.Lock()

    @property
    def client(self) -> httpx.Client:
        """The process's client for providers."""
        if self._client is None:
            with self._lock:
                if self._client is None:
                    self._client = self._build()
        return self._client

    def _build(self) -> httpx.Client:
        transport = self._transport
        if transport is None:
            backend = GuardedNetworkBackend(self._policy, self._trusted)
            transport = _GuardedTransport(backend, _LIMITS)
        return httpx.Client(
            transport=transport,
            timeout=httpx.Timeout(20.0, connect=self.connect_timeout_s, pool=self.pool_timeout_s),
            headers={"User-Agent": USER_AGENT},
            follow_redirects=False,
            trust_env=False,
        )

    def post_json(
        self, provider: str, url: str, *, headers: Mapping[str, str], body: Any, timeout: float
    ) -> bytes:
        """POST `body` as JSON and return the answer's bytes, all within `timeout` seconds.

        Raises:
            ProviderTimeoutError: no answer, or no complete answer, in time.
            ProviderUnavailableError: connection refused or reset; HTTP 408, 429 or 5xx.
            ProviderRejectedError: any other 4xx.
            ProviderResponseError: a redirect, an undecodable or oversized body.
            ProviderConfigError: an address the policy forbids, or an unusable URL.
        """
        started = self.clock.monotonic()
        deadline = started + timeout
        limits = httpx.Timeout(
            timeout,
            connect=min(self.connect_timeout_s, timeout),
            pool=min(self.pool_timeout_s, timeout),
        )
        try:
            with self.client.stream(
                "POST", url, headers=headers, json=body, timeout=limits
            ) as response:
                if response.status_code >= 300:
                    raise status_error(provider, response)
                content = self._read(provider, response, deadline)
        except BlockedAddressError as exc:
            raise ProviderConfigError(
                f"{provider}: the provider's address is not allowed", provider=provider
            ) from exc
        except httpx.TimeoutException as exc:
            raise ProviderTimeoutError(f"{provider} timed out", provider=provider) from exc
        except (httpx.UnsupportedProtocol, httpx.InvalidURL) as exc:
            raise ProviderConfigError(f"{provider}: unusable URL", provider=provider) from exc
        except httpx.TransportError as exc:
            raise ProviderUnavailableError(
                f"{provider}: connection failed ({type(exc).__name__})", provider=provider
            ) from exc
        except httpx.DecodingError as exc:
            raise ProviderResponseError(
                f"{provider}: the answer could not be decoded", provider=provider
            ) from exc
        logger.debug(
            "provider call",
            extra={
                "provider": provider,
                "status": response.status_code,
                "bytes": len(content),
                "ms": round((self.clock.monotonic() - started) * 1000, 1),
            },
        )
        return content

    def _read(self, provider: str, response: httpx.Response, deadline: float) -> bytes:
        """The body, read before `deadline`: between chunks the clock is checked, and a
        watchdog shuts the socket when a server goes silent mid-body."""
        fired = threading.Event()
        watchdog: threading.Timer | None = None
        stream = response.extensions.get("network_stream")
        sock = stream.get_extra_info("socket") if stream is not None else None
        if isinstance(sock, socket.socket):
            watchdog = threading.Timer(
                max(0.0, deadline - self.clock.monotonic()), _shutdown, (sock, fired)
            )
            watchdog.daemon = True
            watchdog.start()
        parts: list[bytes] = []
        size = 0
        try:
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > self.max_response_bytes:
                    raise ProviderResponseError(
                        f"{provider}: the answer is too large", provider=provider
                    )
                parts.append(chunk)
                if self.clock.monotonic() > deadline:
                    raise ProviderTimeoutError(
                        f"{provider} did not finish answering in time", provider=provider
                    )
        except httpx.TransportError as exc:
            if fired.is_set():
                raise ProviderTimeoutError(
                    f"{provider} did not finish answering in time", provider=provider
                ) from exc
            raise
        finally:
            if watchdog is not None:
                watchdog.cancel()
        return b"".join(parts)

    def close(self) -> None:
        """Close the client and its connections."""
        with self._lock:
            if self._client is not None:
                self._client.close()
                self._client = None
