"""An AWS API attribute's name as the setting it names, its value in the unit the API states it
in: what a CLI command printed (`"VisibilityTimeout": "30"`, `| RetentionPeriodHours | 24 |`,
`deregistration_delay.timeout_seconds  300`) said as a student means it ("visibility timeout:
30 s", "retention period: 24 h", "deregistration delay timeout: 300 s").

A name that says its unit (`...Seconds`, `...Hours`, `...InDays`, `_bytes`) gives it as a
constant's name does (formats/code_names.py); the APIs whose names say none state the unit in
their reference, and those are listed here, each checked there.
"""

from __future__ import annotations

# service (as the CLI's namespace names it, or its canonical name) -> attribute -> the unit
# its value is in, where the name does not say it
NAMELESS_UNITS: dict[str, dict[str, str]] = {
    # SQS: "MessageRetentionPeriod – The length of time, in seconds, for which Amazon SQS
    # retains a message", "MaximumMessageSize – The limit of how many bytes a message can
    # contain" (SetQueueAttributes, https://docs.amazonaws.cn/sdk-for-ruby/v3/api/Aws/SQS/
    # Queue.html); "VisibilityTimeout – The new value for the message's visibility timeout (in
    # seconds)" (https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/sqs/
    # aws.sdk.kotlin.services.sqs.model/-change-message-visibility-request/-builder/
    # visibility-timeout.html)
    "sqs": {"VisibilityTimeout": "s", "MessageRetentionPeriod": "s",
            "MaximumMessageSize": "bytes"},
    # Lambda's function configuration: "MemorySize – The amount of memory, in MB, your Lambda
    # function is given" (https://docs.aws.amazon.com/sdkfornet/latest/apidocs/items/
    # TLambdaUpdateFunctionConfigurationRequestNET45.html); "Timeout – The amount of time in
    # seconds that Lambda allows a function to run before stopping it"
    # (https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/lambda/
    # aws.sdk.kotlin.services.lambda.model/-create-function-response/timeout.html)
    "lambda": {"MemorySize": "MB", "Timeout": "s"},
    # IAM Role: "MaxSessionDuration – The maximum session duration (in seconds)"
    # (https://docs.amazonaws.cn/goto/WebAPI/iam-2010-05-08/UpdateRole)
    "iam": {"MaxSessionDuration": "s"},
}
_SERVICE_KEYS = {"SQS": "sqs", "Lambda": "lambda", "IAM": "iam"}


def setting_said(name: str, value: str, service: str | None) -> tuple[str, str]:
    """(the setting `name` names, in words; `value` with its unit where the name or the API
    says it)."""
    from studycli.formats.code_names import identifier_words, name_and_unit

    words = identifier_words(name.replace(".", "_"))
    words, unit = name_and_unit(words) if words else (words, None)
    if words and words[-1].lower() == "in" and unit:  # "retentionInDays": retention
        words = words[:-1]
    key = _SERVICE_KEYS.get(service or "", (service or "").lower())
    unit = unit or NAMELESS_UNITS.get(key, {}).get(name)
    said = " ".join(words) or name
    if unit and _number(value):
        return said, f"{value} {unit}"
    return said, value


def _number(value: str) -> bool:
    try:
        float(value.replace(",", ""))
    except ValueError:
        return False
    return True
