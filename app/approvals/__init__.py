"""approvals feature."""
