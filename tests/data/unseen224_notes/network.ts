/**
 * network.ts - VPC + Route 53 + connectivity
 * defaults in JSDoc, quotas as consts
 */

export const VPC_QUOTAS = {
  vpcsPerRegion: 5, // soft
  cidrBlockMinPrefix: 28, // smallest VPC/subnet = /28 (16 IPs)
  cidrBlockMaxPrefix: 16, // biggest = /16 (65,536 IPs)
  secondaryCidrsPerVpc: 4, // hmm maybe 5 total incl primary
  subnetsPerVpc: 200,
  reservedIpsPerSubnet: 5, // first 4 + last 1
  igwPerVpc: 1,
  natGwBandwidthGbps: 45, // was 5 -> scales up to 45 Gbps  FIXME: 100 now?
  eipsPerNatGw: 2,
  routeTablesPerVpc: 200,
  routesPerTable: 50,
  naclRulesPerNacl: 20, // each direction
  peeringPerVpc: 125,
} as const;

/** default VPC: /16 172.31.0.0, one /20 default subnet per AZ */
export const DEFAULT_VPC_CIDR = "172.31.0.0/16";
export const DEFAULT_SUBNET_PREFIX = 20;

// Security Group vs NACL
//   SG = instance/ENI level, STATEFUL, allow rules only, all rules evaluated
//   NACL = subnet level, STATELESS, allow + deny, rules evaluated in number order lowest first
// default NACL allows all in/out; custom NACL denies all until you add rules
// default SG: inbound from same SG only, all outbound allowed
export const NACL_RULE_NUMBER_MAX = 32766;
export const EPHEMERAL_PORTS = [1024, 65535];

// VPC peering: not transitive, no overlapping CIDR
// Transit Gateway: hub and spoke, transitive, up to 5000 attachments
export const TGW_ATTACHMENTS_MAX = 5000;
export const TGW_BANDWIDTH_PER_VPC_ATTACHMENT_GBPS = 50;

// Gateway endpoint vs Interface endpoint
//   Gateway = S3 and DynamoDB ONLY, route table entry, FREE
//   Interface (PrivateLink) = ENI with private IP, most services, costs per hour + per GB

// VPN: Site-to-Site = 2 tunnels per connection, each up to 1.25 Gbps
export const S2S_VPN_TUNNEL_GBPS = 1.25;
export const S2S_TUNNELS_PER_CONNECTION = 2;
// Direct Connect: dedicated 1/10/100 Gbps; hosted 50 Mbps - 10 Gbps; takes > 1 month to set up
// DX is NOT encrypted by default -> use VPN over DX or MACsec
export const DX_DEDICATED_SPEEDS_GBPS = [1, 10, 100];
export const DX_SETUP_LEAD_TIME_DAYS = 30;

// Flow logs: VPC / subnet / ENI level -> CloudWatch Logs or S3 or Firehose. aggregation interval default 10 min, or 1 min
export const FLOW_LOG_AGG_INTERVAL_DEFAULT_S = 600;

/* ================== Route 53 ================== */
export const R53 = {
  hostedZoneMonthlyUsd: 0.5,
  recordsPerHostedZone: 10_000,
  hostedZonesPerAccount: 500,
  healthCheckIntervalStandardS: 30,
  healthCheckIntervalFastS: 10,
  healthCheckFailureThresholdDefault: 3,
  healthCheckers: 15, // ~15 global health checkers
  aliasTtl: null, // you cannot set TTL on alias records
  defaultTtlS: 300, // console default for new record
} as const;

// health check passes if > 18% of checkers report healthy
export const R53_HEALTHY_PCT = 18;

export enum RoutingPolicy {
  Simple = "simple", // multiple values -> client picks random, no health checks
  Weighted = "weighted", // 0-255 weights, weight 0 = no traffic
  Latency = "latency",
  Failover = "failover", // active-passive, primary MUST have health check
  Geolocation = "geolocation", // by continent/country/state, needs Default record
  Geoproximity = "geoproximity", // bias -99..+99, Traffic Flow needed
  MultiValue = "multivalue", // up to 8 healthy records returned
  IpBased = "ip", // CIDR collections
}
export const MULTIVALUE_MAX_RECORDS = 8;
export const WEIGHT_MAX = 255;

// CNAME vs Alias:
//   CNAME = non-root domains only (not zone apex), costs queries
//   Alias = works at zone apex, free queries to AWS resources, auto IP change, NOT for EC2 DNS names
// DNS port 53 UDP/TCP; Route 53 SLA 100%

// Resolver: inbound endpoint (on-prem -> AWS), outbound endpoint (AWS -> on-prem), .2 address = VPC base + 2
