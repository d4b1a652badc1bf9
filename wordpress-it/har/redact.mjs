// Makes a redacted copy of a recorded HAR, fit to be kept as a test fixture: every secret the
// install has (passwords, Application Passwords, the JWT key) and every secret the session
// carried (cookie values, nonces, tokens) is replaced, in the encodings it can appear in. The
// shape that a diagnosis reads is kept: a Basic credential keeps its user name and whether its
// password is shaped like an Application Password, cookies keep their names. Bodies of entries
// that are not REST calls (pages, scripts, styles) are dropped: they are noise for the tests and
// full of nonces. The integration test RedactedHarsIT checks the result with the Java library's
// own list of encodings (SecretForms).
const PLACEHOLDER = 'REDACTED';

const isRest = (entry) =>
  /\/wp-json(\/|$)|[?&]rest_route=/.test(entry.request.url) ||
  (entry.response.headers || []).some((h) => /^link$/i.test(h.name) && h.value.includes('https://api.w.org/') &&
    new URL(entry.request.url).pathname.startsWith(new URL(h.value.slice(1, h.value.indexOf('>')), entry.request.url).pathname));

const appPasswordShaped = (p) => /^[A-Za-z0-9]{24}$/.test(p) || /^([A-Za-z0-9]{4}[ -]){5}[A-Za-z0-9]{4}$/.test(p);

/** Every form in which a secret may be written into a HAR. */
function forms(secret) {
  const out = new Set();
  const variants = new Set([secret, secret.replace(/ /g, ''), secret.replace(/ /g, '-')]);
  for (const s of variants) {
    const uri = encodeURIComponent(s);
    const hex = (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase();
    const php = uri.replace(/%20/g, '+').replace(/[!'()*~]/g, hex);
    // An HTML form's encoding (what a browser posts to wp-login.php, and Java's URLEncoder):
    // like PHP's but keeping '*'.
    const form = uri.replace(/%20/g, '+').replace(/[!'()~]/g, hex);
    const json = JSON.stringify(s).slice(1, -1);
    for (const f of [s, uri, uri.replace(/%20/g, '+'), php, form, json, json.replace(/\//g, '\\/'),
      Buffer.from(s).toString('base64'), Buffer.from(s).toString('base64').replace(/=+$/, ''),
      Buffer.from(s).toString('base64url')]) {
      out.add(f);
      out.add(f.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()));
    }
  }
  return [...out].filter((f) => f.length >= 4);
}

function cookieValues(header) {
  return header.split(/;\s*/).map((pair) => pair.slice(pair.indexOf('=') + 1)).filter((v) => v.length >= 4);
}

/** The session's own secrets, read from the HAR: cookie values, nonces, tokens, credentials. */
function sessionSecrets(har) {
  const secrets = new Set();
  for (const e of har.log.entries) {
    for (const h of e.request.headers || []) {
      const name = h.name.toLowerCase();
      if (name === 'cookie') cookieValues(h.value).forEach((v) => secrets.add(v));
      if (name === 'x-wp-nonce') secrets.add(h.value);
      if (name === 'authorization') {
        const [scheme, value = ''] = h.value.split(/\s+/, 2);
        secrets.add(value);
        if (/^basic$/i.test(scheme)) {
          const decoded = Buffer.from(value, 'base64').toString('utf8');
          secrets.add(decoded.slice(decoded.indexOf(':') + 1));
        }
      }
    }
    for (const h of e.response.headers || []) {
      const name = h.name.toLowerCase();
      if (name === 'set-cookie') {
        const first = h.value.split(';')[0];
        secrets.add(first.slice(first.indexOf('=') + 1));
      }
      if (name === 'x-wp-nonce') secrets.add(h.value);
    }
    for (const c of [...(e.request.cookies || []), ...(e.response.cookies || [])]) secrets.add(c.value);
    for (const q of e.request.queryString || []) if (/nonce/i.test(q.name)) secrets.add(q.value);
    // nonces in form posts and URLs (_wpnonce, _ajax_nonce): wp-admin's own requests carry them
    const posted = `${e.request.url}&${(e.request.postData && e.request.postData.text) || ''}`;
    for (const m of posted.matchAll(/(?:^|[?&])[^=&?]*nonce[^=&]*=([^&#]+)/gi)) secrets.add(decodeURIComponent(m[1]));
    const text = e.response.content && e.response.content.text;
    if (text && /"token"\s*:/.test(text)) {
      try { secrets.add(JSON.parse(text).token); } catch (ignored) { /* not JSON */ }
    }
  }
  return [...secrets].filter((s) => typeof s === 'string' && s.length >= 4 && s !== PLACEHOLDER);
}

function redactHeaders(headers) {
  for (const h of headers || []) {
    const name = h.name.toLowerCase();
    if (name === 'cookie') {
      h.value = h.value.split(/;\s*/).map((p) => p.slice(0, p.indexOf('=') + 1) + PLACEHOLDER).join('; ');
    } else if (name === 'set-cookie') {
      const i = h.value.indexOf('=');
      const end = h.value.indexOf(';');
      h.value = h.value.slice(0, i + 1) + PLACEHOLDER + (end < 0 ? '' : h.value.slice(end));
    } else if (name === 'x-wp-nonce') {
      h.value = PLACEHOLDER;
    } else if (name === 'authorization') {
      const [scheme, value = ''] = h.value.split(/\s+/, 2);
      if (/^basic$/i.test(scheme)) {
        const decoded = Buffer.from(value, 'base64').toString('utf8');
        const user = decoded.slice(0, decoded.indexOf(':'));
        const password = decoded.slice(decoded.indexOf(':') + 1);
        // keeps the one fact a diagnosis reads: whether it is shaped like an Application Password
        const stand = appPasswordShaped(password) ? password.replace(/[A-Za-z0-9]/g, 'X') : 'redacted login password!';
        h.value = `${scheme} ` + Buffer.from(`${user}:${stand}`).toString('base64');
      } else {
        h.value = `${scheme} ${PLACEHOLDER}.${PLACEHOLDER}.${PLACEHOLDER}`;
      }
    }
  }
}

/**
 * @param har the parsed HAR (changed in place and returned)
 * @param installSecrets the install's secrets (passwords, Application Passwords, keys)
 */
export function redact(har, installSecrets) {
  const secrets = [...new Set([...installSecrets, ...sessionSecrets(har)])];
  for (const e of har.log.entries) {
    redactHeaders(e.request.headers);
    redactHeaders(e.response.headers);
    for (const c of [...(e.request.cookies || []), ...(e.response.cookies || [])]) c.value = PLACEHOLDER;
    if (!isRest(e) && e.response.content) {
      delete e.response.content.text;
      delete e.response.content.encoding;
      e.response.content.comment = 'body left out of the test fixture: not a REST call';
    }
  }
  // then every remaining occurrence, in every form, anywhere (URLs, form posts, bodies)
  const all = secrets.flatMap(forms).sort((a, b) => b.length - a.length);
  const scrub = (value) => {
    if (typeof value === 'string') {
      let s = value;
      for (const f of all) if (s.includes(f)) s = s.split(f).join(PLACEHOLDER);
      return s;
    }
    if (Array.isArray(value)) return value.map(scrub);
    if (value && typeof value === 'object') {
      for (const k of Object.keys(value)) value[k] = scrub(value[k]);
    }
    return value;
  };
  return scrub(har);
}
