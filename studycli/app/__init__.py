"""Application workflows between the CLI and the UI: take the store, the key reader, the clock."""
