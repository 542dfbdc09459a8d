"""A review of session 21's readers: a note of question-then-answer blocks is no slide deck
(its answers are no page numbers to erase), a quiz's question with no answer key is kept,
"not only" and "at most" in other languages are no negation, code is no LaTeX, a price above
a drawn table is no command, a tag column is no section, and the slide and SQL dump readers
run in linear time (studycli/formats/, studycli/languages*.py)."""

from __future__ import annotations

import json
import time

from studycli.formats import as_markdown
from studycli.formats.slides_text import slides_to_markdown
from studycli.formats.sql_dump import sql_to_markdown
from studycli.notes.gloss import gloss
from tests.helpers import run_here

LIMITS = ("VPC limits I keep forgetting\n\nMax VPCs per region\n5\n\n"
          "Inbound rules per security group\n60\n\nSubnets per VPC\n200\n")


def test_question_then_answer_blocks_read_unchanged():
    assert as_markdown(LIMITS, ".txt") == LIMITS
    # numbers counting up are answers too when a block is a label and its number only
    counted = "Retries\n1\n\nAZs per subnet\n1\n\nNAT per AZ\n2\n\nShards\n3\n"
    assert as_markdown(counted, ".txt") == counted


def test_a_deck_whose_pages_skip_is_no_deck():
    skipping = ("Lambda\ntimeout 15 min\n3\n\nSQS\nretention 14 days\n9\n\n"
                "SNS\nmessage 256 KB\n12\n")
    assert as_markdown(skipping, ".txt") == skipping


def test_a_slides_bare_value_joins_its_long_label():
    deck = ("Intro\nweek one\n1\n\nLambda\nMax timeout\n15 minutes\n2\n\n"
            "Kinesis\nShards per stream default\n500\n3\n")
    out = as_markdown(deck, ".txt").split("\n")
    assert out[9:12] == ["## Kinesis", "- Shards per stream default 500", ""]


def _slide_seconds(n: int) -> float:
    lines = ("A\nb\n1\n\nC\nd\n2\n\nE\nf\n3\n\nTitle\n" + "x on\n" * n + "4\n").split("\n")
    started = time.process_time()  # CPU: load-proof
    out = slides_to_markdown(lines)
    assert out[13].count("x on") == n
    return time.process_time() - started


def test_a_slide_of_many_run_on_lines_reads_in_linear_time():
    # a label grown a line at a time and searched whole each time: 1,000 lines took seconds
    assert _slide_seconds(1000) < 0.5


def test_a_quiz_question_without_an_answer_key_is_kept():
    quiz = ('{"quiz": [\n'
            ' {"question": "Which service stores objects up to 5 TB?", "options": ["S3", "EBS"],'
            ' "correct": "S3"},\n'
            ' {"prompt": "Max SQS message size is 256 KB", "explanation": "use the extended'
            ' client beyond"},\n'
            ' {"term": "SQS retention 14 days max", "term2": "x"}\n]}')
    out = as_markdown(quiz, ".json").split("\n")
    assert out[1] == "Which service stores objects up to 5 TB?"
    assert out[2].startswith("Max SQS message size is 256 KB")
    assert out[3] == "SQS retention 14 days max"


def test_a_second_question_key_is_not_lost():
    card = '{"q": "SQS max message size?", "a": "256 KB", "question": "SQS retention max?"}'
    out = as_markdown(card, ".json")  # (the second overwrote the first: a wrong card)
    assert "SQS max message size? 256 KB" in out and "SQS retention max?" in out


_PT = " Isso é uma nota para você com mas também quando entre cada. "
_DE = " und oder mit für ist sind wird "
_RU = " Это и в на для по с только можно нужно. "
_VI = " là của và được có cho với trong khi. "
_TR = " ve bir için ile bu olarak veya gibi. "
_PL = " jest się dla lub oraz tylko "


def test_not_only_and_at_most_are_no_negation():
    for sentence in ("A retenção não só de 4 dias." + _PT,
                     "Não mais que 10 GB de memória." + _PT,
                     "FIFO wird nicht nur für SQS unterstützt." + _DE,
                     "Nachrichten nicht mehr als 256 KB." + _DE,
                     "Es gibt kein Limit für Warteschlangen." + _DE,
                     "Lambda поддерживает не только Python." + _RU,
                     "Lambda не только для Python." + _RU,
                     "Thời gian chờ của Lambda không quá 15 phút." + _VI,
                     "Lambda không chỉ hỗ trợ Python." + _VI,
                     "Không giới hạn số lượng hàng đợi." + _VI,
                     "Bạn có cần VPC cho Lambda không?" + _VI,
                     "Lambda nie tylko Python." + _PL,
                     "Rozmiar nie więcej niż 256 KB." + _PL,
                     "Şifreleme yok ama bu bir sorun değil." + _TR):
        glossed = gloss(sentence)
        assert " not " not in glossed.replace("not only", "") \
            and not glossed.startswith("not "), glossed
    assert "at most 15 min" in gloss("Thời gian chờ của Lambda không quá 15 phút." + _VI)
    assert "no limit" in gloss("Không giới hạn số lượng hàng đợi." + _VI)


def test_a_turkish_negated_quantity_keeps_its_unit():
    glossed = gloss("Lambda zaman aşımı 15 dakika değil, 900 saniye." + _TR)
    assert "not 15 min" in glossed and "15 not" not in glossed


def test_not_only_keeps_the_max_it_states(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "sqs.md").write_text(
        "# SQS\n\n- A retenção não é só de 4 dias, pode ser até 14 dias para a fila."
        + _PT + "\n", encoding="utf-8")
    db = tmp_path / "s.db"
    assert run_here("ingest", str(notes), db=db).returncode == 0
    facts = json.loads(run_here("facts", "--json", db=db).stdout)
    assert any(f["attribute"] == "retention period" and f["qualifier"] == "max"
               and f["value"] == "14 days" for f in facts)
    # (a fact's value quotes its sentence: "not only" is said there, no other "not")
    assert not any("not" in f["value"].replace("not only", "").split() for f in facts)


def _dump_seconds(rows: int) -> float:
    text = "INSERT INTO t VALUES" + ",".join(f"({i},'{'word ' * 40}')" for i in range(rows))
    lines = (text + ";\n").split("\n")
    # CPU time: under a shared machine's load a wall clock charges this test another
    # process's time (the Terraform test in test_formats20bb_templates failed so)
    started = time.process_time()
    assert sql_to_markdown(lines)[0].count("word word") >= rows
    return time.process_time() - started


def test_a_many_row_insert_reads_in_linear_time():
    # four times the rows: about four times the time (each row's newlines counted from the
    # statement's start and its text appended to the line's took about ten)
    small = min(_dump_seconds(400) for _ in range(2))
    large = min(_dump_seconds(1600) for _ in range(2))
    assert large < 7 * small


def test_code_is_no_latex():
    note = ("# DynamoDB math\n- $\\lceil 6/4 \\rceil = 2$ RCU\n- $\\lceil 3/1 \\rceil = 3$ WCU\n"
            "- $10{,}240$ MB\n```bash\naws s3 cp s3://$BUCKET/${KEY} ./ --region \"$REGION\"\n"
            "```\nrun `aws s3 cp s3://$BUCKET/${KEY} ./` then $\\le 15$ min\n")
    out = as_markdown(note, ".md").split("\n")
    assert out[1] == "- ⌈6/4⌉ = 2 RCU"
    assert out[5] == ""  # a fence of code is read by its comments only: no formula in it
    assert out[7] == "run `aws s3 cp s3://$BUCKET/${KEY} ./` then ≤ 15 min"


def test_a_chats_link_is_no_words_of_its_sentence():
    chat = ('{"name": "Saved", "messages": [\n {"id": 1, "from": "Me", "text": ["SQS max '
            'message size is 256 KB, see ", {"type": "link", "text": "https://docs.aws.amazon'
            '.com/sqs"}, " and ", {"type": "bold", "text": "retention 14 days"}]}\n]}')
    out = as_markdown(chat, ".json")
    assert "https" not in out and "retention 14 days" in out


def test_a_price_above_a_drawn_table_is_no_command():
    note = ("# S3\n\n$ 0.023 per GB\n┌──────────┬───────┐\n│ Class    │ Price │\n"
            "├──────────┼───────┤\n│ Standard │ 0.023 │\n│ IA       │ 0.012 │\n"
            "└──────────┴───────┘\n")
    assert as_markdown(note, ".md").split("\n")[2] == "$ 0.023 per GB"


def test_a_tag_column_is_no_section():
    sheet = ("Flag\tService\tItem\tValue\n★\tSQS\tmax message size\t256 KB\n"
             "\tLambda\ttimeout\t15 min\n\tSNS\tsubscriptions\t12,500,000\n"
             "★\tKinesis\tretention max\t365 days\n\tEC2\tvCPU\t5\n")
    assert "★ /" not in as_markdown(sheet, ".tsv")
    starts_blank = "Flag\tService\tItem\tValue\n\tSQS\tmax size\t256 KB\n★\tLambda\t" \
        "timeout\t15 min\n\tSNS\tsubs\t12,500,000\n\tEC2\tvCPU\t5\n"
    assert "★ /" not in as_markdown(starts_blank, ".tsv")


def test_a_title_only_slide_keeps_the_count_and_its_number():
    deck = ("Intro\nweek one\n1\n\nLambda\ntimeout 15 min\n2\n\nPart two\n3\n\n"
            "SQS\nretention 14 days\n4\n\nSNS\nmessage 256 KB\n5\n")
    out = as_markdown(deck, ".txt").split("\n")
    assert out[11:13] == ["## SQS", "- retention 14 days"]
    assert out[8:10] == ["Part two", "3"]  # a title and a number only: left as written
