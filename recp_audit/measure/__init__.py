"""Instrument measurements: quantities, calibration, series import and statistics (no Qt)."""
