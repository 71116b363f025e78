"""Custody: the evidence vault and the verifiable, append-only custody log.

Kept import-free so `warcrimes.store` can load the schema module without cycles.
"""
