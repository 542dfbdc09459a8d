"""Extraction of facts from note blocks."""
