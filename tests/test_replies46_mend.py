"""Tester of main (session 46), H1 and L7: a reply's correction is applied when a second
sentence follows it, and a reply that calls the figure before it out of date takes it back."""

from __future__ import annotations

import pytest

from tests.helpers import parsed_quantities


@pytest.mark.parametrize("text", [
    "## SQS\n- retention max is 7 days\n- no its 14 days not 7. default is 4\n",
    "[03/11/2026, 21:10] Me: sqs retention max is 7 days right\n"
    "[03/11/2026, 21:11] Priya: no its 14 days not 7. default is 4\n"
    "[03/11/2026, 21:12] Me: ok. and visibility timeout max 12h\n",
    "## SQS\n- retention max is 7 days\n- no its 14 days not 7; the default is 4\n",
])
def test_a_correction_followed_by_another_sentence_is_applied(text):
    values = {(s, a, q, v) for s, _, a, q, v in parsed_quantities(text, "c.txt")}
    assert ("SQS", "retention period", "max", "14 days") in values, values
    assert not any(v in ("7 days", "14 days") and a != "retention period"
                   for _, a, _, v in values), values
    assert not any(v == "7 days" for _, _, _, v in values), values


def test_the_qualifier_of_the_replys_own_clause_still_holds():
    # "and the default is 4 days not 14": of the default, the maximum of 14 days stays
    values = {(a, q, v) for _, _, a, q, v in parsed_quantities(
        "## SQS\n- retention max 14 days, default 14 days\n"
        "- ok so max is fine. and the default is 4 days not 14\n")}
    assert ("retention period", "max", "14 days") in values, values


CHAT = ("[03/11/2026, 21:13] Priya: yes. what about lambda max memory\n"
        "[03/11/2026, 21:14] Me: 3 GB\n"
        "[03/11/2026, 21:15] Priya: {reply}\n"
        "[03/11/2026, 21:17] Me: EC2 instance store is ephemeral, lost on stop\n")


@pytest.mark.parametrize("reply", [
    "that's old, it's 10 GB now (10240 MB)",
    "no, that's outdated: 10 GB now",
])
def test_a_reply_calling_the_figure_before_it_old_takes_it_back(reply):
    from studycli.extract import parse_note

    facts = parse_note(CHAT.format(reply=reply), "chat.txt").facts
    assert not any("3 GB" in f.value for f in facts), [(f.line, f.value) for f in facts]
    assert any(f.value == "10 GB" and f.service == "Lambda" and f.line == 3 for f in facts), \
        [(f.line, f.kind, f.value) for f in facts]


@pytest.mark.parametrize("reply", ["and /tmp is 10 GB", "it's old-gen storage, 10 GB"])
def test_a_figure_not_called_old_stays(reply):
    from studycli.extract import parse_note

    facts = parse_note(CHAT.format(reply=reply), "chat.txt").facts
    assert any("3 GB" in f.value for f in facts), [(f.line, f.value) for f in facts]
