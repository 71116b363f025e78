"""Ingest: read report files safely, one reader per format, with the metadata they declare.

Pure reading only; storing a report with what extraction finds is services/ingest.py.
"""
