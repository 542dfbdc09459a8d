import * as cdk from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';

const LAMBDA_MEMORY_MAX_MB = 512;   // our budget
const SQS_VISIBILITY_TIMEOUT_MAX_S = 60;
const DYNAMODB_RCU_MAX = 100;

export class AppStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    new lambda.Function(this, 'Fn', { memorySize: LAMBDA_MEMORY_MAX_MB });
  }
}
