"""The processors' names and Gemini's tiers: what a job may ask for.

Instances are built where the deployment's settings are known
(jobs.pipeline.processors), one per worker process.
"""

from __future__ import annotations

PROCESSOR_NAMES = ("local", "gemini")
TIERS = ("speed", "balanced", "quality")
