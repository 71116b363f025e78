"""Hostile report files of a given size: one line of megabytes, and a page of deeply nested markup.

Shared by tests/test_hostile_files.py (hang guard only) and bench/bench_hostile.py (the figures).
"""

from __future__ import annotations

SENTENCE = "Russian troops shelled Kharkiv on 3 March 2024, killing two civilians, the governor said. "


def one_line_text(size: int) -> str:
    """`size` characters of report-like sentences with no line break at all."""
    return (SENTENCE * (size // len(SENTENCE) + 1))[:size]


def nested_html(size: int, depth: int = 30) -> str:
    """About `size` bytes of paragraphs each wrapped `depth` divs deep, as page builders nest them."""
    unit = "<div>" * depth + "<p>" + SENTENCE + "</p>" + "</div>" * depth
    return "<html><head><title>Page</title></head><body>" + unit * max(1, size // len(unit)) + "</body></html>"


def deep_html(size: int) -> str:
    """Tags nested thousands of levels deep (past the HTML parser's depth limit of 256)."""
    depth = size // 22
    return ("<html><body>" + "<div><span>" * depth + SENTENCE + "</span></div>" * depth + "</body></html>")
