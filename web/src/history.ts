/**
 * The URL is the state: every step a planner can go Back to is a history entry (push); panning
 * and zooming refine the current entry (replace). Back and Forward hand the entry's state back.
 */
import { encodeState, historyStep, parseState, type BadParameter, type ViewState } from './state.js';

export class UrlHistory {
  constructor(private readonly onRestore: (s: ViewState) => void) {
    window.addEventListener('popstate', () => onRestore(parseState(location.search).state));
  }

  /** The state in the address bar, and the parameters that could not be used. */
  read(): { state: ViewState; bad: BadParameter[] } {
    return parseState(location.search);
  }

  /** Records `next` as a new entry or as a refinement of the current one. */
  write(prev: ViewState, next: ViewState, force?: 'push' | 'replace'): void {
    const step = force ?? historyStep(prev, next);
    if (step === 'none') return;
    const url = `${location.pathname}${encodeState(next)}`;
    if (step === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }
}
