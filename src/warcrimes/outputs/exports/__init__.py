"""Exports as streaming writers over iterables of records: one row out per record in, bounded memory.

tables.py (ACLED-style CSV, statistics series CSV), geojson.py, jsonl.py (lossless, for import);
meta.py says what every export records about itself: its filter, time and checkpoint.
"""
