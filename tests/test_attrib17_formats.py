"""Notes kept as YAML, INI, a Python module of dicts, LaTeX or an Anki cloze export are read as
the facts they state; a template or a handler's source kept beside them gives only what its
comments say (studycli/formats/keyvalues.py, latex.py; notes/normalize.py's cloze)."""

from __future__ import annotations

from studycli.formats import as_markdown
from tests.helpers import notes_conn


def _facts(tmp_path, text: str, name: str) -> set[tuple]:
    conn = notes_conn(tmp_path, text, name=name)
    rows = conn.execute("SELECT service, attribute, qualifier, value, line FROM facts "
                        "WHERE kind != 'fact'").fetchall()
    return {tuple(r) for r in rows}


YAML = """# quota cheat file
lambda:
  limits:
    timeout: 15m            # default 3s
    env_vars_total: "4 KB"
sqs:
  retention: { default: "4 days", min: "60 s", max: "14 days" }
s3:
  object_max: "5 TB"
  # bucket policy size max 20 KB
"""


def test_a_yaml_fact_file_reads_its_keys_under_their_sections(tmp_path):
    facts = _facts(tmp_path, YAML, "quotas.yaml")
    values = {(s, q, v, line) for s, _a, q, v, line in facts}
    assert ("Lambda", "default", "3 s", 4) in values
    assert ("SQS", "max", "14 days", 7) in values and ("SQS", "default", "4 days", 7) in values
    # the object size is S3's (read as markdown, "# bucket policy..." was a heading, and the
    # keys of s3: sat under the section above them)
    assert ("S3", "max", "5 TB", 9) in values and ("S3", "max", "20 KB", 10) in values
    assert not any(line == 1 for *_, line in facts)


def test_a_unit_a_key_ends_in_goes_onto_its_number():
    converted = as_markdown("API = {\n    'cache_ttl_max_s': 3600,   # 0 = off\n"
                            "    'cache_size_gb': (0.5, 237),\n}\n", ".py").split("\n")
    assert converted[1] == "- cache ttl max: 3600 s (0 = off)"
    assert converted[2] == "- cache size: 0.5–237 GB"


def test_an_ini_note_reads_sections_and_continuations(tmp_path):
    text = ("; my notes\n[Aurora]\nbacktrack = rewind up to 72 hours ; MySQL only\n"
            "global_database = up to 5 secondary regions,\n    replication lag < 1 second\n")
    converted = as_markdown(text, ".ini").split("\n")
    assert converted[:5] == ["- my notes", "# Aurora",
                             "- backtrack: rewind up to 72 hours (MySQL only)",
                             "- global database: up to 5 secondary regions",
                             "  - replication lag < 1 second"]
    values = {(s, v) for s, _a, _q, v, _line in _facts(tmp_path, text, "db.ini")}
    assert ("Aurora", "72 h") in values and ("Aurora", "1 s") in values


TEMPLATE = """AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
# the lab's function; SQS max message size is 256 KB
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Timeout: 30
      MemorySize: 512
      ReservedConcurrentExecutions: 5
"""

HANDLER = """import json

TIMEOUT_S = 30  # my own read timeout
BATCH = {'max_items': 10, 'retry_after_s': 5}
# SQS max message size is 256 KB
def handler(event, context):
    return {"statusCode": 200, "body": json.dumps({"wait_s": 20})}
"""


def test_a_template_or_handler_beside_the_notes_gives_only_its_comments(tmp_path):
    # settings someone chose (Timeout: 30, MemorySize: 512) are no limit and no default
    for name, text in (("template.yaml", TEMPLATE), ("handler.py", HANDLER)):
        converted = as_markdown(text, name[name.rindex("."):]).split("\n")
        # a template's resources and sections are headings (the service its comments are of)
        assert all(not line or line.startswith(("- ", "#")) for line in converted), converted
        assert any(line.endswith("SQS max message size is 256 KB") for line in converted)
        assert not any("30" in line or "512" in line or "10" in line for line in converted)
    assert {(s, v) for s, _a, _q, v, _l in _facts(tmp_path, TEMPLATE, "template.yaml")} \
        == {("SQS", "256 KB")}


def test_a_python_module_of_dicts_is_read_as_notes():
    text = ('"""DVA notes."""\n# ------------ KMS\nKMS = {\n    \'encrypt_api_max_kb\': 4,\n'
            "    'deletion_wait_days': (7, 30),    # default 30\n}\n"
            "KMS_ERRORS = ['ThrottlingException',\n              'KMSInvalidStateException']\n")
    converted = as_markdown(text, ".py").split("\n")
    # (formats/code_constants.py: the section's heading said again where the dict closes, so
    # the list after it is the section's, not the dict's; a constant's name read as words and
    # a list going on over lines as its items)
    assert converted == ["DVA notes.", "# KMS", "## KMS", "- encrypt api max: 4 KB",
                         "- deletion wait: 7–30 days (default 30)", "# KMS",
                         "- KMS errors: ThrottlingException", "  - KMSInvalidStateException",
                         ""]


def test_latex_numbers_keep_their_thousands_and_tables_their_cells(tmp_path):
    text = ("\\section{S3}\n\\begin{itemize}\n  \\item max 10{,}000 parts, 99.99\\,\\%\n"
            "  \\item object $\\leq$ 5\\,TB\n\\end{itemize}\n\\subsection{EBS}\n"
            "\\begin{tabular}{|l|l|l|}\n\\hline\nType & Size & Max IOPS \\\\\n\\hline\n"
            "gp3 & 1\\,GiB--16\\,TiB & 16{,}000 \\\\\n\\hline\n\\end{tabular}\n% TODO redo\n")
    converted = as_markdown(text, ".tex").split("\n")
    assert converted[0] == "## S3" and converted[5] == "### EBS"
    assert converted[2] == "- max 10,000 parts, 99.99 %"
    assert converted[3] == "- object <= 5 TB"
    assert converted[8:11] == ["| Type | Size | Max IOPS |", "|---|---|---|",
                                 "| gp3 | 1 GiB–16 TiB | 16,000 |"]
    assert converted[-2] == "- TODO redo"
    values = {(s, v) for s, _a, _q, v, _l in _facts(tmp_path, text, "s3.tex")}
    assert ("S3", "10,000 parts") in values and ("EBS", "16,000 IOPS") in values
    assert not any(v.startswith("0 ") or v.startswith("000") for _s, v in values)


def test_an_anki_cloze_is_read_as_the_words_it_hides(tmp_path):
    text = ("Kinesis shard: {{c1::1 MB/s}} or {{c2::1000 records/s}} in, {{c3::2 MB/s}} out\n"
            "X-Ray segment doc max size {{c1::64 KB::size}}\n")
    values = {(a, v) for _s, a, _q, v, _l in _facts(tmp_path, text, "cards.txt")}
    assert {v for _a, v in values} >= {"1 MB/s", "2 MB/s", "1000 records/s", "64 KB"}
    assert not any("c1" in a for a, _v in values)


def test_a_terminal_log_reads_its_comments_under_the_command_s_service(tmp_path):
    text = ("$ aws kinesis create-stream --stream-name clicks --shard-count 2\n{\n"
            '    "RetentionPeriodHours": 24\n}\n# >> record max 1 MB. retention max 7 days\n\n'
            "$ aws logs put-retention-policy --log-group-name /a --retention-in-days 45\n"
            "An error occurred (InvalidParameterException) when calling the operation\n"
            "# >> log event max 256 KB\n$ aws s3 ls\n")
    facts = _facts(tmp_path, text, "lab.txt")
    values = {(s, v, line) for s, _a, _q, v, line in facts}
    # "# >> ..." were headings (no fact), and the output's "}" the label of what followed
    assert {("Kinesis Data Streams", "1 MB", 5), ("Kinesis Data Streams", "7 days", 5),
            ("CloudWatch Logs", "256 KB", 9)} <= values
    assert not any(line in (2, 3, 4) for *_, line in facts)  # the machine's output


def test_a_terminal_log_keeps_what_the_student_wrote_apart_from_the_output(tmp_path):
    # only a command's output is the machine's: a line written after a blank line is a note
    text = ("SQS default retention is 4 days, max 14 days.\n\n"
            "$ aws s3 mb s3://a\nmake_bucket: a\n\n- Lambda max timeout 15 min\n\n"
            "$ aws s3 ls\n2024-01-01 a\n$ aws sqs list-queues\n{}\n")
    facts = _facts(tmp_path, text, "lab.txt")
    values = {(s, v, line) for s, _a, _q, v, line in facts}
    assert {("SQS", "14 days", 1), ("Lambda", "15 min", 6)} <= values, values
    assert not any(line in (4, 9, 11) for *_, line in facts)  # the machine's output


def test_a_service_typo_is_not_rewritten_inside_a_code_fence():
    from studycli.notes.service_typos import repair_service_typos

    lines = ["Step Fucntions standard", "```", "sfn = 'Step Fucntions'", "```"]
    repair_service_typos(lines)
    assert lines == ["Step Functions standard", "```", "sfn = 'Step Fucntions'", "```"]


def test_every_new_label_of_a_mermaid_line_is_read(tmp_path):
    text = ("# Queues\n```mermaid\ngraph LR\n  A[SQS max message size 256 KB] --> "
            "B[Lambda max timeout 15 min]\n  B --> C[SNS max message size 256 KB]\n```\n")
    values = {(s, v, line) for s, _a, _q, v, line in _facts(tmp_path, text, "n.md")}
    # only the last label of line 4 was read
    assert {("SQS", "256 KB", 4), ("Lambda", "15 min", 4), ("SNS", "256 KB", 5)} <= values


def test_a_correct_yes_no_column_is_a_verdict_not_the_answer(tmp_path):
    text = ("# Practice\n| Topic | My answer | Correct? | Why |\n|---|---|---|---|\n"
            "| SQS retention max | 14 days | yes | default 4 days |\n"
            "| Lambda timeout max | 5 min | no | max is 15 min |\n")
    converted = as_markdown(text, ".md")
    from studycli.notes.normalize import normalize

    lines = normalize(converted).text.split("\n")
    assert lines[3:5] == ["- SQS retention max: 14 days. default 4 days",
                          "- Lambda timeout max. max is 15 min"]
    values = {(s, v) for s, _a, _q, v, _l in _facts(tmp_path, text, "n.md")}
    assert ("Lambda", "5 min") not in values and ("Lambda", "15 min") in values


def test_cpu_named_beside_a_memory_limit_is_no_memory_per_vcpu(tmp_path):
    text = ("# Lambda\n- memory 128 MB up to 3008 MB, CPU scales w/ memory\n"
            "- CPU scales with memory; at 1,769 MB you get one full vCPU\n"
            "# Fargate\n- memory 512 MB up to 30 GB (depends on CPU picked)\n")
    facts = {(s, a, v) for s, a, _q, v, _l in _facts(tmp_path, text, "n.md")}
    assert ("Lambda", "memory", "3008 MB") in facts and ("Fargate", "memory", "30 GB") in facts
    assert ("Lambda", "memory per vCPU", "1769 MB") in facts
    assert not any(a == "memory per vCPU" and v != "1769 MB" for _s, a, v in facts)


def test_a_ratio_is_no_quantity(tmp_path):
    text = ("# EBS\n| Type | Max IOPS | Notes |\n|---|---|---|\n| io1 | 64,000 | 50:1 IOPS:GiB |\n"
            "| io2 Block Express | 256,000 | 1000:1 IOPS:GiB |\n")
    values = {v for _s, _a, _q, v, _l in _facts(tmp_path, text, "n.md")}
    assert {"64,000 IOPS", "256,000 IOPS"} <= values and "1 IOPS" not in values


def test_a_list_of_exception_names_gives_none_the_others_as_meaning(tmp_path):
    text = ("# KMS\n- KMS errors: ThrottlingException, AccessDeniedException, "
            "KMSInvalidStateException\n"
            "- EC2ThrottledException / ENILimitReachedException -> VPC issue (no ENI)\n")
    codes = {(a, v, line) for _s, a, _q, v, line in _facts(tmp_path, text, "n.md")}
    assert not any(line == 2 for *_, line in codes), codes  # "KMS errors" is no meaning
    # a list that a meaning follows shares it
    assert any(a == "ENILimitReachedException" and "VPC issue" in v for a, v, _l in codes)


def test_iam_db_authentication_is_rds(tmp_path):
    text = "# Databases\n- IAM DB auth: token valid 15 min, MySQL + PostgreSQL only\n"
    facts = {(s, sub, v) for s, sub, _a, v, _l in _subject_facts(tmp_path, text)}
    assert ("RDS", "IAM database authentication", "15 min") in facts


def _subject_facts(tmp_path, text: str) -> set[tuple]:
    conn = notes_conn(tmp_path, text, name="n.md")
    return {tuple(r) for r in conn.execute(
        "SELECT service, subject, attribute, value, line FROM facts WHERE kind != 'fact'")}
