"""Issue 10: notes in Swedish, Czech, Romanian, Hungarian, Indonesian and Greek (English service
names) are read with studycli/languages_further.py: their units ("30 dagar", "365 dní",
"72 de ore", "2 perces", "30 detik", "300 δευτερόλεπτα"), bounds and counted nouns, which no
fact was made of before. Their unit words that are English words elsewhere ("nap", "perc",
"jam", "let", "minute") stay English in an English note."""

from __future__ import annotations

from studycli.notes.gloss import gloss, languages_of
from tests.helpers import folder_cli

SWEDISH = """\
# IAM och KMS

- en user kan vara med i max 10 grupper, och det är inte per region
- roller per konto: 500 som default (soft limit)

## KMS
- radering av nyckel: väntetid 7-30 dagar, default 30 dagar
- KMS Encrypt-API: max 4 KB data direkt, bara för små data efter att man har läst på
"""

CZECH = """\
# IAM poznámky

- IAM je globální služba, ale root účet jen pro pár úkolů, nebo když není jiná cesta
- max 5 000 IAM uživatelů na účet
- KMS: automatická rotace klíče každý rok (365 dní), také lze při potřebě změnit
"""

ROMANIAN = """\
# Notițe Aurora și EC2

- Backtrack (doar Aurora MySQL): înapoi în timp până la 72 de ore, fără restore, pentru care e bun
- spread → max 7 instanțe pe AZ per grup, sau după caz, când este nevoie
"""

HUNGARIAN = """\
# EC2 jegyzetek

- Spot: max 90% kedvezmény, 2 perces figyelmeztetés megszakítás előtt
- ASG default cooldown: 300 másodperc (5 perc), csak egy és nem több, hogy már lehet
"""

INDONESIAN = """\
# Catatan Route 53

- health check interval default 30 detik, atau fast 10 detik, dan ini juga bisa untuk yang lain
- kalau tidak ada, harus cek dari situ saja
"""

GREEK = """\
# API Gateway

- Caching: default TTL 300 δευτερόλεπτα, max 3600 δευτερόλεπτα, και το cache για REST
- Visibility timeout του SQS: default 30 δευτερόλεπτα, max 12 ώρες, δεν είναι μόνο σε μία ουρά
"""

ENGLISH = """\
# Study log

- I take a nap after 2 perc sessions; 5 jam jars, 3 let-downs, 4 minute walks
- Lambda timeout max 15 min
"""


def test_each_language_is_told_by_its_function_words_and_english_is_not():
    assert languages_of(SWEDISH) == {"sv"}
    assert languages_of(CZECH) == {"cs"}
    assert languages_of(ROMANIAN) == {"ro"}
    assert languages_of(HUNGARIAN) == {"hu"}
    assert languages_of(INDONESIAN) == {"id"}
    assert languages_of(GREEK) == {"el"}
    assert languages_of(ENGLISH) == frozenset()
    assert gloss(ENGLISH) == ENGLISH  # "2 perc", "5 jam", "4 minute" in English are no units


def test_units_counted_nouns_and_number_formats_are_read_as_english_writes_them():
    assert "7-30 days, default 30 days" in gloss(SWEDISH)
    assert "roles per account: 500 by default" in gloss(SWEDISH)
    assert "max 5000 IAM users per account" in gloss(CZECH) and "(365 days)" in gloss(CZECH)
    assert "up to 72 hours" in gloss(ROMANIAN) and "max 7 instances per AZ" in gloss(ROMANIAN)
    assert "2 min notice" in gloss(HUNGARIAN) and "300 s (5 min)" in gloss(HUNGARIAN)
    assert "default 30 s, atau fast 10 s" in gloss(INDONESIAN)
    assert "default TTL 300 s, max 3600 s" in gloss(GREEK) and "max 12 hours" in gloss(GREEK)


def _first(ask, query: str) -> str:
    hits = ask("lookup", query)
    assert hits, f"abstained on {query!r}"
    return hits[0]["value"]


def test_notes_in_six_languages_answer_english_queries(tmp_path):
    # one folder (one ingest, for speed): the English note among them reads as before
    ask = folder_cli(tmp_path, {"iam_sv.md": SWEDISH, "iam_cs.md": CZECH, "db_ro.md": ROMANIAN,
                                "ec2_hu.md": HUNGARIAN, "r53_id.md": INDONESIAN,
                                "apigw_el.md": GREEK, "log.md": ENGLISH})
    assert "default 30 days" in _first(ask, "kms key deletion waiting period default")
    assert _first(ask, "iam users max per account") == "5000 IAM users"
    assert _first(ask, "aurora backtrack how far back") == "72 h"
    assert _first(ask, "spot interruption notice") == "2 min"
    assert _first(ask, "route 53 health check interval default") == "30 s"
    assert _first(ask, "api gateway cache default ttl") == "300 s"
    english = [f["value"] for f in ask("facts") if f["source"].endswith("log.md")
               and f["kind"] != "fact"]
    assert english == ["15 min"]  # no "2 min" nap, no "5 h" of jam


def test_counted_nouns_of_italian_and_spanish_notes_are_read():
    # "5.000 utenti IAM", "máx 10 grupos": the glossary reads the nouns counted, so the
    # count is a fact (it was a plain statement)
    from studycli.extract import parse_note

    italian = ("# IAM\n\n- massimo **5.000 utenti IAM** per account, il che è anche una regola"
               " della console\n- un utente può stare in al massimo **10 gruppi** quando"
               " serve, nella stessa organizzazione che gli altri\n")
    spanish = ("# IAM\n\n- un user puede estar en máx 10 grupos, para los usuarios también\n"
               "- tamaño máx de una managed policy: 6.144 caracteres, cuando está en la cuenta\n")
    assert languages_of(italian) == {"it"} and languages_of(spanish) == {"es"}
    values = {f.value for text in (italian, spanish) for f in parse_note(text, "n.md").facts
              if f.kind != "fact"}
    assert {"5000 users", "10 groups", "6144 characters"} <= values


def test_words_of_the_languages_not_right_after_a_number_stay_english_words():
    # "nap", "perc", "jam", "let", "minute" are units only right after a number, in a note in
    # the language too; elsewhere in that note they are the English (or AWS) word
    hungarian = HUNGARIAN + "- a nap jegyzet: perc nem kell, csak egy nap\n"
    indonesian = INDONESIAN + "- jam session saja, untuk yang lain\n"
    czech = CZECH + "- let it be, nebo není\n"
    romanian = ROMANIAN + "- minute taker pentru care este doar\n"
    assert languages_of(hungarian) == {"hu"} and languages_of(indonesian) == {"id"}
    assert languages_of(czech) == {"cs"} and languages_of(romanian) == {"ro"}
    assert "- a nap jegyzet: perc nem kell, csak egy nap" in gloss(hungarian)
    assert "- jam session saja" in gloss(indonesian)
    assert "- let it be, or není" in gloss(czech)
    assert "- minute taker pentru" in gloss(romanian)


def test_ranges_read_with_their_low_end():
    # "7 až 30 dní", "7 sampai 30 hari", "între 7 și 30 de zile" read as "7 to 30 days" does
    assert "čekání 7 to 30 days" in gloss(CZECH + "- KMS čekání 7 až 30 dní\n")
    assert "až" not in gloss(CZECH + "- záloha až 35 dní\n").split("záloha")[1][:12]
    assert "7 to 30 days, atau 7 to 30 days" in gloss(
        INDONESIAN + "- tunggu 7 sampai 30 hari, atau 7 hingga 30 hari\n")
    assert "between 7 and 30 days" in gloss(ROMANIAN + "- așteptare între 7 și 30 de zile\n")


def test_romanian_implicit_deny_stays_an_iam_term():
    glossed = gloss(ROMANIAN
                    + "- IAM: implicit deny, retenție implicită 7 zile, în mod implicit 3\n")
    assert "implicit deny" in glossed and "retention default 7 days" in glossed
    assert "by default 3" in glossed


def test_function_words_name_no_attribute():
    # Czech "ale", Swedish "sedan", Romanian "sau": a language's function words are no name
    from studycli.extract import parse_note

    notes = (CZECH + "- záloha je až 35 dní, ale výchozí 7 dní\n",
             SWEDISH + "- backup sedan 2 år\n",
             ROMANIAN + "- așteptare 7 zile sau 30 de zile\n")
    names = {f.attribute for text in notes for f in parse_note(text, "n.md").facts
             if f.kind != "fact"}
    assert not {n for n in names for w in n.split() if w in {"ale", "je", "sedan", "sau"}}


def test_swedish_roll_back_is_no_role():
    assert "roll back" in gloss(SWEDISH + "- roll back efter 5 min\n")
