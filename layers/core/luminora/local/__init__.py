"""Local doors: the HTTP server (an API Gateway emulator over the real handlers) and the CLI."""
