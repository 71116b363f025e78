"""The application layer: every change of state is one function here.

Each opens one unit of work (services/unit.py): one transaction that writes the rows, appends
their custody entries and names the person acting, then returns the new state. The CLI, the web
and exports call these; nothing else opens a write transaction or appends to the custody log.
"""
