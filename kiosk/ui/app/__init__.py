"""Start-up: builds the window and wires the features together (the only room that may)."""
