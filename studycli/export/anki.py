"""An Anki package (.apkg) of the quiz deck, through genanki.

Each note's GUID is our stable card id, so importing a later export into Anki updates the
notes already there instead of adding duplicates; the model and deck ids are fixed numbers
for the same reason."""

from __future__ import annotations

import html
from pathlib import Path

from studycli.export.deck import DeckRow

MODEL_ID = 1_733_061_480     # fixed forever: Anki matches notes to their note type by this id
DECK_ID = 1_733_061_481


def _html(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def answer_field(row: DeckRow) -> str:
    """The back's answer, and under it what the quiz says of a note line AWS has since changed
    (row.note_status): the card shows that line in small print right after, and without the
    caveat a student studying in Anki learns its stale value. In the Answer field, not a new
    one: a note type's fields are fixed once a deck has been imported (MODEL_ID)."""
    if not row.note_status:
        return _html(row.answer)
    return f"{_html(row.answer)}<br><br><b>&#9888;</b> {_html(row.note_status)}"


def write_apkg(rows: list[DeckRow], path: Path, deck_name: str = "studycli") -> None:
    import genanki  # only this command needs it

    model = genanki.Model(
        MODEL_ID, "studycli card",
        fields=[{"name": "Question"}, {"name": "Answer"}, {"name": "NoteLine"},
                {"name": "Source"}],
        templates=[{
            "name": "Card 1",
            "qfmt": "{{Question}}",
            "afmt": "{{FrontSide}}<hr id=answer>{{Answer}}"
                    "<div class=source><br><i>{{NoteLine}}</i><br>{{Source}}</div>",
        }],
        css=".card { font-family: sans-serif; font-size: 18px; } "
            ".source { font-size: 13px; color: #666; }",
    )
    deck = genanki.Deck(DECK_ID, deck_name)
    for row in rows:
        deck.add_note(genanki.Note(
            model=model, guid=row.card_id, tags=list(row.tags),
            fields=[_html(row.question), answer_field(row), _html(row.note_line),
                    _html(row.source)]))
    genanki.Package(deck).write_to_file(str(path))
