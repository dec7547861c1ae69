"""Reply templates, drafts and the editor."""
