# VPC + networking. SAA-C03. half of these are the "X vs Y" qs
Feature: VPC sizing

  Scenario Outline: CIDR limits
    When I create a VPC with a <cidr> block
    Then the result is <result>
    Examples:
      | cidr | result                          |
      | /16  | ok, the biggest allowed          |
      | /28  | ok, the smallest allowed          |
      | /29  | fails - too small                 |
      | /8   | fails - too big                   |

  Scenario: reserved IPs
    Given a subnet 10.0.1.0/24
    Then 5 IPs are reserved by AWS so 251 usable
    # first 4 + last 1. .0 network, .1 router, .2 DNS, .3 future, .255 bcast

  Scenario: VPCs per region
    Then default is 5 VPCs per region (soft)
    # 5 elastic IPs per region also

Feature: Security Groups vs NACLs

  Scenario: SG is stateful
    Given a security group allowing inbound 443
    When the response goes out
    Then it is allowed automatically (stateful)
    # SG = allow rules only, instance level, all rules evaluated

  Scenario: NACL is stateless
    Given a NACL allowing inbound 443
    When the response goes out on an ephemeral port 1024-65535
    Then it is blocked unless an outbound rule allows it
    # NACL = allow AND deny, subnet level, rules evaluated in number order lowest first
    # default NACL allows all in/out. custom new NACL denies all

  Scenario Outline: SG limits
    Then <thing> is <n>
    Examples:
      | thing               | n   |
      | SGs per ENI         | 5   |
      | inbound rules per SG | 60 |
      | outbound rules per SG | 60 |
    # NACL rules: 20 per direction default

Feature: Connectivity

  Scenario: peering
    Given VPC A peered with B and B peered with C
    Then A cant talk to C (no transitive peering)
    # overlapping CIDRs cant peer. use Transit Gateway for hub n spoke

  Scenario: NAT gateway
    Then a NAT GW scales to 45 Gbps and is AZ-scoped
    # NAT gateway vs NAT instance: GW managed, no SG on it, HA within AZ; instance = disable src/dest check
    # NAT GW idle timeout 350 sec

  Scenario: endpoints
    # gateway endpoint = S3 + DynamoDB ONLY, free, route table entry
    # interface endpoint = ENI w/ private IP, costs $/hr, most other services (PrivateLink)

  Scenario: VPN / DX
    Then site-to-site VPN tunnel = 1.25 Gbps max
    And Direct Connect dedicated = 1, 10, 100 Gbps
    # DX not encrypted by default -> VPN over DX

Feature: ELB

  Scenario Outline: LB types
    Given an <lb>
    Then it works at <layer>
    Examples:
      | lb  | layer        |
      | ALB | layer 7 (HTTP/HTTPS/gRPC) |
      | NLB | layer 4 (TCP/UDP/TLS), static IP per AZ |
      | GWLB | layer 3 (GENEVE port 6081) |

  Scenario: ALB no healthy targets
    When all targets fail health checks
    Then ALB returns 503 Service Unavailable
    # 502 Bad Gateway = target sent bad response / closed conn. 504 = target timeout
    # deregistration delay (conn draining) default 300 sec
    # ALB idle timeout default 60 sec

Feature: Route 53
  Scenario: routing policies
    # simple, weighted, latency, failover, geolocation, geoproximity, multivalue (up to 8 healthy records)
    # CNAME cant be zone apex; Alias can (and alias queries to AWS resources are free)
    Then the default TTL for alias records is set by the target (cant change)
    # hosted zone $0.50/mo
