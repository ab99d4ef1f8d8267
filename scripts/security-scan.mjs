#!/usr/bin/env node
// The Electron security scan: electronegativity over src/, compared with the reviewed findings in
// security/electronegativity-accepted.json. A new finding fails with the check, place and reason.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const accepted = JSON.parse(
  readFileSync('security/electronegativity-accepted.json', 'utf8'),
).accepted;
const dir = mkdtempSync(join(tmpdir(), 'pandapon-desk-scan-'));
const csv = join(dir, 'findings.csv');

try {
  const scan = spawnSync(
    process.execPath,
    [
      'node_modules/@doyensec/electronegativity/dist/index.js',
      '-i',
      'src',
      '-r',
      '-e',
      electronVersion,
      '-o',
      csv,
      '-v',
      'false',
    ],
    { encoding: 'utf8', timeout: 300_000 },
  );
  let text;
  try {
    text = readFileSync(csv, 'utf8');
  } catch {
    console.error(`The security scan did not run:\n${scan.stderr || scan.stdout}`);
    process.exit(1);
  }
  const findings = text
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((line) => {
      const [check, severity, confidence, file, location] = csvCells(line);
      return { check, severity, confidence, file, location };
    });
  const unexpected = findings.filter(
    (finding) =>
      !accepted.some((entry) => entry.check === finding.check && entry.file === finding.file),
  );
  console.log(
    `electronegativity ${electronVersion}: ${findings.length} findings, ${findings.length - unexpected.length} reviewed and accepted.`,
  );
  if (unexpected.length > 0) {
    for (const finding of unexpected) {
      console.error(
        `  ${finding.check} (${finding.severity}, ${finding.confidence}) in src/${finding.file}:${finding.location}`,
      );
    }
    console.error(
      'Fix these, or review them and add them with the reason to security/electronegativity-accepted.json.',
    );
    process.exit(1);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/** The cells of one CSV line; quoted cells may hold commas (a CSP sample does). */
function csvCells(line) {
  const cells = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < line.length; index += 1) {
    const char = line[index];
    if (char === '"') {
      if (quoted && line[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else quoted = !quoted;
    } else if (char === ',' && !quoted) {
      cells.push(cell.trim());
      cell = '';
    } else cell += char;
  }
  cells.push(cell.trim());
  return cells;
}
