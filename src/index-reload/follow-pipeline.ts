import type { Pipeline } from '../pipeline.js';

/** A getter for something derived from the current pipeline; see {@link followPipeline}. */
export interface PipelineFollower<T> {
  (): T;
  /**
   * Drops the derived value and the pipeline it came from; the next call
   * derives anew from the current pipeline. Call it after an index swap: until
   * then the old pipeline (its whole index) stays reachable from here.
   */
  forget(): void;
}

/**
 * A getter for something built from the current pipeline (e.g. the ticket
 * assistant), rebuilt once after each index swap so it never keeps serving
 * from the old index. `derive` runs at once for the current pipeline, so its
 * errors surface at start-up.
 */
export function followPipeline<T>(current: () => Pipeline, derive: (pipeline: Pipeline) => T): PipelineFollower<T> {
  const first = current();
  let cache: { source: Pipeline; derived: T } | undefined = { source: first, derived: derive(first) };
  const follower = (): T => {
    const pipeline = current();
    if (cache?.source !== pipeline) cache = { source: pipeline, derived: derive(pipeline) };
    return cache.derived;
  };
  return Object.assign(follower, {
    forget: () => {
      cache = undefined;
    },
  });
}
