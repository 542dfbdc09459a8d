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
range 0 s - 12 hours`), a `Description` the prose it is, and every other line of code a
blank line, so line N of the markdown is line N of the file.
"""

from __future__ import annotations

import re

from studycli.formats.keyvalues import comment_item, split_comment

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





def _resource_lines(lines: list[str]) -> dict[int, str]:
    """Line index of each resource's key -> its heading's words (from the `Type:` under it):
    the nearest key above a `Type: AWS::...` line that is less indented than it."""
    found: dict[int, str] = {}
    keys: list[tuple[int, int]] = []  # the keys open above this line: (indent, index)
    for i, line in enumerate(lines):
        if not line.strip() or _COMMENT.match(line):
            continue
        indent = len(line) - len(line.lstrip())
        while keys and keys[-1][0] >= indent:
            keys.pop()
        typed = _TYPE.match(line)
        if typed and keys:
            found[keys[-1][1]] = type_heading(typed.group(1))
        if _KEY.match(split_comment(line, "#")[0]):
            keys.append((indent, i))
    return found


def template_to_markdown(lines: list[str]) -> list[str]:
    """A CloudFormation or SAM template, or any YAML of machine settings (a buildspec, a
    workflow, a manifest: no resources then, only settings and their comments)."""
    resources = _resource_lines(lines)
    out: list[str] = []
    keys: list[tuple[int, str]] = []  # the open keys above this line: (indent, words)
    block = -1          # inside a block scalar: the indent of its key
    prose = False       # ... which is a Description, read as prose
    for i, line in enumerate(lines):
        stripped = line.strip()
        indent = len(line) - len(line.lstrip())
        if block >= 0 and (not stripped or indent > block):
            out.append(stripped if prose else "")
            continue
        block, prose = -1, False
        comment = _COMMENT.match(line)
        if not stripped or stripped in ("---", "...") or comment:
            out.append(_comment_line(comment.group(1), "## ", out[-1] if out else "")
                       if comment else "")
            continue
        while keys and keys[-1][0] >= indent:
            keys.pop()
        if i in resources:
            keys.append((indent, ""))
            out.append("### " + resources[i])
            continue
        text, block_opens = _cfn_line(line, i, keys)
        if i < 5 and _SAM.match(line) and "# CloudFormation template" not in out:
            text = "# SAM template"
        out.append(text)
        if block_opens:
            block, prose = indent, block_opens == "prose"
    return out


def _comment_line(comment: str, banner_mark: str, above: str = "") -> str:
    """A comment on a line of its own: a banner's heading, nothing for a rule, else an item.
    The indented rest of a comment wrapped after a comma (`# ERRORS: 400 ..., 429 ...,` /
    `#   502 Bad Gateway = ...`) is an item beside it, not under it: a sub-item is read as
    about what its parent names last ("WAF block"), not the section's service."""
    words = banner(comment)
    if words:
        return banner_mark + words
    if _rule_only(comment):
        return ""
    return comment_item(comment.lstrip() if above.rstrip().endswith(",") else comment)


def _cfn_line(line: str, i: int, keys: list[tuple[int, str]]) -> tuple[str, str]:
    """A template's line of code as markdown, and whether a block scalar opens on it ("prose"
    for a Description's, whose lines are read, "code" for any other)."""
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
        if opens:
            return comment_item(note), "prose"
        return comment_item(" ".join(x for x in (value.strip("'\""), note) if x)), ""
    words = setting_words(name, note)
    if not value and indent == 0 and not note:
        keys.append((indent, ""))
        return "## " + words, ""
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
_HEREDOC = re.compile(r"<<-?\s*([A-Z_]+)\s*$")
_ENUM = re.compile(r"""^"([A-Za-z][A-Za-z_-]{0,30})"$""")
_HASH_OR_SLASH = re.compile(r"^\s*(?:#|//)+ ?(.*?)\s*$")


def terraform_to_markdown(lines: list[str]) -> list[str]:
    out: list[str] = []
    path: list[str] = []   # the words of the open blocks: the resource's heading, then nested
    heredoc = ""
    in_block_comment = False
    for line in lines:
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
            out.append(_comment_line(whole.group(1), "# ", out[-1] if out else ""))
            continue
        body, note = _split_hcl_comment(line)
        in_block_comment = note is None
        text, heredoc = _hcl_line(body, note or "", path)
        out.append(text)
        for _ in range(max(0, body.count("}") - body.count("{"))):
            if path:
                path.pop()
    return out


def _hcl_line(body: str, note: str, path: list[str]) -> tuple[str, str]:
    """A Terraform line of code as markdown (`path` updated when a block opens on it), and the
    marker of a heredoc that opens on it."""
    opens = body.count("{") > body.count("}")
    block = _BLOCK.match(body)
    if block:
        kind, first, second = block.groups()
        heading = _block_heading(kind, first, second)
        if opens:
            path[:] = [heading]
        if kind in ("resource", "data", "variable", "output"):
            return "## " + heading, ""
        return comment_item(note), ""
    nested = _NESTED.match(body)
    if nested and opens:
        path.append(setting_words(nested.group(1)))
        return _hcl_setting(path[1:], "", note), ""
    attribute = _ATTRIBUTE.match(body)
    if not attribute:
        return comment_item(note), ""
    key, value = attribute.groups()
    heredoc = _HEREDOC.search(value)
    marker = heredoc.group(1) if heredoc else ""
    if key == "description" and value.startswith('"'):
        return comment_item(" ".join(x for x in (value.strip('"'), note) if x)), marker
    enum = _ENUM.match(value)
    return (_hcl_setting(path[1:], setting_words(key, note), note, enum.group(1) if enum else ""),
            marker)


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
