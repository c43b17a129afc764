"""Dev tokens for the local server: HS256 JWTs signed with a random per-install secret.

The secret lives beside the local database (created on first use, mode 0600). A deployed
stack verifies tokens with API Gateway's JWT authorizer against its own issuer, so these
tokens are never accepted there.
"""

from __future__ import annotations

import secrets
import time
from typing import TYPE_CHECKING, Any

import jwt

from luminora.models import UnauthorizedError

if TYPE_CHECKING:
    from pathlib import Path

ISSUER = "luminora-local"
AUDIENCE = "luminora-local"
SECRET_FILE = "dev-secret"  # noqa: S105 - a file name, not a secret
DEFAULT_TTL_S = 30 * 24 * 3600


class DevTokens:
    """Mints and verifies dev tokens with the secret kept in `home`."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self._secret = self._load_or_create_secret()

    def _load_or_create_secret(self) -> bytes:
        path = self.home / SECRET_FILE
        if path.exists():
            return bytes.fromhex(path.read_text().strip())
        self.home.mkdir(parents=True, exist_ok=True)
        secret = secrets.token_bytes(32)
        path.touch(mode=0o600)
        path.write_text(secret.hex())
        return secret

    def mint(self, user: str, *, tenant: str = "default", ttl_s: int = DEFAULT_TTL_S) -> str:
        """A signed token for `user` in `tenant`, valid for `ttl_s` seconds."""
        now = int(time.time())
        claims = {
            "sub": user, "tenant": tenant, "iss": ISSUER, "aud": AUDIENCE,
            "iat": now, "exp": now + ttl_s,
        }  # fmt: skip
        return jwt.encode(claims, self._secret, algorithm="HS256")

    def verify(self, authorization: str | None) -> dict[str, Any]:
        """The claims of a valid `Authorization: Bearer ...` header.

        Raises:
            UnauthorizedError: missing, malformed, expired, wrongly signed or wrongly
                addressed token, or any algorithm but HS256 (including `none`).
        """
        if not authorization:
            raise UnauthorizedError("authentication required: send 'Authorization: Bearer <token>'")
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise UnauthorizedError("the Authorization header must be 'Bearer <token>'")
        try:
            claims: dict[str, Any] = jwt.decode(
                token.strip(),
                self._secret,
                algorithms=["HS256"],
                audience=AUDIENCE,
                issuer=ISSUER,
                options={"require": ["exp", "iat", "sub", "aud", "iss"]},
            )
        except jwt.ExpiredSignatureError as exc:
            raise UnauthorizedError("the token has expired") from exc
        except jwt.PyJWTError as exc:
            raise UnauthorizedError("the token is not valid") from exc
        return claims
