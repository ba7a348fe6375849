/**
 * innograph's network explorer. Where things are:
 * - app.ts: the conductor (state → scene → graph, panel, table; history)
 * - state.ts / history.ts: the URL as the state; Back and Forward
 * - overview.ts, trace-view.ts, paths-view.ts: the three scenes; layouts.ts, clusters.ts: positions
 * - graph-view.ts: Cytoscape; legend.ts: its stylesheet from the ontology
 * - filters.ts, table.ts, elements.ts, words.ts: pure data shaping (unit-tested)
 * - panel.ts, search.ts, table-view.ts, charts.ts: the page's other parts
 */
import { App } from './app.js';
import { GroupKeys } from './group-keys.js';
import { OffscreenNote } from './offscreen-note.js';
import './style.css';

const app = new App();
// Collapsed groups reachable by keyboard (their own module: the app need not know of them).
const keys = document.getElementById('group-keys');
if (keys) new GroupKeys(app.graph.cy, keys, () => app.state.lang);
// A filter read by panning says how much is out of view (issue 18).
const note = document.getElementById('offscreen-note');
if (note)
  new OffscreenNote(
    app.graph.cy,
    note,
    () => app.state.lang,
    () => app.kept.minZoom > 0,
  );
void app.start();
// A read-only handle for end-to-end tests and for curious planners in the console.
(window as unknown as { innograph: App }).innograph = app;
