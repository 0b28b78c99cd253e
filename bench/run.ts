import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// `npm run bench -- <name> [args]` runs bench/<name>/main.ts. Benchmarks are discovered, not registered, so a
// new one is a new folder with a main.ts. A main.ts may export `main(args)`, or read process.argv as a script.
const benchDirectory = dirname(fileURLToPath(import.meta.url));
const available = readdirSync(benchDirectory, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(benchDirectory, entry.name, 'main.ts')))
  .map((entry) => entry.name)
  .sort();

const [name, ...args] = process.argv.slice(2);
if (!name || name === '--help' || !available.includes(name)) {
  const stream = name && name !== '--help' ? process.stderr : process.stdout;
  if (name && name !== '--help') stream.write(`Unknown benchmark "${name}".\n`);
  stream.write(`Usage: npm run bench -- <name> [args]\nAvailable: ${available.join(', ') || '(none)'}\n`);
  process.exit(name && name !== '--help' ? 1 : 0);
}

const entry = join(benchDirectory, name, 'main.ts');
process.argv = [process.argv[0]!, entry, ...args];
const benchmark = (await import(pathToFileURL(entry).href)) as {
  main?: (args: string[]) => Promise<void> | void;
};
if (typeof benchmark.main === 'function') await benchmark.main(args);
