// The classifier in use: the active model version in the database, kept in memory until a newer
// one is trained or activated (by any process).

import type { Kysely } from 'kysely';
import type { DB } from '../store/schema.js';
import { activeModel, activeModelVersion, CLASSIFIER } from '../store/models.js';
import type { ClassifierModel } from '../text/classifier.js';

/** Keeps the active model in memory; a newer version in the database replaces it. */
export class ModelCache {
  private current: { version: number; model: ClassifierModel } | null = null;
  constructor(private readonly db: Kysely<DB>) {}
  async get(): Promise<{ version: number; model: ClassifierModel } | null> {
    // One indexed lookup per request tells whether a newer model was trained (by any process).
    const version = await activeModelVersion(this.db, CLASSIFIER);
    if (version == null) return (this.current = null);
    if (this.current?.version !== version) {
      const stored = await activeModel<ClassifierModel>(this.db, CLASSIFIER);
      this.current = stored ? { version: stored.version, model: stored.model } : null;
    }
    return this.current;
  }
}
