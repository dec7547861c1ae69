"""create_app(): settings, lifespan (DB engine, PHI detector), routers, handlers."""

from __future__ import annotations

import asyncio
import logging
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from app import crypto
from app.config import Settings, get_settings
from app.db import make_engine, make_session_factory
from app.phi.detector import PhiDetector
from app.web import errors
from app.web.security import SecurityHeadersMiddleware

log = logging.getLogger(__name__)


def build_detector(settings: Settings) -> PhiDetector:
    """Build and warm up the one PHI detector of this process."""
    detector = PhiDetector(settings.nlp_model)
    detector.warm_up()
    return detector


def create_app(settings: Settings | None = None, *, detector: PhiDetector | None = None) -> FastAPI:
    """The ASGI app. Tests pass their own settings and a shared detector."""
    settings = settings or get_settings()
    crypto.configure(settings.load_keyring())

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if app.state.detector is None:
            # Building the engine blocks for a second or two; keep the loop free.
            app.state.detector = await asyncio.to_thread(build_detector, settings)
        yield
        app.state.engine.dispose()

    docs = settings.enable_docs or settings.demo
    app = FastAPI(
        title="SafeReply",
        lifespan=lifespan,
        docs_url="/api/docs" if docs else None,
        redoc_url=None,
        openapi_url="/api/openapi.json" if docs else None,
    )
    engine = make_engine(settings.database_url)
    app.state.settings = settings
    app.state.engine = engine
    app.state.session_factory = make_session_factory(engine)
    app.state.detector = detector

    app.add_middleware(SecurityHeadersMiddleware, csp_enabled=settings.csp_enabled)
    app.mount("/static", StaticFiles(directory=str(settings.static_dir)), name="static")
    errors.install(app)
    errors.install_body_limit_handler(app)

    from app.api.routes import router as api_router
    from app.approvals.routes import router as approvals_router
    from app.audit.routes import router as audit_router
    from app.auth.routes import router as auth_router
    from app.drafting.routes import router as drafting_router
    from app.exports.routes import router as exports_router
    from app.health.routes import router as health_router
    from app.practice.routes import router as practice_router
    from app.retention.routes import router as retention_router
    from app.reviews.routes import router as reviews_router

    for router in (
        health_router,
        auth_router,
        reviews_router,
        drafting_router,
        approvals_router,
        exports_router,
        practice_router,
        audit_router,
        retention_router,
        api_router,
    ):
        app.include_router(router)
    return app
