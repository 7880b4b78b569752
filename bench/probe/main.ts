// The benchmark page's entry (probe.html, built by bench/vite.probe.config.ts into
// out/bench-renderer beside a copy of the product build): the app as the product starts it, then
// its measuring points as `window.fieldbookProbe` (bench/probe-api.ts). Never shipped.
import { startApp } from '../../src-renderer/boot';
import { installProbe } from './probe';

const root = document.getElementById('root');
// `?nojournal`: the journal comparison (bench/web-journal.ts) runs the app without its journal.
const journal = !/[?&]nojournal\b/.test(location.search);
if (root) {
  void startApp(root, { journal }).then((app) => {
    if (app) installProbe(app.store, app.deps, app.db);
  });
}
