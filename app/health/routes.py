"""Liveness (/healthz) and readiness (/readyz: database reachable, NLP engine loaded)."""

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from sqlalchemy import text

router = APIRouter(tags=["health"])


@router.get("/healthz", name="health:live")
def healthz() -> dict[str, str]:
    return {"status": "ok"}


@router.get("/readyz", name="health:ready")
def readyz(request: Request) -> JSONResponse:
    checks = {"database": False, "nlp": request.app.state.detector is not None}
    try:
        with request.app.state.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        checks["database"] = True
    except Exception:  # any failure means not ready; details stay out of the response
        checks["database"] = False
    ready = all(checks.values())
    return JSONResponse({"status": "ready" if ready else "not ready", "checks": checks}, status_code=200 if ready else 503)
