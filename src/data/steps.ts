// Reading a long document in slices. An adapter is written as a generator
// that `yield`s between entries; `finish` runs it at once (the synchronous
// adapters, tests), `finishSliced` hands the main thread back to the page
// whenever a slice has taken long enough, so that a feed of 100,000 entries
// is many short tasks instead of one long one.

/** An adapter's work: `yield` marks a point between entries where it may pause. */
export type Steps<T> = Generator<void, T, undefined>;

/** How long a slice of reading may run before the page gets the main thread back. */
export const SLICE_MS = 20;

/** At most this many pause points in one slice, however fast they come: a long read always pauses. */
const MAX_POINTS = 32;

/**
 * The part of a reading that runs in the current task: when it began and the
 * pause points it passed. One slice goes from decoding the bytes to the
 * model, so a document read in less than `SLICE_MS` is read in one task, and
 * a longer one pauses wherever its slice is spent.
 */
export class Slice {
  #start = performance.now();
  #points = 0;

  /** Whether this task has read long enough (`SLICE_MS`, or `MAX_POINTS` pause points) to hand the main thread back. */
  get spent(): boolean {
    return this.#points >= MAX_POINTS || performance.now() - this.#start >= SLICE_MS;
  }

  /** Counts a pause point of an adapter's steps. */
  point(): void {
    this.#points++;
  }

  /** Hands the main thread back; the next slice starts in the new task. */
  async pause(): Promise<void> {
    await yieldToPage();
    this.#start = performance.now();
    this.#points = 0;
  }
}

/** Runs `steps` to the end in this task. */
export function finish<T>(steps: Steps<T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** Runs `steps` to the end in `slice`, resuming in a new task whenever the slice is spent. */
export async function finishSliced<T>(steps: Steps<T>, slice = new Slice()): Promise<T> {
  let step = steps.next();
  while (!step.done) {
    slice.point();
    if (slice.spent) await slice.pause();
    step = steps.next();
  }
  return step.value;
}

type Scheduler = { yield?: () => Promise<void> };

/** Resumes in a new task (`scheduler.yield()` where the browser has it, so the continuation keeps its priority). */
export const yieldToPage = (): Promise<void> =>
  (globalThis as { scheduler?: Scheduler }).scheduler?.yield?.() ?? new Promise((resume) => setTimeout(resume, 0));
