import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderCoverage } from '../src/shared/pandapon/coverage';

/**
 * Writes docs/api-coverage.md from the catalogue. Run after changing any declaration:
 * `npm exec -- tsx scripts/api-coverage.ts`. A unit test fails when the committed file is stale.
 */
const target = fileURLToPath(new URL('../docs/api-coverage.md', import.meta.url));
writeFileSync(target, renderCoverage());
console.log(`wrote ${target}`);
