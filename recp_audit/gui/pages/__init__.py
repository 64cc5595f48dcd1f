"""Pages shown on the right of the navigation tree."""
