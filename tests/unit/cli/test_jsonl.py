"""The measurement interface: `python -m app scan|check --jsonl`, run as a real process."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.factories import CLAUDE_TEXT, GUIDANCE_REPLY, UNSAFE_REPLY


def run(args: list[str], lines: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        timeout=180,
    )


def test_scan_jsonl_covers_procedure_and_amount():
    line = json.dumps({"id": "x", "text": CLAUDE_TEXT, "reviewer_name": "Claude Jones"})
    other = json.dumps({"id": 7, "text": "Hi from Claude.", "reviewer_name": "Claude Jones"})
    result = run(["scan", "--jsonl"], [line, other])
    assert result.returncode == 0, result.stderr
    out = [json.loads(x) for x in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["x", 7]
    assert set(out[0]) == {"id", "entities"}
    spans = [CLAUDE_TEXT[e["start"] : e["end"]] for e in out[0]["entities"]]
    assert any("extracted two of my teeth" in s for s in spans)
    assert any("$400" in s for s in spans)
    assert all(set(e) == {"type", "start", "end", "score"} for e in out[0]["entities"])
    assert [("PERSON", 8, 14)] == [(e["type"], e["start"], e["end"]) for e in out[1]["entities"]]


def test_check_jsonl_blocks_unsafe_and_passes_guidance_reply():
    base = {"review": CLAUDE_TEXT, "reviewer_name": "Claude Jones", "platform": "google", "rating": 1}
    lines = [json.dumps({"id": "bad", **base, "draft": UNSAFE_REPLY}), json.dumps({"id": "good", **base, "draft": GUIDANCE_REPLY})]
    result = run(["check", "--jsonl"], lines)
    assert result.returncode == 0, result.stderr
    bad, good = (json.loads(x) for x in result.stdout.splitlines())
    assert set(bad) == {"id", "ok", "findings"}
    assert bad["ok"] is False and sum(f["severity"] == "block" for f in bad["findings"]) >= 2
    assert good["ok"] is True and not any(f["severity"] == "block" for f in good["findings"])
    assert all(set(f) == {"rule", "severity", "start", "end", "message"} for f in bad["findings"])


def test_bad_lines_get_an_error_line_and_never_echo_text():
    lines = ["not json canary-5150", json.dumps({"id": "n", "text": 42}), json.dumps({"id": "ok", "text": "fine", "reviewer_name": ""})]
    result = run(["scan", "--jsonl"], lines)
    assert result.returncode == 1
    out = [json.loads(x) for x in result.stdout.splitlines()]
    assert [o.get("error") for o in out] == ["invalid input", "invalid input", None]
    assert "canary" not in result.stderr and "canary" not in result.stdout


def test_serve_refuses_placeholder_secret_outside_demo(tmp_path):
    env = {**os.environ, "SAFEREPLY_DEMO": "false", "SAFEREPLY_SECRET_KEY": "change-me", "SAFEREPLY_DATABASE_URL": f"sqlite:///{tmp_path}/x.db"}
    result = subprocess.run([sys.executable, "-m", "app", "serve"], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "SAFEREPLY_SECRET_KEY" in result.stderr


def test_create_user_from_stdin(tmp_path):
    env = {**os.environ, "SAFEREPLY_DATABASE_URL": f"sqlite:///{tmp_path}/users.db"}
    subprocess.run([sys.executable, "-m", "app", "migrate"], env=env, check=True, capture_output=True, timeout=120)
    ok = subprocess.run([sys.executable, "-m", "app", "create-user", "Root.Admin", "--role", "admin"], input="a long password\n", env=env, capture_output=True, text=True, timeout=60)
    assert ok.returncode == 0 and "admin account 'root.admin'" in ok.stdout
    short = subprocess.run([sys.executable, "-m", "app", "create-user", "other", "--role", "staff"], input="short\n", env=env, capture_output=True, text=True, timeout=60)
    assert short.returncode == 1 and "8 to 128" in short.stderr
    again = subprocess.run([sys.executable, "-m", "app", "create-user", "root.admin", "--role", "staff"], input="a long password\n", env=env, capture_output=True, text=True, timeout=60)
    assert again.returncode == 1 and "taken" in again.stderr
