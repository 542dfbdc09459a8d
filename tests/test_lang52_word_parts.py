"""Issue 10: a note's words in its own language read as the glossary's words they are made
of (notes/word_parts.py): a compound ("meldingsstørrelse", "Tabellengröße", "üzenetméret")
as its parts, an inflected word ("souboru", "αρχείου", "størrelsen") as its stem; and notes in
Norwegian and Danish (studycli/languages_nordic.py), whose attribute words no table read, so
that "sqs max message size" found nothing in "maks meldingsstørrelse: 1 MiB".

An SQS message is now at most 1 MiB (1,048,576 bytes; 256 KiB was the former maximum):
https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/sqs/aws.sdk.kotlin.services.sqs.model/-send-message-request/-builder/message-body.html
(SendMessage's MessageBody), https://docs.aws.amazon.com/AWSSimpleQueueService/latest/
SQSDeveloperGuide/quotas-messages.html."""

from __future__ import annotations

import pytest

from studycli.notes.gloss import gloss, languages_of
from studycli.notes.word_parts import _singular, read_word
from tests.helpers import folder_cli

NORWEGIAN = """\
# Køer og strømmer

Notater fra kurset, og ikke alt er sjekket ennå. Bare det viktigste.

## SQS
- maks meldingsstørrelse: 1 MiB
- retention standard: 4 dager, maks 14 dager
- visibility timeout er 30 sek som standard, maks 12 timer
- opptil 10 meldinger per kall, hvis man bruker batch
- Standard kø: at-least-once, mellom 0 og 15 min forsinkelse
"""

DANISH = """\
# Lagring

Noter til eksamen, ikke alt er med. Kun det vigtigste, og efter kurset.

## S3
- maks objektstørrelse: 5 TB
- versionering kan ikke slås fra, kun suspenderes
- Glacier Deep Archive: minimum lagringstid 180 dage
- ID token gyldige 1 time (standard), refresh token op til 3650 dage
"""


@pytest.mark.parametrize(("code", "word", "english"), [
    ("no_da", "meldingsstørrelse", "message size"),  # a linking "s"
    ("no_da", "objektstørrelse", "object size"),
    ("de", "tabellengröße", "table size"),  # "Tabelle" + "n" + "Größe"
    ("nl", "berichtgrootte", "message size"),
    ("sv", "meddelandestorlek", "message size"),
    ("hu", "üzenetméret", "message size"),
    ("fi", "viestikoko", "message size"),
    ("no_da", "størrelsen", "size"),  # the definite article glued on
    ("cs", "souboru", "file"),  # a case ending ("velikost souboru": a file's size)
    ("el", "αρχείου", "file"),
    ("uk", "регіонах", "region"),
])
def test_compounds_and_inflected_words_read_as_their_glossary_words(code, word, english):
    assert read_word(code, word) == english


@pytest.mark.parametrize(("code", "word"), [
    ("de", "größer"),  # bigger: "Größe" (size) with no ending of a noun
    ("it", "funziona"),  # it works: no "funzione" (function)
    ("ro", "implicit"),  # a default only before its figure ("implicit deny" is IAM's)
    ("no_da", "standard"),  # a default only before its figure, a queue class elsewhere
    ("fi", "välillä"),  # between, no interval
    ("pl", "nie"),  # a negation is no thing
    ("de", "nachrichtengröße"),  # the glossary's own word: read by the glossary
])
def test_words_the_tables_read_otherwise_are_not_read_as_parts(code, word):
    assert read_word(code, word) is None


def test_norwegian_and_danish_notes_are_told_and_read_in_english():
    assert languages_of(NORWEGIAN) == {"no_da"} and languages_of(DANISH) == {"no_da"}
    norwegian, danish = gloss(NORWEGIAN), gloss(DANISH)
    assert "max message size: 1 MiB" in norwegian
    assert "retention default: 4 days, max 14 days" in norwegian
    assert "30 s by default, max 12 hours" in norwegian
    assert "- Standard queue: at-least-once" in norwegian  # a queue class, no default
    assert "hvis man bruker batch" in norwegian  # "bruker" uses (and is a user): unread
    assert "max object size: 5 TB" in danish
    assert "valid 1 hours (default)" in danish and "up to 3650 days" in danish


def test_english_lines_of_a_note_in_a_language_are_not_read_as_parts():
    # (an English note is told in no language and never glossed: its English lines inside
    # a Norwegian note are what word_parts reads)
    english = ("- the bigger the message size, the more it costs\n"
               "- Standard queue retention default 4 days, implicit deny in IAM\n"
               "- files, tables, messages, records and regions are written as English\n")
    assert languages_of(NORWEGIAN + english) == {"no_da"}
    assert gloss(NORWEGIAN + english).endswith(english)


def _first(ask, query: str):
    hits = ask("lookup", query)
    return hits[0]["value"] if hits else None


def test_lookup_finds_what_norwegian_and_danish_notes_say_and_not_what_they_do_not(tmp_path):
    ask = folder_cli(tmp_path, {"sqs.md": NORWEGIAN, "s3.md": DANISH})
    assert _first(ask, "sqs max message size") == "1 MiB"
    assert _first(ask, "sqs retention default") == "4 days"
    assert _first(ask, "sqs visibility timeout max") == "12 h"
    assert _first(ask, "s3 max object size") == "5 TB"
    # asked of what the notes do not say: nothing
    assert _first(ask, "sns max message size") is None
    assert _first(ask, "s3 max object count") is None


def test_english_nouns_with_czech_and_romanian_endings_read_as_the_noun():
    # their LOANWORD_ENDINGS (notes/gloss.py's _declined): the plural kept, "instancí" in
    # place of "instance"'s last "e"
    czech = ("# Poznámky EC2\n\nJe to jen pro mě, a ne pro jiné. Nebo když není čas, tak"
             " také ne.\n\n- Multi-Attach: max 16 instancí v jedné AZ\n- 400 Bad Request\n"
             "- TTL bucketu 5 dní, 10 requestů\n")
    assert languages_of(czech) == {"cs"}
    glossed = gloss(czech)
    # the English noun as English writes it stays as written ("400 Bad Request")
    assert "max 16 instances v jedné AZ" in glossed and "400 Bad Request" in glossed
    assert "TTL bucket 5" in glossed and "10 requests" in glossed
    romanian = ("# Note S3\n\nAcestea sunt notițele mele, și nu pentru alții. Doar pentru"
                " examen, dar poate sunt greșeli când este ceva nou.\n\n"
                "- max 100 bucketuri per cont\n- versionarea bucketului nu poate fi oprită\n")
    assert languages_of(romanian) == {"ro"}
    assert "max 100 buckets per account" in gloss(romanian)
    assert "versionarea bucket cannot" in gloss(romanian)
    assert read_word("cs", "request") is None and read_word("es", "regions") is None


def test_swedish_and_greek_defaults_are_read_and_a_tier_stays_a_tier():
    swedish = ("# Databaser\n\nDet är mina anteckningar, och inte för andra. Kan vara fel"
               " när man läser efter.\n\n- automatiska backups: standard 7 dagar\n"
               "- GSI: max 20 per tabell (standard)\n"
               "- Parameter Store: standard 4 KB, advanced 8 KB\n")
    assert languages_of(swedish) == {"sv"}
    glossed = gloss(swedish)
    assert "backups: default 7 days" in glossed and "per table (default)" in glossed
    assert "standard 4 KB, advanced 8 KB" in glossed  # the Standard tier, no default
    greek = ("# KMS\n\n- Το κλειδί: μόνο για μένα, και δεν είναι για τα άλλα ή για"
             " τις υπηρεσίες της AWS\n- διαγραφή: waiting period 7 έως 30 ημέρες,"
             " προεπιλογή 30\n")
    assert languages_of(greek) == {"el"}
    assert "default 30" in gloss(greek)


SWEDISH_TIERS = ("# Tjänster\n\nDet är mina anteckningar, och inte för andra. Kan vara fel"
                 " när man läser efter.\n\n")


def test_swedish_standard_naming_a_workflow_type_or_consumer_is_no_default():
    # Step Functions: Standard workflows run up to 1 year, Express up to 5 minutes; Kinesis:
    # a standard consumer shares 2 MB/s per shard, enhanced fan-out gets its own
    glossed = gloss(SWEDISH_TIERS + "- Step Functions: standard 1 år, express 5 minuter\n"
                    "- Kinesis: standard 2 MB/s per shard, enhanced fan-out 2 MB/s\n")
    assert "standard 1 years, express 5 min" in glossed
    assert "standard 2 MB/s per shard" in glossed
    norwegian = gloss(NORWEGIAN + "- Step Functions: standard 1 år, express 5 minutter\n")
    assert "standard 1 years, express 5 min" in norwegian


def test_dutch_and_portuguese_standard_naming_a_type_or_tier_is_no_default():
    # the English class words ("express", "advanced") tell such a line in every language
    # (notes/gloss.py), not only in Swedish, Norwegian and Danish
    dutch = gloss("# Diensten\n\nDit zijn mijn aantekeningen, niet voor een ander. Het is"
                  " alleen voor het examen en er kan een fout in zijn.\n\n"
                  "- Step Functions: standaard 1 jaar, express 5 minuten\n"
                  "- Parameter Store: standaard 4 KB, advanced 8 KB\n"
                  "- sessieduur standaard 1 uur\n")
    assert "standaard 1 jaar, express 5 minuten" in dutch
    assert "standaard 4 KB, advanced 8 KB" in dutch
    assert "default 1" in dutch
    portuguese = gloss("# Serviços\n\nEstas são as minhas notas, não para outra pessoa."
                       " Também pode ter erro, mas isso é para a prova.\n\n"
                       "- Step Functions: padrão 1 ano, express 5 minutos\n"
                       "- Parameter Store: padrão 4 KB, advanced 8 KB\n"
                       "- timeout padrão 3 segundos\n")
    assert "padrão 1 ano, express 5 minutos" in portuguese
    assert "padrão 4 KB, advanced 8 KB" in portuguese
    assert "timeout default 3" in portuguese


def test_standard_in_a_table_row_is_a_tier_when_another_row_names_one():
    # Parameter Store: the Standard tier holds 10,000 parameters, no default count
    table = ("| | Secrets Manager | SSM Parameter Store |\n|---|---|---|\n"
             "| max storlek | 64 KB | standard 4 KB, advanced 8 KB |\n"
             "| antal | 500 000 per region | standard 10 000 parametrar |\n")
    glossed = gloss(SWEDISH_TIERS + table)
    assert "standard 10000 parametrar" in glossed and "default 10000" not in glossed
    # a table naming no tier keeps its defaults
    plain = gloss(SWEDISH_TIERS + "| tjänst | retention |\n|---|---|\n| SQS | standard 4 dagar |\n")
    assert "default 4 days" in plain


@pytest.mark.parametrize(("plural", "singular"), [
    ("messages", "message"), ("retention periods", "retention period"),
    ("synchronous", "synchronous"), ("asynchronous", "asynchronous"), ("status", "status"),
    ("retries", "retry"), ("addresses", "address"), ("indexes", "index"), ("access", "access"),
])
def test_a_compounds_modifier_is_the_english_singular(plural, singular):
    # "synkron" is synchronous, no "synchronou"; "wiederholungen" retries, no "retrie"
    assert _singular(plural) == singular


@pytest.mark.parametrize("word", ["forsøke", "tegne", "prise", "rabatte"])
def test_a_norwegian_or_danish_verb_is_no_plural_of_the_noun_it_is_made_from(word):
    # "-e" on a noun is a verb's infinitive ("Lambda vil forsøke 2 ganger til": it tries
    # twice more, no "2 attempts"; "tegne": to draw, no characters)
    assert read_word("no_da", word) is None
