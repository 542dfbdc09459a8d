// networking notes as a CDK stack - SAA-C03
import * as cdk from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import { Construct } from 'constructs';

export class NetworkStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);

    const vpc = new ec2.Vpc(this, 'Vpc', {
      ipAddresses: ec2.IpAddresses.cidr('10.0.0.0/16'), // VPC CIDR between /16 and /28
      maxAzs: 3,
      natGateways: 1, // NAT GW is per-AZ! 1 = cheap but not HA. 5 Gbps scaling to 100 Gbps
      subnetConfiguration: [
        { name: 'public', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 24 },
        { name: 'app', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, cidrMask: 24 },
      ],
    });
    // AWS reserves 5 IPs in every subnet (first 4 + last 1)
    // default limit: 5 VPCs per region, 200 subnets per VPC
    // 5 elastic IPs per region (soft)

    // SG vs NACL:
    //   security group = stateful, instance level, ALLOW rules only
    //   NACL = stateless, subnet level, allow + deny, rules evaluated in number order (lowest first)
    //   default NACL allows all in/out; custom NACL denies all until you add rules
    //   SG default: all outbound allowed, no inbound
    //   max 5 security groups per ENI (soft), 60 inbound rules per SG

    // VPC endpoints: gateway endpoint (S3 + DynamoDB only, free, route table) vs interface endpoint (PrivateLink, ENI, $$)
    // VPC peering: NOT transitive, no overlapping CIDRs -> use Transit Gateway for hub and spoke
    // Site-to-Site VPN: 2 tunnels, each up to 1.25 Gbps
    // Direct Connect: dedicated 1/10/100 Gbps, takes weeks (> 1 month) to set up, not encrypted by default
    // ephemeral ports for NACL return traffic: 1024-65535

    const alb = new elbv2.ApplicationLoadBalancer(this, 'Alb', { vpc, internetFacing: true });
    const tg = new elbv2.ApplicationTargetGroup(this, 'Tg', {
      vpc,
      port: 80,
      healthCheck: {
        path: '/health',
        interval: cdk.Duration.seconds(30),   // default 30 s
        healthyThresholdCount: 5,             // default 5
        unhealthyThresholdCount: 2,           // default 2
      },
      deregistrationDelay: cdk.Duration.seconds(300), // connection draining default 300 s, range 0-3600
    });
    alb.addListener('Http', { port: 80, defaultTargetGroups: [tg] });

    // ELB types:
    //   ALB = layer 7, HTTP/HTTPS/gRPC, path/host routing, lambda targets
    //   NLB = layer 4 TCP/UDP/TLS, static IP per AZ, millions req/s, ultra low latency
    //   GWLB = layer 3, GENEVE port 6081, for firewalls/appliances
    //   CLB = legacy
    // ALB idle timeout default 60 seconds
    // ALB 503 = no registered targets; 502 = target returned bad response; 504 = target timed out
    // sticky sessions cookie: AWSALB, duration 1 s to 7 days
    // cross-zone LB: ALB always on (free), NLB off by default (paid inter-AZ)

    // ASG: default cooldown 300 seconds. health check grace period 300 s
    // target tracking vs step vs scheduled vs predictive

    // CloudFront:
    //   default TTL 24 hours (86400 s), max TTL 1 year
    //   OAC (origin access control) replaces OAI for S3 origins
    //   geo restriction allowlist/blocklist
    //   signed URL = one file, signed cookies = many files
    // Global Accelerator vs CloudFront: GA = 2 static anycast IPs, TCP/UDP, no caching; CF = caching, HTTP

    // Route 53:
    //   routing: simple, weighted, latency, failover, geolocation, geoproximity, multivalue (up to 8 healthy records), IP-based
    //   alias record: free queries, works at zone apex; CNAME cannot be at apex
    //   hosted zone $0.50/month. default TTL for alias = uses target's TTL
    //   health checks: 15 health checkers globally, healthy if > 18% report healthy, interval 30 s (fast = 10 s)
    //   // CNAME at apex allowed?? NO
  }
}
