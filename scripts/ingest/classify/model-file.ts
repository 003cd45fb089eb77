/**
 * The model's file, src/data/classifier-model.json (written by `npm run train`, read once per
 * run by the ingester): versioned, keys sorted, one feature per line so a retrain reads as a diff.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'astro/zod';
import { EVENT_TYPES } from '../../../src/model/schema/index.ts';
import type { ClassifierModel } from './model.ts';

export const MODEL_FILE = new URL('../../../src/data/classifier-model.json', import.meta.url);
export const MODEL_VERSION = 1;

const modelFileSchema = z.object({
  version: z.literal(MODEL_VERSION),
  /** The newest date in the training rows (not the clock: the same data gives the same file). */
  trained_at: z.string(),
  rows: z.object({ total: z.number().int(), relevant: z.number().int() }),
  thresholds: z.object({ candidate: z.number().min(0).max(1), possible: z.number().min(0).max(1) }),
  relevance: z.object({ bias: z.number(), weights: z.record(z.number()) }),
  type: z.object({
    classes: z.array(z.enum(EVENT_TYPES)).min(1),
    bias: z.array(z.number()),
    weights: z.record(z.array(z.number())),
  }),
});

export type ModelFile = z.infer<typeof modelFileSchema>;

/** The in-memory model of a parsed file (weights in Maps: a feature named like an Object key is just a key). */
export function fromFile(file: ModelFile): ClassifierModel {
  return {
    thresholds: file.thresholds,
    relevance: { bias: file.relevance.bias, weights: new Map(Object.entries(file.relevance.weights)) },
    type: { classes: file.type.classes, bias: file.type.bias, weights: new Map(Object.entries(file.type.weights)) },
  };
}

/** Parses and checks a model file's text; errors name the file and what is wrong. */
export function parseModelFile(text: string, name: string): ModelFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new Error(`${name}: not JSON (${(err as Error).message}); run npm run train`);
  }
  const result = modelFileSchema.safeParse(json);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`);
  throw new Error(`${name}: ${issues.join('; ')}; run npm run train`);
}

const cache = new Map<string, Promise<ClassifierModel>>();

/** Loads the model file once per process (every later call shares the first read). */
export function loadModel(file: URL | string = MODEL_FILE): Promise<ClassifierModel> {
  const key = String(file);
  let model = cache.get(key);
  if (!model) {
    model = readFile(file, 'utf8').then((text) => fromFile(parseModelFile(text, key)));
    cache.set(key, model);
  }
  return model;
}

const sortedObject = <T>(entries: [string, T][]) =>
  Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** The file's text: stable key order, numbers as fitted (already rounded), one weight per line, trailing newline. */
export function serializeModel(file: ModelFile): string {
  const ordered: ModelFile = {
    ...file,
    relevance: { bias: file.relevance.bias, weights: sortedObject(Object.entries(file.relevance.weights)) },
    type: { ...file.type, weights: sortedObject(Object.entries(file.type.weights)) },
  };
  // Arrays of numbers on one line: the type weights would otherwise take eight lines each.
  return `${JSON.stringify(ordered, null, 1).replace(/\[\n\s*([^[\]{}]*?)\n\s*\]/g, (_m, inner: string) => `[${inner.split(/,\s*/).join(',')}]`)}\n`;
}
