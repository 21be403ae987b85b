"""Queue names shared by the actors and the monitoring views."""

CHUNKS = "chunks"  # heavy work: splitting books and processing chunks
CONTROL = "control"  # light, latency-sensitive: merges, watchdogs, sweeps

ALL = (CHUNKS, CONTROL)
