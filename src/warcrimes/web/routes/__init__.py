"""Route modules: each parses the request, calls one query (or service) function, and renders."""
