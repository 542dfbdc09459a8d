# ~/aws-cheats/network.zsh
alias myip='curl -s https://checkip.amazonaws.com'
alias vpcs='aws ec2 describe-vpcs --query "Vpcs[].[VpcId,CidrBlock]" --output table'
function sgopen() {
  # usage: sgopen sg-0123456789abcdef0 443
  aws ec2 authorize-security-group-ingress --group-id "$1" --protocol tcp --port "$2" --cidr 0.0.0.0/0
}

# ===== VPC =====
# VPCs per region: 5 (soft)
# VPC CIDR: /16 biggest, /28 smallest
# AWS reserves 5 IPs in every subnet (first 4 + last 1)
# SG = stateful, allow rules only; NACL = stateless, allow AND deny, evaluated lowest rule number first
# SG rules: 50 inbound + 50 outbound per SG
# max 5 SGs per ENI
# default NACL allows all in/out; a new custom NACL denies everything until you add rules
# ephemeral ports 1024-65535 -> remember for NACL outbound/inbound return traffic
# NAT gateway: 45 Gbps, one AZ only, needs an Elastic IP, managed (vs NAT instance = you patch it, src/dst check off)
# Elastic IPs: 5 per region
# VPC peering is NOT transitive, no overlapping CIDRs -> Transit Gateway for hub & spoke
aws ec2 create-vpc --cidr-block 10.0.0.0/16 \
  --tag-specifications 'ResourceType=vpc,Tags=[{Key=Name,Value=study-vpc}]'
# gateway endpoints: only S3 + DynamoDB, free, route table entry
# interface endpoints = PrivateLink ENI, cost $ per hour + per GB
# site-to-site VPN: 1.25 Gbps per tunnel, 2 tunnels per connection
# Direct Connect: dedicated 1 / 10 / 100 Gbps, takes > 1 month to set up, NOT encrypted by default
# aws ec2 create-flow-logs --resource-type VPC --resource-ids vpc-0abc1234 --traffic-type REJECT --log-destination-type s3 --log-destination arn:aws:s3:::flowlogs-bkt

# ===== ELB =====
# ALB = layer 7 http/https/websocket, path/host/header routing
# NLB = layer 4 TCP/UDP/TLS, static IP per AZ, millions of req/s, ultra low latency
# GWLB = layer 3, 3rd party appliances, GENEVE port 6081
# deregistration delay (connection draining) default 300 sec
# ALB idle timeout default 60 sec
# target group health check interval default 30 sec
# sticky sessions: ALB cookie name AWSALB
# ALB 503 = no registered / healthy targets in target group
# ALB 504 = target didn't respond in time
# cross-zone LB: ALB on by default (free); NLB off by default (pay inter-AZ)
# client IP behind ALB -> X-Forwarded-For header

# ===== Route 53 =====
# alias vs CNAME: alias = free queries, works at zone apex, AWS targets only; CNAME = any hostname, NOT at apex
# routing policies: simple, weighted, latency, failover, geolocation, geoproximity, IP-based, multivalue
# multivalue answer returns up to 8 healthy records
# hosted zone $0.50 per month
# fast health check interval = 10 sec
# aws route53 list-hosted-zones

# ===== CloudFront / GA =====
# CloudFront default TTL 24 hours (86400 sec)
# OAC replaces OAI for locking S3 origin to CloudFront
# signed URL vs signed cookies: URL = 1 file; cookies = many files / whole section
# Global Accelerator vs CloudFront: GA = 2 static anycast IPs, TCP/UDP, no caching; CF = CDN, caches HTTP content at edge
# aws cloudfront create-invalidation --distribution-id E1ABCDEF2GHIJK --paths "/*"
