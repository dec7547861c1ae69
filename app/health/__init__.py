"""health feature."""
