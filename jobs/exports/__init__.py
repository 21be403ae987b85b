"""Results out: one module per export format behind a small registry (see base.py)."""
