"""The forward plan pane and its tree model."""
