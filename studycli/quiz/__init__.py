"""The daily quiz: which cards to ask today, and what each answer does to them.

`session.Session` is the logic (no printing, no key reading, clock injected); the interactive
loop that reads keys and draws the screen is `studycli.ui.quiz_loop`.
"""
