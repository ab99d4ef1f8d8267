import { buildIfNeeded } from '../../scripts/build-if-needed.mjs';

/** The end-to-end tests drive the built app, so build it once before the first test. */
export default function globalSetup(): void {
  buildIfNeeded({ quiet: true });
}
