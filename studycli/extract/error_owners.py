"""An AWS error's own name says whose error it is: "ConditionalCheckFailedException" is
DynamoDB's, "SlowDown" and "NoSuchKey" are S3's, "InsufficientInstanceCapacity" is EC2's. A
line that names such an error, and no other service than the error's, is that service's
line, whatever heading or line before it gave it ("ConditionalCheckFailedException ->
condition expression false" under "DB MISTAKES -- rds / aurora / dynamo" had been RDS's;
"InsufficientInstanceCapacity = AWS out of capacity in that AZ" after a CloudWatch line,
CloudWatch's). Only names one service alone returns, from its API reference; a name two
services share stays with the line's context ("ProvisionedThroughputExceededException" is
DynamoDB's and Kinesis Data Streams', "TooManyRequestsException" Lambda's and API
Gateway's)."""

from __future__ import annotations

import re

# Sources: S3 https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html (its list of
# error codes); DynamoDB https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/
# Programming.Errors.html; EC2 https://docs.aws.amazon.com/AWSEC2/latest/APIReference/
# errors-overview.html; Lambda https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html
# (RequestTooLargeException) and .../API_CreateFunction.html (CodeStorageExceededException).
_OWNED: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("S3", ("SlowDown", "NoSuchKey", "NoSuchBucket", "NoSuchUpload", "BucketAlreadyExists",
            "BucketAlreadyOwnedByYou", "BucketNotEmpty", "PermanentRedirect")),
    ("DynamoDB", ("ConditionalCheckFailedException", "TransactionCanceledException",
                  "TransactionConflictException", "ItemCollectionSizeLimitExceededException")),
    ("EC2", ("InsufficientInstanceCapacity", "InstanceLimitExceeded", "VcpuLimitExceeded")),
    ("Lambda", ("RequestTooLargeException", "CodeStorageExceededException")),
)
# the names as written (their case: "slowdown" in prose is no error's name), and S3's
# "503 Slow Down" as its status line says it
_ERROR_NAME = re.compile(
    r"(?<![A-Za-z])(?:" + "|".join(name for _s, names in _OWNED for name in names)
    + r")(?![a-z])|\b503[\s:=\-–—]*slow\s?down\b", re.IGNORECASE | re.ASCII)
_OWNER = {name.lower(): service for service, names in _OWNED for name in names}
_CASED = frozenset(name for _s, names in _OWNED for name in names)


def error_owner(text: str) -> str:
    """The one service whose own errors `text` names ("" if it names none, or errors of
    two services)."""
    if "503" not in text and text.islower():
        return ""  # most lines in lower case: no error's name
    owners = set()
    for m in _ERROR_NAME.finditer(text):
        word = m.group(0)
        if word[:1].isdigit():
            owners.add("S3")  # "503 Slow Down"
        elif word in _CASED:
            owners.add(_OWNER[word.lower()])
    return owners.pop() if len(owners) == 1 else ""
