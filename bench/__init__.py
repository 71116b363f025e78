"""Benchmarks: each bench_<topic>.py exposes run() -> list[(label, figure)]; `make bench` prints them all."""
