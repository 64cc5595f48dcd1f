"""`python -m recp_audit` runs the command-line entry point."""

from recp_audit.cli import main

raise SystemExit(main())
