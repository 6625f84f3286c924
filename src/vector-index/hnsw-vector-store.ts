import hnswlib from 'hnswlib-node';
import { Document } from '@langchain/core/documents';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { VectorStore } from '@langchain/core/vectorstores';
import { AppError } from '../errors.js';

const { HierarchicalNSW } = hnswlib;

/** HNSW build parameters (Malkov & Yashunin 2018, "Efficient and robust approximate nearest neighbor search using HNSW graphs"). */
export const hnswParameters = { m: 16, efConstruction: 200, efSearch: 64, randomSeed: 100 } as const;

/**
 * A LangChain `VectorStore` over an in-memory hnswlib-node index in cosine
 * space. Labels are positions in `ids`; document `metadata.id` is the chunk id.
 * `similaritySearchVectorWithScore` returns cosine **distances** (1 − cosine,
 * lower is closer), as LangChain's HNSWLib store does.
 */
export class HnswVectorStore extends VectorStore {
  declare FilterType: never;
  private readonly ids: string[] = [];

  private constructor(
    embeddings: EmbeddingsInterface,
    private readonly index: InstanceType<typeof HierarchicalNSW>,
    readonly dimensions: number,
  ) {
    super(embeddings, {});
  }

  _vectorstoreType(): string {
    return 'hnswlib-node';
  }

  /** An empty store for `capacity` vectors of `dimensions` numbers. */
  static create(embeddings: EmbeddingsInterface, dimensions: number, capacity: number): HnswVectorStore {
    const index = new HierarchicalNSW('cosine', dimensions);
    index.initIndex({ maxElements: Math.max(1, capacity), m: hnswParameters.m, efConstruction: hnswParameters.efConstruction, randomSeed: hnswParameters.randomSeed });
    index.setEf(hnswParameters.efSearch);
    return new HnswVectorStore(embeddings, index, dimensions);
  }

  /**
   * Loads an index file written by {@link HnswVectorStore.save}.
   * @param ids - chunk ids in label order (from the chunk store).
   * @throws {AppError} `index_corrupt` when the file cannot be read or its size disagrees with `ids`.
   */
  static load(embeddings: EmbeddingsInterface, filePath: string, dimensions: number, ids: string[]): HnswVectorStore {
    const index = new HierarchicalNSW('cosine', dimensions);
    try {
      index.readIndexSync(filePath);
    } catch (error) {
      throw new AppError('index_corrupt', `Vector index ${filePath} cannot be read; run \`npm run ingest\` to rebuild it.`, { cause: error });
    }
    if (index.getCurrentCount() !== ids.length) {
      throw new AppError('index_corrupt', `Vector index ${filePath} holds ${index.getCurrentCount()} vectors but the chunk store has ${ids.length}; run \`npm run ingest\`.`);
    }
    index.setEf(hnswParameters.efSearch);
    const store = new HnswVectorStore(embeddings, index, dimensions);
    store.ids.push(...ids);
    return store;
  }

  /** Writes the HNSW graph to `filePath` (hnswlib's binary format). */
  save(filePath: string): void {
    this.index.writeIndexSync(filePath);
  }

  /** Number of vectors stored. */
  get size(): number {
    return this.ids.length;
  }

  async addVectors(vectors: number[][], documents: Document[]): Promise<string[]> {
    const added: string[] = [];
    vectors.forEach((vector, position) => {
      const id = String(documents[position]?.metadata.id ?? this.ids.length);
      if (vector.length !== this.dimensions) throw new AppError('index_mismatch', `Vector for ${id} has ${vector.length} dimensions, the index ${this.dimensions}.`);
      if (this.ids.length >= this.index.getMaxElements()) this.index.resizeIndex(Math.max(16, this.ids.length * 2));
      // hnswlib normalises for cosine; an all-zero vector would divide by zero, so nudge it.
      this.index.addPoint(isZero(vector) ? unitVector(this.dimensions) : vector, this.ids.length);
      this.ids.push(id);
      added.push(id);
    });
    return added;
  }

  async addDocuments(documents: Document[]): Promise<string[]> {
    return this.addVectors(await this.embeddings.embedDocuments(documents.map((document) => document.pageContent)), documents);
  }

  async similaritySearchVectorWithScore(query: number[], k: number): Promise<[Document, number][]> {
    return this.searchIds(query, k).map(({ id, distance }) => [new Document({ pageContent: '', metadata: { id } }), distance]);
  }

  /** Nearest chunk ids to `query` with cosine distance (lower is closer); `[]` for an all-zero query. */
  searchIds(query: number[], k: number): { id: string; distance: number }[] {
    if (this.ids.length === 0 || isZero(query)) return [];
    const result = this.index.searchKnn(query, Math.min(k, this.ids.length));
    return result.neighbors.map((label, position) => ({ id: this.ids[label]!, distance: result.distances[position]! }));
  }
}

function isZero(vector: number[]): boolean {
  return vector.every((value) => value === 0);
}

function unitVector(dimensions: number): number[] {
  return Array.from({ length: dimensions }, (_, position) => (position === 0 ? 1 : 0));
}
