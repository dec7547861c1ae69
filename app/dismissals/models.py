"""A manager's dismissal of one finding on one review, with the reason."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.crypto import EncryptedText
from app.db import Base, EncryptedRow, UTCDateTime, utcnow


class DismissalKind(StrEnum):
    REVIEW_FINDING = "review_finding"
    REPLY_FINDING = "reply_finding"


class Dismissal(EncryptedRow, Base):
    """Review findings are named by id. Reply findings by rule plus a SHA-256 of the
    flagged words (lowercased), so the dismissal survives edits elsewhere in the draft
    without storing a copy of the words."""

    __tablename__ = "dismissal"

    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("review.id", ondelete="CASCADE"), index=True)
    kind: Mapped[DismissalKind] = mapped_column(String(20))
    finding_id: Mapped[int | None] = mapped_column(ForeignKey("finding.id", ondelete="CASCADE"), nullable=True)
    rule: Mapped[str | None] = mapped_column(String(40), nullable=True)
    span_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    _reason_enc: Mapped[str] = mapped_column("reason", Text)
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    reason = EncryptedText("dismissal", "reason")

    user: Mapped["User"] = relationship()  # noqa: F821
