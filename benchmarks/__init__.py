"""Benchmarks: scoring and runners over ../shared/data (never shipped in the package)."""
