"""Entry point for ``python -m dirdesk``."""

from dirdesk.cli import main

raise SystemExit(main())
