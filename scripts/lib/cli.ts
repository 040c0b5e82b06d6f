/**
 * Command-line options for the scripts: `--help` prints the usage, and an
 * option the script does not know is one line and the usage, exit code 2 —
 * not a stack trace.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Parsed<T extends ParseArgsConfig> = ReturnType<typeof parseArgs<T & { args: string[]; strict: true }>>;

export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * The options in `argv` as `parseArgs` reads them (strict), or `null` when
 * `--help` was asked for. Throws a UsageError for an option it does not know
 * or a value missing.
 */
export function readOptions<T extends ParseArgsConfig>(argv: string[], config: T): Parsed<T> | null {
  if (argv.includes('--help') || argv.includes('-h')) return null;
  try {
    return parseArgs({ ...config, args: argv, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message.split('\n')[0] ?? String(err));
  }
}

/** `readOptions` for a script's own command line: the usage printed and the process ended on `--help` or a mistake. */
export function options<T extends ParseArgsConfig>(usage: string, config: T, argv = process.argv.slice(2)): Parsed<T> {
  let values;
  try {
    values = readOptions(argv, config);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    console.error(`${err.message}\n\n${usage}`);
    process.exit(2);
  }
  if (!values) {
    console.log(usage);
    process.exit(0);
  }
  return values;
}
