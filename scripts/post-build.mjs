// Trunk post-build hook. Trunk starts the hooks of one stage all at once, so the steps that each rewrite
// the staged build run from here, one after another:
//   split.mjs   links the parts of a split build (src/ui/split.rs), which the glue imports,
//   minify.mjs  minifies JavaScript and CSS (release builds) and updates their integrity hashes,
//   loader.mjs  compiles the WebAssembly in a worker instead of on the page's main thread,
//   minify.mjs html  then minifies index.html itself,
//   csp.mjs     adds the Content-Security-Policy with the hashes of the inline scripts,
//   sw.mjs      writes the service worker, which precaches the finished files.
import { spawnSync } from "node:child_process";

for (const [step, ...args] of [["split.mjs", "post"], ["minify.mjs"], ["loader.mjs"], ["minify.mjs", "html"], ["csp.mjs"], ["sw.mjs"]]) {
  const run = spawnSync(process.execPath, [new URL(step, import.meta.url).pathname, ...args], { stdio: "inherit" });
  if (run.status !== 0) {
    console.error(`post-build: ${step} failed`);
    process.exit(1);
  }
}
