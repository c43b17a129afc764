"""Storage: one `Store` interface and its backends (memory, SQLite, DynamoDB).

Backends are imported by the wiring function only, so boto3 loads only where DynamoDB is used.
"""

from __future__ import annotations

from luminora.store.base import Store, TurnSnapshot, TurnWrite

__all__ = ["Store", "TurnSnapshot", "TurnWrite"]
