import type { Pipeline } from '../pipeline.js';

/**
 * A getter for something built from the current pipeline (e.g. the ticket
 * assistant), rebuilt once after each index swap so it never keeps serving
 * from the old index. `derive` runs at once for the current pipeline, so its
 * errors surface at start-up.
 */
export function followPipeline<T>(current: () => Pipeline, derive: (pipeline: Pipeline) => T): () => T {
  let source = current();
  let derived = derive(source);
  return () => {
    const pipeline = current();
    if (pipeline !== source) {
      derived = derive(pipeline);
      source = pipeline;
    }
    return derived;
  };
}
