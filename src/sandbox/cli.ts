import { parseArgs } from 'node:util';
import { DEMO_SANDBOX_CREDENTIALS, startSandbox, type SandboxCredentials } from './index';

/**
 * `npm run sandbox -- --port 8787 [--access-key K --secret S --user-id U --state-file F
 * --control-token T --seed N --callback-url URL --quiet]`: runs the sandbox standalone and prints
 * what a profile needs to reach it. The secret is printed because it is the sandbox's own
 * (the Demo secret unless --secret is given), never a real PandaPon secret.
 */
const USAGE = `Usage: npm run sandbox -- [--port N] [--access-key K --secret S --user-id U]
       [--state-file FILE] [--control-token T] [--seed N] [--callback-url URL] [--quiet]`;

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

function wholeNumber(text: string | undefined, name: string, fallback: number): number {
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text)) fail(`--${name} must be a whole number, not "${text}".`);
  return Number(text);
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: 'string' },
        'access-key': { type: 'string' },
        secret: { type: 'string' },
        'user-id': { type: 'string' },
        'state-file': { type: 'string' },
        'control-token': { type: 'string' },
        seed: { type: 'string' },
        'callback-url': { type: 'string' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    fail((error as Error).message);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const port = wholeNumber(values.port, 'port', 8787);
  if (port > 65_535) fail(`--port must be at most 65535, not ${port}.`);
  const credentials: SandboxCredentials = {
    accessKey: values['access-key'] ?? DEMO_SANDBOX_CREDENTIALS.accessKey,
    secret: values.secret ?? DEMO_SANDBOX_CREDENTIALS.secret,
    userId: values['user-id'] ?? DEMO_SANDBOX_CREDENTIALS.userId,
  };
  for (const [name, value] of Object.entries(credentials)) {
    if (!value.trim()) fail(`--${name} must not be empty.`);
  }

  const started = performance.now();
  const sandbox = await startSandbox({
    port,
    accounts: [credentials],
    ...(values.seed === undefined ? {} : { seed: wholeNumber(values.seed, 'seed', 0) }),
    ...(values['state-file'] ? { stateFile: values['state-file'] } : {}),
    ...(values['control-token'] ? { controlToken: values['control-token'] } : {}),
    ...(values['callback-url'] ? { callbackUrl: values['callback-url'] } : {}),
    ...(values.quiet ? {} : { log: (line: string) => process.stdout.write(`${line}\n`) }),
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  process.stdout.write(
    [
      `PandaPon sandbox ready in ${seconds} s`,
      `  base URL       ${sandbox.origin}`,
      `  access key     ${credentials.accessKey}`,
      `  secret         ${credentials.secret}`,
      `  user-id        ${credentials.userId}`,
      `  control token  ${sandbox.controlToken}  (header x-sandbox-control, /_sandbox/*)`,
      values['state-file'] ? `  state file     ${values['state-file']}` : '',
      'Press Ctrl-C to stop.',
      '',
    ]
      .filter((line) => line !== '')
      .join('\n') + '\n',
  );

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n${signal}: closing the sandbox…\n`);
    sandbox.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`The sandbox did not close cleanly: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`The sandbox did not start: ${(error as Error).message ?? String(error)}\n`);
  process.exit(1);
});
