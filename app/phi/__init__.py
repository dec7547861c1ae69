"""PHI detection in review and reply text: plain Python, no web or database imports."""

from app.phi.types import CATEGORY_LABELS, PhiFinding, category_of

__all__ = ["CATEGORY_LABELS", "PhiFinding", "category_of"]
