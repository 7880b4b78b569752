/** Writes the default report template to docs/report-template.txt for certifying bodies to edit. */
import { writeFileSync } from 'node:fs';
import { DEFAULT_REPORT_TEMPLATE } from '../shared/report/default-template';

writeFileSync(new URL('../docs/report-template.txt', import.meta.url), DEFAULT_REPORT_TEMPLATE);
