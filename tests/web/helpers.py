"""Helpers for web tests: parse pages, post forms with the session's CSRF token."""

from __future__ import annotations

from bs4 import BeautifulSoup


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.text, "html.parser")


def post(client, url: str, data: dict | None = None, *, htmx: bool = False, **kwargs):
    payload = {"csrf_token": client.csrf, **(data or {})}
    headers = {"HX-Request": "true"} if htmx else {}
    return client.post(url, data=payload, headers=headers, **kwargs)


def location_id(response) -> int:
    """The trailing number of a redirect's Location header (/drafts/7 -> 7)."""
    return int(response.headers["location"].rstrip("/").split("/")[-1].split("?")[0])


def create_review(client, *, text: str, reviewer_name: str = "Claude Jones", rating: str = "1", platform: str = "google") -> int:
    response = post(client, "/reviews", {"platform": platform, "rating": rating, "reviewer_name": reviewer_name, "text": text})
    assert response.status_code == 303, response.status_code
    return location_id(response)


def create_draft(client, review_id: int) -> int:
    page = soup(client.get(f"/reviews/{review_id}"))
    selected = page.select_one("#template_id option[selected]") or page.select_one("#template_id option")
    response = post(client, f"/reviews/{review_id}/drafts", {"template_id": selected["value"]})
    assert response.status_code == 303
    return location_id(response)


def approve(client, draft_id: int):
    """Approve through the manager's review page, sending the version shown there."""
    page = soup(client.get(f"/approvals/{draft_id}"))
    version = page.select_one("input[name=version]")["value"]
    return post(client, f"/approvals/{draft_id}/approve", {"version": version})
