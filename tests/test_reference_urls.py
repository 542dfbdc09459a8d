"""Every AWS fact cites a page a student can open and read: the English page on AWS's own site.

A citation is the student's way to check what the tool teaches, so it must be an https address on
docs.aws.amazon.com or aws.amazon.com, well formed, and never a machine-translated copy
(/ja_jp/, /it/, ...) whose wording may lag or differ from the English original. The China-region
mirror (docs.amazonaws.cn) and archived GitHub sources are allowed only for the few entries listed
below, whose canonical page could not be found stating the value.
"""

from __future__ import annotations

import re
import tomllib
from urllib.parse import urlsplit

import pytest

from studycli.paths import data_dir

SHIPPED = data_dir() / "reference"
OFFICIAL_HOSTS = {"docs.aws.amazon.com", "aws.amazon.com"}

# docs.aws.amazon.com puts a translation under /<lang>_<region>/ (ja_jp, id_id, pt_br, en_us);
# aws.amazon.com under a bare language or country code (/it/, /jp/, /ru/). Plain two-letter
# product paths such as /s3/ or /iq/ are not in this list, so they are not mistaken for one.
_DOCS_LOCALE = re.compile(r"^[a-z]{2}_[a-z]{2}$")
_SITE_LOCALES = {"ar", "cn", "de", "es", "fr", "id", "it", "jp", "ko", "kr", "pt", "ru", "th",
                 "tr", "tw", "vi", "zh"}

# Entries still citing a page off AWS's main site, each with why it was not moved (checked
# 2026-12-02 against the documentation search corpus). Remove an id once its entry cites a page
# on docs.aws.amazon.com or aws.amazon.com (the last test fails while a listed id no longer
# needs it).
_CN_MIRROR_ONLY = "only the China-region mirror of this page was found stating the value"
OFF_SITE_ALLOWED: dict[str, str] = {
    "dynamodb.error.transactioncanceledexception": _CN_MIRROR_ONLY,
    "ec2.imds.ipv4": _CN_MIRROR_ONLY,
    "fargate.spot.platforms": _CN_MIRROR_ONLY,
    "elasticache.nodes-per-cluster.max": _CN_MIRROR_ONLY,
    "aurora.shared-storage": _CN_MIRROR_ONLY,
    "rds.multi-az.failover-time": _CN_MIRROR_ONLY,
    "rds.multi-az.replication": _CN_MIRROR_ONLY,
    "rds.read-replica.requires-backups": _CN_MIRROR_ONLY,
    "s3.standard.durability": _CN_MIRROR_ONLY,
    "s3.standard.availability": _CN_MIRROR_ONLY,
    "s3.az-redundancy": _CN_MIRROR_ONLY,
    "s3.one-zone-ia.azs": _CN_MIRROR_ONLY,
    "s3.single-put-size.max": _CN_MIRROR_ONLY,
    "s3.console-upload-size.max": _CN_MIRROR_ONLY,
    "s3.objects-per-bucket": _CN_MIRROR_ONLY,
    "efs.protocol": _CN_MIRROR_ONLY,
    "efs.nfs-timeout.default": _CN_MIRROR_ONLY,
    "efs.rsize": _CN_MIRROR_ONLY,
    "elb.error.502-idle": _CN_MIRROR_ONLY,
    "s3.error.403": _CN_MIRROR_ONLY,
    "secretsmanager.recovery-window.range": _CN_MIRROR_ONLY,
    "secretsmanager.recovery-window.default": _CN_MIRROR_ONLY,
    "secretsmanager.replica-delete": _CN_MIRROR_ONLY,
    **{f"cloudformation.{name}": "only the archived awsdocs GitHub source of the quotas page "
       "was found stating the value"
       for name in ("outputs.max", "parameters.max", "mappings.max",
                    "template-body.max", "template-s3.max", "parameter-value.max",
                    "cfn-signal.max", "stack-name.max", "stackset-instances.max",
                    "stacksets-macros")},
}


# An SDK, CLI or CDK reference page is cited only where no user or developer guide page that
# states the value was found: a student reading an explanation should land on the guide
# (reviewers of questions19 named a Kotlin SDK page, a `goto/SdkFor...` link and the CLI
# reference). Remove an id once its entry cites a guide page (the last test fails while a
# listed id no longer needs it); a new entry citing such a page must be listed with why.
SDK_PAGE = re.compile(r"^/(?:sdk-for-[a-z-]+|sdkfor[a-z]+|cli|AWSJavaSDK|cdk|botocore|"
                      r"xray-sdk-for-[a-z]+|java|goto/(?:Sdk|aws-cli|boto|cli)[^/]*)(?:/|$)")
_NO_GUIDE_FOUND = ("searched 2026-12-03: no guide page in the documentation search corpus "
                   "states the value")
_NOT_RECHECKED = "cited before 2026-12-03; not yet searched for a guide page stating the value"
_SEARCHED_56 = ("searched 2026-12-07 (refs56): the search corpus holds the value only on SDK pages "
                "and third-party copies of the API model, no guide or API reference page")
_CFN_STATES_PART = ("searched 2026-12-07 (refs56): the CloudFormation OnFailure page states "
                    "the SQS, SNS and S3 destinations but not the Kafka topic one")
_GUIDE_STATES_PART = ("a guide page states part of the entry (MySQL's 15 replicas, not the other "
                      "engines'; the 10 or 30 s choice, not the default): this page states all")
SDK_PAGE_ALLOWED: dict[str, str] = {
    "rds.read-replicas.max": _GUIDE_STATES_PART,
    "rds.read-replicas.claim": _GUIDE_STATES_PART,
    "route53.health-check-interval.standard-claim": _GUIDE_STATES_PART,
    # the EC2 API reference states it too, but only its China-region mirror is in the corpus
    "ec2.public-ipv4.charged": _NO_GUIDE_FOUND,
    "apigateway.cache.cache-size.range": _NO_GUIDE_FOUND,
    "apigateway.cache.cache-size.max": _NO_GUIDE_FOUND,
    "autoscaling.heartbeat.default": _SEARCHED_56,
    "autoscaling.heartbeat.range": _SEARCHED_56,
    "autoscaling.user-data.max": _NOT_RECHECKED,
    "autoscaling.cooldown.default": _NO_GUIDE_FOUND,
    "cloudfront.connection-timeout.default": _SEARCHED_56,
    "cloudfront.default-ttl.default": _NO_GUIDE_FOUND,
    "cloudfront.max-ttl.default": _NO_GUIDE_FOUND,
    "cloudwatch-logs.retention.range": _NO_GUIDE_FOUND,
    "cloudwatch.ec2-basic-monitoring.interval": _NO_GUIDE_FOUND,
    "cloudwatch.ec2-detailed-monitoring.interval": _NO_GUIDE_FOUND,
    "codebuild.build-timeout.default": _NO_GUIDE_FOUND,
    "codebuild.build-timeout.max": _NO_GUIDE_FOUND,
    "codebuild.build-timeout.range": _NO_GUIDE_FOUND,
    "codedeploy.deployment-config.default": _SEARCHED_56,
    "cognito.developer-token-duration.default": _NOT_RECHECKED,
    "directconnect.dedicated.port-speeds": _NO_GUIDE_FOUND,
    "directconnect.hosted.bandwidth": _NO_GUIDE_FOUND,
    "dynamodb.dynamodb-streams.trimmeddataaccessexception": _NOT_RECHECKED,
    "dynamodb.gsi.gsis-per-table.max": _NOT_RECHECKED,
    "dynamodb.error.transactioncanceledexception": _NOT_RECHECKED,
    "dynamodb.lsi.lsis-per-table.max": _NOT_RECHECKED,
    "dynamodb.lsi.created-with-table": _NO_GUIDE_FOUND,
    "dynamodb.tables.default": _SEARCHED_56,
    "ebs.gp3.throughput.max": _NO_GUIDE_FOUND,
    "ebs.gp3.throughput.min": _NO_GUIDE_FOUND,
    "ebs.gp3.size.range": _NO_GUIDE_FOUND,
    "ebs.gp2.size.range": _NO_GUIDE_FOUND,
    "ebs.io1.size.range": _NO_GUIDE_FOUND,
    "ebs.io2.size.range": _NO_GUIDE_FOUND,
    "ebs.st1.size.range": _NO_GUIDE_FOUND,
    "ebs.sc1.size.range": _NO_GUIDE_FOUND,
    "ebs.io2.iops.non-nitro": _NO_GUIDE_FOUND,
    "ebs.multi-attach.max": _SEARCHED_56,
    "ebs.multi-attach.types": _SEARCHED_56,
    "ebs.az-scope": _NOT_RECHECKED,
    "ebs.snapshot.storage": _NOT_RECHECKED,
    "ebs.snapshot.cross-region-copy": _NOT_RECHECKED,
    "ec2.spread-placement-group.instances-per-az.max": _NO_GUIDE_FOUND,
    "ec2.basic-monitoring.interval": _NO_GUIDE_FOUND,
    "ec2.detailed-monitoring.interval": _NO_GUIDE_FOUND,
    "elasticache.snapshot-retention.max": _SEARCHED_56,
    "elasticache.snapshot-retention.default": _SEARCHED_56,
    "elasticache.memcached.backups": _NOT_RECHECKED,
    "elb.health-check-interval.default": _NO_GUIDE_FOUND,
    "elb.health-check-interval.range": _NO_GUIDE_FOUND,
    "elb.health-check-timeout.default": _NOT_RECHECKED,
    "elb.healthy-threshold.default": _NO_GUIDE_FOUND,
    "elb.unhealthy-threshold.default": _NO_GUIDE_FOUND,
    "firehose.renamed": _NO_GUIDE_FOUND,
    "iam.session-duration.max": _NO_GUIDE_FOUND,
    "iam.session-duration.default": _NO_GUIDE_FOUND,
    "iam.getsessiontoken-duration.range": _SEARCHED_56,
    "iam.getsessiontoken-duration.default": _SEARCHED_56,
    "kinesis.provisionedthroughputexceededexception": _NOT_RECHECKED,
    "lambda.requesttoolargeexception": _SEARCHED_56,
    "lambda.codestorageexceededexception": _NOT_RECHECKED,
    "lambda.enilimitreachedexception": _SEARCHED_56,
    "lambda.ec2throttledexception": _SEARCHED_56,
    "lambda.resourceconflictexception": _SEARCHED_56,
    "lambda.resourceinuseexception": _NOT_RECHECKED,
    "lambda.invalidparametervalueexception": _NOT_RECHECKED,
    "lambda.serviceexception": _SEARCHED_56,
    "lambda.resourcenotfoundexception": _NOT_RECHECKED,
    "lambda.event-source-mapping.on-failure-destinations": _CFN_STATES_PART,
    "lambda.stream-shard-concurrency": _NOT_RECHECKED,
    "lambda.event-source-mapping.batching-window.range": _SEARCHED_56,
    "lambda.maximum-event-age.min": _NO_GUIDE_FOUND,
    "lambda.maximum-event-age.range": _NO_GUIDE_FOUND,
    "mq.public-access": _NOT_RECHECKED,
    "route53.health-check-interval.default": _NO_GUIDE_FOUND,
    "route53.failure-threshold.range": _SEARCHED_56,
    "s3.presigned-url-expiration.max": _NO_GUIDE_FOUND,
    "s3.presigned-url-expiration.default": _NO_GUIDE_FOUND,
    "s3.intelligent-tiering.monitoring-size.min": _NO_GUIDE_FOUND,
    "s3.intelligent-tiering.minimum-storage-duration.min": _NO_GUIDE_FOUND,
    "s3.error.403": _NOT_RECHECKED,
    "secretsmanager.default-key": _SEARCHED_56,
    "sns.message-attributes.size": _NOT_RECHECKED,
    "sns.sms-publish.max": _SEARCHED_56,
    "sns.fifo-topic.message-rate.max": _SEARCHED_56,
    "sns.fifo-topic.bandwidth.max": _SEARCHED_56,
    "sqs.long-polling-wait-time.default": _SEARCHED_56,
    "sqs.batch-size.max": _SEARCHED_56,
    "sqs.batch-size.range": _SEARCHED_56,
    "sqs.batch-size.default": _SEARCHED_56,
    "sqs.as-stream-failure-destination": _CFN_STATES_PART,
    "stepfunctions.workflow-type.default": _SEARCHED_56,
    "sts.assumerole-duration.range": _NO_GUIDE_FOUND,
    "sts.webidentity-duration.default": _NO_GUIDE_FOUND,
    "sts.getsessiontoken-duration.range": _SEARCHED_56,
    "sts.getsessiontoken-duration.default": _SEARCHED_56,
    "sts.getsessiontoken-root.max": _SEARCHED_56,
    "sts.getfederationtoken-duration.range": _SEARCHED_56,
    "sts.getfederationtoken-duration.default": _SEARCHED_56,
    "xray.sampling.fixed-rate.default": _NO_GUIDE_FOUND,
    "xray.sampling.reservoir.default": _NO_GUIDE_FOUND,
}


def citation_problems(url: str) -> list[str]:
    """What keeps `url` from being a page a student can open on AWS's own English site."""
    parts = urlsplit(url)
    problems = []
    if parts.scheme != "https":
        problems.append("not https")
    if "//" in parts.path:
        problems.append("'//' in the path")
    if parts.netloc not in OFFICIAL_HOSTS:
        problems.append(f"host {parts.netloc!r} is not docs.aws.amazon.com or aws.amazon.com")
    first = parts.path.strip("/").split("/")[0]
    if is_localized(parts.netloc, first):
        problems.append("a localized copy, not the English page")
    elif parts.netloc in OFFICIAL_HOSTS and _DOCS_LOCALE.match(first):
        # /en_us/ is English, but the canonical address of the page has no language prefix.
        problems.append(f"'/{first}/' prefix: cite the address without it")
    return problems


def is_localized(host: str, first_segment: str) -> bool:
    """A translated copy; /en_us/ is not one (the China mirror needs it to serve English)."""
    if _DOCS_LOCALE.match(first_segment):
        return not first_segment.startswith("en_")
    return host.lower().endswith("aws.amazon.com") and first_segment in _SITE_LOCALES


def shipped_entries() -> list[dict]:
    entries = []
    for path in sorted(SHIPPED.glob("*.toml")):
        with path.open("rb") as handle:
            entries += tomllib.load(handle).get("entry", [])
    return entries


ENTRIES = shipped_entries()


@pytest.mark.parametrize("url, expected", [
    ("https://docs.aws.amazon.com/lambda/latest/dg/configuration-timeout.html", []),
    ("https://aws.amazon.com/premiumsupport/knowledge-center/iam-role-chaining-limit/", []),
    ("https://aws.amazon.com/s3/storage-classes/", []),
    ("http://docs.aws.amazon.com/lambda/latest/dg/configuration-timeout.html", ["not https"]),
    ("https://docs.aws.amazon.com/elasticloadbalancing/latest/application//lambda-functions.html",
     ["'//' in the path"]),
    ("https://docs.aws.Amazon.com/AWSEC2/latest/UserGuide/instancedata-add-user-data.html",
     ["host 'docs.aws.Amazon.com' is not docs.aws.amazon.com or aws.amazon.com"]),
    ("https://docs.amazonaws.cn/en_us/AmazonS3/latest/userguide/DataDurability.md",
     ["host 'docs.amazonaws.cn' is not docs.aws.amazon.com or aws.amazon.com"]),
    ("https://docs.amazonaws.cn/zh_cn/AmazonS3/latest/userguide/DataDurability.html",
     ["host 'docs.amazonaws.cn' is not docs.aws.amazon.com or aws.amazon.com",
      "a localized copy, not the English page"]),
    ("https://github.com/awsdocs/aws-cloudformation-user-guide/blob/main/doc_source/x.md",
     ["host 'github.com' is not docs.aws.amazon.com or aws.amazon.com"]),
    ("https://docs.aws.amazon.com/ja_jp/general/latest/gr/vpc-service.html",
     ["a localized copy, not the English page"]),
    ("https://docs.aws.amazon.com/en_us/AmazonCloudFront/latest/DeveloperGuide/x.html",
     ["'/en_us/' prefix: cite the address without it"]),
    ("https://docs.aws.amazon.com/id_id/AWSEC2/latest/APIReference/API_CopyVolumes.html",
     ["a localized copy, not the English page"]),
    ("https://aws.amazon.com/it/premiumsupport/knowledge-center/iam-increase-policy-size/",
     ["a localized copy, not the English page"]),
])
def test_the_citation_check_tells_good_addresses_from_bad(url, expected):
    assert citation_problems(url) == expected


def test_every_entry_cites_a_well_formed_english_aws_page():
    # One test over all ~600 entries (a test per entry cost the suite more than it checks);
    # the message lists every entry at fault.
    faults = []
    for entry in ENTRIES:
        problems = citation_problems(entry["url"])
        if entry["id"] in OFF_SITE_ALLOWED:
            # Allowed off AWS's main site, never as a translation or a malformed address.
            problems = [p for p in problems if not p.startswith("host ")]
        if problems:
            faults.append(f"{entry['id']}: {entry['url']}: {'; '.join(problems)}")
    assert len(ENTRIES) > 500 and faults == [], "\n".join(faults)


def test_the_off_site_allow_list_names_only_entries_that_still_need_it():
    by_id = {entry["id"]: entry for entry in ENTRIES}
    stale = [entry_id for entry_id in OFF_SITE_ALLOWED
             if entry_id not in by_id
             or urlsplit(by_id[entry_id]["url"]).netloc in OFFICIAL_HOSTS]
    assert stale == [], "drop these from OFF_SITE_ALLOWED: " + ", ".join(stale)


def test_an_sdk_or_cli_page_is_cited_only_where_no_guide_page_was_found():
    cited = sorted(entry["id"] for entry in ENTRIES
                   if SDK_PAGE.match(urlsplit(entry["url"]).path))
    unlisted = [entry_id for entry_id in cited if entry_id not in SDK_PAGE_ALLOWED]
    assert unlisted == [], "cite a guide page, or list with why: " + ", ".join(unlisted)
    moved = [entry_id for entry_id in SDK_PAGE_ALLOWED if entry_id not in cited]
    assert moved == [], "drop these from SDK_PAGE_ALLOWED: " + ", ".join(moved)
    # the pages the questions19 reviewers met, now the guides'
    by_id = {entry["id"]: entry for entry in ENTRIES}
    assert "SQSDeveloperGuide/quotas-messages.html" in by_id["sqs.message-size.max"]["url"]
    assert "DAX.create-cluster.console" in by_id["dax.nodes-per-cluster.max"]["url"]
