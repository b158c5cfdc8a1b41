// Preloaded into the CLI child by bad-files.test.ts (`node --import rss-probe.mjs supervise.mjs …`):
// at exit it writes the process's peak resident set size (KiB, from getrusage) to the file named by
// SUPERVISE_RSS_FILE. Works wherever node runs, unlike /usr/bin/time, which Debian images may lack.
import { writeFileSync } from 'node:fs';

const out = process.env.SUPERVISE_RSS_FILE;
if (out) process.on('exit', () => writeFileSync(out, String(process.resourceUsage().maxRSS)));
