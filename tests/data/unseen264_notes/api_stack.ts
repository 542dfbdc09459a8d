// API Gateway + Lambda study stack (CDK v2)
// numbers in comments are what I memorized for DVA-C02
import * as cdk from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';

export class ApiStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);

    const fn = new lambda.Function(this, 'Handler', {
      runtime: lambda.Runtime.NODEJS_20_X,
      handler: 'index.handler',
      code: lambda.Code.fromAsset('lambda'),
      memorySize: 512,
      timeout: cdk.Duration.seconds(10), // keep under the API GW integration timeout, no point going higher
    });

    const api = new apigw.LambdaRestApi(this, 'Api', {
      handler: fn,
      proxy: true, // lambda proxy integration: lambda must return {statusCode, headers, body}
      deployOptions: {
        stageName: 'prod',
        // default stage throttle: 10,000 requests/s steady, 5,000 burst (account level, per region)
        throttlingRateLimit: 10000,
        throttlingBurstLimit: 5000,
        cachingEnabled: true,
        // cache TTL default 300 s, max 3600 s, 0 = disabled
        cacheTtl: cdk.Duration.seconds(300),
        // cache size 0.5 GB to 237 GB
        cacheClusterSize: '0.5',
      },
    });

    // API GW limits:
    //   integration timeout: 50 ms - 29 seconds (REST)   <- HTTP API is 30 s
    //   payload size max 10 MB
    //   websocket frame 32 KB, message 128 KB, connection max 2 hours, idle 10 min
    //
    // error codes:
    //   429 Too Many Requests -> throttled (or usage plan quota exceeded)
    //   502 Bad Gateway -> lambda proxy returned malformed response
    //   504 Gateway Timeout -> integration took too long
    //   403 -> missing auth / WAF / wrong resource policy
    //   // 503 = integration timeout   <- NO, that's 504
    //
    // endpoint types: edge-optimized (default for REST, via CloudFront), regional, private (VPC endpoint)
    //
    // REST API vs HTTP API:
    //   HTTP API = cheaper (~70% less), lower latency, JWT authorizers native, no usage plans/API keys, no caching
    //   REST API = usage plans, API keys, request validation, caching, WAF
    //
    // authorizers: IAM (SigV4), Cognito user pools, Lambda authorizer (token or request based)
    //   lambda authorizer result cache TTL default 300 s, max 3600 s
    //
    // stage variables = like env vars for stages, can point to lambda alias
    // canary deployment = % of traffic to new stage deployment

    new cdk.CfnOutput(this, 'Url', { value: api.url });
  }
}

// X-Ray: sampling default = first request each second + 5% of additional requests
// X-Ray daemon listens UDP port 2000
// annotations = indexed (filter expressions), metadata = not indexed
