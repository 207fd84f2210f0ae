// A step of the post-build hook (scripts/post-build.mjs): adds a strict Content-Security-Policy to the
// built index.html.
//
// The page has a few inline scripts (its language before the app starts, Trunk's start of the app as
// loader.mjs rewrote it); instead of allowing inline scripts at all, the policy allows exactly those
// scripts by their SHA-256 hashes, as they are after minification. WebAssembly needs
// 'wasm-unsafe-eval'; nothing else may run, load or connect anywhere but the page's own origin.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { dir, fail } from "./staging.mjs";

const file = join(dir, "index.html");
let html = readFileSync(file, "utf8");

const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
if (inline.length === 0) {
  fail("no inline script found in index.html; the policy would block the app's start");
}
const hashes = inline.map((body) => `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);

export const policy = [
  "default-src 'none'",
  `script-src 'self' ${hashes.join(" ")} 'wasm-unsafe-eval'`,
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/g, "");
html = html.replace(
  /(<meta charset="utf-8" \/>)/,
  `$1\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
);
if (!html.includes("Content-Security-Policy")) {
  fail("could not place the policy (no <meta charset> in index.html)");
}
writeFileSync(file, html);
