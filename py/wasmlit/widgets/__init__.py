"""Widgets: elements with a value kept in session state."""
