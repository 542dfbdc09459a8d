"""studycli: study AWS certification exams from your own notes."""

__version__ = "0.1.0"
