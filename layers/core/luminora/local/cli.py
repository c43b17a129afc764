"""The `luminora` command: serve, token, chat, personality validate, eval, openapi."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

DEFAULT_DB = ".luminora/luminora.db"
DEV_USER = "dev-user"


def _home_of(db: str) -> Path:
    # The dev-token secret lives beside the database, so one --db means one identity space.
    return Path(DEFAULT_DB if db == ":memory:" else db).resolve().parent


def _configure_local_environment(db: str, log_level: str) -> None:
    """The environment template.yaml gives the functions, with local values."""
    os.environ["LUMINORA_STORE"] = "sqlite"
    os.environ["LUMINORA_DB"] = db
    os.environ.setdefault("LUMINORA_ALLOW_BYOK", "true")
    os.environ.setdefault("POWERTOOLS_SERVICE_NAME", "luminora")
    os.environ.setdefault("POWERTOOLS_METRICS_NAMESPACE", "Luminora")
    # EMF metrics go to CloudWatch from stdout in Lambda; locally they would be noise.
    os.environ.setdefault("POWERTOOLS_METRICS_DISABLED", "true")
    os.environ["POWERTOOLS_LOG_LEVEL"] = log_level.upper()


def cmd_serve(args: argparse.Namespace) -> int:
    _configure_local_environment(args.db, args.log_level)
    from luminora.local.devtokens import DevTokens
    from luminora.local.gateway import LocalGateway
    from luminora.local.sam_template import find_template
    from luminora.local.server import LocalHttpServer
    from luminora.local.static import StaticSite

    tokens = DevTokens(_home_of(args.db))
    gateway = LocalGateway(find_template(Path(args.template) if args.template else None), tokens)
    gateway.warm_up()
    token = tokens.mint(DEV_USER)
    site = StaticSite(token, bound_host=args.host)
    server = LocalHttpServer(gateway, args.host, args.port, site=site)
    print(f"Luminora local API on {server.url}  (SQLite: {args.db})")
    print(f"dev token for user '{DEV_USER}' (more: luminora token USER_ID):")
    print(token)
    print(f"try: curl -s {server.url}/v1/health   playground: {server.url}/", flush=True)
    try:
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        print("stopping")
    finally:
        server.server_close()
    return 0


def cmd_token(args: argparse.Namespace) -> int:
    from luminora.local.devtokens import DevTokens
    from luminora.models import Principal

    Principal(tenant=args.tenant, user=args.user_id)  # refuses ids that could not be keys
    print(DevTokens(_home_of(args.db)).mint(args.user_id, tenant=args.tenant, ttl_s=args.ttl))
    return 0


def cmd_chat(args: argparse.Namespace) -> int:
    from luminora.local.chat_cli import ChatOptions, run_chat, wants_color

    if args.token and not args.url:
        print("error: --token goes with --url", file=sys.stderr)
        return 2
    if args.url and not args.token:
        print("error: --url needs --token (printed by `luminora serve`)", file=sys.stderr)
        return 2
    options = ChatOptions(
        personality=args.personality,
        session=args.session,
        user=args.user,
        db=args.db,
        url=args.url,
        token=args.token,
        color=wants_color(args.color, sys.stdout, no_color="NO_COLOR" in os.environ),
    )
    return run_chat(options, sys.stdout, sys.stderr)


def cmd_personality_validate(args: argparse.Namespace) -> int:
    from luminora.personalities import format_reports, reports_summary, validate_files

    reports = validate_files(
        [Path(f) for f in args.files], strict=not args.lenient, schema=args.schema
    )
    print(format_reports(reports))
    if args.json:
        print(json.dumps(reports_summary(reports)))
    return 0 if all(r.valid for r in reports) else 1


def cmd_openapi(args: argparse.Namespace) -> int:
    from luminora.local.openapi_gen import generate_openapi
    from luminora.local.sam_template import find_template

    target = Path(__file__).resolve().parent.parent / "api" / "openapi.json"
    text = json.dumps(generate_openapi(find_template()), indent=2, sort_keys=True) + "\n"
    if args.check:
        current = target.read_text(encoding="utf-8") if target.exists() else ""
        if current != text:
            print(f"{target} is out of date: run `luminora openapi --write`", file=sys.stderr)
            return 1
        print("openapi.json is up to date")
        return 0
    if args.write:
        target.write_text(text, encoding="utf-8")
        print(f"wrote {target}")
        return 0
    sys.stdout.write(text)
    return 0


def cmd_eval_facts(args: argparse.Namespace) -> int:
    from luminora.evals.facts import format_report, load_cases, run_facts_eval

    path = Path(args.file)
    if not path.is_file():
        print(f"error: no such file: {path}", file=sys.stderr)
        return 2
    cases = load_cases(path)

    def progress(done: int, total: int) -> None:
        if done % 10 == 0 or done == total:
            print(f"  {done}/{total} cases", file=sys.stderr, flush=True)

    report = run_facts_eval(cases, personality=args.personality, progress=progress)
    if not args.json:
        print(format_report(report))
        if args.show_failures:
            for failure in report.failures:
                print(f"- {failure['id']} {failure['turns']}")
                print(f"    expected {failure['expected']}\n    got {failure['got']}")
    print(json.dumps(report.summary()))
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The command-line interface (API.md, "Package and commands")."""
    parser = argparse.ArgumentParser(
        prog="luminora", description="Long-term memory for AI personalities."
    )
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser(
        "serve", help="run the local API (same routes and handlers as template.yaml)"
    )
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=3000)
    serve.add_argument(
        "--db", default=os.environ.get("LUMINORA_DB", DEFAULT_DB), help="SQLite path"
    )
    serve.add_argument("--template", help="template.yaml (default: found from here upwards)")
    serve.add_argument(
        "--log-level", default="WARNING", help="handler log level (DEBUG shows more)"
    )
    serve.set_defaults(func=cmd_serve)

    token = sub.add_parser("token", help="print a dev bearer token the local server accepts")
    token.add_argument("user_id")
    token.add_argument("--tenant", default="default")
    token.add_argument("--db", default=os.environ.get("LUMINORA_DB", DEFAULT_DB))
    token.add_argument("--ttl", type=int, default=30 * 24 * 3600, help="seconds (default 30 days)")
    token.set_defaults(func=cmd_token)

    chat = sub.add_parser(
        "chat",
        help="talk to a personality in the terminal, watching what it learns",
        description="Chat in the terminal. In-process on the SQLite database by default, "
        "or with a server given --url and --token. Type /help once in.",
    )
    chat.add_argument("--personality", default="sakura", help="personality id (default sakura)")
    chat.add_argument("--session", help="session id to continue (default: a new one)")
    chat.add_argument(
        "--user", default=DEV_USER, help=f"user id, in-process only (default {DEV_USER})"
    )
    chat.add_argument("--db", default=os.environ.get("LUMINORA_DB", DEFAULT_DB), help="SQLite path")
    chat.add_argument(
        "--url", help="a Luminora API to talk to instead (e.g. http://127.0.0.1:3000)"
    )
    chat.add_argument("--token", help="bearer token for --url")
    chat.add_argument(
        "--color",
        choices=["auto", "always", "never"],
        default="auto",
        help="ANSI colors (auto: when stdout is a terminal and NO_COLOR is unset)",
    )
    chat.add_argument(
        "--no-color",
        dest="color",
        action="store_const",
        const="never",
        help="same as --color never",
    )
    chat.set_defaults(func=cmd_chat)

    personality = sub.add_parser("personality", help="personality files")
    psub = personality.add_subparsers(dest="personality_command", required=True)
    validate = psub.add_parser("validate", help="validate LuminoraCore personality JSON")
    validate.add_argument("files", nargs="+")
    validate.add_argument(
        "--lenient", action="store_true", help="load with warnings instead of failing"
    )
    validate.add_argument("--schema", choices=["v1.1", "v1.0"], default="v1.1")
    validate.add_argument("--json", action="store_true", help="end with one JSON line")
    validate.set_defaults(func=cmd_personality_validate)

    evaluate = sub.add_parser("eval", help="measure memory quality")
    esub = evaluate.add_subparsers(dest="eval_command", required=True)
    facts = esub.add_parser("facts", help="fact memory P/R/F1 on a labeled JSONL file")
    facts.add_argument("file")
    facts.add_argument("--personality", default="sakura")
    facts.add_argument("--show-failures", action="store_true")
    facts.add_argument("--json", action="store_true", help="print only the JSON line")
    facts.set_defaults(func=cmd_eval_facts)
    # Listed for --help; main() hands its arguments to the benchmark's own parser.
    esub.add_parser("locomo", help="LoCoMo evidence recall@k (luminora eval locomo --help)")

    openapi = sub.add_parser("openapi", help="print, write or check the OpenAPI document")
    group = openapi.add_mutually_exclusive_group()
    group.add_argument("--write", action="store_true")
    group.add_argument("--check", action="store_true")
    openapi.set_defaults(func=cmd_openapi)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the CLI."""
    argv = sys.argv[1:] if argv is None else argv
    if argv[:2] == ["eval", "locomo"]:
        from luminora.evals.locomo_cli import main_locomo

        return main_locomo(argv[2:])
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        return 130
    except OSError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
