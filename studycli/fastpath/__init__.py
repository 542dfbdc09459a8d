"""Commands that must start fast: stdlib only, plus what they import lazily."""
