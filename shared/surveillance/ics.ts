import type { IsoDate } from '../types/dates';
import { formatLongDate } from '../types/dates';
import type { UtcInstant } from '../types/date-math';
import { addDays } from '../types/date-math';
import type { OrganisationId } from '../types/ids';
import type { ScheduleItem } from './schedule';

/** The organisations and schedules a calendar is made of; a `SurveillancePlan` is one. */
export interface CalendarSource {
  readonly organisation: {
    readonly id: OrganisationId;
    readonly name: string;
    readonly reference: string;
  };
  readonly schedule: readonly ScheduleItem[];
}

export interface IcsOptions {
  /** DTSTAMP of every event: when the calendar is made; passed in, never read from a clock. */
  readonly dtstamp: UtcInstant;
  /** PRODID; default "-//CSE Fieldbook//Surveillance dates//EN". */
  readonly productId?: string;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  return code < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1): each continuation line starts with one
 * space, which counts towards its 75. Never splits a UTF-8 character. Lines end in CRLF.
 */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char);
    if (octets + size > MAX_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.map((p) => `${p}${CRLF}`).join('');
}

function icsDate(date: IsoDate): string {
  return date.replace(/-/g, '');
}

/** "2018-02-01T09:30:00.000Z" → "20180201T093000Z". */
function icsInstant(instant: UtcInstant): string {
  return `${instant.slice(0, 19).replace(/[-:]/g, '')}Z`;
}

interface CalendarEvent {
  readonly uid: string;
  readonly date: IsoDate;
  readonly summary: string;
  readonly description: string;
}

function eventsOf(source: CalendarSource): CalendarEvent[] {
  const org = source.organisation;
  const ref = org.reference === '' ? '' : ` (${org.reference})`;
  const events: CalendarEvent[] = [];
  for (const item of source.schedule) {
    if (item.state === 'done' || item.due === null) continue;
    const key = `${org.id}-${item.kind}-c${item.cycle}`;
    if (item.contact !== null && item.contactedOn === null) {
      events.push({
        uid: `${key}-contact@cse-fieldbook`,
        date: item.contact,
        summary: `${org.name}: contact the client about ${item.title}`,
        description: `${org.name}${ref}. ${item.title} is due on ${formatLongDate(item.due)}; the certifying body contacts the client two months before and requests the surveillance documents.`,
      });
    }
    events.push({
      uid: `${key}-due@cse-fieldbook`,
      date: item.due,
      summary: `${org.name}: ${item.title} due`,
      description: `${org.name}${ref}. ${item.title} is due: ${item.basis}.`,
    });
  }
  return events;
}

/**
 * An iCalendar (RFC 5545) text of the due and contact dates of every item not yet done, across
 * organisations: one all-day event per date, CRLF line endings, lines folded at 75 octets, TEXT
 * values escaped, UIDs stable from organisation id, stage kind, cycle and date kind so that a
 * re-import updates events instead of duplicating them. Pure; DTSTAMP is passed in.
 */
export function buildIcs(sources: readonly CalendarSource[], options: IcsOptions): string {
  const stamp = icsInstant(options.dtstamp);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${options.productId ?? '-//CSE Fieldbook//Surveillance dates//EN'}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  for (const event of sources.flatMap(eventsOf)) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(event.date)}`,
      `DTEND;VALUE=DATE:${icsDate(addDays(event.date, 1))}`,
      `SUMMARY:${escapeIcsText(event.summary)}`,
      `DESCRIPTION:${escapeIcsText(event.description)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldIcsLine).join('');
}
