"""The live minutes pane: the current item, its decision and the case beside it."""
