"""Reply templates and drafts with their approval workflow state."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.crypto import EncryptedText
from app.db import Base, EncryptedRow, UTCDateTime, utcnow


class DraftStatus(StrEnum):
    DRAFT = "draft"
    PENDING_APPROVAL = "pending_approval"
    CHANGES_REQUESTED = "changes_requested"
    APPROVED = "approved"
    POSTED = "posted"


STATUS_LABELS = {
    DraftStatus.DRAFT: "Draft",
    DraftStatus.PENDING_APPROVAL: "Waiting for approval",
    DraftStatus.CHANGES_REQUESTED: "Changes requested",
    DraftStatus.APPROVED: "Approved",
    DraftStatus.POSTED: "Posted",
}


class Template(Base):
    __tablename__ = "reply_template"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(80), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(40))
    language: Mapped[str] = mapped_column(String(8), default="en")
    body: Mapped[str] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, default=1)


class Draft(EncryptedRow, Base):
    """Body and manager comment are encrypted at rest."""

    __tablename__ = "draft"

    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("review.id", ondelete="CASCADE"), index=True)
    template_id: Mapped[int | None] = mapped_column(ForeignKey("reply_template.id"), nullable=True)
    _body_enc: Mapped[str] = mapped_column("body", Text)
    version: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[DraftStatus] = mapped_column(String(32), default=DraftStatus.DRAFT, index=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    approver_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"), nullable=True)
    # Who wrote the current text: a manager who edits someone's draft cannot then approve it.
    last_editor_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"), nullable=True)
    _manager_comment_enc: Mapped[str | None] = mapped_column("manager_comment", Text, nullable=True)
    approved_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    approved_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    posted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    body = EncryptedText("draft", "body")
    manager_comment = EncryptedText("draft", "manager_comment", nullable=True)

    review: Mapped["Review"] = relationship(back_populates="drafts")  # noqa: F821
    template: Mapped[Template | None] = relationship()
    author: Mapped["User"] = relationship(foreign_keys=[author_id])  # noqa: F821
    approver: Mapped["User | None"] = relationship(foreign_keys=[approver_id])  # noqa: F821
