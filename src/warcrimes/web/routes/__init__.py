"""Route modules: each parses the request, calls the store once or twice, and renders."""
