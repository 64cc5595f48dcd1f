"""Reports and exports built from an audit's data (no Qt): workbook, CSV tables."""
