"""What the worker runs while it boots Python, apart from the session runtime:
putting a restored memory snapshot right for this browser (snapshot_fixups)
and installing the site's vendored wheels (wheels)."""
