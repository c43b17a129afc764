"""SSRF: a per-request base_url reaches only public addresses (or allow-listed hosts)."""

from __future__ import annotations

from typing import Any

import httpcore
import pytest
from pydantic import SecretStr
from tests.provider_fakes import FakeClock, FakeWeb, fake_dns

from luminora.models import ChatPrompt, InvalidInputError, PromptMessage, ProviderConfig
from luminora.providers.config import ProviderOptions, ProviderSetup
from luminora.providers.guard import AddressPolicy, BlockedAddressError, is_public
from luminora.providers.http import GuardedNetworkBackend

PROMPT = ChatPrompt(system="s", messages=(PromptMessage("user", "hi"),))


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("93.184.216.34", True),
        ("2606:4700:4700::1111", True),
        ("127.0.0.1", False),
        ("10.1.2.3", False),
        ("172.16.0.9", False),
        ("192.168.1.1", False),
        ("169.254.169.254", False),  # instance metadata
        ("100.64.0.1", False),  # carrier-grade NAT
        ("0.0.0.0", False),  # noqa: S104 - an address under test, not a bind
        ("224.0.0.1", False),
        ("::1", False),
        ("fe80::1", False),
        ("fd00:ec2::254", False),  # EC2's IPv6 metadata
        ("::ffff:127.0.0.1", False),  # IPv4-mapped loopback
        ("::ffff:169.254.169.254", False),
        ("64:ff9b::a9fe:a9fe", False),  # NAT64 of the metadata address
        ("2002:7f00:1::", False),  # 6to4 of loopback
        ("not-an-ip", False),
    ],
)
def test_only_globally_routable_addresses_are_public(address: str, public: bool) -> None:
    assert is_public(address) is public


@pytest.mark.parametrize(
    ("url", "dns"),
    [
        ("https://metadata.evil.test/v1", {"metadata.evil.test": ["169.254.169.254"]}),
        ("https://mixed.evil.test/v1", {"mixed.evil.test": ["93.184.216.34", "10.0.0.5"]}),
        ("https://v6.evil.test/v1", {"v6.evil.test": ["::1"]}),
        ("https://127.0.0.1:9001/2018-06-01/runtime", {}),  # the Lambda runtime API
        ("https://[::ffff:169.254.169.254]/v1", {}),
        ("http://llm.example.com/v1", {}),  # public, but not https
        ("https://user:pw@llm.example.com/v1", {}),
        ("https://llm.example.com/v1?x=1", {}),
        ("file:///etc/passwd", {}),
        ("https:///v1", {}),
    ],
)
def test_a_base_url_that_could_reach_inside_is_refused(url: str, dns: dict[str, list[str]]) -> None:
    policy = AddressPolicy(resolver=fake_dns(dns))
    with pytest.raises(InvalidInputError):
        policy.check_base_url(url)


def test_allow_listed_hosts_may_be_private_and_plain_http() -> None:
    policy = AddressPolicy(
        ["localhost", "127.0.0.0/8", "10.20.0.0/16"],
        resolver=fake_dns({"localhost": ["127.0.0.1"], "llm.internal": ["10.20.3.4"]}),
    )
    for url in ["http://localhost:11434/v1", "http://127.0.0.1:8080/v1",
                "http://llm.internal:8000/v1", "https://api.openai.com/v1"]:  # fmt: skip
        policy.check_base_url(url)
    with pytest.raises(InvalidInputError):
        policy.check_base_url("http://10.99.0.1/v1")  # private, outside the allow-list


def byok_setup(
    web: FakeWeb, dns: dict[str, list[str]], allow: tuple[str, ...] = ()
) -> ProviderSetup:
    return ProviderSetup(
        ProviderOptions(allow_hosts=allow),
        transport=web.transport(),
        resolver=fake_dns(dns),
        clock=web.clock,
    )


def test_a_refused_byok_base_url_sends_nothing() -> None:
    # Given a request that names an https host resolving to the metadata service
    web = FakeWeb(FakeClock())
    setup = byok_setup(web, {"llm.evil.test": ["169.254.169.254"]})
    config = ProviderConfig(name="openai", api_key=SecretStr("sk-user-key-0123456789"),
                            base_url="https://llm.evil.test/v1")  # fmt: skip
    # When it is built / Then it is refused before any request is made
    with pytest.raises(InvalidInputError, match="public address"):
        setup.byok(config)
    assert web.requests == []


def test_a_public_byok_base_url_is_called_with_the_requests_key_only() -> None:
    web = FakeWeb(FakeClock())
    setup = byok_setup(web, {"llm.example.com": ["93.184.216.34"]})
    provider = setup.byok(
        ProviderConfig(
            name="acme",
            api_key=SecretStr("sk-user-key-0123456789"),
            base_url="https://llm.example.com/v1",
            model="m1",
        )  # fmt: skip
    )
    assert provider.complete(PROMPT, timeout=5).text == "reply from llm.example.com"
    [sent] = web.requests
    assert sent.url == "https://llm.example.com/v1/chat/completions"
    assert sent.headers["authorization"] == "Bearer sk-user-key-0123456789"


def test_local_model_servers_work_when_loopback_is_allowed() -> None:
    web = FakeWeb(FakeClock())
    setup = byok_setup(web, {}, allow=("localhost", "127.0.0.0/8", "::1"))
    provider = setup.byok(ProviderConfig(name="ollama"))
    provider.complete(PROMPT, timeout=5)
    [sent] = web.requests
    assert str(sent.url) == "http://127.0.0.1:11434/v1/chat/completions"
    assert "authorization" not in sent.headers
    # And without the allow-list (as in Lambda) the same request is refused
    with pytest.raises(InvalidInputError):
        byok_setup(web, {}).byok(ProviderConfig(name="ollama"))


class RecordingBackend(httpcore.NetworkBackend):
    def __init__(self, refuse: frozenset[str] = frozenset()) -> None:
        self.connected: list[tuple[str, int]] = []
        self.refuse = refuse

    def connect_tcp(self, host: str, port: int, *args: Any, **kwargs: Any) -> Any:
        self.connected.append((host, port))
        if host in self.refuse:
            raise httpcore.ConnectError("refused")
        return object()


def test_connections_go_to_the_checked_addresses_only() -> None:
    # Given DNS that answers a public address for the check, then rebinds to loopback
    answers = iter([["93.184.216.34"], ["127.0.0.1"]])
    policy = AddressPolicy(resolver=lambda host, port: next(answers))
    inner = RecordingBackend()
    backend = GuardedNetworkBackend(policy, trusted_hosts=["api.openai.com"], inner=inner)
    # When connecting twice to the untrusted host
    backend.connect_tcp("rebind.evil.test", 443)
    with pytest.raises(BlockedAddressError):
        backend.connect_tcp("rebind.evil.test", 443)
    # Then the socket only ever went to the address that passed the check
    assert inner.connected == [("93.184.216.34", 443)]
    # And the deployment's own hosts are connected to as they are
    backend.connect_tcp("api.openai.com", 443)
    assert inner.connected[-1] == ("api.openai.com", 443)


def test_the_next_checked_address_is_tried_when_one_refuses() -> None:
    policy = AddressPolicy(resolver=fake_dns({"dual.test": ["93.184.216.34", "93.184.216.35"]}))
    inner = RecordingBackend(refuse=frozenset({"93.184.216.34"}))
    GuardedNetworkBackend(policy, inner=inner).connect_tcp("dual.test", 443)
    assert [h for h, _ in inner.connected] == ["93.184.216.34", "93.184.216.35"]


def test_an_unresolvable_host_is_a_connection_error() -> None:
    def no_dns(host: str, port: int) -> list[str]:
        raise OSError("Name or service not known")

    backend = GuardedNetworkBackend(AddressPolicy(resolver=no_dns), inner=RecordingBackend())
    with pytest.raises(httpcore.ConnectError):
        backend.connect_tcp("nowhere.test", 443)


def test_a_blocked_address_fails_the_provider_without_retry() -> None:
    # Given the shared client's real transport and DNS that puts a host on loopback
    from luminora.models import ProviderConfigError
    from luminora.providers.http import ProviderHttp

    policy = AddressPolicy(resolver=fake_dns({"sneaky.test": ["127.0.0.1"]}))
    http = ProviderHttp(policy=policy)
    try:
        with pytest.raises(ProviderConfigError) as raised:
            http.post_json("acme", "https://sneaky.test/v1/chat/completions",
                           headers={}, body={}, timeout=2.0)  # fmt: skip
    finally:
        http.close()
    assert raised.value.retryable is False
