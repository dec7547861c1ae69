"""practice feature."""
