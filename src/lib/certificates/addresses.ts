/**
 * Holders' e-mail addresses for their packs: `certificates/addresses.csv`, one line per trainer
 * (trainer file name, e-mail), kept where nothing is committed or published. Read with csv-parse,
 * so a sheet saved from a spreadsheet (quotes, a byte-order mark, Windows line ends) reads as typed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { z } from 'astro/zod';
import { displayRoot, type Problem } from '../site/content/files.ts';

export const ADDRESSES_FILE = 'addresses.csv';

const email = z.email();

/**
 * The addresses in `certificatesDir/addresses.csv` by trainer file name (none when there is no such
 * file), and every problem in it: a line that is not two columns, a trainer with no file in
 * `trainers`, an address that is not one, a trainer named twice. An optional first line
 * `trainer,email` is a header.
 */
export function readAddresses(
  certificatesDir: string,
  trainers: ReadonlySet<string>,
): { addresses: Map<string, string>; problems: Problem[] } {
  const path = join(certificatesDir, ADDRESSES_FILE);
  const file = `${displayRoot(certificatesDir)}/${ADDRESSES_FILE}`;
  const addresses = new Map<string, string>();
  const problems: Problem[] = [];
  if (!existsSync(path)) return { addresses, problems };
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    // With `info`, each row comes with the line it was read from.
    rows = parse(readFileSync(path), {
      bom: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
    }) as unknown as typeof rows;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { addresses, problems: [{ file, field: '', message: `could not be read as CSV: ${reason}` }] };
  }
  const lineOf = new Map<string, number>();
  for (const { record, info } of rows) {
    const field = `line ${info.lines}`;
    const problem = (message: string) => problems.push({ file, field, message });
    const [trainerCell = '', address = ''] = record;
    if (info.lines === 1 && /^trainer$/i.test(trainerCell) && /^e-?mail$/i.test(address)) continue;
    const trainer = trainerCell.replace(/\.md$/, '');
    // The address itself is never repeated in a message: the terminal's scrollback is not a place for it.
    if (record.length !== 2) problem("expected two columns: the trainer's file name and their e-mail address");
    else if (!trainers.has(trainer))
      problem(`expected the file name of a trainer in content/trainers/, like ana-lopez; found "${trainerCell}"`);
    else if (!email.safeParse(address).success)
      problem(`expected an e-mail address for ${trainer} in the second column`);
    else if (lineOf.has(trainer))
      problem(`expected one address per trainer; ${trainer} is on line ${lineOf.get(trainer)} too`);
    else {
      lineOf.set(trainer, info.lines);
      addresses.set(trainer, address);
    }
  }
  return { addresses, problems };
}
