"""Shipped public code lists (NACE economic activities, later EWC waste codes)."""
