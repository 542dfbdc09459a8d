"""A CDK stack read by its comments: whose each comment is.

A stack kept as notes writes its figures beside the props they are about
(`interval: cdk.Duration.seconds(30),   // default 30 s` inside `healthCheck: {` of
`new elbv2.ApplicationTargetGroup(...)`) and above them (`// default stage throttle:
10,000 requests/s` inside `new apigw.LambdaRestApi(...)`). Read as bare comments, "default
30 s" was no one's and of nothing. As code in a note's fence is read (formats/fenced_code.py),
a comment beside a prop is that prop's (`- ELB health check interval: default 30 s`, the
words of the props around it first), and a comment inside a construct is of the service
whose CDK module makes it (`aws-cdk-lib/aws-elasticloadbalancingv2`), where the comment
names no service itself. The props' own values stay the stack's settings, never read.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from studycli.formats.code_comments import code_and_comments

# `import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2'`,
# `import { aws_ec2 as ec2 } from 'aws-cdk-lib'`
_STAR_IMPORT = re.compile(r"""import\s+\*\s+as\s+(\w+)\s+from\s+['"]aws-cdk-lib/aws-([\w-]+)['"]""")
_NAMED_IMPORT = re.compile(r"\baws_(\w+)\s+as\s+(\w+)")
_CDK = re.compile(r"""['"]aws-cdk-lib(?:/[\w-]+)?['"]""")
# module names that are no service's name or alias
_MODULES = {"elasticloadbalancingv2": "ELB", "elasticloadbalancing": "ELB",
            "autoscaling": "Auto Scaling", "apigateway": "API Gateway"}
# a construct made here, its props opening on the line: `new elbv2.ApplicationTargetGroup(`
_CONSTRUCT = re.compile(r"\bnew\s+(\w+)\.(\w+)\s*\(")
# a prop whose value opens an object: `healthCheck: {`, `deployOptions: {`
_OBJECT_PROP = re.compile(r"(\w+)\s*:\s*\{\s*$")
# a prop a line sets: `interval: cdk.Duration.seconds(30),`
_PROP = re.compile(r"(?:^|[\s,{(])(\w+)\s*:(?!:)")
# a line declaring a function, a method or a variable, whose `name: type` are no props
# (`constructor(scope: cdk.App, id: string) {`, `const retries: number = 3;`)
_DECLARATION = re.compile(r"^\s*(?:(?:export|public|private|protected|static|async|readonly)\s+)*"
                          r"(?:constructor\s*\(|function\b|(?:const|let|var)\s+\w+\s*:"
                          r"|\w+\s*\([^)]*\)\s*(?::\s*[\w<>\[\].| ]+)?\{\s*$)")


def is_cdk(lines: list[str]) -> bool:
    return any(_CDK.search(line) for line in lines[:60])


def said_in_scope(lines: list[str], out: list[str]) -> list[str]:
    """`out` (code_comments' reading of `lines`, line for line) with each `//` comment beside
    a prop or inside a construct said of its prop and service (see the module)."""
    from studycli.formats.infra_templates import setting_words
    from studycli.services import find_services

    modules = _modules(lines)
    frames: list[tuple[str, str]] = []  # per open brace: (service, prop words)
    result = list(out)
    for number, (code, comment, in_block) in enumerate(code_and_comments(lines)):
        item = result[number]
        if comment and item.startswith("- ") and not code.strip() and not in_block \
                and _indented(lines[number][len(code):]):
            item = result[number] = "  " + item  # under the comment above, as the note set it
        if comment and item.lstrip().startswith("- ") and not find_services(comment):
            service = next((s for s, _ in reversed(frames) if s), "")
            words = [w for _, w in frames if w]
            prop = _line_prop(code)
            if prop:
                words.append(setting_words(prop, comment))
            said = " ".join(w for w in [service, *words] if w)
            if said and (service or prop):
                indent = item[:len(item) - len(item.lstrip())]
                result[number] = f"{indent}- {said}: {item.lstrip()[2:]}"
        _follow_braces(code, modules, frames, setting_words)
    return result


def _line_prop(code: str) -> str:
    """The prop a line of code sets: of the props on it, the outermost (`environment: {
    MODE: 'x' },` sets the environment), the last of those; none on a declaration's line."""
    if not code.strip() or _DECLARATION.match(code):
        return ""
    bare = _outside_strings(code)
    found = [(sum(bare[:m.start(1)].count(c) for c in "{[(")
              - sum(bare[:m.start(1)].count(c) for c in "}])"), m.group(1))
             for m in _PROP.finditer(bare)]
    if not found:
        return ""
    depth = min(d for d, _ in found)
    return [name for d, name in found if d == depth][-1]


def _indented(comment: str) -> bool:
    """Whether a `//` comment's text is set in from the comments' usual one space
    (`//   security group = stateful` under `// SG vs NACL:`)."""
    return comment.startswith("//") and comment[2:].startswith(("   ", "\t", " \t"))


def _follow_braces(code: str, modules: dict[str, str], frames: list[tuple[str, str]],
                   setting_words: Callable[..., str]) -> None:
    """Open and close the frames of a line of code's braces."""
    construct = _CONSTRUCT.search(code)
    prop = _OBJECT_PROP.search(code)
    for ch in _outside_strings(code):
        if ch == "{":
            if prop is not None:
                frames.append(("", setting_words(prop.group(1))))
                prop = None
            elif construct is not None:
                frames.append((_construct_service(construct, modules), ""))
                construct = None
            else:
                frames.append(("", ""))
        elif ch == "}" and frames:
            frames.pop()


def _construct_service(construct: re.Match, modules: dict[str, str]) -> str:
    """The service a construct is of: the one its class is named for whole (`ec2.Vpc` is a
    VPC), else its module's."""
    from studycli.services import canonical_service

    return canonical_service(construct.group(2)) or modules.get(construct.group(1), "")


def _outside_strings(code: str) -> str:
    return re.sub(r"""'[^']*'|"[^"]*"|`[^`]*`""", "", code)


def _modules(lines: list[str]) -> dict[str, str]:
    """Each CDK module's name in this file -> the service it makes constructs of."""
    from studycli.formats.fenced_code import service_named

    found: dict[str, str] = {}
    for line in lines[:60]:
        for alias, module in [*_STAR_IMPORT.findall(line),
                              *((a, m) for m, a in _NAMED_IMPORT.findall(line))]:
            found[alias] = _MODULES.get(module) or service_named(module)
    return {alias: service for alias, service in found.items() if service}
