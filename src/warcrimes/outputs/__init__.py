"""Outputs: what leaves the register for the UN, the ICRC and prosecutors.

Dossiers (model, HTML, PDF), drafted letters, and streaming exports (ACLED-style CSV, GeoJSON,
lossless JSON Lines, statistics series). The core here is pure: records in, documents out; the
queries that feed it and the commands that call it live in the layers above and below.
"""
