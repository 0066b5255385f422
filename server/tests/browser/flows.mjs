// Dashboard flows in real headless Chromium via playwright-core (no bundled browser).
// Started by server/tests/browser.rs with BOOTFORGE_URL, BOOTFORGE_USER, BOOTFORGE_PASSWORD
// and SCREENSHOT_DIR set, against a fresh server.
import { chromium } from 'playwright-core';
import { mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';

const base = process.env.BOOTFORGE_URL;
const user = process.env.BOOTFORGE_USER;
const password = process.env.BOOTFORGE_PASSWORD;
const shots = process.env.SCREENSHOT_DIR;
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
mkdirSync(shots, { recursive: true });

const MAC = '52:54:00:12:34:56';
const NEW_MAC = '52:54:00:aa:00:01';

// A boot endpoint fetch records a `script` boot event (and discovers unknown MACs).
async function bootFetch(mac) {
  const r = await fetch(`${base}/boot/${mac.replaceAll(':', '-')}.ipxe`);
  assert.equal(r.status, 200, `boot script for ${mac}`);
}

const userDataDir = mkdtempSync(join(tmpdir(), 'bootforge-chromium-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: chromiumPath,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1366, height: 800 },
});
const page = context.pages()[0] ?? await context.newPage();
page.setDefaultTimeout(15000);
const results = [];
async function step(name, fn) {
  try {
    await fn();
    results.push(['ok', name]);
    console.log(`ok - ${name}`);
  } catch (e) {
    results.push(['FAILED', name]);
    console.log(`FAILED - ${name}: ${e.stack || e}`);
    await page.screenshot({ path: join(shots, `failed-${name.replace(/\W+/g, '-')}.png`), fullPage: true }).catch(() => {});
    throw e;
  }
}

try {
  await step('log in', async () => {
    await page.goto(`${base}/machines`);
    assert.match(page.url(), /\/login/);
    await page.screenshot({ path: join(shots, 'login.png') });
    await page.fill('input[name=username]', user);
    await page.fill('input[name=password]', password);
    await page.click('button[type=submit]');
    await page.waitForURL(/\/machines/);
    await page.getByText('No machines yet').waitFor();
  });

  await step('create a profile, with validation', async () => {
    await page.goto(`${base}/profiles/new`);
    await page.fill('input[name=name]', 'bad name!');
    await page.click('form.stack button[type=submit]');
    await page.locator('.field-error').first().waitFor();
    await page.fill('input[name=name]', 'debian');
    await page.fill('input[name=kernel]', 'debian/linux');
    await page.fill('input[name=initrd]', 'debian/initrd.gz');
    await page.fill('input[name=cmdline]', 'console=ttyS0 auto=true');
    await page.click('form.stack button[type=submit]');
    await page.waitForURL(/\/profiles\?notice=/);
    await page.locator('tr.profile[data-name=debian]').waitFor();
    await page.screenshot({ path: join(shots, 'profiles.png'), fullPage: true });
  });

  await step('register a machine', async () => {
    await page.goto(`${base}/machines/new`);
    await page.fill('input[name=mac]', 'not-a-mac');
    await page.click('form.stack button[type=submit]');
    await page.getByText('not a MAC address').waitFor();
    await page.fill('input[name=mac]', '52-54-00-12-34-56');
    await page.fill('input[name=hostname]', 'node1');
    await page.click('form.stack button[type=submit]');
    await page.waitForURL(new RegExp(`/machines/${MAC}`));
    await page.getByText('machine registered').waitFor();
  });

  await step('assign a profile in bulk and set reinstall', async () => {
    await page.goto(`${base}/machines`);
    await page.check(`input[name=mac][value="${MAC}"]`);
    await page.selectOption('select[name=profile]', 'debian');
    await page.click('button[value=assign_profile]');
    await page.getByText('1 of 1 selected machine(s) changed').waitFor();
    const row = page.locator(`tr.machine[data-mac="${MAC}"]`);
    assert.equal((await row.locator('td').nth(3).innerText()).trim(), 'debian');
    await page.check(`input[name=mac][value="${MAC}"]`);
    await page.click('button[value=reinstall]');
    await page.getByText('1 of 1 selected machine(s) changed').waitFor();
    await row.locator('.state-reinstall').waitFor();
  });

  await step('see a boot event appear live on the detail page', async () => {
    await page.goto(`${base}/machines/${MAC}`);
    await page.locator('#script-preview').waitFor();
    // Wait until the SSE connection is open before causing the event.
    await page.waitForFunction(() => {
      const el = document.querySelector('#timeline');
      const es = el && htmx && el['htmx-internal-data'] && el['htmx-internal-data'].sseEventSource;
      return es && es.readyState === 1;
    });
    const before = await page.locator('#timeline tr.event').count();
    await bootFetch(MAC);
    await page.waitForFunction((n) => document.querySelectorAll('#timeline tr.event').length > n, before);
    const first = page.locator('#timeline tr.event').first();
    assert.match(await first.innerText(), /script/);
    await page.screenshot({ path: join(shots, 'machine-detail.png'), fullPage: true });
  });

  await step('search and filter the machine list', async () => {
    await page.goto(`${base}/machines`);
    await page.fill('input[name=q]', 'node1');
    await page.press('input[name=q]', 'Enter');
    await page.locator(`tr.machine[data-mac="${MAC}"]`).waitFor();
    await page.screenshot({ path: join(shots, 'machines.png'), fullPage: true });
  });

  await step('approve a discovered machine', async () => {
    await bootFetch(NEW_MAC);
    await page.goto(`${base}/discovered`);
    const row = page.locator(`tr.machine[data-mac="${NEW_MAC}"]`);
    await row.waitFor();
    await page.screenshot({ path: join(shots, 'discovered.png'), fullPage: true });
    await row.locator('input[name=hostname]').fill('node2');
    await row.locator('select[name=profile]').selectOption('debian');
    await row.locator('button[type=submit]').first().click();
    await page.getByText(`${NEW_MAC} approved with profile debian`).waitFor();
    await page.getByText('Nothing waiting').waitFor();
    const api = await page.evaluate(async (mac) => (await fetch(`/api/v1/machines/${mac}`)).json(), NEW_MAC);
    assert.equal(api.state, 'ready');
    assert.equal(api.hostname, 'node2');
  });

  await step('the machine list follows boot events live', async () => {
    const LIVE_MAC = '52:54:00:aa:00:02';
    await page.goto(`${base}/machines`);
    await page.waitForFunction(() => {
      const el = document.querySelector('#machine-live');
      const es = el && htmx && el['htmx-internal-data'] && el['htmx-internal-data'].sseEventSource;
      return es && es.readyState === 1;
    });
    assert.equal(await page.locator(`tr.machine[data-mac="${LIVE_MAC}"]`).count(), 0);
    await bootFetch(LIVE_MAC);
    const row = page.locator(`tr.machine[data-mac="${LIVE_MAC}"]`);
    await row.locator('.state-discovered').waitFor();
    assert.match(await row.innerText(), /http:script/);
    // Not while rows are selected: a bulk action in progress keeps its list.
    await page.check(`input[name=mac][value="${LIVE_MAC}"]`);
    await bootFetch('52:54:00:aa:00:03');
    await page.waitForTimeout(3000);
    assert.equal(await page.locator('tr.machine[data-mac="52:54:00:aa:00:03"]').count(), 0);
    assert.ok(await page.isChecked(`input[name=mac][value="${LIVE_MAC}"]`));
  });

  await step('leases, events and tokens screens render', async () => {
    await page.goto(`${base}/leases`);
    await page.getByRole('heading', { name: 'Leases', exact: true }).waitFor();
    await page.screenshot({ path: join(shots, 'leases.png'), fullPage: true });
    await page.goto(`${base}/events`);
    await page.locator('#event-feed tr.event').first().waitFor();
    await page.screenshot({ path: join(shots, 'events.png'), fullPage: true });
    await page.goto(`${base}/tokens`);
    await page.fill('input[name=name]', 'ci');
    await page.click('form.card button[type=submit]');
    const secret = (await page.locator('#new-token').innerText()).trim();
    assert.match(secret, /^bf_[0-9a-f]{64}$/);
    await page.screenshot({ path: join(shots, 'tokens.png'), fullPage: true });
  });

  await step('network page lists interfaces and reloads the configuration', async () => {
    await page.goto(`${base}/network`);
    await page.getByRole('heading', { name: 'Network', exact: true }).waitFor();
    await page.locator('#interfaces tr[data-interface="lo"]').waitFor();
    await page.getByRole('button', { name: 'Reload configuration' }).click();
    await page.getByText('configuration reloaded from environment and flags; applied: nothing').waitFor();
    await page.screenshot({ path: join(shots, 'network.png'), fullPage: true });
  });

  await step('log out', async () => {
    await page.click('header .who button');
    await page.waitForURL(/\/login/);
  });
} finally {
  await context.close();
}
const failed = results.filter(([s]) => s !== 'ok').length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
