<map version="1.0.1">
<!-- To view this file, download free mind mapping software FreeMind from http://freemind.sourceforge.net -->
<node CREATED="1709810000000" ID="ID_1000" MODIFIED="1709900000000" TEXT="CLF-C02 Cloud Practitioner">
<node CREATED="1709810100000" ID="ID_1100" MODIFIED="1709810100000" POSITION="right" TEXT="Support plans">
<node CREATED="1709810110000" ID="ID_1110" MODIFIED="1709810110000" TEXT="Basic">
<node CREATED="1709810111000" ID="ID_1111" MODIFIED="1709810111000" TEXT="free, included for everyone"/>
<node CREATED="1709810112000" ID="ID_1112" MODIFIED="1709810112000" TEXT="24/7 customer service for billing + account only, docs, forums"/>
<node CREATED="1709810113000" ID="ID_1113" MODIFIED="1709810113000" TEXT="7 core Trusted Advisor checks + Personal Health Dashboard"/>
</node>
<node CREATED="1709810120000" ID="ID_1120" MODIFIED="1709810120000" TEXT="Developer">
<node CREATED="1709810121000" ID="ID_1121" MODIFIED="1709810121000" TEXT="from $29/month (or 3% of monthly usage)"/>
<node CREATED="1709810122000" ID="ID_1122" MODIFIED="1709810122000" TEXT="business hours email to Cloud Support Associates, 1 primary contact"/>
<node CREATED="1709810123000" ID="ID_1123" MODIFIED="1709810123000" TEXT="general guidance: 24 business hrs, system impaired: 12 business hrs"/>
</node>
<node CREATED="1709810130000" ID="ID_1130" MODIFIED="1709810130000" TEXT="Business">
<node CREATED="1709810131000" ID="ID_1131" MODIFIED="1709810131000" TEXT="from $100/month"/>
<node CREATED="1709810132000" ID="ID_1132" MODIFIED="1709810132000" TEXT="24/7 phone, email, chat w/ Cloud Support Engineers, unlimited contacts"/>
<node CREATED="1709810133000" ID="ID_1133" MODIFIED="1709810133000" TEXT="full set of Trusted Advisor checks + API access"/>
<node CREATED="1709810134000" ID="ID_1134" MODIFIED="1709810134000" TEXT="prod system impaired within 4 hours, prod system down within 1 hour"/>
<node CREATED="1709810135000" ID="ID_1135" MODIFIED="1709810135000" TEXT="Infrastructure Event Management = extra fee"/>
</node>
<node CREATED="1709810140000" ID="ID_1140" MODIFIED="1709810140000" TEXT="Enterprise On-Ramp">
<node CREATED="1709810141000" ID="ID_1141" MODIFIED="1709810141000" TEXT="from $5,500/month"/>
<node CREATED="1709810142000" ID="ID_1142" MODIFIED="1709810142000" TEXT="pool of TAMs, business-critical system down: 30 min"/>
</node>
<node CREATED="1709810150000" ID="ID_1150" MODIFIED="1709810150000" TEXT="Enterprise">
<node CREATED="1709810151000" ID="ID_1151" MODIFIED="1709810151000" TEXT="from $15,000/month"/>
<node CREATED="1709810152000" ID="ID_1152" MODIFIED="1709810152000" TEXT="designated TAM + Concierge Support team (billing/account experts)"/>
<node CREATED="1709810153000" ID="ID_1153" MODIFIED="1709810153000" TEXT="business critical system down: 15 min response"/>
<node CREATED="1709810154000" ID="ID_1154" MODIFIED="1709810154000" TEXT="IEM + well-architected reviews included"/>
</node>
</node>
<node CREATED="1709820000000" ID="ID_1200" MODIFIED="1709820000000" POSITION="right" TEXT="Pricing models">
<node CREATED="1709820010000" ID="ID_1210" MODIFIED="1709820010000" TEXT="On-Demand">
<node CREATED="1709820011000" ID="ID_1211" MODIFIED="1709820011000" TEXT="per second billing for Linux/Windows, min 60 sec; per hour for other OS"/>
<node CREATED="1709820012000" ID="ID_1212" MODIFIED="1709820012000" TEXT="no commitment, short term unpredictable workloads"/>
</node>
<node CREATED="1709820020000" ID="ID_1220" MODIFIED="1709820020000" TEXT="Reserved Instances">
<node CREATED="1709820021000" ID="ID_1221" MODIFIED="1709820021000" TEXT="1 yr or 3 yr term, up to 75% off on-demand"/>
<node CREATED="1709820022000" ID="ID_1222" MODIFIED="1709820022000" TEXT="payment: All Upfront &gt; Partial Upfront &gt; No Upfront (most discount first)"/>
<node CREATED="1709820023000" ID="ID_1223" MODIFIED="1709820023000" TEXT="Convertible RI: can change instance family, up to 66% discount"/>
<node CREATED="1709820024000" ID="ID_1224" MODIFIED="1709820024000" TEXT="unused RIs can be sold on the RI Marketplace"/>
</node>
<node CREATED="1709820030000" ID="ID_1230" MODIFIED="1709820030000" TEXT="Savings Plans">
<node CREATED="1709820031000" ID="ID_1231" MODIFIED="1709820031000" TEXT="commit $/hour for 1 or 3 yrs"/>
<node CREATED="1709820032000" ID="ID_1232" MODIFIED="1709820032000" TEXT="Compute SP (EC2 + Fargate + Lambda) up to 66%, EC2 Instance SP up to 72%"/>
</node>
<node CREATED="1709820040000" ID="ID_1240" MODIFIED="1709820040000" TEXT="Spot: up to 90% off, can be reclaimed w/ 2 min warning"/>
<node CREATED="1709820050000" ID="ID_1250" MODIFIED="1709820050000" TEXT="Dedicated Host = whole physical server, BYOL (socket/core licences) vs Dedicated Instance = hw not shared but no host visibility"/>
<node CREATED="1709820060000" ID="ID_1260" MODIFIED="1709820060000" TEXT="Free Tier: 750 hrs/month of t2.micro or t3.micro for 12 months + always free (1M lambda requests/mo)"/>
<node CREATED="1709820070000" ID="ID_1270" MODIFIED="1709820070000" TEXT="data transfer IN = free, OUT to internet = charged"/>
</node>
<node CREATED="1709830000000" ID="ID_1300" MODIFIED="1709830000000" POSITION="left" TEXT="Global infrastructure">
<node CREATED="1709830010000" ID="ID_1310" MODIFIED="1709830010000" TEXT="25 regions, 81 AZs (check website b4 exam)"/>
<node CREATED="1709830020000" ID="ID_1320" MODIFIED="1709830020000" TEXT="Region = min 3 AZs, AZ = 1+ discrete data centers w/ redundant power + networking"/>
<node CREATED="1709830030000" ID="ID_1330" MODIFIED="1709830030000" TEXT="choose region by: compliance, latency, service availability, pricing"/>
<node CREATED="1709830040000" ID="ID_1340" MODIFIED="1709830040000" TEXT="Edge locations 400+ (CloudFront, Route 53, Global Accelerator)"/>
<node CREATED="1709830050000" ID="ID_1350" MODIFIED="1709830050000" TEXT="Local Zones = closer to big cities, single-digit ms latency"/>
<node CREATED="1709830060000" ID="ID_1360" MODIFIED="1709830060000" TEXT="Wavelength = AWS inside 5G telco networks"/>
<node CREATED="1709830070000" ID="ID_1370" MODIFIED="1709830070000" TEXT="Outposts = AWS racks in your own data center"/>
</node>
<node CREATED="1709840000000" ID="ID_1400" MODIFIED="1709840000000" POSITION="left" TEXT="Shared responsibility">
<node CREATED="1709840010000" ID="ID_1410" MODIFIED="1709840010000" TEXT="AWS = security OF the cloud: hardware, facilities, hypervisor, global network"/>
<node CREATED="1709840020000" ID="ID_1420" MODIFIED="1709840020000" TEXT="Customer = security IN the cloud: data, IAM, guest OS patching on EC2, SG config, encryption"/>
<node CREATED="1709840030000" ID="ID_1430" MODIFIED="1709840030000" TEXT="shared controls: patch mgmt, config mgmt, awareness + training"/>
<node CREATED="1709840040000" ID="ID_1440" MODIFIED="1709840040000" TEXT="RDS: AWS patches DB engine + OS, customer does SGs, DB users, turning on encryption"/>
<node CREATED="1709840050000" ID="ID_1450" MODIFIED="1709840050000" TEXT="Lambda: AWS manages runtime + OS, customer = code + IAM role"/>
</node>
<node CREATED="1709850000000" ID="ID_1500" MODIFIED="1709850000000" POSITION="left" TEXT="Billing + cost tools">
<node CREATED="1709850010000" ID="ID_1510" MODIFIED="1709850010000" TEXT="AWS Budgets: alerts on cost/usage/RI, first 2 budgets free"/>
<node CREATED="1709850020000" ID="ID_1520" MODIFIED="1709850020000" TEXT="Cost Explorer: visualise + forecast spend, RI recommendations"/>
<node CREATED="1709850030000" ID="ID_1530" MODIFIED="1709850030000" TEXT="billing alarms in CloudWatch -&gt; billing metric only in us-east-1"/>
<node CREATED="1709850040000" ID="ID_1540" MODIFIED="1709850040000" TEXT="Cost and Usage Report (CUR) = most detailed, delivered to S3"/>
<node CREATED="1709850050000" ID="ID_1550" MODIFIED="1709850050000" TEXT="Consolidated billing (Organizations): 1 bill, volume discounts, RI + SP sharing across accts"/>
<node CREATED="1709850060000" ID="ID_1560" MODIFIED="1709850060000" TEXT="Cost allocation tags: AWS generated (aws: prefix) + user defined, must be activated in billing console"/>
<node CREATED="1709850070000" ID="ID_1570" MODIFIED="1709850070000" TEXT="estimate new workload cost -&gt; Simple Monthly Calculator"/>
<node CREATED="1709850080000" ID="ID_1580" MODIFIED="1709850080000" TEXT="compare on-prem vs cloud -&gt; TCO Calculator"/>
<node CREATED="1709850090000" ID="ID_1590" MODIFIED="1709850090000" TEXT="Compute Optimizer = rightsizing recs (ML based)"/>
</node>
</node>
</map>
