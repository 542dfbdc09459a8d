"""Exports of the quiz deck for other tools: an Anki package, CSV and printable Markdown."""
