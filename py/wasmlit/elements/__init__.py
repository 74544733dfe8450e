"""Display elements (no widget state)."""
