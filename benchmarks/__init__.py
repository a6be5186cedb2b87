"""Benchmarks for wirefacts (not part of the installed package)."""
