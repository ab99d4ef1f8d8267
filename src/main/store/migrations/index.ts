import { AFTERSALES_MIGRATION_SQL } from '../../aftersales/migration';
import { BATCH_MIGRATION_SQL } from '../../batch/migration';
import { initialSchema } from './001-initial';
import { productsByIdSchema } from './004-products-by-id';

export interface Migration {
  /** 1, 2, 3 … in order, no gaps. */
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/**
 * Every schema change of a profile's store, in order. To change the schema, append a migration
 * (its SQL in its own file next to this one); never edit or reorder one that has shipped, its
 * checksum is recorded in every profile file.
 */
export const migrations: readonly Migration[] = [
  { version: 1, name: 'initial', sql: initialSchema },
  { version: 2, name: 'batch-runs', sql: BATCH_MIGRATION_SQL },
  { version: 3, name: 'aftersales', sql: AFTERSALES_MIGRATION_SQL },
  { version: 4, name: 'products-by-id', sql: productsByIdSchema },
];
