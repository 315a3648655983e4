"""The follow-up pane."""
