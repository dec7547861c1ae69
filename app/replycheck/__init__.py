"""The reply gate: rules over (review, its findings, draft) -> findings. No web or DB imports."""
