"""Manager overrides: dismiss one review or reply finding as a false positive."""
