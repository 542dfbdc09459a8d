"""An AWS error's own name says whose error it is: "ConditionalCheckFailedException" is
DynamoDB's, "SlowDown" and "NoSuchKey" are S3's, "InsufficientInstanceCapacity" is EC2's. A
line that names such an error, and no other service than the error's, is that service's
line, whatever heading or line before it gave it ("ConditionalCheckFailedException ->
condition expression false" under "DB MISTAKES -- rds / aurora / dynamo" had been RDS's;
"InsufficientInstanceCapacity = AWS out of capacity in that AZ" after a CloudWatch line,
CloudWatch's). Only names one service alone returns, from its API reference; a name two
services share stays with the line's context ("ProvisionedThroughputExceededException" is
DynamoDB's and Kinesis Data Streams', "TooManyRequestsException" Lambda's and API
Gateway's, "TransactionCanceledException" DynamoDB's and Lake Formation's)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from studycli.services import find_services

# Sources: S3 https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html (its list of
# error codes); DynamoDB https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/
# Programming.Errors.html; EC2 https://docs.aws.amazon.com/AWSEC2/latest/APIReference/
# errors-overview.html; Lambda https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html
# (RequestTooLargeException) and .../API_CreateFunction.html (CodeStorageExceededException).
_OWNED: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("S3", ("SlowDown", "NoSuchKey", "NoSuchBucket", "NoSuchUpload", "BucketAlreadyExists",
            "BucketAlreadyOwnedByYou", "BucketNotEmpty", "PermanentRedirect")),
    # not "TransactionCanceledException": Lake Formation's transactions return it too
    # (https://docs.aws.amazon.com/goto/WebAPI/lakeformation-2017-03-31/CancelTransaction,
    # its SDKs' TransactionCanceledException)
    ("DynamoDB", ("ConditionalCheckFailedException", "TransactionConflictException",
                  "ItemCollectionSizeLimitExceededException")),
    ("EC2", ("InsufficientInstanceCapacity", "InstanceLimitExceeded", "VcpuLimitExceeded")),
    ("Lambda", ("RequestTooLargeException", "CodeStorageExceededException")),
)
# the names as written (their case: "slowdown" in prose is no error's name), and S3's
# "503 Slow Down" as its status line says it: "SlowDown", "Slow Down" or "slowdown", not the
# English "503 - slow down the clients" (a throttled API's advice, any service's)
_ERROR_NAME = re.compile(
    r"(?<![A-Za-z])(?:" + "|".join(name for _s, names in _OWNED for name in names)
    + r")(?![A-Za-z])|\b503[\s:=\-–—]*(?:[Ss]low ?Down|slowdown|SLOW ?DOWN)\b",
    re.ASCII)
_OWNER = {name: service for service, names in _OWNED for name in names}


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
        else:
            owners.add(_OWNER[word])
    return owners.pop() if len(owners) == 1 else ""


def line_owner(text: str, service: str, enclosing: Sequence[str],
               owner_of: Callable[[str], str]) -> str:
    """The service a line naming an error (`owner_of` error_owner) or an API operation
    (operation_owners.operation_owner) is filed under instead of `service`, the one its
    heading or the lines before gave it ("" to keep that): the service `owner_of` reads in
    it, when the line names no other service and `enclosing` (the item texts then headings
    around it) has no heading or item naming `service` alone. Under "# EMR" or "- Auto
    Scaling", a line naming EC2's error says how that service meets it
    ("InsufficientInstanceCapacity -> use instance fleets", "SlowDown errors = too many files
    per prefix" under "# Athena"); under "# DAX", "item cache: GetItem results, default TTL 5
    minutes" is DAX's cache: only a heading listing several services ("DB mistakes -- rds /
    aurora / dynamo"), or a service carried from the lines before, gives way to the owner."""
    owner = owner_of(text)
    if not owner or owner == service:
        return ""
    if any(m.name != owner for m in find_services(text)):
        return ""  # "Lambda@Edge origin fails with NoSuchKey": the line's clauses say whose
    if service and any({m.name for m in find_services(t)} == {service} for t in enclosing):
        return ""
    return owner
