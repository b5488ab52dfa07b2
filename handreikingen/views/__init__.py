"""Views of the guides section, one module per feature; the pages route to them.

The raadsledentool's views live with the tool, in `handreikingen.raadsleden.views`.
"""
