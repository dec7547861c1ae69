"""Read a submitted form as plain strings (files and repeated keys ignored)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from fastapi import Request


def form_fields(*fields: str) -> Callable[[Request], Awaitable[dict[str, str]]]:
    """A dependency returning only the named fields; anything else is ignored (no mass assignment)."""

    async def read(request: Request) -> dict[str, str]:
        form = await request.form()
        out: dict[str, str] = {}
        for field in fields:
            value = form.get(field, "")
            out[field] = value if isinstance(value, str) else ""
        return out

    return read
