"""OAuth2 tokens shared through Redis: the TokenStore and SharedLock of clients given a redis_url.

Keys, all under one Redis Cluster slot per refresh token (the braces):
`harvest_v2:oauth:{<key>}:tokens` holds the tokens that replaced the refresh token,
`...:lock` the lease of the process refreshing it, `...:failed` why its last refresh
failed. `<key>` is an HMAC of the refresh token under a key derived from the client
secret: it names the token without revealing it. The tokens are encrypted (Fernet:
AES-128-CBC and HMAC-SHA256, from `cryptography`) with a key derived from the client
secret by HKDF, so only processes of the same OAuth2 application can read them, and they
expire with the access token they carry.

Redis failing (down, refusing, timing out) costs the sharing, not the refresh: one WARNING,
and the process refreshes on its own, as without Redis.
"""

from __future__ import annotations

import base64
import logging
import secrets
import threading
from typing import TYPE_CHECKING, Any

from ._refresh import TokenSet
from ._serde import decode_json, encode_json

if TYPE_CHECKING:
    import redis
    from cryptography.fernet import Fernet

__all__ = ["RedisTokenStore"]

logger = logging.getLogger("harvest_v2")

_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""
_DEFAULT_LIFETIME = 86_400
"""Seconds stored tokens are kept when the endpoint gave no expires_in."""


def _derived_key(client_secret: str, purpose: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=b"harvest_v2 oauth tokens", info=purpose).derive(
        client_secret.encode()
    )


class RedisTokenStore:
    """A TokenStore and SharedLock in Redis, for the clients of one OAuth2 application (one client secret)."""

    def __init__(self, url: str, client_secret: str, *, connect_timeout: float, read_timeout: float) -> None:
        try:
            from cryptography.fernet import Fernet
        except ImportError:
            raise ValueError(
                "sharing OAuth2 tokens through redis_url needs the optional cryptography package: "
                "pip install 'harvest-v2[redis]'"
            ) from None

        self._url = url
        self._fernet: Fernet = Fernet(base64.urlsafe_b64encode(_derived_key(client_secret, b"encryption")))
        self._timeouts = (connect_timeout, read_timeout)
        self._client: redis.Redis | None = None
        self._lock = threading.Lock()
        self._warned = False

    def load(self, key: str) -> TokenSet | None:
        raw = self._redis().get(self._name(key, "tokens"))
        if raw is None:
            return None
        try:
            fields = decode_json(self._fernet.decrypt(raw))
        except Exception:  # cryptography's InvalidToken, or a value not ours: never trusted, never fatal
            return None
        if not isinstance(fields, dict) or not isinstance(fields.get("access_token"), str):
            return None
        return TokenSet(
            fields["access_token"], fields.get("refresh_token"), fields.get("expires_in"), fields.get("token_type", "")
        )

    def save(self, key: str, tokens: TokenSet) -> None:
        payload = {
            "access_token": tokens.access_token,
            "refresh_token": tokens.refresh_token,
            "expires_in": tokens.expires_in,
            "token_type": tokens.token_type,
        }
        lifetime = tokens.expires_in if tokens.expires_in and tokens.expires_in > 0 else _DEFAULT_LIFETIME
        self._redis().set(self._name(key, "tokens"), self._fernet.encrypt(encode_json(payload)), ex=lifetime)

    def acquire(self, key: str, seconds: float) -> str | None:
        lease = secrets.token_hex(16)
        try:
            taken = self._redis().set(self._name(key, "lock"), lease, nx=True, px=max(1, int(seconds * 1000)))
        except Exception as exc:  # redis-py's errors: refresh without the shared lock
            self._unavailable(exc)
            return ""
        return lease if taken else None

    def release(self, key: str, lease: str, failure: str | None) -> None:
        try:
            client = self._redis()
            if failure is not None:
                # Short-lived: only the processes waiting now read it; a later call tries again.
                client.set(self._name(key, "failed"), f"{secrets.token_hex(8)} {failure}", ex=60)
            client.eval(_RELEASE, 1, self._name(key, "lock"), lease)
        except Exception as exc:  # the lock expires on its own
            self._unavailable(exc)

    def failure(self, key: str) -> str | None:
        try:
            raw = self._redis().get(self._name(key, "failed"))
        except Exception as exc:
            self._unavailable(exc)
            return None
        return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else None

    def close(self) -> None:
        if self._client is not None:
            self._client.close()

    def _name(self, key: str, part: str) -> str:
        return f"harvest_v2:oauth:{{{key}}}:{part}"

    def _redis(self) -> Any:
        with self._lock:
            if self._client is None:
                import redis

                self._client = redis.Redis.from_url(
                    self._url, socket_connect_timeout=self._timeouts[0], socket_timeout=self._timeouts[1]
                )
            return self._client

    def _unavailable(self, exc: Exception) -> None:
        if not self._warned:
            self._warned = True
            from ._redis_pacing import redacted

            logger.warning(
                "Redis at %s unavailable for OAuth2 token sharing (%s); refreshing in this process alone",
                redacted(self._url),
                type(exc).__name__,
            )

    def __repr__(self) -> str:
        from ._redis_pacing import redacted

        return f"RedisTokenStore({redacted(self._url)!r})"
