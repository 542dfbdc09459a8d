// ECS / Fargate / CloudWatch numbers
export const CLOUDWATCH_LOGS_MAX_EVENT_KB = 256;
export const FARGATE_MAX_VCPU = 16;
export const FARGATE_MAX_MEMORY_GB = 120;

export const SNS = {
  maxMessageSizeKb: 256,
  maxSubscriptionsPerTopic: 12500000,
  fifoThroughputPerSec: 300,
};

export enum EbsVolumeType {
  GP3 = "gp3",
  IO2 = "io2",
}

const PORT = 3000; // my dev server
const RETRIES = 3;
