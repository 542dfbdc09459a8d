"""A ratchet on weak citations in the AWS reference: their count may fall, never grow.

`check`, `lookup`'s "AWS docs say", the quiz's and exam's "AWS today" and compare's reference
rows all show an entry's URL as the page that proves "your note is outdated". A student who
clicks through to an SDK's member page (the Kotlin SDK's `source-db-instance-identifier`), a
CDK construct, botocore's exception list or a `goto/` redirect lands on generated text about a
parameter, often of another operation or another service, with no table, no context and
sometimes an older figure than the guide's; one that lands on an API operation page
(`API_CreateSubnet.html` for a VPC's CIDR size) reads about a different call. Either way the
page does not visibly state the fact, and the student stops trusting the tool. An entry cites
the user guide, developer guide or quotas page that states its value; an API page only where
it states the value best (an operation's own parameter limit, such as TransactWriteItems'
item count), and an SDK page only where no guide page in the search corpus states it
(tests/test_reference_urls.py `SDK_PAGE_ALLOWED` lists each with why).

The ceilings below are the counts left after cite21 (2026-12-03) moved the most-shown entries
to guide pages and cite26 (2026-12-04) moved six more. Lower a ceiling when you move more; never
raise one: cite the guide page.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .test_reference_urls import ENTRIES, SDK_PAGE

# Any goto/ redirect (goto/WebAPI, goto/SdkForKotlin, ...) hides which page a student lands on.
_GOTO = re.compile(r"^/goto/")
# An API operation or data type page: .../API_<Name>.html
_API_PAGE = re.compile(r"/API_[A-Za-z0-9_]+\.html$")

# refs56 (2026-12-07) moved ten to a page stating the value: a Knowledge Center article, the page a
# redirect led to, or the API reference page of the operation that sets the value; rv-refs56 moved
# the two CloudWatch Logs event-size entries from the goto/WebAPI PutLogEvents redirect to the
# InputLogEvent page that states 1 MB, and DynamoDB's 400 KB item from goto/WebAPI to the
# BatchWriteItem page that redirect landed on
SDK_CDK_BOTOCORE_GOTO_MAX = 102
# refs56 raised this from 100 by five net (six SDK entries moved here, one API entry moved to its
# quotas page) and rv-refs56 by three (the goto/ redirects above): each an SDK page's or redirect's
# entry moved to the AWS API reference page of the operation or data type whose own parameter
# states the value (PutRecordsRequestEntry's PartitionKey, PublishBatchRequestEntry's
# MessageDeduplicationId, GetShardIterator, TimeBasedCanary, GetMetricData, InputLogEvent,
# BatchWriteItem); mendA56 lowered it by one: DynamoDB's 400 KB item moved on to the developer
# guide's Constraints page, whose Items section states it
API_PAGE_MAX = 107
# The two ceilings together, 215 before refs56, 210 after it, 209 since mendA56's move off an
# API page: raising one ceiling must lower the other
WEAK_TOTAL_MAX = 209


def _paths() -> list[tuple[str, str]]:
    return [(entry["id"], urlsplit(entry["url"]).path) for entry in ENTRIES]


def test_sdk_cdk_botocore_and_goto_citations_do_not_grow():
    weak = sorted(entry_id for entry_id, path in _paths()
                  if SDK_PAGE.match(path) or _GOTO.match(path))
    assert len(weak) <= SDK_CDK_BOTOCORE_GOTO_MAX, (
        f"{len(weak)} entries cite an SDK, CDK, botocore or goto/ page (ceiling "
        f"{SDK_CDK_BOTOCORE_GOTO_MAX}): cite the guide page that states the value")


def test_api_operation_page_citations_do_not_grow():
    api = sorted(entry_id for entry_id, path in _paths() if _API_PAGE.search(path))
    assert len(api) <= API_PAGE_MAX, (
        f"{len(api)} entries cite an API operation page (ceiling {API_PAGE_MAX}): cite the "
        "guide or quotas page that states the value, unless it is the operation's own limit")


def _counts() -> tuple[int, int]:
    paths = [path for _, path in _paths()]
    sdk = sum(1 for path in paths if SDK_PAGE.match(path) or _GOTO.match(path))
    api = sum(1 for path in paths if _API_PAGE.search(path))
    return sdk, api


def test_the_two_ceilings_together_do_not_grow():
    # A sum over the entries' counts could never fail while each count is under its own
    # ceiling; what can grow unseen is a ceiling raised to admit a new weak citation.
    total = SDK_CDK_BOTOCORE_GOTO_MAX + API_PAGE_MAX
    assert total <= WEAK_TOTAL_MAX, (
        f"the SDK/goto and API ceilings add up to {total} (at most {WEAK_TOTAL_MAX}): raising "
        "one ceiling must lower the other, or cite the guide page")


def test_each_ceiling_is_the_count_it_guards():
    # a ceiling above its count lets that many weak citations return unseen
    sdk, api = _counts()
    assert (SDK_CDK_BOTOCORE_GOTO_MAX, API_PAGE_MAX) == (sdk, api), (
        f"lower the ceilings to the counts: SDK/goto {sdk}, API {api}")


def test_the_ratchet_tells_weak_pages_from_guide_pages():
    assert SDK_PAGE.match("/sdk-for-kotlin/api/latest/rds/aws.sdk.kotlin.services.rds.model/x")
    assert SDK_PAGE.match("/cdk/api/v2/docs/aws-cdk-lib.aws_ecs.InstanceMonitoring.html")
    assert SDK_PAGE.match("/botocore/latest/reference/services/lambda/client/exceptions/x.html")
    assert _GOTO.match("/goto/WebAPI/dynamodb/BatchWriteItem")
    assert _API_PAGE.search("/AWSEC2/latest/APIReference/API_CreateSubnet.html")
    guide = "/AmazonRDS/latest/UserGuide/USER_MySQL.Replication.ReadReplicas.html"
    assert not (SDK_PAGE.match(guide) or _GOTO.match(guide) or _API_PAGE.search(guide))


# Entries moved to the page whose text states their value (read in the search corpus): cite26's
# (2026-12-04) to guide pages, refs56's and rv-refs56's (2026-12-07) to a guide, Knowledge Center
# or API reference page; a later edit must not send them back to an SDK page or a redirect.
_MOVED_TO_STATING_PAGES = {
    "sts.assumerole-duration.default": "/IAM/latest/UserGuide/id_credentials_sts-comparison.html",
    "lambda.event-source-mapping.parallelization-factor.default":
        "/lambda/latest/dg/services-kinesis-parameters.html",
    "lambda.event-source-mapping.parallelization-factor.max":
        "/lambda/latest/dg/services-kinesis-parameters.html",
    "lambda.event-source-mapping.stream-batch-size.default":
        "/lambda/latest/dg/services-kinesis-parameters.html",
    "dynamodb.pitr.restore.max":
        "/amazondynamodb/latest/developerguide/PointInTimeRecovery_Howitworks.html",
    "cloudfront.vpc-origins":
        "/AmazonCloudFront/latest/DeveloperGuide/private-content-vpc-origins.html",
    # refs56 (2026-12-07), each page's text read stating the value
    "sqs.stored-messages": "/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-queues.html",
    "aurora.backtrack-window.max":
        "/premiumsupport/knowledge-center/aurora-mysql-cluster-backtrack/",
    "fargate.efs-volumes":
        "/premiumsupport/knowledge-center/ecs-fargate-mount-efs-containers-tasks/",
    "kinesis.partition-key.max": "/kinesis/latest/APIReference/API_PutRecordsRequestEntry.html",
    "sns.fifo-topic.deduplication-id.max": "/sns/latest/api/API_PublishBatchRequestEntry.html",
    "sns.fifo-topic.deduplication-interval": "/sns/latest/api/API_PublishBatchRequestEntry.html",
    "dynamodb.dynamodb-streams.shard-iterator-expiry":
        "/amazondynamodb/latest/APIReference/API_streams_GetShardIterator.html",
    "cloudwatch.getmetricdata.metrics.max":
        "/AmazonCloudWatch/latest/APIReference/API_GetMetricData.html",
    # rv-refs56: the InputLogEvent data type page states "Each log event can be no larger than
    # 1 MB" (read in its goto/WebAPI copy, es_es and the China mirror), so the PutLogEvents
    # redirect that refs56 left is gone
    "cloudwatch-logs.event-size.max":
        "/AmazonCloudWatchLogs/latest/APIReference/API_InputLogEvent.html",
    "cloudwatch-logs.event-size.claim":
        "/AmazonCloudWatchLogs/latest/APIReference/API_InputLogEvent.html",
    # mendA56: the developer guide's Constraints page, whose Items section says "The maximum item
    # size in DynamoDB is 400 KB" (read in its awsdocs source, then ServiceQuotas.md), not the
    # BatchWriteItem API page the goto/WebAPI redirect landed on
    "dynamodb.item-size.max": "/amazondynamodb/latest/developerguide/Constraints.html",
}


def test_moved_citations_stay_on_the_page_that_states_the_value():
    cited = dict(_paths())
    wrong = {entry_id: cited.get(entry_id) for entry_id, path in _MOVED_TO_STATING_PAGES.items()
             if cited.get(entry_id) != path}
    assert wrong == {}, f"cite the page that states the value (guide, quotas or API page): {wrong}"
