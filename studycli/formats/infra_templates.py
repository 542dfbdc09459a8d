"""Infrastructure templates kept as notes (a CloudFormation or SAM template, Terraform), line
for line as markdown.

A student learning the DVA or SAA exam writes their notes into the template they practise
with: `Timeout: 3  # DEFAULT 3 sec, max 900 sec (15 min)` under a resource of
`Type: AWS::Lambda::Function`, `strategy = "spread" # max 7 instances per AZ` in a Terraform
`aws_placement_group`. The settings themselves (`Timeout: 3`, `VisibilityTimeout: 180`) are
the author's choices, not AWS's limits or defaults, so a setting without a comment says
nothing. But the comment beside a setting is about that setting, of that resource's service:
read as a lone comment it lost both, and "DEFAULT 3 sec" under no heading answered nothing.

Here a resource becomes a heading naming its service (from its `Type: AWS::SQS::Queue` or
Terraform type `aws_sqs_queue`), a banner comment (`# ====== LAMBDA ======`) a heading, a
commented setting the item `- setting words: comment` (`- visibility timeout: default 30 s,
range 0 s - 12 hours`), and every other line of code a blank line, so line N of the
markdown is line N of the file. What the author wrote about their own stack is no fact of
AWS's: a Description ("Lambda with 512 MB memory"), a Parameter's or variable's default, a
Parameter's `Type: AWS::EC2::Subnet::Id` (no resource) are not read as limits; the comments
just above a resource are its own, not the resource's before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from studycli.formats.keyvalues import comment_item, split_comment
from studycli.services import find_services

# A service named in a type by another word than its own (CloudFormation's namespace or a
# Terraform type's first words) -> the name a heading gives it.
_SERVICE_WORDS = {
    "apigateway": "API Gateway", "apigatewayv2": "API Gateway", "api_gateway": "API Gateway",
    "events": "EventBridge", "cloudwatch_event": "EventBridge", "logs": "CloudWatch Logs",
    "stepfunctions": "Step Functions", "sfn": "Step Functions", "ssm": "SSM",
    "elasticloadbalancingv2": "Elastic Load Balancing",
    "elasticloadbalancing": "Elastic Load Balancing", "lb": "Elastic Load Balancing",
    "alb": "Elastic Load Balancing", "elb": "Elastic Load Balancing",
    "autoscaling": "Auto Scaling", "applicationautoscaling": "Application Auto Scaling",
    "db": "RDS", "rds": "RDS", "instance": "EC2", "placement": "EC2", "spot": "EC2",
    "launch": "EC2", "ami": "EC2", "eip": "EC2", "key": "EC2", "ebs": "EBS",
    "nat": "VPC", "subnet": "VPC", "security": "VPC", "route": "VPC", "internet": "VPC",
    "secretsmanager": "Secrets Manager", "kinesisfirehose": "Kinesis Data Firehose",
    "route53": "Route 53", "cognito": "Cognito", "elasticache": "ElastiCache",
}
# SAM's resource types, which name no service
_SAM_TYPES = {
    "function": "Lambda function", "layerversion": "Lambda layer", "api": "API Gateway REST API",
    "httpapi": "API Gateway HTTP API", "simpletable": "DynamoDB table",
    "statemachine": "Step Functions state machine", "application": "SAM application",
    "connector": "SAM connector", "graphqlapi": "AppSync GraphQL API",
}
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
# a key's last words naming the unit its value is in ("MaximumEventAgeInSeconds"): the
# comment states its own units, and "in seconds" is no part of what is set
_UNIT_TAIL = re.compile(r"(?:\s+in)?\s+(?:seconds|minutes|hours|days|bytes|mb|kb|gb)$", re.I)
_BANNER = re.compile(r"^[-=*~#/]{3,}\s*([A-Za-z][\w &/+.()-]*?)\s*[-=*~#/]*$")


def setting_words(key: str, note: str = "") -> str:
    """`MaximumEventAgeInSeconds` -> `maximum event age`, `idle_timeout` -> `idle timeout`.
    The unit a key ends in stays when its comment has a bare number (`# default 60`): the
    comment's own units say it otherwise."""
    words = _CAMEL.sub(" ", key.strip().strip("'\"")).replace("_", " ").replace("-", " ")
    words = " ".join(words.split()).lower()
    if _BARE_NUMBER.search(note):
        return words
    return _UNIT_TAIL.sub("", words) or words


_BARE_NUMBER = re.compile(r"\d(?![\d.,]*\s*[A-Za-z%$])")


def type_heading(type_name: str) -> str:
    """A resource's type as the words of a heading naming its service:
    `AWS::Lambda::Function` -> `Lambda Function`, `aws_lb_target_group` -> `Elastic Load
    Balancing lb target group`, `AWS::Serverless::Function` -> `Lambda function`."""
    if "::" in type_name:
        parts = [p for p in type_name.split("::") if p and p.upper() != "AWS"]
        if not parts:
            return ""
        if parts[0].lower() == "serverless" and len(parts) > 1:
            return _SAM_TYPES.get(parts[1].lower(), _CAMEL.sub(" ", parts[1]))
        service = _SERVICE_WORDS.get(parts[0].lower(), parts[0])
        return " ".join([service, *(_CAMEL.sub(" ", p) for p in parts[1:])])
    words = type_name.lower().removeprefix("aws_").split("_")
    for n in (2, 1):
        named = _SERVICE_WORDS.get("_".join(words[:n])) if len(words) >= n else None
        if named:
            rest = words if n == 1 and words[0] in _THING_WORDS else words[n:]
            return " ".join([named, *rest]).strip()
    return " ".join(words)


# a Terraform type's first word that names the thing, not its service (`aws_instance`)
_THING_WORDS = {"instance", "placement", "spot", "launch", "ami", "eip", "key", "nat",
                "subnet", "security", "route", "internet", "ebs"}


def _named_service(label: str) -> str:
    """A resource's own name where it names a service or a variant of one (`"aurora"`,
    `"nlb"`), else "": `"web"` or `"OrdersFn"` say nothing of what the resource is."""
    from studycli.services import find_services

    words = setting_words(label)
    return words if find_services(words) else ""


def banner(comment: str) -> str | None:
    """The words of a banner comment (`==== LAMBDA ====`), or None."""
    m = _BANNER.match(comment.strip())
    return m.group(1) if m and m.group(1).strip() else None


def _rule_only(comment: str) -> bool:
    """A comment that is only a rule (`=========`): no words."""
    return bool(comment.strip()) and not re.search(r"[A-Za-z0-9]", comment)


# ----------------------------------------------------------------- CloudFormation / SAM

_KEY = re.compile(r"""^(\s*)(-\s+)?(['"]?[\w][\w.$/()-]*?['"]?)\s*:(?:\s+(.*?))?\s*$""")
_ITEM = re.compile(r"^(\s*)-\s+(.*?)\s*$")
_COMMENT = re.compile(r"^\s*#+ ?(.*?)\s*$")
_TYPE = re.compile(r"""^\s*Type\s*:\s*['"]?(AWS::[\w:-]+)""")
_BLOCK_SCALAR = re.compile(r"^[|>][+-]?\d*$")
_SAM = re.compile(r"^Transform\s*:\s*['\"]?AWS::Serverless")
_DESCRIPTION = {"description", "Description"}
# the keys under which a resource's settings sit: no word of what is set
_CONTAINERS = {"properties"}
# the key of a setting's default (a Parameter's, a Terraform variable's): the value after it
# is the author's, and "default" in the item's words made its comment read as AWS's default
_DEFAULT_KEY = "default"


def _resource_lines(lines: list[str]) -> dict[int, str]:
    """Line index of each resource's key -> its heading's words (from the `Type:` under it):
    a key directly under the top-level `Resources:` whose own `Type:` is `AWS::...`. A
    Parameter's `Type: AWS::EC2::Subnet::Id` is no resource: headed as one, the Parameters
    after it were read as that service's limits."""
    found: dict[int, str] = {}
    keys: list[tuple[int, int, str]] = []  # the keys open above this line: (indent, index, name)
    for i, line in enumerate(lines):
        if not line.strip() or _COMMENT.match(line):
            continue
        indent = len(line) - len(line.lstrip())
        while keys and keys[-1][0] >= indent:
            keys.pop()
        typed = _TYPE.match(line)
        if typed and len(keys) == 2 and keys[0][2] == "Resources":
            found[keys[-1][1]] = type_heading(typed.group(1))
        key = _KEY.match(split_comment(line, "#")[0])
        if key:
            keys.append((indent, i, key.group(3).strip("'\"")))
    return found


def template_to_markdown(lines: list[str]) -> list[str]:
    """A CloudFormation or SAM template, or any YAML of machine settings (a buildspec, a
    workflow, a manifest: no resources then, only settings and their comments)."""
    resources = _resource_lines(lines)
    out: list[str] = []
    keys: list[tuple[int, str]] = []  # the open keys above this line: (indent, words)
    section = ""        # the top-level key this line is under ("Parameters", "Resources")
    block = -1          # inside a block scalar (inline code): the indent of its key
    for i, line in enumerate(lines):
        stripped = line.strip()
        indent = len(line) - len(line.lstrip())
        comment = _COMMENT.match(line)
        if block >= 0 and (not stripped or indent > block):
            # inline code's own comments ("# /tmp is 512 MB by default") are notes too
            out.append(_comment_line(comment.group(1), "", out) if comment else "")
            continue
        block = -1
        if not stripped or stripped in ("---", "...") or comment:
            out.append(_comment_line(comment.group(1), "## ", out) if comment else "")
            continue
        while keys and keys[-1][0] >= indent:
            keys.pop()
        if i in resources:
            keys.append((indent, ""))
            out.append("### " + resources[i])
            continue
        if indent == 0 and _KEY.match(line):
            section = _KEY.match(line).group(3).strip("'\"")  # type: ignore[union-attr]
        globals_of = _sam_globals_section(line) if section == "Globals" and len(keys) == 1 \
            else ""
        if globals_of:
            # SAM's "Globals: / Function:": every function's settings, as under a resource of
            # that type (headed "globals", "function memory size" was CloudFormation's)
            keys.append((indent, ""))
            note = split_comment(line, "#")[1]
            if note and out and (not out[-1] or out[-1].startswith("#")):
                # "  Function:   # every function: max timeout 900 s": the heading goes up to
                # the line above (the section's own heading), the comment is read under it
                out[-1] = "### " + globals_of
                out.append(_comment_line(note, "", out))
            else:
                out.append("### " + globals_of)
            continue
        text, block_opens = _cfn_line(line, i, keys, section == "Parameters")
        if i < 5 and _SAM.match(line) and "# CloudFormation template" not in out:
            text = "# SAM template"
        out.append(text)
        if block_opens:
            block = indent
    def resource_comment(k: int, start: int) -> bool:
        # a comment as far out as the resource's key, not one of the settings above it
        return bool(_COMMENT.match(lines[k])) and _indent(lines[k]) <= _indent(lines[start])

    _head_comments_above(out, lines, resources, resource_comment, hcl=False)
    return out


def _sam_globals_section(line: str) -> str:
    """The heading of a SAM Globals section's key ("  Function:" -> "Lambda function"), or ""
    for any other line."""
    body, note = split_comment(line, "#")
    key = _KEY.match(body)
    if not key or key.group(2) or key.group(4) or not line[:1].isspace():
        return ""
    return _SAM_TYPES.get(key.group(3).strip("'\"").lower(), "")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _head_comments_above(out: list[str], lines: list[str], starts: Iterable[int],
                         is_comment: Callable[[int, int], bool], hcl: bool) -> None:
    """The comments written just above a resource (`# the queue below: retention max 14 days`)
    are about it, not the resource before: its heading goes up to the free line above them
    (the blank line or closing `}` before the comments), so they are read under it. A
    resource key's own comment (`OrdersQueue:  # standard queue, ...`) is then an item on
    its line. Without a free line, the comments are left out: under the resource before,
    they were read as its service's limits. Only the comments right above it are its own: a
    block of them with a blank line before the resource is a remark on its service, read
    under a heading of the service alone (a Terraform file's "# sync payload 6 MB, async
    payload 256 KB" / blank / `resource "aws_lambda_alias"` was asked "the maximum
    asynchronous invocation payload size for AWS Lambda (alias)"; left under the resource
    before, "# visibility timeout max 12 hours" above an SQS queue became a Lambda function's
    execution timeout)."""
    for start in sorted(starts):
        heading = out[start]
        k = start - 1
        while (k >= 0 and (is_comment(k, start) or not lines[k].strip())
               and not out[k].startswith("#")):
            k -= 1
        above = range(k + 1, start)
        noted = [j for j in above if out[j]]
        own = _own_comment(lines[start], hcl)
        if not noted and not own:
            continue
        # the line just above the first of them, when it says nothing itself
        target = (noted[0] if noted else start) - 1
        free = target if target > k or (target == k >= 0 and not out[k]) else None
        if free is None and (k < 0 or out[k].startswith("#")):
            # under a heading already (a banner's, `## resources`) or the file's first lines:
            # no resource's before them
            free = -1
        if free is None:
            for j in noted:
                out[j] = ""
            if own:
                out[start] = f"{heading} ({own})"
            continue
        _place_heading(out, lines, noted, free, start)
        if own:
            out[start] = comment_item(own)


def _place_heading(out: list[str], lines: list[str], noted: list[int], free: int,
                   start: int) -> None:
    """The heading of the resource at `start` moved up to the free line `free` above its
    comments `noted`. Where a blank line follows the first of them, the comments before the
    last such line are a remark on the resource's service (under its service's heading) when
    a blank line sets them off from the resource before too, else that one's; the ones after
    it, if any, are the resource's own."""
    heading = out[start]
    gap = max((j for j in range(noted[0] + 1, start) if not lines[j].strip()),
              default=None) if noted else None
    if gap is None:
        if free >= 0:
            out[free] = heading
        return
    # a remark right under the resource before (`}` / remark / blank line) is that one's, as
    # written ("# in-flight limit: 20,000 FIFO" after a FIFO queue, before an SNS topic)
    if free >= 0 and not lines[free].strip():
        out[free] = _service_heading(heading)
    if any(out[j] for j in range(gap + 1, start)):
        out[gap] = heading


def _service_heading(heading: str) -> str:
    """A resource's heading as its service's alone ("## lambda alias" -> "## Lambda"); the
    heading itself where it names no service."""
    level, _, text = heading.partition(" ")
    found = find_services(text) if level.startswith("#") else []
    return f"{level} {found[0].name}" if found else heading


def _own_comment(line: str, hcl: bool) -> str:
    """The comment on a resource's own line (after `OrdersQueue:` or `resource ... {`)."""
    if hcl:
        return _split_hcl_comment(line)[1] or ""
    return split_comment(line, "#")[1]


def _comment_line(comment: str, banner_mark: str, out: list[str]) -> str:
    """A comment on a line of its own: a banner's heading (none inside code), nothing for a
    rule, else an item. The rest of a comment wrapped after a comma (`# SQS limits: retention
    default 4 days,` / `#   visibility timeout max 12 hours`) goes onto the line it continues,
    so it is read with the service and subject its first line names."""
    words = banner(comment) if banner_mark else None
    if words:
        return banner_mark + words
    if _rule_only(comment):
        return ""
    above = out[-1] if out else ""
    if above.lstrip().startswith("- ") and above.rstrip().endswith(",") and comment.strip():
        out[-1] = f"{above.rstrip()} {comment.strip()}"
        return ""
    return comment_item(comment)


def _cfn_line(line: str, i: int, keys: list[tuple[int, str]],
              parameter: bool = False) -> tuple[str, str]:
    """A template's line of code as markdown, and whether a block scalar opens on it. A
    Description says what the author built ("Lambda with 512 MB memory and a 30 second
    timeout"), not AWS's limits: only its comment is read."""
    body, note = split_comment(line, "#")
    indent = len(line) - len(line.lstrip())
    key = _KEY.match(body)
    if not key or key.group(2):
        return (_setting([*keys, (indent, "")], note) if _ITEM.match(body)
                else comment_item(note)), ""
    name, value = key.group(3), key.group(4) or ""
    opens = "code" if _BLOCK_SCALAR.match(value) else ""
    if i < 5 and name == "AWSTemplateFormatVersion":
        return "# CloudFormation template", ""
    if name in _DESCRIPTION:
        return comment_item(note), opens
    words = setting_words(name, note)
    if not value and indent == 0 and not note:
        keys.append((indent, ""))
        return "## " + words, ""
    if parameter and words == _DEFAULT_KEY:
        words = ""
    keys.append((indent, "" if words in _CONTAINERS else words))
    return _setting(keys, note), opens


def _setting(path: list[tuple[int, str]], note: str) -> str:
    """`- words of the setting: its comment` (the last two keys' words), or a blank line for a
    setting without one."""
    if not note:
        return ""
    words = [w for _, w in path if w][-2:]
    return f"- {' '.join(words)}: {note}" if words else comment_item(note)


# --------------------------------------------------------------------------- Terraform

_BLOCK = re.compile(r"""^\s*(resource|data|module|variable|output|provider|locals|terraform)"""
                    r"""\b\s*(?:"([^"]*)")?\s*(?:"([^"]*)")?\s*\{""")
_NESTED = re.compile(r"^\s*([A-Za-z_][\w-]*)\s*\{")
_ATTRIBUTE = re.compile(r"^\s*([A-Za-z_][\w-]*)\s*=\s*(.*?)\s*$")
_HEREDOC = re.compile(r"<<-?\s*([A-Za-z_]\w*)\s*$")
_ENUM = re.compile(r"""^"([A-Za-z][A-Za-z_-]{0,30})"$""")
_HASH_OR_SLASH = re.compile(r"^\s*(?:#|//)+ ?(.*?)\s*$")


def terraform_to_markdown(lines: list[str]) -> list[str]:
    out: list[str] = []
    path: list[str] = []   # the words of the open blocks: the resource's heading, then nested
    kind: list[str] = [""]  # the kind of the open top-level block ("resource", "variable")
    blocks: list[int] = []  # the lines a resource's (or variable's ...) heading is on
    heredoc = ""
    in_block_comment = False
    for i, line in enumerate(lines):
        if heredoc:
            out.append("")
            heredoc = "" if line.strip() == heredoc else heredoc
            continue
        if in_block_comment:
            end = line.find("*/")
            out.append(comment_item((line[:end] if end >= 0 else line).strip(" *")))
            in_block_comment = end < 0
            continue
        whole = _HASH_OR_SLASH.match(line)
        if whole:
            out.append(_comment_line(whole.group(1), "# ", out))
            continue
        body, note = _split_hcl_comment(line)
        in_block_comment = note is None
        text, heredoc = _hcl_line(body, note or "", path, kind)
        if text.startswith("## "):
            blocks.append(i)
        out.append(text)
        for _ in range(max(0, body.count("}") - body.count("{"))):
            if path:
                path.pop()
    _head_comments_above(out, lines, blocks,
                         lambda k, _: _HASH_OR_SLASH.match(lines[k]) is not None, hcl=True)
    return out


def _hcl_line(body: str, note: str, path: list[str], kind: list[str]) -> tuple[str, str]:
    """A Terraform line of code as markdown (`path` and `kind` updated when a block opens on
    it), and the marker of a heredoc that opens on it. A description is the author's account
    of what they built ("512 MB, 30 second timeout"), not AWS's limits: only its comment is
    read; a variable's `default` is the author's too, no word of the item."""
    opens = body.count("{") > body.count("}")
    block = _BLOCK.match(body)
    if block:
        heading = _block_heading(*block.groups())
        if opens:
            path[:] = [heading]
            kind[0] = block.group(1)
        if block.group(1) in ("resource", "data", "variable", "output"):
            return "## " + heading, ""
        return comment_item(note), ""
    nested = _NESTED.match(body)
    if nested and opens:
        path.append(setting_words(nested.group(1)))
        return _hcl_setting(_nested(path), "", note), ""
    attribute = _ATTRIBUTE.match(body)
    if not attribute:
        return comment_item(note), ""
    key, value = attribute.groups()
    heredoc = _HEREDOC.search(value)
    marker = heredoc.group(1) if heredoc else ""
    if key == "description":
        return comment_item(note), marker
    words = setting_words(key, note)
    if kind[0] == "variable" and words == _DEFAULT_KEY:
        words = ""
    enum = _ENUM.match(value)
    return (_hcl_setting(_nested(path), words, note, enum.group(1) if enum else ""), marker)


def _nested(path: list[str]) -> list[str]:
    """The innermost nested block's words, the only ones an item takes (not a copy of the
    whole path per line: a deeply nested file read in quadratic time)."""
    return path[-1:] if len(path) > 1 else []


def _block_heading(kind: str, first: str | None, second: str | None) -> str:
    heading = (type_heading(first) if kind in ("resource", "data") and first
               else setting_words(first or kind))
    label = _named_service(second) if second else ""
    if label and label not in heading.lower():
        # the resource's own name says what it is more closely ("aurora" of an
        # aws_rds_cluster, "nlb" of an aws_lb): its facts are filed under that name
        heading = f"{label.upper() if len(label) <= 4 else label.title()} ({heading})"
    return heading


def _split_hcl_comment(line: str) -> tuple[str, str | None]:
    """A code line and its comment (`#` or `//` or `/* */`); None for the comment when a
    block comment opens here without closing."""
    from studycli.formats.code_comments import comment_of

    if "#" in line:
        body, note = split_comment(line, "#")
        if note:
            return body, note
    if "/" not in line:
        return line, ""
    text, opens = comment_of(line)
    if not text and not opens:
        return line, ""
    cut = min((k for k in (line.find("//"), line.find("/*")) if k >= 0), default=len(line))
    return line[:cut], (None if opens else text)


def _hcl_setting(blocks: list[str], key: str, note: str, value: str = "") -> str:
    if not note:
        return ""
    words = " ".join(w for w in [*blocks[-1:], key, value] if w)
    return f"- {words}: {note}" if words else comment_item(note)
