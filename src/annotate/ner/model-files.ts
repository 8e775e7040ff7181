// Where the committed NER model lives and how its parts are read and written.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { Gazetteer } from './gazetteer.ts';
import { decodeWeights, type CompactWeights } from './weights.ts';

/**
 * The committed model, unless SITREP_NER_MODEL names another folder (experiments: score a model
 * trained with `scripts/train-ner.ts --out DIR` without touching models/ner).
 */
export const MODEL_DIR = process.env.SITREP_NER_MODEL
  ? path.resolve(process.env.SITREP_NER_MODEL)
  : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../models/ner');
export const WEIGHTS_FILE = 'weights.bin.gz';
export const META_FILE = 'meta.json';

export interface ModelMeta {
  /** Gazetteer list names in feature-template order. */
  gazetteers: string[];
  [k: string]: unknown;
}

export const gazetteerFile = (name: string) => `gaz-${name}.txt.gz`;

export function writeNameList(dir: string, name: string, phrases: Iterable<string>): void {
  const text = [...phrases].sort().join('\n') + '\n';
  fs.writeFileSync(path.join(dir, gazetteerFile(name)), zlib.gzipSync(text, { level: 9 }));
}

export function readGazetteers(dir: string, names: string[]): Gazetteer[] {
  return names.map((name) => {
    const text = zlib.gunzipSync(fs.readFileSync(path.join(dir, gazetteerFile(name)))).toString('utf8');
    return new Gazetteer(name, text.split('\n').filter(Boolean));
  });
}

export interface LoadedModel {
  meta: ModelMeta;
  gazetteers: Gazetteer[];
  weights: CompactWeights;
}

export function readModel(dir: string = MODEL_DIR): LoadedModel {
  const meta = JSON.parse(fs.readFileSync(path.join(dir, META_FILE), 'utf8')) as ModelMeta;
  return {
    meta,
    gazetteers: readGazetteers(dir, meta.gazetteers),
    weights: decodeWeights(fs.readFileSync(path.join(dir, WEIGHTS_FILE))),
  };
}
