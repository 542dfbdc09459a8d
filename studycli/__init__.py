"""studycli: study AWS certification exams from your own notes."""

__version__ = "0.1.0"

# When this process began importing studycli: a kept table whose code or data file was written
# after it (or just before: coarse file clocks) may not be what this process's code built
# from, so it is built but not kept (paths.written_since_start).
_STARTED_NS = __import__("time").time_ns()
