"""SQLite storage. All SQL of the project lives in this package."""

# The connections this process opened, held to be closed when it ends (store.db's
# close_opened), or None: freed as usual. Only a process that ends with its command holds
# them (entry.main sets a list); one that runs many commands (the tests) does not.
held_connections: list | None = None
