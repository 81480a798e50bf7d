import type { Plugin } from 'vite';

/**
 * The production page's Content Security Policy, as a meta tag (a static host may not let us set
 * headers). No inline script and no eval anywhere; scripts, workers, styles and images only from
 * the app's own origin. `connect-src` is as wide as the learner's choice of endpoint may need here,
 * and narrowed at start-up to the app's origin plus the endpoint actually configured
 * (src/app/content-security.ts). Not in development: Vite's dev server injects an inline script.
 */
export const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  // Inline style attributes (charts set sizes that way) are allowed; inline <style> from text is not rendered.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' https: http:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'rapport-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: POLICY }, injectTo: 'head-prepend' },
    ],
  };
}
