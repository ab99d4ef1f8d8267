// Run in a child process by no-keychain.test.ts, with an environment where no keychain works.
// Prints what the key vault reported, as one JSON line.
import { createKeytarVault } from '../../../src/main/keychain';
import { createLogger } from '../../../src/main/log';

const vault = createKeytarVault({
  log: createLogger({ level: 'error' }),
  service: `PandaPon Desk test ${process.pid}`,
});

const report: Record<string, unknown> = {};
try {
  await vault.set('p_0123456789abcdef', 'never-stored-secret');
  report.set = 'stored';
} catch (error) {
  const info = error as { code?: string; message?: string; details?: unknown };
  report.set = { code: info.code, message: info.message, details: info.details };
}
report.status = await vault.available();
process.stdout.write(`${JSON.stringify(report)}\n`);
