import { useState } from 'react';
import type { ReactElement } from 'react';
import { useApp } from '../../state/use-app';
import { useDeps } from '../../state/use-deps';
import { CALENDAR_FILE_NAME, calendarFile } from './calendar-file';

/**
 * "Calendar (.ics)": saves the due and contact dates of ALL active organisations (not only the
 * one on screen) as one iCalendar file. Pending edits are written first so the file matches the
 * screen; the outcome is said next to the button.
 */
export function CalendarButton(): ReactElement {
  const deps = useDeps();
  const flush = useApp((s) => s.flush);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; problem: boolean } | null>(null);

  async function save(): Promise<void> {
    setBusy(true);
    setMessage(null);
    try {
      await flush();
      const rows = await deps.repository.listPortfolio();
      const file = calendarFile(rows, deps.today(), deps.now());
      if (!file.ok) {
        setMessage({
          text: `The calendar was not made: ${file.errors.join('; ')}.`,
          problem: true,
        });
        return;
      }
      const result = await deps.platform.saveFile('ics', CALENDAR_FILE_NAME, file.value.bytes);
      if (result.saved) {
        const { events, organisations } = file.value;
        setMessage({
          text: `Saved ${result.name}: ${events} date${events === 1 ? '' : 's'} of ${organisations} organisation${organisations === 1 ? '' : 's'}.`,
          problem: false,
        });
      } else if (result.reason === 'failed') {
        setMessage({
          text: `The calendar was not saved${result.message ? `: ${result.message}` : ''}.`,
          problem: true,
        });
      }
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      setMessage({ text: `The calendar was not saved: ${why}.`, problem: true });
    } finally {
      setBusy(false);
    }
  }

  return (
    <span className="sv-calendar">
      <button
        type="button"
        className="btn"
        disabled={busy}
        onClick={() => void save()}
        title="Due and contact dates of every active organisation, for Outlook, Google or Apple Calendar"
      >
        Calendar (.ics)
      </button>
      {message ? (
        <span
          className={message.problem ? 'problem' : 'muted'}
          role={message.problem ? 'alert' : 'status'}
        >
          {message.text}
        </span>
      ) : null}
    </span>
  );
}
