"""HTTP plumbing shared by every feature."""
