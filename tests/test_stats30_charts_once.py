"""`studycli stats` draws its charts once off a terminal: they were drawn plain to measure
their height, which only a terminal's pager asks, then again to print."""

from __future__ import annotations

from typer.testing import CliRunner

from studycli.cli import app
from tests.test_charts import studied_db


def test_off_a_terminal_the_charts_are_drawn_once_and_plain(tmp_path, monkeypatch):
    import studycli.ui.charts as charts

    db_path = tmp_path / "c.db"
    studied_db(db_path).conn.close()
    drawn: list[bool] = []
    real = charts.render_stats_charts

    def counted(data, plain=False, **kw):
        drawn.append(plain)
        return real(data, plain=plain, **kw)

    monkeypatch.setattr(charts, "render_stats_charts", counted)
    result = CliRunner().invoke(app, ["stats", "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    assert drawn == [True]
