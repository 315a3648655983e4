"""The shared editing machinery: one way out for pending edits, undo per document,
the background writer and the open meeting."""
