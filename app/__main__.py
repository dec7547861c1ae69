"""`python -m app ...` runs the SafeReply command line."""

from app.cli import main

raise SystemExit(main())
