"""PHI canaries: unique strings in reviews and drafts never reach logs, stdout/stderr,
audit rows, error bodies, headers, or the raw database (encrypted; purged text gone)."""

from __future__ import annotations

import json
import logging
import shutil
import subprocess
import sys

from sqlalchemy import text

from app.retention import service as retention_service
from tests.conftest import PASSWORD, login
from tests.factories import make_practice
from tests.web.helpers import create_draft, location_id, post

CANARIES = [f"Kq{n}zCanary" for n in range(8)]
REVIEW = (
    f"{CANARIES[0]} here. The dentist pulled a molar and I paid $733 to {CANARIES[1]}. "
    f"My daughter {CANARIES[2]} saw it too. Call me at 555-0147."
)
NAME = f"{CANARIES[3]} Smith"


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        # httpx is the test client logging the requests this test makes, not the app.
        if not record.name.startswith("httpx"):
            self.lines.append(self.format(record))


def _hits(blob: str) -> int:
    return sum(blob.count(c) for c in CANARIES)


def test_no_canary_leaves_the_app(client, users, db, settings, capfd):
    handler = _Collect()
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s %(args)s"))
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    error_bodies: list[str] = []
    headers: list[str] = []
    try:
        make_practice(db)
        client.csrf = login(client, "sam", PASSWORD)
        bad = post(client, "/reviews", {"platform": "nowhere", "rating": "9", "reviewer_name": NAME, "text": REVIEW})
        assert bad.status_code == 422
        created = post(client, "/reviews", {"platform": "google", "rating": "1", "reviewer_name": NAME, "text": REVIEW})
        review_id = location_id(created)
        draft_id = create_draft(client, review_id)
        responses = [
            post(client, f"/drafts/{draft_id}/check", {"body": f"Hi {CANARIES[3]}, about {CANARIES[2]}"}, htmx=True),
            post(client, f"/drafts/{draft_id}/submit", {"body": f"Hi {CANARIES[3]}, sorry {CANARIES[4]}"}),
            post(client, f"/drafts/{draft_id}", {"body": ""}),
            client.post("/api/v1/check", json={"review": REVIEW, "draft": CANARIES[5], "platform": "nowhere", "extra": CANARIES[6]}),
            client.post("/api/v1/scan", json={"text": CANARIES[7] * 3000, "reviewer_name": NAME}),
            post(client, "/approvals/999/approve", {"version": CANARIES[5]}),
            client.get(f"/reviews/{review_id}?note={CANARIES[6]}"),
            post(client, f"/drafts/{draft_id}/submit", {"body": "Thank you for your feedback."}),
        ]
        for r in responses + [bad]:
            headers.append(json.dumps(dict(r.headers)))
            # Error pages and API errors; forms re-shown with what was typed are not errors.
            is_error_page = 'id="error-message"' in r.text and "<textarea" not in r.text
            if r.status_code >= 400 and (is_error_page or r.headers.get("content-type", "").startswith("application/json")):
                error_bodies.append(r.text)
        # The CLI's stderr for bad and good input.
        cli = subprocess.run(
            [sys.executable, "-m", "app", "check", "--jsonl"],
            input=json.dumps({"id": 1, "review": REVIEW, "reviewer_name": NAME, "draft": 5}) + "\n" + CANARIES[4] + "\n",
            capture_output=True, text=True, timeout=120,
        )
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
    out, err = capfd.readouterr()
    audit_rows = db.execute(text("SELECT * FROM audit_event")).all()
    audit_blob = "\n".join(repr(tuple(r)) for r in audit_rows)
    log_blob = "\n".join(handler.lines)
    found = {
        "logs": _hits(log_blob),
        "stdout/stderr": _hits(out + err + cli.stderr),
        "audit rows": _hits(audit_blob),
        "error bodies": _hits("\n".join(error_bodies)),
        "headers and URLs": _hits("\n".join(headers)),
    }
    print(
        f"PHI canaries: {sum(found.values())} found in {len(handler.lines)} log records, stdout/stderr, "
        f"{len(audit_rows)} audit rows, {len(error_bodies)} error bodies, {len(headers)} response headers {found}"
    )
    leaked = [line[:160] for line in handler.lines if _hits(line)]
    assert leaked == []
    assert len(handler.lines) > 20 and len(audit_rows) >= 5 and len(error_bodies) >= 3
    assert found == dict.fromkeys(found, 0)


def test_raw_database_holds_no_canary_before_and_after_purge(client, users, db, settings, detector):
    from datetime import timedelta

    from app.db import utcnow
    from app.drafting.models import Draft, DraftStatus
    from tests.factories import make_review

    review = make_review(db, detector, users["staff"], text=REVIEW, reviewer_name=NAME)
    draft = Draft(review_id=review.id, body=f"reply mentioning nothing; ref {CANARIES[4]}", author_id=users["staff"].id)
    draft.status, draft.posted_at = DraftStatus.POSTED, utcnow() - timedelta(days=40)
    db.add(draft)
    db.commit()
    dump = _raw_database(settings)
    before = _hits(dump)
    retention_service.purge(session=db, retention_days=30, user_id=None)
    retention_service.compact(session=db)
    after = _hits(_raw_database(settings))
    print(f"raw database: {before} canaries while stored (encrypted), {after} after purge + VACUUM")
    assert before == 0 and after == 0
    db.expire_all()
    assert db.get(Draft, draft.id).body.endswith(CANARIES[4])  # the reply is kept, decryptable


def _raw_database(settings) -> str:
    if settings.is_sqlite:
        path = settings.database_url.split("///", 1)[1]
        blob = b""
        for suffix in ("", "-wal"):
            try:
                blob += open(path + suffix, "rb").read()
            except FileNotFoundError:
                pass
        return blob.decode("latin-1")
    pg_dump = shutil.which("pg_dump")
    assert pg_dump, "pg_dump is needed to inspect the PostgreSQL database"
    url = settings.database_url.replace("postgresql+psycopg://", "postgresql://")
    return subprocess.run([pg_dump, "--data-only", url], capture_output=True, text=True, check=True, timeout=120).stdout
