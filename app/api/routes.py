"""JSON API v1 (login required): scan a text, check a draft against a review."""

from __future__ import annotations

from fastapi import APIRouter, Request

from app.api.schemas import CheckRequest, CheckResponse, ScanRequest, ScanResponse
from app.practice import service as practice_service
from app.replycheck import service as check_service
from app.web.deps import BackgroundUser, DetectorDep, SessionDep

router = APIRouter(prefix="/api/v1", tags=["api"])


def _same_origin_json(request: Request) -> None:
    # A JSON body forces a CORS preflight cross-origin, so these reads cannot be
    # triggered by another site's form; also refuse explicit cross-site fetches.
    if request.headers.get("Sec-Fetch-Site") == "cross-site":
        from app.web.deps import CsrfFailed

        raise CsrfFailed()


@router.post("/scan", name="api:scan", response_model=ScanResponse)
def scan(request: Request, payload: ScanRequest, detector: DetectorDep, user: BackgroundUser) -> ScanResponse:
    """Find the PHI in a text; the reviewer's display name parts are looked for too."""
    _same_origin_json(request)
    findings = check_service.scan_entities(detector, payload.text, payload.reviewer_name)
    return ScanResponse(entities=check_service.entity_dicts(findings))


@router.post("/check", name="api:check", response_model=CheckResponse)
def check(request: Request, payload: CheckRequest, session: SessionDep, detector: DetectorDep, user: BackgroundUser) -> CheckResponse:
    """Run the reply check on a draft; ok is false iff a blocking finding exists."""
    _same_origin_json(request)
    practice = practice_service.to_contact(practice_service.get_practice(session=session))
    findings = check_service.check_raw(
        detector,
        review=payload.review,
        reviewer_name=payload.reviewer_name,
        draft=payload.draft,
        platform=payload.platform,
        rating=payload.rating,
        practice=practice,
    )
    return CheckResponse(ok=not any(f.is_blocking for f in findings), findings=check_service.finding_dicts(findings))
