"""One rule names a card key's service in the quiz (quiz.service_name): the session's
messages and both quiz screens used to spell `canonical_service(key) or key` each."""

from __future__ import annotations

import inspect

from rich.console import Console


def test_a_key_is_named_as_the_table_spells_it_or_as_itself():
    from studycli.quiz import service_name

    assert service_name("sqs") == "SQS"
    assert service_name("nosuchkey") == "nosuchkey"


def test_the_screens_and_the_session_share_it():
    import studycli.quiz.session as session
    import studycli.ui.quiz_view as view

    for module in (session, view):
        assert "canonical_service(" not in inspect.getsource(module), module.__name__
    out = Console(width=100, record=True)
    out.print(view.nothing_due(None, 0, __import__("datetime").datetime.now(), "sqs"))
    assert "SQS" in out.export_text()
