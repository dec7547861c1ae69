"""JSON API: scan and check, login required, no echo of input in errors."""

from __future__ import annotations

from tests.factories import CLAUDE_TEXT, GUIDANCE_REPLY, UNSAFE_REPLY


def test_api_requires_login(client):
    response = client.post("/api/v1/scan", json={"text": "hello", "reviewer_name": ""})
    assert response.status_code == 401


def test_scan_returns_entities(as_staff):
    response = as_staff.post("/api/v1/scan", json={"text": CLAUDE_TEXT, "reviewer_name": "Claude Jones"})
    assert response.status_code == 200
    entities = response.json()["entities"]
    spans = [CLAUDE_TEXT[e["start"] : e["end"]] for e in entities]
    assert any("extracted two of my teeth" in s for s in spans) and any("$400" in s for s in spans)
    assert set(entities[0]) == {"type", "start", "end", "score"}


def test_check_blocks_and_passes(as_staff):
    base = {"review": CLAUDE_TEXT, "reviewer_name": "Claude Jones", "platform": "google", "rating": 1}
    bad = as_staff.post("/api/v1/check", json={**base, "draft": UNSAFE_REPLY}).json()
    good = as_staff.post("/api/v1/check", json={**base, "draft": GUIDANCE_REPLY}).json()
    assert bad["ok"] is False and len([f for f in bad["findings"] if f["severity"] == "block"]) >= 2
    assert good["ok"] is True
    assert all(set(f) == {"rule", "severity", "start", "end", "message"} for f in bad["findings"])


def test_validation_error_does_not_echo_input(as_staff):
    response = as_staff.post("/api/v1/check", json={"review": "canary-99-review", "draft": 5, "platform": "myspace", "extra": "canary-99"})
    assert response.status_code == 422
    assert "canary" not in response.text
    assert set(response.json()) == {"detail"}


def test_openapi_lists_the_api(as_staff):
    paths = as_staff.get("/api/openapi.json").json()["paths"]
    assert "/api/v1/scan" in paths and "/api/v1/check" in paths
