import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningShell {
  /** The address with the token in its fragment, as the shell printed it. */
  readonly url: string;
  readonly origin: string;
  readonly token: string;
  readonly dataDir: string;
  /** The Demo profile's embedded sandbox (started on the first PandaPon call). */
  readonly sandbox: SandboxHandle;
  /** Everything the shell printed so far (stdout and stderr). */
  output(): string;
  stop(): Promise<void>;
}

export interface SandboxHandle {
  readonly origin: string;
  readonly controlToken: string;
  /** Calls the sandbox's control API (`/_sandbox/<path>`): time travel, faults, reset. */
  control(path: string, body?: unknown): Promise<unknown>;
}

/** A free loopback port, so the test knows where the Demo sandbox will listen. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function sandboxHandle(port: number, controlToken: string): SandboxHandle {
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    controlToken,
    async control(path, body) {
      const response = await fetch(`${origin}/_sandbox/${path.replace(/^\//, '')}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: { 'content-type': 'application/json', 'x-sandbox-control': controlToken },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      if (!response.ok) throw new Error(`sandbox control ${path}: HTTP ${response.status}`);
      const text = await response.text();
      return text ? (JSON.parse(text) as unknown) : null;
    },
  };
}

export interface ShellOptions {
  readonly dataDir?: string;
  readonly env?: Readonly<Record<string, string>>;
  readonly args?: readonly string[];
}

/**
 * Starts the real browser shell (`out/main/browser-shell.js`) on Node 24 with its own data
 * folder, and waits for the line with its address.
 */
export async function startShell(options: ShellOptions = {}): Promise<RunningShell> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'pandapon-desk-e2e-'));
  const sandboxPort = await freePort();
  const controlToken = randomBytes(16).toString('hex');
  const child: ChildProcess = spawn(
    process.execPath,
    ['out/main/browser-shell.js', '--no-open', '--data-dir', dataDir, ...(options.args ?? [])],
    {
      env: {
        ...process.env,
        PANDAPON_DESK_SANDBOX_PORT: String(sandboxPort),
        PANDAPON_DESK_SANDBOX_CONTROL_TOKEN: controlToken,
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let printed = '';
  child.stdout?.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (printed += chunk.toString()));

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`The shell did not start:\n${printed}`)),
      30_000,
    );
    const check = () => {
      const match = /^(http:\/\/127\.0\.0\.1:\d+\/#token=\S+)$/m.exec(printed);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => reject(new Error(`The shell exited (${code}):\n${printed}`)));
  });

  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: parsed.hash.replace('#token=', ''),
    dataDir,
    sandbox: sandboxHandle(sandboxPort, controlToken),
    output: () => printed,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
