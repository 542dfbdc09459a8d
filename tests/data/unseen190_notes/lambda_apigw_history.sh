# ~/.bash_history cleaned up w/ comments -- lambda + api gw week (DVA)
# lambda limits I keep forgetting are inline as comments

aws lambda create-function --function-name thumbgen --runtime python3.12 --handler app.handler --role arn:aws:iam::111122223333:role/lambda-exec --zip-file fileb://fn.zip
# defaults it came back with: "Timeout": 3, "MemorySize": 128  -> default timeout 3 sec, default mem 128 MB
# ephemeral /tmp default 512 MB, can go up to 10 GB
aws lambda update-function-configuration --function-name thumbgen --timeout 900
# max timeout 900s = 15 min
aws lambda update-function-configuration --function-name thumbgen --timeout 1000
#   An error occurred (InvalidParameterValueException) ... Member must have value less than or equal to 900
aws lambda update-function-configuration --function-name thumbgen --memory-size 10240
# mem range 128 MB - 10,240 MB (10GB), 1 MB increments. cpu scales w/ memory
aws lambda get-account-settings --output table
#   |  ConcurrentExecutions          |  1000  |   <- regional concurrency default 1000 (soft limit)
#   |  UnreservedConcurrentExecutions|  1000  |
#   |  CodeSizeUnzipped              |  262144000 |  <- 250 MB unzipped (incl layers)
#   |  CodeSizeZipped                |  52428800  |  <- 50 MB zipped direct upload
#   |  TotalCodeSize                 |  80530636800 | <- 75 GB storage per region
# container image lambda: up to 10 GB image
# max 5 layers per function
# env vars total 4 KB

# --- invocation types ---
aws lambda invoke --function-name thumbgen --invocation-type RequestResponse --payload '{}' out.json
# RequestResponse = sync (default). payload max 6 MB sync
aws lambda invoke --function-name thumbgen --invocation-type Event --payload file://evt.json out.json
# Event = async, lambda queues it, returns 202. async payload max 256 KB
# async retries: 2 retries by default (so 3 attempts total), then DLQ / on-failure destination
# max event age 6 hrs
aws lambda invoke --function-name thumbgen --invocation-type DryRun out.json
# DryRun = just validates permissions, returns 204
aws lambda invoke --function-name thumbgen --payload file://huge.json out.json
#   An error occurred (RequestEntityTooLargeException) when calling the Invoke operation: Request must be smaller than 6291456 bytes for the InvokeFunction operation
aws lambda put-function-concurrency --function-name thumbgen --reserved-concurrent-executions 100
aws lambda invoke --function-name thumbgen out.json
#   An error occurred (TooManyRequestsException) when calling the Invoke operation: Rate Exceeded.  <- 429, throttled
# reserved concurrency = cap + guarantee, free. provisioned concurrency = pre-warmed, costs $$, kills cold starts
# burst concurrency: 500-3000 depending on region (older limit, whatever)

# --- event source mappings ---
aws lambda create-event-source-mapping --function-name thumbgen --event-source-arn arn:aws:sqs:us-east-1:111122223333:orders-std --batch-size 10
# sqs batch size default 10, max 10,000 (std). kinesis/dynamodb streams default batch 100
# sqs -> lambda: visibility timeout of queue should be >= 6x function timeout

# --- versions/aliases ---
aws lambda publish-version --function-name thumbgen
aws lambda create-alias --function-name thumbgen --name prod --function-version 3 --routing-config AdditionalVersionWeights={"4"=0.1}
# alias can split traffic between 2 versions (weighted). $LATEST is mutable, versions immutable

# --- API gateway ---
aws apigateway create-rest-api --name thumb-api --endpoint-configuration types=REGIONAL
# endpoint types: edge-optimized (default), regional, private
aws apigateway get-stages --rest-api-id a1b2c3d4 --output text
#   ... cacheClusterEnabled False ...
# stage cache: ttl default 300 s, max 3600 s. cache size 0.5GB - 237GB
# integration timeout 29 seconds max (hard limit!!)   50ms min
# payload max 10 MB for REST api
curl -s -o /dev/null -w "%{http_code}\n" https://a1b2c3d4.execute-api.us-east-1.amazonaws.com/prod/thumbs
#   429    <- throttled. account default 10,000 rps steady, burst 5,000
#   504    <- integration timeout (the 29s thing)
#   502    <- bad gateway = lambda returned malformed response (proxy integration)
# REST vs HTTP api: HTTP api cheaper (~70%) + lower latency, but no usage plans/api keys, no caching
# websocket api: idle conn timeout 10 min, max conn duration 2 hrs
aws apigateway create-usage-plan --name basic --throttle burstLimit=200,rateLimit=100 --quota limit=10000,period=MONTH
# usage plans need api keys. api keys != auth, use cognito/lambda authorizer for that
# lambda authorizer result cache ttl default 300s (max 3600)
