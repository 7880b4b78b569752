// Curated vocabulary for criteria 1 (Customer Insight) and 2 (The Culture of the Organisation):
// per element, the words and phrases an assessor recognises in the evidence a client submits for
// it. Written from the element statements and general knowledge of CSE assessment, before any
// test document existed; extended in round 3 of issue 17 with the ordinary words public services
// use for these topics ("have your say", "reasonable adjustments", "friends and family test"),
// each one an assessor would place under the element in any organisation. Entries are separated
// by ";", a phrase matches its words in order.

/** Vocabulary of the elements of criteria 1 and 2, by element number. */
export const VOCABULARY_1_2: Readonly<Record<string, string>> = {
  '1.1.1':
    'customer groups; customer segmentation; segment; customer profile; profiling; demographic; ' +
    'demographics; census; population; characteristics; potential customers; non-users; customer ' +
    'database; market research; postcode analysis; age profile; ethnicity; gender; mosaic; ' +
    'acorn; data sources; management information; user profile; customer mapping; who our ' +
    'customers are; service user profile; tenant profile; resident profile; customer base; ' +
    'equality monitoring data; joint strategic needs assessment; jsna; deprivation; index of ' +
    'multiple deprivation',
  '1.1.2':
    'customer insight; insight; needs and preferences; preferences; expectations; focus group; ' +
    'personas; interviews; in-depth interviews; ethnographic; what customers want; channel ' +
    'preference; insight report; understand needs; customer needs analysis; priorities; customer ' +
    'research; listening to customers; what matters to customers; needs analysis; insight work; ' +
    'customer feedback analysis; empathy mapping; user research; understanding our customers',
  '1.1.3':
    'hard to reach; seldom heard; disadvantaged; vulnerable; disability; disabled; deaf; blind; ' +
    'visually impaired; hearing impaired; learning disabilities; homeless; gypsy; traveller; ' +
    'refugee; asylum; minority ethnic; older people; young people; carers; digital exclusion; ' +
    'outreach; equality impact assessment; protected characteristics; interpreter; interpreting; ' +
    'easy read; low income; rural isolation; targeted support; tailored services; complex needs; ' +
    'additional needs; additional support; support needs; reasonable adjustments; vulnerability; ' +
    'vulnerable customers; safeguarding; mental health; digital inclusion; assisted digital; ' +
    'sensory impairment; isolated; english as a second language; barriers to access',
  '1.2.1':
    'engagement strategy; consultation strategy; involvement strategy; engagement; engaging; ' +
    'involving customers; customer involvement; customer panel; citizens panel; user group; ' +
    'forum; focus groups; workshops; online consultation; social media; co-design; ' +
    'co-production; residents association; student representatives; consultation methods; range ' +
    'of methods; engagement plan; consultation calendar; have your say; residents panel; tenants ' +
    'panel; patient participation group; patient reference group; patient panel; service user ' +
    'group; student voice; youth forum; youth council; get involved; involvement opportunities; ' +
    'participation; engagement methods; consultation exercise; drop-in sessions; public ' +
    'meetings; stakeholder engagement; scrutiny panel; tenant scrutiny',
  '1.2.2':
    'you said we did; you said, we did; feedback to customers; results of consultation; ' +
    'consultation results; action taken; we listened; we changed; changes made as a result; told ' +
    'customers; newsletter; publish results; outcome of consultation; continuous improvement; ' +
    'improvement actions; consultation feedback; what you told us; what we did; what we have ' +
    'done; we have listened; as a result of your feedback; in response to your feedback; ' +
    'consultation response; response to the consultation; changes we have made; following ' +
    'consultation; feedback from the consultation',
  '1.2.3':
    'review of consultation; review of engagement; effectiveness of methods; response rate; ' +
    'representative; representativeness; sample; sampling; reliable results; evaluation of ' +
    'methods; methodology review; consultation review; engagement review; weighting; reach; ' +
    'under-represented; response rates improved; lessons on consultation; profile of ' +
    'respondents; respondents; who responded; representative of; evaluation of engagement; ' +
    'effectiveness of engagement; review of involvement; involvement review',
  '1.3.1':
    'satisfaction survey; customer satisfaction survey; measure satisfaction; measuring ' +
    'satisfaction; survey methodology; questionnaire; annual survey; regular survey; sample ' +
    'size; confidence interval; margin of error; independent research; research company; net ' +
    'promoter; rating; exit survey; transactional survey; comment cards; reliable methods; ' +
    'survey results; fieldwork; friends and family test; national student survey; gp patient ' +
    'survey; star survey; tenant satisfaction survey; resident satisfaction survey; residents ' +
    'survey; patient survey; student survey; customer feedback survey; feedback survey; postal ' +
    'survey; online survey; telephone survey; survey of customers; would recommend; likely to ' +
    'recommend; satisfaction rating; how satisfied',
  '1.3.2':
    'satisfaction results; satisfaction levels; analyse satisfaction; analysis by customer ' +
    'group; breakdown by; by service area; all main areas; full range of customers; published ' +
    'results; publicise satisfaction; publish satisfaction; results published; satisfaction ' +
    'improved; improvements as a result; findings; key findings; satisfied; dissatisfied; ' +
    'overall satisfaction; satisfaction rate; satisfaction scores; survey findings; results by ' +
    'area; results by group; survey action plan; action plan from the survey; areas for ' +
    'improvement',
  '1.3.3':
    'delivery; timeliness; information; access; professionalism; staff attitude; quality of ' +
    'customer service; drivers of satisfaction; five drivers; customer service measurement; ' +
    'questionnaire design; question set; questions on; kept informed; ease of access; outcome; ' +
    'specific questions; core questions; question on; asked about; questions about; survey ' +
    'questions; question wording; ease of contact; helpfulness of staff; speed of service; kept ' +
    'up to date',
  '1.3.4':
    'satisfaction target; satisfaction targets; target; targets; stretching; challenging ' +
    'targets; trend; trends; improving; increase; increased; year on year; percentage points; ' +
    'baseline; compared with last year; previous year; rising satisfaction; target exceeded; ' +
    'previous survey; compared with the previous; target for satisfaction; satisfaction target ' +
    'met; improvement on last year',
  '1.3.5':
    'customer journey; customer journeys; journey mapping; touchpoints; pain points; customer ' +
    'experience; service redesign; process improvement; lean; systems thinking; mystery ' +
    'shopping; mystery shopper; end to end; streamlined; simplified; positive changes; improved ' +
    'process; redesigned; walk through; service evaluation; process mapping; journey map; user ' +
    'journey; service improvement; improvement review; what went well; changes as a result of ' +
    'feedback; experience mapping',
  '2.1.1':
    'corporate plan; corporate commitment; strategic plan; leadership; leaders; chief executive; ' +
    'director; board; senior management; senior leadership team; customer first; customer at the ' +
    'heart; customer focus; champion; advocate; commitment; vision; values; mission; customer ' +
    'service strategy; elected members; councillors; governors; trustees; executive team; ' +
    'leadership team; portfolio holder; cabinet member; chair; putting customers first; customer ' +
    'centred; customer centric; message from the chief executive',
  '2.1.2':
    'business plan; service plan; service planning; priorities; prioritise; prioritised; policy ' +
    'and strategy; informed by insight; customer insight; planning cycle; improvement plan; ' +
    'improvement priorities; policy development; evidence based; strategic priorities; resource ' +
    'allocation; improvement programme; priorities for improvement; informed by feedback; based ' +
    'on customer feedback; commissioning; strategic review',
  '2.1.3':
    'customer service policy; customer care policy; policies and procedures; procedure; ' +
    'procedures; policy; customer charter; rights; entitled; entitlement; excellent service; ' +
    'staff handbook; guidance; code of practice; code of conduct; operating procedures; ' +
    'customer care; customer service procedure',
  '2.1.4':
    'equality; diversity; equality and diversity; fair; fairly; fairness; treated fairly; equal ' +
    'opportunities; inclusion; inclusive; equality act; equality monitoring; discrimination; ' +
    'equality analysis; equality scheme; protected characteristics; equality objectives; ' +
    'dignity; respect; fair treatment; unfair treatment; treated equally; treated with respect; ' +
    'equitable; equity; disproportionality; disproportionate; bias; unconscious bias; ethnicity ' +
    'monitoring; equality data',
  '2.1.5':
    'privacy; confidentiality; confidential; data protection; gdpr; general data protection ' +
    'regulation; information security; private room; interview room; overheard; personal data; ' +
    'personal information; secure; securely; encryption; encrypted; retention; privacy notice; ' +
    'information governance; data breach; clear desk; storage of information; transfer of ' +
    'information; caldicott; subject access; consent; records management; information ' +
    'commissioner; ico; need to know; locked; password; private area; quiet room; confidential ' +
    'conversation',
  '2.1.6':
    'empower; empowered; empowerment; encourage employees; staff suggestion; suggestion scheme; ' +
    'staff engagement; customer champions; customer service champions; staff survey; ideas ' +
    'scheme; culture; customer focused culture; ownership; staff involvement; participate; ' +
    "promote; champions network; staff ideas; everyone's responsibility; extra mile; customer " +
    'service ambassadors; ambassadors',
  '2.2.1':
    'recruitment; recruit; training; induction; learning and development; training plan; ' +
    'training needs; job description; person specification; competency; competencies; customer ' +
    'service training; e-learning; skills; qualification; nvq; cpd; continuing professional ' +
    'development; workforce development; development policy; interview questions; training ' +
    'record; training log; training matrix; training programme; course; mandatory training; ' +
    'refresher training; shadowing; coaching; mentoring; recruitment and selection; values based ' +
    'recruitment',
  '2.2.2':
    'polite; politeness; friendly; courteous; courtesy; helpful; attitude; respectful; ' +
    'compliments; manner; welcoming; empathy; understanding of customer needs; staff behaviour; ' +
    'mystery shopper; customer comments on staff; warm; kind; kindness; caring; approachable; ' +
    'helpfulness; treated with courtesy; staff were helpful; staff were friendly',
  '2.2.3':
    'appraisal; appraisals; performance review; performance management; objectives; one to one; ' +
    'one-to-ones; supervision; personal development review; pdr; competency framework; ' +
    'individual objectives; team objectives; performance development; all levels; evaluate ' +
    'commitment; performance and development review; annual review of performance; objectives ' +
    'set; customer service objective; personal objectives; behaviours framework; 360 degree ' +
    'feedback',
  '2.2.4':
    'frontline staff; front line; front-line; customer-facing staff; customer facing; staff ' +
    'feedback; team meetings; staff suggestions; service planning; staff consultation; staff ' +
    'forum; frontline insight; process review; internal processes; policy development; staff ' +
    'experience; toolbox talk; team brief; team briefing; huddle; frontline feedback; ideas from ' +
    'staff; feedback from staff; listening to staff; staff insight; staff said',
  '2.2.5':
    'recognition; recognise; awards; staff awards; thank you; employee of the month; celebrate; ' +
    'celebrating success; values; behaviours; reward; valued; value the contribution; long ' +
    'service; praise; role model; thank you card; thanks; star of the month; team of the month; ' +
    'awards ceremony; nominated; nomination; shout out; celebration; recognition scheme',
};
