/**
 * networking.js - SAA-C03 networking cheat consts
 * VPC, subnets, SG vs NACL, NAT, endpoints, Route 53, CloudFront, ELB, Direct Connect
 * TODO: move transit gw stuff to own file
 */

// ---------- VPC ----------
export const VPC = {
  perRegionDefault: 5,            // soft limit
  cidrMinPrefix: 28,              // /28 smallest = 16 IPs
  cidrMaxPrefix: 16,              // /16 biggest = 65,536 IPs
  secondaryCidrsMax: 5,           // additional CIDR blocks per VPC
  reservedIpsPerSubnet: 5,        // first 4 + last 1 (.0 network, .1 router, .2 DNS, .3 future, .255 bcast)
  subnetsPerVpc: 200,
  igwPerVpc: 1,
  elasticIpsPerRegion: 5,
  routeTablesPerVpc: 200,
  routesPerTable: 50,
};

// ---------- Security Groups vs NACLs ----------
export const SG = {
  stateful: true,                 // return traffic auto allowed
  rulesInbound: 60,               // per SG (60 in + 60 out)
  perEni: 5,
  defaultInbound: 'deny all (except from same SG in the default SG)',
  defaultOutbound: 'allow all',
  supportsDeny: false,            // allow rules only
  level: 'instance / ENI',
};

export const NACL = {
  stateful: false,                // STATELESS - must allow ephemeral ports 1024-65535 outbound
  rulesPerNacl: 20,               // per direction (in/out), can raise to 40
  evalOrder: 'lowest rule number first, first match wins',
  ruleNumberMax: 32766,
  defaultNacl: 'allows all in + out',
  customNaclDefault: 'denies all in + out until you add rules',
  level: 'subnet',
};
export const EPHEMERAL_PORTS = [1024, 65535];

// ---------- NAT ----------
export const NAT_GW = {
  bandwidthGbps: 45,              // scales 5 -> 45 Gbps automatically
  az: 'single AZ - create one per AZ for HA',
  needsEip: true,
  securityGroups: false,          // can't attach SG to NAT GW (NAT instance yes)
};
// NAT instance: must disable source/dest check

// ---------- VPC endpoints ----------
// Gateway endpoint = S3 + DynamoDB only, free, route table entry
// Interface endpoint = ENI w/ private IP (PrivateLink), $/hr + $/GB, most services
export const EndpointType = Object.freeze({ GATEWAY: 'gateway', INTERFACE: 'interface', GWLB: 'gatewayloadbalancer' });

// VPC peering: no transitive peering, no overlapping CIDR. max 125 active peerings per VPC
export const VPC_PEERING_MAX = 125;
export const TGW_ATTACHMENTS_MAX = 5000;

// ---------- Route 53 ----------
export const R53 = {
  hostedZonesDefault: 500,
  recordsPerZone: 10000,
  ttlDefaultS: 300,               // console default for new records
  healthCheckIntervalS: 30,       // or 10 (fast, costs more)
  healthCheckFailureThreshold: 3,
  aliasTtl: 'n/a - alias uses target TTL, free queries for AWS resources',
};
export const R53_ROUTING = ['simple', 'weighted', 'latency', 'failover', 'geolocation',
  'geoproximity', 'multivalue', 'ip-based'];
// CNAME vs Alias: CNAME can't be at zone apex (example.com), Alias can + free
// DNS error codes seen in dig: NXDOMAIN = name doesn't exist, SERVFAIL = resolver failed, REFUSED = policy

// ---------- CloudFront ----------
export const CLOUDFRONT = {
  defaultTtlS: 86400,             // 24 h
  maxTtlS: 31536000,              // 365 days
  minTtlS: 0,
  maxFileSizeGB: 20,              // single file it can serve/cache
  invalidationPathsFree: 1000,    // per month
  originTimeoutDefaultS: 30,
  signedUrlVsCookie: 'URL = one file, cookies = many files',
};

// ---------- ELB ----------
export const ELB = {
  albIdleTimeoutDefaultS: 60,
  deregDelayDefaultS: 300,        // connection draining, 0-3600
  stickyCookieDefaultS: 86400,    // 1 day
  albTargetGroupsPerAlb: 100,
  nlbStaticIpPerAz: true,
  clbCrossZoneDefault: false,     // ALB = always on free, NLB = off by default, paid
};
export const LB_LAYER = { ALB: 7, NLB: 4, GWLB: 3, CLB: '4/7 (legacy)' };
// ALB errors: 502 bad gateway = target closed conn/bad response, 503 = no healthy targets registered, 504 = target timeout

// ---------- Direct Connect / VPN ----------
export const DX_SPEEDS_DEDICATED_GBPS = [1, 10, 100];
export const DX_SETUP_TIME = 'over a month usually';
export const VPN_TUNNEL_MAX_GBPS = 1.25;
// Site-to-Site VPN = 2 tunnels, over internet, IPsec; DX = private, not encrypted by default
