"""Notes: normalize messy study notes and turn them into blocks (markdown-it tokens with their
lines, headings and enclosing items). Knows nothing of facts: extraction is extract/'s job."""
