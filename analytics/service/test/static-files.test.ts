/**
 * Static file resolution (browser mode and the Electron app:// protocol): everything outside the
 * renderer folder is refused, however the path is spelled, symlinks included; folders are not files.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTypeOf, resolveStaticPath } from '../http/static-files.ts';
import { tempDir } from './fixture.ts';

const tmp = tempDir('static-test-');
const root = join(tmp.dir, 'dist');

beforeAll(() => {
  mkdirSync(join(root, 'assets', 'deep'), { recursive: true });
  writeFileSync(join(root, 'index.html'), 'index');
  writeFileSync(join(root, 'assets', 'a.js'), 'a');
  writeFileSync(join(root, 'assets', '中文 名.css'), 'c');
  writeFileSync(join(tmp.dir, 'secret.txt'), 'secret');
  symlinkSync(join(tmp.dir, 'secret.txt'), join(root, 'escape.txt'));
  symlinkSync(tmp.dir, join(root, 'up'));
  symlinkSync(join(root, 'assets', 'a.js'), join(root, 'inside.js'));
});
afterAll(() => tmp.cleanup());

describe('resolveStaticPath', () => {
  it('serves files inside the folder with their types, index.html for / and client routes', () => {
    expect(resolveStaticPath(root, '/')).toMatchObject({ kind: 'file', path: join(root, 'index.html'), contentType: 'text/html; charset=utf-8' });
    expect(resolveStaticPath(root, '/assets/a.js')).toMatchObject({ kind: 'file', contentType: 'text/javascript; charset=utf-8' });
    expect(resolveStaticPath(root, '/assets/%E4%B8%AD%E6%96%87%20%E5%90%8D.css')).toMatchObject({ kind: 'file', contentType: 'text/css; charset=utf-8' });
    expect(resolveStaticPath(root, '/inside.js')).toMatchObject({ kind: 'file' });
    expect(resolveStaticPath(root, '/penalties')).toMatchObject({ kind: 'file', path: join(root, 'index.html') });
    expect(resolveStaticPath(root, '/missing.js')).toEqual({ kind: 'not-found' });
  });

  it('refuses every way out of the folder', () => {
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/%2E%2E/secret.txt', '/..%2fsecret.txt', '/..%2Fsecret.txt', '/assets/../../secret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.txt', '/..\\secret.txt', '/..%5csecret.txt', '//etc/passwd', '/%2fetc%2fpasswd', '/C:/Windows/win.ini',
      '/c:%5cWindows', '/./index.html', '/%00', '/%zz', 'secret.txt', '/escape.txt', '/up/secret.txt']) {
      expect(resolveStaticPath(root, p).kind, p).not.toBe('file');
    }
    expect(resolveStaticPath(root, '/escape.txt')).toEqual({ kind: 'forbidden' });
    expect(resolveStaticPath(root, '/%2e%2e/secret.txt')).toEqual({ kind: 'forbidden' });
  });

  it('never treats a folder as a file (no listing)', () => {
    expect(resolveStaticPath(root, '/assets')).toEqual({ kind: 'not-found' });
    expect(resolveStaticPath(root, '/assets/')).toEqual({ kind: 'not-found' });
    expect(resolveStaticPath(root, '/assets/deep')).toEqual({ kind: 'not-found' });
  });

  it('knows the usual content types', () => {
    expect(contentTypeOf('x.woff2')).toBe('font/woff2');
    expect(contentTypeOf('x.svg')).toBe('image/svg+xml');
    expect(contentTypeOf('x.unknown')).toBe('application/octet-stream');
  });
});
