"""Reads for pages and commands: each function loads what one page or command shows, in one
transaction, and returns records. Nothing here changes state (services/ does)."""
