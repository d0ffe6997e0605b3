"""The offline interactive HTML explorer (``graph.html``).

>>> from kg.html import write_html  # write_html(claims, Path("graph.html"), title="Korea")
"""

from kg.html.explorer import build_payload, json_for_html, render_html, write_html

__all__ = ["build_payload", "json_for_html", "render_html", "write_html"]
