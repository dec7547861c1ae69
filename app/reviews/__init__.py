"""reviews feature."""
