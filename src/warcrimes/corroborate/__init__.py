"""Corroboration: many accounts of one event become one incident with honest counts and sources.

linking joins an account to the incident it tells (or proposes it to an analyst); neardup finds
reposts so they do not count as independent; counts and verification summarise an incident;
review merges and splits incidents with history; series follows a statistic over time.
"""
