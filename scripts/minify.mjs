// Post-build step (scripts/post-build.mjs runs it first): minifies the JavaScript and CSS of a release
// build and updates their Subresource Integrity hashes in index.html; `minify.mjs html`, run later,
// minifies index.html itself.
//
// Trunk's own minifier is all or nothing, and its JavaScript minifier cannot parse wasm-bindgen's glue,
// so this uses terser (JavaScript) and csso (CSS, without restructuring: rules keep their order).
// Debug builds (`make dev`) are left readable.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { minify as minifyCss } from "csso";
import { minify as minifyJs } from "terser";
import { dir, fail } from "./staging.mjs";

if (process.env.TRUNK_PROFILE !== "release") process.exit(0);

const indexFile = join(dir, "index.html");
let html = readFileSync(indexFile, "utf8");
const jsOptions = { compress: { passes: 2 }, mangle: true, format: { comments: false } };

// `minify.mjs html` (after loader.mjs, which edits Trunk's start-up script as Trunk writes it): the
// page itself. Comments go (they explain the source, see index.html) and indentation shrinks to a
// newline, which HTML reads as the same white space; inline scripts are minified like the files. Their
// Content-Security-Policy hashes are taken after this (scripts/csp.mjs).
if (process.argv[2] === "html") {
  const htmlBefore = html.length;
  const pieces = html.split(/(<script\b[^>]*>[\s\S]*?<\/script>)/);
  for (let i = 0; i < pieces.length; i++) {
    const script = pieces[i].match(/^(<script\b([^>]*)>)([\s\S]*?)(<\/script>)$/);
    if (!script) {
      pieces[i] = pieces[i].replace(/<!--[\s\S]*?-->/g, "").replace(/\s*\n\s*/g, "\n");
    } else if (script[3].trim()) {
      const result = await minifyJs(script[3], { ...jsOptions, module: /type="module"/.test(script[2]) });
      pieces[i] = `${script[1]}${result.code}${script[4]}`;
    }
  }
  html = pieces.join("");
  writeFileSync(indexFile, html);
  console.log(`minify.mjs: index.html ${htmlBefore} -> ${html.length} bytes`);
  process.exit(0);
}
let before = 0;
let after = 0;

for (const name of readdirSync(dir)) {
  const file = join(dir, name);
  let output;
  if (name.endsWith(".js")) {
    // The glue is an ES module; register-sw.js a classic script.
    const code = readFileSync(file, "utf8");
    const result = await minifyJs(code, { ...jsOptions, module: /^\s*(import|export)\b/m.test(code) });
    output = result.code;
  } else if (name.endsWith(".css")) {
    output = minifyCss(readFileSync(file, "utf8"), { restructure: false, comments: false }).css;
  } else {
    continue;
  }
  before += readFileSync(file).length;
  after += Buffer.byteLength(output);
  writeFileSync(file, output);
  // A file Trunk linked with an integrity hash gets the hash of its new content.
  const sri = `sha384-${createHash("sha384").update(output).digest("base64")}`;
  const linked = new RegExp(`(href="\\./${name.replace(/[.]/g, "\\.")}"[^>]*integrity=")sha384-[^"]+(")`, "g");
  html = html.replace(linked, `$1${sri}$2`);
}

// Every integrity hash in index.html must match its file now, or the browser would refuse to run it.
for (const [, href, sri] of html.matchAll(/href="\.\/([^"]+)"[^>]*?integrity="(sha384-[^"]+)"/g)) {
  const actual = `sha384-${createHash("sha384").update(readFileSync(join(dir, href))).digest("base64")}`;
  if (actual !== sri) {
    fail(`the integrity hash of ${href} in index.html does not match the file`);
  }
}
writeFileSync(indexFile, html);
console.log(`minify.mjs: JavaScript and CSS ${before} -> ${after} bytes`);
