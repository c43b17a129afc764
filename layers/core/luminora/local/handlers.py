"""Loading the Lambda handlers named in template.yaml, exactly as Lambda would."""

from __future__ import annotations

import importlib.util
import sys
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from pathlib import Path
    from types import ModuleType


class HandlerSource(Protocol):
    """Anything naming a function's code: an HttpRoute or a FunctionSpec."""

    @property
    def function(self) -> str: ...
    @property
    def code_uri(self) -> str: ...
    @property
    def handler(self) -> str: ...


def load_handler_module(root: Path, route: HandlerSource) -> ModuleType:
    """Import a function's handler module from its CodeUri (once per process)."""
    module_file, _, _ = route.handler.rpartition(".")
    name = f"luminora_function_{route.function}"
    if name in sys.modules:
        return sys.modules[name]
    path = root / route.code_uri / f"{module_file.replace('.', '/')}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load the handler of {route.function} from {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[name]
        raise
    return module
