import type { ReactElement } from 'react';
import type { DocumentId } from '../../../shared/evidence/types';
import type { AddJob } from '../../services/evidence/library-state';

interface Props {
  readonly jobs: readonly AddJob[];
  readonly onClear: () => void;
  readonly onOpen: (documentId: DocumentId) => void;
}

/** Files being added (with pages read for a PDF) and what came of each. */
export function AddJobs({ jobs, onClear }: Props): ReactElement | null {
  if (jobs.length === 0) return null;
  const busy = jobs.some((j) => j.state === 'reading' || j.state === 'saving');
  return (
    <section className="panel lib-jobs" aria-label="Documents being added" aria-live="polite">
      <ul>
        {jobs.map((job) => (
          <li key={job.id} data-state={job.state} data-tone={job.tone}>
            <span className="job-name">{job.name}</span>
            {job.state === 'reading' || job.state === 'saving' ? (
              <span className="progress">
                <span className="bar">
                  <span
                    style={{
                      width: `${job.total > 0 ? Math.round((100 * job.done) / job.total) : 5}%`,
                    }}
                  />
                </span>
                <span className="muted">
                  {job.state === 'saving'
                    ? 'saving…'
                    : job.total > 0
                      ? `page ${job.done} of ${job.total}`
                      : 'reading…'}
                </span>
              </span>
            ) : (
              <span className="job-message">{job.message}</span>
            )}
          </li>
        ))}
      </ul>
      {!busy ? (
        <button type="button" className="btn small" onClick={onClear}>
          Clear these messages
        </button>
      ) : null}
    </section>
  );
}
