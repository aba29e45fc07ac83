"""The benchmark script: `python -m timeline.bench` (see docs/benchmark.md)."""
