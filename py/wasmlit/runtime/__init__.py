"""The script runtime: session state, run context, script runner, app session."""
