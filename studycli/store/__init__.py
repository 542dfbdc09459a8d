"""SQLite storage. All SQL of the project lives in this package.

The modules `lookup` loads take sqlite3's C module, `_sqlite3`, as `sqlite3`: the same
connect(), Connection, Cursor, Row and errors (sqlite3/dbapi2.py re-exports them with a star
import, on CPython and PyPy alike), without what the package adds: an import of datetime (a
pure-Python module run whole, then replaced by its C twin) to register date adapters and
converters no studycli query binds or declares. That import was ~2% of a lookup's
instructions (callgrind), saved on a lookup the notes answer directly; lookup's line search
(lookup/lines.py, context.py, search.py...) still imports sqlite3 whole. A module that binds
dates, or any other command's module, imports sqlite3 as usual (both names then hold the same
classes).
"""

# The connections this process opened, held to be closed when it ends (store.db's
# close_opened), or None: freed as usual. Only a process that ends with its command holds
# them (entry.main sets a list); one that runs many commands (the tests) does not.
held_connections: list | None = None
