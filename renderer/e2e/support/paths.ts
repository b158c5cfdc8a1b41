/** Paths the end-to-end tests and the UI benchmark share. */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const SUPERVISE = join(REPO_ROOT, 'analytics/cli/supervise.mjs');
export const SAMPLE_EXPORTS = join(REPO_ROOT, 'sample-data/exports');
export const RENDERER_DIR = join(REPO_ROOT, 'renderer');
export const SCREENSHOTS = join(REPO_ROOT, 'renderer/e2e/screenshots');
