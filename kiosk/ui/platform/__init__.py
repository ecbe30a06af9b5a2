"""Qt services every feature may use; nothing here imports a feature."""
