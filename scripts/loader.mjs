// Trunk post-build hook step (before csp.mjs): compile the WebAssembly in a worker.
//
// Trunk's start-up script compiles the .wasm on the page's main thread, where decoding 700 KB is one
// long task that delays the first input. Instead a small inline script in <head> starts
// public/compile-worker.js at once (as early as the preload it replaces), which downloads and compiles the
// module and hands it to the page; Trunk's script then only instantiates it. Where a worker cannot be
// started, or fails, the page loads the module itself as before.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { dir, fail } from "./staging.mjs";

const file = join(dir, "index.html");
let html = readFileSync(file, "utf8");

const preload = html.match(/<link rel="preload" href="(\.\/[^"]+\.wasm)"[^>]*>/);
if (!preload) fail("no preload of the .wasm in index.html");
const [tag, url] = preload;
// The worker checks the module against the same Subresource Integrity hash as the preload did.
const integrity = tag.match(/integrity="([^"]+)"/)?.[1];
if (!integrity) fail("the .wasm preload has no integrity hash");
const init = `init({ module_or_path: '${url}' })`;
if (!html.includes(init)) fail(`Trunk's start-up script does not call ${init}`);

const start = `<script>
      window.supportCalcModule = new Promise(function (resolve) {
        var url = ${JSON.stringify(url)};
        try {
          var worker = new Worker("./compile-worker.js");
          var done = function (module) {
            worker.terminate();
            resolve(module instanceof WebAssembly.Module ? module : url);
          };
          worker.onmessage = function (event) { done(event.data); };
          worker.onerror = function () { done(url); };
          worker.postMessage({ url: new URL(url, location.href).href, integrity: ${JSON.stringify(integrity)} });
        } catch (e) {
          resolve(url);
        }
      });
    </script>`;
html = html.replace(tag, "");
html = html.replace(init, "init({ module_or_path: await window.supportCalcModule })");
// Before the stylesheet: an inline script after it would wait for the stylesheet to load.
const css = html.indexOf('<link rel="stylesheet"');
if (css < 0) fail("no stylesheet link in index.html");
html = `${html.slice(0, css)}${start}\n    ${html.slice(css)}`;
writeFileSync(file, html);
