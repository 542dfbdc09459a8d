"""Notes in other languages: their words for "not" read as English "not" (a feature a note
says is not supported is never taught as supported), Japanese loanwords and Brazilian
Portuguese defaults read as the attributes they name (studycli/languages.py,
languages_more.py)."""

from __future__ import annotations

import json

from studycli.notes.gloss import gloss
from tests.helpers import run_here

_PT = " Isso é uma nota para você com mas também quando entre cada. "
_RU = " Это и в на для по с только можно нужно. "
_VI = " là của và được có cho với trong khi. "
_TR = " ve bir için ile bu olarak veya gibi. "
_HI = " hai hain mein karo aur sirf wale. "


def test_each_languages_negation_reads_as_not():
    assert "FIFO is not supported" in gloss("FIFO não é suportado em SNS." + _PT)
    assert "Lambda does not support Docker" in gloss("Lambda não suporta Docker." + _PT)
    assert "FIFO is not supported" in gloss("FIFO не поддерживается." + _RU)
    assert "FIFO is not supported" in gloss("FIFO không được hỗ trợ." + _VI)
    assert "Lambda does not support Docker" in gloss("Lambda không hỗ trợ Docker." + _VI)
    assert "FIFO is not supported" in gloss("FIFO desteklenmiyor." + _TR)
    assert "standby not okunabilir" in gloss("standby okunabilir değil." + _TR)
    assert "no encryption" in gloss("şifreleme yok." + _TR)
    assert "peering not transitive" in gloss("peering transitive NAHI hai." + _HI)
    assert "read  not possible" in gloss("スタンバイは読み取り不可")


def test_the_older_languages_say_not_supported_too():
    assert "FIFO is not supported" in gloss("FIFO wird nicht unterstützt. und oder mit für "
                                            "ist sind wird")
    assert "FIFO is not supported" in gloss("FIFO n'est pas pris en charge. les des est "
                                            "sont avec pour dans")
    assert "FIFO is not supported" in gloss("FIFO no es compatible. los las una del para "
                                            "por pero")
    assert "FIFO is not supported" in gloss("FIFO non è supportato. il della delle degli "
                                            "che sono anche")
    assert "FIFO is not supported" in gloss("FIFO nie jest obsługiwany. jest się dla lub "
                                            "oraz tylko")


def test_negation_words_leave_an_english_note_alone():
    english = "FIFO is not supported; peering transitive nahi? no. yok değil não"
    assert gloss(english) == english


def test_japanese_can_only_is_no_cannot():
    # "しか...できない" is "only": no "cannot" read into it
    assert "cannot" not in gloss("RDS Proxy はVPC内からしかアクセスできない")


def test_other_language_notes_are_found_by_english_queries(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "lambda_pt.md").write_text(
        "# Lambda\n\n- timeout padrão: 3 segundos, máximo 15 minutos" + _PT + "\n",
        encoding="utf-8")
    (notes / "rds_ja.md").write_text(
        "# RDS\n\n- リードレプリカは非同期レプリケーション。最大５個まで\n"
        "- Memcached: １クラスター最大２０ノード\n", encoding="utf-8")
    db = tmp_path / "s.db"
    assert run_here("ingest", str(notes), db=db).returncode == 0
    hit = json.loads(run_here("lookup", "lambda default timeout", "--json", db=db).stdout)[0]
    assert (hit["value"], hit["line"]) == ("3 s", 3)
    hits = json.loads(run_here("lookup", "rds max read replicas", "--json", db=db).stdout)
    assert hits and hits[0]["line"] == 3 and "５" in hits[0]["snippet"]
