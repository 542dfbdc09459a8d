"""Lookup answers what was asked (session 26, lookup26), from a new user's reports: a word a
note says only to deny it ("/tmp 512 MB (disk, not memory)") is not said, and a mistyped
word asks what its fix asks ("lamda memroy" a size); "how many" and "read replicas" are
asked of Aurora's "Aurora Replicas"; a note's "perf mode" says "performance mode"; "iops
per gb" asks a ratio, no size; a CIDR block's size is its prefix length ("/16 ... /28")."""

from __future__ import annotations

from .helpers import ingest_text, lookup_top

LAMBDA = ("# Lambda\n\n- Timeout max 15 minutes\n- Concurrency 1,000 per region\n"
          "- /tmp 512 MB (disk, not memory)\n- more memory = more CPU\n"
          "- Docker images are not supported on the free plan\n\n"
          "# SQS\n\n- Message size max 256 KB\n")


def test_a_word_said_only_to_deny_it_is_not_said(tmp_path):
    _, db, _ = ingest_text(tmp_path, LAMBDA, columns="200")
    # the notes give no memory setting: /tmp's 512 MB is disk, "not memory"
    assert lookup_top(db, "lambda memory") == (1, [])
    assert lookup_top(db, "lambda memory max") == (1, [])
    # what the line does give is still answered
    code, values = lookup_top(db, "lambda tmp size")
    assert code == 0 and values[0] == "512 MB", values
    # a statement's denial is its answer when no quantity is asked
    code, values = lookup_top(db, "lambda docker support")
    assert code == 0 and "not supported" in values[0], values


def test_a_mistyped_word_asks_what_its_fix_asks(tmp_path):
    from studycli.lookup.lexicon import lexicon
    from studycli.lookup.query import understand

    q = understand("lamda memroy", lexicon(), vocabulary=lambda: {"memory", "lambda"})
    assert q.dimensions == {"B"}
    # after "per" it is what a rate is per, as the word typed right would be
    assert "B" not in understand("gp2 iops per gbb", lexicon(),
                                 vocabulary=lambda: {"gb", "iops"}).dimensions
    # a word the fixer finds near but no slip of the keys asks nothing: "can snowball import
    # straight to glacier" (unseen40) had "straight" read as "storage", a size asked
    from studycli.lookup.query import _near_spelling

    assert _near_spelling("memroy", "memory") and _near_spelling("bandwith", "bandwidth")
    assert not _near_spelling("straight", "storage")
    _, db, _ = ingest_text(tmp_path, LAMBDA, columns="200")
    # "more memory = more CPU" states no size: "lambda memory" abstains, so does the typo
    assert lookup_top(db, "lamda memroy") == (1, [])


def test_a_mistyped_word_still_finds_what_the_notes_say(tmp_path):
    notes = LAMBDA + "\n# Lambda config\n\n- Memory: 128 MB to 10,240 MB\n"
    _, db, _ = ingest_text(tmp_path, notes, columns="200")
    code, values = lookup_top(db, "lamda memroy")
    assert code == 0 and "10,240 MB" in values[0], values


def test_how_many_read_replicas_of_aurora_replicas(tmp_path):
    _, db, _ = ingest_text(tmp_path, "# Aurora\n\n- Up to 15 Aurora Replicas per cluster\n"
                           "- Storage grows automatically up to 128 TB\n", columns="200")
    for query in ("how many read replicas aurora", "aurora max read replicas",
                  "aurora max replicas"):
        code, values = lookup_top(db, query)
        assert code == 0 and "15" in values[0], (query, values)


def test_a_short_form_names_the_mode_asked(tmp_path):
    for line, want in (("- default perf mode = General Purpose", "General Purpose"),
                       ("- perf mode: GP (default) vs Max I/O", "GP")):
        _, db, _ = ingest_text(tmp_path, f"# EFS\n\n{line}\n- EFS is regional, multi-AZ\n",
                               columns="200")
        code, values = lookup_top(db, "efs default performance mode")
        assert code == 0 and want in values[0], (line, values)
        # a mode named that the line does not say is still another mode's
        assert lookup_top(db, "efs default throughput mode") == (1, []), line


EBS = ("# EBS\n\n- gp2: 3 IOPS per GB, min 100, max 16,000 IOPS\n"
       "- gp3 baseline 3,000 IOPS and 125 MB/s\n")


def test_a_ratio_per_unit_is_no_size_and_no_other_number(tmp_path):
    from studycli.lookup.lexicon import lexicon
    from studycli.lookup.query import understand

    assert "B" not in understand("gp2 iops per gb", lexicon()).dimensions
    assert "B" in understand("gp2 max size gb", lexicon()).dimensions
    _, db, _ = ingest_text(tmp_path, EBS, columns="200")
    code, values = lookup_top(db, "gp2 iops per gb")
    assert code == 0 and values[0].startswith("gp2: 3 IOPS per GB"), values
    # gp2's maximum is still its maximum
    code, values = lookup_top(db, "gp2 max iops")
    assert code == 0 and "16,000" in values[0], values


VPC = ("# VPC\n\n- VPC: CIDR /16 max, /28 min; 5 VPCs per region; 200 subnets per VPC\n"
       "- max 5 CIDR blocks per VPC\n\n# Lambda\n\n- timeout max 900 s\n")


def test_a_cidr_block_is_sized_by_its_prefix(tmp_path):
    _, db, _ = ingest_text(tmp_path, VPC, columns="200")
    for query in ("vpc cidr min", "vpc cidr max", "vpc max cidr block size",
                  "smallest vpc cidr block"):
        code, values = lookup_top(db, query)
        assert code == 0 and "/16" in values[0] and "/28" in values[0], (query, values)
        assert "900 s" not in values, (query, values)
    # a count of blocks is a count
    code, values = lookup_top(db, "max cidr blocks per vpc")
    assert code == 0 and values[0] == "5 CIDR blocks", values


def test_a_rate_or_a_length_is_no_count_of_things(tmp_path):
    _, db, _ = ingest_text(tmp_path, (
        "# Kinesis\n\n- shard = 1 MB/s or 1000 records/s IN, 2 MB/s OUT\n\n"
        "# IAM\n\n- managed policy doc size: 6,144 chars; inline role policy: 10,240 chars\n"
        "- 5000 users per account\n"), columns="200")
    # the notes give no number of shards per account, nor of roles
    assert lookup_top(db, "kinesis default shard quota per account") == (1, [])
    assert lookup_top(db, "max iam roles per account") == (1, [])
    # what they give is still answered
    code, values = lookup_top(db, "kinesis shard write records per second")
    assert code == 0 and any("1000 records/s" in v for v in values), values
    code, values = lookup_top(db, "iam inline role policy max size")
    assert code == 0 and "10,240" in values[0], values
    code, values = lookup_top(db, "max iam users per account")
    assert code == 0 and "5000" in values[0], values


def test_a_sum_of_money_says_what_it_costs(tmp_path):
    _, db, _ = ingest_text(tmp_path, (
        "# Analytics\n\n- athena: serverless SQL on S3, $5 per TB scanned\n"
        "- athena: results land in an S3 bucket\n"), columns="200")
    code, values = lookup_top(db, "athena cost per tb")
    assert code == 0 and "$5 per TB" in values[0], values
    # a price asked of a line that states no money is still unanswered
    assert lookup_top(db, "athena results bucket cost") == (1, [])


def test_a_choice_offered_is_answered_by_either_side(tmp_path):
    from studycli.lookup.lexicon import lexicon
    from studycli.lookup.query import understand

    q = understand("is sns push or pull", lexicon())
    assert q.topic == [{"push": 1.0, "pull": 1.0}]
    # not a choice: both words are asked
    assert len(understand("sns push pull", lexicon()).topic) == 2
    _, db, _ = ingest_text(tmp_path, (
        "# SNS\n\n- push, pub/sub, topic -> many subscribers (fan-out)\n"
        "- max 12,500,000 subscriptions per topic\n"), columns="200")
    code, values = lookup_top(db, "is sns push or pull")
    assert code == 0 and values[0].startswith("push, pub/sub"), values
