"""Login, logout, users and server-side sessions."""
