// Curated vocabulary for criteria 3 (Information and Access), 4 (Delivery) and 5 (Timeliness
// and Quality of Service). Same rules as vocabulary-1-2.ts: written from the element statements
// and general CSE knowledge, never from a test document.

/** Vocabulary of the elements of criteria 3, 4 and 5, by element number. */
export const VOCABULARY_3_5: Readonly<Record<string, string>> = {
  '3.1.1':
    'opening hours; opening times; contact us; contact details; how to contact; telephone ' +
    'number; address; website; service directory; leaflet; guide to services; services we ' +
    'provide; range of services; organisation chart; structure chart; who is in charge; ' +
    'management team; who we are; how our services are run; head of service',
  '3.1.2':
    'charge; charges; charging; fee; fees; price; prices; cost; costs; tariff; payment; pay; ' +
    'free of charge; concession; concessions; discount; price list; schedule of fees; ' +
    'how much; refund',
  '3.2.1':
    'alternative formats; large print; braille; audio; translation; translated; languages; ' +
    'plain english; easy read; accessible formats; channels; variety of channels; social ' +
    'media; text message; sms; leaflets; website; crystal mark; needs and preferences; ' +
    'communication preferences; british sign language; bsl',
  '3.2.2':
    'understood; understanding; check understanding; checking understanding; confirm; ' +
    'confirmation; received; plain english; readability; reader panel; readers panel; ' +
    'tested with customers; feedback on information; follow up; read back; summarise',
  '3.2.3':
    'website review; web content; content review; redesign; redesigned website; information ' +
    'review; leaflet review; user testing; improved information; frequently asked questions; ' +
    'faq; verbal information; published information; web based information; new website; ' +
    'relevant information; content strategy',
  '3.2.4':
    'accurate; accuracy; up to date; review date; version control; complete; completeness; ' +
    'errors; error; correct; checked; information accuracy; quality assurance of information; ' +
    'when information is not available; when they will receive; information requested',
  '3.3.1':
    'accessible; accessibility; access; alternative channels; channels; online; telephone; ' +
    'face to face; email; webchat; live chat; home visits; outreach; opening hours; evening; ' +
    'weekend; self-service; self service; 24 hours a day; digital; mobile; app; appointments',
  '3.3.2':
    'channel analysis; channel shift; channel strategy; contact analysis; call volumes; web ' +
    'analytics; website usage; footfall; usage statistics; avoidable contact; digital by ' +
    'default; demand; how customers interact; customer contact data; take-up; channel ' +
    'choice; better choices; interaction',
  '3.3.3':
    'premises; reception area; reception; waiting area; waiting room; clean; cleaning; ' +
    'cleanliness; comfortable; toilets; facilities; seating; signage; baby changing; ' +
    'parking; building; accessibility audit; hearing loop; ramp; lift; lighting; ' +
    'temperature; visitors',
  '3.4.1':
    'partnership; partnerships; partners; partner organisations; partnership agreement; ' +
    'memorandum of understanding; joint working; co-ordinated; coordinated services; one ' +
    'stop shop; signposting; referral; referrals; shared services; multi-agency; ' +
    'collaboration; benefits for customers; other providers; co-located',
  '3.4.2':
    'service level agreement; sla; accountability; accountable; lines of accountability; ' +
    'roles and responsibilities; lead partner; governance; protocol; contract; contract ' +
    'management; partnership board; terms of reference; escalation between partners; ' +
    'joint performance; quality of service',
  '3.4.3':
    'community; communities; wider community; volunteering; volunteers; charity; charities; ' +
    'sponsorship; local events; community engagement; corporate social responsibility; ' +
    'schools; local groups; voluntary sector; fundraising; social value; community ' +
    'support; community projects',
  '4.1.1':
    'service standards; performance standards; standards for our main services; statutory; ' +
    'statutory standards; national standards; national targets; key performance ' +
    'indicators; kpi; kpis; performance indicators; targets; regulations; regulator; ' +
    'service levels; legislation; challenging standards',
  '4.1.2':
    'performance report; performance monitoring; monitor performance; performance data; ' +
    'dashboard; scorecard; met; achieved; performance against; published performance; ' +
    'quarterly report; annual report; league table; how we performed; tell customers about ' +
    'performance; results against targets; performance information',
  '4.1.3':
    'setting standards; set standards; review of standards; reviewing standards; consulted ' +
    'on standards; standards review; raise standards; raising standards; local standards; ' +
    'agreed standards; involve customers in standards; staff consulted; partners consulted',
  '4.2.1':
    'what you can expect; what to expect; expectations; agreement; learning agreement; ' +
    'service agreement; terms and conditions; welcome pack; at the outset; at the start; ' +
    'customer commitment; care plan; support plan; tenancy agreement; student charter; ' +
    'agree with customers',
  '4.2.2':
    'outcomes; outcome; positive outcomes; results; success rate; success rates; ' +
    'achievement; case studies; case study; delivered; promises kept; completion; ' +
    'resolved; customer outcomes; majority of customers; individual customers',
  '4.2.3':
    'benchmark; benchmarking; benchmarked; comparison; compared with; peer; peers; similar ' +
    'organisations; complementary organisations; national average; league table; quartile; ' +
    'benchmarking club; benchmarking group; comparator; comparators',
  '4.2.4':
    'best practice; good practice; case study; shared learning; conference; published ' +
    'examples; award; innovation; learning from others; study visit; network; networks; ' +
    'peer review; sharing practice; learned from',
  '4.3.1':
    'dip in performance; dips in performance; below target; not met; shortfall; missed; ' +
    'explanation; explain; apologise; action we are taking; put things right; recovery ' +
    'plan; backlog; performance fell; reasons; prevent recurrence; fell short; deteriorated',
  '4.3.2':
    'complaints procedure; complaints policy; how to complain; complaint; complaints; ' +
    'complain; stage one; stage two; working days; acknowledge; acknowledgement; escalation; ' +
    'escalate; ombudsman; investigate; investigation; response within; time limit; ' +
    'timescale; easy to use; formal complaint',
  '4.3.3':
    'complaints training; complaint handling; handling complaints; guidance for staff; ' +
    'empowered; empower staff; put things right; resolve at first point; remedy; ' +
    'compensation; goodwill payment; discretion; investigating officer; objective; ' +
    'objectively; impartial; investigate objectively; staff guidance',
  '4.3.4':
    'complaints analysis; analysis of complaints; trends; patterns; themes; root cause; ' +
    'lessons learned; lessons learnt; complaints report; informal complaints; comments; ' +
    'compliments and complaints; learning from complaints; learn from mistakes; mistakes; ' +
    'improvements made; publicise action',
  '4.3.5':
    'review of complaints procedure; complaints procedure review; complainant survey; ' +
    'complainant feedback; complainants; procedure review; revised procedure; reviewed ' +
    'the procedure; satisfaction with complaint handling; views of complainants; staff views',
  '4.3.6':
    'upheld; complaint upheld; complaints upheld; satisfied with the outcome; outcome of the ' +
    'complaint; redress; remedy; apology; resolution; follow up; complainant satisfaction; ' +
    'compensation; satisfactory outcome',
  '5.1.1':
    'response time; response times; timeliness; within 24 hours; working days; answer ' +
    'calls; answer the telephone; rings; seconds; letters; emails; e-mails; reply; respond; ' +
    'personal callers; visitors seen; queue; waiting time; minutes; acknowledge; ' +
    'measurable standards; timescales',
  '5.1.2':
    'quality standards; customer service standards; service standards; customer charter; ' +
    'we will; name badges; identify ourselves; courteous; quality of customer service; ' +
    'standards of behaviour; all dealings; customer care standards; comprehensive standards',
  '5.2.1':
    'publish standards; published standards; customer charter; our promise; our promises; ' +
    'our commitment; our commitments; service promise; displayed; poster; leaflet; ' +
    'website; advise customers; tell customers; charter',
  '5.2.2':
    'first point of contact; first contact; triage; front desk; right person; transfer; ' +
    'transferred; referral; needs assessment; first contact resolution; enquiry handling; ' +
    'reception; switchboard; initial assessment; identify needs; appropriate person',
  '5.2.3':
    'information sharing; share information; sharing information; data sharing; shared ' +
    'database; crm; customer relationship management; customer record; case management ' +
    'system; tell us once; avoidable contact; unnecessary contact; handover; information ' +
    'sharing agreement; colleagues and partners; promptly share',
  '5.2.4':
    'next steps; timescale; timescales; keep informed; keep you informed; updates; update; ' +
    'estimated time; reference number; case reference; progress; timeline; call back; ' +
    'callback; how long; likely time; not completed at first point of contact',
  '5.2.5':
    'delay; delays; delayed; prompt; promptly; enquiries; initial enquiry; initial ' +
    'enquiries; backlog; holding reply; advise of delay; tell you if there is a delay; ' +
    'rectify; apologise for the delay; respond promptly',
  '5.3.1':
    'monitor; monitoring; monitored; performance against standards; call statistics; ' +
    'response times achieved; management information; weekly; monthly; exception report; ' +
    'action plan; corrective action; take action; performance meetings; timeliness and ' +
    'quality',
  '5.3.2':
    'meeting standards; meeting our standards; performance published; achieved; within ' +
    'target; results against standards; how we did; published on website; annual report; ' +
    'publicise performance; performance against standards; our performance',
  '5.3.3':
    'compares well; comparison; compared; benchmark; benchmarking; similar organisations; ' +
    'comparator; sector average; top quartile; national comparison; other organisations; ' +
    'peers; national average',
};
