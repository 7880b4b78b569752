/**
 * The report template the app starts with: one certifying body's "Certification Review Report"
 * (ASSESSMENT-RECORD.md, "The assessment report"), in the template format of
 * docs/report-template.md. It is data: a certifying body saves it from the app, edits the text
 * and loads it back; nothing of it is repeated in the code. `npx tsx
 * scripts/write-report-template.ts` writes it to docs/report-template.txt (a test keeps the two
 * equal).
 */
export const DEFAULT_REPORT_TEMPLATE = `CSE Fieldbook report template 1
% The certifying body's layout of the assessment report (docs/report-template.md).
%   = key: value            a setting (before the first section)
%   ## section | Heading    starts a section; each report section appears once, in this order
%   ### case                wording for one case (the recommendation; "none")
%   | Label | value         a row of a two-column table
%   - text                  an item of a list
%   any other line          fixed wording; a blank line starts a new paragraph
% {{placeholders}} are replaced by values from the record when the report is made.

= name: Certification Review Report (default)
= title: Customer Service Excellence — Certification Review Report
= subtitle: {{stage}} of {{organisation}} · reference {{reference}}
= footer: Commercial in Confidence
= certifying-body: Centre for Assessment
= award: certification | continued certification | continued certification | recertification
= recommendation-names: Recommend {{award}} | Recommend {{award}} subject to conditions | Do not recommend {{award}} | No recommendation yet
= methodology-columns: Site visited | People and groups met
= point-labels: What the assessor found | What would make it full
= compliance-plus-columns: Element | Compliance Plus justification
= score-columns: Criterion | Elements | Max. partials | Partials (P) | CP | NC | Full or CP | Complies
= not-written: (not written yet)

## key-information | 1 Key information
| Name of organisation | {{organisation}}
| Assessment reference number | {{reference}}
| Units in scope | {{units-in-scope}}
| Type of assessment | {{stage}}
| Name of assessor | {{assessor}}
| Desk-top review | {{desk-top-review-date}}
| Date(s) of visit | {{visit-dates}}
| Number of days on site | {{visit-days}}
| Certifying body | {{certifying-body}}
| Sign-off | {{sign-off}}

## introduction | 2 Introduction and background

## methodology | 3 Methodology
The assessment began with a desk-top review of the evidence {{organisation}} submitted against
the elements of the standard, followed by an assessment visit on {{visit-dates}}. On site the
assessor verified the evidence, observed the service in action and met customers, staff and
partners.

## strengths | 4 Summary of strengths

## findings | 5 Assessor's findings
The findings follow the five criteria of the standard.

## development-points | 6 Development points
Most development points relate to partial compliances. Each says what the assessor found and
what would make the element fully compliant. {{organisation}} is asked to respond to them before
the next surveillance.
### none
No development points were raised.

## compliance-plus | 7 Compliance Plus
Compliance Plus is awarded for practice that exceeds the requirements of an element and is
exceptional or an exemplar to others.
### none
No element was awarded Compliance Plus.

## scores | 8 Scores
To achieve the standard there must be no non-compliance, Full Compliance or Compliance Plus in at
least 80% of the elements of each criterion, and no more partial compliances in a criterion than
the table allows.

Verdict under the rule profile "{{profile}}": {{verdict}}.

## recommendation | 9 Recommendation
### recommend
On the evidence of this {{stage-lower}}, I recommend {{award}} of {{organisation}} against the
Customer Service Excellence standard.
### recommend-subject-to
I recommend {{award}} of {{organisation}} against the Customer Service Excellence standard,
subject to:
### do-not-recommend
I do not recommend {{award}} of {{organisation}} at this stage, for these reasons:
### no-recommendation
No recommendation can be made yet:
### override
The marks indicate "{{marks-recommendation}}". The assessor recommends otherwise, for this
reason:
### profiles-disagree
The two readings of the scoring rules disagree: under "{{other-profile}}" the marks would
indicate "{{other-recommendation}}".
`;
