"""A quoted line's caveat names a flagged figure by the measure the AWS reference entry is of,
where the parser filed it under another: "Your note line also gives Amazon Data Firehose
retention period (60–900 s), which is out of date: AWS docs: 0 s" named a retention nobody
wrote and made 0 s its value (an AWS-certified reviewer, session 37)."""

from __future__ import annotations


def test_a_misfiled_figure_is_named_by_the_entry_that_flags_it(tmp_path):
    """(The parser files this line's range right since extract37's bracket rule; the test
    below holds the caveat's own rule for a figure it still misfiles.)"""
    import studycli.questions.currency as currency
    from studycli.database import ensure_database
    from studycli.questions import FactPool
    from tests.helpers import note_db

    text = ("## Kinesis\n\n"
            "- Firehose: near real time, buffer 60 sec min (buffer interval 60-900s), "
            "no replay, destinations S3 / Redshift\n")
    pool = FactPool.load(ensure_database(note_db(tmp_path, text)))
    said = [currency.line_caveat(pool, f.source, f.line, {f.id}) for f in pool.facts]
    flagged = [s for s in said if "0 s" in s]
    assert flagged, said
    for caveat in flagged:
        assert "retention" not in caveat, caveat
        assert "buffer interval" in caveat, caveat


def test_a_figure_named_in_other_words_keeps_its_own_name():
    """The entry's name is used only where the fact's measure shares no word with it."""
    from studycli.questions.currency import Currency, _measure_of_claim

    cur = Currency(status="outdated", current_value="0 s", url="u", checked="2026-12-01",
                   changed="", number=0, unit="s", low=None, high=None, kind="limit",
                   reference_id="firehose.buffer-interval.min")
    assert _measure_of_claim("retention period", cur) == (
        "Amazon Data Firehose minimum buffer interval")
    assert _measure_of_claim("buffer interval", cur) == ""
    assert _measure_of_claim("interval", cur) == ""
