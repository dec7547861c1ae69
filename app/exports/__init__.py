"""exports feature."""
