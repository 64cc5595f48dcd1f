"""The PySide6 desktop client: a thin layer over `recp_audit.services`."""
