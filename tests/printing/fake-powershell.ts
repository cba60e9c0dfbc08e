/**
 * A stand-in for powershell.exe running the RAW spooler helper: same start line, same job lines, same answers.
 * It writes what it was given next to `log` (.args, .name, .job, .starts) for the test to check.
 * Printer "treo" never answers (a spooler stuck in WritePrinter); a name with "không có" is ERROR_INVALID_PRINTER_NAME.
 */
export const FAKE_POWERSHELL = (log: string) => `#!/usr/bin/env node
const fs = require('node:fs');
const readline = require('node:readline');
fs.writeFileSync(${JSON.stringify(`${log}.args`)}, JSON.stringify(process.argv.slice(2)));
fs.appendFileSync(${JSON.stringify(`${log}.starts`)}, 'x');
process.stdout.write('ready\\n');
readline.createInterface({ input: process.stdin }).on('line', (line) => {
  const [id, name64, job64] = line.split(' ');
  const name = Buffer.from(name64, 'base64').toString('utf8');
  if (name === 'treo') return;
  if (name.includes('không có')) return void process.stdout.write(id + ' error 1801\\n');
  fs.writeFileSync(${JSON.stringify(`${log}.name`)}, name);
  fs.writeFileSync(${JSON.stringify(`${log}.job`)}, Buffer.from(job64, 'base64'));
  process.stdout.write(id + ' ok\\n');
});
`;
