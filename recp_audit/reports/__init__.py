"""Reports and exports built from an audit's data (no Qt): PDF, workbook, CSV tables."""
