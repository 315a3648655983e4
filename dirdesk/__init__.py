"""dirdesk: agenda, minutes and forward plan for a Danish executive board."""

__version__ = "0.1.0"
