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

// Open `path` until `selector` is there: a boot fetch's machine and event are committed by
// the writer a moment after the fetch returns.
async function gotoUntil(path, selector) {
  for (let i = 0; ; i++) {
    await page.goto(`${base}${path}`);
    if (await page.locator(selector).count() > 0) return;
    if (i === 50) throw new Error(`${selector} never appeared on ${path}`);
    await page.waitForTimeout(100);
  }
}

// Boot events this machine has, through the API with the page's session.
async function eventCount(mac) {
  return page.evaluate(async (m) => (await (await fetch(`/api/v1/machines/${m}/events?limit=1000`)).json()).length, mac);
}

// Log in through the form (after dropping any session, as a fresh browser would).
async function logInAs(name, pass) {
  await context.clearCookies();
  await page.goto(`${base}/login`);
  await page.fill('input[name=username]', name);
  await page.fill('input[name=password]', pass);
  await page.click('button[type=submit]');
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
    // Set reinstall asks first: dismissing changes nothing, accepting sets it.
    await page.check(`input[name=mac][value="${MAC}"]`);
    let asked = '';
    page.once('dialog', (d) => { asked = d.message(); d.dismiss(); });
    await page.click('button[value=reinstall]');
    await page.waitForTimeout(300);
    assert.match(asked, /Reinstall the selected machines/);
    await row.locator('.state-ready').waitFor();
    page.once('dialog', (d) => d.accept());
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
    // The live row reads as a sentence: the template it was given and what it will do. The
    // test fetches from ::1, not the machine's own address, so the pending reinstall is kept
    // and the fetch is told to boot the local disk.
    const first = page.locator('#timeline tr.event').first();
    assert.equal(await first.locator('td.sentence').innerText(), 'script local.ipxe (profile debian; boot from local disk)');
    assert.doesNotMatch(await first.innerText(), /[{}"]|\/usr\/|\/tmp\//);
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
    await gotoUntil('/discovered', `tr.machine[data-mac="${NEW_MAC}"]`);
    const row = page.locator(`tr.machine[data-mac="${NEW_MAC}"]`);
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

  await step('the timeline reads as sentences after a reload too', async () => {
    const before = await eventCount(MAC);
    await bootFetch(MAC);
    // The writer commits the event a moment after the fetch.
    while (await eventCount(MAC) === before) await page.waitForTimeout(100);
    await page.goto(`${base}/machines/${MAC}`);
    const sentences = await page.locator('#timeline tr.event td.sentence').allInnerTexts();
    assert.ok(sentences.length >= 2, `timeline rows: ${sentences}`);
    assert.equal(sentences[0], 'script local.ipxe (profile debian; boot from local disk)');
    for (const text of sentences) assert.doesNotMatch(text, /[{}]/);
    await page.goto(`${base}/events?q=${MAC}`);
    await page.locator('#event-feed tr.event').first().waitFor();
    assert.equal(await page.locator('#event-feed tr.event td.sentence').first().innerText(),
      'script local.ipxe (profile debian; boot from local disk)');
  });

  await step('bulk approve, ignore and un-ignore on Discovered', async () => {
    const A = '52:54:00:bb:00:01', B = '52:54:00:bb:00:02', C = '52:54:00:bb:00:03';
    for (const mac of [A, B, C]) await bootFetch(mac);
    await gotoUntil('/discovered', `tr.machine[data-mac="${C}"]`);
    for (const mac of [A, B, C]) await page.locator(`tr.machine[data-mac="${mac}"]`).waitFor();
    await page.check(`input[name=mac][value="${A}"]`);
    await page.check(`input[name=mac][value="${B}"]`);
    await page.selectOption('#bulk-discovered select[name=profile]', 'debian');
    await page.click('#bulk-discovered button[value=assign_profile]');
    await page.getByText('2 of 2 selected machine(s) changed').waitFor();
    assert.equal(await page.locator(`tr.machine[data-mac="${A}"]`).count(), 0);
    const row = page.locator(`tr.machine[data-mac="${C}"]`);
    await row.locator('form.ignore button').click();
    await page.getByText(`${C} ignored`).waitFor();
    assert.equal(await page.locator(`tr.machine[data-mac="${C}"]`).count(), 0);
    await page.screenshot({ path: join(shots, 'discovered.png'), fullPage: true });
    await page.selectOption('select[name=show]', 'ignored');
    await page.click('form[role=search] button');
    await page.locator(`tr.machine[data-mac="${C}"] .mono`).first().waitFor();
    const api = await page.evaluate(async (mac) => (await fetch(`/api/v1/machines/${mac}`)).json(), C);
    assert.equal(api.state, 'ignored', 'kept, not deleted');
    await page.locator(`tr.machine[data-mac="${C}"] button`, { hasText: 'Un-ignore' }).click();
    await page.getByText(`${C} is discovered again`).waitFor();
  });

  await step('admin adds a read-only user', async () => {
    await page.goto(`${base}/users`);
    await page.fill('#add-user input[name=name]', 'viewer');
    await page.fill('#add-user input[name=password]', 'short');
    // The browser's own minlength check stops the form; skip it to see the server's.
    await page.locator('#add-user').evaluate((f) => f.setAttribute('novalidate', ''));
    await page.click('#add-user button[type=submit]');
    await page.getByText('passwords need at least 8 characters').waitFor();
    await page.fill('#add-user input[name=password]', 'viewer-pass-1');
    await page.selectOption('#add-user select[name=role]', 'read');
    await page.click('#add-user button[type=submit]');
    await page.getByText('user viewer added (read)').waitFor();
    const row = page.locator('tr.user[data-name=viewer]');
    assert.equal((await row.locator('.state').innerText()).trim(), 'read');
    // The last admin cannot be made read-only.
    await page.locator('tr.user[data-name=admin] button', { hasText: 'Make read-only' }).click();
    await page.getByText('it is the last admin').waitFor();
    await page.screenshot({ path: join(shots, 'users.png'), fullPage: true });
  });

  await step('the audit trail shows who did what', async () => {
    await page.goto(`${base}/machines/${MAC}`);
    const mine = page.locator('table.audit tr.audit-entry');
    await mine.first().waitFor();
    const texts = await mine.allInnerTexts();
    assert.ok(texts.some((t) => /admin\s+reinstall/.test(t) && /state ready → reinstall/.test(t)), texts.join('\n'));
    assert.ok(texts.some((t) => /admin\s+create/.test(t) && /hostname node1/.test(t)), texts.join('\n'));
    await page.goto(`${base}/audit`);
    const all = await page.locator('tr.audit-entry').allInnerTexts();
    for (const want of [/admin\s+create\s+user viewer\s+added, role read/, /admin\s+ignore\s+machine 52:54:00:bb:00:03/,
      /admin\s+approve\s+machine 52:54:00:bb:00:01/, /admin\s+create\s+profile debian/, /admin\s+create\s+token ci/,
      /admin\s+reload\s+config/]) {
      assert.ok(all.some((t) => want.test(t)), `${want} in\n${all.join('\n')}`);
    }
    await page.screenshot({ path: join(shots, 'audit.png'), fullPage: true });
    await page.selectOption('select[name=kind]', 'user');
    await page.click('form[role=search] button');
    await page.waitForURL(/kind=user/);
    assert.equal(await page.locator('tr.audit-entry').count(), 1);
  });

  await step('a read-only user cannot write and changes their own password', async () => {
    await logInAs('viewer', 'viewer-pass-1');
    await page.waitForURL(/\/machines/);
    await page.getByText('viewer (read-only)').waitFor();
    assert.equal(await page.locator('a.button', { hasText: 'Register machine' }).count(), 0);
    assert.equal(await page.locator('header nav a', { hasText: 'Users' }).count(), 0);
    const denied = await page.evaluate(async () => {
      const csrf = document.querySelector('meta[name=csrf-token]').content;
      const r = await fetch('/api/v1/profiles', { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': csrf }, body: '{"name":"nope"}' });
      return r.status;
    });
    assert.equal(denied, 403);
    const users = await page.goto(`${base}/users`);
    assert.equal(users.status(), 403);
    await page.goto(`${base}/machines/${MAC}`);
    assert.equal(await page.locator('#reinstall').count(), 0);
    await page.click('#who');
    await page.waitForURL(/\/account/);
    await page.fill('input[name=current_password]', 'not-my-password');
    await page.fill('input[name=new_password]', 'viewer-pass-2');
    await page.fill('input[name=confirm_password]', 'viewer-pass-2');
    await page.click('#change-password button[type=submit]');
    await page.getByText('the current password is wrong').waitFor();
    await page.fill('input[name=current_password]', 'viewer-pass-1');
    await page.fill('input[name=new_password]', 'viewer-pass-2');
    await page.fill('input[name=confirm_password]', 'viewer-pass-2');
    await page.click('#change-password button[type=submit]');
    await page.getByText('password changed').waitFor();
    await logInAs('viewer', 'viewer-pass-1');
    await page.getByText('Wrong user name or password').waitFor();
    await logInAs('viewer', 'viewer-pass-2');
    await page.waitForURL(/\/machines/);
    await page.getByText('viewer (read-only)').waitFor();
    // The password change is in the audit trail, by the user who made it.
    await page.goto(`${base}/audit?actor=viewer`);
    assert.match(await page.locator('tr.audit-entry').first().innerText(), /viewer\s+password\s+user viewer\s+password changed/);
    await logInAs(user, password);
    await page.waitForURL(/\/machines/);
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
