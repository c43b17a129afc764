"""Settings: the environment parsed once into a model. `os.environ` is read nowhere else."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, Field

if TYPE_CHECKING:
    from collections.abc import Mapping

_TRUE = {"1", "true", "yes", "on"}


def _split(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split(",") if part.strip()]


class Settings(BaseModel):
    """How this process is wired: store, providers, limits."""

    store: Literal["sqlite", "dynamodb", "memory"] = "sqlite"
    db_path: str = ".luminora/luminora.db"
    table_name: str | None = None
    providers: list[str] = Field(default_factory=list)
    provider_env: dict[str, str] = Field(default_factory=dict, repr=False)
    """`<NAME>_API_KEY` / `_BASE_URL` / `_MODEL` values for the chain (never logged)."""
    allow_byok: bool = False
    recent_messages: int = Field(default=20, ge=0, le=200)
    context_tokens: int = Field(default=3000, ge=256, le=200_000)
    retention_days: int | None = Field(default=None, ge=1)
    episode_every: int = Field(default=10, ge=0, le=1000)
    """Summarize every N turns of a session into an episode (0 = never)."""
    inline_episodes: bool | None = None
    """Write episodes inside the chat turn; default: yes, except on DynamoDB, where the
    memory worker writes them from the table's stream."""
    recall_k: int = Field(default=5, ge=0, le=50)
    personality_dirs: list[str] = Field(default_factory=list)
    tenant_claim: str = "tenant"
    default_tenant: str = "default"

    @property
    def writes_episodes_inline(self) -> bool:
        """Whether the chat turn writes episodes itself."""
        if self.inline_episodes is not None:
            return self.inline_episodes
        return self.store != "dynamodb"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Read `LUMINORA_*`, `TABLE_NAME` and provider variables (API.md's table)."""
        env = os.environ if environ is None else environ
        in_lambda = "AWS_LAMBDA_FUNCTION_NAME" in env
        providers = _split(env.get("LUMINORA_PROVIDERS"))
        provider_env = {
            k: v
            for k, v in env.items()
            if any(k == f"{p.upper()}_{suffix}" for p in providers for suffix in _SUFFIXES)
        }
        retention = env.get("LUMINORA_RETENTION_DAYS")
        return cls(
            store=env.get("LUMINORA_STORE") or ("dynamodb" if in_lambda else "sqlite"),
            db_path=env.get("LUMINORA_DB") or ".luminora/luminora.db",
            table_name=env.get("TABLE_NAME") or None,
            providers=providers,
            provider_env=provider_env,
            allow_byok=env.get("LUMINORA_ALLOW_BYOK", "").lower() in _TRUE,
            recent_messages=int(env.get("LUMINORA_RECENT_MESSAGES") or 20),
            context_tokens=int(env.get("LUMINORA_CONTEXT_TOKENS") or 3000),
            retention_days=int(retention) if retention else None,
            episode_every=int(env.get("LUMINORA_EPISODE_EVERY") or 10),
            inline_episodes=(
                env["LUMINORA_INLINE_EPISODES"].lower() in _TRUE
                if env.get("LUMINORA_INLINE_EPISODES")
                else None
            ),
            recall_k=int(env.get("LUMINORA_RECALL_K") or 5),
            personality_dirs=_split(env.get("LUMINORA_PERSONALITIES_DIR")),
            tenant_claim=env.get("LUMINORA_TENANT_CLAIM") or "tenant",
            default_tenant=env.get("LUMINORA_DEFAULT_TENANT") or "default",
        )


_SUFFIXES = ("API_KEY", "BASE_URL", "MODEL", "SECRET_ARN")
