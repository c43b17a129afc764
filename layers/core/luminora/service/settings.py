"""Settings: the environment parsed once into a model. `os.environ` is read nowhere else."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, Field, SecretStr

from luminora.providers.registry import env_prefix

if TYPE_CHECKING:
    from collections.abc import Mapping

_TRUE = {"1", "true", "yes", "on"}
LOCAL_ALLOW_HOSTS = ["localhost", "127.0.0.0/8", "::1"]
"""Outside Lambda, per-request providers may reach loopback (a local Ollama or llama.cpp)."""


def _split(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split(",") if part.strip()]


class Settings(BaseModel):
    """How this process is wired: store, providers, limits."""

    store: Literal["sqlite", "dynamodb", "memory"] = "sqlite"
    db_path: str = ".luminora/luminora.db"
    table_name: str | None = None
    providers: list[str] = Field(default_factory=list)
    provider_env: dict[str, SecretStr] = Field(default_factory=dict, repr=False)
    """`<NAME>_API_KEY` / `_BASE_URL` / `_MODEL` / `_SECRET_ARN` values for the chain, kept
    as SecretStr (they print and serialize as '**********')."""
    allow_byok: bool = False
    provider_deadline_s: float = Field(default=25.0, gt=0, le=600)
    """The most the providers may take, together, for one answer (API Gateway allows 30 s)."""
    provider_timeout_s: float = Field(default=20.0, gt=0, le=600)
    """The most one provider attempt may take."""
    provider_retries: int = Field(default=2, ge=0, le=10)
    """Retries per provider on timeouts, connection errors, 429 and 5xx."""
    provider_allow_hosts: list[str] = Field(default_factory=list)
    """Hosts, IPs or networks a per-request provider may reach although they are not public
    (and over http); empty in Lambda, loopback locally."""
    provider_max_tokens: int = Field(default=1024, ge=16, le=100_000)
    provider_secret_max_age_s: int = Field(default=300, ge=0, le=86_400)
    provider_secret_arn: str | None = None
    """One Secrets Manager secret for the whole chain (`{"deepseek": "sk-..."}`), used by
    any provider without its own `<NAME>_API_KEY` or `<NAME>_SECRET_ARN`."""
    """How long a key read from Secrets Manager is cached."""
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
    turn_quota: int | None = Field(default=None, ge=1)
    """At most this many chat turns per user per window (None = no quota)."""
    turn_quota_window_s: int = Field(default=3600, ge=1, le=86_400)
    tracing: bool = False
    """X-Ray tracing through Powertools' Tracer (POWERTOOLS_TRACE_DISABLED=false turns it on)."""
    tenant_claim: str = "tenant"
    default_tenant: str = "default"

    @property
    def writes_episodes_inline(self) -> bool:
        """Whether the chat turn writes episodes itself."""
        if self.inline_episodes is not None:
            return self.inline_episodes
        return self.store != "dynamodb"

    def provider_value(self, name: str, suffix: str) -> str | None:
        """A chain provider's `<NAME>_<SUFFIX>` value (e.g. `provider_value("openai", "MODEL")`);
        unwraps the secret, so only the provider wiring calls it."""
        value = self.provider_env.get(f"{env_prefix(name)}_{suffix}")
        return value.get_secret_value() if value is not None else None

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Read `LUMINORA_*`, `TABLE_NAME` and provider variables (API.md's table)."""
        env = os.environ if environ is None else environ
        in_lambda = "AWS_LAMBDA_FUNCTION_NAME" in env
        providers = _split(env.get("LUMINORA_PROVIDERS"))
        wanted = {f"{env_prefix(p)}_{suffix}" for p in providers for suffix in _SUFFIXES}
        provider_env = {k: SecretStr(v) for k, v in env.items() if k in wanted and v}
        allow_hosts = env.get("LUMINORA_PROVIDER_ALLOW_HOSTS")
        retention = env.get("LUMINORA_RETENTION_DAYS")
        return cls(
            store=env.get("LUMINORA_STORE") or ("dynamodb" if in_lambda else "sqlite"),
            db_path=env.get("LUMINORA_DB") or ".luminora/luminora.db",
            table_name=env.get("TABLE_NAME") or None,
            providers=providers,
            provider_env=provider_env,
            allow_byok=env.get("LUMINORA_ALLOW_BYOK", "").lower() in _TRUE,
            provider_deadline_s=float(env.get("LUMINORA_PROVIDER_DEADLINE_S") or 25),
            provider_timeout_s=float(env.get("LUMINORA_PROVIDER_TIMEOUT_S") or 20),
            provider_retries=int(env.get("LUMINORA_PROVIDER_RETRIES") or 2),
            provider_allow_hosts=(
                _split(allow_hosts)
                if allow_hosts is not None
                else ([] if in_lambda else list(LOCAL_ALLOW_HOSTS))
            ),
            provider_max_tokens=int(env.get("LUMINORA_PROVIDER_MAX_TOKENS") or 1024),
            provider_secret_max_age_s=int(env.get("LUMINORA_PROVIDER_SECRET_MAX_AGE_S") or 300),
            provider_secret_arn=env.get("LUMINORA_PROVIDER_SECRET_ARN") or None,
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
            tracing=env.get("POWERTOOLS_TRACE_DISABLED", "true").lower() not in _TRUE,
            turn_quota=int(env["LUMINORA_TURN_QUOTA"]) if env.get("LUMINORA_TURN_QUOTA") else None,
            turn_quota_window_s=int(env.get("LUMINORA_TURN_QUOTA_WINDOW_S") or 3600),
            tenant_claim=env.get("LUMINORA_TENANT_CLAIM") or "tenant",
            default_tenant=env.get("LUMINORA_DEFAULT_TENANT") or "default",
        )


_SUFFIXES = ("API_KEY", "BASE_URL", "MODEL", "SECRET_ARN")
