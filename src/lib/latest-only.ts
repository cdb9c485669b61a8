/**
 * Runs a task at once when none is running; while one runs, further calls collapse into a single
 * run that starts as soon as the current one ends. The search page uses it instead of a fixed
 * debounce: a search on an index Pagefind has already loaded takes a few milliseconds, so waiting
 * after each keystroke only delays the results, while running every call could pile searches up
 * behind a slow one. The task reads its input when it starts, so the collapsed run sees the
 * newest state.
 */
export function latestOnly(task: () => Promise<unknown>): () => void {
  let running = false;
  let pending = false;
  const start = () => {
    running = true;
    pending = false;
    void task().finally(() => {
      running = false;
      if (pending) start();
    });
  };
  return () => {
    if (running) pending = true;
    else start();
  };
}
