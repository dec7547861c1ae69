"""Security headers on every response (pages, fragments, static files, errors)."""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)


def security_headers(*, is_static: bool, is_https: bool, csp_enabled: bool) -> list[tuple[bytes, bytes]]:
    """The headers every response carries; shared with the 500 handler, which runs outside this middleware."""
    headers: list[tuple[bytes, bytes]] = []
    if csp_enabled:
        headers.append((b"content-security-policy", CSP.encode()))
    headers += [
        (b"x-content-type-options", b"nosniff"),
        (b"referrer-policy", b"no-referrer"),
        (b"x-frame-options", b"DENY"),
        (b"cross-origin-opener-policy", b"same-origin"),
    ]
    if is_https:
        headers.append((b"strict-transport-security", b"max-age=63072000; includeSubDomains"))
    if not is_static:
        headers.append((b"cache-control", b"no-store"))
    return headers


class SecurityHeadersMiddleware:
    """Pure ASGI so it also covers responses produced by exception handlers."""

    def __init__(self, app: ASGIApp, *, max_body_bytes: int = 65_536, csp_enabled: bool = True) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.csp_enabled = csp_enabled

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        is_static = scope["path"].startswith("/static/")
        declared = next((v for k, v in scope.get("headers", []) if k == b"content-length"), b"")
        if declared.isdigit() and int(declared) > self.max_body_bytes:
            # Refuse before reading anything; the app would only see a parse error.
            await _send_too_large(send, scope, self.csp_enabled)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"server"]
                message["headers"] = headers + security_headers(
                    is_static=is_static, is_https=scope.get("scheme") == "https", csp_enabled=self.csp_enabled
                )
            await send(message)

        await self.app(scope, _limit_body(receive, self.max_body_bytes), send_with_headers)


async def _send_too_large(send: Send, scope: Scope, csp_enabled: bool) -> None:
    body = b"That was too large to accept. Reviews and replies are limited to 10,000 characters."
    headers = [(b"content-type", b"text/plain; charset=utf-8"), (b"content-length", str(len(body)).encode())]
    headers += security_headers(is_static=False, is_https=scope.get("scheme") == "https", csp_enabled=csp_enabled)
    await send({"type": "http.response.start", "status": 413, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class BodyTooLarge(Exception):
    pass


def _limit_body(receive: Receive, limit: int) -> Receive:
    """Bodies without a Content-Length (chunked) are counted as they stream in."""
    seen = 0

    async def limited() -> Message:
        nonlocal seen
        message = await receive()
        if message["type"] == "http.request":
            seen += len(message.get("body", b""))
            if seen > limit:
                raise BodyTooLarge()
        return message

    return limited
