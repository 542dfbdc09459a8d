"""Config-style keys read as their words ("sqsMaxMsgSize: 256KB", "sqs_max_msg_size = 256KB").

A student who keeps a cheat sheet like a config file writes one key per limit, the service's
name first and the attribute run together in camelCase or snake_case. Read as written, the key
is one word the parser knows nothing of: "cfnMaxResourcesPerStack: 500" made no fact, and
"sqsMaxMsgSize: 256KB" was filed under an attribute "sqsmaxmsgsize" no lookup names. The key is
read as its words ("sqs max msg size: 256KB"). The snippet a lookup quotes stays the student's
own line; a statement made of the line reads the key as its words too ("sqs visibility timeout
= 180" for "sqs_visibility_timeout = 180").

Only a key that opens a line (after a list marker), is followed by ":" or "=" and a value, and
whose first words are a service's name or alias ("ddb", "cfn", "secretsManager") is split: an
API's own names ("waitForTaskToken = callback pattern", "statusCode: 200") and any identifier
in running text are left as written, and so is a code fence (code is quoted, not a note's
claim). A key naming a resource rather than a limit ("ec2_instance_id = i-12345",
"sqsQueueUrl: https://...", "s3_client = boto3.client('s3')") is a program's setting and is
left as written; a tuned value is not told from a limit ("sqs_visibility_timeout = 180s" is
read as a visibility timeout, and `check` marks it where the AWS docs give other values).
A note with a line-opening key that names no service ("visibilityTimeout: 30s") has none
split: split, the key before it would lend it its service.

Dotted keys ("route53.health_check.interval = 30s std, 10s fast") are read as their words too,
in a note with two or more of them opening with a service's name (see _split_dotted_keys).
"""

from __future__ import annotations

import re
from functools import lru_cache

_KEY = re.compile(r"^(?P<lead>\s*(?:[-*+]\s+)?)"
                  r"(?P<key>[a-z][a-z0-9]*(?:[A-Z][A-Za-z0-9]*)+|[a-z][a-z0-9]*(?:_[a-z0-9]+)+)"
                  r"(?P<sep>\s*[:=]\s*)(?=\S)")
# a PascalCase key ("VisibilityTimeout: 30s", CloudFormation's own names), never split: one
# naming no service keeps a note's keys unsplit as a camelCase one does
_PASCAL_KEY = re.compile(r"^\s*(?:[-*+]\s+)?(?P<key>[A-Z][a-z0-9]+(?:[A-Z][A-Za-z0-9]*)+)"
                         r"\s*[:=]\s*(?=\S)")
_MAX_NAME_WORDS = 3  # "step functions", "elastic load balancing"
# humps of camelCase: before an upper-case letter after a lower-case one or a digit, and
# before the last capital of a run that starts a word ("ddbMaxLSIPerTable" -> LSI Per)
_HUMP = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
# a key naming a resource, not a limit: "ec2_instance_id = i-12345", "sqsQueueUrl: https://..."
# is a program's setting, never a fact about the service
_RESOURCE_WORDS = frozenset({"arn", "arns", "bucket", "client", "endpoint", "host", "hostname",
                             "id", "ids", "name", "names", "path", "profile", "queue", "region",
                             "table", "topic", "uri", "url", "urls"})
# a key with a bound or a scope is a limit whatever its last word ("ddbMaxLSIPerTable: 5",
# "snsMaxTopicName: 256 chars")
_LIMIT_WORDS = frozenset({"per", "max", "min", "limit", "default"})
# a value that is code or an address: "boto3.client('s3')", "arn:aws:...", "https://..."
_CODE_VALUE = re.compile(r"^\s*(?:arn:|[\w.]+\(|\S*://)")


@lru_cache(maxsize=1)
def _service_words() -> frozenset[str]:
    from studycli.services import catalog

    # "secrets manager" too: "secretsManagerRotationDefault" opens with a two-word name
    return frozenset(alias for alias in catalog().service_aliases
                     if alias.replace(" ", "").isalnum() and alias.count(" ") < _MAX_NAME_WORDS)


def key_words(key: str) -> list[str]:
    """The words of a camelCase or snake_case key, lower case except an acronym ("LSI")."""
    parts = [p for chunk in key.split("_") for p in _HUMP.split(chunk) if p]
    return [p if len(p) > 1 and p.isupper() else p.lower() for p in parts]


def _opens_with_service(words: list[str], services: frozenset[str]) -> bool:
    lowered = [w.lower() for w in words]
    return any(" ".join(lowered[:k]) in services
               for k in range(1, min(len(words) - 1, _MAX_NAME_WORDS) + 1))


def split_identifier_keys(lines: list[str], fenced: list[bool]) -> None:
    """Rewrite, in place, each line's config-style key that opens with a service's name."""
    services = _service_words()
    _split_dotted_keys(lines, fenced, services)
    _split_joined_keys(lines, fenced, services)


# "route53.health_check.interval = 30s std, 10s fast", "nacl.rules.max = 20": a dotted key, its
# parts snake_case words or an API's own name ("ec2.InsufficientInstanceCapacity"), a word or
# two of qualifier before its "=" ("...failure_threshold default = 3")
_DOTTED_KEY = re.compile(r"^(?P<lead>\s*(?:[-*+]\s+)?)"
                         r"(?P<key>[a-z][a-z0-9_]*(?:\.[A-Za-z0-9_]+)+)"
                         r"(?P<sep>(?:[ \t]+[a-z]+){0,2}\s*[:=]\s*)(?=\S)")
# a file's name is no key: "index.html: the default root object"
_FILE_ENDINGS = frozenset({"html", "htm", "json", "yaml", "yml", "md", "txt", "py", "js", "ts",
                           "zip", "jar", "sh", "log", "csv", "xml", "toml", "ini", "cfg", "conf",
                           "tf", "java", "go", "rb", "cs", "png", "jpg", "pdf", "gz", "tar"})


def _dotted_words(key: str) -> list[str]:
    """"route53.health_check.interval" -> route53 health check interval; a part with a capital
    ("InsufficientInstanceCapacity", an error's or an API's name) is kept as written."""
    words: list[str] = []
    for part in key.split("."):
        if part.islower() or part.isdigit():
            words.extend(w for w in part.split("_") if w)
        else:
            words.append(part)
    return words


def _split_dotted_keys(lines: list[str], fenced: list[bool], services: frozenset[str]) -> None:
    """Rewrite, in place, dotted keys as their words, so that no part of the key is lost: read
    as written, "route53.health_check.interval = 30s std, 10s fast" was filed as Route 53's
    "interval" (an exam asked for Route 53's "fast interval", no health check named), and
    "nacl.rules.max = 20 per direction" made no fact. A service's name after a dot is a word
    of its own to the parser already, so the service a line is read under is the same split
    or not; only a note with dotted keys that open with a service's name is such a cheat sheet
    ("kms.max_plaintext_encrypt = 4 KB"): there, a key that opens with none ("subnet.reserved_ips
    = 5 per subnet") is read as its words too. A file's name ("index.html: ...") or a version
    ("python3.11 = ...") is no key, nor a key whose value is code or an address."""
    found: list[tuple[int, re.Match[str], list[str]]] = []
    named = 0
    for i, line in enumerate(lines):
        if fenced[i] or "." not in line[:80]:
            continue
        m = _DOTTED_KEY.match(line)
        if m is None:
            continue
        parts = m.group("key").split(".")
        if parts[-1] in _FILE_ENDINGS or not any(p[:1].isalpha() for p in parts[1:]) \
                or _CODE_VALUE.match(line[m.end():]):
            continue
        words = _dotted_words(m.group("key"))
        first = parts[0].replace("_", " ")
        named += first in services or _opens_with_service(words, services)
        found.append((i, m, words))
    if named < 2:
        return  # a dotted name or two in running notes: not a cheat sheet of keys
    for i, m, words in found:
        line = lines[i]
        lines[i] = f"{m.group('lead')}{' '.join(words)}{m.group('sep')}{line[m.end():]}"


def _split_joined_keys(lines: list[str], fenced: list[bool], services: frozenset[str]) -> None:
    """Rewrite, in place, each line's camelCase or snake_case key that opens with a service's
    name (none in a note with such a key naming no service: see the module's docstring)."""
    splits: list[tuple[int, re.Match[str], list[str]]] = []
    for i, line in enumerate(lines):
        if fenced[i] or not line:
            continue
        m = _KEY.match(line)
        if m is None:
            pascal = _PASCAL_KEY.match(line)
            # a service's own name as a label ("- CloudFront: 400 edge locations") names one
            if pascal and pascal.group("key").lower() not in services \
                    and not _opens_with_service(key_words(pascal.group("key")), services):
                return  # (as a camelCase key naming no service, below)
            continue
        words = key_words(m.group("key"))
        if not _opens_with_service(words, services):
            # a key naming no service ("visibilityTimeout: 30s") would be read under the
            # service of the split key before it ("iam max users = 5000"): in a note with
            # such keys, none is split (read as written, as before)
            return
        lowered = {w.lower() for w in words}
        if (words[-1].lower() in _RESOURCE_WORDS and not lowered & _LIMIT_WORDS) \
                or _CODE_VALUE.match(line[m.end():]):
            continue
        splits.append((i, m, words))
    for i, m, words in splits:
        line = lines[i]
        lines[i] = f"{m.group('lead')}{' '.join(words)}{m.group('sep')}{line[m.end():]}"
