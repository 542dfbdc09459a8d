"""Lookups the notes cannot answer (session 44, abst44).

AWS facts the tests rely on: an SNS message and an SQS message are each at most 256 KB
(https://docs.aws.amazon.com/sns/latest/dg/sns-message-publishing.html,
https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html).
"""

from __future__ import annotations

from studycli.lookup import lookup
from studycli.lookup.compared_side import of_other_side

from .helpers import notes_conn


def _first(conn, query: str) -> dict | None:
    hits = lookup(conn, query, limit=3).to_json()
    return hits[0] if hits else None


def test_a_figure_both_sides_state_is_its_own_sides_answer(tmp_path):
    # session 43's closing note: on "SNS vs SQS: SNS max message 256 KB; SQS max message
    # 256 KB", "sns max message size" answered first with SQS's fact (the figure is at a place
    # of each side, so "every place of another side" never held for SQS's)
    conn = notes_conn(tmp_path, "# Messaging\n\n- SNS vs SQS: SNS max message 256 KB; SQS max "
                                "message 256 KB\n")
    sns = _first(conn, "sns max message size")
    assert sns is not None and sns["service"] == "SNS"
    sqs = _first(conn, "sqs max message size")
    assert sqs is not None and sqs["service"] == "SQS"
    line = "SNS vs SQS: SNS max message 256 KB; SQS max message 256 KB"
    fact = {"kind": "limit", "service": "SQS", "snippet": line, "number": 262144.0,
            "low": None, "high": None, "unit": "B", "value": "256 KB"}
    assert of_other_side(fact, ["SNS"], frozenset({"B"}))
    assert not of_other_side(fact, ["SQS"], frozenset({"B"}))


def test_a_figure_two_services_really_share_is_each_ones_own(tmp_path):
    # SQS's maximum message is now 1 MiB, no longer SNS's 256 KB (SendMessage's message
    # body: https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/sqs/aws.sdk.kotlin.services.sqs.model/-send-message-request/message-body.html);
    # SNS's message and a Step Functions state's payload are both 256 KiB
    conn = notes_conn(tmp_path, "# Compare\n\n- SNS vs Step Functions: SNS max payload 256 KB; "
                                "Step Functions max payload 256 KB\n")
    sns = _first(conn, "sns max payload size")
    assert sns is not None and sns["service"] == "SNS" and sns["value"] == "256 KB"
    sfn = _first(conn, "step functions max payload size")
    assert sfn is not None and sfn["service"] == "Step Functions" and sfn["value"] == "256 KB"


def test_a_line_opening_on_vs_compares_the_service_it_is_filed_under(tmp_path):
    # unseen186: under Secrets Manager's lines, "- vs SSM Parameter Store ... (8 KB)" gave
    # Parameter Store's 8 KB as Secrets Manager's secret size (a secret is up to 64 KB:
    # https://docs.aws.amazon.com/secretsmanager/latest/userguide/reference_limits.html)
    conn = notes_conn(tmp_path, "# Secrets Manager\n\n- $0.40 per secret/mo, auto rotation "
                                "with Lambda\n- vs SSM Parameter Store standard = free (4 KB "
                                "value, 10,000 params), advanced $0.05/mo (8 KB)\n")
    assert _first(conn, "secrets manager max secret size") is None
    ps = _first(conn, "parameter store max value size")
    assert ps is not None and "4 KB" in ps["value"]
    # a line that compares two features of one service is left alone
    conn = notes_conn(tmp_path / "b", "# DynamoDB\n\n- provisioned: 40,000 RCU per table "
                                      "max\n- vs on-demand: 40,000 RCU per table too\n")
    assert _first(conn, "dynamodb on demand max rcu per table") is not None


def test_a_zettelkasten_id_is_no_figure(tmp_path):
    # unseen183: a Zettelkasten note's titles open with the minute they were made
    conn = notes_conn(tmp_path, "# Messaging\n\n## 202403121131 SQS delay queue\n\n- delay up "
                                "to 15 min, default 0\n\n## 202404151110 IAM roles\n\n- role = "
                                "identity for services\n")
    assert _first(conn, "max sqs queues per account") is None
    assert _first(conn, "iam roles per account limit") is None
    hit = _first(conn, "sqs delay queue max")
    assert hit is not None and "15 min" in hit["value"]
    from studycli.lookup.time_stamp import without_stamp
    assert without_stamp("202403121131 SQS delay queue") == "SQS delay queue"
    assert without_stamp("20240312113059 - x") == "x"
    # no date, or a figure alone: kept
    assert without_stamp("123456789012 x") == "123456789012 x"
    assert without_stamp("202403121131") == "202403121131"
    assert without_stamp("(1:02:30) - SQS retention 4 days") == "SQS retention 4 days"


def test_a_subjects_short_name_per_a_scope_asks_a_count(tmp_path):
    # unseen179, 180, 188: "nacls per vpc limit" read no count, and a row of the SG vs NACL
    # table (ephemeral ports 1024-65535) answered it (AWS allows 200 NACLs per VPC:
    # https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html)
    conn = notes_conn(tmp_path, "# VPC\n\n## SG vs NACL\n\n| | SG | NACL |\n|---|---|---|\n"
                                "| state | stateful (return traffic auto allowed) | stateless "
                                "(need ephemeral ports 1024-65535 open) |\n")
    for query in ("nacls per vpc limit", "nacl max per vpc", "nacls per vpc max"):
        assert _first(conn, query) is None, query
    conn = notes_conn(tmp_path / "b", "# VPC\n\n- NACLs per VPC: 200 (soft limit)\n")
    for query in ("nacls per vpc limit", "nacl max per vpc"):
        hit = _first(conn, query)
        assert hit is not None and "200" in hit["value"], query
    from studycli.lookup.lexicon import lexicon
    from studycli.lookup.query import understand
    q = understand("ddb gsi limit per table", lexicon())
    assert "count" in q.dimensions and "gsi" in q.counted


def test_a_minimums_default_is_not_another_settings_default(tmp_path):
    # eight abstain sets: CloudFront's Minimum TTL defaults to 0 s, its Default TTL to 24 h
    # (https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/Expiration.html)
    conn = notes_conn(tmp_path, "# CloudFront\n\n- default TTL 24 hrs (86400 sec)\n")
    assert _first(conn, "cloudfront min ttl default") is None
    assert _first(conn, "cloudfront minimum ttl default") is None
    hit = _first(conn, "cloudfront default ttl")
    assert hit is not None and "24" in hit["value"]
    # a default the line says is a minimum's answers (IAM's password policy: 8 characters)
    conn = notes_conn(tmp_path / "b", "# IAM\n\n- password policy: default min length 8 "
                                      "chars\n")
    hit = _first(conn, "iam password min length default")
    assert hit is not None and "8" in hit["value"]
    from studycli.lookup.min_asked import default_of_unnamed_min

    def never(_text: str) -> bool:
        return False

    tokens = ["cloudfront", "min", "ttl", "default"]
    # a Minimum TTL default written in another language names its minimum: it stays
    for said in ("最小 TTL 默认 0 秒", "TTL mínimo padrão 0 s"):
        line = {"kind": "default", "value": "0 s", "snippet": said}
        assert not default_of_unnamed_min(line, "min", ["min", "default"], tokens, never)
    line = {"kind": "default", "value": "24 h", "snippet": "default TTL 24 hrs"}
    assert default_of_unnamed_min(line, "min", ["min", "default"], tokens, never)
    assert not default_of_unnamed_min(line, "min", ["min"], tokens, never)  # min_asked's own


def test_a_minimum_written_as_a_plain_default_still_answers(tmp_path):
    # review of abst44: a setting that is itself the minimum, written as a plain default,
    # lost its answer (IAM's minimum password length defaults to 8 characters:
    # https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html;
    # a Kinesis stream keeps records 24 hours by default, its least:
    # https://docs.aws.amazon.com/streams/latest/dev/kinesis-extended-retention.html)
    for note, query, figure in (
            ("# IAM\n\n- password policy default length: 8 characters (can require up to "
             "128)\n", "iam password min length default", "8"),
            ("# IAM\n\n- password policy: default 8 characters\n",
             "iam password min length default", "8"),
            ("# Kinesis\n\n- vs Kinesis: Kinesis retention 24 h default\n",
             "kinesis min retention default", "24")):
        conn = notes_conn(tmp_path / str(abs(hash(note))), note)
        hit = _first(conn, query)
        assert hit is not None and figure in hit["value"], (note, query)


def test_a_default_ttl_in_minutes_is_no_minimums_default(tmp_path):
    # review of abst44: "1440 min" is minutes, no minimum: the Default TTL's figure is no
    # answer to the Minimum TTL's default (0 s)
    conn = notes_conn(tmp_path, "# CloudFront\n\n- default TTL 1440 min (1 day)\n")
    assert _first(conn, "cloudfront min ttl default") is None
    # the Default TTL in the notes' other languages (unseen175, 182)
    for i, line in enumerate(("varsayılan TTL: 24 saat (86400 sn)",
                              "TTL bawaan cache 24 jam (86400 detik), maks 1 tahun")):
        other = notes_conn(tmp_path / str(i), f"# CloudFront\n\n- {line}\n")
        assert _first(other, "cloudfront min ttl default") is None, line
    named = notes_conn(tmp_path / "min", "# CloudFront\n\n- TTL: min 0 s (default), default "
                                         "24 h, max 1 yr\n")
    assert _first(named, "cloudfront min ttl default") is not None
    hit = _first(conn, "cloudfront default ttl")
    assert hit is not None and "1440" in hit["value"]


def test_a_labelled_window_counts_nothing_its_label_names(tmp_path):
    # session 43's closing note: "window" among measure_label's measures was unchecked; a
    # window is a span of time, no count of the shards its label names. A guard only: it
    # passes without this session's changes (measure_label is unchanged here)
    conn = notes_conn(tmp_path, "# Kinesis\n\n- shard iterator window: 5\n")
    assert _first(conn, "kinesis max shards") is None
    from studycli.lookup.measure_label import measure_ends
    assert measure_ends(["dedup", "window"], frozenset())
    assert not measure_ends(["dedup", "window"], frozenset({"window"}))


def test_each_in_the_notes_languages_makes_a_scope(tmp_path):
    # unseen182: "5 IP di setiap subnet" (Indonesian "in each subnet") counts IPs, no subnets
    # (AWS reserves 5 addresses in each subnet:
    # https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html)
    conn = notes_conn(tmp_path, "# VPC\n\n- 5 IP di setiap subnet direservasi AWS (network, "
                                "router .1, DNS .2, future .3, broadcast)\n")
    assert _first(conn, "max subnets per vpc") is None
    from studycli.lookup.counted_as_scope import counted_only_as_scope
    for line in ("5 IPs en cada subnet", "5 IPs dans chaque subnet", "5 IPs in jedem subnet",
                 "5 IP w każdej subnet"):
        assert counted_only_as_scope(line, {"subnet"}), line
    assert not counted_only_as_scope("200 subnets en cada VPC", {"subnet"})


def test_a_variants_line_is_read_by_its_figures_of_the_dimension_asked(tmp_path):
    # unseen181, 183: gp2's part of the line gives IOPS only, the throughputs are gp3's (gp2
    # tops out at 250 MiB/s, gp3 at 1,000 MiB/s:
    # https://docs.aws.amazon.com/ebs/latest/userguide/general-purpose.html)
    conn = notes_conn(tmp_path, "# EBS\n\n- gp2: 3 IOPS/GB, max 16,000 IOPS. gp3: baseline "
                                "3000 IOPS + 125 MiB/s, max 16,000 IOPS / 1000 MiB/s.\n")
    assert _first(conn, "gp2 max throughput") is None
    hit = _first(conn, "gp3 max throughput")
    assert hit is not None and "1000" in hit["value"]
    hit = _first(conn, "gp2 max iops")
    assert hit is not None and "16,000" in hit["value"]
    # review of abst44: only a member named in one part and another in another part is read
    # so; one part naming both ("gp3 ... (4x gp2's 250 MiB/s)") is left to its clauses
    from studycli.lookup import variants
    from studycli.lookup.variant_parts import read_by_asked_unit
    key = next(iter(variants.named("gp2 gp3")))
    gp2 = variants.named("gp2")[key]
    assert read_by_asked_unit(["gp2: max 16,000 IOPS", " gp3: 1000 MiB/s"], key, gp2)
    assert not read_by_asked_unit(["gp2 max 250 MiB/s (gp3: 1000 MiB/s)"], key, gp2)


def test_a_line_opening_on_baseline_gives_no_maximum(tmp_path):
    # final review A44: "- baseline 3000 IOPS, 125 MiB/s" under gp3 answered "gp3 volume max
    # throughput" with 125 MiB/s, which is only gp3's baseline (its maximum is 1,000 MiB/s):
    # the opening "baseline" governs every clause of its comma list
    conn = notes_conn(tmp_path, "# EBS\n\n## gp3\n- baseline 3000 IOPS, 125 MiB/s\n"
                                "- max 16,000 IOPS\n")
    for query in ("gp3 max throughput", "gp3 volume max throughput",
                  "gp3 max volume throughput", "gp3 volume throughput max"):
        assert _first(conn, query) is None, query
    # the maximum the notes do state still answers
    hit = _first(conn, "gp3 max iops")
    assert hit is not None and "16,000" in hit["value"]


def test_an_ebs_figure_says_the_volume_it_is_of(tmp_path):
    # unseen68: "gp2 hits 16k iops at what volume size" is answered by gp2's line: the
    # figure of an EBS line is a volume's though the line never writes "volume"
    # (service_noun.item_noun, read by answer._topic)
    conn = notes_conn(tmp_path, "EBS\n- gp3 baseline 3,000 IOPS + 125 MiB/s no matter the "
                                "size; max 16,000 IOPS / 1,000 MiB/s\n- gp2 = 3 IOPS per GiB, "
                                "burst to 3,000, max 16,000 IOPS (reached at 5,334 GiB)\n- io1 "
                                "max 64,000 IOPS (Nitro only)\n")
    hit = _first(conn, "gp2 hits 16k iops at what volume size")
    assert hit is not None and "5334" in hit["value"].replace(",", ""), hit
