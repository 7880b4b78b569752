import type { Catalogue } from '../../catalogue/catalogue';
import {
  CONFIDENTIAL_MARKING,
  DOCUMENT_SUBTITLE,
  DOCUMENT_TITLE,
  NONE_PARAGRAPHS,
  NOTE_TO_CLIENT,
  SCORING_RULES,
} from '../layout-text';
import { matchKey } from '../text';
import { isCatalogueCaption } from './element-rows';
import { TEMPLATE_SENTENCES } from './template-text';
import type { StageMention } from './stage-names';
import { stageMention } from './stage-names';

/** What a run of tables and paragraphs under a sub-heading is about. */
export type Topic =
  | 'key-dates'
  | 'cycle-dates'
  | 'key-of-marks'
  | 'contacts'
  | 'cp'
  | 'development'
  | 'scoring'
  | 'category'
  | 'notes'
  | 'details'
  | 'note-to-client'
  | 'documents'
  | 'points'
  | 'activities'
  | 'plan'
  | 'what-has-changed'
  | 'significant-changes'
  | 'score-changes'
  /** A stage's sign-off as exported (who, when, hash): never imported, a sign-off is made in the app. */
  | 'sign-off';

export type ParagraphRole =
  | { readonly kind: 'section'; readonly section: 1 | 2 | 3; readonly stage: StageMention | null }
  | { readonly kind: 'topic'; readonly topic: Topic }
  | { readonly kind: 'caption' }
  | { readonly kind: 'boilerplate' }
  | { readonly kind: 'text' };

const TOPICS: readonly (readonly [RegExp, Topic])[] = [
  [/^(name of assessor and )?key dates$|^dates$/, 'key-dates'],
  [/^surveillance and recertification dates$/, 'cycle-dates'],
  [/^key( of marks)?$|^key to (the )?marks/, 'key-of-marks'],
  [/^(client )?contacts$/, 'contacts'],
  [/^compliance plus justification|^cp justification|^justification for compliance plus/, 'cp'],
  [
    /scores? (have )?changed|changes? (to|in) (element )?scor|which element scores/,
    'score-changes',
  ],
  [
    /^development points raised|^development points for (the )?client|^response to development/,
    'points',
  ],
  [/^progress (made )?(against|on) (each )?(the )?development points?/, 'points'],
  [/^what progress has the client made/, 'points'],
  [/^has the scoring against any elements changed/, 'score-changes'],
  [/^development points?( \(.*\))?$|^areas for development$/, 'development'],
  [/^scoring( table)?$/, 'scoring'],
  [/^surveillance category( after .*)?$/, 'category'],
  [/^(assessor'?s? )?notes( on .*)?$/, 'notes'],
  [/^details of the surveillance$/, 'details'],
  [/^note (to|for) the client$/, 'note-to-client'],
  [/^documents? (requested|to be (provided|requested))/, 'documents'],
  [/^(generic |surveillance )?activities$/, 'activities'],
  [/^on-?site plan|^plan for the (on-?site )?visit|^outline plan/, 'plan'],
  [/^what has changed/, 'what-has-changed'],
  [/^significant changes?$/, 'significant-changes'],
  [/^sign-?off( - .*)?$/, 'sign-off'],
];

const SECTIONS: readonly (readonly [RegExp, 1 | 2 | 3])[] = [
  [/^section\s*1\b|^assessment analysis\b/, 1],
  [/^section\s*2\b|^surveillance documentation\b/, 2],
  [/^section\s*3\b|^surveillance report\b/, 3],
];

const FIXED = new Set(
  [
    DOCUMENT_TITLE,
    DOCUMENT_SUBTITLE,
    CONFIDENTIAL_MARKING,
    ...NOTE_TO_CLIENT,
    ...SCORING_RULES,
    ...Object.values(NONE_PARAGRAPHS),
  ].map(matchKey),
);

const TEMPLATE_PHRASES: readonly RegExp[] = [
  /^customer service excellence( assessment record| assessment)?( commercial in confidence)?$/,
  /^(cse )?assessment record$/,
  /^page \d+( of \d+)?$/,
  /is a trade ?mark of the cabinet office/,
  ...TEMPLATE_SENTENCES,
];

/** What a paragraph of the document is: a heading, a caption, fixed text, or content. */
export function paragraphRole(text: string, catalogue: Catalogue): ParagraphRole {
  const key = matchKey(text);
  if (FIXED.has(key) || TEMPLATE_PHRASES.some((p) => p.test(key))) return { kind: 'boilerplate' };
  // A table of contents describes the sections: "Section 2 … - this will show …".
  if (/^section\s*\d\b.+\bthis (?:will|section)\b/.test(key)) return { kind: 'boilerplate' };
  if (key.length <= 140) {
    for (const [pattern, section] of SECTIONS) {
      if (pattern.test(key)) {
        const rest = key
          .replace(/^section\s*\d\s*[-:]?\s*/, '')
          .replace(/ ?\((?!cycle\b)[^()]*\)/g, '')
          .trim();
        if (rest.split(' ').length > 8) {
          return { kind: 'boilerplate' };
        }
        const named = stageMention(
          rest.replace(
            /^(assessment analysis|surveillance documentation|surveillance reports?)\s*[-:]?\s*/,
            '',
          ),
        );
        return { kind: 'section', section, stage: named ?? stageMention(rest) };
      }
    }
    for (const [pattern, topic] of TOPICS) if (pattern.test(key)) return { kind: 'topic', topic };
    if (isCatalogueCaption(text, catalogue)) return { kind: 'caption' };
  }
  return { kind: 'text' };
}
