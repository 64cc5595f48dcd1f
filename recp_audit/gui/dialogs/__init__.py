"""Dialogs: they take their data in the constructor and answer with accept()."""
