"""Use-cases shared by the GUI and the CLI (plain Python, no Qt)."""
