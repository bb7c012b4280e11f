"""Benchmark tooling: a synthetic corpus generator and the extraction-speed benchmark."""
