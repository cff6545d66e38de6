"""Mode pages: one tab of the main window each, built on convstudio.modes.ModePage."""
