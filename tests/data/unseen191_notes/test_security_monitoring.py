# pytest-style study notes: IAM / KMS / STS / CloudWatch / CloudTrail
# run in my head only. constants = what I think the real values are

IAM_USERS_PER_ACCOUNT = 5000
IAM_GROUPS_PER_USER = 10
MANAGED_POLICIES_PER_ROLE = 10   # default quota, can raise to 20
DEFAULT_STS_SESSION = 3600       # seconds
MAX_ASSUME_ROLE_SESSION = 12 * 3600
KMS_DIRECT_ENCRYPT_MAX = 4 * 1024  # bytes
KMS_DELETION_WAIT_DEFAULT = 30   # days


def test_iam_users_max_5000_per_account():
    assert IAM_USERS_PER_ACCOUNT == 5000


def test_user_can_be_in_max_10_groups():
    assert IAM_GROUPS_PER_USER == 10
    # groups cant contain groups (no nesting)


def test_managed_policies_per_role():
    assert MANAGED_POLICIES_PER_ROLE == 10


def test_inline_policy_size_user():
    assert USER_INLINE_POLICY_CHARS == 2048
    # role inline = 10,240 chars, group = 5,120


def test_policy_eval_explicit_deny_wins():
    # explicit deny > explicit allow > implicit deny (default)
    assert evaluate(["Allow", "Deny"]) == "Deny"


def test_assume_role_default_session_is_1h():
    assert DEFAULT_STS_SESSION == 3600
    # min 900 sec (15 min)


def test_assume_role_max_session_12h():
    assert MAX_ASSUME_ROLE_SESSION == 43200
    # role chaining caps it at 1 hr


def test_kms_encrypt_api_max_4kb():
    assert KMS_DIRECT_ENCRYPT_MAX == 4096
    # bigger -> GenerateDataKey + envelope encryption


def test_kms_key_deletion_waiting_period():
    assert KMS_DELETION_WAIT_DEFAULT == 30
    assert 7 <= KMS_DELETION_WAIT_DEFAULT <= 30  # range 7-30 days


def test_kms_auto_rotation_every_year():
    assert KMS_AUTO_ROTATION_DAYS == 365
    # only for customer managed symmetric keys. aws managed = every year too (was 3 yrs?)


def test_kms_throttle_error():
    # over the req/sec quota -> ThrottlingException
    assert kms_error(over_quota=True) == "ThrottlingException"
    # shared quota 1,200 req/s for symmetric ops (some regions more)


def test_cloudwatch_basic_monitoring_period():
    assert EC2_BASIC_MONITORING_SEC == 300   # 5 min, free
    assert EC2_DETAILED_MONITORING_SEC == 60  # 1 min, $$


def test_custom_metric_high_resolution():
    assert HIGH_RES_MIN_PERIOD == 1  # seconds. standard res = 60
    # memory + disk usage NOT default EC2 metrics -> need CW agent


def test_cloudwatch_logs_default_retention():
    assert LOG_RETENTION_DEFAULT == "never expire"


def test_cloudwatch_metric_retention():
    # 1 min datapoints kept 15 days, 5 min -> 63 days, 1 hr -> 455 days (15 months)
    assert METRIC_MAX_RETENTION_MONTHS == 15


def test_alarm_states():
    assert ALARM_STATES == {"OK", "ALARM", "INSUFFICIENT_DATA"}


def test_cloudtrail_event_history_90_days():
    assert EVENT_HISTORY_DAYS == 90
    # for longer -> create a trail to S3. data events OFF by default (mgmt events on)


def test_secrets_manager_vs_parameter_store():
    # secrets manager: auto rotation w/ lambda, $0.40/secret/mo
    # param store: free std tier, 10,000 params, 4 KB value (advanced 8 KB), no built-in rotation
    assert SSM_STANDARD_PARAM_MAX_KB == 4
