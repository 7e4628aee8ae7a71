/**
 * Security headers of the service's responses. Every response says `nosniff`, so a browser never
 * runs a JSON answer or an asset as something else; HTML pages (GraphiQL and the explorer) also
 * carry a Content-Security-Policy that lets them load and call nothing but the service's own
 * origin, and refuse to be framed.
 */
import type http from 'node:http';

/**
 * GraphiQL's policy: the service's own origin only, with two exceptions GraphiQL
 * needs, found by running it in Chromium under this policy (test/api/graphiql.test.ts):
 * - `font-src data:`: its stylesheet embeds its fonts as data: URLs;
 * - `style-src-elem 'unsafe-inline'`: its dialogs add a <style> element (react-remove-scroll,
 *   bundled, with no way to give it a nonce). Style attributes stay refused (`style-src 'self'`);
 *   GraphiQL sets styles through the DOM, which a policy does not govern.
 * Scripts are 'self' only: the page has no inline script and GraphiQL needs no eval.
 */
export const CONTENT_SECURITY_POLICY = policy({
  'style-src-elem': "'self' 'unsafe-inline'",
  'font-src': "'self' data:",
});

/**
 * The explorer's policy (src/api/web.ts): the service's own origin only, with no exception. Its
 * pages have no inline script or style; styles the client sets go through the DOM (which a policy
 * does not govern), and its CSV downloads are blob: URLs of the page's own origin.
 */
export const EXPLORER_CONTENT_SECURITY_POLICY = policy({});

/** Sets the headers every response carries; call before anything is written. */
export function setCommonHeaders(res: http.ServerResponse): void {
  res.setHeader('x-content-type-options', 'nosniff');
}

/**
 * The headers of an HTML page: its content type, the policy, X-Frame-Options for browsers that
 * predate `frame-ancestors`, and no Referer sent to other sites.
 */
export function htmlPageHeaders(policy: string = CONTENT_SECURITY_POLICY): Record<string, string> {
  return {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': policy,
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
  };
}

/** The headers of an explorer page: those of every HTML page, under the explorer's policy. */
export function explorerPageHeaders(): Record<string, string> {
  return htmlPageHeaders(EXPLORER_CONTENT_SECURITY_POLICY);
}

/** The service's own origin for every fetch directive, with `exceptions` replacing or adding directives. */
function policy(exceptions: Record<string, string>): string {
  const directives: Record<string, string> = {
    'default-src': "'self'",
    'script-src': "'self'",
    'style-src': "'self'",
    'img-src': "'self'",
    'font-src': "'self'",
    'connect-src': "'self'",
    'object-src': "'none'",
    'base-uri': "'self'",
    'form-action': "'self'",
    'frame-ancestors': "'none'",
  };
  const merged = { ...directives, ...exceptions };
  const order = [...Object.keys(directives), ...Object.keys(exceptions).filter((name) => !(name in directives))];
  return order.map((name) => `${name} ${merged[name]}`).join('; ');
}
