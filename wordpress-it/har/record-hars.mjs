// Records HAR files of real browser sessions against the wordpress-it sites, with Debian's
// chromium driven by playwright-core (no browser download). Usage:
//   node record-hars.mjs <wp-it.properties> <output directory>
// The HARs hold this install's secrets (cookies, nonces, passwords, tokens): they are written
// under wordpress-it/.state/ and never committed. Nothing secret is printed.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { redact } from './redact.mjs';

const [stateFile, outDir] = process.argv.slice(2);
if (!stateFile || !outDir) {
  console.error('usage: node record-hars.mjs <wp-it.properties> <output directory>');
  process.exit(2);
}
const props = Object.fromEntries(
  fs.readFileSync(stateFile, 'utf8').split('\n')
    .filter((line) => line.includes('=') && !line.startsWith('#'))
    .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]));
const prop = (key) => {
  if (!(key in props)) throw new Error(`${stateFile} has no ${key}`);
  return props[key];
};
const site = (name) => prop(`site.${name}.url`);
const basic = (login, password) => 'Basic ' + Buffer.from(`${login}:${password}`).toString('base64');
fs.mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  // root in CI: chromium refuses its sandbox as root
  args: ['--no-sandbox', '--disable-dev-shm-usage'],
});

// HAR_SESSIONS=<name>,<name>: record only these sessions (record-hars.sh 6.8 records a few)
const onlySessions = (process.env.HAR_SESSIONS || '').split(',').filter(Boolean);

/** Runs one session in a fresh context whose HAR is written to <outDir>/<name>.har. */
async function session(name, content, steps) {
  if (onlySessions.length && !onlySessions.includes(name)) return;
  const file = path.join(outDir, `${name}.har`);
  const context = await browser.newContext({ recordHar: { path: file, content } });
  // wp-admin's dashboard can take long on a loaded CI machine: wait rather than fail
  context.setDefaultTimeout(120000);
  const page = await context.newPage();
  try {
    await steps(page);
  } finally {
    await context.close(); // writes the HAR
  }
  console.log(`recorded ${name}.har (${fs.statSync(file).size} bytes)`);
}

/**
 * A fetch from the page, as code in the page would make it; returns the status only. Code that
 * reads the answer's body leaves it in the HAR; with {read: false} the body is never read, and
 * the browser keeps none for the HAR (content.size -1, no text), as in real exports.
 */
function call(page, url, init, { read = true } = {}) {
  return page.evaluate(async ([u, i, r]) => {
    try {
      const response = await fetch(u, i);
      if (r) await response.text();
      return response.status;
    } catch (e) {
      return -1;
    }
  }, [url, init, read]);
}

/** Logs in through wp-login.php like a person and lands on `landing` (the dashboard). */
async function logIn(page, base, role, landing = 'wp-admin/') {
  await page.goto(`${base}wp-login.php?redirect_to=${encodeURIComponent(base + landing)}`);
  await page.fill('#user_login', prop(`user.${role}.login`));
  await page.fill('#user_pass', prop(`user.${role}.password`));
  await Promise.all([page.waitForURL(/wp-admin/), page.click('#wp-submit')]);
  await page.waitForLoadState('load');
}

/** The REST nonce for the logged-in session, as wp-admin code gets it. */
function restNonce(page, base) {
  return page.evaluate(async (u) => (await fetch(u)).text(), `${base}wp-admin/admin-ajax.php?action=rest-nonce`);
}

/** wp-admin code calling REST with the nonce (works) and without it (cookies only: anonymous). */
async function adminSession(page, base, landing) {
  await logIn(page, base, 'admin', landing);
  const nonce = await restNonce(page, base);
  const me = `${base}wp-json/wp/v2/users/me`;
  await call(page, me, { headers: { 'X-WP-Nonce': nonce } });
  await call(page, `${base}wp-json/wp/v2/settings`, { headers: { 'X-WP-Nonce': nonce } });
  await call(page, me, {});
  await call(page, `${base}wp-json/wp/v2/posts`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ title: 'never created: no nonce', status: 'draft' }),
  }, { read: false });
  // a third-party request that fails, as blocked trackers and offline CDNs do in real HARs
  await call(page, 'http://127.0.0.1:9/analytics.js', { mode: 'no-cors' });
}

const started = Date.now();
const modphp = site('modphp');
const stripped = site('stripped');
const jwt = site('jwt');

// Sessions run side by side: the sites answer in parallel and the recording stays well under
// a minute on a loaded 2-core machine.
await Promise.all([
  session('browser-admin.modphp', 'embed', (page) => adminSession(page, modphp)),
  // Devtools and Playwright leave bodies out when asked to or when they could not keep them:
  // the same session recorded without bodies.
  session('browser-admin-nobodies.modphp', 'omit', (page) =>
    // a lighter wp-admin page than the dashboard keeps the recording short
    adminSession(page, modphp, 'wp-admin/profile.php')),

  session('basic-app-password.modphp', 'embed', async (page) => {
    await page.goto(modphp);
    const auth = basic(prop('user.author.login'), prop('user.author.app_password'));
    await call(page, `${modphp}wp-json/wp/v2/users/me`, { headers: { Authorization: auth }, credentials: 'omit' });
  }),

  session('basic-login-password.modphp', 'embed', async (page) => {
    await page.goto(modphp);
    const auth = basic(prop('user.author.login'), prop('user.author.password'));
    await call(page, `${modphp}wp-json/wp/v2/users/me`, { headers: { Authorization: auth }, credentials: 'omit' });
  }),

  session('bearer.jwt', 'embed', async (page) => {
    await page.goto(jwt);
    const token = await page.evaluate(async ([u, user, pass]) => {
      const r = await fetch(u, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: user, password: pass }),
      });
      return (await r.json()).token;
    }, [`${jwt}wp-json/jwt-auth/v1/token`, prop('user.author.login'), prop('user.author.password')]);
    if (!token) throw new Error('the jwt site issued no token');
    await call(page, `${jwt}wp-json/wp/v2/users/me`, { headers: { Authorization: `Bearer ${token}` }, credentials: 'omit' });
    // the same token with its signature altered: the plugin rejects it
    const forged = token.slice(0, -4) + (token.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    await call(page, `${jwt}wp-json/wp/v2/posts?context=edit`, { headers: { Authorization: `Bearer ${forged}` }, credentials: 'omit' });
  }),

  session('bearer-no-plugin.modphp', 'embed', async (page) => {
    await page.goto(modphp);
    await call(page, `${modphp}wp-json/wp/v2/users/me`, {
      headers: { Authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIyIn0.c2lnbmF0dXJlLW5vdC1jaGVja2Vk' },
      credentials: 'omit',
    });
  }),

  session('browser-admin.stripped', 'embed', async (page) => {
    // lands on the nonce itself: only the cookie + nonce session matters here
    await logIn(page, stripped, 'admin', 'wp-admin/admin-ajax.php?action=rest-nonce');
    const nonce = await restNonce(page, stripped);
    await call(page, `${stripped}wp-json/wp/v2/users/me`, { headers: { 'X-WP-Nonce': nonce } });
  }),

  session('basic-app-password.stripped', 'embed', async (page) => {
    await page.goto(stripped);
    const auth = basic(prop('user.admin.login'), prop('user.admin.app_password'));
    await call(page, `${stripped}wp-json/wp/v2/users/me`, { headers: { Authorization: auth }, credentials: 'omit' });
  }),,
]);

await browser.close();

// Redacted copies, the candidates for the test fixtures (fixtures/har/ in the repository).
const installSecrets = Object.entries(props)
  .filter(([k]) => /^user\.[a-z]+\.(password|app_password)$|^jwt\.secret$|^site\.basicauth\.password$/.test(k))
  .map(([, v]) => v);
const redactedDir = path.join(outDir, 'redacted');
fs.mkdirSync(redactedDir, { recursive: true });
for (const name of fs.readdirSync(outDir).filter((f) => f.endsWith('.har'))) {
  const har = JSON.parse(fs.readFileSync(path.join(outDir, name), 'utf8'));
  fs.writeFileSync(path.join(redactedDir, name), JSON.stringify(redact(har, installSecrets), null, 1) + '\n');
}
console.log(`recorded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
