"""JSON API request and response models (also the OpenAPI schema)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

MAX_TEXT = 10_000


class ScanRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str = Field(max_length=MAX_TEXT)
    reviewer_name: str = Field(default="", max_length=200)


class Entity(BaseModel):
    type: str
    start: int
    end: int
    score: float


class ScanResponse(BaseModel):
    entities: list[Entity]


class CheckRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    review: str = Field(max_length=MAX_TEXT)
    reviewer_name: str = Field(default="", max_length=200)
    draft: str = Field(max_length=MAX_TEXT)
    platform: Literal["google", "yelp", "healthgrades", "facebook", "zocdoc"] = "google"
    rating: int | None = Field(default=None, ge=1, le=5)


class CheckFinding(BaseModel):
    rule: str
    severity: Literal["block", "warn"]
    start: int
    end: int
    message: str


class CheckResponse(BaseModel):
    ok: bool
    findings: list[CheckFinding]
