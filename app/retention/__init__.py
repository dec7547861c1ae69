"""Retention (purging review text) and key rotation: the minimum-necessary chores."""
