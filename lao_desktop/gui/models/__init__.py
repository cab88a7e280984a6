"""Item models of the program's lists and trees; tested without a window."""
