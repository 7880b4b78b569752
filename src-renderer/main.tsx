// The product's entry: the app, nothing else (the benchmark page is a separate build, bench/probe).
import { startApp } from './boot';

const root = document.getElementById('root');
if (root) void startApp(root);
