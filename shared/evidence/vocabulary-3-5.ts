// Curated vocabulary for criteria 3 (Information and Access), 4 (Delivery) and 5 (Timeliness
// and Quality of Service). Same rules as vocabulary-1-2.ts: written from the element statements
// and general CSE knowledge, extended in round 3 with public services' ordinary wording
// ("mystery shopping" for monitoring, "local resolution" for the complaints procedure).

/** Vocabulary of the elements of criteria 3, 4 and 5, by element number. */
export const VOCABULARY_3_5: Readonly<Record<string, string>> = {
  '3.1.1':
    'opening hours; opening times; contact us; contact details; how to contact; telephone ' +
    'number; address; website; service directory; leaflet; guide to services; services we ' +
    'provide; range of services; organisation chart; structure chart; who is in charge; ' +
    'management team; who we are; how our services are run; head of service; get in touch; find ' +
    'us; visit us; call us; write to us; drop in; what we do; who to contact; our services; ' +
    'about the service',
  '3.1.2':
    'charge; charges; charging; fee; fees; price; prices; cost; costs; tariff; payment; pay; ' +
    'free of charge; concession; concessions; discount; price list; schedule of fees; how much; ' +
    'refund; concessionary; reduced rate; no charge; charged; deposit; subsidised; fines; hire',
  '3.2.1':
    'alternative formats; large print; braille; audio; translation; translated; languages; plain ' +
    'english; easy read; accessible formats; channels; variety of channels; social media; text ' +
    'message; sms; leaflets; website; crystal mark; needs and preferences; communication ' +
    'preferences; british sign language; bsl; accessible information; other formats; other ' +
    'languages; community languages; text relay; sign language interpreter; communication needs; ' +
    'format of your choice',
  '3.2.2':
    'understood; understanding; check understanding; checking understanding; confirm; ' +
    'confirmation; received; plain english; readability; reader panel; readers panel; tested ' +
    'with customers; feedback on information; follow up; read back; summarise; easy to ' +
    'understand; clear explanation; explained clearly; teach back; check back; confirm in ' +
    'writing; written confirmation; reading age; user tested',
  '3.2.3':
    'website review; web content; content review; redesign; redesigned website; information ' +
    'review; leaflet review; user testing; improved information; frequently asked questions; ' +
    'faq; verbal information; published information; web based information; new website; ' +
    'relevant information; content strategy; standard letters; template letters; review of ' +
    'letters; rewritten; redrafted; plain language; website content; new leaflet; information ' +
    'improved',
  '3.2.4':
    'accurate; accuracy; up to date; review date; version control; complete; completeness; ' +
    'errors; error; correct; checked; information accuracy; quality assurance of information; ' +
    'when information is not available; when they will receive; information requested; out of ' +
    'date; incorrect; inaccurate; checking accuracy; information checked; content owner; review ' +
    'cycle',
  '3.3.1':
    'accessible; accessibility; access; alternative channels; channels; online; telephone; face ' +
    'to face; email; webchat; live chat; home visits; outreach; opening hours; evening; weekend; ' +
    'self-service; self service; 24 hours a day; digital; mobile; app; appointments; ways to ' +
    'contact us; contact channels; online services; online form; video appointments; extended ' +
    'hours',
  '3.3.2':
    'channel analysis; channel shift; channel strategy; contact analysis; call volumes; web ' +
    'analytics; website usage; footfall; usage statistics; avoidable contact; digital by ' +
    'default; demand; how customers interact; customer contact data; take-up; channel choice; ' +
    'better choices; interaction; channel usage; website visits; page views; digital take-up; ' +
    'channel mix; contact volumes; failure demand; repeat calls; abandoned calls',
  '3.3.3':
    'premises; reception area; reception; waiting area; waiting room; clean; cleaning; ' +
    'cleanliness; comfortable; toilets; facilities; seating; signage; baby changing; parking; ' +
    'building; accessibility audit; hearing loop; ramp; lift; lighting; temperature; visitors; ' +
    'accessible toilet; step free; wheelchair access; refurbishment; refurbished; building ' +
    'inspection; premises check; comfortable environment; welcoming environment',
  '3.4.1':
    'partnership; partnerships; partners; partner organisations; partnership agreement; ' +
    'memorandum of understanding; joint working; co-ordinated; coordinated services; one stop ' +
    'shop; signposting; referral; referrals; shared services; multi-agency; collaboration; ' +
    'benefits for customers; other providers; co-located; partner agencies; joint service; ' +
    'joined up; integrated service; referral pathway; signpost; co location; community hub; ' +
    'working together',
  '3.4.2':
    'service level agreement; sla; accountability; accountable; lines of accountability; roles ' +
    'and responsibilities; lead partner; governance; protocol; contract; contract management; ' +
    'partnership board; terms of reference; escalation between partners; joint performance; ' +
    'quality of service; lead agency; responsible partner; clear accountability; who is ' +
    'responsible; partnership governance; contract monitoring; service specification; escalation ' +
    'route; joint review meetings',
  '3.4.3':
    'community; communities; wider community; volunteering; volunteers; charity; charities; ' +
    'sponsorship; local events; community engagement; corporate social responsibility; schools; ' +
    'local groups; voluntary sector; fundraising; social value; community support; community ' +
    'projects; community groups; open day; charity partner; employee volunteering; community ' +
    'benefit; social responsibility; local charities; supporting local',
  '4.1.1':
    'service standards; performance standards; standards for our main services; statutory; ' +
    'statutory standards; national standards; national targets; key performance indicators; kpi; ' +
    'kpis; performance indicators; targets; regulations; regulator; service levels; legislation; ' +
    'challenging standards; statutory targets; national indicators; local targets; statutory ' +
    'duty; regulatory standards; inspection framework; our standards; target times',
  '4.1.2':
    'performance report; performance monitoring; monitor performance; performance data; ' +
    'dashboard; scorecard; met; achieved; performance against; published performance; quarterly ' +
    'report; annual report; league table; how we performed; tell customers about performance; ' +
    'results against targets; performance information; performance summary; performance figures; ' +
    'quarterly performance; annual performance; performance table; we achieved; performance over ' +
    'the year; red amber green; rag rating; performance update',
  '4.1.3':
    'setting standards; set standards; review of standards; reviewing standards; consulted on ' +
    'standards; standards review; raise standards; raising standards; local standards; agreed ' +
    'standards; involve customers in standards; staff consulted; partners consulted; standards ' +
    'consultation; review of our standards; draft standards; proposed standards; revised ' +
    'standards; new standards; co produced; customers helped',
  '4.2.1':
    'what you can expect; what to expect; expectations; agreement; learning agreement; service ' +
    'agreement; terms and conditions; welcome pack; at the outset; at the start; customer ' +
    'commitment; care plan; support plan; tenancy agreement; student charter; agree with ' +
    'customers; your responsibilities; our responsibilities; what we expect from you; agreed ' +
    'with you; individual plan; personal plan; service offer',
  '4.2.2':
    'outcomes; outcome; positive outcomes; results; success rate; success rates; achievement; ' +
    'case studies; case study; delivered; promises kept; completion; resolved; customer ' +
    'outcomes; majority of customers; individual customers; outcome measures; people helped; ' +
    'customers helped; success stories; impact; difference we made; goals achieved; achieved ' +
    'outcomes',
  '4.2.3':
    'benchmark; benchmarking; benchmarked; comparison; compared with; peer; peers; similar ' +
    'organisations; complementary organisations; national average; league table; quartile; ' +
    'benchmarking club; benchmarking group; comparator; comparators; upper quartile; lower ' +
    'quartile; median; peer group; family group; benchmarking results; compared to other; ' +
    'housemark',
  '4.2.4':
    'best practice; good practice; case study; shared learning; conference; published examples; ' +
    'award; innovation; learning from others; study visit; network; networks; peer review; ' +
    'sharing practice; learned from; shared our learning; presented at; learning event; ' +
    'conference presentation; shortlisted; award winning; peer visit; good practice guide',
  '4.3.1':
    'dip in performance; dips in performance; below target; not met; shortfall; missed; ' +
    'explanation; explain; apologise; action we are taking; put things right; recovery plan; ' +
    'backlog; performance fell; reasons; prevent recurrence; fell short; deteriorated; missed ' +
    'target; below standard; performance dropped; what went wrong; why this happened; what we ' +
    'are doing about it; sorry',
  '4.3.2':
    'complaints procedure; complaints policy; how to complain; complaint; complaints; complain; ' +
    'stage one; stage two; working days; acknowledge; acknowledgement; escalation; escalate; ' +
    'ombudsman; investigate; investigation; response within; time limit; timescale; easy to use; ' +
    'formal complaint; make a complaint; making a complaint; complaints process; unhappy with; ' +
    'not happy with; independent review; final response; local resolution; frontline resolution',
  '4.3.3':
    'complaints training; complaint handling; handling complaints; guidance for staff; ' +
    'empowered; empower staff; put things right; resolve at first point; remedy; compensation; ' +
    'goodwill payment; discretion; investigating officer; objective; objectively; impartial; ' +
    'investigate objectively; staff guidance; complaint handler; complaints officer; ' +
    'empowered to resolve; authority to resolve; resolve on the spot; investigating complaints',
  '4.3.4':
    'complaints analysis; analysis of complaints; trends; patterns; themes; root cause; lessons ' +
    'learned; lessons learnt; complaints report; informal complaints; comments; compliments and ' +
    'complaints; learning from complaints; learn from mistakes; mistakes; improvements made; ' +
    'publicise action; compliments; complaint themes; number of complaints; complaints received; ' +
    'complaints data; annual complaints report; what we learned; learning from feedback; causes ' +
    'of complaints',
  '4.3.5':
    'review of complaints procedure; complaints procedure review; complainant survey; ' +
    'complainant feedback; complainants; procedure review; revised procedure; reviewed the ' +
    'procedure; satisfaction with complaint handling; views of complainants; staff views; ' +
    'changes to the procedure; procedure updated; complaints policy review; survey of ' +
    'complainants; complainants were asked; satisfaction with the process',
  '4.3.6':
    'upheld; complaint upheld; complaints upheld; satisfied with the outcome; outcome of the ' +
    'complaint; redress; remedy; apology; resolution; follow up; complainant satisfaction; ' +
    'compensation; satisfactory outcome; partially upheld; not upheld; resolved to your ' +
    'satisfaction; remedy offered; apology given; outcome achieved',
  '5.1.1':
    'response time; response times; timeliness; within 24 hours; working days; answer calls; ' +
    'answer the telephone; rings; seconds; letters; emails; e-mails; reply; respond; personal ' +
    'callers; visitors seen; queue; waiting time; minutes; acknowledge; measurable standards; ' +
    'timescales',
  '5.1.2':
    'quality standards; customer service standards; service standards; customer charter; we ' +
    'will; name badges; identify ourselves; courteous; quality of customer service; standards of ' +
    'behaviour; all dealings; customer care standards; comprehensive standards; treat you with ' +
    'respect; introduce ourselves; identification badges; professional and courteous; quality of ' +
    'service standards',
  '5.2.1':
    'publish standards; published standards; customer charter; our promise; our promises; our ' +
    'commitment; our commitments; service promise; displayed; poster; leaflet; website; advise ' +
    'customers; tell customers; charter; pledge; pledges; customer promise; standards leaflet; ' +
    'displayed in reception; published our standards',
  '5.2.2':
    'first point of contact; first contact; triage; front desk; right person; transfer; ' +
    'transferred; referral; needs assessment; first contact resolution; enquiry handling; ' +
    'reception; switchboard; initial assessment; identify needs; appropriate person; single ' +
    'point of access; care navigation; right first time; first time resolution; resolved at ' +
    'first contact; front door; routed; route to the right',
  '5.2.3':
    'information sharing; share information; sharing information; data sharing; shared database; ' +
    'crm; customer relationship management; customer record; case management system; tell us ' +
    'once; avoidable contact; unnecessary contact; handover; information sharing agreement; ' +
    'colleagues and partners; promptly share; shared record; case notes; single view of the ' +
    'customer; record the contact; passed on to; avoid repeating',
  '5.2.4':
    'next steps; timescale; timescales; keep informed; keep you informed; updates; update; ' +
    'estimated time; reference number; case reference; progress; timeline; call back; callback; ' +
    'how long; likely time; not completed at first point of contact; let you know; expected ' +
    'date; target date; progress updates; track your; what happens next',
  '5.2.5':
    'delay; delays; delayed; prompt; promptly; enquiries; initial enquiry; initial enquiries; ' +
    'backlog; holding reply; advise of delay; tell you if there is a delay; rectify; apologise ' +
    'for the delay; respond promptly; acknowledge your enquiry; initial response; first ' +
    'response; delayed response; sorry for the delay; longer than expected; holding letter; ' +
    'holding response',
  '5.3.1':
    'monitor; monitoring; monitored; performance against standards; call statistics; response ' +
    'times achieved; management information; weekly; monthly; exception report; action plan; ' +
    'corrective action; take action; performance meetings; timeliness and quality; mystery ' +
    'shopping; mystery shopper; quality checks; quality monitoring; call monitoring; call ' +
    'listening; spot checks; audit; remedial action; performance reviewed',
  '5.3.2':
    'meeting standards; meeting our standards; performance published; achieved; within target; ' +
    'results against standards; how we did; published on website; annual report; publicise ' +
    'performance; performance against standards; our performance; how we are doing; how are we ' +
    'doing; our performance figures; we met; standard met; standards achieved; performance ' +
    'against our promises',
  '5.3.3':
    'compares well; comparison; compared; benchmark; benchmarking; similar organisations; ' +
    'comparator; sector average; top quartile; national comparison; other organisations; peers; ' +
    'national average; national figures; national data; similar services; compared with others; ' +
    'other councils; other trusts; peer comparison',
};
