"""Workspace files: opening, checking, migrating and copying SQLite databases."""
