"""The service layer: the chat turn and account operations, wired from settings.

Doors (Lambda handlers, the local server, the CLI, the client) call only this package.
"""

from __future__ import annotations

from luminora.service.settings import Settings
from luminora.service.wiring import Services, build_store, default_services

__all__ = ["Services", "Settings", "build_store", "default_services"]
