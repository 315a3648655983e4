"""The board's world as plain Python: meetings, items, the timed grid, the forward plan.

Nothing here imports PySide6, SQLAlchemy or docx (tests/test_layers.py checks it).
"""
