"""The agenda pane: meeting facts, items and their editor, the timed grid."""
