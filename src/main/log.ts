import { appendFileSync, mkdirSync, renameSync, statSync, existsSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * One logger per module (`log.child('batch')`), one line per event. Values under keys that can
 * hold a secret or personal data are replaced before the line is written, so a careless call
 * cannot leak a secret, a signature, a phone number or an address into the log file.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Readonly<Record<string, unknown>>;

export interface Logger {
  debug(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
  child(module: string): Logger;
}

const LEVELS: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

const REDACTED_KEY =
  /secret|signature|^sign$|password|passwd|token|authorization|cookie|phone|mobile|address|email|taxid|nonce/i;

/** Keys that look sensitive but are safe ids (kept readable so a person can find the thing). */
const SAFE_KEYS = new Set(['addressId', 'hasSecret', 'secretHint', 'tokenLength']);

export function redact(value: unknown, depth = 0): unknown {
  if (depth > 6) return '[deep]';
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  if (value instanceof Error) return { name: value.name, message: redactText(value.message) };
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      out[key] =
        REDACTED_KEY.test(key) && !SAFE_KEYS.has(key) ? '[redacted]' : redact(inner, depth + 1);
    }
    return out;
  }
  if (typeof value === 'string') return redactText(value);
  return value;
}

/** Masks long digit runs that look like phone numbers and 32-hex signatures inside free text. */
export function redactText(text: string): string {
  return text
    .replace(/\b[0-9A-F]{32}\b/g, '[hex32]')
    .replace(/(?<![\w-])\+?\d[\d -]{9,}\d(?![\w-])/g, (match) =>
      match.replace(/\d(?=[\d -]{4})/g, '•'),
    );
}

export interface LoggerOptions {
  /** Log file; rotated at `maxBytes`, keeping `keep` old files. Omit to log to stderr only. */
  readonly file?: string;
  readonly level?: LogLevel;
  readonly maxBytes?: number;
  readonly keep?: number;
  /** Also write to stderr (development, browser shell). */
  readonly console?: boolean;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const minLevel = LEVELS[options.level ?? 'info'];
  const maxBytes = options.maxBytes ?? 5 * 1024 * 1024;
  const keep = options.keep ?? 3;
  let written = 0;

  if (options.file) {
    mkdirSync(dirname(options.file), { recursive: true });
    written = existsSync(options.file) ? statSync(options.file).size : 0;
  }

  const rotate = (file: string) => {
    rmSync(`${file}.${keep}`, { force: true });
    for (let index = keep - 1; index >= 1; index--) {
      if (existsSync(`${file}.${index}`)) renameSync(`${file}.${index}`, `${file}.${index + 1}`);
    }
    renameSync(file, `${file}.1`);
    written = 0;
  };

  const write = (level: LogLevel, module: string, event: string, fields?: LogFields) => {
    if (LEVELS[level] < minLevel) return;
    const rest = fields ? ` ${JSON.stringify(redact(fields))}` : '';
    const line = `${new Date().toISOString()} ${level.toUpperCase()} [${module}] ${redactText(event)}${rest}\n`;
    if (options.console) process.stderr.write(line);
    if (!options.file) return;
    try {
      if (written + line.length > maxBytes && written > 0) rotate(options.file);
      appendFileSync(options.file, line);
      written += Buffer.byteLength(line);
    } catch {
      // A full disk or a removed folder must not take the app down; the line is lost.
    }
  };

  const make = (module: string): Logger => ({
    debug: (event, fields) => write('debug', module, event, fields),
    info: (event, fields) => write('info', module, event, fields),
    warn: (event, fields) => write('warn', module, event, fields),
    error: (event, fields) => write('error', module, event, fields),
    child: (name) => make(module === 'app' ? name : `${module}.${name}`),
  });

  return make('app');
}

/** A logger that drops everything: for tests that do not look at logs. */
export const silentLogger: Logger = createLogger({ level: 'error' });
