import type { ReactElement } from 'react';
import type { Contact } from '../../../shared/types/record';

interface Props {
  readonly contacts: readonly Contact[];
  readonly onChange: (contacts: readonly Contact[]) => void;
}

const EMPTY: Contact = { name: '', role: '', email: '', phone: '' };
const FIELDS = [
  { key: 'name', label: 'Name' },
  { key: 'role', label: 'Role' },
  { key: 'email', label: 'Email' },
  { key: 'phone', label: 'Phone' },
] as const;

/** The client's contacts: one row each, added and removed in place. */
export function ContactsEditor({ contacts, onChange }: Props): ReactElement {
  const update = (index: number, patch: Partial<Contact>): void =>
    onChange(contacts.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  return (
    <div className="field" style={{ gridColumn: '1 / -1' }}>
      <span className="label">Contacts at the organisation</span>
      {contacts.length === 0 ? <span className="hint">No contacts recorded.</span> : null}
      {contacts.map((contact, index) => (
        <div key={index} className="contact-row" role="group" aria-label={`Contact ${index + 1}`}>
          {FIELDS.map((f) => (
            <input
              key={f.key}
              aria-label={`${f.label} of contact ${index + 1}`}
              placeholder={f.label}
              value={contact[f.key]}
              maxLength={1000}
              onChange={(e) => update(index, { [f.key]: e.target.value })}
            />
          ))}
          <button
            type="button"
            className="btn small"
            aria-label={`Remove contact ${index + 1}`}
            onClick={() => onChange(contacts.filter((_, i) => i !== index))}
          >
            Remove
          </button>
        </div>
      ))}
      <div>
        <button type="button" className="btn small" onClick={() => onChange([...contacts, EMPTY])}>
          Add contact
        </button>
      </div>
    </div>
  );
}
