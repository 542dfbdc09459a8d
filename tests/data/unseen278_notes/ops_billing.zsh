# ~/aws-cheats/ops_billing.zsh  -- monitoring, billing, misc
export AWS_PAGER=""          # CLI v2 pipes to less by default, annoying
export AWS_DEFAULT_REGION=us-east-1
alias cwalarms='aws cloudwatch describe-alarms --state-value ALARM --output table'

# ===== CloudWatch =====
# EC2 basic monitoring = 5 min; detailed monitoring = 1 min ($)
# high-resolution custom metrics down to 1 sec
# metric retention: 1-min datapoints 15 days, 5-min 63 days, 1-hour 455 days (15 months)
# log groups retention default 30 days
# alarm states: OK, ALARM, INSUFFICIENT_DATA
# RAM / disk usage NOT default EC2 metrics -> need CloudWatch agent
aws cloudwatch put-metric-alarm --alarm-name cpu-high --metric-name CPUUtilization \
  --namespace AWS/EC2 --statistic Average --period 300 --threshold 80 \
  --comparison-operator GreaterThanThreshold --evaluation-periods 2 \
  --alarm-actions arn:aws:sns:us-east-1:123456789012:alerts
# aws logs put-retention-policy --log-group-name /aws/lambda/resize-img --retention-in-days 14

# ===== CloudTrail / Config / X-Ray =====
# CloudTrail event history = last 90 days in console; create a trail -> S3 to keep longer
# management events logged by default, data events (S3 object, lambda invoke) off by default ($)
# Config = resource config history + compliance rules (not who did it -> that's cloudtrail)
# X-Ray default sampling: first request each second + 5% of additional requests
# X-Ray daemon listens on UDP 2000

# ===== support plans (CLF!!) =====
# Basic = free, Developer from $29/month, Business from $100/month, Enterprise On-Ramp from $5,500/month, Enterprise from $15,000/month
# Business: production system down < 4 hours response
# Enterprise: business-critical system down < 15 min, designated TAM
# Developer: general guidance < 24 business hours
# full Trusted Advisor checks = Business and up
echo "remember: Enterprise On-Ramp = pool of TAMs, Enterprise = designated TAM"

# ===== pricing =====
# Reserved Instances / Savings Plans: 1 or 3 year term, up to 72% off on-demand
# Spot: up to 90% off, 2-minute interruption notice
# Lambda free tier: 1M requests + 400,000 GB-seconds per month
# EC2 free tier: 750 hours/month of t2.micro for 12 months
# data transfer IN to AWS = free; OUT to internet = $$
# AWS Budgets: first 2 budgets free
echo "remember: pricing calculator = estimate BEFORE you build, Cost Explorer = actual spend AFTER (+ forecast)"

# ===== misc dev stuff (DVA) =====
# Step Functions: standard workflow up to 1 year, express up to 5 min
# Fargate task max 16 vCPU / 120 GB memory
# ECS task role vs task execution role: task role = your app's perms; execution role = pull ECR image + push logs
# Beanstalk deploys: all at once, rolling, rolling with additional batch, immutable, traffic splitting; blue/green = swap CNAMEs
# CodeDeploy lambda/ECS traffic shift: canary, linear, all-at-once
# CloudFormation: 500 resources per template, 200 parameters, 200 outputs
#aws cloudformation delete-stack --stack-name study-stack
# aws cloudformation deploy --template-file template.yaml --stack-name study-stack --capabilities CAPABILITY_IAM
