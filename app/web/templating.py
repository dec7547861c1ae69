"""Jinja2 templates (.html only, so Starlette autoescapes) and the render helper."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from app.config import BASE_DIR
from app.db import utcnow
from app.drafting.models import STATUS_LABELS
from app.phi.types import category_of
from app.replycheck.rules import RULES
from app.reviews.explain import explain
from app.replycheck.types import PLATFORM_LIMITS, PLATFORM_NAMES

templates = Jinja2Templates(directory=str(BASE_DIR / "templates"))


def _age(value: datetime | None) -> str:
    """'3 h', '2 d': how long ago, for queues."""
    if value is None:
        return ""
    seconds = max(0, int((utcnow() - value).total_seconds()))
    if seconds < 3600:
        return f"{seconds // 60} min"
    if seconds < 86400:
        return f"{seconds // 3600} h"
    return f"{seconds // 86400} d"


def _when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M UTC") if value else ""


templates.env.filters["age"] = _age
templates.env.filters["when"] = _when
templates.env.globals["STATUS_LABELS"] = STATUS_LABELS
templates.env.globals["PLATFORM_NAMES"] = PLATFORM_NAMES
templates.env.globals["PLATFORM_LIMITS"] = PLATFORM_LIMITS
templates.env.globals["phi_category"] = category_of
templates.env.globals["explain"] = explain
templates.env.globals["RULES"] = RULES


def render(request: Request, name: str, context: dict[str, Any] | None = None, status_code: int = 200) -> HTMLResponse:
    """Render a page or fragment with the current user and CSRF token in context."""
    ctx = {
        "current_user": getattr(request.state, "user", None),
        "csrf_token": getattr(request.state, "csrf_token", ""),
    }
    ctx.update(context or {})
    response = templates.TemplateResponse(request, name, ctx, status_code=status_code)
    response.headers["Vary"] = "HX-Request"
    return response


def is_htmx(request: Request) -> bool:
    return request.headers.get("HX-Request") == "true"
