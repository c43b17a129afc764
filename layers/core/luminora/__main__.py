"""`python -m luminora` runs the CLI."""

from __future__ import annotations

import sys

from luminora.local.cli import main

sys.exit(main())
