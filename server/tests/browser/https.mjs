// Logging in over HTTPS from another host, in real headless Chromium: started by
// server/tests/browser_https.rs inside a client network namespace, against a server in its
// own namespace, with BOOTFORGE_HTTP (the plain listener), BOOTFORGE_USER,
// BOOTFORGE_PASSWORD, SCREENSHOT_DIR and CHROMIUM set.
import { chromium } from 'playwright-core';
import { mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';

const http = process.env.BOOTFORGE_HTTP;
const shots = process.env.SCREENSHOT_DIR;
mkdirSync(shots, { recursive: true });

const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'bootforge-https-')), {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  // The server's certificate is self-signed (made on first start); the test checks the
  // transport and the cookies, not the certificate chain.
  ignoreHTTPSErrors: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1366, height: 800 },
});
const page = context.pages()[0] ?? await context.newPage();
page.setDefaultTimeout(20000);
try {
  // An operator types the plain address: sent to HTTPS, then to the login form.
  await page.goto(`${http}/machines`);
  const login = new URL(page.url());
  assert.equal(login.protocol, 'https:', `redirected to HTTPS, got ${page.url()}`);
  assert.equal(login.pathname, '/login');
  await page.fill('input[name=username]', process.env.BOOTFORGE_USER);
  await page.fill('input[name=password]', process.env.BOOTFORGE_PASSWORD);
  await page.click('button[type=submit]');
  await page.waitForURL(/\/machines/);
  assert.equal(new URL(page.url()).protocol, 'https:');
  const cookies = await context.cookies();
  const session = cookies.find((c) => c.name === 'bf_session');
  assert.ok(session, `session cookie kept by the browser: ${JSON.stringify(cookies)}`);
  assert.equal(session.secure, true, 'Secure over TLS');
  assert.equal(session.httpOnly, true);
  // The session works for the next page too (it used to loop back to the login page).
  await page.goto(new URL('/network', page.url()).href);
  assert.equal(new URL(page.url()).pathname, '/network');
  await page.screenshot({ path: join(shots, 'https-network.png') });
  console.log('ok - login over HTTPS from another host');
} catch (e) {
  console.log(`FAILED - login over HTTPS: ${e.stack || e}`);
  await page.screenshot({ path: join(shots, 'failed-https-login.png'), fullPage: true }).catch(() => {});
  process.exitCode = 1;
} finally {
  await context.close();
}
