<map version="1.0.1">
<!-- To view this file, download free mind mapping software FreeMind from http://freemind.sourceforge.net -->
<node CREATED="1700000000000" ID="ID_root" MODIFIED="1700000900000" TEXT="DVA-C02 Serverless">
<node CREATED="1700000001000" ID="ID_lambda" POSITION="right" TEXT="Lambda">
<node ID="ID_l_limits" TEXT="limits">
<node ID="ID_l1" TEXT="timeout: default 3 sec, max 900 sec (15 min)"/>
<node ID="ID_l2" TEXT="memory 128 MB - 10,240 MB, 1 MB steps. CPU scales w/ memory"/>
<node ID="ID_l3" TEXT="1769 MB = 1 full vCPU, max 6 vCPU at 10 GB"/>
<node ID="ID_l4" TEXT="/tmp storage 512 MB (fixed, cant change)"/>
<node ID="ID_l5" TEXT="env vars total size 4 KB"/>
<node ID="ID_l6" TEXT="deployment pkg: 50 MB zipped (direct upload), 250 MB unzipped incl layers"/>
<node ID="ID_l7" TEXT="container image up to 10 GB"/>
<node ID="ID_l8" TEXT="layers: max 5 per function"/>
<node ID="ID_l9" TEXT="payload: sync 6 MB req/resp, async 256 KB"/>
<node ID="ID_l10" TEXT="concurrency: 1000 per region per account (soft limit)"/>
</node>
<node ID="ID_l_invoke" TEXT="invocation types">
<node ID="ID_li1" TEXT="RequestResponse = sync (default for CLI invoke)"/>
<node ID="ID_li2" TEXT="Event = async, Lambda queues it internally"/>
<node ID="ID_li3" TEXT="DryRun = just checks permissions"/>
<node ID="ID_li4" TEXT="async retries: 2 retries (3 attempts total)">
<richcontent TYPE="NOTE"><html><head></head><body>
<p>Retries wait 1 min then 2 min between attempts. Max event age default 6 hours (configurable 60 sec to 6 hours).</p>
<p>After that the event goes to DLQ (SQS or SNS only) or on-failure destination.</p>
<p>Destinations are newer + better: OnSuccess / OnFailure targets = SQS, SNS, Lambda, EventBridge. (S3 bucket added for failure recently?)</p>
</body></html></richcontent>
</node>
<node ID="ID_li5" TEXT="sync callers: ALB, API GW, Cognito, CloudFront (Lambda@Edge)"/>
<node ID="ID_li6" TEXT="async callers: S3, SNS, EventBridge, CloudWatch Logs, SES"/>
<node ID="ID_li7" TEXT="poll based (event source mapping): SQS, Kinesis, DynamoDB Streams, MSK">
<richcontent TYPE="NOTE"><html><head></head><body>
<p>ESM: Lambda polls for you. SQS batch size default 10, up to 10,000 for standard queue (need batch window if over 10). FIFO max batch 10.</p>
<p>Kinesis/DDB streams: batch up to 10,000, in-order per shard, error = whole batch retried until success or record expires. Use bisect batch on error + max retry attempts.</p>
<p>Batching window MaximumBatchingWindowInSeconds up to 300 sec.</p>
</body></html></richcontent>
</node>
</node>
<node ID="ID_l_conc" TEXT="concurrency">
<node ID="ID_lc1" TEXT="reserved concurrency = cap + guarantee, free"/>
<node ID="ID_lc2" TEXT="provisioned concurrency = pre-warmed, no cold start, costs $"/>
<node ID="ID_lc3" TEXT="throttle -> 429 TooManyRequestsException (sync)"/>
<node ID="ID_lc4" TEXT="set reserved = 0 to stop all invocations (kill switch)"/>
<node ID="ID_lc5" TEXT="SnapStart: Java (now python + .NET too) snapshot after init, faster cold start"/>
</node>
<node ID="ID_l_ver" TEXT="versions and aliases">
<node ID="ID_lv1" TEXT="$LATEST is mutable, published versions immutable"/>
<node ID="ID_lv2" TEXT="alias -> points to a version, can do weighted routing across 2 versions"/>
<node ID="ID_lv3" TEXT="alias cant point to another alias"/>
</node>
<node ID="ID_l_misc" TEXT="misc">
<node ID="ID_lm1" TEXT="function URL auth type: AWS_IAM or NONE"/>
<node ID="ID_lm2" TEXT="in VPC: needs ENI, AWSLambdaVPCAccessExecutionRole, no internet unless NAT GW"/>
<node ID="ID_lm3" TEXT="X-Ray: enable active tracing, env var _X_AMZN_TRACE_ID"/>
<node ID="ID_lm4" TEXT="Lambda@Edge timeout: viewer triggers 5 sec, origin triggers 30 sec"/>
<node ID="ID_lm5" TEXT="CloudFront Functions: sub-ms, viewer req/resp only, JS only"/>
</node>
</node>
<node CREATED="1700000002000" ID="ID_apigw" POSITION="right" TEXT="API Gateway">
<node ID="ID_a_types" TEXT="API types: REST (v1), HTTP (v2 cheaper), WebSocket"/>
<node ID="ID_a_ep" TEXT="endpoint types: Edge-optimized (default), Regional, Private"/>
<node ID="ID_a_lim" TEXT="limits">
<node ID="ID_a1" TEXT="integration timeout 29 sec (REST). HTTP API 30 sec"/>
<node ID="ID_a2" TEXT="max payload 10 MB"/>
<node ID="ID_a3" TEXT="account throttle: 10,000 rps steady, burst 5,000"/>
<node ID="ID_a4" TEXT="WebSocket: connection lasts max 2 hours, idle timeout 10 min, msg 128 KB"/>
</node>
<node ID="ID_a_cache" TEXT="caching">
<node ID="ID_ac1" TEXT="cache TTL default 300 sec, max 3600 sec, 0 = off"/>
<node ID="ID_ac2" TEXT="cache size 0.5 GB - 237 GB, per stage"/>
<node ID="ID_ac3" TEXT="client can bypass w/ header Cache-Control: max-age=0 (needs IAM auth to be safe)"/>
</node>
<node ID="ID_a_int" TEXT="integration types: MOCK, HTTP, HTTP_PROXY, AWS, AWS_PROXY">
<richcontent TYPE="NOTE"><html><head></head><body>
<p>AWS_PROXY = Lambda proxy integration, request passed as is, no mapping templates. Lambda must return statusCode/headers/body JSON otherwise client gets 502 Bad Gateway.</p>
<p>Mapping templates use VTL (Velocity). Only for non-proxy.</p>
</body></html></richcontent>
</node>
<node ID="ID_a_err" TEXT="errors">
<node ID="ID_ae1" TEXT="400 bad request, 403 access denied / WAF filtered, 429 throttled (Too Many Requests)"/>
<node ID="ID_ae2" TEXT="502 bad gateway = bad proxy response from Lambda"/>
<node ID="ID_ae3" TEXT="503 service unavailable"/>
<node ID="ID_ae4" TEXT="504 = integration timeout (over 29s)"/>
</node>
<node ID="ID_a_auth" TEXT="auth">
<node ID="ID_aa1" TEXT="IAM (SigV4), Cognito user pool authorizer, Lambda authorizer"/>
<node ID="ID_aa2" TEXT="Lambda authorizer: TOKEN type (bearer header) or REQUEST type (headers, query string, stage vars)"/>
<node ID="ID_aa3" TEXT="authorizer result cache default 300 sec, max 1 hour"/>
</node>
<node ID="ID_a_dep" TEXT="stages + deployments">
<node ID="ID_ad1" TEXT="changes not live until you Deploy to a stage"/>
<node ID="ID_ad2" TEXT="stage variables = env vars for API GW, can point to lambda alias"/>
<node ID="ID_ad3" TEXT="canary deployment on stage: % of traffic to canary"/>
<node ID="ID_ad4" TEXT="usage plans + API keys for throttling/quota per customer, header x-api-key"/>
</node>
</node>
<node CREATED="1700000003000" ID="ID_sfn" POSITION="left" TEXT="Step Functions">
<node ID="ID_s_wf" TEXT="Standard vs Express">
<richcontent TYPE="NOTE"><html><head></head><body>
<p>Standard: max duration 1 year, exactly-once execution, history kept 90 days in console, priced per state transition.</p>
<p>Express: max 5 minutes, priced by number of executions + duration + memory. Async express = at-least-once, sync express = at-most-once. Up to 100,000 executions/sec.</p>
</body></html></richcontent>
</node>
<node ID="ID_s_states" TEXT="state types: Task, Choice, Parallel, Map, Wait, Pass, Succeed, Fail"/>
<node ID="ID_s_lim" TEXT="limits">
<node ID="ID_s1" TEXT="input/output payload max 32 KB per state"/>
<node ID="ID_s2" TEXT="execution history max 25,000 events (use child workflow if more)"/>
</node>
<node ID="ID_s_err" TEXT="error handling: Retry + Catch">
<node ID="ID_se1" TEXT="Retry fields: ErrorEquals, IntervalSeconds (default 1), MaxAttempts (default 3), BackoffRate (default 2.0)"/>
<node ID="ID_se2" TEXT="MaxAttempts 0 = never retry"/>
<node ID="ID_se3" TEXT="predefined errors: States.ALL, States.Timeout, States.TaskFailed, States.Permissions, States.HeartbeatTimeout"/>
<node ID="ID_se4" TEXT="Catch -> Next state + ResultPath to keep the original input w/ the error"/>
</node>
<node ID="ID_s_tok" TEXT="callback: .waitForTaskToken, send back w/ SendTaskSuccess / SendTaskFailure, HeartbeatSeconds"/>
<node ID="ID_s_sync" TEXT="integration patterns: Request Response (default), Run a Job (.sync), Wait for callback (.waitForTaskToken)"/>
</node>
<node CREATED="1700000004000" ID="ID_sam" POSITION="left" TEXT="SAM">
<node ID="ID_sam1" TEXT="Transform: AWS::Serverless-2016-10-31 (required header)"/>
<node ID="ID_sam2" TEXT="resources: AWS::Serverless::Function, ::Api, ::HttpApi, ::SimpleTable, ::LayerVersion, ::StateMachine, ::Application"/>
<node ID="ID_sam3" TEXT="Globals section = shared props for all functions (Runtime, Timeout, MemorySize)"/>
<node ID="ID_sam_cli" TEXT="CLI">
<node ID="ID_sc1" TEXT="sam init / sam build / sam deploy --guided (writes samconfig.toml)"/>
<node ID="ID_sc2" TEXT="sam local invoke, sam local start-api, sam local generate-event (needs docker)"/>
<node ID="ID_sc3" TEXT="sam sync --watch = fast sync to cloud for dev (skips CFN for code changes)"/>
<node ID="ID_sc4" TEXT="sam package = zip + upload to S3 (same as aws cloudformation package)"/>
</node>
<node ID="ID_sam_dep" TEXT="DeploymentPreference (uses CodeDeploy)">
<richcontent TYPE="NOTE"><html><head></head><body>
<p>Type: Canary10Percent5Minutes, Canary10Percent30Minutes, Linear10PercentEvery1Minute, Linear10PercentEvery10Minutes, AllAtOnce.</p>
<p>Needs AutoPublishAlias. Hooks: PreTraffic and PostTraffic lambda functions. Alarms = CloudWatch alarms for auto rollback.</p>
</body></html></richcontent>
</node>
<node ID="ID_sam_pol" TEXT="policy templates: S3ReadPolicy, SQSPollerPolicy, DynamoDBCrudPolicy, DynamoDBReadPolicy"/>
</node>
</node>
</map>
