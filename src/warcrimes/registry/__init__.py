"""The captives registry: prisoners of war and detained civilians as persons with a status history.

Pure core (no database, no clock): records, the status vocabulary and derivation of the current
status, name transliteration and matching across lists, list import planning, field encryption
and the blind index, and the ICRC tracing-request export. `stored.py` alone reads the registry's
rows, inside a session its caller opened (services/registry*.py write, queries/registry.py read).
docs/registry.md explains the model and the protection.
"""
