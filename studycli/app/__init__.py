"""The application layer: what a student does (take an exam, run a quiz, list cards), as
functions of the store, a key reader (ui.keyinput), a clock (app.clock) and a screen that
renders. `cli/` and `fastpath/` parse arguments and call these; `ui/` only renders and reads
keys; the rules themselves live in the domain packages (quiz/, exam/, conflicts)."""
