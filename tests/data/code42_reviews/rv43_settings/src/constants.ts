// constants shared by the stack and the handlers
export const LAMBDA_MEMORY_MB = 512;
export const LAMBDA_TIMEOUT_S = 30;
export const SQS_RETENTION_DAYS = 7;
export const DYNAMODB_BILLING = "PAY_PER_REQUEST";
