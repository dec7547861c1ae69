"""Validation of the paste-a-review form: messages name the field, never echo the value."""

from __future__ import annotations

from datetime import date

from app.reviews.models import Platform
from app.reviews.service import NewReview

MAX_NAME = 200
MAX_URL = 2000


def parse_new_review(form: dict[str, str], *, max_chars: int) -> tuple[NewReview | None, dict[str, str]]:
    """Return (review, {}) or (None, {field: message})."""
    errors: dict[str, str] = {}
    platform = form.get("platform", "").strip().lower()
    if platform not in {p.value for p in Platform}:
        errors["platform"] = "Choose the platform the review was posted on."
    rating_raw = form.get("rating", "").strip()
    rating = int(rating_raw) if rating_raw.isdigit() else 0
    if not 1 <= rating <= 5:
        errors["rating"] = "Choose a star rating from 1 to 5."
    name = form.get("reviewer_name", "").strip()
    if not name:
        errors["reviewer_name"] = "Enter the reviewer's display name as the platform shows it."
    elif len(name) > MAX_NAME:
        errors["reviewer_name"] = f"The display name is longer than {MAX_NAME} characters."
    text = form.get("text", "").replace("\r\n", "\n").strip()
    if len(text) > max_chars:
        errors["text"] = f"The review is longer than {max_chars:,} characters. Paste the review only."
    posted_on = None
    posted_raw = form.get("posted_on", "").strip()
    if posted_raw:
        try:
            posted_on = date.fromisoformat(posted_raw)
        except ValueError:
            errors["posted_on"] = "Enter the date as YYYY-MM-DD, or leave it empty."
    url = form.get("url", "").strip() or None
    if url is not None and (len(url) > MAX_URL or not url.startswith(("https://", "http://"))):
        errors["url"] = "Enter a web address starting with https://, or leave it empty."
    if errors:
        return None, errors
    return NewReview(platform=Platform(platform), rating=rating, reviewer_name=name, text=text, posted_on=posted_on, url=url), {}
