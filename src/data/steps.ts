// Reading a long document in slices. An adapter is written as a generator
// that `yield`s between entries; `finish` runs it at once (the synchronous
// adapters, tests), `finishSliced` hands the main thread back to the page
// whenever a slice has taken long enough, so that a feed of 100,000 entries
// is many short tasks instead of one long one.

/** An adapter's work: `yield` marks a point between entries where it may pause. */
export type Steps<T> = Generator<void, T, undefined>;

/** How long a slice of reading may run before the page gets the main thread back. */
const SLICE_MS = 20;

/** At most this many pause points in one slice, however fast they come: a long read always pauses. */
const MAX_POINTS = 32;

/** Runs `steps` to the end in this task. */
export function finish<T>(steps: Steps<T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** Runs `steps` to the end, resuming in a new task whenever a slice has run for `SLICE_MS` or passed `MAX_POINTS`. */
export async function finishSliced<T>(steps: Steps<T>): Promise<T> {
  let sliceStart = performance.now();
  let points = 0;
  let step = steps.next();
  while (!step.done) {
    points++;
    if (points >= MAX_POINTS || performance.now() - sliceStart >= SLICE_MS) {
      await yieldToPage();
      sliceStart = performance.now();
      points = 0;
    }
    step = steps.next();
  }
  return step.value;
}

type Scheduler = { yield?: () => Promise<void> };

/** Resumes in a new task (`scheduler.yield()` where the browser has it, so the continuation keeps its priority). */
export const yieldToPage = (): Promise<void> =>
  (globalThis as { scheduler?: Scheduler }).scheduler?.yield?.() ?? new Promise((resume) => setTimeout(resume, 0));
