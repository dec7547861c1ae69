"""Exception handlers: pages or fragments with an error id, never submitted values."""

from __future__ import annotations

import logging
import secrets
import traceback

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from starlette.concurrency import run_in_threadpool

from app.audit import service as audit
from app.errors import DomainError, NotAllowed
from app.web.deps import CsrfFailed, LoginRequired
from app.web.security import security_headers
from app.web.templating import is_htmx, render

log = logging.getLogger("app.errors")

_HTTP_MESSAGES = {
    400: "The request could not be understood.",
    401: "Please log in.",
    403: "You do not have access to this.",
    404: "There is nothing here.",
    405: "That action is not allowed here.",
    413: "That was too large to accept.",
    422: "Some fields were missing or not valid.",
}


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def error_response(request: Request, status_code: int, message: str, error_id: str | None = None) -> Response:
    """One error shape for the API (JSON), htmx (fragment) and pages."""
    if _wants_json(request):
        body = {"detail": message}
        if error_id:
            body["error_id"] = error_id
        return JSONResponse(body, status_code=status_code)
    template = "_error_message.html" if is_htmx(request) else "error.html"
    response = render(request, template, {"status_code": status_code, "message": message, "error_id": error_id}, status_code)
    if is_htmx(request):
        # Show the message where htmx puts errors, not in the fragment's target.
        response.headers["HX-Retarget"] = "#flash"
        response.headers["HX-Reswap"] = "innerHTML"
    return response


def _audit_denied(request: Request) -> None:
    """Authorization failures go to the audit trail: who, and which route (never the body)."""
    user = getattr(request.state, "user", None)
    route = request.scope.get("route")
    with request.app.state.session_factory() as session:
        audit.record_now(
            session,
            action="access_denied",
            user_id=user.id if user else None,
            object_type=(route.name if route else "unknown")[:40],
            outcome="denied",
        )


def install(app: FastAPI) -> None:
    @app.exception_handler(LoginRequired)
    async def _login_required(request: Request, exc: LoginRequired) -> Response:
        if _wants_json(request):
            return JSONResponse({"detail": "Login required."}, status_code=401)
        if is_htmx(request):
            return Response(status_code=401, headers={"HX-Redirect": str(request.url_for("auth:login_form"))})
        return RedirectResponse(request.url_for("auth:login_form"), status_code=303)

    @app.exception_handler(CsrfFailed)
    async def _csrf_failed(request: Request, exc: CsrfFailed) -> Response:
        log.warning("csrf check failed on %s %s", request.method, request.scope.get("route").path if request.scope.get("route") else "?")
        return error_response(request, 403, "This form has expired or did not come from SafeReply. Reload the page and try again.")

    @app.exception_handler(DomainError)
    async def _domain_error(request: Request, exc: DomainError) -> Response:
        if isinstance(exc, NotAllowed):
            await run_in_threadpool(_audit_denied, request)
        return error_response(request, exc.status_code, str(exc))

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> Response:
        # FastAPI's default body echoes the submitted value ("input"); list field names only.
        fields = sorted({str(err["loc"][-1]) for err in exc.errors() if err.get("loc")})
        message = "Some fields were missing or not valid: " + ", ".join(fields) + "." if fields else _HTTP_MESSAGES[422]
        return error_response(request, 422, message)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = _HTTP_MESSAGES.get(exc.status_code, "The request failed.")
        response = error_response(request, exc.status_code, message)
        if exc.headers:
            response.headers.update(exc.headers)
        return response

    @app.exception_handler(Exception)
    async def _unhandled(request: Request, exc: Exception) -> Response:
        error_id = secrets.token_hex(6)
        # Exception messages may carry user text; log the type and code locations only.
        frames = "; ".join(f"{f.filename}:{f.lineno} {f.name}" for f in traceback.extract_tb(exc.__traceback__)[-6:])
        log.error("error %s: %s at %s", error_id, type(exc).__name__, frames)
        response = error_response(request, 500, "Something went wrong on our side.", error_id)
        # This handler runs in ServerErrorMiddleware, outside SecurityHeadersMiddleware.
        for key, value in security_headers(
            is_static=False, is_https=request.url.scheme == "https", csp_enabled=request.app.state.settings.csp_enabled
        ):
            response.headers[key.decode()] = value.decode()
        return response


def install_body_limit_handler(app: FastAPI) -> None:
    from app.web.security import BodyTooLarge

    @app.exception_handler(BodyTooLarge)
    async def _too_large(request: Request, exc: BodyTooLarge) -> Response:
        return error_response(request, 413, "That was too large to accept. Reviews and replies are limited to 10,000 characters.")
