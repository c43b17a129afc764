"""Luminora: long-term memory for AI personalities (facts, episodes, affinity).

`from luminora import Client, ProviderConfig` is the public entry point; the rest loads on
first use so that Lambda handlers importing parts of the package stay small.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Client", "ProviderConfig", "__version__"]

if TYPE_CHECKING:
    from luminora.client import Client
    from luminora.models import ProviderConfig


def __getattr__(name: str) -> Any:
    if name == "Client":
        from luminora.client import Client

        return Client
    if name == "ProviderConfig":
        from luminora.models import ProviderConfig

        return ProviderConfig
    raise AttributeError(f"module 'luminora' has no attribute {name!r}")
