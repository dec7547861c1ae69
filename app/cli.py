"""Command line: serve, migrate, scan/check (JSONL measurement interface), users."""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import sys
from collections.abc import Callable, Iterable
from typing import TextIO

log = logging.getLogger("app.cli")


def _configure_logging(level: str = "INFO") -> None:
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    # Presidio and spaCy are chatty at INFO; nothing they say is needed day to day.
    for noisy in ("presidio-analyzer", "presidio_analyzer", "spacy"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def _settings(*, strict: bool = False):
    """Settings. strict: exactly as configured (serving and commands that touch encrypted
    data). Otherwise the secret is not demanded: scanning and migrations don't use it."""
    from app.config import Settings, get_settings

    try:
        return get_settings() if strict else Settings(demo=True)
    except Exception as exc:  # pydantic ValidationError: say what is wrong and stop
        errors = getattr(exc, "errors", None)
        messages = [e.get("msg", "") for e in errors()] if callable(errors) else [type(exc).__name__]
        for message in messages:
            print(f"safereply: configuration error: {message}", file=sys.stderr)
        raise SystemExit(2) from None


def _nlp_model() -> str:
    """The model name only: scanning needs no secret, so don't demand one."""
    return _settings().nlp_model


def cmd_migrate(args: argparse.Namespace) -> int:
    """Bring the database schema up to date."""
    from alembic import command
    from alembic.config import Config

    settings = _settings()
    cfg = Config(str(settings.migrations_dir / "alembic.ini"))
    cfg.set_main_option("script_location", str(settings.migrations_dir))
    cfg.attributes["database_url"] = settings.database_url
    cfg.attributes["configure_logging"] = False
    command.upgrade(cfg, "head")
    print("Database schema is up to date.", file=sys.stderr)
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    """Run the web server (uvicorn)."""
    import uvicorn

    from app.db import make_engine, make_session_factory
    from app.drafting import service as drafting_service
    from app.main import create_app

    settings = _settings(strict=True)
    if not settings.demo:
        from app.checks import deployment_problems

        problems = deployment_problems(settings)
        if problems:
            for problem in problems:
                print(f"safereply: refusing to start: {problem.name}: {problem.message}", file=sys.stderr)
            return 2
    host = args.host or settings.host
    port = args.port or settings.port
    engine = make_engine(settings.database_url)
    factory = make_session_factory(engine)
    with factory() as session:
        added = drafting_service.seed_templates(session=session)
        if added:
            log.info("added %d seed templates", added)
        credentials = {}
        if settings.demo:
            from app.demo import seed_demo

            credentials = seed_demo(session=session)
        from app.auth import service as auth_service

        user_count = auth_service.count_users(session=session)
    engine.dispose()

    url = f"http://{_display_host(host)}:{port}/"
    print(f"\nSafeReply is starting at {url}", flush=True)
    if settings.demo:
        print("DEMO MODE: demo practice and users; passwords are new at every start and shown only here:")
        for username, password in credentials.items():
            print(f"    {username:<10} {password}")
        print("Never use demo mode for real reviews.\n", flush=True)
    elif user_count == 0:
        print("No accounts yet. Create the first one with:\n    python -m app create-user NAME --role admin\n", flush=True)
    app = create_app(settings)
    uvicorn.run(app, host=host, port=port, server_header=False, log_level=settings.log_level.lower())
    return 0


def _display_host(host: str) -> str:
    """Loopback and any-address binds are reached from this machine as localhost."""
    import ipaddress

    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return host
    return "localhost" if address.is_loopback or address.is_unspecified else host


def cmd_create_user(args: argparse.Namespace) -> int:
    """Create a user; the password is read from stdin (piped) or prompted twice."""
    from app.auth import service as auth_service
    from app.auth.models import Role
    from app.db import make_engine, make_session_factory
    from app.errors import DomainError

    settings = _settings()
    if sys.stdin.isatty():
        password = getpass.getpass("Password: ")
        if password != getpass.getpass("Repeat password: "):
            print("safereply: the passwords do not match", file=sys.stderr)
            return 1
    else:
        password = sys.stdin.readline().rstrip("\n")
    engine = make_engine(settings.database_url)
    try:
        with make_session_factory(engine)() as session:
            user = auth_service.create_user(session=session, username=args.username, password=password, role=Role(args.role))
            print(f"Created {user.role} account '{user.username}' (id {user.id}).")
    except DomainError as exc:
        print(f"safereply: {exc}", file=sys.stderr)
        return 1
    finally:
        engine.dispose()
    return 0


def _jsonl(stream: TextIO) -> Iterable[tuple[int, dict | None]]:
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError:
            yield number, None
            continue
        yield number, obj if isinstance(obj, dict) else None


def _run_jsonl(handler: Callable[[dict], dict], empty: dict) -> int:
    """Read JSONL on stdin, write one JSON line per input; bad lines get an "error" key."""
    failures = 0
    for number, obj in _jsonl(sys.stdin):
        record_id = obj.get("id") if obj else None
        try:
            if obj is None:
                raise ValueError("line is not a JSON object")
            out = {"id": record_id, **handler(obj)}
        except (ValueError, TypeError, KeyError) as exc:
            failures += 1
            # The exception may quote input; name the line and the error type only.
            print(f"safereply: line {number}: invalid input ({type(exc).__name__})", file=sys.stderr)
            out = {"id": record_id, **empty, "error": "invalid input"}
        sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    return 1 if failures else 0


def _text_field(obj: dict, key: str, *, required: bool = True) -> str:
    value = obj.get(key, None)
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        raise ValueError(f"field {key} must be a string")
    return value


def cmd_scan(args: argparse.Namespace) -> int:
    """JSONL: {"id","text","reviewer_name"} -> {"id","entities":[{"type","start","end","score"}]}."""
    from app.phi.detector import PhiDetector
    from app.replycheck import service as check_service

    detector = PhiDetector(_nlp_model())

    def handle(obj: dict) -> dict:
        findings = check_service.scan_entities(detector, _text_field(obj, "text"), _text_field(obj, "reviewer_name", required=False))
        return {"entities": check_service.entity_dicts(findings)}

    return _run_jsonl(handle, {"entities": []})


def cmd_check(args: argparse.Namespace) -> int:
    """JSONL: {"id","review","reviewer_name","draft","platform","rating"} -> {"id","ok","findings":[...]}."""
    from app.phi.detector import PhiDetector
    from app.replycheck import service as check_service

    detector = PhiDetector(_nlp_model())

    def handle(obj: dict) -> dict:
        rating = obj.get("rating")
        if rating is not None and (not isinstance(rating, int) or isinstance(rating, bool)):
            raise ValueError("rating must be an integer")
        findings = check_service.check_raw(
            detector,
            review=_text_field(obj, "review", required=False),
            reviewer_name=_text_field(obj, "reviewer_name", required=False),
            draft=_text_field(obj, "draft"),
            platform=(_text_field(obj, "platform", required=False) or "google").lower(),
            rating=rating,
        )
        return {"ok": not any(f.is_blocking for f in findings), "findings": check_service.finding_dicts(findings)}

    return _run_jsonl(handle, {"ok": False, "findings": []})


def cmd_eval(args: argparse.Namespace) -> int:
    """Score the scan and the check on a labelled corpus (reviews.jsonl, drafts.jsonl) against the targets."""
    from app.evaluation import harness
    from app.phi.detector import PhiDetector

    detector = PhiDetector(_nlp_model())
    try:
        evaluation = harness.evaluate(detector, args.corpus)
    except harness.CorpusError as exc:
        print(f"safereply: {exc}", file=sys.stderr)
        return 2
    # The report quotes the (synthetic) corpus in its list of misses: stdout only, never the log.
    if args.json:
        print(json.dumps(evaluation.as_json()))
    else:
        print(harness.format_report(evaluation, limit=args.limit))
    return 1 if args.strict and evaluation.missed_targets() else 0


def _data_session(settings):
    """A session on the configured database with encryption keys installed."""
    import app.models  # noqa: F401  (every mapped class, so relationships resolve)
    from app import crypto
    from app.db import make_engine, make_session_factory

    try:
        crypto.configure(settings.load_keyring())
    except crypto.EncryptionError as exc:
        print(f"safereply: {exc}", file=sys.stderr)
        raise SystemExit(2) from None
    engine = make_engine(settings.database_url)
    return engine, make_session_factory(engine)()


def cmd_new_key(args: argparse.Namespace) -> int:
    """Print a new encryption key line for SAFEREPLY_ENCRYPTION_KEYS or a key file."""
    from app import crypto

    print(crypto.new_key())
    return 0


def cmd_rotate_keys(args: argparse.Namespace) -> int:
    """Re-encrypt every encrypted value with the current (first) key."""
    from app.retention import service as retention_service

    engine, session = _data_session(_settings(strict=True))
    with session:
        count = retention_service.rotate_keys(session=session)
    engine.dispose()
    print(f"Re-encrypted {count} rows with the current key.")
    return 0


def cmd_purge(args: argparse.Namespace) -> int:
    """Delete review text and names past the retention period; compact SQLite."""
    from app.retention import service as retention_service

    settings = _settings(strict=True)
    engine, session = _data_session(settings)
    with session:
        count = retention_service.purge(session=session, retention_days=settings.retention_days, user_id=None)
        retention_service.compact(session=session)
    engine.dispose()
    print(f"Purged {count} reviews older than {settings.retention_days} days after posting or closing.")
    return 0


def cmd_verify_audit(args: argparse.Namespace) -> int:
    """Check the audit hash chain; exit 1 at the first broken row."""
    from app.audit import chain
    from app.db import make_engine

    engine = make_engine(_settings().database_url)
    result = chain.verify(engine)
    engine.dispose()
    if result.is_intact:
        print(f"Audit chain intact: {result.rows} rows verified, {result.unsealed} not yet sealed.")
        return 0
    print(f"Audit chain BROKEN at row {result.first_broken_id}: {result.problem} ({result.rows} rows in the chain).")
    return 1


def cmd_break_glass(args: argparse.Namespace) -> int:
    """Create a time-limited manager account for an emergency; audited."""
    from app.auth import service as auth_service
    from app.errors import DomainError

    engine, session = _data_session(_settings(strict=True))
    try:
        with session:
            user, password = auth_service.create_break_glass(session=session, username=args.username, hours=args.hours)
    except DomainError as exc:
        print(f"safereply: {exc}", file=sys.stderr)
        return 1
    finally:
        engine.dispose()
    print(f"Break-glass manager account '{user.username}' created; it expires at {user.expires_at:%Y-%m-%d %H:%M} UTC.")
    print(f"One-time password (shown only now): {password}")
    print("This was recorded in the audit log. Deactivate the account as soon as the emergency is over.")
    return 0


def cmd_check_deploy(args: argparse.Namespace) -> int:
    """List every setting that is unsafe for real reviews; exit 1 if any."""
    from app.checks import deployment_problems

    problems = deployment_problems(_settings(strict=True))
    for problem in problems:
        print(f"{problem.name}: {problem.message}")
    if not problems:
        print("No problems found.")
    return 1 if problems else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="safereply", description="SafeReply: HIPAA-safe replies to public reviews.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("serve", help="run the web app")
    p.add_argument("--host", default=None)
    p.add_argument("--port", type=int, default=None)
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("migrate", help="apply database migrations")
    p.set_defaults(func=cmd_migrate)

    p = sub.add_parser("create-user", help="create a user (password from stdin or prompt)")
    p.add_argument("username")
    p.add_argument("--role", choices=["staff", "manager", "admin"], required=True)
    p.set_defaults(func=cmd_create_user)

    p = sub.add_parser("scan", help="scan texts for PHI (JSONL on stdin)")
    p.add_argument("--jsonl", action="store_true", required=True, help="read and write JSON lines")
    p.set_defaults(func=cmd_scan)

    p = sub.add_parser("check", help="check draft replies (JSONL on stdin)")
    p.add_argument("--jsonl", action="store_true", required=True, help="read and write JSON lines")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("new-key", help="print a new encryption key")
    p.set_defaults(func=cmd_new_key)

    p = sub.add_parser("rotate-keys", help="re-encrypt every row with the current key")
    p.set_defaults(func=cmd_rotate_keys)

    p = sub.add_parser("purge", help="delete review text past the retention period")
    p.set_defaults(func=cmd_purge)

    p = sub.add_parser("verify-audit", help="verify the audit trail's hash chain")
    p.set_defaults(func=cmd_verify_audit)

    p = sub.add_parser("break-glass", help="create a time-limited emergency manager account")
    p.add_argument("username")
    p.add_argument("--hours", type=int, default=4)
    p.set_defaults(func=cmd_break_glass)

    p = sub.add_parser("check-deploy", help="list settings that are unsafe for production")
    p.set_defaults(func=cmd_check_deploy)

    p = sub.add_parser("eval", help="score scan and check on a labelled corpus against the quality targets")
    p.add_argument("--corpus", required=True, help="folder with reviews.jsonl and drafts.jsonl")
    p.add_argument("--limit", type=int, default=30, help="list at most N misses of each kind (default 30)")
    p.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    p.add_argument("--strict", action="store_true", help="exit with status 1 when a target is missed")
    p.set_defaults(func=cmd_eval)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    _configure_logging()
    return int(args.func(args) or 0)
