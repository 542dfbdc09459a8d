"""A setting of Lambda's event source mapping asked, and a figure of the source's own API.

"lambda sqs max batch size" asks how many messages Lambda's event source mapping hands a
function at once: by default 10, at most 10,000 for a standard queue and 10 for a FIFO queue
(https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-parameters.html). A note's
"ReceiveMessage returns max 10 msgs per call" or "batch send max 10 messages" is the queue's
own API, another setting of the same noun: filed under the queue, on a line naming neither
Lambda nor its mapping, it answered as the mapping's (nine lookups the notes cannot answer,
in the development sets). A batch asked beside Lambda and a source service is the mapping's;
a figure of the source service whose line names the source's own API (a receive or send, a
call or request, PutRecords, BatchWriteItem) and whose line, subject, attribute, context,
heading and file name say nothing of Lambda, its functions or the mapping is no answer to it.
A line naming no API stays ("consumers poll shards: batch size default 100, max 10,000
records" is the mapping's, said in other words; a queue's own APIs stop at 10), and so does a
line naming one whose count is more than any batch of the source's own APIs holds: SQS's
ReceiveMessage, SendMessageBatch and DeleteMessageBatch take at most 10 messages, DynamoDB's
largest, Streams' GetRecords, 1,000 records, so "batch size: default 10, max 10,000 per poll
request" under SQS and "batch size default 100, max 10,000 per read request" under DynamoDB
Streams are the mapping's (Kinesis' GetRecords returns 10,000, as many as the mapping's
maximum: no count tells them apart there). Any other
measure asked ("lambda sqs max message size": the queue's 256 KB) is left alone. Stdlib
only: the lookup fast path.
"""

from __future__ import annotations

from studycli.lazy_regex import lazy_compile

LAMBDA = "Lambda"
# the one setting the mapping shares its noun with its sources' own APIs: the batch size
# ("BatchSize"; a ReceiveMessage, SendMessageBatch or PutRecords call's batch). A batching
# window is the mapping's alone ("' batch window (MaximumBatchingWindowInSeconds) up to 300 s"
# filed under SQS answers "sqs lambda batching window max"), and a batch asked as no measure
# ("what happens when lambda fails on a kinesis batch") is what the mapping does, which a
# stream's line may say without naming Lambda
_BATCH_ASKED = lazy_compile(r"(?i)batch[\s_-]*size")
_NAME_GAPS = lazy_compile(r"[\W_]+")
# what names the source's own API: "ReceiveMessage returns max 10 msgs per call", "batch send
# max 10 messages", "batch ops up to 10 msgs", "PutRecords 500 records per request", and a
# rate with its API's batching ("FIFO: 300 msg/s without batching, 3,000 with batching")
_OF_THE_API = lazy_compile(r"(?i)receive|send|(?:put|get)[\s_-]*records?|batch[\s_-]*(?:write|get)"
                           r"|\b(?:api|ops|operations?|calls?|requests?|batching)\b|\w/s\b")
# what says a figure is the mapping's, or the function's it feeds; a batching window is the
# mapping's alone ("SQS batch size default 10, max 10,000 (with batching window)")
_OF_THE_MAPPING = lazy_compile(r"(?i)\b(?:lambda|esm|event[\s_-]*source|triggers?|functions?"
                               r"|invok\w*)\b|eventsourcemapping|λ|batch(?:ing)?[\s_-]*window")


# the most one call of a source service's own API batches: SQS's ReceiveMessage
# MaxNumberOfMessages 1 to 10 (the reference's sqs.batch-size.max), SendMessageBatch and
# DeleteMessageBatch 10 entries
# (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_ReceiveMessage.html);
# DynamoDB Streams' GetRecords Limit up to 1,000, BatchGetItem 100, BatchWriteItem 25
# (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_GetRecords.html)
_API_BATCH_MOST = {"SQS": 10, "DynamoDB": 1000}
# a count on the line: a number written alone, before "per" or a bracket, or before what a
# batch holds ("10,000 msgs"); not a size, a duration, a rate ("3,000 msg/s") nor a count of
# another thing ("120,000 in-flight")
_COUNT = lazy_compile(r"(?i)(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(k\b)?(?![\d.,]\d)"
                      r"(?=\s*(?:$|[;,)(.]|per\b|(?:messages?|msgs?|records?|items?|events?)\b"
                      r"(?!\s*(?:/|per\s+(?:s|sec\w*|min\w*)\b))))")


def _counts_past_the_api(line: str, service: str) -> bool:
    """Whether `line` counts more than one call of `service`'s own API batches: a batch of
    the mapping's, whatever API word the line names."""
    most = _API_BATCH_MOST.get(service)
    if most is None:
        return False
    for m in _COUNT.finditer(line):
        if int(m.group(1).replace(",", "")) * (1000 if m.group(2) else 1) > most:
            return True
    return False


def source_batch_not_mapping(fact: dict, asked: list[str], query: str) -> bool:
    """Whether the query asks a batch of Lambda's event source mapping (it names Lambda,
    another service and a batch) and `fact` is the other service's own figure."""
    if LAMBDA not in asked or len(asked) < 2 or not _BATCH_ASKED.search(query):
        return False
    service = fact.get("service") or fact.get("service_guess") or ""  # (a line as itself)
    if service == LAMBDA or service not in asked:
        return False
    line = " ".join(fact.get(k) or "" for k in ("snippet", "subject", "attribute"))
    if _OF_THE_API.search(line) is None or _counts_past_the_api(fact.get("snippet") or "",
                                                                service):
        return False
    said = " ".join(fact.get(k) or "" for k in ("snippet", "subject", "attribute", "context",
                                                "section", "paragraph"))
    # a note whose file names Lambda is Lambda's notes ("lambda_thread.md"), as the parser
    # reads a file's name (its own name only: a folder "lambda-course/" holds every service's)
    source = _NAME_GAPS.sub(" ", (fact.get("source") or "").replace("\\", "/").rsplit("/", 1)[-1])
    return _OF_THE_MAPPING.search(f"{said} {source}") is None

