"""Pasted reviews and the PHI findings in them (offsets only, never a second copy of text)."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import Date, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.crypto import EncryptedText
from app.db import Base, EncryptedRow, UTCDateTime, utcnow


class Platform(StrEnum):
    GOOGLE = "google"
    YELP = "yelp"
    HEALTHGRADES = "healthgrades"
    FACEBOOK = "facebook"
    ZOCDOC = "zocdoc"


class Review(EncryptedRow, Base):
    """Review text, reviewer name and link are encrypted at rest; list and search by the other columns."""

    __tablename__ = "review"

    id: Mapped[int] = mapped_column(primary_key=True)
    platform: Mapped[Platform] = mapped_column(String(32))
    rating: Mapped[int] = mapped_column(Integer)
    _reviewer_name_enc: Mapped[str | None] = mapped_column("reviewer_name", Text, nullable=True)
    _text_enc: Mapped[str | None] = mapped_column("text", Text)
    posted_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    _url_enc: Mapped[str | None] = mapped_column("url", Text, nullable=True)
    purged_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    # Both become None when the review is purged (retention); the reply and findings stay.
    reviewer_name = EncryptedText("review", "reviewer_name", nullable=True)
    text = EncryptedText("review", "text", nullable=True)
    url = EncryptedText("review", "url", nullable=True)

    findings: Mapped[list[Finding]] = relationship(
        back_populates="review", cascade="all, delete-orphan", order_by="Finding.start"
    )
    drafts: Mapped[list["Draft"]] = relationship(back_populates="review", order_by="Draft.id")  # noqa: F821


class Finding(Base):
    __tablename__ = "finding"

    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("review.id", ondelete="CASCADE"), index=True)
    entity_type: Mapped[str] = mapped_column(String(32))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    score: Mapped[float] = mapped_column(Float)
    recognizer: Mapped[str] = mapped_column(String(100), default="")

    review: Mapped[Review] = relationship(back_populates="findings")
